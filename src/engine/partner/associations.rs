//! A page of the partner's associations: filtered, sorted, never more than a page loaded, each
//! with this month's verdict.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::dsl::exists;
use diesel::prelude::*;

use crate::db::schema::{associations, partners, subscriptions, tenants, workload_usage};
use crate::db::sql::{contains_pattern, lower};
use crate::db::DbConnection;
use crate::domain::{Billing, Channel, PartnerStatus};
use crate::engine::calendar::{month_of, next_month};
use crate::engine::eligibility::{self, Threshold};
use crate::engine::partner::line::{line_from, line_rows, AssociationLine, LineRow};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    #[default]
    All,
    /// Open, and eligible this month.
    Eligible,
    /// Open, and not eligible this month.
    NotEligible,
    Ended,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    #[default]
    Since,
    Customer,
    Product,
}

#[derive(Debug, Clone, Default)]
pub struct AssociationQuery {
    pub status: StatusFilter,
    /// Part of the customer's name, any case.
    pub customer: Option<String>,
    pub sort: SortBy,
    pub descending: bool,
    /// From 0.
    pub page: u32,
    /// Rows per page; 0 means [`PAGE_SIZE`].
    pub page_size: i64,
}

pub const PAGE_SIZE: i64 = 50;

pub struct AssociationPage {
    pub lines: Vec<AssociationLine>,
    pub has_next: bool,
}

/// A page of the partner's associations, filtered, sorted, never loading more than a page.
pub fn list_associations(
    conn: &mut DbConnection,
    scope: &[i32],
    query: &AssociationQuery,
    threshold: &Threshold,
    today: NaiveDate,
) -> QueryResult<AssociationPage> {
    let month = month_of(today);
    let mut sql = line_rows!().into_boxed();
    // One ID (most partners) as an equality, so PostgreSQL reads the index in page order.
    sql = match scope {
        [only] => sql.filter(associations::partner_id.eq(*only)),
        _ => sql.filter(associations::partner_id.eq_any(scope.to_vec())),
    };
    if let Some(customer) = query
        .customer
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        let pattern = contains_pattern(customer);
        sql = sql.filter(lower(tenants::name).like(pattern).escape('\\'));
    }
    let next_month = next_month(month);
    let usage_reaches_threshold = exists(
        workload_usage::table
            .filter(workload_usage::subscription_id.eq(subscriptions::id))
            .filter(workload_usage::month.eq(month))
            .filter(workload_usage::active_users.ge(threshold.min_users))
            .filter(
                (workload_usage::active_users * 100)
                    .ge(subscriptions::seats * threshold.percent_of_seats),
            ),
    );
    // The rules of `eligibility::evaluate` for an open association this month, as a query
    // predicate so that a filter never loads every row. The test `the_filter_and_the_rule_agree`
    // (tests/api/eligibility_filter.rs) keeps the two equal on both databases.
    let mut channels = vec![
        Channel::OfficePortal.as_str(),
        Channel::IntunePortal.as_str(),
    ];
    if month < eligibility::osa_cutoff() {
        channels.push(Channel::OsaForm.as_str());
    }
    let eligible_now = associations::channel
        .eq_any(channels)
        .and(partners::status.eq(PartnerStatus::Active.as_str()))
        .and(partners::osu_enrolled_since.is_not_null())
        .and(partners::osu_enrolled_since.lt(next_month))
        .and(subscriptions::billing.eq(Billing::Paid.as_str()))
        .and(usage_reaches_threshold);
    sql = match query.status {
        StatusFilter::All => sql,
        StatusFilter::Ended => sql.filter(associations::ended_at.is_not_null()),
        StatusFilter::Eligible => sql
            .filter(associations::ended_at.is_null())
            .filter(eligible_now.assume_not_null()),
        StatusFilter::NotEligible => sql
            .filter(associations::ended_at.is_null())
            .filter(diesel::dsl::not(eligible_now.assume_not_null())),
    };
    sql = match (query.sort, query.descending) {
        (SortBy::Since, false) => {
            sql.order((associations::started_at.asc(), associations::id.asc()))
        }
        (SortBy::Since, true) => {
            sql.order((associations::started_at.desc(), associations::id.desc()))
        }
        (SortBy::Customer, false) => sql.order((tenants::name.asc(), associations::id.asc())),
        (SortBy::Customer, true) => sql.order((tenants::name.desc(), associations::id.desc())),
        (SortBy::Product, false) => {
            sql.order((subscriptions::product.asc(), associations::id.asc()))
        }
        (SortBy::Product, true) => {
            sql.order((subscriptions::product.desc(), associations::id.desc()))
        }
    };
    let page_size = if query.page_size > 0 {
        query.page_size
    } else {
        PAGE_SIZE
    };
    let rows: Vec<LineRow> = sql
        .offset(i64::from(query.page) * page_size)
        .limit(page_size + 1)
        .load(conn)?;
    let has_next = rows.len() as i64 > page_size;
    let rows = &rows[..rows.len().min(page_size as usize)];
    let subscription_ids: Vec<i32> = rows.iter().map(|r| r.0 .1).collect();
    let usage = usage_in_month(conn, &subscription_ids, month)?;
    let lines = rows
        .iter()
        .map(|row| line_from(row, &usage, month, threshold))
        .collect::<QueryResult<_>>()?;
    Ok(AssociationPage { lines, has_next })
}

fn usage_in_month(
    conn: &mut DbConnection,
    subscription_ids: &[i32],
    month: NaiveDate,
) -> QueryResult<HashMap<i32, Vec<(String, i32)>>> {
    let rows: Vec<(i32, String, i32)> = workload_usage::table
        .filter(workload_usage::subscription_id.eq_any(subscription_ids.to_vec()))
        .filter(workload_usage::month.eq(month))
        .select((
            workload_usage::subscription_id,
            workload_usage::workload,
            workload_usage::active_users,
        ))
        .load(conn)?;
    let mut by_subscription: HashMap<i32, Vec<(String, i32)>> = HashMap::new();
    for (subscription_id, workload, users) in rows {
        by_subscription
            .entry(subscription_id)
            .or_default()
            .push((workload, users));
    }
    Ok(by_subscription)
}
