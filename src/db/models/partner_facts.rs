use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::{Date, Integer, Nullable, Text, Timestamp};

use crate::db::models::stored::{queryable_parsing_states, state, Code};
use crate::db::schema::partner_facts;
use crate::db::DbConnection;
use crate::domain::{Enrollment, PartnerStatus};

/// A partner's OSU enrollment and status from the day they took effect: its history.
#[derive(Debug, Clone, Selectable)]
#[diesel(table_name = partner_facts)]
pub struct PartnerFacts {
    pub id: i32,
    pub partner_id: i32,
    pub enrollment: Enrollment,
    pub status: PartnerStatus,
    pub effective_from: NaiveDate,
    pub recorded_at: NaiveDateTime,
    /// The operator who recorded it; none when the partner was made or imported with it.
    pub recorded_by: Option<i32>,
}

type FactsRow = (
    i32,
    i32,
    String,
    String,
    NaiveDate,
    NaiveDateTime,
    Option<i32>,
);

queryable_parsing_states!(
    PartnerFacts,
    (
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
        let (id, partner_id, enrollment, status, effective_from, recorded_at, by) = row;
        let table = "partner_facts";
        Ok(PartnerFacts {
            id,
            partner_id,
            enrollment: state(Enrollment::parse, table, id, "enrollment", &enrollment)?,
            status: state(PartnerStatus::parse, table, id, "status", &status)?,
            effective_from,
            recorded_at,
            recorded_by: by,
        })
    }
);

#[derive(Debug, Insertable)]
#[diesel(table_name = partner_facts)]
pub struct NewPartnerFacts {
    pub partner_id: i32,
    #[diesel(serialize_as = Code)]
    pub enrollment: Enrollment,
    #[diesel(serialize_as = Code)]
    pub status: PartnerStatus,
    pub effective_from: NaiveDate,
    pub recorded_at: NaiveDateTime,
    pub recorded_by: Option<i32>,
}

impl PartnerFacts {
    pub fn record(conn: &mut DbConnection, new: NewPartnerFacts) -> QueryResult<usize> {
        diesel::insert_into(partner_facts::table)
            .values(new)
            .execute(conn)
    }

    /// The partner's facts, oldest first (by the day they took effect, then as recorded).
    pub fn history(conn: &mut DbConnection, partner_id: i32) -> QueryResult<Vec<Self>> {
        partner_facts::table
            .filter(partner_facts::partner_id.eq(partner_id))
            .order((partner_facts::effective_from, partner_facts::id))
            .select(Self::as_select())
            .load(conn)
    }
}
