//! Subscriptions an operator makes, each with its product's portal; seats, billing and status
//! changed from a date and kept as history.

use diesel::prelude::*;
use dpor_portal::db::models::{Subscription, SubscriptionFacts, Tenant};
use dpor_portal::db::schema::subscription_facts;
use dpor_portal::domain::{Billing, Portal};

use crate::helpers::{location, spawn_app, text_of, texts_of};

use super::{new_subscription, product_id};

#[tokio::test]
async fn a_subscriptions_facts_change_from_a_date_and_keep_their_history() {
    let app = spawn_app().await;
    app.sign_in_as("operator", "operator@dpor-portal.example")
        .await;
    let fabrikam = Tenant::find_by_domain(&mut app.conn(), "fabrikam.onmicrosoft.com")
        .unwrap()
        .unwrap()
        .id;
    let aadp = product_id(&app, "Azure Active Directory Premium");
    let made = new_subscription(
        &app,
        fabrikam,
        &[
            ("product", &aadp),
            ("seats", "40"),
            ("billing", "trial"),
            ("agreement", "MOSP"),
        ],
    )
    .await;
    let page = location(&made);
    let id: i32 = page.rsplit('/').next().unwrap().parse().unwrap();
    let subscription = Subscription::find(&mut app.conn(), id).unwrap().unwrap();
    assert_eq!(subscription.portal, Portal::Intune, "the product's portal");
    assert_eq!(
        (subscription.seats, subscription.billing),
        (40, Billing::Trial)
    );
    let html = app.get_html(&page).await;
    assert!(html.contains("Subscription created."));

    let today = dpor_portal::db::now().date();
    // Nothing can be dated before the subscription was made …
    let refused = app
        .post_form(
            &page,
            &page,
            &[
                ("seats", "55"),
                ("billing", "paid"),
                ("status", "active"),
                (
                    "effective_from",
                    &(today - chrono::Duration::days(1)).to_string(),
                ),
            ],
        )
        .await;
    assert_eq!(refused.status().as_u16(), 422);
    let html = refused.text().await.unwrap();
    assert!(text_of(&html, "#date-error")
        .unwrap()
        .starts_with("The history of this subscription begins on"));
    // … so, as for a subscription made a month ago:
    let month_ago = today - chrono::Duration::days(30);
    diesel::update(subscription_facts::table.filter(subscription_facts::subscription_id.eq(id)))
        .set(subscription_facts::effective_from.eq(month_ago))
        .execute(&mut *app.conn())
        .unwrap();
    let earlier = today - chrono::Duration::days(10);
    // Converted to paid with more seats ten days ago …
    let saved = app
        .post_form(
            &page,
            &page,
            &[
                ("seats", "55"),
                ("billing", "paid"),
                ("status", "active"),
                ("effective_from", &earlier.to_string()),
            ],
        )
        .await;
    assert_eq!(location(&saved), page);
    // … and a correction dated before that leaves the later change in effect.
    let before = earlier - chrono::Duration::days(5);
    app.post_form(
        &page,
        &page,
        &[
            ("seats", "45"),
            ("billing", "trial"),
            ("status", "active"),
            ("effective_from", &before.to_string()),
        ],
    )
    .await;
    let now = Subscription::find(&mut app.conn(), id).unwrap().unwrap();
    assert_eq!((now.seats, now.billing), (55, Billing::Paid));
    let history = SubscriptionFacts::history(&mut app.conn(), id).unwrap();
    let days: Vec<_> = history
        .iter()
        .map(|f| (f.effective_from, f.seats))
        .collect();
    // Oldest first by the day each took effect; nothing was overwritten.
    assert_eq!(days, [(month_ago, 40), (before, 45), (earlier, 55)]);
    let html = app.get_html("/operator/activity").await;
    let row = texts_of(&html, "table tbody tr").remove(1);
    assert!(row.contains("Subscription changed"), "{row}");
    assert!(
        row.contains("40 seats, Trial, Active → 55 seats, Paid, Active, from"),
        "{row}"
    );

    // The same facts again change nothing; bad input is refused next to its field.
    let events = app.count("operator_events");
    app.post_form(
        &page,
        &page,
        &[
            ("seats", "55"),
            ("billing", "paid"),
            ("status", "active"),
            ("effective_from", &today.to_string()),
        ],
    )
    .await;
    assert_eq!(app.count("operator_events"), events);
    let tomorrow = (today + chrono::Duration::days(1)).to_string();
    for (seats, date, field, sentence) in [
        (
            "-1",
            today.to_string(),
            "#seats-error",
            "Seats cannot be below zero.",
        ),
        (
            "ten",
            today.to_string(),
            "#seats-error",
            "Enter the number of seats, like 20.",
        ),
        (
            "10",
            tomorrow.clone(),
            "#date-error",
            "A change cannot take effect after today.",
        ),
        (
            "10",
            "soon".to_string(),
            "#date-error",
            "Enter the date the change took effect, like 2026-11-01.",
        ),
    ] {
        let refused = app
            .post_form(
                &page,
                &page,
                &[
                    ("seats", seats),
                    ("billing", "paid"),
                    ("status", "active"),
                    ("effective_from", &date),
                ],
            )
            .await;
        assert_eq!(refused.status().as_u16(), 422, "{seats} {date}");
        let html = refused.text().await.unwrap();
        assert_eq!(text_of(&html, field).as_deref(), Some(sentence));
    }
    assert_eq!(app.count("operator_events"), events);
}

#[tokio::test]
async fn a_new_subscription_needs_a_known_product_seats_and_an_agreement() {
    let app = spawn_app().await;
    app.sign_in_as("operator", "operator@dpor-portal.example")
        .await;
    let contoso = Tenant::find_by_domain(&mut app.conn(), "contoso.onmicrosoft.com")
        .unwrap()
        .unwrap()
        .id;
    let html = app
        .get_html(&format!("/operator/tenants/{contoso}/subscriptions/new"))
        .await;
    let options = texts_of(&html, "#product option");
    assert!(
        options.contains(&"Microsoft Intune (Microsoft Intune account portal)".to_string()),
        "{options:?}"
    );
    assert!(
        options.contains(&"Office 365 Enterprise E3 (Office 365 admin center)".to_string()),
        "{options:?}"
    );
    let subscriptions = app.count("subscriptions");
    for (product, seats, agreement, field, sentence) in [
        (
            "",
            "10",
            "EA",
            "#product-error",
            "Choose a product from the list.",
        ),
        (
            "999999",
            "10",
            "EA",
            "#product-error",
            "Choose a product from the list.",
        ),
        (
            "1",
            "-5",
            "EA",
            "#seats-error",
            "Seats cannot be below zero.",
        ),
        (
            "1",
            "10",
            "",
            "#agreement-error",
            "Enter the agreement, like EA or MOSP.",
        ),
        (
            "1",
            "10",
            "EA<script>",
            "#agreement-error",
            "An agreement is up to 20 letters, digits, spaces or hyphens, like EA or MOSP.",
        ),
    ] {
        let refused = new_subscription(
            &app,
            contoso,
            &[
                ("product", product),
                ("seats", seats),
                ("billing", "paid"),
                ("agreement", agreement),
            ],
        )
        .await;
        assert_eq!(
            refused.status().as_u16(),
            422,
            "{product} {seats} {agreement}"
        );
        let html = refused.text().await.unwrap();
        assert_eq!(text_of(&html, field).as_deref(), Some(sentence));
    }
    assert_eq!(app.count("subscriptions"), subscriptions);
}
