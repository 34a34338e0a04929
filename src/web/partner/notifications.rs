//! The emails sent to the partner, and the language they are written in.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::models::Partner;
use crate::db::DbPool;
use crate::domain::Lang;
use crate::engine::partner::{self, Notification};
use crate::web::partner::scope::Scope;
use crate::web::partner::LIST_LIMIT;
use crate::web::shared::language;
use crate::web::shared::{
    html, see_other, with_db, AppError, Area, Flash, Layout, PartnerIdentity, TypedSession,
};

#[derive(Template)]
#[template(path = "partner/notifications.html")]
struct NotificationsPage {
    layout: Layout,
    notifications: Vec<Notification>,
    /// The language the partner's emails are written in.
    email_language: Lang,
}

pub async fn notifications(
    session: TypedSession,
    scope: Scope,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, AppError> {
    let ids = scope.ids.clone();
    let notifications = with_db(&pool, move |conn| {
        Ok(partner::notifications(conn, &ids, LIST_LIMIT)?)
    })
    .await?;
    let page = NotificationsPage {
        layout: Layout::new(Area::Partner, &session, Some(scope.identity.viewer()))?
            .in_section("notifications"),
        notifications,
        email_language: scope.partner().language,
    };
    html(StatusCode::OK, &page)
}

#[derive(Debug, Deserialize)]
pub struct EmailLanguageForm {
    #[serde(default)]
    lang: String,
}

/// The language of the emails the partner (this MPN ID) is sent when customers add or remove it.
pub async fn set_email_language(
    session: TypedSession,
    identity: web::ReqData<PartnerIdentity>,
    pool: web::Data<DbPool>,
    form: web::Form<EmailLanguageForm>,
) -> Result<HttpResponse, AppError> {
    let chosen = language::chosen(&form.lang)?;
    let partner_id = identity.partner.id;
    with_db(&pool, move |conn| {
        Ok(Partner::set_email_language(conn, partner_id, chosen)?)
    })
    .await?;
    let lang = session.lang();
    session.set_flash(Flash::success(lang.t1(
        "notifications-email-language-saved",
        "language",
        chosen.native_name(),
    )))?;
    Ok(see_other("/partner/notifications"))
}
