//! The landing page, the health check and each portal's home.

use actix_web::http::StatusCode;
use actix_web::{web, HttpMessage, HttpResponse};
use askama::Template;
use diesel::RunQueryDsl;

use crate::db::DbPool;
use crate::web::auth::CustomerIdentity;
use crate::web::layout::{Area, Layout};
use crate::web::session::TypedSession;
use crate::web::{html, with_db, AppError};

#[derive(Template)]
#[template(path = "landing.html")]
struct LandingPage {
    layout: Layout,
}

pub async fn landing(session: TypedSession) -> Result<HttpResponse, AppError> {
    let page = LandingPage {
        layout: Layout::new(Area::Home, &session, None)?,
    };
    html(StatusCode::OK, &page)
}

/// 200 when the database answers, 503 when it does not.
pub async fn healthz(pool: web::Data<DbPool>) -> HttpResponse {
    let answered = with_db(&pool, |conn| {
        diesel::sql_query("SELECT 1").execute(conn)?;
        Ok(())
    })
    .await;
    match answered {
        Ok(()) => HttpResponse::Ok().content_type("text/plain").body("ok"),
        Err(e) => {
            log::warn!("health check: the database does not answer: {e}");
            HttpResponse::ServiceUnavailable()
                .content_type("text/plain")
                .body("database unavailable")
        }
    }
}

#[derive(Template)]
#[template(path = "office/home.html")]
struct OfficeHome {
    layout: Layout,
    identity: CustomerIdentity,
}

pub async fn office_home(
    session: TypedSession,
    identity: web::ReqData<CustomerIdentity>,
) -> Result<HttpResponse, AppError> {
    let identity = identity.into_inner();
    let page = OfficeHome {
        layout: Layout::new(Area::Office, &session, Some(identity.viewer()))?.in_section("home"),
        identity,
    };
    html(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "intune/home.html")]
struct IntuneHome {
    layout: Layout,
    identity: CustomerIdentity,
}

pub async fn intune_home(
    session: TypedSession,
    identity: web::ReqData<CustomerIdentity>,
) -> Result<HttpResponse, AppError> {
    let identity = identity.into_inner();
    let page = IntuneHome {
        layout: Layout::new(Area::Intune, &session, Some(identity.viewer()))?.in_section("home"),
        identity,
    };
    html(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "office/help.html")]
struct OfficeHelp {
    layout: Layout,
}

#[derive(Template)]
#[template(path = "intune/help.html")]
struct IntuneHelp {
    layout: Layout,
}

#[derive(Template)]
#[template(path = "partner/help.html")]
struct PartnerHelp {
    layout: Layout,
}

/// Each portal's Help page: the steps of that portal, in our own words.
pub async fn help(
    req: actix_web::HttpRequest,
    session: TypedSession,
) -> Result<HttpResponse, AppError> {
    let area = Area::of_path(req.path());
    let viewer = req
        .extensions()
        .get::<CustomerIdentity>()
        .map(CustomerIdentity::viewer)
        .or_else(|| {
            req.extensions()
                .get::<crate::web::auth::PartnerIdentity>()
                .map(crate::web::auth::PartnerIdentity::viewer)
        });
    let layout = Layout::new(area, &session, viewer)?.in_section("help");
    match area {
        Area::Office => html(StatusCode::OK, &OfficeHelp { layout }),
        Area::Intune => html(StatusCode::OK, &IntuneHelp { layout }),
        Area::Partner => html(StatusCode::OK, &PartnerHelp { layout }),
        Area::Home => Err(AppError::NotFound),
    }
}
