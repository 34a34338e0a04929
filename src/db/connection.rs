//! One connection type over PostgreSQL and SQLite, chosen from `DATABASE_URL`, and its pool.

use std::sync::Arc;
use std::time::Duration;

use diesel::r2d2::{self, ManageConnection, Pool, PooledConnection, R2D2Connection};
use diesel::{Connection, PgConnection, SqliteConnection};

use crate::db::health::Health;

/// One connection type for both backends. The variant is chosen from the URL by [`DbManager`],
/// never by trying each in turn: SQLite accepts any string as a file name.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

/// The pool of connections, with what it knows of the database's health.
#[derive(Clone)]
pub struct DbPool {
    pool: Pool<DbManager>,
    health: Arc<Health>,
}

impl DbPool {
    pub fn health(&self) -> &Health {
        &self.health
    }
}

impl std::ops::Deref for DbPool {
    type Target = Pool<DbManager>;

    fn deref(&self) -> &Pool<DbManager> {
        &self.pool
    }
}

pub type PooledConn = PooledConnection<DbManager>;

/// Where the data lives, parsed from `DATABASE_URL`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatabaseUrl {
    Postgres(String),
    /// A file path; `:memory:` is refused because every pooled connection would see its own database.
    Sqlite(String),
}

#[derive(Debug, thiserror::Error)]
pub enum DatabaseUrlError {
    #[error("DATABASE_URL is empty")]
    Empty,
    #[error("DATABASE_URL has the scheme `{0}`; use postgres://… for PostgreSQL or a file path (or sqlite://path) for SQLite")]
    UnknownScheme(String),
    #[error("DATABASE_URL `:memory:` is not supported; give an SQLite file path")]
    InMemory,
}

impl DatabaseUrl {
    pub fn parse(raw: &str) -> Result<Self, DatabaseUrlError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(DatabaseUrlError::Empty);
        }
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            return Ok(Self::Postgres(with_connect_timeout(raw)));
        }
        let path = raw
            .strip_prefix("sqlite://")
            .or_else(|| raw.strip_prefix("sqlite:"))
            .unwrap_or(raw);
        if let Some((scheme, _)) = path.split_once("://") {
            return Err(DatabaseUrlError::UnknownScheme(scheme.to_string()));
        }
        if path == ":memory:" || path.is_empty() {
            return Err(DatabaseUrlError::InMemory);
        }
        Ok(Self::Sqlite(path.to_string()))
    }

    /// The URL or path as given (with its password): for handing to another process.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Postgres(url) | Self::Sqlite(url) => url,
        }
    }

    /// The URL without a password, for logs and the start-up banner.
    pub fn redacted(&self) -> String {
        match self {
            Self::Sqlite(path) => format!("SQLite file {path}"),
            Self::Postgres(raw) => match url::Url::parse(raw) {
                Ok(mut parsed) => {
                    if parsed.password().is_some() {
                        let _ = parsed.set_password(Some("***"));
                    }
                    format!("PostgreSQL {parsed}")
                }
                Err(_) => "PostgreSQL (unparseable URL)".to_string(),
            },
        }
    }
}

/// libpq waits forever for a host that does not answer; a start-up should fail within seconds.
fn with_connect_timeout(url: &str) -> String {
    if url.contains("connect_timeout=") {
        return url.to_string();
    }
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}connect_timeout=5")
}

/// The r2d2 manager: opens the variant the URL names and prepares SQLite connections.
#[derive(Debug, Clone)]
pub struct DbManager {
    url: DatabaseUrl,
    /// How long an SQLite write waits for another writer's lock before it fails.
    lock_wait: Duration,
    health: Arc<Health>,
}

/// SQLite's wait for a lock unless configured otherwise.
pub const DEFAULT_LOCK_WAIT: Duration = Duration::from_secs(5);

impl DbManager {
    pub fn new(url: DatabaseUrl) -> Self {
        Self::waiting(url, DEFAULT_LOCK_WAIT)
    }

    pub fn waiting(url: DatabaseUrl, lock_wait: Duration) -> Self {
        if matches!(url, DatabaseUrl::Sqlite(_)) {
            sqlite_without_memory_statistics();
        }
        Self {
            url,
            lock_wait,
            health: Arc::default(),
        }
    }
}

/// SQLite counts every allocation under one global mutex unless told not to; profiling showed
/// the request threads queueing on it. The setting is taken only before SQLite's first use.
fn sqlite_without_memory_statistics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: sqlite3_config is called once, before any connection exists in this process
        // (this runs when the first manager is made); after that SQLite ignores it, harmlessly.
        let code = unsafe {
            libsqlite3_sys::sqlite3_config(
                libsqlite3_sys::SQLITE_CONFIG_MEMSTATUS,
                0 as std::ffi::c_int,
            )
        };
        if code != libsqlite3_sys::SQLITE_OK {
            log::debug!("SQLite kept its memory statistics (code {code})");
        }
    });
}

impl ManageConnection for DbManager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    /// A PostgreSQL server that cannot be reached marks the database down, and one that answers
    /// marks it up. (An SQLite file is opened in this process: failing to open it is a fault to
    /// report, and a lock held too long fails its request on its own.)
    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        let connected = self.open();
        if matches!(self.url, DatabaseUrl::Postgres(_)) {
            match &connected {
                Ok(_) => self.health.connected(),
                Err(_) => self.health.lost(),
            }
        }
        connected
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.ping().map_err(r2d2::Error::QueryError)
    }

    /// While the database's health is in doubt, a connection that does not answer is dropped
    /// rather than kept for the next request to fail on.
    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        std::thread::panicking()
            || conn.is_broken()
            || (self.health.unsure() && conn.ping().is_err())
    }
}

impl DbManager {
    fn open(&self) -> Result<DbConnection, r2d2::Error> {
        match &self.url {
            DatabaseUrl::Postgres(url) => PgConnection::establish(url)
                .map(DbConnection::Postgresql)
                .map_err(r2d2::Error::ConnectionError),
            DatabaseUrl::Sqlite(path) => {
                let mut conn =
                    SqliteConnection::establish(path).map_err(r2d2::Error::ConnectionError)?;
                // busy_timeout first: the pool opens connections in parallel and switching to WAL
                // takes a lock the others must wait for.
                let pragmas = format!(
                    "PRAGMA busy_timeout = {}; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
                    self.lock_wait.as_millis()
                );
                diesel::connection::SimpleConnection::batch_execute(&mut conn, &pragmas)
                    .map_err(r2d2::Error::QueryError)?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DbSetupError {
    #[error("cannot open the database ({target}): {source}")]
    Connect { target: String, source: r2d2::Error },
    #[error("cannot create the folder for the SQLite file {path}: {source}")]
    Folder {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot build the connection pool: {0}")]
    Pool(#[from] r2d2::PoolError),
    #[error("cannot apply the migrations: {0}")]
    Migrate(String),
}

/// Opens one connection first so that a wrong URL or password fails at once with its own message,
/// instead of the pool retrying until its timeout.
pub fn connect_pool(url: &DatabaseUrl, max_size: u32) -> Result<DbPool, DbSetupError> {
    connect_pool_waiting(url, max_size, DEFAULT_LOCK_WAIT)
}

/// A pool whose SQLite writers wait `lock_wait` for another writer's lock.
pub fn connect_pool_waiting(
    url: &DatabaseUrl,
    max_size: u32,
    lock_wait: Duration,
) -> Result<DbPool, DbSetupError> {
    if let DatabaseUrl::Sqlite(path) = url {
        if let Some(parent) = std::path::Path::new(path).parent() {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent).map_err(|source| DbSetupError::Folder {
                    path: path.clone(),
                    source,
                })?;
            }
        }
    }
    let manager = DbManager::waiting(url.clone(), lock_wait);
    let health = Arc::clone(&manager.health);
    manager.open().map_err(|source| DbSetupError::Connect {
        target: url.redacted(),
        source,
    })?;
    let pool = Pool::builder()
        .max_size(max_size)
        .min_idle(Some(1))
        // A test query on every check-out doubled the queries of a page; a broken connection
        // shows itself on use, and `has_broken` drops it when it comes back.
        .test_on_check_out(false)
        .connection_timeout(Duration::from_secs(5))
        .build(manager)?;
    Ok(DbPool { pool, health })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_urls_get_a_connect_timeout() {
        assert_eq!(
            DatabaseUrl::parse("postgres://u@h/db").unwrap(),
            DatabaseUrl::Postgres("postgres://u@h/db?connect_timeout=5".into())
        );
        assert_eq!(
            DatabaseUrl::parse("postgresql://u@h/db?sslmode=disable").unwrap(),
            DatabaseUrl::Postgres("postgresql://u@h/db?sslmode=disable&connect_timeout=5".into())
        );
    }

    #[test]
    fn sqlite_paths_with_or_without_scheme() {
        assert_eq!(
            DatabaseUrl::parse("var/dpor.sqlite3").unwrap(),
            DatabaseUrl::Sqlite("var/dpor.sqlite3".into())
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///tmp/x.db").unwrap(),
            DatabaseUrl::Sqlite("/tmp/x.db".into())
        );
    }

    #[test]
    fn other_schemes_and_memory_are_refused() {
        assert!(matches!(
            DatabaseUrl::parse("mysql://h/db"),
            Err(DatabaseUrlError::UnknownScheme(s)) if s == "mysql"
        ));
        assert!(DatabaseUrl::parse(":memory:").is_err());
        assert!(DatabaseUrl::parse("  ").is_err());
    }

    #[test]
    fn passwords_are_hidden() {
        let url = DatabaseUrl::parse("postgres://app:secret@db.example/dpor").unwrap();
        assert!(!url.redacted().contains("secret"));
    }
}
