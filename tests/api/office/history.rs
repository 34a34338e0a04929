//! A subscription's History: the same refused attempt made again and again is one line that
//! counts it, and the section has pages.

use diesel::prelude::*;
use dpor_portal::db::models::{AssociationEvent, NewAssociationEvent};
use dpor_portal::db::schema::{association_event_repeats, association_events};
use dpor_portal::domain::{Channel, EventAction};

use crate::helpers::{csrf_token, spawn_app_with, texts_of};

#[tokio::test]
async fn the_same_refused_attempt_again_and_again_is_one_line_that_counts_it() {
    let app = spawn_app_with(|c| c.rate_limits.check_id_per_minute = 10_000).await;
    app.sign_in_as("office", "reader@contoso.example").await;
    let exchange = app.subscription_id("Contoso", "Exchange Online Plan 1");
    let details = format!("/office/subscriptions/{exchange}");
    let events_before = app.count("association_events");
    let token = csrf_token(&app.get_html(&details).await);
    for _ in 0..60 {
        let response = app
            .post(
                &format!("{details}/partner/remove"),
                &[("csrf_token", token.as_str()), ("expected_partner", "")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 403);
    }
    assert_eq!(app.count("association_events"), events_before + 1);
    let repeats: i32 = association_event_repeats::table
        .select(association_event_repeats::repeats)
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(repeats, 59);
    let html = app.get_html(&details).await;
    assert!(html.contains("Tried 60 times; the last on"), "{html}");

    // OK is refused for the same reason and records the same: it is counted too.
    let ok = app
        .post(
            &format!("{details}/partner"),
            &[
                ("csrf_token", token.as_str()),
                ("mpn_id", "7654321"),
                ("expected_partner", ""),
            ],
        )
        .await;
    assert_eq!(ok.status().as_u16(), 403);
    assert_eq!(app.count("association_events"), events_before + 1);

    // Once something else has happened, the same attempt starts a line of its own.
    let admin = app.another_browser();
    admin.sign_in_as("office", "admin@contoso.example").await;
    let removed = admin.check_and_ok("office", exchange, "").await;
    assert_eq!(removed.status().as_u16(), 303);
    let removal = app.count("association_events");
    let again = app
        .post(
            &format!("{details}/partner/remove"),
            &[("csrf_token", token.as_str()), ("expected_partner", "")],
        )
        .await;
    assert_eq!(again.status().as_u16(), 403);
    assert_eq!(app.count("association_events"), removal + 1);
}

#[tokio::test]
async fn the_history_section_has_pages_of_twenty_newest_first() {
    let app = spawn_app_with(|_| {}).await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let existing: i64 = association_events::table
        .filter(association_events::subscription_id.eq(e3))
        .count()
        .get_result(&mut *app.conn())
        .unwrap();
    let base = dpor_portal::db::now() - chrono::Duration::days(30);
    for n in 0..(45 - existing) {
        AssociationEvent::record(
            &mut app.conn(),
            NewAssociationEvent {
                subscription_id: e3,
                actor_user_id: None,
                action: EventAction::Unchanged,
                old_partner_id: None,
                new_partner_id: None,
                channel: Channel::OsaForm,
                detail: "",
                created_at: base + chrono::Duration::minutes(n),
            },
        )
        .unwrap();
    }
    let details = format!("/office/subscriptions/{e3}");
    let first = app.get_html(&details).await;
    assert_eq!(texts_of(&first, ".history tbody tr").len(), 20);
    assert!(first.contains(&format!("href=\"{details}?history=2#history-heading\"")));
    assert!(!first.contains("rel=\"prev\""));
    let last = app.get_html(&format!("{details}?history=3")).await;
    assert_eq!(texts_of(&last, ".history tbody tr").len(), 5);
    assert!(last.contains(&format!("href=\"{details}?history=2#history-heading\"")));
    assert!(!last.contains("rel=\"next\""));
    // Pages past the end and nonsense show what there is, never an error.
    for page in ["99", "0", "abc", "-1"] {
        let response = app.get(&format!("{details}?history={page}")).await;
        assert_eq!(response.status().as_u16(), 200, "history={page}");
    }
}
