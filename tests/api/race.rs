//! Fifty OKs racing from two admins' browsers, each naming another partner: the database decides,
//! one wins, the other forty-nine get a clear answer (409, naming the winner), never a 500.

use diesel::prelude::*;
use dpor_portal::db::models::{NewPartner, Partner};
use dpor_portal::db::schema::{association_event_repeats, association_events, associations};
use dpor_portal::domain::{PartnerKind, PartnerStatus};

use crate::helpers::{csrf_token, spawn_app_with};

#[tokio::test]
async fn fifty_concurrent_oks_for_different_partners_leave_exactly_one_partner_of_record() {
    // Fifty OKs from one address is over the lookup limit; the race is what is tested here.
    let app = spawn_app_with(|c| c.rate_limits.check_id_per_minute = 1000).await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let mpn_ids: Vec<String> = (0..50).map(|i| format!("88000{i:02}")).collect();
    {
        let mut conn = app.conn();
        for (i, mpn_id) in mpn_ids.iter().enumerate() {
            Partner::create(
                &mut conn,
                NewPartner {
                    mpn_id,
                    name: &format!("Racing Partner {i}"),
                    kind: PartnerKind::Location,
                    parent_id: None,
                    country: "United States",
                    contact_email: &format!("race{i}@partners.example"),
                    osu_enrolled_since: chrono::NaiveDate::from_ymd_opt(2015, 1, 1),
                    status: PartnerStatus::Active,
                    created_at: dpor_portal::db::now(),
                },
            )
            .unwrap();
        }
    }
    // Two admins, each in their own browser, all having seen "no partner of record".
    let megan = app.another_browser();
    megan.sign_in_as("office", "admin@contoso.example").await;
    let alex = app.another_browser();
    alex.sign_in_as("office", "billing@contoso.example").await;
    let page = format!("/office/subscriptions/{e3}");
    let tokens = [
        csrf_token(&megan.get_html(&page).await),
        csrf_token(&alex.get_html(&page).await),
    ];
    let clients = [megan.client.clone(), alex.client.clone()];

    let mut attempts = Vec::new();
    for (i, mpn_id) in mpn_ids.iter().enumerate() {
        let client = clients[i % 2].clone();
        let token = tokens[i % 2].clone();
        let url = app.url(&format!("{page}/partner"));
        let mpn_id = mpn_id.clone();
        attempts.push(tokio::spawn(async move {
            client
                .post(url)
                .form(&[
                    ("csrf_token", token.as_str()),
                    ("mpn_id", &mpn_id),
                    ("expected_partner", ""),
                ])
                .send()
                .await
                .unwrap()
        }));
    }
    let mut statuses = Vec::new();
    for attempt in attempts {
        let response = attempt.await.unwrap();
        let status = response.status().as_u16();
        if status == 409 {
            let html = response.text().await.unwrap();
            assert!(html.contains("Someone changed this subscription&#39;s partner of record while you were deciding. It is now Racing Partner"), "{html}");
        }
        statuses.push(status);
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 303).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        49,
        "{statuses:?}"
    );

    let mut conn = app.conn();
    let open: i64 = associations::table
        .filter(associations::subscription_id.eq(e3))
        .filter(associations::ended_at.is_null())
        .count()
        .get_result(&mut *conn)
        .unwrap();
    assert_eq!(open, 1);
    // Every attempt is recorded: an event each, or counted into the same refusal just before.
    let events: Vec<(String, Option<i32>)> = association_events::table
        .left_join(association_event_repeats::table)
        .filter(association_events::subscription_id.eq(e3))
        .select((
            association_events::action,
            association_event_repeats::repeats.nullable(),
        ))
        .load(&mut *conn)
        .unwrap();
    let attempts = |action: &str| -> i32 {
        events
            .iter()
            .filter(|(a, _)| a == action)
            .map(|(_, repeats)| 1 + repeats.unwrap_or(0))
            .sum()
    };
    assert_eq!(attempts("added"), 1);
    assert_eq!(attempts("rejected"), 49, "one record per attempt");
    assert_eq!(app.count("outbox"), 1, "one email, to the winner");
}
