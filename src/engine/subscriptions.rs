//! Which subscriptions a customer sees in a portal, with their current partner of record.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::models::{Association, Partner, Subscription};
use crate::db::schema::partners;
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
                Some(association.channel),
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

/// A tenant's subscriptions managed in one portal, each with its open association. Three indexed
/// queries: a single join through the associations would make SQLite scan them for every row.
pub fn subscriptions_for(
    conn: &mut DbConnection,
    tenant_id: i32,
    portal: Portal,
) -> QueryResult<Vec<SubscriptionView>> {
    let subscriptions = Subscription::list_for_tenant(conn, tenant_id, portal)?;
    let ids: Vec<i32> = subscriptions.iter().map(|s| s.id).collect();
    let open = Association::open_for_all(conn, &ids)?;
    let partner_ids: Vec<i32> = open.iter().map(|a| a.partner_id).collect();
    let partners_by_id: HashMap<i32, Partner> = partners::table
        .filter(partners::id.eq_any(&partner_ids))
        .select(Partner::as_select())
        .load(conn)?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let mut open_by_subscription: HashMap<i32, (Association, Partner)> = open
        .into_iter()
        .filter_map(|a| {
            // One partner may be partner of record of several subscriptions.
            let partner = partners_by_id.get(&a.partner_id)?.clone();
            Some((a.subscription_id, (a, partner)))
        })
        .collect();
    Ok(subscriptions
        .into_iter()
        .map(|s| {
            let open = open_by_subscription.remove(&s.id);
            SubscriptionView::new(s, open)
        })
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
    if subscription.tenant_id != tenant_id || subscription.portal != portal {
        return Ok(None);
    }
    let open = match Association::open_for(conn, subscription.id)? {
        Some(association) => Partner::find(conn, association.partner_id)?.map(|p| (association, p)),
        None => None,
    };
    Ok(Some(SubscriptionView::new(subscription, open)))
}
