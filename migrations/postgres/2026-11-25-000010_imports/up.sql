-- Imports started from the operator area: what was uploaded, how far it has come and what it
-- did. The row is the progress every instance can show, whichever one runs the import.
CREATE TABLE imports (
    id SERIAL PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('usage', 'partners', 'tenants', 'users', 'subscriptions')),
    file_name TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    skip_invalid INTEGER NOT NULL CHECK (skip_invalid IN (0, 1)),
    status TEXT NOT NULL CHECK (status IN ('checking', 'applying', 'done', 'failed')),
    bytes_read BIGINT NOT NULL DEFAULT 0,
    rows_checked BIGINT NOT NULL DEFAULT 0,
    rows_applied BIGINT NOT NULL DEFAULT 0,
    rows_to_apply BIGINT NOT NULL DEFAULT 0,
    added BIGINT NOT NULL DEFAULT 0,
    changed BIGINT NOT NULL DEFAULT 0,
    unchanged BIGINT NOT NULL DEFAULT 0,
    -- Refused rows, one per line ("line 7, column email: …"), at most 1,000.
    problems TEXT NOT NULL DEFAULT '',
    -- Why the whole file was refused or the import stopped.
    failure TEXT,
    created_by INTEGER NOT NULL REFERENCES operators(id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP
);
CREATE INDEX imports_created ON imports(created_at, id);
