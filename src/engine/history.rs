//! A subscription's history: every change and attempt, who, when, old → new.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::models::{AssociationEvent, Partner};
use crate::db::schema::{association_event_repeats, association_events, customer_users, partners};
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
    /// The same attempt made again: how many more times, and when last.
    pub repeated: Option<(i32, NaiveDateTime)>,
}

/// One page of a subscription's history, newest first.
#[derive(Debug, Clone)]
pub struct HistoryPage {
    pub entries: Vec<HistoryEntry>,
    /// From 1.
    pub page: u32,
    pub has_next: bool,
}

/// Events on one page of a subscription's history.
pub const HISTORY_PAGE_SIZE: u32 = 20;

impl HistoryEntry {
    /// The subscription had no partner of record afterwards.
    pub fn is_removal(&self) -> bool {
        self.action == EventAction::Removed
    }
}

/// An event, its actor's email, and how often it was repeated and when last.
type EventRow = (
    AssociationEvent,
    Option<String>,
    Option<i32>,
    Option<NaiveDateTime>,
);

/// Page `page` (from 1) of a subscription's history, newest first.
pub fn history_for(
    conn: &mut DbConnection,
    subscription_id: i32,
    page: u32,
) -> QueryResult<HistoryPage> {
    let page = page.max(1);
    let size = i64::from(HISTORY_PAGE_SIZE);
    let mut events: Vec<EventRow> = association_events::table
        .left_join(customer_users::table)
        .left_join(association_event_repeats::table)
        .filter(association_events::subscription_id.eq(subscription_id))
        .order(association_events::id.desc())
        .select((
            AssociationEvent::as_select(),
            customer_users::email.nullable(),
            association_event_repeats::repeats.nullable(),
            association_event_repeats::last_at.nullable(),
        ))
        .offset((i64::from(page) - 1) * size)
        .limit(size + 1)
        .load(conn)?;
    let has_next = events.len() as i64 > size;
    events.truncate(HISTORY_PAGE_SIZE as usize);
    let mut ids: Vec<i32> = events
        .iter()
        .flat_map(|(e, ..)| [e.old_partner_id, e.new_partner_id])
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
    let entries = events
        .into_iter()
        .map(|(event, actor, repeats, last_at)| HistoryEntry {
            at: event.created_at,
            actor,
            old_partner: name(event.old_partner_id),
            new_partner: name(event.new_partner_id),
            action: event.action,
            channel: event.channel,
            detail: event.detail,
            repeated: repeats.zip(last_at),
        })
        .collect();
    Ok(HistoryPage {
        entries,
        page,
        has_next,
    })
}
