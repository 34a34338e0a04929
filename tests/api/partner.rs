//! The partner's association status pages, eligibility, history, notifications and the export.

use chrono::Datelike;
use diesel::prelude::*;
use dpor_portal::db::models::{
    Association, NewAssociation, NewPartner, NewSubscription, Partner, Subscription, Tenant,
    WorkloadUsage,
};
use dpor_portal::db::schema::{associations, tenants};
use dpor_portal::db::{now, DbConnection};
use dpor_portal::domain::{
    Billing, Channel, PartnerKind, PartnerStatus, Portal, SubscriptionStatus,
};

use crate::helpers::{location, spawn_app, text_of, texts_of, TestApp};

fn this_month() -> chrono::NaiveDate {
    let today = chrono::Utc::now().date_naive();
    chrono::NaiveDate::from_ymd_opt(today.year(), today.month(), 1).unwrap()
}

const ROWS: &str = "table.associations tbody tr";

/// The text of the associations table's row that links to a product, or panics.
fn row_of(html: &str, product: &str) -> String {
    texts_of(html, ROWS)
        .into_iter()
        .find(|text| text.contains(product))
        .unwrap_or_else(|| panic!("no row for {product} in the table"))
}

fn tables_text(html: &str) -> Vec<String> {
    texts_of(html, "table")
}

fn rows(html: &str) -> usize {
    texts_of(html, ROWS).len()
}

fn association_id(app: &TestApp, subscription_id: i32) -> i32 {
    associations::table
        .filter(associations::subscription_id.eq(subscription_id))
        .order(associations::id.desc())
        .select(associations::id)
        .first(&mut *app.conn())
        .unwrap()
}

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
async fn history_and_notifications_show_every_change_and_email() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    app.check_and_ok("office", e3, "1234567").await;
    app.check_and_ok("office", e3, "7654321").await;

    let partner = app.another_browser();
    partner
        .sign_in_as("partner", "partner@northwind.example")
        .await;
    let history = partner.get_html("/partner/history").await;
    let tables = tables_text(&history);
    assert_eq!(tables.len(), 2, "ended associations, then changes");
    assert!(
        tables[0].contains("Contoso Office 365 Enterprise E3"),
        "{}",
        tables[0]
    );
    let changes = &tables[1];
    assert!(changes.contains("Contoso Office 365 Enterprise E3 Replaced by another partner 1234567 admin@contoso.example"), "{changes}");
    assert!(changes.contains("Contoso Office 365 Enterprise E3 Added as partner of record 1234567 admin@contoso.example Office 365 admin center"), "{changes}");
    assert!(changes.contains("Contoso Exchange Online Plan 1 Added as partner of record 1234567 not recorded OSA form (legacy)"), "the legacy association's event too: {changes}");

    let notifications = partner.get_html("/partner/notifications").await;
    let table = text_of(&notifications, "table tbody").unwrap();
    assert!(
        table.contains(
            "Contoso removed you as Digital Partner of Record for Office 365 Enterprise E3"
        ),
        "{table}"
    );
    assert!(
        table.contains(
            "Contoso made you the Digital Partner of Record for Office 365 Enterprise E3"
        ),
        "{table}"
    );
    assert!(
        !table.contains("Adventure Works"),
        "another partner's emails are not shown"
    );
}

#[tokio::test]
async fn the_csv_export_round_trips_names_with_commas_and_quotes() {
    let app = spawn_app().await;
    let awkward = "Contoso, \"The Best\" Ltd";
    diesel::update(tenants::table.filter(tenants::name.eq("Contoso")))
        .set(tenants::name.eq(awkward))
        .execute(&mut *app.conn())
        .unwrap();
    app.sign_in_as("partner", "partner@northwind.example").await;
    let response = app.get("/partner/export.csv").await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    assert!(response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("attachment"));
    let body = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[1], "Customer");
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 1);
    assert_eq!(&records[0][0], "1234567");
    assert_eq!(&records[0][1], awkward);
    assert_eq!(&records[0][3], "Exchange Online Plan 1");
    assert_eq!(&records[0][10], "not eligible");
    assert!(records[0][11].starts_with("Associated only through the OSA form"));
}

/// A partner with many associations of every kind, made straight in the database.
fn many_associations(conn: &mut DbConnection, count: usize) -> i32 {
    let tenant = Tenant::create(conn, "Bulk Customer", "bulk.onmicrosoft.com").unwrap();
    let partner = Partner::create(
        conn,
        NewPartner {
            mpn_id: "7000001",
            name: "Bulk Partner",
            kind: PartnerKind::Location,
            parent_id: None,
            country: "United States",
            contact_email: "bulk@partners.example",
            osu_enrolled_since: chrono::NaiveDate::from_ymd_opt(2015, 1, 1),
            status: PartnerStatus::Active,
            created_at: now(),
        },
    )
    .unwrap();
    for i in 0..count {
        let subscription = Subscription::create(
            conn,
            NewSubscription {
                tenant_id: tenant,
                product: &format!("Product {i:03}"),
                portal: Portal::Office,
                seats: 100,
                billing: if i % 7 == 0 {
                    Billing::Trial
                } else {
                    Billing::Paid
                },
                status: SubscriptionStatus::Active,
                agreement: "EA",
                created_at: now(),
            },
        )
        .unwrap();
        let ended = i % 5 == 0;
        Association::create(
            conn,
            NewAssociation {
                subscription_id: subscription,
                partner_id: partner,
                channel: if i % 11 == 0 {
                    Channel::OsaForm
                } else {
                    Channel::OfficePortal
                },
                started_at: now(),
                started_by: None,
            },
        )
        .unwrap();
        if ended {
            diesel::update(
                associations::table.filter(associations::subscription_id.eq(subscription)),
            )
            .set(associations::ended_at.eq(Some(now())))
            .execute(conn)
            .unwrap();
        }
        // Usage around the threshold (5 of 100 seats): 0, 4, 5, 6 … users.
        WorkloadUsage::record(
            conn,
            subscription,
            "Exchange Online",
            this_month(),
            (i % 4) as i32 + 3 * (i % 3 == 0) as i32,
        )
        .unwrap();
    }
    partner
}

#[tokio::test]
async fn filters_computed_by_the_database_agree_with_each_rows_verdict() {
    let app = spawn_app().await;
    many_associations(&mut app.conn(), 120);
    diesel::insert_into(dpor_portal::db::schema::partner_users::table)
        .values(&dpor_portal::db::models::NewPartnerUser {
            partner_id: Partner::find_by_mpn_id(&mut app.conn(), "7000001")
                .unwrap()
                .unwrap()
                .id,
            email: "bulk@partners.example",
            display_name: "Bulk",
            password_hash: &dpor_portal::domain::password::hash("demo-password").unwrap(),
            created_at: now(),
        })
        .execute(&mut *app.conn())
        .unwrap();
    app.sign_in_as("partner", "bulk@partners.example").await;

    let collect = |html: &str| texts_of(html, ROWS);
    let mut all = Vec::new();
    for page in 1..=3 {
        let html = app
            .get_html(&format!(
                "/partner?status=all&sort=product&dir=asc&page={page}"
            ))
            .await;
        let found = collect(&html);
        assert_eq!(found.len(), [50, 50, 20][page - 1], "page {page}");
        assert_eq!(html.contains("rel=\"next\""), page < 3);
        assert_eq!(html.contains("rel=\"prev\""), page > 1);
        all.extend(found);
    }
    let open: Vec<&String> = all.iter().filter(|r| !r.contains("Ended")).collect();
    let eligible_by_row = open
        .iter()
        .filter(|r| !r.contains("Not eligible") && r.ends_with("Eligible"))
        .count();
    let mut eligible_by_filter = 0;
    let mut not_eligible_by_filter = 0;
    for page in 1..=3 {
        eligible_by_filter += collect(
            &app.get_html(&format!("/partner?status=eligible&page={page}"))
                .await,
        )
        .len();
        not_eligible_by_filter += collect(
            &app.get_html(&format!("/partner?status=not-eligible&page={page}"))
                .await,
        )
        .len();
    }
    let ended = collect(&app.get_html("/partner?status=ended").await);
    assert_eq!(ended.len(), 24);
    assert!(
        eligible_by_row > 10 && eligible_by_row < open.len(),
        "a mix: {eligible_by_row} of {}",
        open.len()
    );
    assert_eq!(eligible_by_filter, eligible_by_row);
    assert_eq!(not_eligible_by_filter, open.len() - eligible_by_row);
    for row in collect(&app.get_html("/partner?status=eligible&page=1").await) {
        assert!(
            row.ends_with("Eligible") && !row.contains("Not eligible"),
            "{row}"
        );
    }
    for row in collect(&app.get_html("/partner?status=not-eligible&page=1").await) {
        assert!(row.contains("Not eligible"), "{row}");
    }
    // Sorting by product, both ways.
    let first_asc = collect(&app.get_html("/partner?sort=product&dir=asc").await)[0].clone();
    let first_desc = collect(&app.get_html("/partner?sort=product&dir=desc").await)[0].clone();
    assert!(first_asc.contains("Product 000"), "{first_asc}");
    assert!(first_desc.contains("Product 119"), "{first_desc}");
    // Nonsense parameters fall back to the defaults instead of failing.
    assert_eq!(
        app.get("/partner?status=bogus&sort=%00&dir=up&page=0")
            .await
            .status()
            .as_u16(),
        200
    );
    assert_eq!(app.get("/partner?page=abc").await.status().as_u16(), 400);
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
