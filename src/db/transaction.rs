//! Transactions that write, and where database work runs (on the request thread or the
//! blocking pool).

use std::time::{Duration, Instant};

use diesel::r2d2::R2D2Connection;
use diesel::{Connection, SqliteConnection};

use crate::db::connection::{DbConnection, DbPool, PooledConn};
use crate::db::schema;

/// One writer of this process at a time goes to SQLite. SQLite admits one writer anyway; those
/// that find its lock taken sleep and retry on their own (1, 2, 5 … up to 100 ms apart), so with
/// another process writing too (an import), a request could lose the race many times in a row.
/// Queued here, this process's writers take turns, and only the first of them waits on SQLite.
static SQLITE_WRITER: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Runs `work`, a write that needs no transaction of its own (a session's row, say), in its turn
/// among this process's SQLite writers (see [`SQLITE_WRITER`]); on PostgreSQL, as it is.
pub fn in_turn<T>(conn: &mut DbConnection, work: impl FnOnce(&mut DbConnection) -> T) -> T {
    if !matches!(conn, DbConnection::Sqlite(_)) {
        return work(conn);
    }
    let _turn = SQLITE_WRITER
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    work(conn)
}

/// A transaction that holds the write lock from its first statement.
///
/// SQLite: `BEGIN IMMEDIATE`, so concurrent writers queue on `busy_timeout` instead of failing
/// when a read turns into a write, after taking their turn among this process's writers (see
/// [`SQLITE_WRITER`]). PostgreSQL: an ordinary transaction; callers lock the rows they decide on
/// (see [`lock_subscription`]).
pub fn write_transaction<T, E, F>(conn: &mut DbConnection, work: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    let DbConnection::Sqlite(sqlite) = &mut *conn else {
        return conn.transaction(work);
    };
    // A writer that panicked left nothing behind the guard: the transaction rolled back.
    let _turn = SQLITE_WRITER
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")?;
    let result = work(conn);
    let DbConnection::Sqlite(sqlite) = &mut *conn else {
        unreachable!("the connection does not change backend");
    };
    match result {
        Ok(value) => {
            <AnsiTransactionManager as TransactionManager<SqliteConnection>>::commit_transaction(
                sqlite,
            )?;
            Ok(value)
        }
        Err(error) => {
            if let Err(rollback) = <AnsiTransactionManager as TransactionManager<
                SqliteConnection,
            >>::rollback_transaction(sqlite)
            {
                log::error!("rollback failed: {rollback}");
            }
            Err(error)
        }
    }
}

/// Locks a subscription's row until the transaction ends, so that two changes to its partner of
/// record are decided one after the other. (SQLite's write transaction already serialises them.)
pub fn lock_subscription(conn: &mut DbConnection, subscription_id: i32) -> diesel::QueryResult<()> {
    use diesel::prelude::*;
    if let DbConnection::Postgresql(pg) = conn {
        schema::subscriptions::table
            .find(subscription_id)
            .select(schema::subscriptions::id)
            .for_update()
            .first::<i32>(pg)
            .optional()?;
    }
    Ok(())
}

/// Runs quick database work. On SQLite, which works in this process and answers in microseconds,
/// it runs right here: profiling showed the two thread hand-offs of the blocking pool costing more
/// than the queries. PostgreSQL work waits on the network, so it goes to the blocking pool. Work
/// that may wait (writes that queue for SQLite's lock, password hashing, large exports) belongs
/// in [`run_blocking`].
pub async fn run_quick<T, E, F>(pool: &DbPool, work: F) -> Result<T, E>
where
    T: Send + 'static,
    E: From<diesel::r2d2::PoolError> + From<tokio::task::JoinError> + Send + 'static,
    F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
{
    // While the database's health is in doubt, connections are tested on check-out (below).
    if let Some(mut conn) = pool.try_get().filter(|_| !pool.health().unsure()) {
        if matches!(*conn, DbConnection::Sqlite(_)) {
            return work(&mut conn);
        }
        // Never queue for a blocking thread while holding a connection: the threads ahead may be
        // waiting for that very connection.
        drop(conn);
    }
    run_blocking(pool, work).await
}

/// Runs database work on the blocking pool, off the request threads.
pub async fn run_blocking<T, E, F>(pool: &DbPool, work: F) -> Result<T, E>
where
    T: Send + 'static,
    E: From<diesel::r2d2::PoolError> + From<tokio::task::JoinError> + Send + 'static,
    F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
{
    let pool = pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = check_out(&pool)?;
        let done = work(&mut conn);
        // A failure may have been the server going away: if the connection no longer answers,
        // say so, and it is dropped when it goes back to the pool.
        if done.is_err() && matches!(*conn, DbConnection::Postgresql(_)) && conn.ping().is_err() {
            pool.health().lost();
        }
        done
    })
    .await?
}

/// How long a request waits for a connection before it looks again at the database's health.
const CHECK_OUT_SLICE: Duration = Duration::from_millis(100);

/// A connection from the pool, waiting up to the pool's timeout while the database is up, but
/// giving up at once when it is down: a request in an outage answers 503 without hanging. While
/// the database's health is in doubt, a connection is tested before it is handed out.
fn check_out(pool: &DbPool) -> Result<PooledConn, diesel::r2d2::PoolError> {
    let started = Instant::now();
    loop {
        match pool.get_timeout(CHECK_OUT_SLICE) {
            Ok(mut conn) => {
                let waited_enough = started.elapsed() >= pool.connection_timeout();
                if !pool.health().unsure() || waited_enough || conn.ping().is_ok() {
                    return Ok(conn);
                }
                // Returned to the pool, it is dropped there (see `DbManager::has_broken`).
                pool.health().lost();
            }
            Err(error) => {
                if pool.health().is_down() || started.elapsed() >= pool.connection_timeout() {
                    return Err(error);
                }
            }
        }
    }
}

/// The current time as stored: UTC, to the microsecond (PostgreSQL's precision).
pub fn now() -> chrono::NaiveDateTime {
    use chrono::SubsecRound;
    chrono::Utc::now().naive_utc().trunc_subsecs(6)
}
