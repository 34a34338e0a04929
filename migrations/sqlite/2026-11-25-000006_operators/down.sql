DROP TABLE operator_events;
DROP TABLE password_links;
ALTER TABLE partner_users DROP COLUMN password_changed_at;
ALTER TABLE customer_users DROP COLUMN password_changed_at;
DROP TABLE operators;
