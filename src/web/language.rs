//! "Select your language": which language a request is answered in, and the picker that changes
//! it. The visitor's choice is kept in a cookie for the browser and, for a signed-in user, on their
//! account, so it follows them to another browser; until they choose, the browser's
//! `Accept-Language` decides.

use std::future::{ready, Ready};

use actix_web::cookie::{time, Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::http::{header, Method};
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use diesel::prelude::*;
use serde::Deserialize;

use crate::db::schema::{customer_users, partner_users};
use crate::db::{DbConnection, DbPool};
use crate::i18n::Lang;
use crate::web::session::{SessionUser, TypedSession};
use crate::web::{with_db, AppError};

pub const COOKIE: &str = "dpor-lang";

/// Whether cookies are sent only over HTTPS (the session cookie's setting).
#[derive(Debug, Clone, Copy)]
pub struct CookieSecurity {
    pub secure: bool,
}

/// The visitor's chosen language, else the browser's first that the portal speaks, else English.
pub fn of_request(req: &HttpRequest) -> Lang {
    req.cookie(COOKIE)
        .and_then(|c| Lang::parse(c.value()))
        .unwrap_or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|h| h.to_str().ok())
                .map(Lang::from_accept_language)
                .unwrap_or_default()
        })
}

/// Where the picker brings the visitor back to: this page's path and query. A page that answers
/// a form (a refusal shown again) has no address of its own to return to; the page the form was
/// on, from `Referer`, serves.
pub fn address_of(req: &HttpRequest) -> String {
    if matches!(*req.method(), Method::GET | Method::HEAD) {
        return req
            .uri()
            .path_and_query()
            .map_or_else(|| "/".to_string(), |pq| pq.as_str().to_string());
    }
    req.headers()
        .get(header::REFERER)
        .and_then(|r| r.to_str().ok())
        .and_then(|r| url::Url::parse(r).ok())
        .map(|url| match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_string(),
        })
        .unwrap_or_else(|| "/".to_string())
}

impl FromRequest for Lang {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        ready(Ok(of_request(req)))
    }
}

/// The cookie that remembers a choice for a year.
pub fn cookie(lang: Lang, security: CookieSecurity) -> Cookie<'static> {
    Cookie::build(COOKIE, lang.code())
        .path("/")
        .http_only(true)
        .secure(security.secure)
        .same_site(SameSite::Lax)
        .max_age(time::Duration::days(365))
        .finish()
}

#[derive(Debug, Deserialize)]
pub struct Choice {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    next: String,
}

/// Only an address on this site: anything else would make the picker an open redirect.
fn local_address(next: &str) -> &str {
    let local = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(|c| c.is_control());
    if local {
        next
    } else {
        "/"
    }
}

/// A language a form chose; one the portal does not speak is a bad request.
pub fn chosen(code: &str) -> Result<Lang, AppError> {
    Lang::parse(code).ok_or_else(|| AppError::BadRequest(format!("unknown language `{code}`")))
}

fn answer(choice: &Choice, security: CookieSecurity) -> Result<(Lang, HttpResponse), AppError> {
    let lang = chosen(&choice.lang)?;
    let response = HttpResponse::SeeOther()
        .insert_header((header::LOCATION, local_address(&choice.next)))
        .cookie(cookie(lang, security))
        .finish();
    Ok((lang, response))
}

/// The picker on pages without a session (the start page, error pages): the choice is only the
/// browser's, so a plain link or GET form may make it.
pub async fn choose(
    query: web::Query<Choice>,
    security: web::Data<CookieSecurity>,
) -> Result<HttpResponse, AppError> {
    Ok(answer(&query, **security)?.1)
}

/// The picker on pages with a session (signed in, or a sign-in page): a form with its token, and
/// a signed-in user's account remembers the choice.
pub async fn choose_and_remember(
    session: TypedSession,
    pool: web::Data<DbPool>,
    form: web::Form<Choice>,
    security: web::Data<CookieSecurity>,
) -> Result<HttpResponse, AppError> {
    let (lang, response) = answer(&form, **security)?;
    if let Some(user) = session.user()? {
        with_db(&pool, move |conn| Ok(save(conn, user, lang)?)).await?;
    }
    Ok(response)
}

/// Keeps a user's language on their account.
pub fn save(conn: &mut DbConnection, user: SessionUser, lang: Lang) -> QueryResult<usize> {
    match user {
        SessionUser::Customer(id) => diesel::update(customer_users::table.find(id))
            .set(customer_users::language.eq(lang.code()))
            .execute(conn),
        SessionUser::Partner(id) => diesel::update(partner_users::table.find(id))
            .set(partner_users::language.eq(lang.code()))
            .execute(conn),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_picker_returns_only_to_this_site() {
        assert_eq!(
            local_address("/office/subscriptions?x=1"),
            "/office/subscriptions?x=1"
        );
        assert_eq!(local_address("https://evil.example/"), "/");
        assert_eq!(local_address("//evil.example/"), "/");
        assert_eq!(local_address("/\\evil.example/"), "/");
        assert_eq!(local_address("/a\r\nSet-Cookie: x=y"), "/");
        assert_eq!(local_address(""), "/");
    }
}
