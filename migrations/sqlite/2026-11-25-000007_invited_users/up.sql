-- Users invited by an operator have no password until they set one through their link, and a
-- deactivated user keeps their history but cannot sign in. SQLite cannot drop a NOT NULL, so the
-- two user tables are made again. Their rows are kept aside, the table dropped and made anew, and
-- the rows put back with their ids: every reference to them holds again before the migration
-- commits, which is when the deferred foreign keys are checked.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE customer_users_kept AS SELECT * FROM customer_users;
DROP TABLE customer_users;
CREATE TABLE customer_users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id INTEGER NOT NULL REFERENCES tenants(id),
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('global_admin', 'billing_admin', 'user')),
    password_hash TEXT,
    language TEXT,
    created_at TIMESTAMP NOT NULL,
    password_changed_at TIMESTAMP,
    deactivated_at TIMESTAMP
);
INSERT INTO customer_users
    (id, tenant_id, email, display_name, role, password_hash, language, created_at, password_changed_at)
    SELECT id, tenant_id, email, display_name, role, password_hash, language, created_at, password_changed_at
    FROM customer_users_kept;
DROP TABLE customer_users_kept;
CREATE INDEX customer_users_tenant ON customer_users(tenant_id);

CREATE TABLE partner_users_kept AS SELECT * FROM partner_users;
DROP TABLE partner_users;
CREATE TABLE partner_users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT,
    language TEXT,
    created_at TIMESTAMP NOT NULL,
    password_changed_at TIMESTAMP,
    deactivated_at TIMESTAMP
);
INSERT INTO partner_users
    (id, partner_id, email, display_name, password_hash, language, created_at, password_changed_at)
    SELECT id, partner_id, email, display_name, password_hash, language, created_at, password_changed_at
    FROM partner_users_kept;
DROP TABLE partner_users_kept;
CREATE INDEX partner_users_partner ON partner_users(partner_id);
