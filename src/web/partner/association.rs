//! One association of the partner's: its facts, and its last twelve months with a chart.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::db::DbPool;
use crate::engine::partner::{self, AssociationDetail};
use crate::engine::Threshold;
use crate::web::partner::chart::Chart;
use crate::web::partner::scope::{today, Scope};
use crate::web::shared::{html, with_db, AppError, Area, Layout, TypedSession};

const DETAIL_MONTHS: u32 = 12;

#[derive(Template)]
#[template(path = "partner/association.html")]
struct AssociationPage {
    layout: Layout,
    detail: AssociationDetail,
    chart: Chart,
}

pub async fn association(
    session: TypedSession,
    scope: Scope,
    pool: web::Data<DbPool>,
    threshold: web::Data<Threshold>,
    association_id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let threshold = **threshold;
    let id = *association_id;
    let detail = with_db(&pool, move |conn| {
        partner::association_detail(conn, &scope.ids, id, &threshold, today(), DETAIL_MONTHS)?
            .ok_or(AppError::NotFound)
    })
    .await?;
    let chart = Chart::new(
        session.lang(),
        &detail.months,
        &detail.workload_names,
        detail.users_needed,
    );
    let page = AssociationPage {
        layout: Layout::new(Area::Partner, &session, Some(scope.identity.viewer()))?
            .in_section("home"),
        detail,
        chart,
    };
    html(StatusCode::OK, &page)
}
