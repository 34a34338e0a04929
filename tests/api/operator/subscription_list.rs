//! Subscriptions: every tenant's subscriptions in one list, searched by product, tenant or domain.

use crate::helpers::{spawn_app, text_of, texts_of};

#[tokio::test]
async fn subscriptions_of_every_tenant_are_found_by_product_tenant_or_domain() {
    let app = spawn_app().await;
    app.sign_in_as("operator", "operator@dpor-portal.example")
        .await;
    let html = app.get_html("/operator/subscriptions").await;
    assert!(
        html.contains(r#"<a href="/operator/subscriptions" aria-current="page">Subscriptions</a>"#)
            || html.contains(">Subscriptions</a>"),
        "in the navigation"
    );
    let all = texts_of(&html, "table tbody th");
    assert_eq!(all.len() as i64, app.count("subscriptions").min(50));
    let tenants = texts_of(&html, "table tbody td:nth-child(2) a");
    let mut sorted = tenants.clone();
    sorted.sort();
    assert_eq!(tenants, sorted, "by tenant");

    let html = app.get_html("/operator/subscriptions?q=e3").await;
    let products = texts_of(&html, "table tbody th");
    assert!(!products.is_empty());
    assert!(products.iter().all(|p| p.contains("E3")), "{products:?}");

    let html = app.get_html("/operator/subscriptions?q=FABRIKAM").await;
    let tenants = texts_of(&html, "table tbody td:nth-child(2) a");
    assert!(!tenants.is_empty());
    assert!(
        tenants.iter().all(|t| t.contains("Fabrikam")),
        "{tenants:?}"
    );

    let html = app
        .get_html("/operator/subscriptions?q=contoso.onmicrosoft")
        .await;
    let tenants = texts_of(&html, "table tbody td:nth-child(2) a");
    assert!(!tenants.is_empty() && tenants.iter().all(|t| t.contains("Contoso")));

    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let html = app.get_html("/operator/subscriptions?q=Contoso").await;
    assert!(html.contains(&format!(r#"href="/operator/subscriptions/{e3}""#)));

    let html = app
        .get_html("/operator/subscriptions?q=no-such-product")
        .await;
    assert_eq!(
        text_of(&html, "p.empty").as_deref(),
        Some("No subscription matches this search.")
    );
}
