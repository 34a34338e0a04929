//! Each kind of error turned into its status code and page, in the visitor's language and in the
//! frame of the portal they were in.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, StatusCode};
use actix_web::middleware::Next;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::domain::Lang;
use crate::web::shared::errors::AppError;
use crate::web::shared::language;
use crate::web::shared::layout::{Area, Layout};

#[derive(Template)]
#[template(path = "shared/error.html")]
struct ErrorPage {
    layout: Layout,
    status: u16,
    heading: String,
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
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The page in English; [`in_the_visitor_language`] shows it in the request's language.
    fn error_response(&self) -> HttpResponse {
        self.page(Layout::bare(Area::Home, Lang::En, "/".into()))
    }
}

impl AppError {
    fn page(&self, layout: Layout) -> HttpResponse {
        let lang = layout.lang;
        let status = self.status_code();
        let (heading, message, request_id) = match self {
            Self::NotFound => (
                lang.t("error-not-found"),
                lang.t("error-not-found-text"),
                None,
            ),
            Self::MethodNotAllowed => (lang.t("error-method"), lang.t("error-method-text"), None),
            Self::Forbidden(why) => (lang.t("error-forbidden"), why.clone(), None),
            Self::BadRequest(detail) => {
                log::info!("bad request: {detail}");
                (
                    lang.t("error-bad-request"),
                    lang.t("error-bad-request-text"),
                    None,
                )
            }
            Self::CsrfRejected => (lang.t("error-csrf"), lang.t("error-csrf-text"), None),
            Self::PayloadTooLarge => (
                lang.t("error-too-large"),
                lang.t("error-too-large-text"),
                None,
            ),
            Self::TooManyRequests { retry_after } => (
                lang.t("error-too-many"),
                lang.t1("error-too-many-text", "seconds", *retry_after),
                None,
            ),
            Self::Unexpected(error) => {
                let id = request_id();
                log::error!("request {id} failed: {error:#}");
                (
                    lang.t("error-unexpected"),
                    lang.t("error-unexpected-text"),
                    Some(id),
                )
            }
        };
        let page = ErrorPage {
            layout,
            status: status.as_u16(),
            heading,
            message,
            request_id,
        };
        let body = page.render().unwrap_or_else(|e| {
            log::error!("cannot render the error page: {e}");
            page.heading.clone()
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

/// Error pages in the visitor's language and in the frame of the portal they were in. Errors are
/// turned into responses without the request at hand; this puts the request back. (An error that
/// a middleware returns instead of answering keeps the English page: there is no request left
/// to answer with.)
pub async fn in_the_visitor_language(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let response = next.call(req).await?;
    let page = response
        .response()
        .error()
        .and_then(|e| e.as_error::<AppError>())
        .map(|error| {
            let request = response.request();
            error.page(Layout::bare(
                Area::of_path(request.path()),
                language::of_request(request),
                language::address_of(request),
            ))
        });
    Ok(match page {
        Some(page) => {
            let (request, _) = response.into_parts();
            ServiceResponse::new(request, page)
        }
        None => response.map_into_boxed_body(),
    })
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

/// The page for an address asked for with a method it does not take.
pub async fn method_not_allowed() -> Result<HttpResponse, AppError> {
    Err(AppError::MethodNotAllowed)
}
