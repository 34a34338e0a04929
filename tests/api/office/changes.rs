//! Adding, removing and replacing the partner of record, and naming the same one again: each
//! change, its event and its emails.

use diesel::prelude::*;
use dpor_portal::db::schema::associations;

use crate::helpers::{location, text_of};

use super::*;

#[tokio::test]
async fn a_global_admin_adds_northwind_and_the_partner_is_told() {
    let (app, e3) = contoso_admin().await;
    let check = app.check_id("office", e3, " 1234567 ").await;
    assert_eq!(check.status().as_u16(), 200);
    let html = check.text().await.unwrap();
    let found = text_of(&html, ".found").unwrap();
    assert!(found.contains("Partner found Northwind Traders"), "{found}");
    assert!(
        found.contains("Enrolled in the Online Services Usage program since 2015-06-01."),
        "{found}"
    );
    assert!(html.contains(">OK</button>") && html.contains(">Cancel</a>"));
    assert_eq!(open_partner(&app, e3), None, "Check ID saves nothing");

    let ok = app
        .submit(&html, &format!("/office/subscriptions/{e3}/partner"))
        .await;
    assert_eq!(ok.status().as_u16(), 303);
    assert_eq!(location(&ok), format!("/office/subscriptions/{e3}"));
    let details = app.get_html(&location(&ok)).await;
    assert!(details
        .contains("Northwind Traders is now the partner of record for Office 365 Enterprise E3."));
    let list = app.get_html("/office/subscriptions").await;
    let row = text_of(
        &list,
        &format!("tr:has(a[href=\"/office/subscriptions/{e3}\"])"),
    )
    .unwrap();
    assert!(row.contains("Northwind Traders (1234567)"), "{row}");
    let history = text_of(&details, ".history tbody").unwrap();
    assert!(history.contains("admin@contoso.example Added None → Northwind Traders (1234567) Office 365 admin center"), "{history}");

    assert_eq!(events_of(&app, e3), ["added"]);
    let mails = recipients(&app);
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].0, "partner@northwind.example");
    assert!(mails[0]
        .1
        .contains("Contoso made you the Digital Partner of Record for Office 365 Enterprise E3"));
}

#[tokio::test]
async fn emptying_the_field_and_ok_removes_the_partner() {
    let (app, e3) = contoso_admin().await;
    assert_eq!(
        app.check_and_ok("office", e3, "1234567")
            .await
            .status()
            .as_u16(),
        303
    );

    let check = app.check_id("office", e3, "").await;
    assert_eq!(check.status().as_u16(), 200);
    let html = check.text().await.unwrap();
    assert!(html.contains("Remove Northwind Traders as partner of record?"));
    let ok = app
        .submit(&html, &format!("/office/subscriptions/{e3}/partner/remove"))
        .await;
    assert_eq!(ok.status().as_u16(), 303);
    let details = app.get_html(&location(&ok)).await;
    assert!(details.contains(
        "Northwind Traders is no longer the partner of record for Office 365 Enterprise E3."
    ));
    assert!(details.contains("This subscription has no partner of record."));
    let list = app.get_html("/office/subscriptions").await;
    let row = text_of(
        &list,
        &format!("tr:has(a[href=\"/office/subscriptions/{e3}\"])"),
    )
    .unwrap();
    assert!(row.ends_with("None"));

    assert_eq!(events_of(&app, e3), ["added", "removed"]);
    let mails = recipients(&app);
    assert_eq!(mails.len(), 2);
    assert!(mails[1]
        .1
        .contains("Contoso removed you as Digital Partner of Record"));
    // The ended association is kept as history.
    let rows: i64 = associations::table
        .filter(associations::subscription_id.eq(e3))
        .count()
        .get_result(&mut *app.conn())
        .unwrap();
    assert_eq!(rows, 1);
    assert_eq!(open_partner(&app, e3), None);
}

#[tokio::test]
async fn a_different_partner_replaces_the_current_one_and_both_are_told() {
    let (app, e3) = contoso_admin().await;
    app.check_and_ok("office", e3, "1234567").await;
    let html = app
        .check_id("office", e3, "7654321")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains(
        "This replaces <strong>Northwind Traders</strong> (MPN ID 1234567) as partner of record."
    ));
    let ok = app
        .submit(&html, &format!("/office/subscriptions/{e3}/partner"))
        .await;
    let details = app.get_html(&location(&ok)).await;
    assert!(details.contains("Adventure Works Consulting is now the partner of record for Office 365 Enterprise E3, replacing Northwind Traders."));
    assert_eq!(events_of(&app, e3), ["added", "replaced"]);
    let to: Vec<String> = recipients(&app).into_iter().map(|(to, _)| to).collect();
    assert_eq!(
        to,
        [
            "partner@northwind.example",
            "partner@northwind.example",
            "partner@adventure-works.example"
        ]
    );
    let history = text_of(&details, ".history tbody").unwrap();
    assert!(
        history.contains(
            "Replaced Northwind Traders (1234567) → Adventure Works Consulting (7654321)"
        ),
        "{history}"
    );
}

#[tokio::test]
async fn the_same_partner_again_changes_nothing_and_sends_no_email() {
    let (app, e3) = contoso_admin().await;
    app.check_and_ok("office", e3, "1234567").await;
    let html = app
        .check_id("office", e3, "1234567")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Northwind Traders is already the partner of record for this subscription.")
    );
    let ok = app
        .submit(&html, &format!("/office/subscriptions/{e3}/partner"))
        .await;
    assert_eq!(ok.status().as_u16(), 303);
    assert!(app
        .get_html(&location(&ok))
        .await
        .contains("nothing changed"));
    assert_eq!(events_of(&app, e3), ["added", "unchanged"]);
    assert_eq!(recipients(&app).len(), 1, "no second email");
    let rows: i64 = associations::table
        .filter(associations::subscription_id.eq(e3))
        .count()
        .get_result(&mut *app.conn())
        .unwrap();
    assert_eq!(rows, 1, "no new association row");
}
