//! Sessions end when idle too long and at their lifetime; a cookie is worthless afterwards.

use std::time::Duration;

use crate::helpers::{location, spawn_app_with, DEMO_PASSWORD, SESSION_COOKIE};

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
