//! `HEAD` answers as `GET` does, without a body; a form sent from another site is refused.

use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, ORIGIN};

use crate::helpers::{csrf_token, spawn_app, DEMO_PASSWORD};

#[tokio::test]
async fn head_answers_like_get_without_a_body() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    for path in [
        "/".to_string(),
        "/office/login".to_string(),
        "/healthz".to_string(),
        "/office/subscriptions".to_string(),
        format!("/office/subscriptions/{e3}"),
        "/static/portal.css".to_string(),
        "/no/such/page".to_string(),
    ] {
        let get = app.get(&path).await;
        let head = app.client.head(app.url(&path)).send().await.unwrap();
        assert_eq!(head.status(), get.status(), "HEAD {path}");
        assert_eq!(
            head.headers().get(CONTENT_TYPE),
            get.headers().get(CONTENT_TYPE),
            "HEAD {path}"
        );
        let get_length = get.bytes().await.unwrap().len();
        let head_length = head
            .headers()
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
        assert!(
            head_length.is_some_and(|n| n > 0 && n.abs_diff(get_length) < 64),
            "HEAD {path}: length {head_length:?}, GET {get_length}"
        );
        assert!(
            head.bytes().await.unwrap().is_empty(),
            "HEAD {path} has no body"
        );
    }
}

#[tokio::test]
async fn a_form_sent_from_another_site_is_refused_even_with_its_token() {
    let app = spawn_app().await;
    let token = csrf_token(&app.get_html("/office/login").await);
    let fields = [
        ("csrf_token", token.as_str()),
        ("email", "admin@contoso.example"),
        ("password", DEMO_PASSWORD),
    ];
    for origin in [
        "https://evil.example",
        "null",
        "http://127.0.0.1.evil.example",
    ] {
        let response = app
            .client
            .post(app.url("/office/login"))
            .header(ORIGIN, origin)
            .form(&fields)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 403, "Origin {origin}");
        assert!(response
            .text()
            .await
            .unwrap()
            .contains("For your security the form could not be sent"));
    }
    assert_eq!(
        app.get("/office/subscriptions").await.status().as_u16(),
        303,
        "not signed in"
    );
    // From the portal's own pages (its address as served, or its public address) it goes through.
    for origin in [app.address.clone(), "http://portal.example".to_string()] {
        let browser = app.another_browser();
        let token = csrf_token(&browser.get_html("/office/login").await);
        let response = browser
            .client
            .post(app.url("/office/login"))
            .header(ORIGIN, origin.as_str())
            .form(&super::admin_sign_in(&token))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 303, "Origin {origin}");
    }
}
