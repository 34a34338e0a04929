//! The Office 365 admin center flow: Subscriptions → details → MPN ID → Check ID → OK.

use diesel::prelude::*;
use dpor_portal::db::schema::{association_events, associations, outbox};

use crate::helpers::{location, spawn_app, text_of, TestApp};

const E3: &str = "Office 365 Enterprise E3";

async fn contoso_admin() -> (TestApp, i32) {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", E3);
    (app, e3)
}

pub fn events_of(app: &TestApp, subscription_id: i32) -> Vec<String> {
    association_events::table
        .filter(association_events::subscription_id.eq(subscription_id))
        .order(association_events::id)
        .select(association_events::action)
        .load(&mut *app.conn())
        .unwrap()
}

pub fn open_partner(app: &TestApp, subscription_id: i32) -> Option<i32> {
    associations::table
        .filter(associations::subscription_id.eq(subscription_id))
        .filter(associations::ended_at.is_null())
        .select(associations::partner_id)
        .first(&mut *app.conn())
        .optional()
        .unwrap()
}

pub fn recipients(app: &TestApp) -> Vec<(String, String)> {
    outbox::table
        .order(outbox::id)
        .select((outbox::recipient, outbox::subject))
        .load(&mut *app.conn())
        .unwrap()
}

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

/// Every refusal of Check ID, with its sentence next to the field and a 422, saving nothing.
/// Both portals show exactly these, since they come from one engine.
pub async fn assert_every_check_id_refusal(app: &TestApp, portal: &str, subscription_id: i32) {
    let cases = [
        ("12ab", "An MPN ID has 6 to 10 digits, like 1234567."),
        ("12345", "An MPN ID has 6 to 10 digits, like 1234567."),
        ("9999999", "No partner has the MPN ID 9999999."),
        ("2345678", "Tailspin Toys (2345678) is not enrolled in the Online Services Usage program"),
        ("3456789", "Litware Inc (3456789) is suspended"),
        ("5000000", "5000000 is the global ID of Wide World Importers. A partner of record is named by a location ID; use one of these instead: Wide World Importers Seattle (5000001)."),
        ("", "Enter the partner&#39;s MPN ID, like 1234567."),
    ];
    for (typed, sentence) in cases {
        let response = app.check_id(portal, subscription_id, typed).await;
        assert_eq!(response.status().as_u16(), 422, "{typed:?}");
        let html = response.text().await.unwrap();
        let error = html
            .split("id=\"mpn_id-error\" role=\"alert\">")
            .nth(1)
            .unwrap_or_else(|| panic!("{typed:?}: no message next to the field"));
        assert!(error.starts_with(sentence), "{typed:?}: {error}");
        assert!(html.contains("aria-invalid=\"true\""));
        assert!(
            !html.contains(">OK</button>"),
            "{typed:?}: nothing to confirm"
        );
    }
    assert_eq!(open_partner(app, subscription_id), None);
    assert!(
        events_of(app, subscription_id).is_empty(),
        "Check ID records nothing"
    );
    assert!(recipients(app).is_empty());
}

#[tokio::test]
async fn every_check_id_refusal_has_its_sentence_next_to_the_field() {
    let (app, e3) = contoso_admin().await;
    assert_every_check_id_refusal(&app, "office", e3).await;
}

#[tokio::test]
async fn hostile_mpn_input_is_refused_and_echoed_escaped() {
    let (app, e3) = contoso_admin().await;
    for typed in [
        "\"><script>alert(1)</script>",
        "1234567' OR '1'='1",
        "\u{202e}1234567",
        "123\r\n4567",
        &"9".repeat(10_000),
    ] {
        let response = app.check_id("office", e3, typed).await;
        assert_eq!(response.status().as_u16(), 422, "{typed:?}");
        let html = response.text().await.unwrap();
        assert!(!html.contains("<script>alert(1)"));
        assert!(html.contains("An MPN ID has 6 to 10 digits"));
    }
}

#[tokio::test]
async fn ok_rechecks_the_partner_so_a_forged_form_cannot_attach_a_refused_one() {
    let (app, e3) = contoso_admin().await;
    let page = app.get_html(&format!("/office/subscriptions/{e3}")).await;
    let token = crate::helpers::csrf_token(&page);
    for (mpn, status, sentence) in [
        (
            "2345678",
            422,
            "is not enrolled in the Online Services Usage program",
        ),
        ("3456789", 422, "is suspended"),
        ("abc", 422, "An MPN ID has 6 to 10 digits"),
    ] {
        let response = app
            .post(
                &format!("/office/subscriptions/{e3}/partner"),
                &[
                    ("csrf_token", token.as_str()),
                    ("mpn_id", mpn),
                    ("expected_partner", ""),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), status, "{mpn}");
        assert!(response.text().await.unwrap().contains(sentence), "{mpn}");
    }
    assert_eq!(open_partner(&app, e3), None);
    assert_eq!(
        events_of(&app, e3),
        ["rejected", "rejected"],
        "refused attempts at OK are recorded"
    );
    assert!(recipients(&app).is_empty());
}

#[tokio::test]
async fn a_stale_confirmation_is_refused_with_what_the_subscription_is_now() {
    let (app, e3) = contoso_admin().await;
    // Megan opens the confirmation for Northwind…
    let megans_page = app
        .check_id("office", e3, "1234567")
        .await
        .text()
        .await
        .unwrap();
    // …meanwhile Alex, the billing admin, makes Adventure Works the partner.
    let alex = app.another_browser();
    alex.sign_in_as("office", "billing@contoso.example").await;
    assert_eq!(
        alex.check_and_ok("office", e3, "7654321")
            .await
            .status()
            .as_u16(),
        303
    );
    // Megan's OK must not silently replace Alex's choice.
    let response = app
        .submit(&megans_page, &format!("/office/subscriptions/{e3}/partner"))
        .await;
    assert_eq!(response.status().as_u16(), 409);
    let html = response.text().await.unwrap();
    assert!(html.contains("Someone changed this subscription&#39;s partner of record while you were deciding. It is now Adventure Works Consulting (7654321)."), "{html}");
    assert_eq!(events_of(&app, e3), ["added", "rejected"]);
    assert_eq!(recipients(&app).len(), 1);
}

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
