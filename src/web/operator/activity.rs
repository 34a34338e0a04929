//! **Activity**: every change an operator made, newest first: who, when, what, from what to what.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::models::OperatorEvent;
use crate::db::DbPool;
use crate::web::operator::PAGE_SIZE;
use crate::web::shared::{html, with_db, AppError, Area, Layout, OperatorIdentity, TypedSession};

#[derive(Debug, Deserialize)]
pub struct ActivityQuery {
    page: Option<u32>,
}

#[derive(Template)]
#[template(path = "operator/activity.html")]
struct ActivityPage {
    layout: Layout,
    /// Each change with the email of who made it (none: the command line).
    events: Vec<(OperatorEvent, Option<String>)>,
    page: u32,
    has_next: bool,
}

pub async fn list(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    query: web::Query<ActivityQuery>,
) -> Result<HttpResponse, AppError> {
    let page = query.page.unwrap_or(1).clamp(1, 100_000);
    let offset = i64::from(page - 1) * PAGE_SIZE;
    let mut events = with_db(&pool, move |conn| {
        Ok(OperatorEvent::page(conn, offset, PAGE_SIZE + 1)?)
    })
    .await?;
    let has_next = events.len() as i64 > PAGE_SIZE;
    events.truncate(PAGE_SIZE as usize);
    let layout = Layout::new(Area::Operator, &session, Some(identity.viewer()))?;
    let page = ActivityPage {
        layout: layout.in_section("activity"),
        events,
        page,
        has_next,
    };
    html(StatusCode::OK, &page)
}
