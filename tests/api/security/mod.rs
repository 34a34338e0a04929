//! Each defence with a test that fails without it.

mod access_control;
mod headers;
mod hostile_input;
mod limits_behind_proxies;
mod rate_limits;
mod requests;
mod sessions;
