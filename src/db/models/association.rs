use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{Integer, Nullable, Text, Timestamp};

use crate::db::models::stored::Code;
use crate::db::models::stored::{queryable_parsing_states, state};
use crate::db::schema::{association_event_repeats, association_events, associations};
use crate::db::{now, DbConnection};
use crate::domain::{Channel, EventAction};

/// A partner of record on a subscription. Open while `ended_at` is empty; ended rows are history.
#[derive(Debug, Clone, Selectable)]
#[diesel(table_name = associations)]
pub struct Association {
    pub id: i32,
    pub subscription_id: i32,
    pub partner_id: i32,
    pub channel: Channel,
    pub started_at: NaiveDateTime,
    pub started_by: Option<i32>,
    pub ended_at: Option<NaiveDateTime>,
    pub ended_by: Option<i32>,
}

type AssociationRow = (
    i32,
    i32,
    i32,
    String,
    NaiveDateTime,
    Option<i32>,
    Option<NaiveDateTime>,
    Option<i32>,
);

queryable_parsing_states!(
    Association,
    (
        Integer,
        Integer,
        Integer,
        Text,
        Timestamp,
        Nullable<Integer>,
        Nullable<Timestamp>,
        Nullable<Integer>
    ),
    AssociationRow,
    |row| {
        let (id, subscription_id, partner_id, channel, started_at, started_by, ended_at, ended_by) =
            row;
        Ok(Association {
            id,
            subscription_id,
            partner_id,
            channel: state(Channel::parse, "associations", id, "channel", &channel)?,
            started_at,
            started_by,
            ended_at,
            ended_by,
        })
    }
);

#[derive(Debug, Insertable)]
#[diesel(table_name = associations)]
pub struct NewAssociation {
    pub subscription_id: i32,
    pub partner_id: i32,
    #[diesel(serialize_as = Code)]
    pub channel: Channel,
    pub started_at: NaiveDateTime,
    pub started_by: Option<i32>,
}

impl Association {
    pub fn create(conn: &mut DbConnection, new: NewAssociation) -> QueryResult<i32> {
        diesel::insert_into(associations::table)
            .values(new)
            .returning(associations::id)
            .get_result(conn)
    }

    pub fn open_for(conn: &mut DbConnection, subscription_id: i32) -> QueryResult<Option<Self>> {
        associations::table
            .filter(associations::subscription_id.eq(subscription_id))
            .filter(associations::ended_at.is_null())
            .select(Self::as_select())
            .first(conn)
            .optional()
    }

    /// The open associations of these subscriptions.
    pub fn open_for_all(
        conn: &mut DbConnection,
        subscription_ids: &[i32],
    ) -> QueryResult<Vec<Self>> {
        associations::table
            .filter(associations::subscription_id.eq_any(subscription_ids))
            .filter(associations::ended_at.is_null())
            .select(Self::as_select())
            .load(conn)
    }

    /// Ends the association now; the row stays, as history.
    pub fn end(conn: &mut DbConnection, id: i32, ended_by: i32) -> QueryResult<usize> {
        diesel::update(associations::table.find(id))
            .set((
                associations::ended_at.eq(now()),
                associations::ended_by.eq(ended_by),
            ))
            .execute(conn)
    }
}

/// One line of the append-only audit: every add, change, remove and attempt.
#[derive(Debug, Clone, Selectable)]
#[diesel(table_name = association_events)]
pub struct AssociationEvent {
    pub id: i32,
    pub subscription_id: i32,
    pub actor_user_id: Option<i32>,
    pub action: EventAction,
    pub old_partner_id: Option<i32>,
    pub new_partner_id: Option<i32>,
    pub channel: Channel,
    pub detail: String,
    pub created_at: NaiveDateTime,
}

type EventRow = (
    i32,
    i32,
    Option<i32>,
    String,
    Option<i32>,
    Option<i32>,
    String,
    String,
    NaiveDateTime,
);

queryable_parsing_states!(
    AssociationEvent,
    (
        Integer,
        Integer,
        Nullable<Integer>,
        Text,
        Nullable<Integer>,
        Nullable<Integer>,
        Text,
        Text,
        Timestamp
    ),
    EventRow,
    |row| {
        let (id, subscription_id, actor_user_id, action, old, new, channel, detail, created_at) =
            row;
        Ok(AssociationEvent {
            id,
            subscription_id,
            actor_user_id,
            action: state(
                EventAction::parse,
                "association_events",
                id,
                "action",
                &action,
            )?,
            old_partner_id: old,
            new_partner_id: new,
            channel: state(
                Channel::parse,
                "association_events",
                id,
                "channel",
                &channel,
            )?,
            detail,
            created_at,
        })
    }
);

#[derive(Debug, Insertable)]
#[diesel(table_name = association_events)]
pub struct NewAssociationEvent<'a> {
    pub subscription_id: i32,
    pub actor_user_id: Option<i32>,
    #[diesel(serialize_as = Code)]
    pub action: EventAction,
    pub old_partner_id: Option<i32>,
    pub new_partner_id: Option<i32>,
    #[diesel(serialize_as = Code)]
    pub channel: Channel,
    pub detail: &'a str,
    pub created_at: NaiveDateTime,
}

impl AssociationEvent {
    pub fn record(conn: &mut DbConnection, new: NewAssociationEvent) -> QueryResult<i32> {
        diesel::insert_into(association_events::table)
            .values(new)
            .returning(association_events::id)
            .get_result(conn)
    }

    /// The subscription's latest event, with when it last happened (its latest repeat).
    pub fn latest(
        conn: &mut DbConnection,
        subscription_id: i32,
    ) -> QueryResult<Option<(Self, NaiveDateTime)>> {
        let latest: Option<(Self, Option<NaiveDateTime>)> = association_events::table
            .left_join(association_event_repeats::table)
            .filter(association_events::subscription_id.eq(subscription_id))
            .order(association_events::id.desc())
            .select((
                Self::as_select(),
                association_event_repeats::last_at.nullable(),
            ))
            .first(conn)
            .optional()?;
        Ok(latest.map(|(event, last)| {
            let at = last.unwrap_or(event.created_at);
            (event, at)
        }))
    }

    /// Counts one more of the same attempt at `at` into the event.
    pub fn repeat(conn: &mut DbConnection, event_id: i32, at: NaiveDateTime) -> QueryResult<()> {
        let counted = diesel::update(association_event_repeats::table.find(event_id))
            .set((
                association_event_repeats::repeats.eq(association_event_repeats::repeats + 1),
                association_event_repeats::last_at.eq(at),
            ))
            .execute(conn)?;
        if counted == 0 {
            diesel::insert_into(association_event_repeats::table)
                .values((
                    association_event_repeats::event_id.eq(event_id),
                    association_event_repeats::repeats.eq(1),
                    association_event_repeats::last_at.eq(at),
                ))
                .execute(conn)?;
        }
        Ok(())
    }
}
