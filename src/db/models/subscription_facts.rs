use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::{Date, Integer, Nullable, Text, Timestamp};

use crate::db::models::stored::{queryable_parsing_states, state, Code};
use crate::db::schema::subscription_facts;
use crate::db::DbConnection;
use crate::domain::{Billing, SubscriptionStatus};

/// Seats, billing and status of a subscription from the day they took effect: its history.
#[derive(Debug, Clone, Selectable)]
#[diesel(table_name = subscription_facts)]
pub struct SubscriptionFacts {
    pub id: i32,
    pub subscription_id: i32,
    pub seats: i32,
    pub billing: Billing,
    pub status: SubscriptionStatus,
    pub effective_from: NaiveDate,
    pub recorded_at: NaiveDateTime,
    /// The operator who recorded it; none when the subscription was made with it.
    pub recorded_by: Option<i32>,
}

type FactsRow = (
    i32,
    i32,
    i32,
    String,
    String,
    NaiveDate,
    NaiveDateTime,
    Option<i32>,
);

queryable_parsing_states!(
    SubscriptionFacts,
    (
        Integer,
        Integer,
        Integer,
        Text,
        Text,
        Date,
        Timestamp,
        Nullable<Integer>
    ),
    FactsRow,
    |row| {
        let (id, subscription_id, seats, billing, status, effective_from, recorded_at, by) = row;
        let table = "subscription_facts";
        Ok(SubscriptionFacts {
            id,
            subscription_id,
            seats,
            billing: state(Billing::parse, table, id, "billing", &billing)?,
            status: state(SubscriptionStatus::parse, table, id, "status", &status)?,
            effective_from,
            recorded_at,
            recorded_by: by,
        })
    }
);

#[derive(Debug, Insertable)]
#[diesel(table_name = subscription_facts)]
pub struct NewSubscriptionFacts {
    pub subscription_id: i32,
    pub seats: i32,
    #[diesel(serialize_as = Code)]
    pub billing: Billing,
    #[diesel(serialize_as = Code)]
    pub status: SubscriptionStatus,
    pub effective_from: NaiveDate,
    pub recorded_at: NaiveDateTime,
    pub recorded_by: Option<i32>,
}

impl SubscriptionFacts {
    pub fn record(conn: &mut DbConnection, new: NewSubscriptionFacts) -> QueryResult<usize> {
        diesel::insert_into(subscription_facts::table)
            .values(new)
            .execute(conn)
    }

    /// The subscription's facts, oldest first (by the day they took effect, then as recorded).
    pub fn history(conn: &mut DbConnection, subscription_id: i32) -> QueryResult<Vec<Self>> {
        subscription_facts::table
            .filter(subscription_facts::subscription_id.eq(subscription_id))
            .order((subscription_facts::effective_from, subscription_facts::id))
            .select(Self::as_select())
            .load(conn)
    }
}
