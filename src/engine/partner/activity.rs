//! What happened that concerned the partner: the changes customers made, and the emails sent.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::models::AssociationEvent;
use crate::db::schema::{
    association_events, customer_users, outbox, partners, subscriptions, tenants,
};
use crate::db::DbConnection;
use crate::domain::{Channel, EventAction};

/// An add, change or removal that concerned the partner.
#[derive(Debug, Clone)]
pub struct PartnerEvent {
    pub at: NaiveDateTime,
    pub customer: String,
    pub product: String,
    pub action: EventAction,
    /// True when the partner (or one of its locations) gained the subscription.
    pub gained: bool,
    pub partner_mpn_id: String,
    pub actor: Option<String>,
    pub channel: Channel,
}

/// Every add, replacement and removal that concerned the partner's scope, newest first.
pub fn partner_events(
    conn: &mut DbConnection,
    scope: &[i32],
    limit: i64,
) -> QueryResult<Vec<PartnerEvent>> {
    let changes = [
        EventAction::Added,
        EventAction::Replaced,
        EventAction::Removed,
    ]
    .map(EventAction::as_str);
    let rows: Vec<(AssociationEvent, String, String, Option<String>)> = association_events::table
        .inner_join(subscriptions::table.inner_join(tenants::table))
        .left_join(customer_users::table)
        .filter(association_events::action.eq_any(changes))
        .filter(
            association_events::old_partner_id
                .eq_any(scope.to_vec())
                .or(association_events::new_partner_id.eq_any(scope.to_vec())),
        )
        .order(association_events::id.desc())
        .limit(limit)
        .select((
            AssociationEvent::as_select(),
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
        .map(|(event, customer, product, actor)| {
            let gained = event.new_partner_id.is_some_and(|id| scope.contains(&id))
                && event.action != EventAction::Removed;
            let ours = if gained {
                event.new_partner_id
            } else {
                event.old_partner_id
            };
            PartnerEvent {
                at: event.created_at,
                customer,
                product,
                action: event.action,
                gained,
                partner_mpn_id: ours
                    .and_then(|id| mpn_ids.get(&id).cloned())
                    .unwrap_or_default(),
                actor,
                channel: event.channel,
            }
        })
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
    /// When the portal stopped trying (see the operators' Emails page).
    pub failed_at: Option<NaiveDateTime>,
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
            outbox::failed_at,
        ))
        .load(conn)
}
