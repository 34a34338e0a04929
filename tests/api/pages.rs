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
