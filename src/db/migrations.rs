//! The two embedded migration sets, `migrations/sqlite` and `migrations/postgres`: the same
//! versions, one per backend.

use diesel::RunQueryDsl;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use crate::db::connection::{DbConnection, DbSetupError};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Applies the pending migrations of the connection's backend; returns how many ran.
pub fn run_migrations(conn: &mut DbConnection) -> Result<usize, DbSetupError> {
    let migrate =
        |e: Box<dyn std::error::Error + Send + Sync>| DbSetupError::Migrate(e.to_string());
    match conn {
        DbConnection::Postgresql(pg) => {
            // Several instances may start together on one PostgreSQL; one migrates at a time.
            diesel::sql_query("SELECT pg_advisory_lock(4242001)")
                .execute(pg)
                .map_err(|e| DbSetupError::Migrate(e.to_string()))?;
            let result = pg
                .run_pending_migrations(POSTGRES_MIGRATIONS)
                .map(|v| v.len());
            let _ = diesel::sql_query("SELECT pg_advisory_unlock(4242001)").execute(pg);
            result.map_err(migrate)
        }
        DbConnection::Sqlite(sqlite) => sqlite
            .run_pending_migrations(SQLITE_MIGRATIONS)
            .map(|v| v.len())
            .map_err(migrate),
    }
}
