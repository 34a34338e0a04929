//! Signed-out pages write nothing: their forms' token lives in a cookie, not in a session row,
//! so a flood of sign-in page views costs the database nothing, and the token still holds.

use crate::helpers::{csrf_token, new_client, spawn_app, DEMO_PASSWORD};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_anonymous_sign_in_page_views_write_no_session_rows() {
    use futures_util::StreamExt;
    let app = spawn_app().await;
    let before = app.count("sessions");
    // Clients that keep no cookies, like a crawler or a flood: each view is a first visit.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let portals = ["office", "intune", "partner", "operator"];
    let statuses: Vec<u16> = futures_util::stream::iter(0..10_000)
        .map(|n| {
            let url = app.url(&format!("/{}/login", portals[n % portals.len()]));
            let client = client.clone();
            async move { client.get(url).send().await.unwrap().status().as_u16() }
        })
        .buffer_unordered(16)
        .collect()
        .await;
    assert!(statuses.iter().all(|s| *s == 200));
    for path in ["/", "/office/forgot-password", "/office/help"] {
        reqwest::get(app.url(path)).await.unwrap();
    }
    assert_eq!(
        app.count("sessions"),
        before,
        "no session rows for anonymous views"
    );
}

#[tokio::test]
async fn a_signed_out_form_still_needs_the_token_of_its_own_browser() {
    let app = spawn_app().await;
    let page = app.get_html("/office/login").await;
    let token = csrf_token(&page);
    // Another browser with this page's token but not its cookie is refused.
    let stranger = new_client();
    let response = stranger
        .post(app.url("/office/login"))
        .form(&super::admin_sign_in(&token))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);
    // Without a token, or with a wrong one, refused too.
    for forged in ["", "0000"] {
        let response = app
            .post(
                "/office/login",
                &[
                    ("csrf_token", forged),
                    ("email", "admin@contoso.example"),
                    ("password", DEMO_PASSWORD),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 403, "token {forged:?}");
    }
    // The browser the page was shown to signs in, and its session gets a token of its own.
    let response = app
        .post(
            "/office/login",
            &[
                ("csrf_token", token.as_str()),
                ("email", "admin@contoso.example"),
                ("password", DEMO_PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let signed_in = app.get_html("/office/subscriptions").await;
    let session_token = csrf_token(&signed_in);
    assert_ne!(session_token, token, "signing in gives a new token");
    // The signed-out token is worth nothing to the signed-in session.
    let sign_out = app
        .post("/office/logout", &[("csrf_token", token.as_str())])
        .await;
    assert_eq!(sign_out.status().as_u16(), 403);
}
