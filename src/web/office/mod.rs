//! The Office 365 admin center: its home, **Subscriptions** (the list is this portal's look over
//! the pages both customer portals share, in `customer`), Support and Help.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::domain::Portal;
use crate::engine::SubscriptionView;
use crate::web::customer::{self, CustomerPortal, SubscriptionList};
use crate::web::shared::identity::require_sign_in;
use crate::web::shared::pages::{self, FixedPage};
use crate::web::shared::{html, support, AppError, Area, CustomerIdentity, Layout};

pub struct Office;

#[derive(Template)]
#[template(path = "office/subscriptions.html")]
struct SubscriptionsPage {
    layout: Layout,
    identity: CustomerIdentity,
    subscriptions: Vec<SubscriptionView>,
}

impl CustomerPortal for Office {
    const PORTAL: Portal = Portal::Office;
    const AREA: Area = Area::Office;
    const BREADCRUMB: &'static [(&'static str, &'static str)] =
        &[("/office/subscriptions", "nav-subscriptions")];

    fn home_page(layout: Layout, identity: CustomerIdentity) -> Result<HttpResponse, AppError> {
        html(StatusCode::OK, &HomePage { layout, identity })
    }

    fn list_page(status: StatusCode, list: SubscriptionList) -> Result<HttpResponse, AppError> {
        let page = SubscriptionsPage {
            layout: list.layout,
            identity: list.identity,
            subscriptions: list.subscriptions,
        };
        html(status, &page)
    }
}

#[derive(Template)]
#[template(path = "office/home.html")]
struct HomePage {
    layout: Layout,
    identity: CustomerIdentity,
}

/// The steps of this portal, in our own words.
#[derive(Template)]
#[template(path = "office/help.html")]
struct HelpPage {
    layout: Layout,
}

impl FixedPage for HelpPage {
    const AREA: Area = Area::Office;
    const SECTION: &'static str = "help";

    fn with(layout: Layout) -> Self {
        Self { layout }
    }
}

pub fn routes() -> impl actix_web::dev::HttpServiceFactory {
    web::scope("/office")
        .wrap(actix_web::middleware::from_fn(require_sign_in))
        .route("/help", web::get().to(pages::fixed::<HelpPage>))
        .service(support::routes())
        .configure(customer::routes::<Office>)
}
