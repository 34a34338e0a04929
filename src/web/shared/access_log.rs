//! The access log: one line per request, answered or failed, with the reference of a 5xx.
//!
//! actix-web's own logger writes no line for a request whose middleware failed (the session
//! store in a database outage); this one does.

use std::time::Instant;

use actix_web::body::{BodySize, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;

use actix_web::web;

use crate::web::shared::error_page::{Answered, REQUEST_ID};
use crate::web::shared::limits::{client_address, RateLimits};

/// Where the lines go, for filtering with `RUST_LOG` (`access=off` silences them).
const TARGET: &str = "access";

pub async fn access_log(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if !log::log_enabled!(target: TARGET, log::Level::Info) {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body);
    }
    let started = Instant::now();
    let trusted = req
        .app_data::<web::Data<RateLimits>>()
        .map_or(&[][..], |limits| limits.trusted_proxies());
    let client = client_address(req.request(), trusted);
    let line = request_line(&req);
    let answer = next.call(req).await;
    let (status, bytes, reference) = match &answer {
        Ok(response) => (
            response.status(),
            match response.response().body().size() {
                BodySize::Sized(n) => n.to_string(),
                _ => "-".to_string(),
            },
            response
                .headers()
                .get(REQUEST_ID)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
        ),
        Err(failure) => (
            failure.as_response_error().status_code(),
            "-".to_string(),
            failure
                .as_error::<Answered>()
                .and_then(Answered::request_id)
                .map(str::to_string),
        ),
    };
    log::info!(
        target: TARGET,
        "{client} \"{line}\" {} {bytes} {:.3}ms {}",
        status.as_u16(),
        started.elapsed().as_secs_f64() * 1000.0,
        reference.as_deref().unwrap_or("-"),
    );
    answer.map(ServiceResponse::map_into_boxed_body)
}

/// The request line as the access log keeps it: a set-password link's token is a secret, so the
/// log has its first characters only.
fn request_line(req: &ServiceRequest) -> String {
    let target = req
        .uri()
        .path_and_query()
        .map_or_else(|| req.path().to_string(), |pq| pq.as_str().to_string());
    let target = match target.strip_prefix("/password/") {
        Some(token) => format!("/password/{}…", token.chars().take(6).collect::<String>()),
        None => target,
    };
    format!("{} {} {:?}", req.method(), target, req.version())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_access_log_keeps_no_set_password_token() {
        let token = "0123456789abcdef".repeat(4);
        let req =
            actix_web::test::TestRequest::with_uri(&format!("/password/{token}")).to_srv_request();
        let line = request_line(&req);
        assert_eq!(line, "GET /password/012345… HTTP/1.1");
        let req =
            actix_web::test::TestRequest::with_uri("/partner?q=Contoso&page=2").to_srv_request();
        assert_eq!(request_line(&req), "GET /partner?q=Contoso&page=2 HTTP/1.1");
    }
}
