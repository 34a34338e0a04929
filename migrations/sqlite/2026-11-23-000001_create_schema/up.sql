-- The data model of the portal (SQLite). migrations/postgres holds the same schema for PostgreSQL.
-- Boolean facts are kept as nullable dates or text states so that both backends share column types.

CREATE TABLE tenants (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    domain TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE customer_users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id INTEGER NOT NULL REFERENCES tenants(id),
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('global_admin', 'billing_admin', 'user')),
    password_hash TEXT NOT NULL,
    language TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX customer_users_tenant ON customer_users(tenant_id);

CREATE TABLE partners (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    mpn_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('global', 'location')),
    parent_id INTEGER REFERENCES partners(id),
    country TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    -- Enrolled in the Online Services Usage program since this date; NULL when not enrolled.
    osu_enrolled_since DATE,
    status TEXT NOT NULL CHECK (status IN ('active', 'suspended')),
    language TEXT NOT NULL DEFAULT 'en',
    created_at TIMESTAMP NOT NULL,
    CHECK (kind = 'location' OR parent_id IS NULL)
);
CREATE INDEX partners_parent ON partners(parent_id);

CREATE TABLE partner_users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    language TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX partner_users_partner ON partner_users(partner_id);

CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id INTEGER NOT NULL REFERENCES tenants(id),
    product TEXT NOT NULL,
    -- Which admin portal manages it, derived from the product when the row is written.
    portal TEXT NOT NULL CHECK (portal IN ('office', 'intune')),
    seats INTEGER NOT NULL CHECK (seats >= 0),
    billing TEXT NOT NULL CHECK (billing IN ('paid', 'trial')),
    status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'expired')),
    agreement TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX subscriptions_tenant_portal ON subscriptions(tenant_id, portal);

CREATE TABLE associations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id),
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    channel TEXT NOT NULL CHECK (channel IN ('office_portal', 'intune_portal', 'osa_form')),
    started_at TIMESTAMP NOT NULL,
    started_by INTEGER REFERENCES customer_users(id),
    ended_at TIMESTAMP,
    ended_by INTEGER REFERENCES customer_users(id),
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
-- Rule 1 of the article: one partner of record per subscription. Ended rows are the history.
CREATE UNIQUE INDEX associations_one_open_per_subscription
    ON associations(subscription_id) WHERE ended_at IS NULL;
CREATE INDEX associations_subscription ON associations(subscription_id, started_at);
CREATE INDEX associations_partner ON associations(partner_id, started_at);

CREATE TABLE association_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id),
    actor_user_id INTEGER REFERENCES customer_users(id),
    action TEXT NOT NULL CHECK (action IN ('added', 'replaced', 'removed', 'unchanged', 'rejected')),
    old_partner_id INTEGER REFERENCES partners(id),
    new_partner_id INTEGER REFERENCES partners(id),
    channel TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX association_events_subscription ON association_events(subscription_id, id);
CREATE INDEX association_events_old_partner ON association_events(old_partner_id);
CREATE INDEX association_events_new_partner ON association_events(new_partner_id);
CREATE TRIGGER association_events_no_update BEFORE UPDATE ON association_events
BEGIN SELECT RAISE(ABORT, 'association events are append-only'); END;
CREATE TRIGGER association_events_no_delete BEFORE DELETE ON association_events
BEGIN SELECT RAISE(ABORT, 'association events are append-only'); END;

CREATE TABLE workload_usage (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id),
    workload TEXT NOT NULL,
    -- The first day of the month the figure is for.
    month DATE NOT NULL,
    active_users INTEGER NOT NULL CHECK (active_users >= 0),
    UNIQUE (subscription_id, workload, month)
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    partner_id INTEGER REFERENCES partners(id),
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    locked_until TIMESTAMP,
    last_error TEXT,
    sent_at TIMESTAMP
);
CREATE INDEX outbox_due ON outbox(sent_at, next_attempt_at);
CREATE INDEX outbox_partner ON outbox(partner_id, id);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    state TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_expires ON sessions(expires_at);
