//! Tenants: listed and searched, made with New tenant, each with its page; every change in the
//! activity log; bad input refused next to its field.

use dpor_portal::db::models::Tenant;

use crate::helpers::{location, spawn_app, text_of, texts_of, TestApp};

async fn operator() -> TestApp {
    let app = spawn_app().await;
    app.sign_in_as("operator", "operator@dpor-portal.example")
        .await;
    app
}

fn tenant_names(html: &str) -> Vec<String> {
    texts_of(html, "table tbody th")
}

#[tokio::test]
async fn an_operator_creates_a_tenant_and_finds_it() {
    let app = operator().await;
    let html = app.get_html("/operator/tenants").await;
    assert_eq!(tenant_names(&html), ["Contoso", "Fabrikam"]);

    let created = app
        .post_form(
            "/operator/tenants/new",
            "/operator/tenants/new",
            &[
                ("name", " Tailwind Ltd "),
                ("domain", "Tailwind.OnMicrosoft.com"),
            ],
        )
        .await;
    assert_eq!(created.status().as_u16(), 303);
    let page = location(&created);
    let tailwind = Tenant::find_by_domain(&mut app.conn(), "tailwind.onmicrosoft.com")
        .unwrap()
        .expect("the tenant is there, its domain in lower case");
    assert_eq!(tailwind.name, "Tailwind Ltd");
    assert_eq!(page, format!("/operator/tenants/{}", tailwind.id));
    let html = app.get_html(&page).await;
    assert_eq!(text_of(&html, "h1").as_deref(), Some("Tailwind Ltd"));
    assert!(html.contains("Tenant Tailwind Ltd created."), "{html}");
    assert!(html.contains("No users yet.") && html.contains("No subscriptions yet."));

    let html = app.get_html("/operator/tenants").await;
    assert_eq!(tenant_names(&html), ["Contoso", "Fabrikam", "Tailwind Ltd"]);
    let html = app.get_html("/operator/tenants?q=TAIL").await;
    assert_eq!(tenant_names(&html), ["Tailwind Ltd"]);
    let html = app
        .get_html("/operator/tenants?q=fabrikam.onmicrosoft")
        .await;
    assert_eq!(tenant_names(&html), ["Fabrikam"]);
    let html = app.get_html("/operator/tenants?q=%25").await;
    assert!(
        tenant_names(&html).is_empty(),
        "% is a character, not a wildcard"
    );
    assert!(html.contains("No tenant matches this search."));

    let html = app.get_html("/operator/activity").await;
    let row = texts_of(&html, "table tbody tr").remove(0);
    for part in [
        "operator@dpor-portal.example",
        "Tenant created",
        "Tailwind Ltd (tailwind.onmicrosoft.com)",
    ] {
        assert!(row.contains(part), "{part} in {row}");
    }
}

#[tokio::test]
async fn a_tenants_page_shows_its_users_and_subscriptions() {
    let app = operator().await;
    let contoso = Tenant::find_by_domain(&mut app.conn(), "contoso.onmicrosoft.com")
        .unwrap()
        .unwrap();
    let html = app
        .get_html(&format!("/operator/tenants/{}", contoso.id))
        .await;
    let users = texts_of(&html, "section[aria-labelledby=users-heading] tbody tr");
    assert_eq!(users.len(), 3);
    assert!(users[0].contains("admin@contoso.example") && users[0].contains("Global admin"));
    let subscriptions = texts_of(
        &html,
        "section[aria-labelledby=subscriptions-heading] tbody tr",
    );
    assert_eq!(subscriptions.len(), 5);
    assert!(subscriptions
        .iter()
        .any(|s| s.contains("Exchange Online Plan 1") && s.contains("Northwind Traders")));
    assert!(subscriptions
        .iter()
        .any(|s| s.contains("Microsoft Intune") && s.contains("Microsoft Intune account portal")));
    assert_eq!(
        app.get("/operator/tenants/999999").await.status().as_u16(),
        404
    );
}

#[tokio::test]
async fn bad_tenants_are_refused_next_to_the_field_and_nothing_is_written() {
    let app = operator().await;
    let events_before = app.count("operator_events");
    for (name, domain, field, sentence) in [
        ("", "new.onmicrosoft.com", "#name-error", "Enter the organisation's name."),
        ("Bad\u{7}Name", "new.onmicrosoft.com", "#name-error", "A name cannot contain line breaks, tabs, other control characters or invisible formatting characters (such as a right-to-left override)."),
        ("Evil\u{202E}gpj.exe", "new.onmicrosoft.com", "#name-error", "A name cannot contain line breaks, tabs, other control characters or invisible formatting characters (such as a right-to-left override)."),
        ("New Org", "", "#domain-error", "Enter the tenant's domain, like tailwind.onmicrosoft.com."),
        ("New Org", "not a domain", "#domain-error", "A domain is names of letters, digits and hyphens joined by dots, like tailwind.onmicrosoft.com."),
        ("Contoso Again", "CONTOSO.onmicrosoft.com", "#domain-error", "A tenant with the domain contoso.onmicrosoft.com already exists. Each tenant has a domain of its own."),
    ] {
        let response = app
            .post_form(
                "/operator/tenants/new",
                "/operator/tenants/new",
                &[("name", name), ("domain", domain)],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422, "{name:?} {domain:?}");
        let html = response.text().await.unwrap();
        let shown = text_of(&html, field).unwrap_or_default();
        assert_eq!(shown.replace('\u{2019}', "'"), sentence, "{name:?} {domain:?}");
    }
    assert_eq!(app.count("tenants"), 2);
    assert_eq!(app.count("operator_events"), events_before);
}
