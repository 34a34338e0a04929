//! The Subscriptions list and a subscription's details page.

use crate::helpers::text_of;

use super::*;

#[tokio::test]
async fn subscriptions_lists_the_tenants_office_subscriptions_with_their_partner() {
    let (app, _) = contoso_admin().await;
    let html = app.get_html("/office/subscriptions").await;
    assert!(html.contains("<th scope=\"col\">Partner of record</th>"));
    for product in [E3, "Exchange Online Plan 1", "Office 365 Enterprise E1"] {
        assert!(html.contains(&format!(">{product}</a>")), "{product}");
    }
    // Intune-managed subscriptions and other tenants' are not here.
    assert!(!html.contains("Microsoft Intune</a>"));
    assert!(!html.contains("Azure Active Directory Premium"));
    assert_eq!(
        html.matches("<tr>").count(),
        4,
        "a header row and three subscriptions"
    );
    let exchange = app.subscription_id("Contoso", "Exchange Online Plan 1");
    let row = text_of(
        &html,
        &format!("tr:has(a[href=\"/office/subscriptions/{exchange}\"])"),
    )
    .unwrap();
    assert!(row.contains("Northwind Traders (1234567)"), "{row}");
    let e3 = app.subscription_id("Contoso", E3);
    let row = text_of(
        &html,
        &format!("tr:has(a[href=\"/office/subscriptions/{e3}\"])"),
    )
    .unwrap();
    assert!(row.ends_with("None"), "{row}");
    let e1 = app.subscription_id("Contoso", "Office 365 Enterprise E1");
    let row = text_of(
        &html,
        &format!("tr:has(a[href=\"/office/subscriptions/{e1}\"])"),
    )
    .unwrap();
    assert!(row.contains("Trial"), "{row}");
}

#[tokio::test]
async fn the_details_page_has_the_mpn_id_field_and_check_id() {
    let (app, e3) = contoso_admin().await;
    let html = app.get_html(&format!("/office/subscriptions/{e3}")).await;
    assert!(html.contains("<h2 id=\"por-heading\">Partner of record</h2>"));
    assert!(html.contains("<label for=\"mpn_id\">MPN ID</label>"));
    assert!(html.contains(">Check ID</button>"));
    assert!(html.contains("This subscription has no partner of record."));
    // Prefilled with the current partner where there is one.
    let exchange = app.subscription_id("Contoso", "Exchange Online Plan 1");
    let html = app
        .get_html(&format!("/office/subscriptions/{exchange}"))
        .await;
    assert!(html.contains("name=\"mpn_id\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" maxlength=\"64\" value=\"1234567\""));
    assert!(html.contains("through the OSA form (legacy)"));
}
