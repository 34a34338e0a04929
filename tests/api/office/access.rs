//! Who may change the partner of record, what another tenant or portal sees, and the form token.

use diesel::prelude::*;

use crate::helpers::spawn_app;

use super::*;

#[tokio::test]
async fn a_billing_admin_may_change_the_partner_of_record() {
    let app = spawn_app().await;
    app.sign_in_as("office", "billing@contoso.example").await;
    let e3 = app.subscription_id("Contoso", E3);
    assert_eq!(
        app.check_and_ok("office", e3, "1234567")
            .await
            .status()
            .as_u16(),
        303
    );
    assert!(open_partner(&app, e3).is_some());
}

#[tokio::test]
async fn a_user_who_is_not_an_admin_sees_the_partner_read_only() {
    let app = spawn_app().await;
    app.sign_in_as("office", "reader@contoso.example").await;
    let exchange = app.subscription_id("Contoso", "Exchange Online Plan 1");
    let html = app
        .get_html(&format!("/office/subscriptions/{exchange}"))
        .await;
    assert!(html.contains("Current partner of record: <strong>Northwind Traders</strong>"));
    assert!(html.contains(
        "Only a global admin or a billing admin of Contoso can change the partner of record."
    ));
    assert!(!html.contains("Check ID</button>"));
    assert!(!html.contains("name=\"mpn_id\""));

    // Going around the page does not help.
    assert_eq!(
        app.check_id("office", exchange, "7654321")
            .await
            .status()
            .as_u16(),
        403
    );
    let token = crate::helpers::csrf_token(&html);
    for action in ["partner", "partner/remove"] {
        let response = app
            .post(
                &format!("/office/subscriptions/{exchange}/{action}"),
                &[
                    ("csrf_token", token.as_str()),
                    ("mpn_id", "7654321"),
                    ("expected_partner", ""),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 403, "{action}");
    }
    let northwind: i32 = dpor_portal::db::schema::partners::table
        .filter(dpor_portal::db::schema::partners::mpn_id.eq("1234567"))
        .select(dpor_portal::db::schema::partners::id)
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(open_partner(&app, exchange), Some(northwind), "unchanged");
    assert!(recipients(&app).is_empty());
}

#[tokio::test]
async fn another_tenants_or_an_intune_managed_subscription_is_not_found() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@fabrikam.example").await;
    let contoso_e3 = app.subscription_id("Contoso", E3);
    let contoso_intune = app.subscription_id("Contoso", "Microsoft Intune");
    let fabrikam_intune = app.subscription_id("Fabrikam", "Microsoft Intune");
    for id in [contoso_e3, contoso_intune, fabrikam_intune, 999_999] {
        assert_eq!(
            app.get(&format!("/office/subscriptions/{id}"))
                .await
                .status()
                .as_u16(),
            404,
            "{id}"
        );
        assert_eq!(
            app.check_id("office", id, "1234567")
                .await
                .status()
                .as_u16(),
            404,
            "{id}"
        );
    }
    assert_eq!(
        app.get("/office/subscriptions/abc").await.status().as_u16(),
        404
    );
    // Nor can it be changed by posting directly.
    let token = crate::helpers::csrf_token(&app.get_html("/office/subscriptions").await);
    let response = app
        .post(
            &format!("/office/subscriptions/{contoso_e3}/partner"),
            &[
                ("csrf_token", token.as_str()),
                ("mpn_id", "1234567"),
                ("expected_partner", ""),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 404);
    assert_eq!(open_partner(&app, contoso_e3), None);
}

#[tokio::test]
async fn the_ok_forms_need_the_form_token() {
    let (app, e3) = contoso_admin().await;
    let response = app
        .post(
            &format!("/office/subscriptions/{e3}/partner"),
            &[("mpn_id", "1234567"), ("expected_partner", "")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);
    assert_eq!(open_partner(&app, e3), None);
}
