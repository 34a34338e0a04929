//! The Support tab: Category → Topic → Issue from the database, a reference, My requests, and an
//! e-mail confirmation through the outbox.

use diesel::prelude::*;
use dpor_portal::db::schema::{outbox, support_categories, support_issues, support_topics};

use crate::helpers::{csrf_token, location, spawn_app, text_of, TestApp};

fn id_of(app: &TestApp, kind: &str, name: &str) -> i32 {
    let mut conn = app.conn();
    match kind {
        "category" => support_categories::table
            .filter(support_categories::name.eq(name))
            .select(support_categories::id)
            .first(&mut *conn),
        "topic" => support_topics::table
            .filter(support_topics::name.eq(name))
            .select(support_topics::id)
            .first(&mut *conn),
        _ => support_issues::table
            .filter(support_issues::name.eq(name))
            .select(support_issues::id)
            .first(&mut *conn),
    }
    .unwrap()
}

struct Ids {
    category: String,
    topic: String,
    issue: String,
}

fn check_id_issue(app: &TestApp) -> Ids {
    Ids {
        category: id_of(app, "category", "Partner of record").to_string(),
        topic: id_of(app, "topic", "Check ID").to_string(),
        issue: id_of(app, "issue", "The MPN ID is not found").to_string(),
    }
}

async fn file(
    app: &TestApp,
    portal: &str,
    ids: &Ids,
    description: &str,
    contact: &str,
) -> reqwest::Response {
    let page = app
        .get_html(&format!(
            "/{portal}/support/new?category={}&topic={}",
            ids.category, ids.topic
        ))
        .await;
    app.post(
        &format!("/{portal}/support/new"),
        &[
            ("csrf_token", csrf_token(&page).as_str()),
            ("category", ids.category.as_str()),
            ("topic", ids.topic.as_str()),
            ("issue", ids.issue.as_str()),
            ("description", description),
            ("contact", contact),
        ],
    )
    .await
}

#[tokio::test]
async fn the_choices_come_one_step_at_a_time_from_the_database() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let ids = check_id_issue(&app);
    let first = app.get_html("/office/support/new").await;
    assert!(first.contains("<label for=\"category\">Category</label>"));
    for category in [
        "Partner of record",
        "Incentives and eligibility",
        "Email and notifications",
        "Sign-in and access",
    ] {
        assert!(
            first.contains(&format!(">{category}</option>")),
            "{category}"
        );
    }
    assert!(
        !first.contains("<label for=\"topic\">"),
        "no topic before a category"
    );
    let second = app
        .get_html(&format!("/office/support/new?category={}", ids.category))
        .await;
    assert!(second.contains("<label for=\"topic\">Topic</label>"));
    assert!(second.contains(">Check ID</option>"));
    assert!(
        !second.contains("Monthly eligibility"),
        "only the category's topics"
    );
    let third = app
        .get_html(&format!(
            "/office/support/new?category={}&topic={}",
            ids.category, ids.topic
        ))
        .await;
    assert!(third.contains("<label for=\"issue\">Issue</label>"));
    assert!(third.contains(">The MPN ID is not found</option>"));
    for method in ["Chat", "Forum", "E-mail"] {
        assert!(third.contains(&format!("> {method}</label>")), "{method}");
    }
    // A topic from another category is forgotten, not trusted.
    let other_topic = id_of(&app, "topic", "Monthly eligibility");
    let mixed = app
        .get_html(&format!(
            "/office/support/new?category={}&topic={other_topic}",
            ids.category
        ))
        .await;
    assert!(!mixed.contains("<label for=\"issue\">"));
}

#[tokio::test]
async fn an_email_request_about_check_id_round_trips_and_is_confirmed_by_email() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let ids = check_id_issue(&app);
    let response = file(
        &app,
        "office",
        &ids,
        "Check ID says 1234568 is not found, but it is our partner.",
        "email",
    )
    .await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(location(&response), "/office/support");
    let page = app.get_html("/office/support").await;
    let flash = text_of(&page, ".flash-success").unwrap();
    assert!(flash.starts_with("Your request SR-"), "{flash}");
    assert!(flash.contains("A confirmation is on its way to your e-mail address."));
    let reference = flash.split_whitespace().nth(2).unwrap().to_string();
    assert_eq!(reference.len(), 11);
    let requests = text_of(&page, "table tbody").unwrap();
    assert!(requests.contains(&reference));
    assert!(
        requests.contains("Partner of record › Check ID › The MPN ID is not found"),
        "{requests}"
    );
    assert!(requests.contains("E-mail Open"));

    let mails: Vec<(String, String, String)> = outbox::table
        .select((outbox::recipient, outbox::subject, outbox::body_text))
        .load(&mut *app.conn())
        .unwrap();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].0, "admin@contoso.example");
    assert_eq!(
        mails[0].1,
        format!("Your support request {reference} was received")
    );
    assert!(mails[0].2.contains("Check ID says 1234568 is not found"));
}

#[tokio::test]
async fn a_partner_files_a_chat_request_with_no_email() {
    let app = spawn_app().await;
    app.sign_in_as("partner", "partner@northwind.example").await;
    let ids = Ids {
        category: id_of(&app, "category", "Incentives and eligibility").to_string(),
        topic: id_of(&app, "topic", "Monthly eligibility").to_string(),
        issue: id_of(&app, "issue", "Associated only through the OSA form").to_string(),
    };
    let response = file(
        &app,
        "partner",
        &ids,
        "Contoso still shows us through the OSA form only.",
        "chat",
    )
    .await;
    assert_eq!(response.status().as_u16(), 303);
    let page = app.get_html("/partner/support").await;
    assert!(page.contains("A support agent will open a chat with you here."));
    assert!(text_of(&page, "table tbody")
        .unwrap()
        .contains("Monthly eligibility › Associated only through the OSA form"));
    assert_eq!(app.count("outbox"), 0);
    // Intune has the tab too.
    app.sign_in_as("intune", "billing@contoso.example").await;
    assert!(app
        .get_html("/intune/support")
        .await
        .contains("You have not filed a support request yet."));
}

#[tokio::test]
async fn each_person_sees_only_their_own_requests() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    file(
        &app,
        "office",
        &check_id_issue(&app),
        "Only Megan should see this request.",
        "forum",
    )
    .await;
    app.sign_in_as("office", "billing@contoso.example").await;
    let page = app.get_html("/office/support").await;
    assert!(page.contains("You have not filed a support request yet."));
    assert!(!page.contains("Only Megan"));
    app.sign_in_as("partner", "partner@northwind.example").await;
    assert!(!app
        .get_html("/partner/support")
        .await
        .contains("Only Megan"));
}

#[tokio::test]
async fn bad_requests_say_what_to_fix_and_keep_what_was_typed() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let ids = check_id_issue(&app);
    let cases = [
        (
            "Too short",
            "email",
            "Describe the problem in at least 10 characters.",
        ),
        (
            "A good description of the problem.",
            "phone",
            "Choose how you want to be contacted: Chat, Forum or E-mail.",
        ),
        (
            "\"><script>alert(1)</script> in the description",
            "",
            "Choose how you want to be contacted",
        ),
        (
            "Need help \u{202E}exe.txt with Check ID",
            "email",
            "The description cannot contain control characters or invisible formatting characters",
        ),
    ];
    for (description, contact, message) in cases {
        let response = file(&app, "office", &ids, description, contact).await;
        assert_eq!(response.status().as_u16(), 422, "{description}");
        let html = response.text().await.unwrap();
        assert!(html.contains(message), "{description}: {message}");
        assert!(!html.contains("<script>alert(1)"));
        if description.starts_with("A good") {
            assert!(
                html.contains(">A good description of the problem.</textarea>"),
                "kept"
            );
        }
    }
    let no_issue = Ids {
        issue: String::new(),
        ..check_id_issue(&app)
    };
    let response = file(
        &app,
        "office",
        &no_issue,
        "A good description of the problem.",
        "email",
    )
    .await;
    assert_eq!(response.status().as_u16(), 422);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Select a category, a topic and an issue."));
    assert_eq!(app.count("support_requests"), 0);
    let token = csrf_token(&app.get_html("/office/support").await);
    let response = app
        .post(
            "/office/support/new",
            &[
                ("csrf_token", token.as_str()),
                ("issue", "abc"),
                ("description", "\u{0}"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 422);
}
