//! The Office 365 admin center flow: Subscriptions → details → MPN ID → Check ID → OK.

mod access;
mod changes;
mod history;
mod pages;
mod refusals;

use diesel::prelude::*;
use dpor_portal::db::schema::{association_events, associations, outbox};

use crate::helpers::{spawn_app, TestApp};

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
