use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::models::{Partner, Tenant};
use crate::db::schema::{customer_users, partner_users, partners, tenants};
use crate::db::DbConnection;
use crate::domain::Role;

/// A person in a customer's tenant.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = customer_users)]
pub struct CustomerUser {
    pub id: i32,
    pub tenant_id: i32,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub password_hash: String,
    pub language: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = customer_users)]
pub struct NewCustomerUser<'a> {
    pub tenant_id: i32,
    pub email: &'a str,
    pub display_name: &'a str,
    pub role: &'a str,
    pub password_hash: &'a str,
    pub created_at: NaiveDateTime,
}

impl CustomerUser {
    pub fn role(&self) -> Role {
        // The column's CHECK constraint admits only the three roles; anything else reads as the least.
        Role::parse(&self.role).unwrap_or(Role::User)
    }

    pub fn create(conn: &mut DbConnection, new: &NewCustomerUser) -> QueryResult<i32> {
        diesel::insert_into(customer_users::table)
            .values(new)
            .returning(customer_users::id)
            .get_result(conn)
    }

    pub fn find_by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<Self>> {
        customer_users::table
            .filter(customer_users::email.eq(email))
            .select(Self::as_select())
            .first(conn)
            .optional()
    }

    pub fn find_with_tenant(
        conn: &mut DbConnection,
        id: i32,
    ) -> QueryResult<Option<(Self, Tenant)>> {
        customer_users::table
            .inner_join(tenants::table)
            .filter(customer_users::id.eq(id))
            .select((Self::as_select(), Tenant::as_select()))
            .first(conn)
            .optional()
    }
}

/// A person who signs in for a partner.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = partner_users)]
pub struct PartnerUser {
    pub id: i32,
    pub partner_id: i32,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub language: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = partner_users)]
pub struct NewPartnerUser<'a> {
    pub partner_id: i32,
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub created_at: NaiveDateTime,
}

impl PartnerUser {
    pub fn create(conn: &mut DbConnection, new: &NewPartnerUser) -> QueryResult<i32> {
        diesel::insert_into(partner_users::table)
            .values(new)
            .returning(partner_users::id)
            .get_result(conn)
    }

    pub fn find_by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<Self>> {
        partner_users::table
            .filter(partner_users::email.eq(email))
            .select(Self::as_select())
            .first(conn)
            .optional()
    }

    pub fn find_with_partner(
        conn: &mut DbConnection,
        id: i32,
    ) -> QueryResult<Option<(Self, Partner)>> {
        partner_users::table
            .inner_join(partners::table)
            .filter(partner_users::id.eq(id))
            .select((Self::as_select(), Partner::as_select()))
            .first(conn)
            .optional()
    }
}
