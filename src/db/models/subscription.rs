use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::subscriptions;
use crate::db::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = subscriptions)]
pub struct Subscription {
    pub id: i32,
    pub tenant_id: i32,
    pub product: String,
    pub portal: String,
    pub seats: i32,
    pub billing: String,
    pub status: String,
    pub agreement: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = subscriptions)]
pub struct NewSubscription<'a> {
    pub tenant_id: i32,
    pub product: &'a str,
    pub portal: &'a str,
    pub seats: i32,
    pub billing: &'a str,
    pub status: &'a str,
    pub agreement: &'a str,
    pub created_at: NaiveDateTime,
}

impl Subscription {
    pub fn is_trial(&self) -> bool {
        self.billing == "trial"
    }

    pub fn create(conn: &mut DbConnection, new: &NewSubscription) -> QueryResult<i32> {
        diesel::insert_into(subscriptions::table)
            .values(new)
            .returning(subscriptions::id)
            .get_result(conn)
    }

    pub fn find(conn: &mut DbConnection, id: i32) -> QueryResult<Option<Self>> {
        subscriptions::table
            .find(id)
            .select(Self::as_select())
            .first(conn)
            .optional()
    }

    /// The tenant's subscriptions that one portal manages, in product order.
    pub fn list_for_tenant(
        conn: &mut DbConnection,
        tenant_id: i32,
        portal: &str,
    ) -> QueryResult<Vec<Self>> {
        subscriptions::table
            .filter(subscriptions::tenant_id.eq(tenant_id))
            .filter(subscriptions::portal.eq(portal))
            .order((subscriptions::product, subscriptions::id))
            .select(Self::as_select())
            .load(conn)
    }
}
