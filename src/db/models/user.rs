use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{Integer, Nullable, Text, Timestamp};

use crate::db::models::person::person_queries;
use crate::db::models::stored::Code;
use crate::db::models::stored::{queryable_parsing_states, state};
use crate::db::models::{Partner, Tenant};
use crate::db::schema::{customer_users, partner_users, partners, tenants};
use crate::db::DbConnection;
use crate::domain::{Lang, Role};

person_queries!(CustomerUser, NewCustomerUser, customer_users);
person_queries!(PartnerUser, NewPartnerUser, partner_users);

/// A person in a customer's tenant.
#[derive(Debug, Clone, Selectable)]
#[diesel(table_name = customer_users)]
pub struct CustomerUser {
    pub id: i32,
    pub tenant_id: i32,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// None until the user sets a password through their invitation.
    pub password_hash: Option<String>,
    /// The language the user chose last; it comes back when they sign in elsewhere.
    pub language: Option<Lang>,
    pub created_at: NaiveDateTime,
    /// Sessions signed in before this have ended.
    pub password_changed_at: Option<NaiveDateTime>,
    /// A deactivated user cannot sign in; their history stays.
    pub deactivated_at: Option<NaiveDateTime>,
}

type CustomerUserRow = (
    i32,
    i32,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
);

queryable_parsing_states!(
    CustomerUser,
    (
        Integer,
        Integer,
        Text,
        Text,
        Text,
        Nullable<Text>,
        Nullable<Text>,
        Timestamp,
        Nullable<Timestamp>,
        Nullable<Timestamp>
    ),
    CustomerUserRow,
    |row| {
        let (
            id,
            tenant_id,
            email,
            display_name,
            role,
            password_hash,
            language,
            created_at,
            changed,
            deactivated,
        ) = row;
        Ok(CustomerUser {
            id,
            tenant_id,
            email,
            display_name,
            role: state(Role::parse, "customer_users", id, "role", &role)?,
            password_hash,
            language: language
                .map(|code| state(Lang::parse, "customer_users", id, "language", &code))
                .transpose()?,
            created_at,
            password_changed_at: changed,
            deactivated_at: deactivated,
        })
    }
);

#[derive(Debug, Insertable)]
#[diesel(table_name = customer_users)]
pub struct NewCustomerUser<'a> {
    pub tenant_id: i32,
    pub email: &'a str,
    pub display_name: &'a str,
    #[diesel(serialize_as = Code)]
    pub role: Role,
    /// None for an invited user, who sets it through their link.
    pub password_hash: Option<&'a str>,
    pub created_at: NaiveDateTime,
}

impl CustomerUser {
    pub fn rename(conn: &mut DbConnection, id: i32, name: &str) -> QueryResult<usize> {
        diesel::update(customer_users::table.find(id))
            .set(customer_users::display_name.eq(name))
            .execute(conn)
    }

    pub fn set_role(conn: &mut DbConnection, id: i32, role: Role) -> QueryResult<usize> {
        diesel::update(customer_users::table.find(id))
            .set(customer_users::role.eq(role.as_str()))
            .execute(conn)
    }

    /// Ends the user's access: they cannot sign in, and their sessions end at their next request.
    pub fn deactivate(conn: &mut DbConnection, id: i32) -> QueryResult<usize> {
        diesel::update(customer_users::table.find(id))
            .set(customer_users::deactivated_at.eq(crate::db::now()))
            .execute(conn)
    }

    /// A tenant's users, by email.
    pub fn of_tenant(conn: &mut DbConnection, tenant_id: i32) -> QueryResult<Vec<Self>> {
        customer_users::table
            .filter(customer_users::tenant_id.eq(tenant_id))
            .order(customer_users::email)
            .select(Self::as_select())
            .load(conn)
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
#[derive(Debug, Clone, Selectable)]
#[diesel(table_name = partner_users)]
pub struct PartnerUser {
    pub id: i32,
    pub partner_id: i32,
    pub email: String,
    pub display_name: String,
    /// None until the user sets a password through their invitation.
    pub password_hash: Option<String>,
    pub language: Option<Lang>,
    pub created_at: NaiveDateTime,
    /// Sessions signed in before this have ended.
    pub password_changed_at: Option<NaiveDateTime>,
    /// A deactivated user cannot sign in; their history stays.
    pub deactivated_at: Option<NaiveDateTime>,
}

type PartnerUserRow = (
    i32,
    i32,
    String,
    String,
    Option<String>,
    Option<String>,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
);

queryable_parsing_states!(
    PartnerUser,
    (
        Integer,
        Integer,
        Text,
        Text,
        Nullable<Text>,
        Nullable<Text>,
        Timestamp,
        Nullable<Timestamp>,
        Nullable<Timestamp>
    ),
    PartnerUserRow,
    |row| {
        let (
            id,
            partner_id,
            email,
            display_name,
            password_hash,
            language,
            created_at,
            changed,
            deactivated,
        ) = row;
        Ok(PartnerUser {
            id,
            partner_id,
            email,
            display_name,
            password_hash,
            language: language
                .map(|code| state(Lang::parse, "partner_users", id, "language", &code))
                .transpose()?,
            created_at,
            password_changed_at: changed,
            deactivated_at: deactivated,
        })
    }
);

#[derive(Debug, Insertable)]
#[diesel(table_name = partner_users)]
pub struct NewPartnerUser<'a> {
    pub partner_id: i32,
    pub email: &'a str,
    pub display_name: &'a str,
    /// None for an invited user, who sets it through their link.
    pub password_hash: Option<&'a str>,
    pub created_at: NaiveDateTime,
}

impl PartnerUser {
    /// A partner's users, by email.
    pub fn of_partner(conn: &mut DbConnection, partner_id: i32) -> QueryResult<Vec<Self>> {
        partner_users::table
            .filter(partner_users::partner_id.eq(partner_id))
            .order(partner_users::email)
            .select(Self::as_select())
            .load(conn)
    }

    /// Ends the user's access: they cannot sign in, and their sessions end at their next request.
    pub fn deactivate(conn: &mut DbConnection, id: i32) -> QueryResult<usize> {
        diesel::update(partner_users::table.find(id))
            .set(partner_users::deactivated_at.eq(crate::db::now()))
            .execute(conn)
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
