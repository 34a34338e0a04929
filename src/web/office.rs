//! The Office 365 admin center: Subscriptions, and each subscription's details with its partner
//! of record (the shared pages in `partner_of_record`).

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::db::DbPool;
use crate::domain::Portal;
use crate::engine::{self, SubscriptionView};
use crate::web::auth::CustomerIdentity;
use crate::web::layout::{Area, Layout};
use crate::web::session::TypedSession;
use crate::web::{html, partner_of_record, with_db, AppError};

#[derive(Template)]
#[template(path = "office/subscriptions.html")]
struct SubscriptionsPage {
    layout: Layout,
    identity: CustomerIdentity,
    subscriptions: Vec<SubscriptionView>,
}

pub async fn subscriptions(
    session: TypedSession,
    identity: web::ReqData<CustomerIdentity>,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, AppError> {
    let identity = identity.into_inner();
    let tenant_id = identity.tenant.id;
    let subscriptions = with_db(&pool, move |conn| {
        Ok(engine::subscriptions_for(conn, tenant_id, Portal::Office)?)
    })
    .await?;
    let page = SubscriptionsPage {
        layout: Layout::new(Area::Office, &session, Some(identity.viewer()))?
            .in_section("subscriptions"),
        identity,
        subscriptions,
    };
    html(StatusCode::OK, &page)
}

pub fn routes() -> impl actix_web::dev::HttpServiceFactory {
    web::scope("/office")
        .wrap(actix_web::middleware::from_fn(
            crate::web::auth::require_sign_in,
        ))
        .route("", web::get().to(crate::web::pages::office_home))
        .route("/subscriptions", web::get().to(subscriptions))
        .route("/help", web::get().to(crate::web::pages::help))
        .service(crate::web::support::routes())
        .service(partner_of_record::routes(Portal::Office))
}
