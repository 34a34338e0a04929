-- Users invited by an operator have no password until they set one through their link, and a
-- deactivated user keeps their history but cannot sign in.
ALTER TABLE customer_users ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE customer_users ADD COLUMN deactivated_at TIMESTAMP;
ALTER TABLE partner_users ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE partner_users ADD COLUMN deactivated_at TIMESTAMP;
