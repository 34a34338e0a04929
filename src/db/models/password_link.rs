use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{Integer, Nullable, Text, Timestamp};

use crate::db::models::stored::{queryable_parsing_states, state, Code};
use crate::db::schema::password_links;
use crate::db::{now, DbConnection};
use crate::domain::{AccountKind, LinkPurpose};

/// A link to set a password. The token is in the link only; the row keeps its hash.
#[derive(Debug, Clone, Selectable)]
#[diesel(table_name = password_links)]
pub struct PasswordLink {
    pub id: i32,
    pub token_hash: String,
    pub account_kind: AccountKind,
    pub account_id: i32,
    pub purpose: LinkPurpose,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
}

type LinkRow = (
    i32,
    String,
    String,
    i32,
    String,
    NaiveDateTime,
    NaiveDateTime,
    Option<NaiveDateTime>,
);

queryable_parsing_states!(
    PasswordLink,
    (
        Integer,
        Text,
        Text,
        Integer,
        Text,
        Timestamp,
        Timestamp,
        Nullable<Timestamp>
    ),
    LinkRow,
    |row| {
        let (id, token_hash, kind, account_id, purpose, created_at, expires_at, used_at) = row;
        Ok(PasswordLink {
            id,
            token_hash,
            account_kind: state(
                AccountKind::parse,
                "password_links",
                id,
                "account_kind",
                &kind,
            )?,
            account_id,
            purpose: state(
                LinkPurpose::parse,
                "password_links",
                id,
                "purpose",
                &purpose,
            )?,
            created_at,
            expires_at,
            used_at,
        })
    }
);

#[derive(Debug, Insertable)]
#[diesel(table_name = password_links)]
pub struct NewPasswordLink<'a> {
    pub token_hash: &'a str,
    #[diesel(serialize_as = Code)]
    pub account_kind: AccountKind,
    pub account_id: i32,
    #[diesel(serialize_as = Code)]
    pub purpose: LinkPurpose,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

impl PasswordLink {
    pub fn create(conn: &mut DbConnection, new: NewPasswordLink) -> QueryResult<i32> {
        diesel::insert_into(password_links::table)
            .values(new)
            .returning(password_links::id)
            .get_result(conn)
    }

    pub fn find_by_token_hash(conn: &mut DbConnection, hash: &str) -> QueryResult<Option<Self>> {
        password_links::table
            .filter(password_links::token_hash.eq(hash))
            .select(Self::as_select())
            .first(conn)
            .optional()
    }

    /// How many links of `purpose` were made for the account since `since`.
    pub fn count_since(
        conn: &mut DbConnection,
        account_kind: AccountKind,
        account_id: i32,
        purpose: LinkPurpose,
        since: NaiveDateTime,
    ) -> QueryResult<i64> {
        password_links::table
            .filter(password_links::account_kind.eq(account_kind.as_str()))
            .filter(password_links::account_id.eq(account_id))
            .filter(password_links::purpose.eq(purpose.as_str()))
            .filter(password_links::created_at.ge(since))
            .count()
            .get_result(conn)
    }

    /// Marks the link used, if it still was not: true when this call used it.
    pub fn use_up(conn: &mut DbConnection, id: i32) -> QueryResult<bool> {
        let updated = diesel::update(
            password_links::table
                .find(id)
                .filter(password_links::used_at.is_null()),
        )
        .set(password_links::used_at.eq(now()))
        .execute(conn)?;
        Ok(updated == 1)
    }
}
