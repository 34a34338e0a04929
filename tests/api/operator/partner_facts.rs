//! A partner's enrollment and status, changed from a date and kept as history: by an operator
//! on the partner's page, and by `import partners`.

use chrono::{Days, NaiveDate};
use dpor_portal::db::models::{Partner, PartnerFacts};
use dpor_portal::domain::{Enrollment, PartnerStatus};
use dpor_portal::engine::onboarding::partner_facts_on;

use crate::helpers::{location, spawn_app, text_of, texts_of, TestApp};
use crate::import::run_import;

fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

fn partner(app: &TestApp, mpn_id: &str) -> Partner {
    Partner::find_by_mpn_id(&mut app.conn(), mpn_id)
        .unwrap()
        .unwrap()
}

fn history(app: &TestApp, mpn_id: &str) -> Vec<PartnerFacts> {
    PartnerFacts::history(&mut app.conn(), partner(app, mpn_id).id).unwrap()
}

fn on(app: &TestApp, mpn_id: &str, day: NaiveDate) -> (PartnerStatus, Option<NaiveDate>) {
    partner_facts_on(&history(app, mpn_id), day).expect("facts that day")
}

#[tokio::test]
async fn a_suspension_from_a_date_keeps_the_days_before_it() {
    let app = spawn_app().await;
    app.sign_in_as("operator", "operator@dpor-portal.example")
        .await;
    let northwind = partner(&app, "1234567");
    let page = format!("/operator/partners/{}", northwind.id);
    assert_eq!(history(&app, "1234567").len(), 1, "its history begins");
    let from = today() - Days::new(10);
    let saved = app
        .post_form(
            &page,
            &page,
            &[
                ("enrollment", "enrolled"),
                ("status", "suspended"),
                ("effective_from", &from.to_string()),
            ],
        )
        .await;
    assert_eq!(saved.status().as_u16(), 303);
    assert_eq!(location(&saved), page);
    let html = app.get_html(&page).await;
    assert!(html.contains("Saved. The change is in the partner"));
    assert_eq!(history(&app, "1234567").len(), 2);
    let enrolled = NaiveDate::from_ymd_opt(2015, 6, 1);
    let day_before = from - Days::new(1);
    assert_eq!(
        on(&app, "1234567", day_before),
        (PartnerStatus::Active, enrolled)
    );
    assert_eq!(
        on(&app, "1234567", from),
        (PartnerStatus::Suspended, enrolled)
    );
    assert_eq!(partner(&app, "1234567").status, PartnerStatus::Suspended);
    assert_eq!(
        texts_of(&html, "table caption + thead + tbody tr td:nth-child(3)"),
        ["Suspended", "Active"],
        "the history, latest first"
    );

    // The same facts again: nothing recorded.
    app.post_form(
        &page,
        &page,
        &[
            ("enrollment", "enrolled"),
            ("status", "suspended"),
            ("effective_from", &today().to_string()),
        ],
    )
    .await;
    let html = app.get_html(&page).await;
    assert!(html.contains("These facts were already in effect on that date; nothing changed."));
    assert_eq!(history(&app, "1234567").len(), 2);

    // Un-enrolled from today: the enrollment that ran until yesterday stays in the history.
    app.post_form(
        &page,
        &page,
        &[
            ("enrollment", "not_enrolled"),
            ("status", "suspended"),
            ("effective_from", &today().to_string()),
        ],
    )
    .await;
    assert_eq!(partner(&app, "1234567").osu_enrolled_since, None);
    assert_eq!(
        on(&app, "1234567", today() - Days::new(1)).1,
        enrolled,
        "enrolled until yesterday"
    );

    let activity = app.get_html("/operator/activity").await;
    assert!(activity.contains("Partner changed"));
    assert!(
        activity.contains("Enrolled, Suspended, from"),
        "what changed, in words"
    );
}

#[tokio::test]
async fn a_date_after_today_or_before_the_history_is_refused_next_to_the_field() {
    let app = spawn_app().await;
    app.sign_in_as("operator", "operator@dpor-portal.example")
        .await;
    let northwind = partner(&app, "1234567");
    let page = format!("/operator/partners/{}", northwind.id);
    let refused = |date: String| {
        let app = &app;
        let page = page.clone();
        async move {
            let fields = [
                ("enrollment", "enrolled"),
                ("status", "suspended"),
                ("effective_from", date.as_str()),
            ];
            app.post_form(&page, &page, &fields).await
        }
    };
    let tomorrow = refused((today() + Days::new(1)).to_string()).await;
    assert_eq!(tomorrow.status().as_u16(), 422);
    let html = tomorrow.text().await.unwrap();
    assert_eq!(
        text_of(&html, "#date-error").as_deref(),
        Some("A change cannot take effect after today.")
    );
    let early = refused("2010-01-01".to_string()).await;
    assert_eq!(early.status().as_u16(), 422);
    let html = early.text().await.unwrap();
    assert!(text_of(&html, "#date-error")
        .unwrap()
        .starts_with("The history of this partner begins on"));
    let garbled = refused("soon".to_string()).await;
    assert_eq!(garbled.status().as_u16(), 422);
    let unknown = app
        .post_form(
            &page,
            &page,
            &[
                ("enrollment", "maybe"),
                ("status", "active"),
                ("effective_from", &today().to_string()),
            ],
        )
        .await;
    assert_eq!(unknown.status().as_u16(), 400);
    assert_eq!(history(&app, "1234567").len(), 1, "nothing recorded");
}

#[tokio::test]
async fn an_import_records_changes_from_today_and_earlier_enrollments_from_their_day() {
    let app = spawn_app().await;
    let header = "mpn_id,name,kind,parent_mpn_id,country,contact_email,enrolled_since,status\n";
    // Northwind suspended; Litware (not enrolled) enrolled since a day in its history; a new
    // partner enrolled long before it was made.
    let litware_since = partner(&app, "2345678").created_at.date();
    let csv = format!(
        "{header}\
         1234567,Northwind Traders,location,,United States,partner@northwind.example,2015-06-01,suspended\n\
         2345678,Litware Inc.,location,,United States,mpn@litware.example,{litware_since},active\n\
         6100000,Proseware,location,,Germany,mpn@proseware.example,2015-02-01,active\n"
    );
    for _ in 0..2 {
        let output = run_import(&app, "partners", &csv, &[]);
        assert!(output.status.success(), "{output:?}");
    }
    let yesterday = today() - Days::new(1);
    let june = NaiveDate::from_ymd_opt(2015, 6, 1);
    assert_eq!(
        on(&app, "1234567", yesterday),
        (PartnerStatus::Active, june)
    );
    assert_eq!(
        on(&app, "1234567", today()),
        (PartnerStatus::Suspended, june)
    );
    assert_eq!(
        history(&app, "1234567").len(),
        2,
        "a second run adds nothing"
    );
    assert_eq!(
        on(&app, "2345678", litware_since),
        (PartnerStatus::Active, Some(litware_since))
    );
    let proseware = history(&app, "6100000");
    assert_eq!(proseware.len(), 1);
    assert_eq!(proseware[0].enrollment, Enrollment::Enrolled);
    assert_eq!(
        Some(proseware[0].effective_from),
        NaiveDate::from_ymd_opt(2015, 2, 1)
    );
}
