//! The association engine: every rule about who may name which partner of record, and what
//! happens when they do. No HTTP and no HTML here; both admin portals and the partner pages call it.

pub mod accounts;
pub mod calendar;
mod change;
mod check;
pub mod eligibility;
mod history;
pub mod onboarding;
pub mod partner;
mod subscriptions;

pub use change::{associate, remove, Change, ChangeError, ChangeRequest, Changed};
pub use check::{check_id, CheckOutcome, PartnerSummary};
pub use eligibility::{Reason, Threshold, Verdict};
pub use history::{history_for, HistoryEntry, HistoryPage, HISTORY_PAGE_SIZE};
pub use partner::{Notification, PartnerEvent};
pub use subscriptions::{subscription_for, subscriptions_for, SubscriptionView};
