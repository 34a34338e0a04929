//! The Microsoft Intune account portal: Admin, **Manage details** (select a subscription, then
//! **Add** opens its partner of record, on the pages both customer portals share in `customer`),
//! Support and Help.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::DbPool;
use crate::domain::Portal;
use crate::engine::SubscriptionView;
use crate::web::customer::subscriptions::render_list;
use crate::web::customer::{self, CustomerPortal, SubscriptionList};
use crate::web::shared::identity::require_sign_in;
use crate::web::shared::pages::{self, FixedPage};
use crate::web::shared::{
    html, see_other, support, AppError, Area, CustomerIdentity, Layout, TypedSession,
};

pub struct Intune;

#[derive(Template)]
#[template(path = "intune/manage_details.html")]
struct ManageDetailsPage {
    layout: Layout,
    identity: CustomerIdentity,
    subscriptions: Vec<SubscriptionView>,
    selection_error: Option<String>,
}

impl CustomerPortal for Intune {
    const PORTAL: Portal = Portal::Intune;
    const AREA: Area = Area::Intune;
    const BREADCRUMB: &'static [(&'static str, &'static str)] = &[
        ("/intune", "nav-admin"),
        ("/intune/subscriptions", "nav-manage-details"),
    ];

    fn home_page(layout: Layout, identity: CustomerIdentity) -> Result<HttpResponse, AppError> {
        html(StatusCode::OK, &HomePage { layout, identity })
    }

    fn list_page(status: StatusCode, list: SubscriptionList) -> Result<HttpResponse, AppError> {
        let page = ManageDetailsPage {
            layout: list.layout,
            identity: list.identity,
            subscriptions: list.subscriptions,
            selection_error: list.selection_error,
        };
        html(status, &page)
    }
}

#[derive(Debug, Deserialize)]
pub struct Selection {
    subscription: Option<String>,
}

/// Add with a subscription selected: on to its partner-of-record page. The selection is a plain
/// GET form, so it works without JavaScript and the page it leads to can be bookmarked.
async fn add(
    session: TypedSession,
    identity: web::ReqData<CustomerIdentity>,
    pool: web::Data<DbPool>,
    selection: web::Query<Selection>,
) -> Result<HttpResponse, AppError> {
    match selection.subscription.as_deref().map(str::parse::<i32>) {
        Some(Ok(id)) => Ok(see_other(&format!("/intune/subscriptions/{id}"))),
        _ => {
            let message = session.lang().t("intune-select-subscription");
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            let identity = identity.into_inner();
            render_list::<Intune>(&session, identity, &pool, status, Some(message)).await
        }
    }
}

#[derive(Template)]
#[template(path = "intune/home.html")]
struct HomePage {
    layout: Layout,
    identity: CustomerIdentity,
}

/// The steps of this portal, in our own words.
#[derive(Template)]
#[template(path = "intune/help.html")]
struct HelpPage {
    layout: Layout,
}

impl FixedPage for HelpPage {
    const AREA: Area = Area::Intune;
    const SECTION: &'static str = "help";

    fn with(layout: Layout) -> Self {
        Self { layout }
    }
}

pub fn routes() -> impl actix_web::dev::HttpServiceFactory {
    web::scope("/intune")
        .wrap(actix_web::middleware::from_fn(require_sign_in))
        // Before the subscription pages, whose `{id}` would take "add".
        .route("/subscriptions/add", web::get().to(add))
        .route("/help", web::get().to(pages::fixed::<HelpPage>))
        .service(support::routes())
        .configure(customer::routes::<Intune>)
}
