use chrono::NaiveDate;
use diesel::prelude::*;

use crate::db::schema::workload_usage;
use crate::db::DbConnection;

/// Unique active users of one workload of a subscription in one month.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = workload_usage)]
pub struct WorkloadUsage {
    pub id: i32,
    pub subscription_id: i32,
    pub workload: String,
    pub month: NaiveDate,
    pub active_users: i32,
}

impl WorkloadUsage {
    pub fn record(
        conn: &mut DbConnection,
        subscription_id: i32,
        workload: &str,
        month: NaiveDate,
        active_users: i32,
    ) -> QueryResult<usize> {
        diesel::insert_into(workload_usage::table)
            .values((
                workload_usage::subscription_id.eq(subscription_id),
                workload_usage::workload.eq(workload),
                workload_usage::month.eq(month),
                workload_usage::active_users.eq(active_users),
            ))
            .execute(conn)
    }

    pub fn for_subscription(
        conn: &mut DbConnection,
        subscription_id: i32,
    ) -> QueryResult<Vec<Self>> {
        workload_usage::table
            .filter(workload_usage::subscription_id.eq(subscription_id))
            .order((workload_usage::month, workload_usage::workload))
            .select(Self::as_select())
            .load(conn)
    }
}
