//! Rate limits kept in PostgreSQL, so that every instance behind a load balancer counts against
//! the same quota. Each key has one row with the moment its next request would be "due" under
//! the generic cell rate algorithm (the algorithm `governor` runs in memory for SQLite): a request
//! is allowed when that moment is no more than one period ahead, and moves it one interval on.
//! Decided and recorded in one statement, so two instances cannot both take the last request.

use std::time::Duration;

use diesel::sql_types::{Array, Double, Text};
use diesel::{PgConnection, QueryResult, QueryableByName, RunQueryDsl};

#[derive(QueryableByName)]
struct Seconds {
    #[diesel(sql_type = Double)]
    seconds: f64,
}

const NOW: &str = "EXTRACT(EPOCH FROM clock_timestamp())::float8";

/// Counts one request for each of `keys`, each allowed `quota` times per `period` (all of them
/// at once, too), in one round trip. `Ok(Err(wait))` when any key is over its quota: how long
/// until the next request is allowed. (The keys under their quota are counted all the same.)
pub fn hit(
    conn: &mut PgConnection,
    keys: &[String],
    quota: u32,
    period: Duration,
) -> QueryResult<Result<(), Duration>> {
    let period = period.as_secs_f64();
    let interval = period / f64::from(quota.max(1));
    let allowed = diesel::sql_query(format!(
        "INSERT INTO rate_limits AS r (key, due_at) \
         SELECT key, {NOW} + $2 FROM unnest($1::text[]) AS key \
         ON CONFLICT (key) DO UPDATE SET due_at = GREATEST(r.due_at, {NOW}) + $2 \
         WHERE GREATEST(r.due_at, {NOW}) + $2 - {NOW} <= $3 \
         RETURNING due_at AS seconds"
    ))
    .bind::<Array<Text>, _>(keys)
    .bind::<Double, _>(interval)
    .bind::<Double, _>(period)
    .get_results::<Seconds>(conn)?;
    if allowed.len() >= keys.len() {
        return Ok(Ok(()));
    }
    let wait = diesel::sql_query(format!(
        "SELECT max(due_at) + $2 - $3 - {NOW} AS seconds FROM rate_limits \
         WHERE key = ANY($1::text[])"
    ))
    .bind::<Array<Text>, _>(keys)
    .bind::<Double, _>(interval)
    .bind::<Double, _>(period)
    .get_results::<Seconds>(conn)?;
    let seconds = wait.first().map_or(interval, |w| w.seconds).max(0.0);
    Ok(Err(Duration::from_secs_f64(seconds)))
}

/// Forgets keys whose next request is due already: they are as good as new.
pub fn forget_quiet(conn: &mut PgConnection) -> QueryResult<usize> {
    diesel::sql_query(format!("DELETE FROM rate_limits WHERE due_at < {NOW}")).execute(conn)
}
