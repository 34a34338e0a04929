-- Nothing on SQLite: it serves one instance, whose rate limits are kept in its memory. The
-- migration exists so that both backends count the same migrations.
SELECT 1;
