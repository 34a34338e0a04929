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

/// One sign-in attempt at `base`'s Office portal by `client`, with the token of the sign-in page
/// it has just been shown, as a client behind `forwarded_for` (if any).
pub async fn sign_in_attempt(
    base: &str,
    client: &reqwest::Client,
    forwarded_for: Option<&str>,
    email: &str,
    password: &str,
) -> reqwest::Response {
    let page = client
        .get(format!("{base}/office/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let mut post = client.post(format!("{base}/office/login")).form(&[
        ("csrf_token", crate::helpers::csrf_token(&page).as_str()),
        ("email", email),
        ("password", password),
    ]);
    if let Some(forwarded_for) = forwarded_for {
        post = post.header("X-Forwarded-For", forwarded_for);
    }
    post.send().await.unwrap()
}
