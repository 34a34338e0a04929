use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::tenants;
use crate::db::sql::{contains_pattern, lower};
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

    pub fn rename(conn: &mut DbConnection, id: i32, name: &str) -> QueryResult<usize> {
        diesel::update(tenants::table.find(id))
            .set(tenants::name.eq(name))
            .execute(conn)
    }

    /// Every tenant's id by its domain.
    pub fn ids_by_domain(
        conn: &mut DbConnection,
    ) -> QueryResult<std::collections::HashMap<String, i32>> {
        Ok(tenants::table
            .select((tenants::domain, tenants::id))
            .load::<(String, i32)>(conn)?
            .into_iter()
            .collect())
    }

    pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
        tenants::table.count().get_result(conn)
    }

    pub fn find(conn: &mut DbConnection, id: i32) -> QueryResult<Option<Self>> {
        tenants::table
            .find(id)
            .select(Self::as_select())
            .first(conn)
            .optional()
    }

    pub fn find_by_domain(conn: &mut DbConnection, domain: &str) -> QueryResult<Option<Self>> {
        tenants::table
            .filter(tenants::domain.eq(domain))
            .select(Self::as_select())
            .first(conn)
            .optional()
    }

    /// "Tailwind Ltd (tailwind.onmicrosoft.com)", as the activity log names it.
    pub fn label(&self) -> String {
        format!("{} ({})", self.name, self.domain)
    }

    /// Tenants whose name or domain contains `text` (any case), by name, a page at a time.
    pub fn search(
        conn: &mut DbConnection,
        text: Option<&str>,
        offset: i64,
        limit: i64,
    ) -> QueryResult<Vec<Self>> {
        let mut query = tenants::table.into_boxed();
        if let Some(text) = text {
            let pattern = contains_pattern(text);
            query = query.filter(
                lower(tenants::name)
                    .like(pattern.clone())
                    .escape('\\')
                    .or(lower(tenants::domain).like(pattern).escape('\\')),
            );
        }
        query
            .order((tenants::name, tenants::id))
            .offset(offset)
            .limit(limit)
            .select(Self::as_select())
            .load(conn)
    }
}
