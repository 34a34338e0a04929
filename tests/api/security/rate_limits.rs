//! Sign-in and Check ID are rate-limited per address and per session; an unknown email takes
//! as long as a wrong password.

use std::net::IpAddr;
use std::time::Instant;

use crate::helpers::{csrf_token, spawn_app, spawn_app_with, TestApp};

/// A browser whose connections come from `address` (any 127.x.y.z works on loopback).
pub(super) fn client_from(address: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .local_address(address.parse::<IpAddr>().unwrap())
        .build()
        .unwrap()
}

async fn attempt_sign_in(app: &TestApp, client: &reqwest::Client) -> reqwest::Response {
    super::sign_in_attempt(&app.address, client, None, "admin@contoso.example", "guess").await
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
    // The page itself still works; OK and remove, which look the MPN ID up too, are behind
    // the same limit, and nothing is written.
    let details = format!("/office/subscriptions/{e3}");
    assert_eq!(app.get(&details).await.status().as_u16(), 200);
    let page = app.get_html(&details).await;
    let token = csrf_token(&page);
    let events = app.count("association_events");
    for action in ["partner", "partner/remove"] {
        let response = app
            .post(
                &format!("{details}/{action}"),
                &[
                    ("csrf_token", token.as_str()),
                    ("mpn_id", "2345678"),
                    ("expected_partner", ""),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 429, "{action}");
        assert!(response.headers().contains_key("retry-after"));
        assert!(response.text().await.unwrap().contains("Too many attempts"));
    }
    assert_eq!(app.count("association_events"), events);
}

#[tokio::test]
async fn ok_and_remove_count_into_the_check_id_limit() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let details = format!("/office/subscriptions/{e3}");
    let token = csrf_token(&app.get_html(&details).await);
    let mut statuses = Vec::new();
    for _ in 0..31 {
        // Tailspin Toys is not enrolled: each OK is refused with what the lookup found.
        let response = app
            .post(
                &format!("{details}/partner"),
                &[
                    ("csrf_token", token.as_str()),
                    ("mpn_id", "2345678"),
                    ("expected_partner", ""),
                ],
            )
            .await;
        statuses.push(response.status().as_u16());
    }
    assert!(statuses[..30].iter().all(|s| *s == 422), "{statuses:?}");
    assert_eq!(statuses[30], 429);
    assert_eq!(
        app.check_id("office", e3, "1234567")
            .await
            .status()
            .as_u16(),
        429,
        "Check ID shares the limit"
    );
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
