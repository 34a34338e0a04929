//! **Set password**: the page a single-use link opens, for every kind of account (an invitation,
//! a forgotten password, a new link from the command line). The link's token is in the address;
//! the engine decides whether it still works and sets the password.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::DbPool;
use crate::domain::{NewPassword, NewPasswordError};
use crate::engine::accounts::{self, LinkRefused};
use crate::web::shared::{html, see_other, with_db, with_db_blocking, words};
use crate::web::shared::{AppError, Area, Layout, TypedSession};

/// Longer than any token the portal makes; anything longer is no link of ours.
const TOKEN_MAX: usize = 128;

#[derive(Template)]
#[template(path = "shared/set_password.html")]
struct SetPasswordPage {
    layout: Layout,
    email: String,
    password_error: Option<String>,
    confirm_error: Option<String>,
}

#[derive(Template)]
#[template(path = "shared/link_refused.html")]
struct LinkRefusedPage {
    layout: Layout,
    refused: LinkRefused,
}

#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

/// The page for a link that does not work (any more): 404 for none, 410 for a used or expired one.
fn refused_page(session: &TypedSession, refused: LinkRefused) -> Result<HttpResponse, AppError> {
    let status = match refused {
        LinkRefused::Unknown => StatusCode::NOT_FOUND,
        LinkRefused::Used(_) | LinkRefused::Expired(_) => StatusCode::GONE,
    };
    let layout = Layout::new(Area::Home, session, None)?;
    html(status, &LinkRefusedPage { layout, refused })
}

/// The form, or why the link does not work; `error` is a refused password, shown by its field.
async fn form_page(
    session: &TypedSession,
    pool: &web::Data<DbPool>,
    token: String,
    error: Option<NewPasswordError>,
) -> Result<HttpResponse, AppError> {
    if token.len() > TOKEN_MAX {
        return refused_page(session, LinkRefused::Unknown);
    }
    let open = with_db(pool, move |conn| Ok(accounts::open_link(conn, &token)?)).await?;
    let open = match open {
        Ok(open) => open,
        Err(refused) => return refused_page(session, refused),
    };
    let area = Area::of_account(open.link.account_kind);
    let lang = session.lang();
    let message = error.map(|e| words::new_password_error(lang, e));
    let (password_error, confirm_error) = match error {
        Some(NewPasswordError::Mismatch) => (None, message),
        _ => (message, None),
    };
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = SetPasswordPage {
        layout: Layout::with_form(area, session, None)?,
        email: open.email,
        password_error,
        confirm_error,
    };
    html(status, &page)
}

pub async fn show(
    session: TypedSession,
    pool: web::Data<DbPool>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    form_page(&session, &pool, token.into_inner(), None).await
}

/// Set password: the password is set and the link used up; on to the account's sign-in page.
pub async fn set(
    session: TypedSession,
    pool: web::Data<DbPool>,
    token: web::Path<String>,
    form: web::Form<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let new_password = match NewPassword::parse(&form.password, &form.confirm) {
        Ok(password) => password,
        Err(error) => return form_page(&session, &pool, token, Some(error)).await,
    };
    if token.len() > TOKEN_MAX {
        return refused_page(&session, LinkRefused::Unknown);
    }
    // Hashing takes tens of milliseconds, and the change may queue for the write lock.
    let outcome = with_db_blocking(&pool, move |conn| {
        Ok(accounts::set_password(conn, &token, &new_password)?)
    })
    .await?;
    match outcome {
        Ok(kind) => {
            let login = Area::of_account(kind).login_path();
            Ok(see_other(&format!("{login}?password_set=1")))
        }
        Err(refused) => refused_page(&session, refused),
    }
}
