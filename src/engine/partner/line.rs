//! One association as the partner pages list it, read from one joined row, with its verdict for
//! a month.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::result::Error as DbError;

use crate::db::models::state;
use crate::domain::{Billing, Channel, PartnerStatus, Portal};
use crate::engine::eligibility::{self, MonthFacts, Threshold, Verdict};

/// One association as the status page lists it.
#[derive(Debug, Clone)]
pub struct AssociationLine {
    pub id: i32,
    pub customer: String,
    pub domain: String,
    pub subscription_id: i32,
    pub product: String,
    pub portal: Portal,
    pub seats: i32,
    pub billing: Billing,
    pub channel: Channel,
    pub started_at: NaiveDateTime,
    pub ended_at: Option<NaiveDateTime>,
    pub partner_mpn_id: String,
    pub partner_name: String,
    pub this_month: Verdict,
}

impl AssociationLine {
    pub fn is_trial(&self) -> bool {
        self.billing == Billing::Trial
    }
}

pub type LineRow = (
    (i32, i32, String, NaiveDateTime, Option<NaiveDateTime>),
    (String, String),
    (String, String, i32, String),
    (String, String, Option<NaiveDate>, String),
);

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

pub(crate) use line_rows;

/// The line for `month`, with that month's usage of its subscription.
pub fn line_from(
    row: &LineRow,
    usage: &HashMap<i32, Vec<(String, i32)>>,
    month: NaiveDate,
    threshold: &Threshold,
) -> Result<AssociationLine, DbError> {
    let (
        (id, subscription_id, channel, started_at, ended_at),
        (customer, domain),
        subscription,
        partner,
    ) = row;
    let (product, portal, seats, billing) = subscription;
    let (mpn_id, name, enrolled_since, status) = partner;
    let parse_error = DbError::DeserializationError;
    let channel =
        state(Channel::parse, "associations", id, "channel", channel).map_err(parse_error)?;
    let portal = state(
        Portal::parse,
        "subscriptions",
        subscription_id,
        "portal",
        portal,
    )
    .map_err(parse_error)?;
    let billing = state(
        Billing::parse,
        "subscriptions",
        subscription_id,
        "billing",
        billing,
    )
    .map_err(parse_error)?;
    let status =
        state(PartnerStatus::parse, "partners", mpn_id, "status", status).map_err(parse_error)?;
    let facts = MonthFacts {
        month,
        channel,
        started_at: *started_at,
        ended_at: *ended_at,
        enrolled_since: *enrolled_since,
        partner_active: status == PartnerStatus::Active,
        paid: billing == Billing::Paid,
        seats: *seats,
        workloads: usage.get(subscription_id).cloned().unwrap_or_default(),
    };
    Ok(AssociationLine {
        id: *id,
        customer: customer.clone(),
        domain: domain.clone(),
        subscription_id: *subscription_id,
        product: product.clone(),
        portal,
        seats: *seats,
        billing,
        channel,
        started_at: *started_at,
        ended_at: *ended_at,
        partner_mpn_id: mpn_id.clone(),
        partner_name: name.clone(),
        this_month: eligibility::evaluate(&facts, threshold),
    })
}
