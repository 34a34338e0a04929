DROP INDEX outbox_failed;
ALTER TABLE outbox DROP COLUMN failed_at;
ALTER TABLE outbox DROP COLUMN claimed_by;
