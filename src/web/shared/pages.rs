//! The start page, the health check, and pages of fixed words in a portal's frame (Help).

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use diesel::RunQueryDsl;

use crate::db::{DbPool, Outage};
use crate::web::shared::errors::AppError;
use crate::web::shared::identity;
use crate::web::shared::layout::{Area, Layout};
use crate::web::shared::respond::{html, with_db};
use crate::web::shared::session::TypedSession;

#[derive(Template)]
#[template(path = "shared/landing.html")]
struct LandingPage {
    layout: Layout,
}

pub async fn landing(session: TypedSession) -> Result<HttpResponse, AppError> {
    let page = LandingPage {
        layout: Layout::new(Area::Home, &session, None)?,
    };
    html(StatusCode::OK, &page)
}

/// 200 when the database answers; otherwise the 503 page, whatever the failure.
pub async fn healthz(pool: web::Data<DbPool>) -> Result<HttpResponse, AppError> {
    let answered = with_db(&pool, |conn| {
        diesel::sql_query("SELECT 1").execute(conn)?;
        Ok(())
    })
    .await;
    match answered {
        Ok(()) => Ok(HttpResponse::Ok().content_type("text/plain").body("ok")),
        Err(AppError::Unavailable { outage, detail }) => {
            Err(AppError::Unavailable { outage, detail })
        }
        Err(other) => Err(AppError::Unavailable {
            outage: Outage::Unreachable,
            detail: format!("health check: {other}"),
        }),
    }
}

/// A page of fixed words in a portal's frame, for whoever is signed in there: each area's Help.
pub trait FixedPage: Template + 'static {
    const AREA: Area;
    /// The navigation item it is the page of.
    const SECTION: &'static str;

    fn with(layout: Layout) -> Self;
}

pub async fn fixed<P: FixedPage>(
    req: HttpRequest,
    session: TypedSession,
) -> Result<HttpResponse, AppError> {
    let layout = Layout::new(P::AREA, &session, identity::viewer(&req))?.in_section(P::SECTION);
    html(StatusCode::OK, &P::with(layout))
}
