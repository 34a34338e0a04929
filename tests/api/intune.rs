//! The Microsoft Intune account portal flow: Admin → Manage details → select → Add → MPN ID →
//! Check ID → OK, on the same engine as the Office flow.

use diesel::prelude::*;
use dpor_portal::db::schema::{association_events, associations, partners};

use crate::helpers::{location, spawn_app, text_of, TestApp};
use crate::office::{assert_every_check_id_refusal, events_of, open_partner, recipients};

const AADP: &str = "Azure Active Directory Premium";

async fn contoso_admin() -> (TestApp, i32) {
    let app = spawn_app().await;
    app.sign_in_as("intune", "admin@contoso.example").await;
    let aadp = app.subscription_id("Contoso", AADP);
    (app, aadp)
}

fn partner_id(app: &TestApp, mpn_id: &str) -> i32 {
    partners::table
        .filter(partners::mpn_id.eq(mpn_id))
        .select(partners::id)
        .first(&mut *app.conn())
        .unwrap()
}

#[tokio::test]
async fn admin_leads_to_manage_details_with_the_intune_managed_subscriptions() {
    let (app, aadp) = contoso_admin().await;
    let admin = app.get_html("/intune").await;
    assert!(admin.contains("<h1>Admin</h1>"));
    assert!(admin.contains("<a href=\"/intune/subscriptions\">Manage details</a>"));

    let html = app.get_html("/intune/subscriptions").await;
    assert!(html.contains("<h1>Manage details</h1>"));
    let intune = app.subscription_id("Contoso", "Microsoft Intune");
    for (id, product) in [(aadp, AADP), (intune, "Microsoft Intune")] {
        assert!(html.contains(&format!("<input type=\"radio\" name=\"subscription\" id=\"subscription-{id}\" value=\"{id}\"")), "{product}");
        assert!(html.contains(&format!(
            "<label for=\"subscription-{id}\">{product}</label>"
        )));
    }
    assert!(html.contains(">Add</button>"));
    // Office-managed subscriptions never appear here.
    assert!(!html.contains("Office 365"));
    assert!(!html.contains("Exchange Online"));
}

#[tokio::test]
async fn a_global_admin_adds_adventure_works_to_azure_ad_premium() {
    let (app, aadp) = contoso_admin().await;
    // Select the subscription and Add.
    let add = app
        .client
        .get(app.url("/intune/subscriptions/add"))
        .query(&[("subscription", aadp.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(add.status().as_u16(), 303);
    let page = location(&add);
    assert_eq!(page, format!("/intune/subscriptions/{aadp}"));
    let html = app.get_html(&page).await;
    assert!(
        html.contains("<label for=\"mpn_id\">MPN ID</label>")
            && html.contains(">Check ID</button>")
    );

    let ok = app.check_and_ok("intune", aadp, "7654321").await;
    assert_eq!(ok.status().as_u16(), 303);
    assert_eq!(location(&ok), page);
    let details = app.get_html(&page).await;
    assert!(details.contains("Adventure Works Consulting is now the partner of record for Azure Active Directory Premium."));
    assert!(details.contains("through the Microsoft Intune account portal"));
    let list = app.get_html("/intune/subscriptions").await;
    let row = text_of(&list, &format!("tr:has(#subscription-{aadp})")).unwrap();
    assert!(
        row.contains("Adventure Works Consulting (7654321)"),
        "{row}"
    );

    let channel: String = associations::table
        .filter(associations::subscription_id.eq(aadp))
        .select(associations::channel)
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(channel, "intune_portal");
    let event_channel: String = association_events::table
        .filter(association_events::subscription_id.eq(aadp))
        .select(association_events::channel)
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(event_channel, "intune_portal");
    let mails = recipients(&app);
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].0, "partner@adventure-works.example");
    let body: String = dpor_portal::db::schema::outbox::table
        .select(dpor_portal::db::schema::outbox::body_text)
        .first(&mut *app.conn())
        .unwrap();
    assert!(
        body.contains("Where: Microsoft Intune account portal"),
        "{body}"
    );
    let history = text_of(&details, ".history tbody").unwrap();
    assert!(
        history.contains(
            "Added None → Adventure Works Consulting (7654321) Microsoft Intune account portal"
        ),
        "{history}"
    );
}

#[tokio::test]
async fn the_same_page_changes_and_removes_the_partner() {
    let (app, aadp) = contoso_admin().await;
    app.check_and_ok("intune", aadp, "7654321").await;
    let page = app.get_html(&format!("/intune/subscriptions/{aadp}")).await;
    assert!(
        page.contains("value=\"7654321\""),
        "prefilled with the current partner"
    );

    let html = app
        .check_id("intune", aadp, "5000001")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("This replaces <strong>Adventure Works Consulting</strong> (MPN ID 7654321) as partner of record."));
    app.submit(&html, &format!("/intune/subscriptions/{aadp}/partner"))
        .await;
    assert_eq!(open_partner(&app, aadp), Some(partner_id(&app, "5000001")));

    let html = app
        .check_id("intune", aadp, "  ")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Remove Wide World Importers Seattle as partner of record?"));
    let ok = app
        .submit(
            &html,
            &format!("/intune/subscriptions/{aadp}/partner/remove"),
        )
        .await;
    assert_eq!(ok.status().as_u16(), 303);
    assert!(app
        .get_html(&location(&ok))
        .await
        .contains("Wide World Importers Seattle is no longer the partner of record"));
    assert_eq!(open_partner(&app, aadp), None);
    assert_eq!(events_of(&app, aadp), ["added", "replaced", "removed"]);
    let to: Vec<String> = recipients(&app).into_iter().map(|(to, _)| to).collect();
    assert_eq!(
        to,
        [
            "partner@adventure-works.example",
            "partner@adventure-works.example",
            "seattle@wideworld.example",
            "seattle@wideworld.example",
        ]
    );
}

#[tokio::test]
async fn every_check_id_refusal_is_the_same_as_in_the_office_portal() {
    let (app, aadp) = contoso_admin().await;
    assert_every_check_id_refusal(&app, "intune", aadp).await;
}

#[tokio::test]
async fn add_without_a_selection_says_what_to_do() {
    let (app, _) = contoso_admin().await;
    for query in ["", "?subscription=", "?subscription=abc"] {
        let response = app.get(&format!("/intune/subscriptions/add{query}")).await;
        assert_eq!(response.status().as_u16(), 422, "{query}");
        let html = response.text().await.unwrap();
        assert!(html.contains("Select a subscription, then select Add."));
    }
}

#[tokio::test]
async fn office_managed_and_other_tenants_subscriptions_are_not_found_here() {
    let (app, _) = contoso_admin().await;
    let office = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let fabrikam = app.subscription_id("Fabrikam", "Microsoft Intune");
    for id in [office, fabrikam] {
        assert_eq!(
            app.get(&format!("/intune/subscriptions/{id}"))
                .await
                .status()
                .as_u16(),
            404
        );
        assert_eq!(
            app.check_id("intune", id, "7654321")
                .await
                .status()
                .as_u16(),
            404
        );
        // Add with a foreign id leads to a 404, not to the subscription.
        let add = app
            .get(&format!("/intune/subscriptions/add?subscription={id}"))
            .await;
        assert_eq!(app.get(&location(&add)).await.status().as_u16(), 404);
    }
    // And the Office portal does not show Intune-managed ones.
    let aadp = app.subscription_id("Contoso", AADP);
    assert_eq!(
        app.get(&format!("/office/subscriptions/{aadp}"))
            .await
            .status()
            .as_u16(),
        404
    );
}

#[tokio::test]
async fn a_user_who_is_not_an_admin_sees_read_only() {
    let app = spawn_app().await;
    app.sign_in_as("intune", "reader@contoso.example").await;
    let aadp = app.subscription_id("Contoso", AADP);
    let html = app.get_html(&format!("/intune/subscriptions/{aadp}")).await;
    assert!(html.contains(
        "Only a global admin or a billing admin of Contoso can change the partner of record."
    ));
    assert!(!html.contains("Check ID</button>"));
    assert_eq!(
        app.check_id("intune", aadp, "7654321")
            .await
            .status()
            .as_u16(),
        403
    );
}
