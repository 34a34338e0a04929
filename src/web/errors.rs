//! Errors by kind, turned into status codes and pages in this one place.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::web::layout::{Area, Layout};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("page not found")]
    NotFound,
    /// Signed in, but not allowed here; the text says why.
    #[error("{0}")]
    Forbidden(String),
    /// The request could not be read at all (a form with fields of the wrong shape, say).
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("the form's security token is missing or out of date")]
    CsrfRejected,
    #[error("the request is larger than this page accepts")]
    PayloadTooLarge,
    /// Too many sign-in attempts or Check ID lookups; wait this many seconds.
    #[error("too many requests")]
    TooManyRequests { retry_after: u64 },
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        Self::Unexpected(e.into())
    }
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        Self::Unexpected(e.into())
    }
}

impl From<tokio::task::JoinError> for AppError {
    fn from(e: tokio::task::JoinError) -> Self {
        Self::Unexpected(anyhow::anyhow!("blocking task failed: {e}"))
    }
}

impl From<actix_session::SessionGetError> for AppError {
    fn from(e: actix_session::SessionGetError) -> Self {
        Self::Unexpected(anyhow::anyhow!("session: {e}"))
    }
}

impl From<actix_session::SessionInsertError> for AppError {
    fn from(e: actix_session::SessionInsertError) -> Self {
        Self::Unexpected(anyhow::anyhow!("session: {e}"))
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    layout: Layout,
    status: u16,
    heading: &'a str,
    message: String,
    request_id: Option<String>,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Forbidden(_) | Self::CsrfRejected => StatusCode::FORBIDDEN,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        let (heading, message, request_id) = match self {
            Self::NotFound => (
                "Page not found",
                "There is nothing at this address. It may have moved, or you may not have access to it.".to_string(),
                None,
            ),
            Self::Forbidden(why) => ("Access denied", why.clone(), None),
            Self::BadRequest(detail) => {
                log::info!("bad request: {detail}");
                (
                    "The request could not be read",
                    "The page received a form it could not read. Go back, reload the page and try again.".to_string(),
                    None,
                )
            }
            Self::CsrfRejected => (
                "The form has expired",
                "For your security the form could not be sent. Go back, reload the page and try again.".to_string(),
                None,
            ),
            Self::PayloadTooLarge => (
                "Too much data",
                "The form sent more data than this page accepts. Shorten what you typed and try again.".to_string(),
                None,
            ),
            Self::TooManyRequests { retry_after } => (
                "Too many attempts",
                format!(
                    "You have tried this too many times in a short while. Try again in {} second{}.",
                    retry_after,
                    if *retry_after == 1 { "" } else { "s" }
                ),
                None,
            ),
            Self::Unexpected(error) => {
                let id = request_id();
                log::error!("request {id} failed: {error:#}");
                (
                    "Something went wrong",
                    "The portal could not complete your request. Nothing was changed by the failed step; try again in a moment. If it keeps happening, give support the reference below.".to_string(),
                    Some(id),
                )
            }
        };
        let page = ErrorPage {
            layout: Layout::bare(Area::Home),
            status: status.as_u16(),
            heading,
            message,
            request_id,
        };
        let body = page.render().unwrap_or_else(|e| {
            log::error!("cannot render the error page: {e}");
            heading.to_string()
        });
        let mut response = HttpResponse::build(status);
        response
            .insert_header((header::CONTENT_TYPE, "text/html; charset=utf-8"))
            .insert_header((header::CACHE_CONTROL, "no-store"));
        if let Self::TooManyRequests { retry_after } = self {
            response.insert_header((header::RETRY_AFTER, retry_after.to_string()));
        }
        response.body(body)
    }
}

/// A short random reference that the 500 page shows and the log line carries.
fn request_id() -> String {
    rand::random::<[u8; 6]>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The page for any address no route serves.
pub async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}
