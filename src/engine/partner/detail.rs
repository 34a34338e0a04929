//! One association of the partner's, month by month.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::db::models::WorkloadUsage;
use crate::db::schema::{associations, partners, subscriptions, tenants};
use crate::db::DbConnection;
use crate::engine::calendar::{last_months, month_of};
use crate::engine::eligibility::{Threshold, Verdict};
use crate::engine::partner::line::{line_from, line_rows, AssociationLine, LineRow};

/// One month of an association: the verdict and each workload's active users.
#[derive(Debug, Clone)]
pub struct MonthDetail {
    pub verdict: Verdict,
    pub workloads: Vec<(String, i32)>,
}

pub struct AssociationDetail {
    pub line: AssociationLine,
    pub users_needed: i32,
    /// Oldest first.
    pub months: Vec<MonthDetail>,
    /// Every workload seen in those months, in name order.
    pub workload_names: Vec<String>,
}

/// An association of the partner's with its last `months` months; none if not in scope.
pub fn association_detail(
    conn: &mut DbConnection,
    scope: &[i32],
    association_id: i32,
    threshold: &Threshold,
    today: NaiveDate,
    months: u32,
) -> QueryResult<Option<AssociationDetail>> {
    let row: Option<LineRow> = line_rows!()
        .filter(associations::id.eq(association_id))
        .filter(associations::partner_id.eq_any(scope.to_vec()))
        .first(conn)
        .optional()?;
    let Some(row) = row else { return Ok(None) };
    let this_month = month_of(today);
    let month_list = last_months(this_month, months);
    let usage = WorkloadUsage::for_subscription(conn, row.0 .1)?;
    let mut workload_names: Vec<String> = usage.iter().map(|u| u.workload.clone()).collect();
    workload_names.sort();
    workload_names.dedup();
    let month_details: Vec<MonthDetail> = month_list
        .into_iter()
        .map(|month| {
            let workloads: Vec<(String, i32)> = usage
                .iter()
                .filter(|u| u.month == month)
                .map(|u| (u.workload.clone(), u.active_users))
                .collect();
            let mut one_month = HashMap::new();
            one_month.insert(row.0 .1, workloads.clone());
            Ok(MonthDetail {
                verdict: line_from(&row, &one_month, month, threshold)?.this_month,
                workloads,
            })
        })
        .collect::<QueryResult<_>>()?;
    let mut this_month_usage = HashMap::new();
    if let Some(last) = month_details.last() {
        this_month_usage.insert(row.0 .1, last.workloads.clone());
    }
    Ok(Some(AssociationDetail {
        line: line_from(&row, &this_month_usage, this_month, threshold)?,
        users_needed: threshold.users_needed(row.2 .2),
        months: month_details,
        workload_names,
    }))
}
