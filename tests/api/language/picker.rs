//! The picker: it returns to the page, refuses what it does not know, follows a signed-in user
//! to another browser, and after a refused form returns to the page the form was on.

use diesel::prelude::*;
use dpor_portal::db::schema::customer_users;
use dpor_portal::i18n::Lang;

use crate::helpers::{csrf_token, location, spawn_app, TestApp};

use super::*;

#[tokio::test]
async fn the_picker_returns_to_the_page_and_refuses_what_it_does_not_know() {
    let app = spawn_app().await;
    let response = app
        .get("/language?lang=fr&next=/partner/login?signed_out=1")
        .await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(location(&response), "/partner/login?signed_out=1");
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("dpor-lang="))
        .expect("the choice is kept in a cookie")
        .to_string();
    assert!(
        cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
            && cookie.contains("Max-Age="),
        "{cookie}"
    );
    let html = app.get_html("/partner/login?signed_out=1").await;
    assert!(html.contains("Vous êtes déconnecté."), "{html}");
    // Only addresses on this site.
    for next in [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
    ] {
        let response = app
            .client
            .get(app.url("/language"))
            .query(&[("lang", "de"), ("next", next)])
            .send()
            .await
            .unwrap();
        assert_eq!(location(&response), "/", "{next}");
    }
    // An unknown language: a clear page and a 4xx, in the language the visitor had (German, from
    // the last choice above).
    let response = app.get("/language?lang=xx&next=/").await;
    assert_eq!(response.status().as_u16(), 400);
    let html = response.text().await.unwrap();
    assert_in(Lang::De, "/language?lang=xx", &html);
    assert!(
        html.contains("<h1>Die Anfrage konnte nicht gelesen werden</h1>"),
        "{html}"
    );
    // On a page with a session the picker is a form with its token; without it, refused.
    let login = app.get_html("/office/login").await;
    let token = csrf_token(&login);
    assert!(login.contains("<form class=\"language-picker\" action=\"/language\" method=\"post\">"));
    let refused = app
        .post("/language", &[("lang", "ja"), ("next", "/")])
        .await;
    assert_eq!(refused.status().as_u16(), 403);
    let accepted = app
        .post(
            "/language",
            &[
                ("csrf_token", token.as_str()),
                ("lang", "ja"),
                ("next", "/office/login"),
            ],
        )
        .await;
    assert_eq!(accepted.status().as_u16(), 303);
    assert!(app
        .get_html("/office/login")
        .await
        .contains("<h1>サインイン</h1>"));
}

fn saved_language(app: &TestApp, email: &str) -> Option<String> {
    customer_users::table
        .filter(customer_users::email.eq(email))
        .select(customer_users::language)
        .first(&mut *app.conn())
        .unwrap()
}

#[tokio::test]
async fn a_signed_in_users_choice_follows_them_to_another_browser() {
    let app = spawn_app().await;
    app.sign_in_as("office", "billing@contoso.example").await;
    assert_eq!(saved_language(&app, "billing@contoso.example"), None);
    let response = app
        .post_form(
            "/office/subscriptions",
            "/language",
            &[("lang", "de"), ("next", "/office/subscriptions")],
        )
        .await;
    assert_eq!(location(&response), "/office/subscriptions");
    assert_eq!(
        saved_language(&app, "billing@contoso.example").as_deref(),
        Some("de")
    );
    let html = app.get_html("/office/subscriptions").await;
    assert!(html.contains("<h1>Abonnements</h1>"), "{html}");

    // Another browser, whose own language is Japanese: after sign-in the account's German wins.
    let other = app.another_browser();
    let html = page_for(&other, "/office/login", "ja").await;
    assert_in(Lang::Ja, "/office/login", &html);
    other.sign_in_as("office", "billing@contoso.example").await;
    let html = page_for(&other, "/office", "ja").await;
    assert_in(Lang::De, "/office", &html);

    // A language picked on the sign-in page is kept on the account at sign-in.
    let third = app.another_browser();
    third.get("/language?lang=fr&next=/office/login").await;
    third.sign_in_as("office", "billing@contoso.example").await;
    assert_eq!(
        saved_language(&app, "billing@contoso.example").as_deref(),
        Some("fr")
    );

    // Signing out keeps the browser's language.
    let fresh = app.another_browser();
    fresh.get("/language?lang=ja&next=/").await;
    fresh
        .sign_in_as("partner", "partner@northwind.example")
        .await;
    let sign_out = fresh.post_form("/partner", "/partner/logout", &[]).await;
    assert_eq!(sign_out.status().as_u16(), 303);
    assert!(fresh
        .get_html("/partner/login?signed_out=1")
        .await
        .contains("サインアウトしました。"));
}

/// A refusal is shown in answer to a form; the picker there returns to the page the form was on,
/// not to the form's address (which only takes a POST).
#[tokio::test]
async fn after_a_refused_form_the_picker_returns_to_the_page_the_form_was_on() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let check = format!("/office/subscriptions/{e3}/check?mpn_id=7654321");
    let page = app.get_html(&check).await;
    let token = csrf_token(&page);
    let refused = app
        .client
        .post(app.url(&format!("/office/subscriptions/{e3}/partner")))
        .header("Referer", app.url(&check))
        .form(&[
            ("csrf_token", token.as_str()),
            ("mpn_id", "2345678"),
            ("expected_partner", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status().as_u16(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains(&format!(
            "<input type=\"hidden\" name=\"next\" value=\"{check}\">"
        )),
        "{html}"
    );
}
