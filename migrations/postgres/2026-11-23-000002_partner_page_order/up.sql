-- The partner status page lists a partner's associations newest first, a page at a time: this
-- index gives that order without sorting all of them (100,000 for a large partner).
CREATE INDEX associations_partner_newest ON associations(partner_id, started_at, id);
DROP INDEX associations_partner;
