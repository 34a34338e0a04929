use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::tenants;
use crate::db::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = tenants)]
pub struct Tenant {
    pub id: i32,
    pub name: String,
    pub domain: String,
    pub created_at: NaiveDateTime,
}

impl Tenant {
    pub fn create(conn: &mut DbConnection, name: &str, domain: &str) -> QueryResult<i32> {
        diesel::insert_into(tenants::table)
            .values((
                tenants::name.eq(name),
                tenants::domain.eq(domain),
                tenants::created_at.eq(crate::db::now()),
            ))
            .returning(tenants::id)
            .get_result(conn)
    }

    pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
        tenants::table.count().get_result(conn)
    }
}
