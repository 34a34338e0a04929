//! Which language a request is answered in: the visitor's choice (a cookie) or, until they
//! choose, the browser's `Accept-Language`; and the address a page's language picker returns to.

use std::future::{ready, Ready};

use actix_web::cookie::{time, Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::http::{header, Method};
use actix_web::{FromRequest, HttpRequest};

use crate::domain::Lang;
use crate::web::shared::errors::AppError;

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

/// A language a form chose; one the portal does not speak is a bad request.
pub fn chosen(code: &str) -> Result<Lang, AppError> {
    Lang::parse(code).ok_or_else(|| AppError::BadRequest(format!("unknown language `{code}`")))
}
