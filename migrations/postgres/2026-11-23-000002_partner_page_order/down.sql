CREATE INDEX associations_partner ON associations(partner_id, started_at);
DROP INDEX associations_partner_newest;
