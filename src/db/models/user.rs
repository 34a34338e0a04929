use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{Integer, Nullable, Text, Timestamp};

use crate::db::models::stored::Code;
use crate::db::models::stored::{queryable_parsing_states, state};
use crate::db::models::{Partner, Tenant};
use crate::db::schema::{customer_users, partner_users, partners, tenants};
use crate::db::DbConnection;
use crate::domain::{Lang, Role};

/// What every kind of person who signs in shares: made from a new row, found by the email they
/// sign in with, and their language remembered.
macro_rules! person_queries {
    ($model:ident, $new:ident, $table:ident) => {
        impl $model {
            pub fn create(conn: &mut DbConnection, new: $new) -> QueryResult<i32> {
                diesel::insert_into($table::table)
                    .values(new)
                    .returning($table::id)
                    .get_result(conn)
            }

            pub fn find_by_email(
                conn: &mut DbConnection,
                email: &str,
            ) -> QueryResult<Option<Self>> {
                $table::table
                    .filter($table::email.eq(email))
                    .select(Self::as_select())
                    .first(conn)
                    .optional()
            }

            pub fn set_language(
                conn: &mut DbConnection,
                id: i32,
                lang: Lang,
            ) -> QueryResult<usize> {
                diesel::update($table::table.find(id))
                    .set($table::language.eq(lang.code()))
                    .execute(conn)
            }
        }
    };
}

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
    pub password_hash: String,
    /// The language the user chose last; it comes back when they sign in elsewhere.
    pub language: Option<Lang>,
    pub created_at: NaiveDateTime,
}

type CustomerUserRow = (
    i32,
    i32,
    String,
    String,
    String,
    String,
    Option<String>,
    NaiveDateTime,
);

queryable_parsing_states!(
    CustomerUser,
    (
        Integer,
        Integer,
        Text,
        Text,
        Text,
        Text,
        Nullable<Text>,
        Timestamp
    ),
    CustomerUserRow,
    |row| {
        let (id, tenant_id, email, display_name, role, password_hash, language, created_at) = row;
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
    pub password_hash: &'a str,
    pub created_at: NaiveDateTime,
}

impl CustomerUser {
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
    pub password_hash: String,
    pub language: Option<Lang>,
    pub created_at: NaiveDateTime,
}

type PartnerUserRow = (
    i32,
    i32,
    String,
    String,
    String,
    Option<String>,
    NaiveDateTime,
);

queryable_parsing_states!(
    PartnerUser,
    (
        Integer,
        Integer,
        Text,
        Text,
        Text,
        Nullable<Text>,
        Timestamp
    ),
    PartnerUserRow,
    |row| {
        let (id, partner_id, email, display_name, password_hash, language, created_at) = row;
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
        })
    }
);

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
