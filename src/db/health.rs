//! Whether the database can serve requests right now, and which failures mean it cannot.
//!
//! A request that finds the database gone answers 503 at once instead of waiting out the pool's
//! timeout; connections that went bad in an outage are dropped instead of failing the first
//! requests after it.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use diesel::result::{DatabaseErrorKind, Error as DbError};

/// For this long after connections went bad or came back, each connection is tested before use
/// and when it comes back to the pool.
const UNSURE_FOR_MS: i64 = 60_000;

/// Why the database cannot serve a request right now. Its words are looked for by
/// [`Outage::named_in`] where only an error's text survives (a session store's failure).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Outage {
    #[error("the database cannot be reached")]
    Unreachable,
    /// SQLite: another writer held the lock for longer than the portal waits.
    #[error("the database is locked by another writer")]
    Locked,
}

impl Outage {
    /// The outage a database error shows, if it shows one.
    pub fn of_diesel(error: &DbError) -> Option<Self> {
        match error {
            DbError::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                _,
            )
            | DbError::BrokenTransactionManager => Some(Self::Unreachable),
            DbError::DatabaseError(_, info) => Self::of_message(info.message()),
            _ => None,
        }
    }

    /// The drivers' words for a lost server (libpq, PostgreSQL shutting down) or a held lock
    /// (SQLite).
    fn of_message(message: &str) -> Option<Self> {
        const UNREACHABLE: [&str; 7] = [
            "terminating connection",
            "server closed the connection",
            "no connection to the server",
            "could not connect",
            "connection refused",
            "the database system is shutting down",
            "the database system is starting up",
        ];
        let message = message.to_ascii_lowercase();
        if message.contains("database is locked")
            || message.contains("database table is locked")
            || message.contains("database is busy")
        {
            Some(Self::Locked)
        } else if UNREACHABLE.iter().any(|words| message.contains(words)) {
            Some(Self::Unreachable)
        } else {
            None
        }
    }

    /// The outage anywhere in an error's chain of causes: a database error, or no connection
    /// from the pool in time.
    pub fn in_chain(error: &anyhow::Error) -> Option<Self> {
        error.chain().find_map(|cause| {
            if let Some(outage) = cause.downcast_ref::<Self>() {
                Some(*outage)
            } else if let Some(db) = cause.downcast_ref::<DbError>() {
                Self::of_diesel(db)
            } else if cause.is::<diesel::r2d2::PoolError>() {
                Some(Self::Unreachable)
            } else {
                None
            }
        })
    }

    /// The outage whose words `text` has (an error printed with its causes).
    pub fn named_in(text: &str) -> Option<Self> {
        [Self::Unreachable, Self::Locked]
            .into_iter()
            .find(|outage| text.contains(&outage.to_string()))
    }
}

/// One pool's view of its database: down since a connection failed, up again when one opens.
#[derive(Debug, Default)]
pub struct Health {
    down: AtomicBool,
    /// When connections last went bad or came back, in milliseconds since 1970.
    changed_at: AtomicI64,
}

impl Health {
    /// A connection could not be opened or stopped answering.
    pub fn lost(&self) {
        self.changed_at.store(millis_now(), Ordering::Relaxed);
        if !self.down.swap(true, Ordering::Relaxed) {
            log::warn!("the database cannot be reached: pages answer 503 until it can");
        }
    }

    /// A connection opened.
    pub fn connected(&self) {
        if self.down.swap(false, Ordering::Relaxed) {
            self.changed_at.store(millis_now(), Ordering::Relaxed);
            log::info!("the database answers again");
        }
    }

    pub fn is_down(&self) -> bool {
        self.down.load(Ordering::Relaxed)
    }

    /// Down, or changed lately: connections in the pool may be left over from before.
    pub fn unsure(&self) -> bool {
        self.is_down()
            || millis_now().saturating_sub(self.changed_at.load(Ordering::Relaxed)) < UNSURE_FOR_MS
    }
}

fn millis_now() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Info(&'static str);

    impl diesel::result::DatabaseErrorInformation for Info {
        fn message(&self) -> &str {
            self.0
        }
        fn details(&self) -> Option<&str> {
            None
        }
        fn hint(&self) -> Option<&str> {
            None
        }
        fn table_name(&self) -> Option<&str> {
            None
        }
        fn column_name(&self) -> Option<&str> {
            None
        }
        fn constraint_name(&self) -> Option<&str> {
            None
        }
        fn statement_position(&self) -> Option<i32> {
            None
        }
    }

    fn database_error(kind: DatabaseErrorKind, message: &'static str) -> DbError {
        DbError::DatabaseError(kind, Box::new(Info(message)))
    }

    #[test]
    fn lost_servers_and_held_locks_are_outages_and_nothing_else_is() {
        let unknown = DatabaseErrorKind::Unknown;
        for (error, outage) in [
            (
                database_error(
                    unknown,
                    "terminating connection due to administrator command",
                ),
                Some(Outage::Unreachable),
            ),
            (
                database_error(
                    DatabaseErrorKind::ClosedConnection,
                    "server closed the connection unexpectedly",
                ),
                Some(Outage::Unreachable),
            ),
            (
                database_error(unknown, "database is locked"),
                Some(Outage::Locked),
            ),
            (
                database_error(DatabaseErrorKind::UniqueViolation, "duplicate key value"),
                None,
            ),
            (DbError::NotFound, None),
        ] {
            assert_eq!(Outage::of_diesel(&error), outage, "{error}");
        }
    }

    #[test]
    fn an_outage_is_found_under_context_and_by_its_words() {
        let error = anyhow::Error::new(database_error(
            DatabaseErrorKind::Unknown,
            "database is locked",
        ))
        .context("saving the session");
        assert_eq!(Outage::in_chain(&error), Some(Outage::Locked));
        let words = format!("Other({:?})", error.context(Outage::Locked));
        assert_eq!(Outage::named_in(&words), Some(Outage::Locked));
        assert_eq!(Outage::named_in("something else"), None);
    }

    #[test]
    fn a_pool_is_unsure_while_down_and_for_a_while_after() {
        let health = Health::default();
        assert!(!health.unsure());
        health.lost();
        assert!(health.is_down() && health.unsure());
        health.connected();
        assert!(!health.is_down() && health.unsure());
    }
}
