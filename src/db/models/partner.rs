use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::partners;
use crate::db::DbConnection;
use crate::i18n::Lang;

/// A partner organisation's MPN ID: a global ID, or one of its location IDs.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = partners)]
pub struct Partner {
    pub id: i32,
    pub mpn_id: String,
    pub name: String,
    pub kind: String,
    pub parent_id: Option<i32>,
    pub country: String,
    pub contact_email: String,
    pub osu_enrolled_since: Option<NaiveDate>,
    pub status: String,
    pub language: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = partners)]
pub struct NewPartner<'a> {
    pub mpn_id: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub parent_id: Option<i32>,
    pub country: &'a str,
    pub contact_email: &'a str,
    pub osu_enrolled_since: Option<NaiveDate>,
    pub status: &'a str,
    pub created_at: NaiveDateTime,
}

impl Partner {
    pub fn is_global(&self) -> bool {
        self.kind == "global"
    }

    pub fn is_active(&self) -> bool {
        self.status == "active"
    }

    pub fn create(conn: &mut DbConnection, new: &NewPartner) -> QueryResult<i32> {
        diesel::insert_into(partners::table)
            .values(new)
            .returning(partners::id)
            .get_result(conn)
    }

    pub fn find(conn: &mut DbConnection, id: i32) -> QueryResult<Option<Self>> {
        partners::table
            .find(id)
            .select(Self::as_select())
            .first(conn)
            .optional()
    }

    pub fn find_by_mpn_id(conn: &mut DbConnection, mpn_id: &str) -> QueryResult<Option<Self>> {
        partners::table
            .filter(partners::mpn_id.eq(mpn_id))
            .select(Self::as_select())
            .first(conn)
            .optional()
    }

    /// The language of the emails the partner is sent; English for one the portal lacks.
    pub fn email_language(&self) -> Lang {
        Lang::parse(&self.language).unwrap_or_default()
    }

    pub fn set_email_language(conn: &mut DbConnection, id: i32, lang: Lang) -> QueryResult<usize> {
        diesel::update(partners::table.find(id))
            .set(partners::language.eq(lang.code()))
            .execute(conn)
    }

    /// The location IDs under a global ID, in MPN ID order.
    pub fn locations_of(conn: &mut DbConnection, global_id: i32) -> QueryResult<Vec<Self>> {
        partners::table
            .filter(partners::parent_id.eq(global_id))
            .order(partners::mpn_id)
            .select(Self::as_select())
            .load(conn)
    }
}
