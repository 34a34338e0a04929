use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{association_events, associations};
use crate::db::DbConnection;

/// A partner of record on a subscription. Open while `ended_at` is empty; ended rows are history.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = associations)]
pub struct Association {
    pub id: i32,
    pub subscription_id: i32,
    pub partner_id: i32,
    pub channel: String,
    pub started_at: NaiveDateTime,
    pub started_by: Option<i32>,
    pub ended_at: Option<NaiveDateTime>,
    pub ended_by: Option<i32>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = associations)]
pub struct NewAssociation<'a> {
    pub subscription_id: i32,
    pub partner_id: i32,
    pub channel: &'a str,
    pub started_at: NaiveDateTime,
    pub started_by: Option<i32>,
}

impl Association {
    pub fn create(conn: &mut DbConnection, new: &NewAssociation) -> QueryResult<i32> {
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
}

/// One line of the append-only audit: every add, change, remove and attempt.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = association_events)]
pub struct AssociationEvent {
    pub id: i32,
    pub subscription_id: i32,
    pub actor_user_id: Option<i32>,
    pub action: String,
    pub old_partner_id: Option<i32>,
    pub new_partner_id: Option<i32>,
    pub channel: String,
    pub detail: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = association_events)]
pub struct NewAssociationEvent<'a> {
    pub subscription_id: i32,
    pub actor_user_id: Option<i32>,
    pub action: &'a str,
    pub old_partner_id: Option<i32>,
    pub new_partner_id: Option<i32>,
    pub channel: &'a str,
    pub detail: &'a str,
    pub created_at: NaiveDateTime,
}

impl AssociationEvent {
    pub fn record(conn: &mut DbConnection, new: &NewAssociationEvent) -> QueryResult<i32> {
        diesel::insert_into(association_events::table)
            .values(new)
            .returning(association_events::id)
            .get_result(conn)
    }
}
