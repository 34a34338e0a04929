-- The same refused attempt made again (same person, subscription, partners, reason) within an
-- hour of the last is counted here, beside its event, instead of adding an event each time.
-- Events stay append-only; only this count and the time of the latest repeat change.
CREATE TABLE association_event_repeats (
    event_id INTEGER PRIMARY KEY REFERENCES association_events(id),
    repeats INTEGER NOT NULL CHECK (repeats > 0),
    last_at TIMESTAMP NOT NULL
);
