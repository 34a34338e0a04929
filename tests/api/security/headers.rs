//! Security headers on every kind of response, and no inline script or style on any page.

use crate::helpers::spawn_app;

fn assert_security_headers(response: &reqwest::Response, what: &str) {
    let headers = response.headers();
    let csp = headers
        .get("content-security-policy")
        .unwrap_or_else(|| panic!("{what}: no Content-Security-Policy"))
        .to_str()
        .unwrap();
    assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
    for directive in [
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "script-src 'self'",
        "style-src 'self'",
    ] {
        assert!(
            csp.contains(directive),
            "{what}: {directive} missing in {csp}"
        );
    }
    assert_eq!(headers["x-content-type-options"], "nosniff", "{what}");
    let referrer = headers["referrer-policy"].to_str().unwrap();
    assert!(
        ["same-origin", "no-referrer", "strict-origin"].contains(&referrer),
        "{what}: {referrer}"
    );
    assert!(headers.get("server").is_none(), "{what}: no server banner");
}

#[tokio::test]
async fn every_kind_of_response_carries_the_security_headers() {
    let app = spawn_app().await;
    let mut responses = vec![
        ("landing", app.get("/").await),
        ("sign-in page", app.get("/office/login").await),
        ("stylesheet", app.get("/static/portal.css").await),
        ("not found", app.get("/nowhere").await),
        ("health", app.get("/healthz").await),
    ];
    let forged = app.post("/office/login", &[("csrf_token", "x")]).await;
    assert_eq!(forged.status().as_u16(), 403);
    responses.push(("form token refused", forged));
    app.sign_in_as("office", "admin@contoso.example").await;
    responses.push(("signed-in page", app.get("/office/subscriptions").await));
    responses.push(("wrong portal", app.get("/partner").await));
    for (what, response) in &responses {
        assert_security_headers(response, what);
    }
    let signed_in = app.get("/office/subscriptions").await;
    assert_eq!(signed_in.headers()["cache-control"], "no-store");
}

#[tokio::test]
async fn strict_transport_security_only_when_served_over_https() {
    let plain = spawn_app().await;
    for path in ["/", "/office/login", "/nowhere"] {
        let response = plain.get(path).await;
        assert!(
            response
                .headers()
                .get("strict-transport-security")
                .is_none(),
            "{path} over plain HTTP"
        );
    }
    let https = crate::helpers::spawn_app_with(|c| {
        c.public_url = "https://dpor.example.com".to_string();
    })
    .await;
    for path in ["/", "/office/login", "/nowhere"] {
        let response = https.get(path).await;
        assert_eq!(
            response.headers()["strict-transport-security"],
            "max-age=31536000",
            "{path}"
        );
    }
    let insecure_cookies = crate::helpers::spawn_app_with(|c| {
        c.public_url = "https://dpor.example.com".to_string();
        c.cookie_secure = false;
    })
    .await;
    let response = insecure_cookies.get("/").await;
    assert!(response
        .headers()
        .get("strict-transport-security")
        .is_none());
}

#[tokio::test]
async fn no_page_has_inline_script_or_style() {
    let app = spawn_app().await;
    let mut pages = vec![
        app.get_html("/").await,
        app.get_html("/office/login").await,
        app.get_html("/nowhere").await,
    ];
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    pages.push(app.get_html("/office/subscriptions").await);
    pages.push(
        app.check_id("office", e3, "1234567")
            .await
            .text()
            .await
            .unwrap(),
    );
    app.sign_in_as("partner", "partner@northwind.example").await;
    pages.push(app.get_html("/partner").await);
    pages.push(app.get_html("/partner/associations/1").await);
    pages.push(app.get_html("/partner/support/new?category=1").await);
    for page in pages {
        // Scripts only from our own files: every script element has a src and no body.
        for script in page.split("<script").skip(1) {
            let tag_end = script.find('>').expect("a complete tag");
            assert!(
                script[..tag_end].contains(" src=\"/static/"),
                "an inline script"
            );
            assert!(
                script[tag_end + 1..].starts_with("</script>"),
                "a script with a body"
            );
        }
        assert!(!page.contains("<style"), "a style element");
        assert!(!page.contains(" style="), "a style attribute");
        assert!(
            !page.contains(" on") || !regex_like_event_handler(&page),
            "an event handler attribute"
        );
    }
}

fn regex_like_event_handler(html: &str) -> bool {
    ["onclick=", "onload=", "onerror=", "onsubmit=", "onchange="]
        .iter()
        .any(|handler| html.contains(handler))
}
