//! Every request that changes something must carry the session's form token. Checked here, once,
//! for every route, so no form can forget it.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method};
use actix_web::middleware::Next;
use actix_web::{web, HttpMessage};

use crate::config::PublicUrl;
use crate::web::shared::errors::AppError;
use crate::web::shared::language::CookieSecurity;
use crate::web::shared::session::{FormCookie, TypedSession};

/// Forms here are a few fields; anything larger is refused before it is parsed.
pub const FORM_LIMIT: usize = 16 * 1024;

pub const FIELD: &str = "csrf_token";

/// Forms that send a file. Their body is not read here: it streams to the handler, which checks
/// the token (the form's first field) with [`token_matches`] before it reads the file.
pub const UPLOAD_PATHS: &[&str] = &["/operator/imports"];

/// Whether `given` is the session's form token.
pub fn token_matches(session: &TypedSession, given: Option<&str>) -> Result<bool, AppError> {
    let expected = session.existing_csrf_token()?;
    Ok(matches!((&expected, given),
        (Some(expected), Some(given)) if constant_time_eq::constant_time_eq(expected.as_bytes(), given.as_bytes())))
}

fn is_upload(req: &ServiceRequest) -> bool {
    let multipart = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
    multipart && UPLOAD_PATHS.contains(&req.path())
}

/// A browser names the site a form was sent from in `Origin`. Beside the form token: a form
/// sent from any other site than the portal's own is refused. (No `Origin`, from clients that do
/// not send it, leaves the token to decide.)
fn foreign_origin(req: &ServiceRequest) -> bool {
    let Some(origin) = req.headers().get(header::ORIGIN) else {
        return false;
    };
    let Some(origin) = origin.to_str().ok().and_then(|o| url::Url::parse(o).ok()) else {
        return true; // "null" (a sandboxed or privacy-redirected page), or not an address
    };
    let Some(origin_host) = origin.host_str() else {
        return true;
    };
    let origin_authority = match origin.port() {
        Some(port) => format!("{origin_host}:{port}"),
        None => origin_host.to_string(),
    };
    let served_as = req.connection_info().host().to_ascii_lowercase();
    let public = req
        .app_data::<web::Data<PublicUrl>>()
        .and_then(|p| url::Url::parse(&p.0).ok())
        .map(|p| p.origin());
    served_as != origin_authority && public != Some(origin.origin())
}

pub async fn verify_csrf(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) || is_upload(&req) {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    if foreign_origin(&req) {
        log::warn!(
            "refused {} {}: sent from another site ({:?})",
            req.method(),
            req.path(),
            req.headers().get(header::ORIGIN)
        );
        return Ok(req
            .error_response(AppError::CsrfRejected)
            .map_into_right_body());
    }
    let payload = req.extract::<web::Payload>().await?;
    let body = match payload.to_bytes_limited(FORM_LIMIT).await {
        Ok(body) => body?,
        Err(_) => {
            return Ok(req
                .error_response(AppError::PayloadTooLarge)
                .map_into_right_body())
        }
    };
    let session = TypedSession::of_service_request(&req);
    let given = url::form_urlencoded::parse(&body)
        .find(|(name, _)| name == FIELD)
        .map(|(_, value)| value.into_owned());
    if !token_matches(&session, given.as_deref())? {
        log::warn!(
            "refused {} {}: form token missing or wrong",
            req.method(),
            req.path()
        );
        return Ok(req
            .error_response(AppError::CsrfRejected)
            .map_into_right_body());
    }
    req.set_payload(actix_web::dev::Payload::from(body));
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}

/// Gives each visitor's request its form cookie (see [`FormCookie`]), and a visitor who has none
/// a new one with the first page that needs a token. Nothing is written anywhere but the cookie.
pub async fn form_cookie(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let secure = req
        .app_data::<web::Data<CookieSecurity>>()
        .is_none_or(|s| s.secure);
    let name = FormCookie::name(secure);
    let sent = req
        .cookie(name)
        .map(|c| c.value().to_string())
        .filter(|v| FormCookie::is_well_formed(v));
    let form_cookie = FormCookie::from_browser(sent);
    req.extensions_mut().insert(form_cookie.clone());
    let mut response = next.call(req).await?;
    if let Some(token) = form_cookie.made() {
        let cookie = Cookie::build(name, token)
            .path("/")
            .secure(secure)
            .http_only(true)
            .same_site(SameSite::Lax)
            .finish();
        response.response_mut().add_cookie(&cookie)?;
    }
    Ok(response)
}
