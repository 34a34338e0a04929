//! The engine's kinds in words, for templates (see `web::shared::words`).

use crate::domain::{
    Billing, Enrollment, ImportKind, ImportStatus, PartnerStatus, SubscriptionStatus,
};
use crate::engine::accounts::LinkRefused;
use crate::engine::{HistoryEntry, Notification, PartnerEvent, Verdict};
use crate::support::{ContactMethod, RequestStatus};
use crate::web::shared::layout::{Area, Layout};
use crate::web::shared::words;

impl Layout {
    pub fn status(&self, status: &SubscriptionStatus) -> String {
        words::subscription_status(self.lang, *status)
    }

    pub fn verdict(&self, verdict: &Verdict) -> String {
        words::verdict(self.lang, verdict)
    }

    pub fn history_action(&self, entry: &HistoryEntry) -> String {
        words::history_action(self.lang, entry)
    }

    pub fn history_detail(&self, entry: &HistoryEntry) -> String {
        words::history_detail(self.lang, entry)
    }

    /// "Tried 300 times; the last on …", for an attempt made again and again.
    pub fn history_repeated(&self, entry: &HistoryEntry) -> Option<String> {
        entry.repeated.map(|(repeats, last)| {
            self.lang.t2(
                "history-repeated",
                "count",
                i64::from(repeats) + 1,
                "last",
                self.lang.date_time(last),
            )
        })
    }

    pub fn partner_event(&self, event: &PartnerEvent) -> String {
        words::partner_event(self.lang, event)
    }

    pub fn notification_state(&self, notification: &Notification) -> String {
        words::notification_state(self.lang, notification)
    }

    pub fn contact(&self, method: &ContactMethod) -> String {
        words::contact_method(self.lang, *method)
    }

    pub fn link_refused_heading(&self, refused: &LinkRefused) -> String {
        words::link_refused(self.lang, *refused).0
    }

    pub fn link_refused_text(&self, refused: &LinkRefused) -> String {
        words::link_refused(self.lang, *refused).1
    }

    /// Where a new link can be asked for, for a used or expired one.
    pub fn new_link_path(&self, refused: &LinkRefused) -> Option<&'static str> {
        refused
            .account_kind()
            .map(|kind| Area::of_account(kind).forgot_path())
    }

    pub fn billing(&self, billing: &Billing) -> String {
        words::billing(self.lang, *billing)
    }

    pub fn partner_status(&self, status: &PartnerStatus) -> String {
        words::partner_status(self.lang, *status)
    }

    pub fn enrollment(&self, enrollment: &Enrollment) -> String {
        words::enrollment(self.lang, *enrollment)
    }

    pub fn import_kind(&self, kind: &ImportKind) -> String {
        words::import_kind(self.lang, *kind)
    }

    pub fn import_status(&self, status: &ImportStatus) -> String {
        words::import_status(self.lang, *status)
    }

    pub fn operator_value(&self, value: &str) -> String {
        words::operator_value(self.lang, value)
    }

    pub fn operator_action(&self, action: &str) -> String {
        words::operator_action(self.lang, action)
    }

    pub fn request_status(&self, status: &RequestStatus) -> String {
        words::request_status(self.lang, *status)
    }
}
