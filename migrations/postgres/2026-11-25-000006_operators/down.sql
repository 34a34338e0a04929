DROP TABLE operator_events;
DROP FUNCTION operator_events_append_only;
DROP TABLE password_links;
ALTER TABLE partner_users DROP COLUMN password_changed_at;
ALTER TABLE customer_users DROP COLUMN password_changed_at;
DROP TABLE operators;
