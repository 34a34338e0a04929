//! Which subscriptions a customer sees in a portal, with their current partner of record.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::models::{Association, Partner, Subscription};
use crate::db::schema::{associations, partners, subscriptions};
use crate::db::DbConnection;
use crate::domain::{Channel, Portal};
use crate::engine::PartnerSummary;

#[derive(Debug, Clone)]
pub struct SubscriptionView {
    pub subscription: Subscription,
    pub partner: Option<PartnerSummary>,
    pub partner_since: Option<NaiveDateTime>,
    pub partner_channel: Option<Channel>,
}

impl SubscriptionView {
    fn new(subscription: Subscription, open: Option<(Association, Partner)>) -> Self {
        let (partner, partner_since, partner_channel) = match open {
            Some((association, partner)) => (
                Some(PartnerSummary::from(&partner)),
                Some(association.started_at),
                Channel::parse(&association.channel),
            ),
            None => (None, None, None),
        };
        Self {
            subscription,
            partner,
            partner_since,
            partner_channel,
        }
    }
}

/// A tenant's subscriptions managed in one portal, each with its open association, in one query.
pub fn subscriptions_for(
    conn: &mut DbConnection,
    tenant_id: i32,
    portal: Portal,
) -> QueryResult<Vec<SubscriptionView>> {
    let rows: Vec<(Subscription, Option<(Association, Partner)>)> = subscriptions::table
        .left_join(
            associations::table
                .on(associations::subscription_id
                    .eq(subscriptions::id)
                    .and(associations::ended_at.is_null()))
                .inner_join(partners::table),
        )
        .filter(subscriptions::tenant_id.eq(tenant_id))
        .filter(subscriptions::portal.eq(portal.as_str()))
        .order((subscriptions::product, subscriptions::id))
        .select((
            Subscription::as_select(),
            Option::<(Association, Partner)>::as_select(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(s, open)| SubscriptionView::new(s, open))
        .collect())
}

/// One subscription, if the tenant has it and the portal manages it; otherwise nothing, so that
/// another tenant's or the other portal's subscription is indistinguishable from none.
pub fn subscription_for(
    conn: &mut DbConnection,
    tenant_id: i32,
    portal: Portal,
    subscription_id: i32,
) -> QueryResult<Option<SubscriptionView>> {
    let Some(subscription) = Subscription::find(conn, subscription_id)? else {
        return Ok(None);
    };
    if subscription.tenant_id != tenant_id || subscription.portal != portal.as_str() {
        return Ok(None);
    }
    let open = match Association::open_for(conn, subscription.id)? {
        Some(association) => Partner::find(conn, association.partner_id)?.map(|p| (association, p)),
        None => None,
    };
    Ok(Some(SubscriptionView::new(subscription, open)))
}
