//! A subscription's history: every change and attempt, who, when, old → new.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::models::{AssociationEvent, Partner};
use crate::db::schema::{association_events, customer_users, partners};
use crate::db::DbConnection;
use crate::domain::{Channel, EventAction};

#[derive(Debug, Clone)]
pub struct HistoryEntry {
    pub at: NaiveDateTime,
    /// The actor's email; none for changes made outside the portals (the legacy OSA form).
    pub actor: Option<String>,
    pub action: EventAction,
    pub old_partner: Option<String>,
    pub new_partner: Option<String>,
    pub channel: Channel,
    /// For a refused attempt, the code of why (see `ChangeError::refusal_code`).
    pub detail: String,
}

impl HistoryEntry {
    /// The subscription had no partner of record afterwards.
    pub fn is_removal(&self) -> bool {
        self.action == EventAction::Removed
    }
}

/// Newest first.
pub fn history_for(
    conn: &mut DbConnection,
    subscription_id: i32,
) -> QueryResult<Vec<HistoryEntry>> {
    let events: Vec<(AssociationEvent, Option<String>)> = association_events::table
        .left_join(customer_users::table)
        .filter(association_events::subscription_id.eq(subscription_id))
        .order(association_events::id.desc())
        .select((
            AssociationEvent::as_select(),
            customer_users::email.nullable(),
        ))
        .load(conn)?;
    let mut ids: Vec<i32> = events
        .iter()
        .flat_map(|(e, _)| [e.old_partner_id, e.new_partner_id])
        .flatten()
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let names: HashMap<i32, String> = partners::table
        .filter(partners::id.eq_any(&ids))
        .select(Partner::as_select())
        .load(conn)?
        .into_iter()
        .map(|p| (p.id, format!("{} ({})", p.name, p.mpn_id)))
        .collect();
    let name = |id: Option<i32>| id.and_then(|id| names.get(&id).cloned());
    Ok(events
        .into_iter()
        .map(|(event, actor)| HistoryEntry {
            at: event.created_at,
            actor,
            old_partner: name(event.old_partner_id),
            new_partner: name(event.new_partner_id),
            action: event.action,
            channel: event.channel,
            detail: event.detail,
        })
        .collect())
}
