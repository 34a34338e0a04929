-- Rate limits shared by every instance (see src/db/limits.rs): per key, the moment (seconds
-- since 1970) its next request is due. Unlogged: after a crash the limits start afresh.
CREATE UNLOGGED TABLE rate_limits (
    key TEXT PRIMARY KEY,
    due_at DOUBLE PRECISION NOT NULL
);
