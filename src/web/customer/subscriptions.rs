//! A tenant's subscriptions in one portal, each with its partner of record: the Office
//! **Subscriptions** list and the Intune **Manage details** list, one handler for both; and the
//! portal's home, where they start.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};

use crate::db::DbPool;
use crate::engine;
use crate::web::customer::portal::{CustomerPortal, SubscriptionList};
use crate::web::shared::{with_db, AppError, CustomerIdentity, Layout, TypedSession};

/// The list in portal `P`'s look, with a status and, after a refused selection, why.
pub async fn render_list<P: CustomerPortal>(
    session: &TypedSession,
    identity: CustomerIdentity,
    pool: &web::Data<DbPool>,
    status: StatusCode,
    selection_error: Option<String>,
) -> Result<HttpResponse, AppError> {
    let tenant_id = identity.tenant.id;
    let subscriptions = with_db(pool, move |conn| {
        Ok(engine::subscriptions_for(conn, tenant_id, P::PORTAL)?)
    })
    .await?;
    let layout =
        Layout::new(P::AREA, session, Some(identity.viewer()))?.in_section("subscriptions");
    let list = SubscriptionList {
        layout,
        identity,
        subscriptions,
        selection_error,
    };
    P::list_page(status, list)
}

pub async fn list<P: CustomerPortal>(
    session: TypedSession,
    identity: web::ReqData<CustomerIdentity>,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, AppError> {
    render_list::<P>(&session, identity.into_inner(), &pool, StatusCode::OK, None).await
}

/// The portal's home page, for the signed-in customer user.
pub async fn home<P: CustomerPortal>(
    session: TypedSession,
    identity: web::ReqData<CustomerIdentity>,
) -> Result<HttpResponse, AppError> {
    let identity = identity.into_inner();
    let layout = Layout::new(P::AREA, &session, Some(identity.viewer()))?.in_section("home");
    P::home_page(layout, identity)
}
