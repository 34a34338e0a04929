//! How a handler answers: a rendered page, a redirect after a form, an address that only takes
//! forms, and database work run where it belongs.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::db::{DbConnection, DbPool};
use crate::web::shared::error_page;
use crate::web::shared::errors::AppError;

/// A resource whose other methods get the 405 page rather than an empty answer.
pub fn form_resource(path: &str) -> actix_web::Resource {
    web::resource(path).default_service(web::to(error_page::method_not_allowed))
}

/// Renders a page with a status; signed-in pages are never cached.
pub fn html(status: StatusCode, page: &impl Template) -> Result<HttpResponse, AppError> {
    let body = page
        .render()
        .map_err(|e| AppError::Unexpected(anyhow::anyhow!("template: {e}")))?;
    Ok(HttpResponse::build(status)
        .insert_header((header::CONTENT_TYPE, "text/html; charset=utf-8"))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}

/// The redirect after a POST (and to a sign-in page): the browser follows it with a GET.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

/// Quick database work for a page (see [`crate::db::run_quick`]).
pub async fn with_db<T, F>(pool: &web::Data<DbPool>, work: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
{
    crate::db::run_quick(pool, work).await
}

/// Database work that may wait or take long: changes, password checks, exports.
pub async fn with_db_blocking<T, F>(pool: &web::Data<DbPool>, work: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
{
    crate::db::run_blocking(pool, work).await
}

/// `HEAD` on any page answers as `GET` does, without the body: the request goes on as a `GET`,
/// and the server, which remembers it was asked for the head only, leaves the body out while
/// keeping its length.
pub async fn head_as_get(
    mut req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    if req.method() == actix_web::http::Method::HEAD {
        req.head_mut().method = actix_web::http::Method::GET;
    }
    next.call(req)
        .await
        .map(actix_web::dev::ServiceResponse::map_into_boxed_body)
}
