//! Sessions kept in the database, so that signing out or expiry really ends a session (a copied
//! cookie is worth nothing afterwards) and several portal instances share them.

use std::collections::HashMap;

use actix_session::storage::{LoadError, SaveError, SessionKey, SessionStore, UpdateError};
use actix_web::cookie::time::Duration;
use anyhow::anyhow;
use diesel::prelude::*;
use rand::distr::{Alphanumeric, SampleString};

use crate::db::schema::sessions;
use crate::db::{now, DbPool, Outage};

type SessionState = HashMap<String, String>;

#[derive(Clone)]
pub struct DbSessionStore {
    pool: DbPool,
}

impl DbSessionStore {
    pub fn new(pool: DbPool) -> Self {
        Self { pool }
    }

    /// Reading a session is quick; writing one may queue for SQLite's write lock.
    async fn read<T, F>(&self, work: F) -> anyhow::Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut crate::db::DbConnection) -> QueryResult<T> + Send + 'static,
    {
        crate::db::run_quick(&self.pool, |conn| Ok(work(conn)?))
            .await
            .map_err(named_outage)
    }

    async fn write<T, F>(&self, work: F) -> anyhow::Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut crate::db::DbConnection) -> QueryResult<T> + Send + 'static,
    {
        crate::db::run_blocking(&self.pool, |conn| Ok(crate::db::in_turn(conn, work)?))
            .await
            .map_err(named_outage)
    }
}

/// The session middleware keeps only the text of a store's error: an outage is named in it, so
/// that the page for it can say so (see `error_page::answer_failures`).
fn named_outage(error: anyhow::Error) -> anyhow::Error {
    match Outage::in_chain(&error) {
        Some(outage) => error.context(outage),
        None => error,
    }
}

fn expiry(ttl: &Duration) -> chrono::NaiveDateTime {
    now() + chrono::Duration::seconds(ttl.whole_seconds())
}

fn new_key() -> String {
    Alphanumeric.sample_string(&mut rand::rng(), 64)
}

fn key_from(id: String) -> anyhow::Result<SessionKey> {
    SessionKey::try_from(id).map_err(|e| anyhow!(e))
}

impl SessionStore for DbSessionStore {
    async fn load(&self, session_key: &SessionKey) -> Result<Option<SessionState>, LoadError> {
        let id = session_key.as_ref().to_owned();
        let state = self
            .read(move |conn| {
                sessions::table
                    .filter(sessions::id.eq(id))
                    .filter(sessions::expires_at.gt(now()))
                    .select(sessions::state)
                    .first::<String>(conn)
                    .optional()
            })
            .await
            .map_err(LoadError::Other)?;
        match state {
            None => Ok(None),
            Some(json) => serde_json::from_str(&json)
                .map(Some)
                .map_err(|e| LoadError::Deserialization(e.into())),
        }
    }

    async fn save(&self, state: SessionState, ttl: &Duration) -> Result<SessionKey, SaveError> {
        let json = serde_json::to_string(&state).map_err(|e| SaveError::Serialization(e.into()))?;
        let id = new_key();
        let expires_at = expiry(ttl);
        let row_id = id.clone();
        self.write(move |conn| {
            // New sessions are rare enough to sweep out the expired ones here.
            diesel::delete(sessions::table.filter(sessions::expires_at.le(now()))).execute(conn)?;
            diesel::insert_into(sessions::table)
                .values((
                    sessions::id.eq(row_id),
                    sessions::state.eq(json),
                    sessions::expires_at.eq(expires_at),
                ))
                .execute(conn)
        })
        .await
        .map_err(SaveError::Other)?;
        key_from(id).map_err(SaveError::Other)
    }

    async fn update(
        &self,
        session_key: SessionKey,
        state: SessionState,
        ttl: &Duration,
    ) -> Result<SessionKey, UpdateError> {
        let json =
            serde_json::to_string(&state).map_err(|e| UpdateError::Serialization(e.into()))?;
        let id = session_key.as_ref().to_owned();
        let expires_at = expiry(ttl);
        let updated = self
            .write(move |conn| {
                diesel::update(
                    sessions::table
                        .filter(sessions::id.eq(id))
                        .filter(sessions::expires_at.gt(now())),
                )
                .set((
                    sessions::state.eq(json),
                    sessions::expires_at.eq(expires_at),
                ))
                .execute(conn)
            })
            .await
            .map_err(UpdateError::Other)?;
        if updated == 1 {
            return Ok(session_key);
        }
        // The session ended meanwhile (signed out elsewhere, or expired): never revive its key.
        self.save(state, ttl).await.map_err(|e| match e {
            SaveError::Serialization(e) => UpdateError::Serialization(e),
            SaveError::Other(e) => UpdateError::Other(e),
        })
    }

    async fn update_ttl(&self, session_key: &SessionKey, ttl: &Duration) -> anyhow::Result<()> {
        let id = session_key.as_ref().to_owned();
        let expires_at = expiry(ttl);
        self.write(move |conn| {
            diesel::update(sessions::table.filter(sessions::id.eq(id)))
                .set(sessions::expires_at.eq(expires_at))
                .execute(conn)
        })
        .await
        .map(|_| ())
    }

    async fn delete(&self, session_key: &SessionKey) -> anyhow::Result<()> {
        let id = session_key.as_ref().to_owned();
        self.write(move |conn| {
            diesel::delete(sessions::table.filter(sessions::id.eq(id))).execute(conn)
        })
        .await
        .map(|_| ())
    }
}
