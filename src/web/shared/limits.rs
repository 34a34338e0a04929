//! Rate limits, so that nobody can guess passwords or walk the MPN ID space to list partners:
//! sign-in (and asking for a new password), and every form that looks an MPN ID up (Check ID,
//! OK, remove) under one limit, each per client address and per session; sign-in also per
//! account, so that guesses spread over many addresses are slowed too.
//!
//! On PostgreSQL the counts are kept in the database, shared by every instance behind a load
//! balancer (see `db::limits`); on SQLite, which serves one instance, in its memory.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::{web, HttpRequest};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use ipnet::IpNet;

use crate::config::RateLimitSettings;
use crate::db::{limits, DbConnection, DbPool};
use crate::domain::EmailAddress;
use crate::web::shared::errors::AppError;
use crate::web::shared::session::TypedSession;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    SignIn,
    /// Check ID, OK and remove: each says what an MPN ID belongs to.
    Lookup,
    /// Sign-in attempts for one account.
    Account,
}

impl Limit {
    fn name(self) -> &'static str {
        match self {
            Self::SignIn => "sign-in",
            Self::Lookup => "lookup",
            Self::Account => "account",
        }
    }
}

struct InMemory {
    sign_in: DefaultKeyedRateLimiter<String>,
    lookup: DefaultKeyedRateLimiter<String>,
    account: DefaultKeyedRateLimiter<String>,
}

enum Store {
    Memory(Box<InMemory>),
    Database(DbPool),
}

pub struct RateLimits {
    settings: RateLimitSettings,
    store: Store,
    calls: AtomicU64,
}

impl RateLimits {
    /// Kept in `pool`'s database when `shared` (PostgreSQL), else in memory.
    pub fn new(settings: RateLimitSettings, pool: &DbPool, shared: bool) -> Self {
        let store = if shared {
            Store::Database(pool.clone())
        } else {
            let quota = |n: u32, period: Duration| {
                let n = NonZeroU32::new(n.max(1)).expect("at least one");
                Quota::with_period(period / n.get())
                    .expect("a period longer than zero")
                    .allow_burst(n)
            };
            Store::Memory(Box::new(InMemory {
                sign_in: RateLimiter::keyed(quota(settings.sign_in_per_minute, MINUTE)),
                lookup: RateLimiter::keyed(quota(settings.check_id_per_minute, MINUTE)),
                account: RateLimiter::keyed(quota(settings.sign_in_per_account_per_hour, HOUR)),
            }))
        };
        Self {
            settings,
            store,
            calls: AtomicU64::new(0),
        }
    }

    pub fn trusted_proxies(&self) -> &[IpNet] {
        &self.settings.trusted_proxies
    }

    fn quota(&self, limit: Limit) -> (u32, Duration) {
        match limit {
            Limit::SignIn => (self.settings.sign_in_per_minute, MINUTE),
            Limit::Lookup => (self.settings.check_id_per_minute, MINUTE),
            Limit::Account => (self.settings.sign_in_per_account_per_hour, HOUR),
        }
    }

    /// Counts a request against each key; `Err(wait)` when any is over its limit.
    pub async fn check(&self, limit: Limit, keys: Vec<String>) -> Result<(), Duration> {
        // Now and then forget the clients that have gone quiet, so nothing grows for ever.
        let tidy = self.calls.fetch_add(1, Ordering::Relaxed) % 1024 == 0;
        let keys: Vec<String> = keys
            .into_iter()
            .map(|key| format!("{} {key}", limit.name()))
            .collect();
        match &self.store {
            Store::Memory(memory) => {
                let InMemory {
                    sign_in,
                    lookup,
                    account,
                } = &**memory;
                if tidy {
                    for limiter in [sign_in, lookup, account] {
                        limiter.retain_recent();
                    }
                }
                let limiter = match limit {
                    Limit::SignIn => sign_in,
                    Limit::Lookup => lookup,
                    Limit::Account => account,
                };
                for key in &keys {
                    if let Err(not_until) = limiter.check_key(key) {
                        return Err(not_until.wait_time_from(DefaultClock::default().now()));
                    }
                }
                Ok(())
            }
            Store::Database(pool) => {
                let (quota, period) = self.quota(limit);
                let counted = crate::db::run_quick(pool, move |conn| {
                    let DbConnection::Postgresql(pg) = conn else {
                        return Ok(Ok(()));
                    };
                    if tidy {
                        limits::forget_quiet(pg)?;
                    }
                    Ok::<_, AppError>(limits::hit(pg, &keys, quota, period)?)
                })
                .await;
                counted.unwrap_or_else(|error| {
                    // The request itself will meet the database's trouble and say so.
                    log::warn!("rate limits cannot be counted: {error}");
                    Ok(())
                })
            }
        }
    }
}

const MINUTE: Duration = Duration::from_secs(60);
const HOUR: Duration = Duration::from_secs(3600);

/// The client's address: the connection's own, unless it comes from a trusted proxy, whose
/// `X-Forwarded-For` is then read from the right, past the trusted proxies, to the first address
/// they did not add. (Anything further left the client wrote itself.)
pub fn client_address(req: &HttpRequest, trusted: &[IpNet]) -> IpAddr {
    let peer = req
        .peer_addr()
        .map_or(IpAddr::from([0, 0, 0, 0]), |a| a.ip());
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let forwarded: Vec<&str> = req
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .collect();
    let mut client = peer;
    for hop in forwarded.iter().rev() {
        match hop.trim().parse::<IpAddr>() {
            Ok(ip) => {
                client = ip;
                if !is_trusted(&ip) {
                    break;
                }
            }
            Err(_) => break,
        }
    }
    client
}

fn limited(req: &ServiceRequest) -> Option<Limit> {
    let (method, path) = (req.method(), req.path());
    let customer_subscription =
        path.starts_with("/office/subscriptions/") || path.starts_with("/intune/subscriptions/");
    // Sign-in, and asking for a new password where one signs in: guesses and floods alike.
    if method == Method::POST && (path.ends_with("/login") || path.ends_with("/forgot-password")) {
        Some(Limit::SignIn)
    } else if customer_subscription
        && ((method == Method::GET && path.ends_with("/check"))
            || (method == Method::POST
                && (path.ends_with("/partner") || path.ends_with("/partner/remove"))))
    {
        Some(Limit::Lookup)
    } else {
        None
    }
}

fn too_many(wait: Duration) -> AppError {
    AppError::TooManyRequests {
        retry_after: wait.as_secs().max(1),
    }
}

/// Sign-in attempts for `email`'s account, from wherever they come.
pub async fn check_account(req: &HttpRequest, email: &EmailAddress) -> Result<(), AppError> {
    let Some(limits) = req.app_data::<web::Data<RateLimits>>() else {
        return Ok(());
    };
    limits
        .check(Limit::Account, vec![email.as_str().to_string()])
        .await
        .map_err(|wait| {
            log::warn!("rate limit: sign-in attempts for one account");
            too_many(wait)
        })
}

pub async fn rate_limit(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let limits = req.app_data::<web::Data<RateLimits>>().cloned();
    let (Some(limit), Some(limits)) = (limited(&req), limits) else {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    };
    let address = client_address(req.request(), limits.trusted_proxies());
    let mut keys = vec![format!("address {address}")];
    // The session's form token is random, stable for the session's life and known only to it:
    // a fair name for the session (the cookie's text changes each time it is re-encrypted).
    let session = TypedSession::of_service_request(&req);
    if let Ok(Some(token)) = session.session_key() {
        keys.push(format!("session {token}"));
    }
    if let Err(wait) = limits.check(limit, keys).await {
        log::warn!("rate limit: {} {} from {address}", req.method(), req.path());
        return Ok(req.error_response(too_many(wait)).map_into_right_body());
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}
