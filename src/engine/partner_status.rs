//! What a partner sees: its associations with this month's eligibility, one association's twelve
//! months, its history and the emails sent to it. Everything is limited to the partner's scope:
//! its own MPN ID and, for a global ID, its locations.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::dsl::exists;
use diesel::prelude::*;

use crate::db::models::{Partner, WorkloadUsage};
use crate::db::schema::{
    association_events, associations, customer_users, outbox, partners, subscriptions, tenants,
    workload_usage,
};
use crate::db::DbConnection;
use crate::domain::Channel;
use crate::engine::eligibility::{self, MonthFacts, Threshold, Verdict};

diesel::define_sql_function!(fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text);

/// The partner IDs a partner user may see: its own and, for a global ID, its locations'.
pub fn partner_scope(conn: &mut DbConnection, partner: &Partner) -> QueryResult<Vec<i32>> {
    let mut ids = vec![partner.id];
    if partner.is_global() {
        ids.extend(
            Partner::locations_of(conn, partner.id)?
                .iter()
                .map(|p| p.id),
        );
    }
    Ok(ids)
}

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

/// One association as the status page lists it.
#[derive(Debug, Clone)]
pub struct AssociationLine {
    pub id: i32,
    pub customer: String,
    pub domain: String,
    pub subscription_id: i32,
    pub product: String,
    pub portal: String,
    pub seats: i32,
    pub paid: bool,
    pub channel: Channel,
    pub started_at: NaiveDateTime,
    pub ended_at: Option<NaiveDateTime>,
    pub partner_mpn_id: String,
    pub partner_name: String,
    pub this_month: Verdict,
}

pub struct AssociationPage {
    pub lines: Vec<AssociationLine>,
    pub has_next: bool,
}

type LineRow = (
    (i32, i32, String, NaiveDateTime, Option<NaiveDateTime>),
    (String, String),
    (String, String, i32, String),
    (String, String, Option<NaiveDate>, String),
);

/// The first day of the month `day` is in.
pub fn month_of(day: NaiveDate) -> NaiveDate {
    day.with_day(1).expect("every month has a first day")
}

/// The joined rows an [`AssociationLine`] is made from (a macro: the query's type has no name).
macro_rules! line_rows {
    () => {
        associations::table
            .inner_join(subscriptions::table.inner_join(tenants::table))
            .inner_join(partners::table)
            .select((
                (
                    associations::id,
                    associations::subscription_id,
                    associations::channel,
                    associations::started_at,
                    associations::ended_at,
                ),
                (tenants::name, tenants::domain),
                (
                    subscriptions::product,
                    subscriptions::portal,
                    subscriptions::seats,
                    subscriptions::billing,
                ),
                (
                    partners::mpn_id,
                    partners::name,
                    partners::osu_enrolled_since,
                    partners::status,
                ),
            ))
    };
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
        let pattern = format!("%{}%", escape_like(&customer.to_lowercase()));
        sql = sql.filter(lower(tenants::name).like(pattern).escape('\\'));
    }
    let next_month = eligibility::next_month(month);
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
    // predicate so that a filter never loads every row; `sql_and_rust_agree` tests keep them equal.
    let channels = if month < eligibility::osa_cutoff() {
        vec!["office_portal", "intune_portal", "osa_form"]
    } else {
        vec!["office_portal", "intune_portal"]
    };
    let eligible_now = associations::channel
        .eq_any(channels)
        .and(partners::status.eq("active"))
        .and(partners::osu_enrolled_since.is_not_null())
        .and(partners::osu_enrolled_since.lt(next_month))
        .and(subscriptions::billing.eq("paid"))
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
        .collect();
    Ok(AssociationPage { lines, has_next })
}

fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
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

fn line_from(
    row: &LineRow,
    usage: &HashMap<i32, Vec<(String, i32)>>,
    month: NaiveDate,
    threshold: &Threshold,
) -> AssociationLine {
    let (
        (id, subscription_id, channel, started_at, ended_at),
        (customer, domain),
        subscription,
        partner,
    ) = row;
    let (product, portal, seats, billing) = subscription;
    let (mpn_id, name, enrolled_since, status) = partner;
    let channel = Channel::parse(channel).unwrap_or(Channel::OsaForm);
    let facts = MonthFacts {
        month,
        channel,
        started_at: *started_at,
        ended_at: *ended_at,
        enrolled_since: *enrolled_since,
        partner_active: status == "active",
        paid: billing == "paid",
        seats: *seats,
        workloads: usage.get(subscription_id).cloned().unwrap_or_default(),
    };
    AssociationLine {
        id: *id,
        customer: customer.clone(),
        domain: domain.clone(),
        subscription_id: *subscription_id,
        product: product.clone(),
        portal: portal.clone(),
        seats: *seats,
        paid: billing == "paid",
        channel,
        started_at: *started_at,
        ended_at: *ended_at,
        partner_mpn_id: mpn_id.clone(),
        partner_name: name.clone(),
        this_month: eligibility::evaluate(&facts, threshold),
    }
}

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
            MonthDetail {
                verdict: line_from(&row, &one_month, month, threshold).this_month,
                workloads,
            }
        })
        .collect();
    let mut this_month_usage = HashMap::new();
    if let Some(last) = month_details.last() {
        this_month_usage.insert(row.0 .1, last.workloads.clone());
    }
    Ok(Some(AssociationDetail {
        line: line_from(&row, &this_month_usage, this_month, threshold),
        users_needed: threshold.users_needed(row.2 .2),
        months: month_details,
        workload_names,
    }))
}

/// The first days of the `count` months up to and including `month`, oldest first.
pub fn last_months(month: NaiveDate, count: u32) -> Vec<NaiveDate> {
    let current = month.year() * 12 + month.month0() as i32;
    (current - count as i32 + 1..=current)
        .map(|n| {
            NaiveDate::from_ymd_opt(n.div_euclid(12), n.rem_euclid(12) as u32 + 1, 1)
                .expect("a valid date")
        })
        .collect()
}

/// An add, change or removal that concerned the partner.
#[derive(Debug, Clone)]
pub struct PartnerEvent {
    pub at: NaiveDateTime,
    pub customer: String,
    pub product: String,
    pub action: String,
    /// True when the partner (or one of its locations) gained the subscription.
    pub gained: bool,
    pub partner_mpn_id: String,
    pub actor: Option<String>,
    pub channel: String,
}

/// When, what, old and new partner, channel, customer, product, actor.
type EventRow = (
    NaiveDateTime,
    String,
    Option<i32>,
    Option<i32>,
    String,
    String,
    String,
    Option<String>,
);

/// Every add, replacement and removal that concerned the partner's scope, newest first.
pub fn partner_events(
    conn: &mut DbConnection,
    scope: &[i32],
    limit: i64,
) -> QueryResult<Vec<PartnerEvent>> {
    let rows: Vec<EventRow> = association_events::table
        .inner_join(subscriptions::table.inner_join(tenants::table))
        .left_join(customer_users::table)
        .filter(association_events::action.eq_any(["added", "replaced", "removed"]))
        .filter(
            association_events::old_partner_id
                .eq_any(scope.to_vec())
                .or(association_events::new_partner_id.eq_any(scope.to_vec())),
        )
        .order(association_events::id.desc())
        .limit(limit)
        .select((
            association_events::created_at,
            association_events::action,
            association_events::old_partner_id,
            association_events::new_partner_id,
            association_events::channel,
            tenants::name,
            subscriptions::product,
            customer_users::email.nullable(),
        ))
        .load(conn)?;
    let mpn_ids: HashMap<i32, String> = partners::table
        .filter(partners::id.eq_any(scope.to_vec()))
        .select((partners::id, partners::mpn_id))
        .load(conn)?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .map(
            |(at, action, old, new, channel, customer, product, actor)| {
                let gained = new.is_some_and(|id| scope.contains(&id)) && action != "removed";
                let ours = if gained { new } else { old };
                PartnerEvent {
                    at,
                    customer,
                    product,
                    action,
                    gained,
                    partner_mpn_id: ours
                        .and_then(|id| mpn_ids.get(&id).cloned())
                        .unwrap_or_default(),
                    actor,
                    channel,
                }
            },
        )
        .collect())
}

/// An email sent (or waiting to be sent) to the partner.
#[derive(Debug, Clone, Queryable)]
pub struct Notification {
    pub created_at: NaiveDateTime,
    pub recipient: String,
    pub subject: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub sent_at: Option<NaiveDateTime>,
}

pub fn notifications(
    conn: &mut DbConnection,
    scope: &[i32],
    limit: i64,
) -> QueryResult<Vec<Notification>> {
    outbox::table
        .filter(outbox::partner_id.eq_any(scope.to_vec()))
        .order(outbox::id.desc())
        .limit(limit)
        .select((
            outbox::created_at,
            outbox::recipient,
            outbox::subject,
            outbox::attempts,
            outbox::last_error,
            outbox::sent_at,
        ))
        .load(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_months_cross_the_year_boundary() {
        let months = last_months(month_of(NaiveDate::from_ymd_opt(2026, 2, 17).unwrap()), 12);
        assert_eq!(months.len(), 12);
        assert_eq!(months[0], NaiveDate::from_ymd_opt(2025, 3, 1).unwrap());
        assert_eq!(months[11], NaiveDate::from_ymd_opt(2026, 2, 1).unwrap());
    }
}
