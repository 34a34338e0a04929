-- The facts of a subscription that decide money (seats, billing, status) keep their history: each
-- change is a row with the date it took effect, never an overwrite. The subscription's own row
-- holds the facts in effect now, which the pages read.
CREATE TABLE subscription_facts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id),
    seats INTEGER NOT NULL CHECK (seats >= 0),
    billing TEXT NOT NULL CHECK (billing IN ('paid', 'trial')),
    status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'expired')),
    effective_from DATE NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    recorded_by INTEGER REFERENCES operators(id)
);
CREATE INDEX subscription_facts_subscription ON subscription_facts(subscription_id, effective_from, id);

-- What every subscription had when this history began: its facts since it was made.
INSERT INTO subscription_facts (subscription_id, seats, billing, status, effective_from, recorded_at)
    SELECT id, seats, billing, status, DATE(created_at), created_at FROM subscriptions;
