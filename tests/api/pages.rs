use crate::helpers::spawn_app;

#[tokio::test]
async fn healthz_answers_when_the_database_does() {
    let app = spawn_app().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.text().await.unwrap(), "ok");
}

#[tokio::test]
async fn the_landing_page_links_the_three_portals() {
    let app = spawn_app().await;
    let html = app.get_html("/").await;
    for link in ["/office/login", "/intune/login", "/partner/login"] {
        assert!(html.contains(&format!("href=\"{link}\"")), "{link}");
    }
    assert!(html.contains("Digital Partner of Record"));
}

#[tokio::test]
async fn an_unknown_address_gets_the_404_page() {
    let app = spawn_app().await;
    let response = app.get("/no/such/page").await;
    assert_eq!(response.status().as_u16(), 404);
    assert!(response.text().await.unwrap().contains("Page not found"));
}

#[tokio::test]
async fn the_stylesheet_is_served_from_the_binary() {
    let app = spawn_app().await;
    let response = app.get("/static/portal.css").await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/css; charset=utf-8"
    );
    assert!(response.text().await.unwrap().contains(".area-office"));
    assert_eq!(
        app.get("/static/../Cargo.toml").await.status().as_u16(),
        404
    );
    assert_eq!(app.get("/static/missing.css").await.status().as_u16(), 404);
}

#[tokio::test]
async fn a_get_to_a_form_only_address_is_refused() {
    let app = spawn_app().await;
    let response = app.get("/office/logout").await;
    assert_eq!(response.status().as_u16(), 405);
}

#[tokio::test]
async fn each_portal_has_a_help_page_linked_from_the_partner_of_record_section() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let details = app.get_html(&format!("/office/subscriptions/{e3}")).await;
    assert!(details.contains("<a href=\"/office/help\">How naming a partner of record works</a>"));
    let help = app.get_html("/office/help").await;
    assert!(help.contains("<h1>Naming your partner of record</h1>"));
    assert!(help.contains("select <strong>Check ID</strong>"));
    assert!(help.contains("aria-current=\"page\">Help</a>"));

    let aadp = app.subscription_id("Contoso", "Azure Active Directory Premium");
    let details = app.get_html(&format!("/intune/subscriptions/{aadp}")).await;
    assert!(details.contains("<a href=\"/intune/help\">How naming a partner of record works</a>"));
    let help = app.get_html("/intune/help").await;
    assert!(help.contains("<a href=\"/intune/subscriptions\">Manage details</a>"));

    app.sign_in_as("partner", "partner@northwind.example").await;
    let help = app.get_html("/partner/help").await;
    assert!(
        help.contains("Being a customer&#39;s Digital Partner of Record")
            || help.contains("Being a customer's Digital Partner of Record")
    );
    assert!(help.contains("January 2016"));
    // Help is inside each portal: the other kind of user is turned away as anywhere else.
    assert_eq!(app.get("/office/help").await.status().as_u16(), 403);
}
