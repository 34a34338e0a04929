//! Support names from the database in every language, a support request filed and answered in
//! Japanese, and a partner's emails in its own language.

use diesel::prelude::*;
use dpor_portal::db::schema::outbox;
use dpor_portal::i18n::Lang;

use crate::helpers::{csrf_token, location, spawn_app, text_of};

use super::*;

#[tokio::test]
async fn support_names_come_from_the_database_in_every_language() {
    let app = spawn_app().await;
    for (names, items) in [
        ("support_category_names", "support_categories"),
        ("support_topic_names", "support_topics"),
        ("support_issue_names", "support_issues"),
    ] {
        assert_eq!(
            app.count(names),
            app.count(items) * 3,
            "{names}: de, fr and ja for each"
        );
    }
    let browser = browser_in(&app, Lang::Fr).await;
    browser
        .sign_in_as("partner", "partner@adventure-works.example")
        .await;
    let html = browser.get_html("/partner/support/new").await;
    assert!(html.contains(">Partenaire de référence</option>"), "{html}");
    assert!(html.contains(">Incentives et éligibilité</option>"));
    assert!(!html.contains(">Partner of record</option>"));
}

/// The article's path, in Japanese: the Support tab, a Check ID problem, e-mail contact, and the
/// request in My requests with a Japanese confirmation in the outbox.
#[tokio::test]
async fn a_customer_files_a_check_id_request_in_japanese_and_is_answered_in_japanese() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let switched = app
        .post_form(
            "/office",
            "/language",
            &[("lang", "ja"), ("next", "/office/support")],
        )
        .await;
    assert_eq!(location(&switched), "/office/support");
    let support = app.get_html("/office/support").await;
    assert!(support.contains("<h1>サポート</h1>"));

    let option_value = |html: &str, label: &str| -> String {
        let document = scraper::Html::parse_document(html);
        let selector = scraper::Selector::parse("option").unwrap();
        document
            .select(&selector)
            .find(|o| o.text().collect::<String>() == label)
            .and_then(|o| o.value().attr("value").map(str::to_string))
            .unwrap_or_else(|| panic!("no option {label}"))
    };
    let step1 = app.get_html("/office/support/new").await;
    let category = option_value(&step1, "パートナー オブ レコード");
    let step2 = app
        .get_html(&format!("/office/support/new?category={category}"))
        .await;
    let topic = option_value(&step2, "ID の確認");
    let step3 = app
        .get_html(&format!(
            "/office/support/new?category={category}&topic={topic}"
        ))
        .await;
    assert!(step3.contains("連絡方法を選択してください"));
    let issue = option_value(&step3, "MPN ID が見つからない");
    let description = "ID の確認で 7777777 が見つかりません。";
    let filed = app
        .post(
            "/office/support/new",
            &[
                ("csrf_token", csrf_token(&step3).as_str()),
                ("category", category.as_str()),
                ("topic", topic.as_str()),
                ("issue", issue.as_str()),
                ("description", description),
                ("contact", "email"),
            ],
        )
        .await;
    assert_eq!(filed.status().as_u16(), 303);
    let requests = app.get_html(&location(&filed)).await;
    let flash = text_of(&requests, ".flash").unwrap();
    assert!(
        flash.contains("を受け付けました。確認メールをお送りしています。"),
        "{flash}"
    );
    let row = text_of(&requests, "section[aria-labelledby=my-requests] tbody tr").unwrap();
    assert!(
        row.contains("パートナー オブ レコード › ID の確認 › MPN ID が見つからない"),
        "{row}"
    );
    assert!(
        row.contains(description) && row.contains("メール") && row.contains("対応中"),
        "{row}"
    );
    let reference = row.split_whitespace().next().unwrap().to_string();
    assert!(reference.starts_with("SR-"), "{row}");

    let (recipient, subject, body): (String, String, String) = outbox::table
        .select((outbox::recipient, outbox::subject, outbox::body_text))
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(recipient, "admin@contoso.example");
    assert_eq!(
        subject,
        format!("サポート リクエスト {reference} を受け付けました")
    );
    assert!(
        body.contains("問題: パートナー オブ レコード › ID の確認 › MPN ID が見つからない"),
        "{body}"
    );
    assert!(
        body.contains(description) && body.contains("メールで回答します。"),
        "{body}"
    );
}

#[tokio::test]
async fn a_partner_whose_language_is_german_gets_german_emails() {
    let app = spawn_app().await;
    // The partner chooses the language of its emails on the Notifications page.
    let partner = app.another_browser();
    partner
        .sign_in_as("partner", "partner@adventure-works.example")
        .await;
    let saved = partner
        .post_form(
            "/partner/notifications",
            "/partner/email-language",
            &[("lang", "de")],
        )
        .await;
    assert_eq!(location(&saved), "/partner/notifications");
    let page = partner.get_html("/partner/notifications").await;
    assert!(
        page.contains("Your emails will be written in Deutsch."),
        "{page}"
    );
    assert!(page.contains("<option value=\"de\" lang=\"de\" selected>Deutsch</option>"));
    let unknown = partner
        .post_form(
            "/partner/notifications",
            "/partner/email-language",
            &[("lang", "xx")],
        )
        .await;
    assert_eq!(unknown.status().as_u16(), 400);

    // An English-speaking admin adds the partner: the email is German all the same.
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let ok = app.check_and_ok("office", e3, "7654321").await;
    assert_eq!(ok.status().as_u16(), 303);
    let confirmation = app.get_html(&location(&ok)).await;
    assert!(confirmation.contains("Adventure Works Consulting is now the partner of record"));

    let (subject, text, html): (String, String, String) = outbox::table
        .filter(outbox::recipient.eq("partner@adventure-works.example"))
        .select((outbox::subject, outbox::body_text, outbox::body_html))
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(
        subject,
        "Contoso hat Sie als Digital Partner of Record für Office 365 Enterprise E3 benannt"
    );
    assert!(
        text.starts_with("Hallo Adventure Works Consulting,"),
        "{text}"
    );
    assert!(text.contains("hat Sie als Digital Partner of Record (DPOR) für das Abonnement Office 365 Enterprise E3 benannt."), "{text}");
    assert!(
        text.contains("Hinzugefügt von: Megan Bowen <admin@contoso.example>"),
        "{text}"
    );
    assert!(text.contains("Wo: Office 365 Admin Center"), "{text}");
    assert!(
        text.contains("Lizenzen") && !text.contains("seats"),
        "{text}"
    );
    assert!(html.contains("<html lang=\"de\">"), "{html}");
    // A date written the German way: day.month.year.
    let today = chrono::Utc::now()
        .date_naive()
        .format("%d.%m.%Y")
        .to_string();
    assert!(text.contains(&format!("Wann: {today}")), "{text}");
}
