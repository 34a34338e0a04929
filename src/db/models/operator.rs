use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{Integer, Nullable, Text, Timestamp};

use crate::db::models::person::person_queries;
use crate::db::models::stored::{queryable_parsing_states, state};
use crate::db::schema::{operator_events, operators};
use crate::db::{now, DbConnection};
use crate::domain::Lang;

/// Someone who runs the portal: onboards customers and partners, loads data, closes months.
#[derive(Debug, Clone, Selectable)]
#[diesel(table_name = operators)]
pub struct Operator {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    /// None until the operator sets a password through their link.
    pub password_hash: Option<String>,
    pub language: Option<Lang>,
    pub password_changed_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

type OperatorRow = (
    i32,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<NaiveDateTime>,
    NaiveDateTime,
);

queryable_parsing_states!(
    Operator,
    (
        Integer,
        Text,
        Text,
        Nullable<Text>,
        Nullable<Text>,
        Nullable<Timestamp>,
        Timestamp
    ),
    OperatorRow,
    |row| {
        let (id, email, display_name, password_hash, language, changed, created_at) = row;
        Ok(Operator {
            id,
            email,
            display_name,
            password_hash,
            language: language
                .map(|code| state(Lang::parse, "operators", id, "language", &code))
                .transpose()?,
            password_changed_at: changed,
            created_at,
        })
    }
);

#[derive(Debug, Insertable)]
#[diesel(table_name = operators)]
pub struct NewOperator<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub created_at: NaiveDateTime,
}

person_queries!(Operator, NewOperator, operators);

impl Operator {
    /// Every operator, by name.
    pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<Self>> {
        operators::table
            .order((operators::display_name, operators::id))
            .select(Self::as_select())
            .load(conn)
    }
}

/// One change an operator made: append-only, like the association events.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = operator_events)]
pub struct OperatorEvent {
    pub id: i32,
    pub operator_id: Option<i32>,
    /// What was done, as a message key's tail: `tenant-created`, `operator-link` …
    pub action: String,
    /// What it was done to, in words that stay true: "Tailwind Ltd (tailwind.onmicrosoft.com)".
    pub subject: String,
    pub old_value: String,
    pub new_value: String,
    pub created_at: NaiveDateTime,
}

impl OperatorEvent {
    /// Records a change; `operator_id` is None for one made on the command line.
    pub fn record(
        conn: &mut DbConnection,
        operator_id: Option<i32>,
        action: &str,
        subject: &str,
        (old_value, new_value): (&str, &str),
    ) -> QueryResult<usize> {
        diesel::insert_into(operator_events::table)
            .values((
                operator_events::operator_id.eq(operator_id),
                operator_events::action.eq(action),
                operator_events::subject.eq(subject),
                operator_events::old_value.eq(old_value),
                operator_events::new_value.eq(new_value),
                operator_events::created_at.eq(now()),
            ))
            .execute(conn)
    }

    /// A page of the log, newest first, with who made each change (their email).
    pub fn page(
        conn: &mut DbConnection,
        offset: i64,
        limit: i64,
    ) -> QueryResult<Vec<(Self, Option<String>)>> {
        operator_events::table
            .left_join(operators::table)
            .order(operator_events::id.desc())
            .offset(offset)
            .limit(limit)
            .select((Self::as_select(), operators::email.nullable()))
            .load(conn)
    }
}
