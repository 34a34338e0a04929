//! Rate limits behind a load balancer: the client's address from `X-Forwarded-For`, believed
//! only from `TRUSTED_PROXIES`; a limit per account whatever the address; and on PostgreSQL one
//! count shared by every instance.

use dpor_portal::db::DatabaseUrl;

use super::rate_limits::client_from;
use crate::helpers::{new_client, spawn_app_with, TestApp, TestDatabase, DEMO_PASSWORD};

/// One sign-in attempt with a fresh page's token; its status.
async fn attempt(
    base: &str,
    client: &reqwest::Client,
    forwarded_for: Option<&str>,
    email: &str,
    password: &str,
) -> u16 {
    super::sign_in_attempt(base, client, forwarded_for, email, password)
        .await
        .status()
        .as_u16()
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_limit_and_nobody_else_is_believed() {
    let app = spawn_app_with(|c| {
        c.rate_limits.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
        c.rate_limits.sign_in_per_account_per_hour = 1000;
    })
    .await;
    let proxy = client_from("127.0.0.1");
    let base = app.address.as_str();
    let alice = Some("198.51.100.7, 203.0.113.1");
    for _ in 0..10 {
        let status = attempt(base, &new_client(), alice, "admin@contoso.example", "guess").await;
        assert_eq!(status, 401);
    }
    // The 11th from the same client is refused, though each came with a new session.
    assert_eq!(
        attempt(base, &proxy, alice, "admin@contoso.example", "guess").await,
        429
    );
    // Another client behind the same proxy is not.
    let bob = Some("203.0.113.2");
    assert_eq!(
        attempt(base, &proxy, bob, "admin@contoso.example", "guess").await,
        401
    );
    // From an address that is not a trusted proxy, the header is the client's own invention.
    let direct = client_from("127.0.0.9");
    for _ in 0..10 {
        attempt(base, &direct, None, "admin@contoso.example", "guess").await;
    }
    // A new session from there, claiming to be someone else: the same address, the same limit.
    let claims = client_from("127.0.0.9");
    assert_eq!(
        attempt(
            base,
            &claims,
            Some("192.0.2.99"),
            "admin@contoso.example",
            "guess"
        )
        .await,
        429
    );
}

#[tokio::test]
async fn guesses_at_one_account_from_many_addresses_are_slowed() {
    let app = spawn_app_with(|c| c.rate_limits.sign_in_per_account_per_hour = 5).await;
    let base = app.address.as_str();
    for n in 0..5 {
        let status = attempt(
            base,
            &client_from(&format!("127.0.1.{}", n + 1)),
            None,
            "admin@contoso.example",
            "guess",
        )
        .await;
        assert_eq!(status, 401, "guess {n}");
    }
    // Even the right password, from yet another address, waits now.
    assert_eq!(
        attempt(
            base,
            &client_from("127.0.1.99"),
            None,
            "admin@contoso.example",
            DEMO_PASSWORD
        )
        .await,
        429
    );
    // Other accounts are not affected.
    assert_eq!(
        attempt(
            base,
            &client_from("127.0.1.99"),
            None,
            "admin@fabrikam.example",
            "guess"
        )
        .await,
        401
    );
}

#[tokio::test]
async fn on_postgresql_every_instance_counts_against_the_same_limit() {
    let first = spawn_app_with(|c| c.rate_limits.sign_in_per_account_per_hour = 1000).await;
    let url = DatabaseUrl::parse(&first.database_url).unwrap();
    if !matches!(url, DatabaseUrl::Postgres(_)) {
        // SQLite serves one instance; its limits are its own (README, "Rate limits").
        return;
    }
    let mut config = crate::helpers::test_config(url.clone(), first.mail_dir.path());
    config.rate_limits.sign_in_per_account_per_hour = 1000;
    let second = dpor_portal::startup::Application::build(config).unwrap();
    let second_address = format!("http://127.0.0.1:{}", second.port());
    tokio::spawn(second.run_until_stopped());
    let second = TestApp::elsewhere(second_address, TestDatabase::Borrowed, &url, new_client());

    let client = client_from("127.0.2.1");
    for n in 0..10 {
        let base = if n % 2 == 0 {
            &first.address
        } else {
            &second.address
        };
        assert_eq!(
            attempt(base, &client, None, "admin@contoso.example", "guess").await,
            401,
            "attempt {n}"
        );
    }
    for base in [&first.address, &second.address] {
        assert_eq!(
            attempt(base, &client, None, "admin@contoso.example", "guess").await,
            429,
            "{base}"
        );
    }
}
