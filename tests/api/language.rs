//! "Select your language": every page in English, German, French and Japanese with no missing
//! message, the picker and the browser's Accept-Language, a language that follows a signed-in user,
//! and emails in the reader's language.

use diesel::prelude::*;
use dpor_portal::db::schema::{associations, customer_users, outbox, partners};
use dpor_portal::i18n::Lang;

use crate::helpers::{csrf_token, location, spawn_app, spawn_app_with, text_of, TestApp};

/// A fresh browser that has chosen `lang` with the picker (as on the start page: no session).
async fn browser_in(app: &TestApp, lang: Lang) -> TestApp {
    let browser = app.another_browser();
    let response = browser
        .get(&format!("/language?lang={}&next=/", lang.code()))
        .await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(location(&response), "/");
    browser
}

/// The page is wholly in `lang`: the document says so, the picker is there in that language, no
/// message is missing, and the frame's English words are gone.
fn assert_in(lang: Lang, path: &str, html: &str) {
    assert!(
        html.contains(&format!("<html lang=\"{}\">", lang.code())),
        "{path} in {}: not marked as such",
        lang.code()
    );
    assert!(
        !html.contains('⟦'),
        "{path} in {}: a message is missing: {}",
        lang.code(),
        html.split('⟦')
            .nth(1)
            .unwrap_or_default()
            .split('⟧')
            .next()
            .unwrap_or_default()
    );
    assert!(
        html.contains(&format!(
            "<label for=\"language-choice\">{}</label>",
            lang.t("select-language")
        )),
        "{path} in {}: no language picker",
        lang.code()
    );
    if lang != Lang::En {
        assert!(
            !html.contains(">All portals<") && !html.contains("Select your language"),
            "{path} in {}: English left in the frame",
            lang.code()
        );
    }
}

async fn visit(browser: &TestApp, lang: Lang, path: &str, status: u16) {
    let response = browser.get(path).await;
    assert_eq!(
        response.status().as_u16(),
        status,
        "{path} in {}",
        lang.code()
    );
    let html = response.text().await.unwrap();
    assert_in(lang, path, &html);
}

/// A page as a browser whose own language is `accept_language` gets it.
async fn page_for(app: &TestApp, path: &str, accept_language: &str) -> String {
    app.client
        .get(app.url(path))
        .header("Accept-Language", accept_language)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

fn first_support_ids(app: &TestApp) -> (i32, i32) {
    use dpor_portal::db::schema::{support_categories, support_topics};
    let mut conn = app.conn();
    let category: i32 = support_categories::table
        .order(support_categories::position)
        .select(support_categories::id)
        .first(&mut *conn)
        .unwrap();
    let topic: i32 = support_topics::table
        .filter(support_topics::category_id.eq(category))
        .order(support_topics::position)
        .select(support_topics::id)
        .first(&mut *conn)
        .unwrap();
    (category, topic)
}

#[tokio::test]
async fn every_page_renders_in_every_language_with_no_missing_message() {
    // Four sign-ins per language, from one address.
    let app = spawn_app_with(|c| {
        c.rate_limits.sign_in_per_minute = 100;
        c.rate_limits.check_id_per_minute = 1000;
    })
    .await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let aadp = app.subscription_id("Contoso", "Azure Active Directory Premium");
    let northwind_association: i32 = associations::table
        .inner_join(partners::table)
        .filter(partners::mpn_id.eq("1234567"))
        .select(associations::id)
        .first(&mut *app.conn())
        .unwrap();
    let (category, topic) = first_support_ids(&app);
    for lang in Lang::ALL {
        let anonymous = browser_in(&app, lang).await;
        for path in ["/", "/office/login", "/intune/login", "/partner/login"] {
            visit(&anonymous, lang, path, 200).await;
        }
        visit(&anonymous, lang, "/no/such/page", 404).await;

        let office = browser_in(&app, lang).await;
        office.sign_in_as("office", "admin@contoso.example").await;
        for path in [
            "/office".to_string(),
            "/office/subscriptions".to_string(),
            format!("/office/subscriptions/{e3}"),
            format!("/office/subscriptions/{e3}/check?mpn_id=7654321"),
            "/office/help".to_string(),
            "/office/support".to_string(),
            format!("/office/support/new?category={category}&topic={topic}"),
        ] {
            visit(&office, lang, &path, 200).await;
        }
        // With a partner of record: the confirmation, the history and the removal question.
        let ok = office.check_and_ok("office", e3, "7654321").await;
        assert_eq!(ok.status().as_u16(), 303);
        visit(&office, lang, &location(&ok), 200).await;
        visit(
            &office,
            lang,
            &format!("/office/subscriptions/{e3}/check?mpn_id="),
            200,
        )
        .await;
        for refused in ["2345678", "3456789", "5000000", "9999999", "12ab"] {
            let path = format!("/office/subscriptions/{e3}/check?mpn_id={refused}");
            visit(&office, lang, &path, 422).await;
        }
        visit(&office, lang, "/partner", 403).await;
        let ok_address = format!("/office/subscriptions/{e3}/partner");
        visit(&office, lang, &ok_address, 405).await;
        visit(&office, lang, "/office/subscriptions/999999", 404).await;

        let intune = browser_in(&app, lang).await;
        intune.sign_in_as("intune", "admin@contoso.example").await;
        for path in [
            "/intune".to_string(),
            "/intune/subscriptions".to_string(),
            format!("/intune/subscriptions/{aadp}"),
            "/intune/help".to_string(),
            "/intune/support".to_string(),
        ] {
            visit(&intune, lang, &path, 200).await;
        }
        visit(&intune, lang, "/intune/subscriptions/add", 422).await;

        let reader = browser_in(&app, lang).await;
        reader.sign_in_as("office", "reader@contoso.example").await;
        visit(&reader, lang, &format!("/office/subscriptions/{e3}"), 200).await;
        visit(
            &reader,
            lang,
            &format!("/office/subscriptions/{e3}/check?mpn_id=1234567"),
            403,
        )
        .await;

        let partner = browser_in(&app, lang).await;
        partner
            .sign_in_as("partner", "partner@northwind.example")
            .await;
        for path in [
            "/partner".to_string(),
            "/partner?status=ended".to_string(),
            format!("/partner/associations/{northwind_association}"),
            "/partner/history".to_string(),
            "/partner/notifications".to_string(),
            "/partner/help".to_string(),
            "/partner/support".to_string(),
        ] {
            visit(&partner, lang, &path, 200).await;
        }
        visit(&partner, lang, "/partner?q=a%0Ab", 422).await;
    }
}

#[tokio::test]
async fn the_browsers_language_is_the_default_until_the_visitor_chooses() {
    let app = spawn_app().await;
    let html = page_for(&app, "/office/login", "es-ES, ja;q=0.8, en;q=0.5").await;
    assert_in(Lang::Ja, "/office/login", &html);
    assert!(html.contains("<h1>サインイン</h1>"));
    // A language the portal does not speak: English.
    let html = page_for(&app, "/", "es, it;q=0.9").await;
    assert_in(Lang::En, "/", &html);
    // The choice wins over the browser.
    app.get("/language?lang=de&next=/").await;
    let html = page_for(&app, "/", "ja").await;
    assert_in(Lang::De, "/", &html);
}

#[tokio::test]
async fn the_picker_returns_to_the_page_and_refuses_what_it_does_not_know() {
    let app = spawn_app().await;
    let response = app
        .get("/language?lang=fr&next=/partner/login?signed_out=1")
        .await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(location(&response), "/partner/login?signed_out=1");
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("dpor-lang="))
        .expect("the choice is kept in a cookie")
        .to_string();
    assert!(
        cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
            && cookie.contains("Max-Age="),
        "{cookie}"
    );
    let html = app.get_html("/partner/login?signed_out=1").await;
    assert!(html.contains("Vous êtes déconnecté."), "{html}");
    // Only addresses on this site.
    for next in [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
    ] {
        let response = app
            .client
            .get(app.url("/language"))
            .query(&[("lang", "de"), ("next", next)])
            .send()
            .await
            .unwrap();
        assert_eq!(location(&response), "/", "{next}");
    }
    // An unknown language: a clear page and a 4xx, in the language the visitor had (German, from
    // the last choice above).
    let response = app.get("/language?lang=xx&next=/").await;
    assert_eq!(response.status().as_u16(), 400);
    let html = response.text().await.unwrap();
    assert_in(Lang::De, "/language?lang=xx", &html);
    assert!(
        html.contains("<h1>Die Anfrage konnte nicht gelesen werden</h1>"),
        "{html}"
    );
    // On a page with a session the picker is a form with its token; without it, refused.
    let login = app.get_html("/office/login").await;
    let token = csrf_token(&login);
    assert!(login.contains("<form class=\"language-picker\" action=\"/language\" method=\"post\">"));
    let refused = app
        .post("/language", &[("lang", "ja"), ("next", "/")])
        .await;
    assert_eq!(refused.status().as_u16(), 403);
    let accepted = app
        .post(
            "/language",
            &[
                ("csrf_token", token.as_str()),
                ("lang", "ja"),
                ("next", "/office/login"),
            ],
        )
        .await;
    assert_eq!(accepted.status().as_u16(), 303);
    assert!(app
        .get_html("/office/login")
        .await
        .contains("<h1>サインイン</h1>"));
}

fn saved_language(app: &TestApp, email: &str) -> Option<String> {
    customer_users::table
        .filter(customer_users::email.eq(email))
        .select(customer_users::language)
        .first(&mut *app.conn())
        .unwrap()
}

#[tokio::test]
async fn a_signed_in_users_choice_follows_them_to_another_browser() {
    let app = spawn_app().await;
    app.sign_in_as("office", "billing@contoso.example").await;
    assert_eq!(saved_language(&app, "billing@contoso.example"), None);
    let response = app
        .post_form(
            "/office/subscriptions",
            "/language",
            &[("lang", "de"), ("next", "/office/subscriptions")],
        )
        .await;
    assert_eq!(location(&response), "/office/subscriptions");
    assert_eq!(
        saved_language(&app, "billing@contoso.example").as_deref(),
        Some("de")
    );
    let html = app.get_html("/office/subscriptions").await;
    assert!(html.contains("<h1>Abonnements</h1>"), "{html}");

    // Another browser, whose own language is Japanese: after sign-in the account's German wins.
    let other = app.another_browser();
    let html = page_for(&other, "/office/login", "ja").await;
    assert_in(Lang::Ja, "/office/login", &html);
    other.sign_in_as("office", "billing@contoso.example").await;
    let html = page_for(&other, "/office", "ja").await;
    assert_in(Lang::De, "/office", &html);

    // A language picked on the sign-in page is kept on the account at sign-in.
    let third = app.another_browser();
    third.get("/language?lang=fr&next=/office/login").await;
    third.sign_in_as("office", "billing@contoso.example").await;
    assert_eq!(
        saved_language(&app, "billing@contoso.example").as_deref(),
        Some("fr")
    );

    // Signing out keeps the browser's language.
    let fresh = app.another_browser();
    fresh.get("/language?lang=ja&next=/").await;
    fresh
        .sign_in_as("partner", "partner@northwind.example")
        .await;
    let sign_out = fresh.post_form("/partner", "/partner/logout", &[]).await;
    assert_eq!(sign_out.status().as_u16(), 303);
    assert!(fresh
        .get_html("/partner/login?signed_out=1")
        .await
        .contains("サインアウトしました。"));
}

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

/// A refusal is shown in answer to a form; the picker there returns to the page the form was on,
/// not to the form's address (which only takes a POST).
#[tokio::test]
async fn after_a_refused_form_the_picker_returns_to_the_page_the_form_was_on() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let check = format!("/office/subscriptions/{e3}/check?mpn_id=7654321");
    let page = app.get_html(&check).await;
    let token = csrf_token(&page);
    let refused = app
        .client
        .post(app.url(&format!("/office/subscriptions/{e3}/partner")))
        .header("Referer", app.url(&check))
        .form(&[
            ("csrf_token", token.as_str()),
            ("mpn_id", "2345678"),
            ("expected_partner", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status().as_u16(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains(&format!(
            "<input type=\"hidden\" name=\"next\" value=\"{check}\">"
        )),
        "{html}"
    );
}
