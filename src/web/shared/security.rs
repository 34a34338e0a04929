//! Defences that apply to every response or to the attackable routes: security headers, and rate
//! limits on sign-in and on Check ID (so nobody can walk the MPN ID space to list partners).

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::{DefaultHeaders, Next};
use actix_web::web;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use actix_session::SessionExt;

use crate::config::RateLimitSettings;
use crate::web::shared::errors::AppError;
use crate::web::shared::session::TypedSession;

/// Scripts and styles only from our own files; nothing may frame the portal.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// The headers every answer carries.
pub const HEADERS: [(&str, &str); 6] = [
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    (
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=()",
    ),
];

/// Browsers that have seen it go to the portal over HTTPS only, for a year.
pub const STRICT_TRANSPORT_SECURITY: (&str, &str) =
    ("Strict-Transport-Security", "max-age=31536000");

/// The headers of every answer; `https` (the portal's public address is `https://` and its
/// cookies are secure) adds Strict-Transport-Security.
pub fn headers(https: bool) -> DefaultHeaders {
    let headers = HEADERS
        .iter()
        .fold(DefaultHeaders::new(), |headers, header| {
            headers.add(*header)
        });
    if https {
        headers.add(STRICT_TRANSPORT_SECURITY)
    } else {
        headers
    }
}

/// Kept per client address and per session; both must allow a request.
pub struct RateLimits {
    sign_in: DefaultKeyedRateLimiter<String>,
    check_id: DefaultKeyedRateLimiter<String>,
    calls: AtomicU64,
}

fn quota(per_minute: u32) -> Quota {
    let per_minute = NonZeroU32::new(per_minute.max(1)).expect("at least one");
    Quota::per_minute(per_minute).allow_burst(per_minute)
}

impl RateLimits {
    pub fn new(settings: RateLimitSettings) -> Self {
        Self {
            sign_in: RateLimiter::keyed(quota(settings.sign_in_per_minute)),
            check_id: RateLimiter::keyed(quota(settings.check_id_per_minute)),
            calls: AtomicU64::new(0),
        }
    }

    /// `Err(wait)` when any of the keys is over its limit.
    fn check(
        &self,
        limiter: &DefaultKeyedRateLimiter<String>,
        keys: &[String],
    ) -> Result<(), Duration> {
        // Now and then forget clients that have gone quiet, so the tables do not grow forever.
        if self.calls.fetch_add(1, Ordering::Relaxed) % 1024 == 0 {
            self.sign_in.retain_recent();
            self.check_id.retain_recent();
        }
        for key in keys {
            if let Err(not_until) = limiter.check_key(key) {
                return Err(not_until.wait_time_from(DefaultClock::default().now()));
            }
        }
        Ok(())
    }
}

enum Limited {
    SignIn,
    CheckId,
}

fn limited(req: &ServiceRequest) -> Option<Limited> {
    let path = req.path();
    // Sign-in, and asking for a new password where one signs in: guesses and floods alike.
    if req.method() == Method::POST
        && (path.ends_with("/login") || path.ends_with("/forgot-password"))
    {
        Some(Limited::SignIn)
    } else if req.method() == Method::GET && path.ends_with("/check") {
        Some(Limited::CheckId)
    } else {
        None
    }
}

pub async fn rate_limit(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let Some(kind) = limited(&req) else {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    };
    let Some(limits) = req.app_data::<web::Data<RateLimits>>() else {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    };
    // The connection's own address: a forwarded-for header is the client's to invent.
    let address = req
        .peer_addr()
        .map(|a| a.ip())
        .unwrap_or(IpAddr::from([0, 0, 0, 0]));
    let mut keys = vec![format!("address {address}")];
    // The session's form token is random, stable for the session's life and known only to it:
    // a fair name for the session (the cookie's text changes each time it is re-encrypted).
    let session = TypedSession::from_session(req.get_session());
    if let Ok(Some(token)) = session.existing_csrf_token() {
        keys.push(format!("session {token}"));
    }
    let limiter = match kind {
        Limited::SignIn => &limits.sign_in,
        Limited::CheckId => &limits.check_id,
    };
    if let Err(wait) = limits.check(limiter, &keys) {
        log::warn!("rate limit: {} {} from {address}", req.method(), req.path());
        let error = AppError::TooManyRequests {
            retry_after: wait.as_secs().max(1),
        };
        return Ok(req.error_response(error).map_into_right_body());
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}
