//! The database: one connection type over PostgreSQL and SQLite, its pool, its migrations,
//! the schema both share, and the rows with the queries that read and write them.

mod connection;
mod health;
pub mod limits;
mod migrations;
pub mod models;
pub mod schema;
pub mod session_store;
pub mod sql;
mod transaction;

pub use connection::{
    connect_pool, connect_pool_waiting, DatabaseUrl, DatabaseUrlError, DbConnection, DbManager,
    DbPool, DbSetupError, PooledConn, DEFAULT_LOCK_WAIT,
};
pub use health::{Health, Outage};
pub use migrations::run_migrations;
pub use transaction::{
    in_turn, lock_subscription, now, run_blocking, run_quick, write_transaction,
};
