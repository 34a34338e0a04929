//! Links that set a password: kept only as a hash, single-use, 72 hours, and a new password ends
//! the account's other sessions. Each area keeps to its own kind of user.

use diesel::prelude::*;
use dpor_portal::db::schema::password_links;
use dpor_portal::engine::accounts::token_hash;

use crate::helpers::{location, spawn_app, text_of, DEMO_PASSWORD};

use super::{link_path, operator_add};

#[tokio::test]
async fn a_link_is_kept_only_as_a_hash_and_stops_working_when_it_expires() {
    let app = spawn_app().await;
    let (ok, printed, _) = operator_add(&app.database_url, "operator@dpor-portal.example");
    assert!(ok);
    assert!(
        printed.contains("already exists; here is a new link"),
        "{printed}"
    );
    let link = link_path(&printed);
    let token = link.trim_start_matches("/password/");
    let stored: Vec<String> = password_links::table
        .select(password_links::token_hash)
        .load(&mut *app.conn())
        .unwrap();
    assert_eq!(stored, [token_hash(token)]);
    assert_ne!(stored[0], token);
    assert_eq!(app.get(&link).await.status().as_u16(), 200);

    let an_hour_ago = dpor_portal::db::now() - chrono::Duration::hours(1);
    diesel::update(password_links::table)
        .set((
            password_links::created_at.eq(an_hour_ago - chrono::Duration::hours(72)),
            password_links::expires_at.eq(an_hour_ago),
        ))
        .execute(&mut *app.conn())
        .unwrap();
    let expired = app.get(&link).await;
    assert_eq!(expired.status().as_u16(), 410);
    let html = expired.text().await.unwrap();
    assert_eq!(
        text_of(&html, "h1").as_deref(),
        Some("This link has expired")
    );
    // A form sent to it sets nothing.
    let password = "a long enough new password";
    let token_page = app.get_html("/operator/login").await;
    let csrf = crate::helpers::csrf_token(&token_page);
    let sent = app
        .post(
            &link,
            &[
                ("csrf_token", &csrf),
                ("password", password),
                ("confirm", password),
            ],
        )
        .await;
    assert_eq!(sent.status().as_u16(), 410);
    let wrong = app
        .sign_in("operator", "operator@dpor-portal.example", password)
        .await;
    assert_eq!(wrong.status().as_u16(), 401);

    let unknown = app.get(&format!("/password/{}", "0".repeat(64))).await;
    assert_eq!(unknown.status().as_u16(), 404);
    let html = unknown.text().await.unwrap();
    assert_eq!(
        text_of(&html, "h1").as_deref(),
        Some("This link does not work")
    );
    assert_eq!(
        app.get(&format!("/password/{}", "x".repeat(500)))
            .await
            .status()
            .as_u16(),
        404
    );
}

#[tokio::test]
async fn a_new_password_ends_the_operators_other_sessions() {
    let app = spawn_app().await;
    let first_browser = app.another_browser();
    first_browser
        .sign_in_as("operator", "operator@dpor-portal.example")
        .await;
    assert_eq!(
        first_browser
            .get("/operator/tenants")
            .await
            .status()
            .as_u16(),
        200
    );

    let (_, printed, _) = operator_add(&app.database_url, "operator@dpor-portal.example");
    let link = link_path(&printed);
    let password = "a brand new operator password";
    let set = app
        .post_form(
            &link,
            &link,
            &[("password", password), ("confirm", password)],
        )
        .await;
    assert_eq!(set.status().as_u16(), 303);

    let after = first_browser.get("/operator/tenants").await;
    assert_eq!(after.status().as_u16(), 303);
    assert_eq!(location(&after), "/operator/login?expired=1");
    let old = app
        .sign_in("operator", "operator@dpor-portal.example", DEMO_PASSWORD)
        .await;
    assert_eq!(old.status().as_u16(), 401);
    let new = app
        .sign_in("operator", "operator@dpor-portal.example", password)
        .await;
    assert_eq!(new.status().as_u16(), 303);
    assert_eq!(app.get("/operator/tenants").await.status().as_u16(), 200);
}

#[tokio::test]
async fn each_area_keeps_to_its_own_kind_of_user() {
    let app = spawn_app().await;
    let anonymous = app.get("/operator/tenants").await;
    assert_eq!(location(&anonymous), "/operator/login");

    let customer = app.another_browser();
    customer.sign_in_as("office", "admin@contoso.example").await;
    let refused = customer.get("/operator/tenants").await;
    assert_eq!(refused.status().as_u16(), 403);
    assert!(refused
        .text()
        .await
        .unwrap()
        .contains("is for operators, and you are signed in with another kind of account"));
    // Customer and partner credentials do not open the operator area.
    let wrong = app
        .sign_in("operator", "admin@contoso.example", DEMO_PASSWORD)
        .await;
    assert_eq!(wrong.status().as_u16(), 401);

    app.sign_in_as("operator", "operator@dpor-portal.example")
        .await;
    assert_eq!(app.get("/office").await.status().as_u16(), 403);
    assert_eq!(app.get("/partner").await.status().as_u16(), 403);
}

#[test]
fn operator_add_refuses_what_is_not_an_email_address_in_one_line() {
    let (_database, url) = crate::helpers::TestDatabase::create();
    let (ok, _, errors) = operator_add(url.as_str(), "not an address");
    assert!(!ok);
    assert_eq!(errors.lines().count(), 1, "{errors}");
    assert!(
        errors.contains("Enter an email address like name@contoso.com."),
        "{errors}"
    );
}
