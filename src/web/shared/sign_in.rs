//! Sign-in and sign-out for the three portals, each for its own kind of user.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::models::{CustomerUser, Operator, PartnerUser};
use crate::db::{DbConnection, DbPool};
use crate::domain::text;
use crate::domain::{password, AccountKind, EmailAddress, Lang};
use crate::web::shared::errors::AppError;
use crate::web::shared::language::{self, CookieSecurity};
use crate::web::shared::layout::{Area, Layout};
use crate::web::shared::limits;
use crate::web::shared::picker;
use crate::web::shared::respond::{html, see_other, with_db_blocking};
use crate::web::shared::session::{SessionUser, TypedSession};
use crate::web::shared::words;

const PASSWORD_MAX: usize = 1024;

#[derive(Template)]
#[template(path = "shared/login.html")]
struct LoginPage {
    layout: Layout,
    email: String,
    email_error: Option<String>,
    password_error: Option<String>,
    form_error: Option<String>,
    notice: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    signed_out: Option<String>,
    expired: Option<String>,
    password_set: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn login_page(
    area: web::Data<Area>,
    session: TypedSession,
    query: web::Query<LoginQuery>,
) -> Result<HttpResponse, AppError> {
    let area = **area;
    let lang = session.lang();
    let notice = if query.signed_out.is_some() {
        Some(lang.t("signin-signed-out"))
    } else if query.expired.is_some() {
        Some(lang.t("signin-expired"))
    } else if query.password_set.is_some() {
        Some(lang.t("signin-password-set"))
    } else {
        None
    };
    let page = LoginPage {
        layout: Layout::with_form(area, &session, None)?,
        email: String::new(),
        email_error: None,
        password_error: None,
        form_error: None,
        notice,
    };
    html(StatusCode::OK, &page)
}

pub async fn sign_in(
    req: HttpRequest,
    area: web::Data<Area>,
    session: TypedSession,
    security: web::Data<CookieSecurity>,
    pool: web::Data<DbPool>,
    form: web::Form<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let area = **area;
    let lang = session.lang();
    let LoginForm { email, password } = form.into_inner();
    let email_result = EmailAddress::parse(&email);
    let password_error = if password.is_empty() {
        Some(lang.t("signin-password-empty"))
    } else if password.len() > PASSWORD_MAX {
        Some(lang.t1(
            "signin-password-too-long",
            "max",
            lang.number(PASSWORD_MAX as i64),
        ))
    } else {
        None
    };
    let rerender = |status, email_error, password_error, form_error| {
        let page = LoginPage {
            layout: Layout::with_form(area, &session, None)?,
            email: text::echo(&email, EmailAddress::MAX_LEN),
            email_error,
            password_error,
            form_error,
            notice: None,
        };
        html(status, &page)
    };
    let address = match (email_result, password_error) {
        (Ok(address), None) => address,
        (email_result, password_error) => {
            let email_error = email_result.err().map(|e| words::email_error(lang, &e));
            return rerender(
                StatusCode::UNPROCESSABLE_ENTITY,
                email_error,
                password_error,
                None,
            );
        }
    };
    // Guesses at one account from many addresses are slowed too. Counted before the password
    // is checked, so that the answer says nothing about it once the limit is reached.
    limits::check_account(&req, &address).await?;
    // A language picked on the sign-in page is kept on the account; without one, the account's
    // language comes back.
    let chosen = req
        .cookie(language::COOKIE)
        .and_then(|c| Lang::parse(c.value()));
    // Password checks take tens of milliseconds: never on a request thread.
    let account = with_db_blocking(&pool, move |conn| {
        let account = authenticate(conn, area, address.as_str(), &password)?;
        if let (Some((user, saved)), Some(chosen)) = (&account, chosen) {
            if *saved != Some(chosen) {
                picker::save(conn, *user, chosen)?;
            }
        }
        Ok(account)
    })
    .await?;
    match account {
        Some((user, saved)) => {
            session.sign_in(user)?;
            let mut response = see_other(area.home_path());
            if let (None, Some(saved)) = (chosen, saved) {
                response
                    .add_cookie(&language::cookie(saved, **security))
                    .map_err(|e| AppError::Unexpected(e.into()))?;
            }
            Ok(response)
        }
        None => rerender(
            StatusCode::UNAUTHORIZED,
            None,
            None,
            // One sentence for an unknown account and a wrong password alike.
            Some(lang.t("signin-incorrect")),
        ),
    }
}

/// The account behind an email and password, if both are right, for the portal's kind of user,
/// with the language saved on it.
fn authenticate(
    conn: &mut DbConnection,
    area: Area,
    email: &str,
    given_password: &str,
) -> diesel::QueryResult<Option<(SessionUser, Option<Lang>)>> {
    let account = match area.account_kind() {
        // A deactivated user signs in no more; they are told what a wrong password is told.
        Some(AccountKind::Customer) => CustomerUser::find_by_email(conn, email)?
            .filter(|u| u.deactivated_at.is_none())
            .map(|u| ((SessionUser::Customer(u.id), u.language), u.password_hash)),
        Some(AccountKind::Partner) => PartnerUser::find_by_email(conn, email)?
            .filter(|u| u.deactivated_at.is_none())
            .map(|u| ((SessionUser::Partner(u.id), u.language), u.password_hash)),
        Some(AccountKind::Operator) => Operator::find_by_email(conn, email)?
            .map(|o| ((SessionUser::Operator(o.id), o.language), o.password_hash)),
        None => None,
    };
    Ok(match account {
        Some((user, Some(hash))) if password::verify(given_password, &hash) => Some(user),
        Some((_, Some(_))) => None,
        // No account, or one whose password has not been set yet: the same time, the same answer.
        Some((_, None)) | None => {
            password::verify_against_nobody(given_password);
            None
        }
    })
}

pub async fn sign_out(
    area: web::Data<Area>,
    session: TypedSession,
) -> Result<HttpResponse, AppError> {
    session.purge();
    Ok(see_other(&format!("{}?signed_out=1", area.login_path())))
}
