-- A partner's OSU enrollment and status decide money: each change is a row with the date it took
-- effect, never an overwrite. The partner's own row holds what is in effect today (its status,
-- and since when its current enrollment runs), which the pages read.
CREATE TABLE partner_facts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    enrollment TEXT NOT NULL CHECK (enrollment IN ('enrolled', 'not_enrolled')),
    status TEXT NOT NULL CHECK (status IN ('active', 'suspended')),
    effective_from DATE NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    recorded_by INTEGER REFERENCES operators(id)
);
CREATE INDEX partner_facts_partner ON partner_facts(partner_id, effective_from, id);

-- Where this history begins: from the day the partner was made or enrolled, whichever came first.
INSERT INTO partner_facts (partner_id, enrollment, status, effective_from, recorded_at)
    SELECT id,
           CASE WHEN osu_enrolled_since IS NOT NULL AND osu_enrolled_since <= DATE(created_at)
                THEN 'enrolled' ELSE 'not_enrolled' END,
           status,
           CASE WHEN osu_enrolled_since IS NOT NULL AND osu_enrolled_since < DATE(created_at)
                THEN osu_enrolled_since ELSE DATE(created_at) END,
           created_at
    FROM partners;
-- Enrolled after it was made: not enrolled until then.
INSERT INTO partner_facts (partner_id, enrollment, status, effective_from, recorded_at)
    SELECT id, 'enrolled', status, osu_enrolled_since, created_at
    FROM partners
    WHERE osu_enrolled_since IS NOT NULL AND osu_enrolled_since > DATE(created_at);
