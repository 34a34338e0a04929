//! A tenant's users: added with an invitation that arrives through the outbox, the invited admin
//! setting a password and signing in; refusals; another role; deactivation.

use diesel::prelude::*;
use dpor_portal::db::models::{CustomerUser, Tenant};
use dpor_portal::db::schema::outbox;
use dpor_portal::domain::Role;

use crate::helpers::{location, spawn_app, text_of, texts_of, TestApp, DEMO_PASSWORD};

async fn operator() -> TestApp {
    let app = spawn_app().await;
    app.sign_in_as("operator", "operator@dpor-portal.example")
        .await;
    app
}

fn tenant_id(app: &TestApp, domain: &str) -> i32 {
    Tenant::find_by_domain(&mut app.conn(), domain)
        .unwrap()
        .unwrap()
        .id
}

async fn add_user(app: &TestApp, tenant: i32, fields: &[(&str, &str)]) -> reqwest::Response {
    let form = format!("/operator/tenants/{tenant}/users/new");
    app.post_form(&form, &form, fields).await
}

#[tokio::test]
async fn an_invited_global_admin_sets_a_password_and_signs_in_to_the_office_portal() {
    let app = operator().await;
    let created = app
        .post_form(
            "/operator/tenants/new",
            "/operator/tenants/new",
            &[
                ("name", "Tailwind Ltd"),
                ("domain", "tailwind.onmicrosoft.com"),
            ],
        )
        .await;
    let tenant_page = location(&created);
    let tailwind = tenant_id(&app, "tailwind.onmicrosoft.com");
    let added = add_user(
        &app,
        tailwind,
        &[
            ("name", "Tailwind Admin"),
            ("email", "Admin@Tailwind.example"),
            ("role", "global_admin"),
        ],
    )
    .await;
    assert_eq!(added.status().as_u16(), 303);
    assert_eq!(location(&added), tenant_page);
    let html = app.get_html(&tenant_page).await;
    assert!(html.contains(
        "Tailwind Admin was added, and an invitation was sent to admin@tailwind.example."
    ));
    let row = texts_of(&html, "section[aria-labelledby=users-heading] tbody tr").remove(0);
    assert!(row.contains("admin@tailwind.example") && row.contains("Invited, no password yet"));

    // The invitation is in the outbox, written with the user.
    let (recipient, subject, body): (String, String, String) = outbox::table
        .order(outbox::id.desc())
        .select((outbox::recipient, outbox::subject, outbox::body_text))
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(recipient, "admin@tailwind.example");
    assert_eq!(
        subject,
        "Your access to the Office 365 admin center and Microsoft Intune account portal"
    );
    assert!(body.contains("Hello Tailwind Admin,") && body.contains("for Tailwind Ltd."));
    let at = body
        .find("http://portal.example/password/")
        .expect("a link");
    let link: String = body[at + "http://portal.example".len()..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();

    let admin = app.another_browser();
    let password = "tailwind admin passphrase";
    let early = admin
        .sign_in("office", "admin@tailwind.example", password)
        .await;
    assert_eq!(early.status().as_u16(), 401, "no password before the link");
    let set = admin
        .post_form(
            &link,
            &link,
            &[("password", password), ("confirm", password)],
        )
        .await;
    assert_eq!(location(&set), "/office/login?password_set=1");
    let signed_in = admin
        .sign_in("office", "admin@tailwind.example", password)
        .await;
    assert_eq!(location(&signed_in), "/office");
    let html = admin.get_html("/office/subscriptions").await;
    assert!(html.contains("Tailwind Ltd"), "{html}");
    let html = app.get_html(&tenant_page).await;
    let row = texts_of(&html, "section[aria-labelledby=users-heading] tbody tr").remove(0);
    assert!(row.contains("Active"), "{row}");

    let html = app.get_html("/operator/activity").await;
    let row = texts_of(&html, "table tbody tr").remove(0);
    for part in [
        "User added and invited",
        "Tailwind Admin <admin@tailwind.example>, Tailwind Ltd (tailwind.onmicrosoft.com)",
        "→ Global admin",
    ] {
        assert!(row.contains(part), "{part} in {row}");
    }
}

#[tokio::test]
async fn bad_users_are_refused_next_to_the_field_and_nothing_is_written() {
    let app = operator().await;
    let contoso = tenant_id(&app, "contoso.onmicrosoft.com");
    let (users, emails, events) = (
        app.count("customer_users"),
        app.count("outbox"),
        app.count("operator_events"),
    );
    for (name, email, field, sentence) in [
        (
            "",
            "new@contoso.example",
            "#name-error",
            "Enter the person's name.",
        ),
        (
            "New Person",
            "not-an-address",
            "#email-error",
            "Enter an email address like name@contoso.com.",
        ),
        (
            "Megan Again",
            "ADMIN@contoso.example",
            "#email-error",
            "A user already signs in with admin@contoso.example.",
        ),
    ] {
        let response = add_user(
            &app,
            contoso,
            &[("name", name), ("email", email), ("role", "user")],
        )
        .await;
        assert_eq!(response.status().as_u16(), 422, "{name:?} {email:?}");
        let html = response.text().await.unwrap();
        assert_eq!(
            text_of(&html, field).as_deref(),
            Some(sentence),
            "{name:?} {email:?}"
        );
    }
    let bad_role = add_user(
        &app,
        contoso,
        &[
            ("name", "Someone"),
            ("email", "someone@contoso.example"),
            ("role", "owner"),
        ],
    )
    .await;
    assert_eq!(bad_role.status().as_u16(), 400);
    let form = "/operator/tenants/999999/users/new";
    assert_eq!(app.get(form).await.status().as_u16(), 404);
    assert_eq!(
        (
            app.count("customer_users"),
            app.count("outbox"),
            app.count("operator_events")
        ),
        (users, emails, events)
    );
}

#[tokio::test]
async fn another_role_and_deactivation_take_effect_at_once() {
    let app = operator().await;
    let contoso = tenant_id(&app, "contoso.onmicrosoft.com");
    let reader = CustomerUser::find_by_email(&mut app.conn(), "reader@contoso.example")
        .unwrap()
        .unwrap();
    let reader_browser = app.another_browser();
    reader_browser
        .sign_in_as("office", "reader@contoso.example")
        .await;

    let tenant_page = format!("/operator/tenants/{contoso}");
    let role = format!("{tenant_page}/users/{}/role", reader.id);
    let saved = app
        .post_form(&tenant_page, &role, &[("role", "billing_admin")])
        .await;
    assert_eq!(location(&saved), tenant_page);
    assert!(app
        .get_html(&tenant_page)
        .await
        .contains("Role saved: Billing admin."));
    let after = CustomerUser::find(&mut app.conn(), reader.id)
        .unwrap()
        .unwrap();
    assert_eq!(after.role, Role::BillingAdmin);
    let html = app.get_html("/operator/activity").await;
    let row = texts_of(&html, "table tbody tr").remove(0);
    assert!(
        row.contains("Role changed") && row.contains("User → Billing admin"),
        "{row}"
    );

    let deactivate = format!("{tenant_page}/users/{}/deactivate", reader.id);
    let done = app.post_form(&tenant_page, &deactivate, &[]).await;
    assert_eq!(location(&done), tenant_page);
    // Signed out at the next request, and no way back in; the history stays.
    let next = reader_browser.get("/office/subscriptions").await;
    assert_eq!(location(&next), "/office/login");
    let again = reader_browser
        .sign_in("office", "reader@contoso.example", DEMO_PASSWORD)
        .await;
    assert_eq!(again.status().as_u16(), 401);
    let html = app.get_html(&tenant_page).await;
    let row = texts_of(&html, "section[aria-labelledby=users-heading] tbody tr")
        .into_iter()
        .find(|r| r.contains("reader@contoso.example"))
        .unwrap();
    assert!(row.contains("Deactivated"), "{row}");
    assert_eq!(
        app.count("customer_users"),
        4,
        "a deactivated user keeps their row"
    );

    // Another tenant's user cannot be reached through this one.
    let fabrikam = tenant_id(&app, "fabrikam.onmicrosoft.com");
    let wrong = format!(
        "/operator/tenants/{fabrikam}/users/{}/deactivate",
        reader.id
    );
    let token = crate::helpers::csrf_token(&app.get_html(&tenant_page).await);
    let refused = app.post(&wrong, &[("csrf_token", token.as_str())]).await;
    assert_eq!(refused.status().as_u16(), 404);
}
