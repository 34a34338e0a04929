use crate::domain::stored::stored_as_text;

stored_as_text! {
    /// Whether a subscription is paid for; a trial never earns the incentive.
    pub enum Billing {
        Paid = "paid",
        Trial = "trial",
    }
}

stored_as_text! {
    /// Where a subscription is in its life; its partner of record changes only while it is active.
    pub enum SubscriptionStatus {
        Active = "active",
        Suspended = "suspended",
        Expired = "expired",
    }
}

stored_as_text! {
    /// What happened to a subscription's partner of record, as its history records it.
    pub enum EventAction {
        Added = "added",
        Replaced = "replaced",
        Removed = "removed",
        /// The same partner named again: nothing changed.
        Unchanged = "unchanged",
        /// An attempt the engine refused; the event's detail holds the reason's code.
        Rejected = "rejected",
    }
}
