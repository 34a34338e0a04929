-- The people who run the portal, the single-use links that set a password, and the operators'
-- activity log.

CREATE TABLE operators (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    -- Empty until the operator sets a password through their link.
    password_hash TEXT,
    language TEXT,
    password_changed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);

-- A new password ends every session signed in before it.
ALTER TABLE customer_users ADD COLUMN password_changed_at TIMESTAMP;
ALTER TABLE partner_users ADD COLUMN password_changed_at TIMESTAMP;

-- A link to set a password: only a hash of its token is kept; it works once, until it expires.
CREATE TABLE password_links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT NOT NULL UNIQUE,
    account_kind TEXT NOT NULL CHECK (account_kind IN ('customer', 'partner', 'operator')),
    account_id INTEGER NOT NULL,
    purpose TEXT NOT NULL CHECK (purpose IN ('invitation', 'reset')),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    CHECK (expires_at > created_at)
);
CREATE INDEX password_links_account ON password_links(account_kind, account_id);

-- Every change an operator makes: who, when, what, from what to what. Append-only, like the
-- association events.
CREATE TABLE operator_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    operator_id INTEGER REFERENCES operators(id),
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX operator_events_newest ON operator_events(id);
CREATE TRIGGER operator_events_no_update BEFORE UPDATE ON operator_events
BEGIN SELECT RAISE(ABORT, 'operator events are append-only'); END;
CREATE TRIGGER operator_events_no_delete BEFORE DELETE ON operator_events
BEGIN SELECT RAISE(ABORT, 'operator events are append-only'); END;
