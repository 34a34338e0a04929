//! Each defence with a test that fails without it.

mod access_control;
mod headers;
mod hostile_input;
mod limits_behind_proxies;
mod rate_limits;
mod requests;
mod sessions;
mod signed_out_forms;

/// The sign-in form of Contoso's admin with the right password and `token`.
pub fn admin_sign_in(token: &str) -> [(&'static str, &str); 3] {
    [
        ("csrf_token", token),
        ("email", "admin@contoso.example"),
        ("password", crate::helpers::DEMO_PASSWORD),
    ]
}
