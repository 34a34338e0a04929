use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::{Date, Integer, Nullable, Text, Timestamp};

use crate::db::models::stored::Code;
use crate::db::models::stored::{queryable_parsing_states, state};
use crate::db::models::{NewPartnerFacts, PartnerFacts};
use crate::db::schema::partners;
use crate::db::sql::{contains_pattern, lower};
use crate::db::DbConnection;
use crate::domain::{Enrollment, Lang, PartnerKind, PartnerStatus};

/// A partner organisation's MPN ID: a global ID, or one of its location IDs.
#[derive(Debug, Clone, Selectable)]
#[diesel(table_name = partners)]
pub struct Partner {
    pub id: i32,
    pub mpn_id: String,
    pub name: String,
    pub kind: PartnerKind,
    pub parent_id: Option<i32>,
    pub country: String,
    pub contact_email: String,
    pub osu_enrolled_since: Option<NaiveDate>,
    pub status: PartnerStatus,
    /// The language of the emails the partner is sent.
    pub language: Lang,
    pub created_at: NaiveDateTime,
}

type PartnerRow = (
    i32,
    String,
    String,
    String,
    Option<i32>,
    String,
    String,
    Option<NaiveDate>,
    String,
    String,
    NaiveDateTime,
);

queryable_parsing_states!(
    Partner,
    (
        Integer,
        Text,
        Text,
        Text,
        Nullable<Integer>,
        Text,
        Text,
        Nullable<Date>,
        Text,
        Text,
        Timestamp
    ),
    PartnerRow,
    |row| {
        let (
            id,
            mpn_id,
            name,
            kind,
            parent_id,
            country,
            contact_email,
            enrolled,
            status,
            language,
            created_at,
        ) = row;
        Ok(Partner {
            id,
            mpn_id,
            name,
            kind: state(PartnerKind::parse, "partners", id, "kind", &kind)?,
            parent_id,
            country,
            contact_email,
            osu_enrolled_since: enrolled,
            status: state(PartnerStatus::parse, "partners", id, "status", &status)?,
            language: state(Lang::parse, "partners", id, "language", &language)?,
            created_at,
        })
    }
);

#[derive(Debug, Insertable)]
#[diesel(table_name = partners)]
pub struct NewPartner<'a> {
    pub mpn_id: &'a str,
    pub name: &'a str,
    #[diesel(serialize_as = Code)]
    pub kind: PartnerKind,
    pub parent_id: Option<i32>,
    pub country: &'a str,
    pub contact_email: &'a str,
    pub osu_enrolled_since: Option<NaiveDate>,
    #[diesel(serialize_as = Code)]
    pub status: PartnerStatus,
    pub created_at: NaiveDateTime,
}

impl Partner {
    pub fn is_global(&self) -> bool {
        self.kind == PartnerKind::Global
    }

    pub fn is_active(&self) -> bool {
        self.status == PartnerStatus::Active
    }

    /// Enrolled today: its row keeps since when the running enrollment began.
    pub fn enrollment(&self) -> Enrollment {
        Enrollment::since(self.osu_enrolled_since)
    }

    /// Makes the partner and begins its history of facts: from the day it was made, or from the
    /// day it was enrolled when that came first.
    pub fn create(conn: &mut DbConnection, new: NewPartner) -> QueryResult<i32> {
        let (since, status, created_at) = (new.osu_enrolled_since, new.status, new.created_at);
        let id = diesel::insert_into(partners::table)
            .values(new)
            .returning(partners::id)
            .get_result(conn)?;
        let made = created_at.date();
        let facts = |enrollment, effective_from| NewPartnerFacts {
            partner_id: id,
            enrollment,
            status,
            effective_from,
            recorded_at: created_at,
            recorded_by: None,
        };
        match since {
            Some(since) if since <= made => {
                PartnerFacts::record(conn, facts(Enrollment::Enrolled, since))?;
            }
            Some(since) => {
                PartnerFacts::record(conn, facts(Enrollment::NotEnrolled, made))?;
                PartnerFacts::record(conn, facts(Enrollment::Enrolled, since))?;
            }
            None => {
                PartnerFacts::record(conn, facts(Enrollment::NotEnrolled, made))?;
            }
        }
        Ok(id)
    }

    /// The facts in effect today: the status, and since when the current enrollment runs.
    pub fn set_facts(
        conn: &mut DbConnection,
        id: i32,
        (status, enrolled_since): (PartnerStatus, Option<NaiveDate>),
    ) -> QueryResult<usize> {
        diesel::update(partners::table.find(id))
            .set((
                partners::status.eq(status.as_str()),
                partners::osu_enrolled_since.eq(enrolled_since),
            ))
            .execute(conn)
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

    /// Name, kind, parent, country and contact, as an import gives them. Enrollment and status are
    /// facts with a history: `set_facts` after recording them.
    pub fn update(conn: &mut DbConnection, id: i32, fields: &NewPartner) -> QueryResult<usize> {
        diesel::update(partners::table.find(id))
            .set((
                partners::name.eq(fields.name),
                partners::kind.eq(fields.kind.as_str()),
                partners::parent_id.eq(fields.parent_id),
                partners::country.eq(fields.country),
                partners::contact_email.eq(fields.contact_email),
            ))
            .execute(conn)
    }

    /// Every MPN ID with its row id and kind.
    pub fn kinds(conn: &mut DbConnection) -> QueryResult<HashMap<String, (i32, PartnerKind)>> {
        partners::table
            .select((partners::mpn_id, partners::id, partners::kind))
            .load::<(String, i32, String)>(conn)?
            .into_iter()
            .map(|(mpn_id, id, kind)| {
                let kind = state(PartnerKind::parse, "partners", id, "kind", &kind)
                    .map_err(diesel::result::Error::DeserializationError)?;
                Ok((mpn_id, (id, kind)))
            })
            .collect()
    }

    pub fn set_email_language(conn: &mut DbConnection, id: i32, lang: Lang) -> QueryResult<usize> {
        diesel::update(partners::table.find(id))
            .set(partners::language.eq(lang.code()))
            .execute(conn)
    }

    /// Partners whose name or MPN ID contains `text` (any case), by name, a page at a time.
    pub fn search(
        conn: &mut DbConnection,
        text: Option<&str>,
        offset: i64,
        limit: i64,
    ) -> QueryResult<Vec<Self>> {
        let mut query = partners::table.into_boxed();
        if let Some(text) = text {
            let pattern = contains_pattern(text);
            query = query.filter(
                lower(partners::name)
                    .like(pattern.clone())
                    .escape('\\')
                    .or(partners::mpn_id.like(pattern).escape('\\')),
            );
        }
        query
            .order((partners::name, partners::id))
            .offset(offset)
            .limit(limit)
            .select(Self::as_select())
            .load(conn)
    }

    /// "Northwind Traders (1234567)", as the activity log names a partner.
    pub fn label(&self) -> String {
        format!("{} ({})", self.name, self.mpn_id)
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
