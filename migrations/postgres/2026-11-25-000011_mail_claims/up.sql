-- Who holds a message while it is being sent: a worker marks it sent or failed only while its
-- claim is still the message's, so an instance whose claim ran out cannot overwrite another's.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
-- When the worker gave up on it (the mail server refused it for good, or its last attempt
-- failed); an operator can send it again from the Emails page.
ALTER TABLE outbox ADD COLUMN failed_at TIMESTAMP;
CREATE INDEX outbox_failed ON outbox(failed_at) WHERE failed_at IS NOT NULL;
