//! Each kind of error turned into its status code and page, in the visitor's language and in the
//! frame of the portal they were in.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use askama::Template;
use std::cell::RefCell;

use crate::db::Outage;
use crate::domain::Lang;
use crate::web::shared::errors::AppError;
use crate::web::shared::layout::{Area, Layout};
use crate::web::shared::{language, security};

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
            Self::Unavailable { .. } => StatusCode::SERVICE_UNAVAILABLE,
            Self::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The page in English, unlogged; [`in_the_visitor_language`] shows it in the request's
    /// language and logs what needs logging, once.
    fn error_response(&self) -> HttpResponse {
        self.page(Answer::without_request(false))
    }
}

/// Seconds a visitor is asked to wait before trying again in a database outage.
const RETRY_AFTER_OUTAGE: u64 = 5;

/// What an error page needs of the request it answers.
struct Answer {
    layout: Layout,
    /// A form was sent (anything but GET and HEAD): the page says whether it was saved.
    was_form: bool,
    /// Whether a 5xx is logged here (the first, English rendering is not).
    logged: bool,
}

impl Answer {
    /// An answer in English on the start page's frame, where the request is not at hand.
    fn without_request(logged: bool) -> Self {
        Self {
            layout: Layout::bare(Area::Home, Lang::En, "/".into()),
            was_form: false,
            logged,
        }
    }

    fn to(request: &HttpRequest) -> Self {
        Self {
            layout: Layout::bare(
                Area::of_path(request.path()),
                language::of_request(request),
                language::address_of(request),
            ),
            was_form: !matches!(*request.method(), Method::GET | Method::HEAD),
            logged: true,
        }
    }
}

impl AppError {
    fn page(&self, answer: Answer) -> HttpResponse {
        let Answer {
            layout,
            was_form,
            logged,
        } = answer;
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
            Self::Unavailable { outage, detail } => {
                let id = request_id();
                if logged {
                    match outage {
                        Outage::Locked => log::warn!(
                            "request {id}: SQLite database is locked (another writer held it \
                             longer than SQLITE_LOCK_WAIT_MS): {detail}"
                        ),
                        Outage::Unreachable => {
                            log::warn!("request {id}: the database cannot be reached: {detail}")
                        }
                    }
                }
                let mut text = lang.t(match outage {
                    Outage::Locked => "error-unavailable-busy-text",
                    Outage::Unreachable => "error-unavailable-text",
                });
                if was_form {
                    text = format!("{text} {}", lang.t("error-unavailable-not-saved"));
                }
                (lang.t("error-unavailable"), text, Some(id))
            }
            Self::Unexpected(error) => {
                let id = request_id();
                if logged {
                    log::error!("request {id} failed: {error:#}");
                }
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
        match self {
            Self::TooManyRequests { retry_after } => {
                response.insert_header((header::RETRY_AFTER, retry_after.to_string()));
            }
            Self::Unavailable { .. } => {
                response.insert_header((header::RETRY_AFTER, RETRY_AFTER_OUTAGE.to_string()));
            }
            _ => {}
        }
        if let Some(id) = &page.request_id {
            // The access log prints it beside the status (see `startup`).
            response.insert_header((REQUEST_ID, id.as_str()));
        }
        response.body(body)
    }
}

/// The header a 5xx answer carries its reference in, for the access log.
pub const REQUEST_ID: &str = "x-request-id";

/// Error pages in the visitor's language and in the frame of the portal they were in. Errors are
/// turned into responses without the request at hand; this puts the request back.
pub async fn in_the_visitor_language(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let response = next.call(req).await?;
    let page = response
        .response()
        .error()
        .and_then(|e| e.as_error::<AppError>())
        .map(|error| error.page(Answer::to(response.request())));
    Ok(match page {
        Some(page) => {
            let (request, _) = response.into_parts();
            ServiceResponse::new(request, page)
        }
        None => response.map_into_boxed_body(),
    })
}

/// A middleware that fails instead of answering (the session store, when the database is down
/// or locked) would leave an empty 500. This makes the page for it instead (503 for an outage,
/// 500 for anything else) and hands it on as an [`Answered`] failure, which the access log and
/// the server answer with.
pub async fn answer_failures(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    // Taken now: the request goes on to the next service, and a failure does not give it back.
    // Only a request with a cookie (a session to load) or a form (one to save) can fail there.
    let may_fail = req.headers().contains_key(header::COOKIE)
        || !matches!(*req.method(), Method::GET | Method::HEAD);
    let answer = may_fail.then(|| Answer::to(req.request()));
    match next.call(req).await {
        Ok(response) => Ok(response.map_into_boxed_body()),
        Err(failure) => {
            // The session store's error survives as text only, with its causes in its Debug form.
            let detail = format!("{failure:?}")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let error = match Outage::named_in(&detail) {
                Some(outage) => AppError::Unavailable { outage, detail },
                None => AppError::Unexpected(anyhow::anyhow!("{detail}")),
            };
            let answer = answer.unwrap_or_else(|| Answer::without_request(true));
            let mut page = error.page(answer);
            for (name, value) in security::HEADERS {
                if let Ok(name) = header::HeaderName::try_from(name) {
                    page.headers_mut()
                        .insert(name, header::HeaderValue::from_static(value));
                }
            }
            Err(Answered::new(page).into())
        }
    }
}

/// A page made for a failure where no request was left to answer with: the server sends it as
/// the failure's response.
#[derive(Debug)]
pub struct Answered {
    status: StatusCode,
    request_id: Option<String>,
    page: RefCell<Option<HttpResponse>>,
}

impl Answered {
    fn new(page: HttpResponse) -> Self {
        Self {
            status: page.status(),
            request_id: page
                .headers()
                .get(REQUEST_ID)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            page: RefCell::new(Some(page)),
        }
    }

    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

impl std::fmt::Display for Answered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "answered with {}", self.status)
    }
}

impl ResponseError for Answered {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        self.page
            .borrow_mut()
            .take()
            .unwrap_or_else(|| HttpResponse::new(self.status))
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

/// The page for an address asked for with a method it does not take.
pub async fn method_not_allowed() -> Result<HttpResponse, AppError> {
    Err(AppError::MethodNotAllowed)
}
