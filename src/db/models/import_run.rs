use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::models::stored::{state, Code};
use crate::db::schema::imports;
use crate::db::DbConnection;
use crate::domain::{ImportKind, ImportStatus};

/// An import started from the operator area: its file, how far it has come, and what it did.
#[derive(Debug, Clone)]
pub struct ImportRun {
    pub id: i32,
    pub kind: ImportKind,
    pub file_name: String,
    pub size_bytes: i64,
    pub skip_invalid: bool,
    pub status: ImportStatus,
    pub bytes_read: i64,
    pub rows_checked: i64,
    pub rows_applied: i64,
    pub rows_to_apply: i64,
    pub added: i64,
    pub changed: i64,
    pub unchanged: i64,
    /// Refused rows, one per line.
    pub problems: String,
    pub failure: Option<String>,
    pub created_by: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub finished_at: Option<NaiveDateTime>,
}

/// The row as stored; its states are parsed into an [`ImportRun`].
#[derive(Queryable, Selectable)]
#[diesel(table_name = imports)]
struct StoredImport {
    id: i32,
    kind: String,
    file_name: String,
    size_bytes: i64,
    skip_invalid: i32,
    status: String,
    bytes_read: i64,
    rows_checked: i64,
    rows_applied: i64,
    rows_to_apply: i64,
    added: i64,
    changed: i64,
    unchanged: i64,
    problems: String,
    failure: Option<String>,
    created_by: i32,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    finished_at: Option<NaiveDateTime>,
}

impl TryFrom<StoredImport> for ImportRun {
    type Error = diesel::result::Error;

    fn try_from(row: StoredImport) -> Result<Self, Self::Error> {
        let parsed = |e| diesel::result::Error::DeserializationError(e);
        Ok(Self {
            id: row.id,
            kind: state(ImportKind::parse, "imports", row.id, "kind", &row.kind).map_err(parsed)?,
            file_name: row.file_name,
            size_bytes: row.size_bytes,
            skip_invalid: row.skip_invalid != 0,
            status: state(
                ImportStatus::parse,
                "imports",
                row.id,
                "status",
                &row.status,
            )
            .map_err(parsed)?,
            bytes_read: row.bytes_read,
            rows_checked: row.rows_checked,
            rows_applied: row.rows_applied,
            rows_to_apply: row.rows_to_apply,
            added: row.added,
            changed: row.changed,
            unchanged: row.unchanged,
            problems: row.problems,
            failure: row.failure,
            created_by: row.created_by,
            created_at: row.created_at,
            updated_at: row.updated_at,
            finished_at: row.finished_at,
        })
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = imports)]
pub struct NewImportRun {
    #[diesel(serialize_as = Code)]
    pub kind: ImportKind,
    pub file_name: String,
    pub size_bytes: i64,
    pub skip_invalid: i32,
    #[diesel(serialize_as = Code)]
    pub status: ImportStatus,
    pub created_by: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// How far a running import has come.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportProgress {
    pub bytes_read: i64,
    pub rows_checked: i64,
    pub rows_applied: i64,
    pub rows_to_apply: i64,
}

/// What a finished import did, or why it did nothing.
#[derive(Debug, Clone, Default)]
pub struct ImportOutcome {
    pub added: i64,
    pub changed: i64,
    pub unchanged: i64,
    pub problems: String,
    pub failure: Option<String>,
}

impl ImportRun {
    pub fn create(conn: &mut DbConnection, new: NewImportRun) -> QueryResult<i32> {
        diesel::insert_into(imports::table)
            .values(new)
            .returning(imports::id)
            .get_result(conn)
    }

    pub fn find(conn: &mut DbConnection, id: i32) -> QueryResult<Option<Self>> {
        imports::table
            .find(id)
            .select(StoredImport::as_select())
            .first(conn)
            .optional()?
            .map(Self::try_from)
            .transpose()
    }

    /// The latest first.
    pub fn latest(conn: &mut DbConnection, offset: i64, limit: i64) -> QueryResult<Vec<Self>> {
        imports::table
            .order((imports::created_at.desc(), imports::id.desc()))
            .offset(offset)
            .limit(limit)
            .select(StoredImport::as_select())
            .load(conn)?
            .into_iter()
            .map(Self::try_from)
            .collect()
    }

    pub fn set_progress(
        conn: &mut DbConnection,
        id: i32,
        status: ImportStatus,
        progress: ImportProgress,
    ) -> QueryResult<usize> {
        diesel::update(imports::table.find(id))
            .set((
                imports::status.eq(status.as_str()),
                imports::bytes_read.eq(progress.bytes_read),
                imports::rows_checked.eq(progress.rows_checked),
                imports::rows_applied.eq(progress.rows_applied),
                imports::rows_to_apply.eq(progress.rows_to_apply),
                imports::updated_at.eq(crate::db::now()),
            ))
            .execute(conn)
    }

    pub fn finish(
        conn: &mut DbConnection,
        id: i32,
        status: ImportStatus,
        outcome: &ImportOutcome,
    ) -> QueryResult<usize> {
        let now = crate::db::now();
        diesel::update(imports::table.find(id))
            .set((
                imports::status.eq(status.as_str()),
                imports::added.eq(outcome.added),
                imports::changed.eq(outcome.changed),
                imports::unchanged.eq(outcome.unchanged),
                imports::problems.eq(&outcome.problems),
                imports::failure.eq(&outcome.failure),
                imports::updated_at.eq(now),
                imports::finished_at.eq(Some(now)),
            ))
            .execute(conn)
    }
}
