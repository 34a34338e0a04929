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
    pub claimed_by: Option<String>,
    pub failed_at: Option<NaiveDateTime>,
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

/// What became of one try to send a message.
#[derive(Debug)]
pub enum Outcome {
    Sent,
    /// Try again after this long, with what went wrong.
    RetryIn(String, chrono::Duration),
    /// No more tries: the server refused it for good, or that was the last attempt.
    GiveUp(String),
}

/// How many messages are waiting, have failed and were sent in the last 24 hours.
#[derive(Debug, Clone, Copy, Default)]
pub struct OutboxCounts {
    pub waiting: i64,
    pub failed: i64,
    pub sent_last_day: i64,
}

/// Not sent, not given up on, and claimed by nobody (or by a claim that has run out).
macro_rules! unclaimed_waiting {
    ($now:expr) => {
        outbox::sent_at
            .is_null()
            .and(outbox::failed_at.is_null())
            .and(
                outbox::locked_until
                    .is_null()
                    .or(outbox::locked_until.lt($now)),
            )
    };
}

impl OutboxMessage {
    /// Takes up to `limit` due messages for `lease` under the name `claim`; other workers skip
    /// them until the lease ends. A worker sends a claimed message only within the lease, so
    /// two workers never hold one message at once; if the process dies mid-send, the lease runs
    /// out and the message is sent again: twice at worst, never zero times.
    pub fn claim_due(
        conn: &mut DbConnection,
        limit: i64,
        lease: chrono::Duration,
        claim: &str,
    ) -> QueryResult<Vec<Self>> {
        Self::claim(conn, limit, lease, claim, true)
    }

    /// Takes the oldest waiting message whether or not its next try is due: the worker tries it
    /// to learn whether a failing mail server is back. See [`Self::release_probe`].
    pub fn claim_probe(
        conn: &mut DbConnection,
        lease: chrono::Duration,
        claim: &str,
    ) -> QueryResult<Option<Self>> {
        Ok(Self::claim(conn, 1, lease, claim, false)?.pop())
    }

    fn claim(
        conn: &mut DbConnection,
        limit: i64,
        lease: chrono::Duration,
        claim: &str,
        only_due: bool,
    ) -> QueryResult<Vec<Self>> {
        write_transaction(conn, |conn| {
            let now = now();
            // A probe takes a message whatever its next try: "due" by a day far away.
            let due_by = if only_due {
                now
            } else {
                now + chrono::Duration::days(36_500)
            };
            let waiting = outbox::table
                .filter(unclaimed_waiting!(now))
                .filter(outbox::next_attempt_at.le(due_by))
                .order((outbox::next_attempt_at, outbox::id))
                .limit(limit)
                .select(outbox::id);
            let ids: Vec<i32> = match conn {
                // Two instances on one PostgreSQL never take the same row.
                DbConnection::Postgresql(pg) => waiting.for_update().skip_locked().load(pg)?,
                DbConnection::Sqlite(_) => waiting.load(conn)?,
            };
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            diesel::update(outbox::table.filter(outbox::id.eq_any(&ids)))
                .set((
                    outbox::locked_until.eq(now + lease),
                    outbox::claimed_by.eq(claim),
                ))
                .execute(conn)?;
            outbox::table
                .filter(outbox::id.eq_any(&ids))
                .order(outbox::id)
                .select(Self::as_select())
                .load(conn)
        })
    }

    /// Records how a try went and ends the claim. False when the claim was no longer this
    /// worker's (it ran out and another took the message): nothing is written then.
    pub fn record(
        conn: &mut DbConnection,
        id: i32,
        claim: &str,
        outcome: Outcome,
    ) -> QueryResult<bool> {
        let now = now();
        let mine = outbox::table
            .filter(outbox::id.eq(id))
            .filter(outbox::claimed_by.eq(claim))
            .filter(outbox::sent_at.is_null());
        let released = (
            outbox::attempts.eq(outbox::attempts + 1),
            outbox::locked_until.eq(None::<NaiveDateTime>),
            outbox::claimed_by.eq(None::<String>),
        );
        let changed = in_turn(conn, |conn| match outcome {
            Outcome::Sent => diesel::update(mine)
                .set((
                    released,
                    outbox::sent_at.eq(now),
                    outbox::last_error.eq(None::<String>),
                ))
                .execute(conn),
            Outcome::RetryIn(error, retry_in) => diesel::update(mine)
                .set((
                    released,
                    outbox::last_error.eq(clip(&error)),
                    outbox::next_attempt_at.eq(now + retry_in),
                ))
                .execute(conn),
            Outcome::GiveUp(error) => diesel::update(mine)
                .set((
                    released,
                    outbox::last_error.eq(clip(&error)),
                    outbox::failed_at.eq(now),
                ))
                .execute(conn),
        })?;
        Ok(changed == 1)
    }

    /// Ends a probe's claim: the error is kept, but a probe is not one of the message's attempts
    /// and does not move its next try.
    pub fn release_probe(
        conn: &mut DbConnection,
        id: i32,
        claim: &str,
        error: &str,
    ) -> QueryResult<bool> {
        let changed = in_turn(conn, |conn| {
            diesel::update(
                outbox::table
                    .filter(outbox::id.eq(id))
                    .filter(outbox::claimed_by.eq(claim)),
            )
            .set((
                outbox::last_error.eq(clip(error)),
                outbox::locked_until.eq(None::<NaiveDateTime>),
                outbox::claimed_by.eq(None::<String>),
            ))
            .execute(conn)
        })?;
        Ok(changed == 1)
    }

    /// The mail server is back: every waiting message is due now rather than at its backed-off
    /// time. Returns how many were brought forward.
    pub fn due_now(conn: &mut DbConnection) -> QueryResult<usize> {
        in_turn(conn, |conn| {
            let now = now();
            diesel::update(
                outbox::table
                    .filter(unclaimed_waiting!(now))
                    .filter(outbox::next_attempt_at.gt(now)),
            )
            .set(outbox::next_attempt_at.eq(now))
            .execute(conn)
        })
    }

    /// Sends a message the worker gave up on again, with a fresh count of attempts. False when
    /// it is not a message that failed (sent since, or resent already).
    pub fn resend(conn: &mut DbConnection, id: i32) -> QueryResult<bool> {
        let changed = diesel::update(
            outbox::table
                .filter(outbox::id.eq(id))
                .filter(outbox::failed_at.is_not_null()),
        )
        .set((
            outbox::failed_at.eq(None::<NaiveDateTime>),
            outbox::attempts.eq(0),
            outbox::next_attempt_at.eq(now()),
        ))
        .execute(conn)?;
        Ok(changed == 1)
    }

    pub fn find(conn: &mut DbConnection, id: i32) -> QueryResult<Option<Self>> {
        outbox::table
            .find(id)
            .select(Self::as_select())
            .first(conn)
            .optional()
    }

    /// The messages the worker gave up on, the latest first.
    pub fn failed(conn: &mut DbConnection, offset: i64, limit: i64) -> QueryResult<Vec<Self>> {
        outbox::table
            .filter(outbox::failed_at.is_not_null())
            .order((outbox::failed_at.desc(), outbox::id.desc()))
            .offset(offset)
            .limit(limit)
            .select(Self::as_select())
            .load(conn)
    }

    pub fn counts(conn: &mut DbConnection) -> QueryResult<OutboxCounts> {
        let waiting = outbox::table
            .filter(outbox::sent_at.is_null())
            .filter(outbox::failed_at.is_null())
            .count()
            .get_result(conn)?;
        let failed = outbox::table
            .filter(outbox::failed_at.is_not_null())
            .count()
            .get_result(conn)?;
        let sent_last_day = outbox::table
            .filter(outbox::sent_at.gt(now() - chrono::Duration::hours(24)))
            .count()
            .get_result(conn)?;
        Ok(OutboxCounts {
            waiting,
            failed,
            sent_last_day,
        })
    }

    pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<Self>> {
        outbox::table
            .order(outbox::id)
            .select(Self::as_select())
            .load(conn)
    }
}

fn clip(error: &str) -> String {
    error.chars().take(1000).collect()
}
