use std::collections::{HashMap, HashSet};
use std::io::Read;

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::sql_types::{Date, Integer, Text};

use crate::db::schema::{subscriptions, workload_usage};
use crate::db::DbConnection;
use crate::import::rows::{shown, ImportError, Options, Row, RowError};
use crate::import::run::{run, Applied, Kind, Progress, Report};

/// Rows per transaction, and per INSERT: four values each, well under both databases' limits on
/// bound values (32,766 and 65,535): tens of milliseconds of SQLite's lock.
const BATCH: usize = 1000;

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct UsageRow {
    subscription_id: i32,
    workload: String,
    month: NaiveDate,
    active_users: i32,
}

/// `subscription_id,workload,month,active_users` rows; a row for the same subscription, workload
/// and month as an existing one replaces its number.
struct Usage {
    known: HashSet<i32>,
}

impl Kind for Usage {
    type Row = UsageRow;
    const COLUMNS: &'static [&'static str] =
        &["subscription_id", "workload", "month", "active_users"];
    const KEY: &'static [&'static str] = &["subscription_id", "workload", "month"];
    const CHUNK: usize = BATCH;

    fn check(&mut self, row: &Row) -> Result<UsageRow, RowError> {
        parse(row, &self.known)
    }

    fn apply(
        &mut self,
        conn: &mut DbConnection,
        rows: &[(u64, UsageRow)],
        report: &mut Report,
    ) -> Result<Vec<RowError>, ImportError> {
        let ids: Vec<i32> = rows.iter().map(|(_, r)| r.subscription_id).collect();
        let months: Vec<NaiveDate> = rows.iter().map(|(_, r)| r.month).collect();
        let existing: HashMap<(i32, String, NaiveDate), i32> = workload_usage::table
            .filter(workload_usage::subscription_id.eq_any(&ids))
            .filter(workload_usage::month.eq_any(&months))
            .select((
                workload_usage::subscription_id,
                workload_usage::workload,
                workload_usage::month,
                workload_usage::active_users,
            ))
            .load::<(i32, String, NaiveDate, i32)>(conn)?
            .into_iter()
            .map(|(id, workload, month, users)| ((id, workload, month), users))
            .collect();
        let mut writes = Vec::new();
        for (_, row) in rows {
            let key = (row.subscription_id, row.workload.clone(), row.month);
            let applied = match existing.get(&key) {
                None => Applied::Added,
                Some(&users) if users == row.active_users => Applied::Unchanged,
                Some(_) => Applied::Changed,
            };
            report.count(applied);
            if applied != Applied::Unchanged {
                writes.push(row.clone());
            }
        }
        if !writes.is_empty() {
            upsert(conn, &writes)?;
        }
        Ok(Vec::new())
    }
}

/// Imports usage rows: checked first, then applied in short transactions.
pub fn import_usage(
    conn: &mut DbConnection,
    input: impl Read,
    options: Options,
    progress: Progress,
) -> Result<Report, ImportError> {
    let known: HashSet<i32> = subscriptions::table
        .select(subscriptions::id)
        .load::<i32>(conn)?
        .into_iter()
        .collect();
    run(conn, &mut Usage { known }, input, options, progress)
}

fn parse(row: &Row, known: &HashSet<i32>) -> Result<UsageRow, RowError> {
    let subscription = row.get("subscription_id");
    let subscription_id: i32 = subscription.parse().map_err(|_| {
        row.error(
            "subscription_id",
            format!("`{}` is not a subscription number", shown(subscription)),
        )
    })?;
    if !known.contains(&subscription_id) {
        return Err(row.error(
            "subscription_id",
            format!("no subscription has the number {subscription_id}"),
        ));
    }
    let workload = row.text("workload", 100)?;
    let month_text = row.get("month");
    let month = parse_month(month_text).ok_or_else(|| {
        row.error(
            "month",
            format!(
                "`{}` is not a month; write it as YYYY-MM",
                shown(month_text)
            ),
        )
    })?;
    let users = row.get("active_users");
    let active_users: i32 = users
        .parse()
        .ok()
        .filter(|n| (0..=100_000_000).contains(n))
        .ok_or_else(|| {
            row.error(
                "active_users",
                format!("`{}` is not a number of users (0 or more)", shown(users)),
            )
        })?;
    Ok(UsageRow {
        subscription_id,
        workload,
        month,
        active_users,
    })
}

/// `2016-03` or `2016-03-01`.
fn parse_month(text: &str) -> Option<NaiveDate> {
    let date = NaiveDate::parse_from_str(&format!("{text}-01"), "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%Y-%m-%d"))
        .ok()?;
    use chrono::Datelike;
    (date.day() == 1 && (1990..=2200).contains(&date.year())).then_some(date)
}

/// The SQL is the same for both databases but for how bound values are written.
macro_rules! upsert_rows {
    ($conn:expr, $backend:ty, $placeholder:expr, $rows:expr) => {{
        let mut sql = String::from(
            "INSERT INTO workload_usage (subscription_id, workload, month, active_users) VALUES ",
        );
        for i in 0..$rows.len() {
            let n = i * 4;
            if i > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!(
                "({}, {}, {}, {})",
                $placeholder(n + 1),
                $placeholder(n + 2),
                $placeholder(n + 3),
                $placeholder(n + 4)
            ));
        }
        sql.push_str(
            " ON CONFLICT (subscription_id, workload, month) DO UPDATE SET active_users = excluded.active_users",
        );
        let mut query = diesel::sql_query(sql).into_boxed::<$backend>();
        for row in $rows {
            query = query
                .bind::<Integer, _>(row.subscription_id)
                .bind::<Text, _>(row.workload.clone())
                .bind::<Date, _>(row.month)
                .bind::<Integer, _>(row.active_users);
        }
        query.execute($conn)
    }};
}

fn upsert(conn: &mut DbConnection, rows: &[UsageRow]) -> QueryResult<usize> {
    match conn {
        DbConnection::Sqlite(c) => {
            upsert_rows!(c, diesel::sqlite::Sqlite, |_: usize| "?".to_string(), rows)
        }
        DbConnection::Postgresql(c) => {
            upsert_rows!(c, diesel::pg::Pg, |n: usize| format!("${n}"), rows)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_year_and_month() {
        assert_eq!(parse_month("2016-03"), NaiveDate::from_ymd_opt(2016, 3, 1));
        assert_eq!(
            parse_month("2016-03-01"),
            NaiveDate::from_ymd_opt(2016, 3, 1)
        );
        for bad in [
            "2016-13",
            "2016-03-15",
            "March 2016",
            "",
            "16-03",
            "0001-01",
        ] {
            assert_eq!(parse_month(bad), None, "{bad}");
        }
    }
}
