//! What a customer portal brings to the pages it shares with the other: which portal it is, the
//! links above a subscription's details, its home page and its own look of the subscription list.

use actix_web::http::StatusCode;
use actix_web::HttpResponse;

use crate::domain::Portal;
use crate::engine::SubscriptionView;
use crate::web::shared::{AppError, Area, CustomerIdentity, Layout};

/// What a customer portal brings to the pages it shares with the other.
pub trait CustomerPortal: 'static {
    const PORTAL: Portal;
    const AREA: Area;
    /// The links before a subscription's name on its details page: address and message.
    const BREADCRUMB: &'static [(&'static str, &'static str)];

    /// The portal's home: Office's Home, Intune's Admin.
    fn home_page(layout: Layout, identity: CustomerIdentity) -> Result<HttpResponse, AppError>;

    /// The portal's own subscription list page.
    fn list_page(status: StatusCode, list: SubscriptionList) -> Result<HttpResponse, AppError>;
}

/// What a portal's list page shows.
pub struct SubscriptionList {
    pub layout: Layout,
    pub identity: CustomerIdentity,
    pub subscriptions: Vec<SubscriptionView>,
    /// Why the selection could not be used (Intune's Add with nothing selected).
    pub selection_error: Option<String>,
}
