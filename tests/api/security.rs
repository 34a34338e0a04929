//! Each defence with a test that fails without it.

use std::net::IpAddr;
use std::time::{Duration, Instant};

use crate::helpers::{
    csrf_token, location, spawn_app, spawn_app_with, TestApp, DEMO_PASSWORD, SESSION_COOKIE,
};

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

#[tokio::test]
async fn an_idle_session_expires_and_its_cookie_is_worthless_afterwards() {
    let app = spawn_app_with(|c| c.session.idle = Duration::from_secs(1)).await;
    let response = app
        .sign_in("office", "admin@contoso.example", DEMO_PASSWORD)
        .await;
    let cookie = crate::helpers::session_cookie(response.headers()).unwrap();
    assert_eq!(app.get("/office").await.status().as_u16(), 200);
    tokio::time::sleep(Duration::from_millis(2200)).await;
    let response = app.get("/office").await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(location(&response), "/office/login?expired=1");
    assert!(app
        .get_html("/office/login?expired=1")
        .await
        .contains("Your session has expired."));
    let replay = crate::helpers::new_client()
        .get(app.url("/office"))
        .header("Cookie", format!("{SESSION_COOKIE}={cookie}"))
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status().as_u16(), 303);
}

#[tokio::test]
async fn a_busy_session_still_ends_at_its_lifetime() {
    let app = spawn_app_with(|c| c.session.lifetime = Duration::from_secs(2)).await;
    app.sign_in_as("office", "admin@contoso.example").await;
    for _ in 0..3 {
        assert_eq!(app.get("/office").await.status().as_u16(), 200);
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    tokio::time::sleep(Duration::from_millis(1700)).await;
    assert_eq!(
        app.get("/office").await.status().as_u16(),
        303,
        "ended although active"
    );
}

fn client_from(address: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .local_address(address.parse::<IpAddr>().unwrap())
        .build()
        .unwrap()
}

async fn attempt_sign_in(app: &TestApp, client: &reqwest::Client) -> reqwest::Response {
    let page = client
        .get(app.url("/office/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf_token(&page);
    client
        .post(app.url("/office/login"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", "admin@contoso.example"),
            ("password", "guess"),
        ])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn sign_in_attempts_are_limited_per_address_and_nothing_else_breaks() {
    let app = spawn_app().await;
    let attacker = client_from("127.0.0.2");
    for i in 0..10 {
        assert_eq!(
            attempt_sign_in(&app, &attacker).await.status().as_u16(),
            401,
            "attempt {i}"
        );
    }
    let over = attempt_sign_in(&app, &attacker).await;
    assert_eq!(over.status().as_u16(), 429);
    let wait: u64 = over.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait));
    let html = over.text().await.unwrap();
    assert!(html.contains("Too many attempts"));
    assert!(html.contains("Try again in"));
    // A new session from the same address is still limited.
    assert_eq!(
        attempt_sign_in(&app, &client_from("127.0.0.2"))
            .await
            .status()
            .as_u16(),
        429
    );
    // Pages, and other people, are unaffected.
    assert_eq!(
        attacker
            .get(app.url("/office/login"))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );
    assert_eq!(
        attacker
            .get(app.url("/healthz"))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );
    let someone_else = client_from("127.0.0.3");
    assert_eq!(
        attempt_sign_in(&app, &someone_else).await.status().as_u16(),
        401
    );
}

#[tokio::test]
async fn sign_in_attempts_are_limited_per_session_across_addresses() {
    use reqwest::cookie::CookieStore;
    let app = spawn_app().await;
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let first = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_provider(jar.clone())
        .local_address("127.0.0.4".parse::<IpAddr>().unwrap())
        .build()
        .unwrap();
    for _ in 0..10 {
        assert_eq!(attempt_sign_in(&app, &first).await.status().as_u16(), 401);
    }
    // The same session, carried to another address.
    let page = first
        .get(app.url("/office/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf_token(&page);
    let cookie = jar
        .cookies(&app.url("/").parse().unwrap())
        .expect("a session cookie");
    let second = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .local_address("127.0.0.5".parse::<IpAddr>().unwrap())
        .build()
        .unwrap();
    let response = second
        .post(app.url("/office/login"))
        .header("Cookie", cookie)
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", "admin@contoso.example"),
            ("password", "guess"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 429);
}

#[tokio::test]
async fn check_id_lookups_are_limited_so_the_id_space_cannot_be_walked() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let mut statuses = Vec::new();
    for n in 0..31 {
        statuses.push(
            app.check_id("office", e3, &format!("{}", 9_000_000 + n))
                .await
                .status()
                .as_u16(),
        );
    }
    assert!(statuses[..30].iter().all(|s| *s == 422), "{statuses:?}");
    assert_eq!(statuses[30], 429);
    // The page itself and OK still work.
    assert_eq!(
        app.get(&format!("/office/subscriptions/{e3}"))
            .await
            .status()
            .as_u16(),
        200
    );
    let page = app.get_html(&format!("/office/subscriptions/{e3}")).await;
    let response = app
        .post(
            &format!("/office/subscriptions/{e3}/partner"),
            &[
                ("csrf_token", csrf_token(&page).as_str()),
                ("mpn_id", "1234567"),
                ("expected_partner", ""),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
}

#[tokio::test]
async fn an_unknown_email_takes_as_long_as_a_wrong_password() {
    let app = spawn_app_with(|c| c.rate_limits.sign_in_per_minute = 100).await;
    let mut unknown = Vec::new();
    let mut wrong = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        app.sign_in("office", "nobody@contoso.example", "guess")
            .await;
        unknown.push(started.elapsed());
        let started = Instant::now();
        app.sign_in("office", "admin@contoso.example", "guess")
            .await;
        wrong.push(started.elapsed());
    }
    unknown.sort();
    wrong.sort();
    let (unknown, wrong) = (unknown[2].as_secs_f64(), wrong[2].as_secs_f64());
    let ratio = unknown / wrong;
    assert!(
        (0.5..2.0).contains(&ratio),
        "unknown {unknown:.4}s vs wrong password {wrong:.4}s"
    );
}

const HOSTILE: &[&str] = &[
    "\"><script>alert(1)</script>",
    "1234567'; DROP TABLE partners; --",
    "a\u{0}b",
    "line\r\nBcc: x@evil.example",
    "\u{202e}7654321",
];

#[tokio::test]
async fn hostile_input_in_every_field_gets_a_4xx_with_a_message_never_a_5xx() {
    let app = spawn_app_with(|c| {
        c.rate_limits.sign_in_per_minute = 1000;
        c.rate_limits.check_id_per_minute = 1000;
    })
    .await;
    let long = "9".repeat(10_000);
    let mut inputs: Vec<&str> = HOSTILE.to_vec();
    inputs.push(&long);

    // Sign-in: email and password.
    for input in &inputs {
        for (email, password) in [(*input, "x"), ("admin@contoso.example", *input)] {
            let response = app.sign_in("office", email, password).await;
            let status = response.status().as_u16();
            assert!((400..500).contains(&status), "sign-in {input:?}: {status}");
            let html = response.text().await.unwrap();
            assert!(!html.contains("<script>alert"), "echoed unescaped");
        }
    }
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    for input in &inputs {
        // Check ID.
        let response = app.check_id("office", e3, input).await;
        assert_eq!(response.status().as_u16(), 422, "Check ID {input:?}");
        assert!(response
            .text()
            .await
            .unwrap()
            .contains("An MPN ID has 6 to 10 digits"));
        // OK, with each of its fields hostile.
        let page = app.get_html(&format!("/office/subscriptions/{e3}")).await;
        let token = csrf_token(&page);
        for (mpn, expected) in [(*input, ""), ("1234567", *input)] {
            let response = app
                .post(
                    &format!("/office/subscriptions/{e3}/partner"),
                    &[
                        ("csrf_token", token.as_str()),
                        ("mpn_id", mpn),
                        ("expected_partner", expected),
                    ],
                )
                .await;
            let status = response.status().as_u16();
            assert!(
                (400..500).contains(&status),
                "OK {mpn:?}/{expected:?}: {status}"
            );
            let html = response.text().await.unwrap();
            assert!(!html.contains("<script>alert"));
            assert!(
                html.contains("MPN ID")
                    || html.contains("could not be read")
                    || html.contains("Too much data"),
                "a message: {status}"
            );
        }
        let response = app
            .post(
                &format!("/office/subscriptions/{e3}/partner/remove"),
                &[("csrf_token", token.as_str()), ("expected_partner", *input)],
            )
            .await;
        assert!(
            (400..500).contains(&response.status().as_u16()),
            "remove {input:?}"
        );
        // Intune: the selection.
        let response = app
            .client
            .get(app.url("/intune/subscriptions/add"))
            .query(&[("subscription", *input)])
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        assert!(
            status == 422 || status == 403,
            "Intune Add {input:?}: {status}"
        );
    }
    // Partner search.
    app.sign_in_as("partner", "partner@northwind.example").await;
    for input in &inputs {
        let response = app
            .client
            .get(app.url("/partner"))
            .query(&[("q", *input)])
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        assert!(status < 500, "search {input:?}: {status}");
        let html = response.text().await.unwrap();
        assert!(!html.contains("<script>alert"));
        if input.contains('\u{0}') || input.contains('\r') {
            assert_eq!(status, 422, "{input:?}");
            assert!(html.contains("A customer name has no control characters"));
        }
    }
    // Nothing changed and nothing broke.
    assert_eq!(crate::office::open_partner(&app, e3), None);
    assert_eq!(app.get("/healthz").await.status().as_u16(), 200);
}

/// A method, a path, the form it sends, and the status each kind of user gets.
type RouteCase<'a> = (&'a str, String, Vec<(&'a str, &'a str)>, [u16; 7]);

/// Who may reach what: every route against every kind of user.
#[tokio::test]
async fn access_control_table() {
    let app = spawn_app_with(|c| {
        c.rate_limits.sign_in_per_minute = 1000;
        c.rate_limits.check_id_per_minute = 1000;
    })
    .await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let aadp = app.subscription_id("Contoso", "Azure Active Directory Premium");
    let legacy: i32 = {
        use diesel::prelude::*;
        use dpor_portal::db::schema::associations;
        associations::table
            .select(associations::id)
            .order(associations::id)
            .first(&mut *app.conn())
            .unwrap()
    };
    // (kind, portal to sign in at, email)
    let users: [(&str, Option<(&str, &str)>); 7] = [
        ("anonymous", None),
        ("user", Some(("office", "reader@contoso.example"))),
        ("billing admin", Some(("office", "billing@contoso.example"))),
        ("global admin", Some(("office", "admin@contoso.example"))),
        (
            "other tenant's admin",
            Some(("office", "admin@fabrikam.example")),
        ),
        (
            "partner user",
            Some(("partner", "partner@northwind.example")),
        ),
        (
            "other partner's user",
            Some(("partner", "partner@adventure-works.example")),
        ),
    ];
    let e3_page = format!("/office/subscriptions/{e3}");
    let aadp_page = format!("/intune/subscriptions/{aadp}");
    // (method, path, form) and the expected status per user, in the order above.
    let routes: Vec<RouteCase> = vec![
        (
            "GET",
            "/".into(),
            vec![],
            [200, 200, 200, 200, 200, 200, 200],
        ),
        (
            "GET",
            "/healthz".into(),
            vec![],
            [200, 200, 200, 200, 200, 200, 200],
        ),
        (
            "GET",
            "/office".into(),
            vec![],
            [303, 200, 200, 200, 200, 403, 403],
        ),
        (
            "GET",
            "/office/subscriptions".into(),
            vec![],
            [303, 200, 200, 200, 200, 403, 403],
        ),
        (
            "GET",
            e3_page.clone(),
            vec![],
            [303, 200, 200, 200, 404, 403, 403],
        ),
        (
            "GET",
            format!("{e3_page}/check?mpn_id=1234567"),
            vec![],
            [303, 403, 200, 200, 404, 403, 403],
        ),
        (
            "POST",
            format!("{e3_page}/partner"),
            vec![("mpn_id", "abc"), ("expected_partner", "")],
            [303, 422, 422, 422, 404, 403, 403],
        ),
        (
            "POST",
            format!("{e3_page}/partner/remove"),
            vec![("expected_partner", "")],
            [303, 403, 409, 409, 404, 403, 403],
        ),
        (
            "GET",
            format!("{e3_page}/partner"),
            vec![],
            [303, 405, 405, 405, 405, 403, 403],
        ),
        (
            "GET",
            format!("{e3_page}/partner/remove"),
            vec![],
            [303, 405, 405, 405, 405, 403, 403],
        ),
        (
            "GET",
            "/intune".into(),
            vec![],
            [303, 200, 200, 200, 200, 403, 403],
        ),
        (
            "GET",
            "/intune/subscriptions".into(),
            vec![],
            [303, 200, 200, 200, 200, 403, 403],
        ),
        (
            "GET",
            aadp_page.clone(),
            vec![],
            [303, 200, 200, 200, 404, 403, 403],
        ),
        (
            "GET",
            format!("{aadp_page}/check?mpn_id=7654321"),
            vec![],
            [303, 403, 200, 200, 404, 403, 403],
        ),
        (
            "POST",
            format!("{aadp_page}/partner/remove"),
            vec![("expected_partner", "")],
            [303, 403, 409, 409, 404, 403, 403],
        ),
        (
            "GET",
            format!("/intune/subscriptions/{e3}"),
            vec![],
            [303, 404, 404, 404, 404, 403, 403],
        ),
        (
            "GET",
            "/partner".into(),
            vec![],
            [303, 403, 403, 403, 403, 200, 200],
        ),
        (
            "GET",
            "/partner/history".into(),
            vec![],
            [303, 403, 403, 403, 403, 200, 200],
        ),
        (
            "GET",
            "/partner/notifications".into(),
            vec![],
            [303, 403, 403, 403, 403, 200, 200],
        ),
        (
            "GET",
            "/partner/export.csv".into(),
            vec![],
            [303, 403, 403, 403, 403, 200, 200],
        ),
        (
            "GET",
            format!("/partner/associations/{legacy}"),
            vec![],
            [303, 403, 403, 403, 403, 200, 404],
        ),
        (
            "POST",
            "/office/logout".into(),
            vec![],
            [303, 303, 303, 303, 303, 303, 303],
        ),
    ];
    let mut failures = Vec::new();
    for (index, (kind, sign_in)) in users.iter().enumerate() {
        for (method, path, form, expected) in &routes {
            // A fresh browser per cell: signing out in one cell must not affect the next.
            let browser = app.another_browser();
            if let Some((portal, email)) = sign_in {
                browser.sign_in_as(portal, email).await;
            }
            let token = csrf_token(&browser.get_html("/office/login").await);
            let response = match *method {
                "GET" => browser.get(path).await,
                _ => {
                    let mut fields = vec![("csrf_token", token.as_str())];
                    fields.extend(form.iter().copied());
                    browser
                        .client
                        .post(browser.url(path))
                        .form(&fields)
                        .send()
                        .await
                        .unwrap()
                }
            };
            let status = response.status().as_u16();
            if status != expected[index] {
                failures.push(format!(
                    "{kind}: {method} {path} → {status}, expected {}",
                    expected[index]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
