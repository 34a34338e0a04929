//! **Forgot your password?** on each sign-in page: **Email** → **Send link**. The answer is the
//! same whether or not an account uses the address, so the page tells no one which accounts
//! exist; the link goes by email, through the outbox, to the account alone.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::config::PublicUrl;
use crate::db::DbPool;
use crate::domain::text;
use crate::domain::EmailAddress;
use crate::engine::accounts;
use crate::mail::MailWaker;
use crate::web::shared::{html, see_other, with_db_blocking, words, AppError, Area, Layout};
use crate::web::shared::{Flash, TypedSession};

#[derive(Template)]
#[template(path = "shared/forgot_password.html")]
struct ForgotPage {
    layout: Layout,
    email: String,
    email_error: Option<String>,
}

pub async fn page(area: web::Data<Area>, session: TypedSession) -> Result<HttpResponse, AppError> {
    let page = ForgotPage {
        layout: Layout::with_form(**area, &session, None)?,
        email: String::new(),
        email_error: None,
    };
    html(StatusCode::OK, &page)
}

#[derive(Debug, Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

/// Send link: the same answer for every well-formed address.
pub async fn send_link(
    area: web::Data<Area>,
    session: TypedSession,
    pool: web::Data<DbPool>,
    waker: web::Data<MailWaker>,
    public_url: web::Data<PublicUrl>,
    form: web::Form<ForgotForm>,
) -> Result<HttpResponse, AppError> {
    let area = **area;
    let lang = session.lang();
    let email = match EmailAddress::parse(&form.email) {
        Ok(email) => email,
        Err(error) => {
            let page = ForgotPage {
                layout: Layout::with_form(area, &session, None)?,
                email: text::echo(&form.email, EmailAddress::MAX_LEN),
                email_error: Some(words::email_error(lang, &error)),
            };
            return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let kind = area.account_kind().ok_or(AppError::NotFound)?;
    let public_url = public_url.0.clone();
    let sent = with_db_blocking(&pool, move |conn| {
        Ok(accounts::request_reset(
            conn,
            kind,
            &email,
            lang,
            &public_url,
        )?)
    })
    .await?;
    if sent {
        waker.wake();
    }
    session.set_flash(Flash::info(lang.t("forgot-sent")))?;
    Ok(see_other(area.forgot_path()))
}
