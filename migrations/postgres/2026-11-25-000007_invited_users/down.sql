ALTER TABLE partner_users DROP COLUMN deactivated_at;
ALTER TABLE customer_users DROP COLUMN deactivated_at;
