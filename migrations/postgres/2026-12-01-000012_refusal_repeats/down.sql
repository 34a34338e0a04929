DROP TABLE association_event_repeats;
