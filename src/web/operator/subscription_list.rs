//! **Subscriptions**: every tenant's subscriptions in one list, searched by product, tenant name
//! or domain, each leading to its facts and history.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::db::models::{Subscription, Tenant};
use crate::db::DbPool;
use crate::web::operator::listing::{ListQuery, Listing};
use crate::web::shared::{html, with_db, AppError, Area, Layout, OperatorIdentity, TypedSession};

#[derive(Template)]
#[template(path = "operator/subscriptions.html")]
struct ListPage {
    layout: Layout,
    list: Listing,
    subscriptions: Vec<(Subscription, Tenant)>,
}

pub async fn list(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let mut list = Listing::of(&query, "/operator/subscriptions");
    let (text, (offset, limit)) = (list.text(), list.window());
    let rows = with_db(&pool, move |conn| {
        Ok(Subscription::search(conn, text.as_deref(), offset, limit)?)
    })
    .await?;
    let subscriptions = list.page_of(rows);
    let layout = Layout::new(Area::Operator, &session, Some(identity.viewer()))?;
    let page = ListPage {
        layout: layout.in_section("subscriptions"),
        list,
        subscriptions,
    };
    html(StatusCode::OK, &page)
}
