//! **Emails**: how many are waiting, failed and were sent, and each email the mail worker gave
//! up on, with **Resend**.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::db::DbPool;
use crate::engine::onboarding;
use crate::mail::{MailWaker, OutboxCounts, OutboxMessage};
use crate::web::operator::listing::{ListQuery, Listing};
use crate::web::shared::{
    html, see_other, with_db, with_db_blocking, AppError, Area, Flash, Layout, OperatorIdentity,
    TypedSession,
};

#[derive(Template)]
#[template(path = "operator/emails.html")]
struct EmailsPage {
    layout: Layout,
    list: Listing,
    counts: OutboxCounts,
    failed: Vec<OutboxMessage>,
}

pub async fn list(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let mut list = Listing::of(&query, "/operator/emails");
    let (offset, limit) = list.window();
    let (counts, rows) = with_db(&pool, move |conn| {
        Ok((
            OutboxMessage::counts(conn)?,
            OutboxMessage::failed(conn, offset, limit)?,
        ))
    })
    .await?;
    let failed = list.page_of(rows);
    let layout = Layout::new(Area::Operator, &session, Some(identity.viewer()))?;
    let page = EmailsPage {
        layout: layout.in_section("emails"),
        list,
        counts,
        failed,
    };
    html(StatusCode::OK, &page)
}

pub async fn resend(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    waker: web::Data<MailWaker>,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let (operator_id, id) = (identity.operator.id, id.into_inner());
    let resent = with_db_blocking(&pool, move |conn| {
        onboarding::resend_email(conn, operator_id, id).map_err(AppError::from)
    })
    .await?;
    let lang = session.lang();
    let flash = if resent {
        waker.wake();
        Flash::success(lang.t("email-resent"))
    } else {
        Flash::info(lang.t("email-not-failed"))
    };
    session.set_flash(flash)?;
    Ok(see_other("/operator/emails"))
}
