//! History, notifications and the CSV export.

use diesel::prelude::*;
use dpor_portal::db::schema::tenants;

use crate::helpers::{spawn_app, text_of};

use super::*;

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

#[tokio::test]
async fn the_csv_export_never_starts_a_cell_with_a_formula() {
    let app = spawn_app().await;
    let formula = "=HYPERLINK(\"http://evil.example\",\"Contoso\")";
    diesel::update(tenants::table.filter(tenants::name.eq("Contoso")))
        .set(tenants::name.eq(formula))
        .execute(&mut *app.conn())
        .unwrap();
    app.sign_in_as("partner", "partner@northwind.example").await;
    let body = app.get("/partner/export.csv").await.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&records[0][1], format!("'{formula}"));
    for record in &records {
        for cell in record {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
        }
    }
}
