//! **Activity**: every change an operator made, newest first: who, when, what, from what to what.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::db::models::OperatorEvent;
use crate::db::DbPool;
use crate::web::operator::listing::{ListQuery, Listing};
use crate::web::shared::{html, with_db, AppError, Area, Layout, OperatorIdentity, TypedSession};

#[derive(Template)]
#[template(path = "operator/activity.html")]
struct ActivityPage {
    layout: Layout,
    list: Listing,
    /// Each change with the email of who made it (none: the command line).
    events: Vec<(OperatorEvent, Option<String>)>,
}

pub async fn list(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let mut list = Listing::of(&query, "/operator/activity");
    let (offset, limit) = list.window();
    let rows = with_db(&pool, move |conn| {
        Ok(OperatorEvent::page(conn, offset, limit)?)
    })
    .await?;
    let events = list.page_of(rows);
    let layout = Layout::new(Area::Operator, &session, Some(identity.viewer()))?;
    let page = ActivityPage {
        layout: layout.in_section("activity"),
        list,
        events,
    };
    html(StatusCode::OK, &page)
}
