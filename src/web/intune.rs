//! The Microsoft Intune account portal: Admin → Manage details lists the Intune-managed
//! subscriptions; select one and Add opens its partner-of-record page (shared with the Office
//! portal in `partner_of_record`).

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::DbPool;
use crate::domain::Portal;
use crate::engine::{self, SubscriptionView};
use crate::web::auth::CustomerIdentity;
use crate::web::layout::{Area, Layout};
use crate::web::session::TypedSession;
use crate::web::{html, partner_of_record, see_other, with_db, AppError};

#[derive(Template)]
#[template(path = "intune/manage_details.html")]
struct ManageDetailsPage {
    layout: Layout,
    identity: CustomerIdentity,
    subscriptions: Vec<SubscriptionView>,
    selection_error: Option<String>,
}

async fn render_list(
    session: &TypedSession,
    identity: CustomerIdentity,
    pool: &web::Data<DbPool>,
    status: StatusCode,
    selection_error: Option<String>,
) -> Result<HttpResponse, AppError> {
    let tenant_id = identity.tenant.id;
    let subscriptions = with_db(pool, move |conn| {
        Ok(engine::subscriptions_for(conn, tenant_id, Portal::Intune)?)
    })
    .await?;
    let page = ManageDetailsPage {
        layout: Layout::new(Area::Intune, session, Some(identity.viewer()))?
            .in_section("subscriptions"),
        identity,
        subscriptions,
        selection_error,
    };
    html(status, &page)
}

pub async fn manage_details(
    session: TypedSession,
    identity: web::ReqData<CustomerIdentity>,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, AppError> {
    render_list(&session, identity.into_inner(), &pool, StatusCode::OK, None).await
}

#[derive(Debug, Deserialize)]
pub struct Selection {
    subscription: Option<String>,
}

/// Add with a subscription selected: on to its partner-of-record page. The selection is a plain
/// GET form, so it works without JavaScript and the page it leads to can be bookmarked.
pub async fn add(
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
            render_list(
                &session,
                identity.into_inner(),
                &pool,
                status,
                Some(message),
            )
            .await
        }
    }
}

pub fn routes() -> impl actix_web::dev::HttpServiceFactory {
    web::scope("/intune")
        .wrap(actix_web::middleware::from_fn(
            crate::web::auth::require_sign_in,
        ))
        .route("", web::get().to(crate::web::pages::intune_home))
        .route("/subscriptions", web::get().to(manage_details))
        .route("/subscriptions/add", web::get().to(add))
        .route("/help", web::get().to(crate::web::pages::help))
        .service(crate::web::support::routes())
        .service(partner_of_record::routes(Portal::Intune))
}
