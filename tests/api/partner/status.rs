//! The association status page: the legacy association, eligibility month by month, a global
//! ID's locations, the filters; and customers kept out.

use crate::helpers::{location, spawn_app, text_of};

use super::*;

#[tokio::test]
async fn northwind_sees_its_legacy_association_as_not_eligible_with_the_osa_reason() {
    let app = spawn_app().await;
    app.sign_in_as("partner", "partner@northwind.example").await;
    let html = app.get_html("/partner").await;
    assert!(html.contains("<h1>Northwind Traders</h1>"));
    assert!(html.contains("1234567 (location ID)"));
    assert!(html.contains("Enrolled since 2015-06-01"));
    let row = row_of(&html, "Exchange Online Plan 1");
    assert!(row.contains("Contoso contoso.onmicrosoft.com"), "{row}");
    assert!(
        row.contains("2015-03-01 OSA form (legacy) Partner of record Not eligible"),
        "{row}"
    );
    assert!(row.contains("Associated only through the OSA form; the customer must add you as Digital Partner of Record"), "{row}");

    // Every month shown is from 2016 on: none counts.
    let exchange = app.subscription_id("Contoso", "Exchange Online Plan 1");
    let detail = app
        .get_html(&format!(
            "/partner/associations/{}",
            association_id(&app, exchange)
        ))
        .await;
    let months = text_of(&detail, "table.months tbody").unwrap();
    assert_eq!(
        months
            .matches("Not eligible Associated only through the OSA form")
            .count(),
        12,
        "{months}"
    );
}

#[tokio::test]
async fn once_contoso_adds_northwind_the_association_is_eligible_in_months_with_usage() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    app.check_and_ok("office", e3, "1234567").await;

    let partner = app.another_browser();
    partner
        .sign_in_as("partner", "partner@northwind.example")
        .await;
    let html = partner.get_html("/partner").await;
    let row = row_of(&html, "Office 365 Enterprise E3");
    assert!(
        row.contains("Office 365 admin center Partner of record Eligible"),
        "{row}"
    );

    let detail = partner
        .get_html(&format!(
            "/partner/associations/{}",
            association_id(&app, e3)
        ))
        .await;
    // The chart: an image with a title and a description, one line per workload, a month mark each.
    assert!(detail.contains(
        "<svg viewBox=\"0 0 720 260\" role=\"img\" aria-labelledby=\"chart-title chart-desc\""
    ));
    assert!(detail.contains("<desc id=\"chart-desc\">Active users per workload over the last 12 months. Eligible in 1 of them."));
    assert_eq!(detail.matches("<polyline class=\"series").count(), 4);
    assert_eq!(detail.matches("<rect class=\"mark-").count(), 12);
    // The table: this month eligible (Northwind became partner of record today), earlier months not.
    let months = text_of(&detail, "table.months tbody").unwrap();
    let current = this_month().format("%B %Y").to_string();
    assert!(months.ends_with("Eligible"), "{months}");
    assert!(months.contains(&current));
    assert_eq!(
        months
            .matches("Not the partner of record that month")
            .count(),
        11,
        "{months}"
    );
    assert!(detail.contains("Active usage needed</dt><dd>13 active users"));
}

#[tokio::test]
async fn a_global_ids_users_see_their_locations_rows() {
    let app = spawn_app().await;
    app.sign_in_as("intune", "admin@contoso.example").await;
    let aadp = app.subscription_id("Contoso", "Azure Active Directory Premium");
    assert_eq!(
        app.check_and_ok("intune", aadp, "5000001")
            .await
            .status()
            .as_u16(),
        303
    );

    let partner = app.another_browser();
    partner
        .sign_in_as("partner", "partner@wideworld.example")
        .await;
    let html = partner.get_html("/partner").await;
    assert!(html.contains("5000000 (global ID)"));
    assert!(html.contains("5000001 Wide World Importers Seattle"));
    let row = row_of(&html, "Azure Active Directory Premium");
    assert!(row.contains("Intune account portal · 5000001"), "{row}");
    assert!(
        row.contains("No workload reached 5 active users (the most was 0)"),
        "{row}"
    );
    let id = association_id(&app, aadp);
    assert_eq!(
        partner
            .get(&format!("/partner/associations/{id}"))
            .await
            .status()
            .as_u16(),
        200
    );

    // Northwind's users cannot open it.
    let other = app.another_browser();
    other
        .sign_in_as("partner", "partner@northwind.example")
        .await;
    assert_eq!(
        other
            .get(&format!("/partner/associations/{id}"))
            .await
            .status()
            .as_u16(),
        404
    );
    assert!(!other
        .get_html("/partner")
        .await
        .contains("Azure Active Directory Premium"));
    assert_eq!(
        other
            .get("/partner/associations/999999")
            .await
            .status()
            .as_u16(),
        404
    );
}

#[tokio::test]
async fn adventure_works_is_eligible_on_fabrikam_and_the_filters_agree() {
    let app = spawn_app().await;
    app.sign_in_as("partner", "partner@adventure-works.example")
        .await;
    let html = app.get_html("/partner?status=eligible").await;
    assert!(row_of(&html, "Office 365 Enterprise E3").contains("Fabrikam"));
    let html = app.get_html("/partner?status=not-eligible").await;
    assert_eq!(rows(&html), 0);
    assert!(html.contains("No association matches this filter."));
    let html = app.get_html("/partner?status=ended").await;
    assert_eq!(rows(&html), 0);
    let html = app.get_html("/partner?q=FABRI").await;
    assert_eq!(rows(&html), 1, "the customer search ignores case");
    let html = app.get_html("/partner?q=contoso").await;
    assert_eq!(rows(&html), 0);
    // Characters with a meaning in SQL patterns are taken literally.
    assert_eq!(rows(&app.get_html("/partner?q=%25").await), 0);
    assert_eq!(rows(&app.get_html("/partner?q=_").await), 0);
}

#[tokio::test]
async fn customers_cannot_reach_partner_pages() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    for path in [
        "/partner",
        "/partner/history",
        "/partner/notifications",
        "/partner/export.csv",
        "/partner/associations/1",
    ] {
        assert_eq!(app.get(path).await.status().as_u16(), 403, "{path}");
    }
    let anonymous = app.another_browser();
    let response = anonymous.get("/partner/export.csv").await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(location(&response), "/partner/login");
}
