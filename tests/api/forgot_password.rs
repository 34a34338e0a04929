//! "Forgot your password?" on the four sign-in pages: the same answer for any address, a link by
//! email only to an account that signs in there, at most three an hour, and a spent link that
//! offers a new one.

use diesel::prelude::*;
use dpor_portal::db::models::CustomerUser;
use dpor_portal::db::schema::outbox;

use crate::helpers::{location, spawn_app, spawn_app_with, text_of, TestApp, DEMO_PASSWORD};

/// The emails in the outbox to `recipient`: (subject, text body).
fn emails_to(app: &TestApp, recipient: &str) -> Vec<(String, String)> {
    outbox::table
        .filter(outbox::recipient.eq(recipient))
        .order(outbox::id)
        .select((outbox::subject, outbox::body_text))
        .load(&mut *app.conn())
        .unwrap()
}

async fn ask(app: &TestApp, portal: &str, email: &str) -> reqwest::Response {
    let page = format!("/{portal}/forgot-password");
    app.post_form(&page, &page, &[("email", email)]).await
}

fn link_in(body: &str) -> String {
    let at = body
        .find("http://portal.example/password/")
        .expect("a link");
    body[at + "http://portal.example".len()..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect()
}

#[tokio::test]
async fn every_sign_in_page_offers_it() {
    let app = spawn_app().await;
    for portal in ["office", "intune", "partner", "operator"] {
        let html = app.get_html(&format!("/{portal}/login")).await;
        let link = format!("<a href=\"/{portal}/forgot-password\">Forgot your password?</a>");
        assert!(html.contains(&link), "{portal}: {html}");
        let html = app.get_html(&format!("/{portal}/forgot-password")).await;
        assert_eq!(
            text_of(&html, "h1").as_deref(),
            Some("Forgot your password?")
        );
        assert!(html.contains(">Send link</button>"), "{portal}");
    }
}

#[tokio::test]
async fn any_address_gets_the_same_answer_and_only_an_account_gets_a_link() {
    let app = spawn_app().await;
    let known = ask(&app, "office", "Admin@Contoso.example").await;
    let unknown = ask(&app, "office", "nobody@contoso.example").await;
    // A partner's address at a customer portal: no account there.
    let elsewhere = ask(&app, "office", "partner@northwind.example").await;
    for response in [&known, &unknown, &elsewhere] {
        assert_eq!(response.status().as_u16(), 303);
        assert_eq!(location(response), "/office/forgot-password");
    }
    let html = app.get_html("/office/forgot-password").await;
    assert!(html.contains(
        "If an account here uses this address, a link to set a new password is on its way to it."
    ));
    assert!(emails_to(&app, "nobody@contoso.example").is_empty());
    assert!(emails_to(&app, "partner@northwind.example").is_empty());
    let emails = emails_to(&app, "admin@contoso.example");
    assert_eq!(emails.len(), 1);
    let (subject, body) = &emails[0];
    assert_eq!(
        subject,
        "A new password for the Office 365 admin center and Microsoft Intune account portal"
    );
    assert!(
        body.contains("Hello Megan Bowen,") && body.contains("If it was not, ignore this email")
    );

    // The old password works until the new one is set; then only the new one does.
    let link = link_in(body);
    let password = "a new password for Megan";
    let set = app
        .post_form(
            &link,
            &link,
            &[("password", password), ("confirm", password)],
        )
        .await;
    assert_eq!(location(&set), "/office/login?password_set=1");
    let old = app
        .sign_in("office", "admin@contoso.example", DEMO_PASSWORD)
        .await;
    assert_eq!(old.status().as_u16(), 401);
    let new = app
        .sign_in("office", "admin@contoso.example", password)
        .await;
    assert_eq!(location(&new), "/office");

    // Partners and operators ask at their own sign-in.
    ask(&app, "partner", "partner@northwind.example").await;
    assert_eq!(emails_to(&app, "partner@northwind.example").len(), 1);
    ask(&app, "operator", "operator@dpor-portal.example").await;
    assert_eq!(emails_to(&app, "operator@dpor-portal.example").len(), 1);
}

#[tokio::test]
async fn an_account_gets_at_most_three_links_an_hour_and_a_deactivated_one_none() {
    let app = spawn_app_with(|c| c.rate_limits.sign_in_per_minute = 100).await;
    for _ in 0..5 {
        assert_eq!(
            ask(&app, "intune", "billing@contoso.example")
                .await
                .status()
                .as_u16(),
            303
        );
    }
    assert_eq!(emails_to(&app, "billing@contoso.example").len(), 3);

    let reader = CustomerUser::find_by_email(&mut app.conn(), "reader@contoso.example")
        .unwrap()
        .unwrap();
    CustomerUser::deactivate(&mut app.conn(), reader.id).unwrap();
    ask(&app, "office", "reader@contoso.example").await;
    assert!(emails_to(&app, "reader@contoso.example").is_empty());

    let malformed = ask(&app, "office", "not an address").await;
    assert_eq!(malformed.status().as_u16(), 422);
    let html = malformed.text().await.unwrap();
    assert_eq!(
        text_of(&html, "#email-error").as_deref(),
        Some("Enter an email address like name@contoso.com.")
    );
}

#[tokio::test]
async fn asking_is_rate_limited_per_client() {
    let app = spawn_app_with(|c| c.rate_limits.sign_in_per_minute = 3).await;
    let statuses: Vec<u16> = {
        let mut statuses = Vec::new();
        for i in 0..5 {
            let email = format!("someone{i}@contoso.example");
            statuses.push(ask(&app, "partner", &email).await.status().as_u16());
        }
        statuses
    };
    assert_eq!(statuses, [303, 303, 303, 429, 429]);
}

#[tokio::test]
async fn a_spent_link_offers_a_new_one_where_its_account_signs_in() {
    let app = spawn_app().await;
    ask(&app, "partner", "partner@adventure-works.example").await;
    let (_, body) = emails_to(&app, "partner@adventure-works.example").remove(0);
    let link = link_in(&body);
    let password = "adventure works passphrase";
    app.post_form(
        &link,
        &link,
        &[("password", password), ("confirm", password)],
    )
    .await;
    let spent = app.get(&link).await;
    assert_eq!(spent.status().as_u16(), 410);
    let html = spent.text().await.unwrap();
    assert!(
        html.contains(
            "<a class=\"button primary\" href=\"/partner/forgot-password\">Send me a new link</a>"
        ),
        "{html}"
    );
}
