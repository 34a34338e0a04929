use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::outbox;
use crate::db::{in_turn, now, write_transaction, DbConnection};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct OutboxMessage {
    pub id: i32,
    pub partner_id: Option<i32>,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub message_id: String,
    pub created_at: NaiveDateTime,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub locked_until: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    pub sent_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = outbox)]
pub struct NewOutboxMessage {
    pub partner_id: Option<i32>,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub message_id: String,
    pub created_at: NaiveDateTime,
    pub next_attempt_at: NaiveDateTime,
}

/// Writes an email to the outbox; call it inside the transaction of the change it reports.
pub fn enqueue(conn: &mut DbConnection, message: &NewOutboxMessage) -> QueryResult<i32> {
    diesel::insert_into(outbox::table)
        .values(message)
        .returning(outbox::id)
        .get_result(conn)
}

impl OutboxMessage {
    /// Takes up to `limit` due messages for `lease`; another worker skips them until it ends. If the
    /// process dies mid-send, the lease runs out and the message is sent again: twice, never zero times.
    pub fn claim_due(
        conn: &mut DbConnection,
        limit: i64,
        lease: chrono::Duration,
    ) -> QueryResult<Vec<Self>> {
        write_transaction(conn, |conn| {
            let now = now();
            let due = outbox::table
                .filter(outbox::sent_at.is_null())
                .filter(outbox::next_attempt_at.le(now))
                .filter(
                    outbox::locked_until
                        .is_null()
                        .or(outbox::locked_until.lt(now)),
                )
                .order(outbox::id)
                .limit(limit)
                .select(outbox::id);
            let ids: Vec<i32> = match conn {
                // Two instances on one PostgreSQL never take the same row.
                DbConnection::Postgresql(pg) => due.for_update().skip_locked().load(pg)?,
                DbConnection::Sqlite(_) => due.load(conn)?,
            };
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            diesel::update(outbox::table.filter(outbox::id.eq_any(&ids)))
                .set(outbox::locked_until.eq(now + lease))
                .execute(conn)?;
            outbox::table
                .filter(outbox::id.eq_any(&ids))
                .order(outbox::id)
                .select(Self::as_select())
                .load(conn)
        })
    }

    pub fn mark_sent(conn: &mut DbConnection, id: i32) -> QueryResult<usize> {
        in_turn(conn, |conn| {
            diesel::update(outbox::table.find(id))
                .set((
                    outbox::sent_at.eq(now()),
                    outbox::attempts.eq(outbox::attempts + 1),
                    outbox::locked_until.eq(None::<NaiveDateTime>),
                    outbox::last_error.eq(None::<String>),
                ))
                .execute(conn)
        })
    }

    /// Keeps the message for another try after `retry_in`, with what went wrong.
    pub fn mark_failed(
        conn: &mut DbConnection,
        id: i32,
        error: &str,
        retry_in: chrono::Duration,
    ) -> QueryResult<usize> {
        let error: String = error.chars().take(1000).collect();
        in_turn(conn, |conn| {
            diesel::update(outbox::table.find(id))
                .set((
                    outbox::attempts.eq(outbox::attempts + 1),
                    outbox::last_error.eq(Some(error)),
                    outbox::next_attempt_at.eq(now() + retry_in),
                    outbox::locked_until.eq(None::<NaiveDateTime>),
                ))
                .execute(conn)
        })
    }

    pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<Self>> {
        outbox::table
            .order(outbox::id)
            .select(Self::as_select())
            .load(conn)
    }
}
