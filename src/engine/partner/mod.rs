//! What a partner sees: its associations with this month's eligibility, one association's
//! months, and the activity that concerned it. Everything is limited to the partner's scope: its
//! own MPN ID and, for a global ID, its locations.

mod activity;
mod associations;
mod detail;
mod line;
mod scope;

pub use activity::{notifications, partner_events, Notification, PartnerEvent};
pub use associations::{
    list_associations, AssociationPage, AssociationQuery, SortBy, StatusFilter, PAGE_SIZE,
};
pub use detail::{association_detail, AssociationDetail, MonthDetail};
pub use line::AssociationLine;
pub use scope::partner_scope;
