//! The partner's history: ended associations, and every change customers made that concerned it.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::db::DbPool;
use crate::engine::partner::{self, AssociationLine, AssociationQuery, PartnerEvent, StatusFilter};
use crate::engine::Threshold;
use crate::web::partner::scope::{today, Scope};
use crate::web::partner::LIST_LIMIT;
use crate::web::shared::{html, with_db, AppError, Area, Layout, TypedSession};

#[derive(Template)]
#[template(path = "partner/history.html")]
struct HistoryPage {
    layout: Layout,
    ended: Vec<AssociationLine>,
    events: Vec<PartnerEvent>,
}

pub async fn history(
    session: TypedSession,
    scope: Scope,
    pool: web::Data<DbPool>,
    threshold: web::Data<Threshold>,
) -> Result<HttpResponse, AppError> {
    let threshold = **threshold;
    let (ended, events) = with_db(&pool, move |conn| {
        let ended_query = AssociationQuery {
            status: StatusFilter::Ended,
            descending: true,
            page_size: LIST_LIMIT,
            ..Default::default()
        };
        let ended =
            partner::list_associations(conn, &scope.ids, &ended_query, &threshold, today())?;
        let events = partner::partner_events(conn, &scope.ids, LIST_LIMIT)?;
        Ok((ended.lines, events))
    })
    .await?;
    let page = HistoryPage {
        layout: Layout::new(Area::Partner, &session, Some(scope.identity.viewer()))?
            .in_section("history"),
        ended,
        events,
    };
    html(StatusCode::OK, &page)
}
