//! Imports: an operator uploads a CSV file, the portal imports it on its own, and the import's
//! page shows the progress and then the result, the same result the command line prints.

use std::time::{Duration, Instant};

use reqwest::multipart::{Form, Part};

use crate::helpers::{csrf_token, location, spawn_app, text_of, texts_of, TestApp};

use super::emailed_link;

async fn operator() -> TestApp {
    let app = spawn_app().await;
    app.sign_in_as("operator", "operator@dpor-portal.example")
        .await;
    app
}

/// The upload form as a browser sends it: the token, the kind, the checkbox, then the file.
fn upload(token: &str, kind: &str, skip_invalid: bool, file: Option<(&str, &str)>) -> Form {
    let mut form = Form::new()
        .text("csrf_token", token.to_string())
        .text("kind", kind.to_string());
    if skip_invalid {
        form = form.text("skip_invalid", "1");
    }
    match file {
        Some((name, csv)) => form.part(
            "file",
            Part::text(csv.to_string())
                .file_name(name.to_string())
                .mime_str("text/csv")
                .unwrap(),
        ),
        None => form.part("file", Part::bytes(Vec::new()).file_name("")),
    }
}

async fn send(app: &TestApp, form: Form) -> reqwest::Response {
    app.client
        .post(app.url("/operator/imports"))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// Uploads `csv`, then reads the import's page until it has a result.
async fn import(app: &TestApp, kind: &str, skip_invalid: bool, csv: &str) -> String {
    let token = csrf_token(&app.get_html("/operator/imports").await);
    let created = send(
        app,
        upload(&token, kind, skip_invalid, Some(("file.csv", csv))),
    )
    .await;
    assert_eq!(created.status().as_u16(), 303);
    let page = location(&created);
    assert!(page.starts_with("/operator/imports/"), "{page}");
    let started = Instant::now();
    loop {
        let html = app.get_html(&page).await;
        if html.contains("id=\"result-heading\"") {
            return html;
        }
        assert!(
            html.contains("http-equiv=\"refresh\""),
            "a running import's page refreshes itself"
        );
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the import ends"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn an_uploaded_file_is_imported_and_its_page_shows_what_it_did() {
    let app = operator().await;
    let html = app.get_html("/operator/imports").await;
    assert!(html.contains(">Imports</a>"), "in the navigation");
    assert!(html.contains("No file has been imported here yet."));

    let csv =
        "name,domain\nTailwind Ltd,tailwind.onmicrosoft.com\nContoso Ltd,contoso.onmicrosoft.com\n";
    let html = import(&app, "tenants", false, csv).await;
    assert_eq!(text_of(&html, "#import-added").as_deref(), Some("1"));
    assert_eq!(text_of(&html, "#import-changed").as_deref(), Some("1"));
    assert_eq!(text_of(&html, "#import-unchanged").as_deref(), Some("0"));
    assert!(html.contains("<dd id=\"import-status\">Done</dd>"));
    let tenants = app.get_html("/operator/tenants?q=tailwind").await;
    assert_eq!(texts_of(&tenants, "table tbody th"), ["Tailwind Ltd"]);

    // The same file again changes nothing; the list shows both imports, the latest first.
    let html = import(&app, "tenants", false, csv).await;
    assert_eq!(text_of(&html, "#import-unchanged").as_deref(), Some("2"));
    let list = app.get_html("/operator/imports").await;
    assert_eq!(texts_of(&list, "table tbody th").len(), 2);
}

#[tokio::test]
async fn a_file_with_a_bad_row_imports_nothing_and_lists_the_row() {
    let app = operator().await;
    let before = app.count("tenants");
    let csv = "name,domain\nTailwind Ltd,tailwind.onmicrosoft.com\nNobody,not a domain\n";
    let html = import(&app, "tenants", false, csv).await;
    assert!(html.contains("Nothing imported, or stopped"));
    assert!(text_of(&html, "#import-failure")
        .unwrap()
        .contains("nothing was imported"));
    let problems = texts_of(&html, "ul.problems li");
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("line 3, column domain:"),
        "{problems:?}"
    );
    assert_eq!(app.count("tenants"), before);

    // Skipping bad rows: the good one is imported, the bad one listed.
    let html = import(&app, "tenants", true, csv).await;
    assert_eq!(text_of(&html, "#import-added").as_deref(), Some("1"));
    assert_eq!(texts_of(&html, "ul.problems li").len(), 1);
    assert_eq!(app.count("tenants"), before + 1);
}

#[tokio::test]
async fn imported_users_get_their_invitation() {
    let app = operator().await;
    let csv = "tenant_domain,name,email,role\ncontoso.onmicrosoft.com,Ada Admin,ada@contoso.example,billing_admin\n";
    let html = import(&app, "users", false, csv).await;
    assert_eq!(text_of(&html, "#import-added").as_deref(), Some("1"));
    let link = emailed_link(&app, "ada@contoso.example");
    assert!(link.starts_with("/password/"), "{link}");
}

#[tokio::test]
async fn a_form_without_its_token_a_kind_or_a_file_is_refused() {
    let app = operator().await;
    let before = app.count("imports");
    let csv = Some(("file.csv", "name,domain\nA,a.example\n"));
    let forged = send(&app, upload("not-the-token", "tenants", false, csv)).await;
    assert_eq!(forged.status().as_u16(), 403);
    // The token after the file: the file is not read before the token is checked.
    let token = csrf_token(&app.get_html("/operator/imports").await);
    let late = Form::new()
        .part("file", Part::text("name,domain\n").file_name("late.csv"))
        .text("csrf_token", token.clone());
    assert_eq!(send(&app, late).await.status().as_u16(), 403);

    let no_file = send(&app, upload(&token, "tenants", false, None)).await;
    assert_eq!(no_file.status().as_u16(), 422);
    let html = no_file.text().await.unwrap();
    assert_eq!(
        text_of(&html, "#file-error").as_deref(),
        Some("Choose a CSV file that is not empty.")
    );
    let unknown = send(&app, upload(&token, "everything", false, csv)).await;
    assert_eq!(unknown.status().as_u16(), 422);
    let html = unknown.text().await.unwrap();
    assert_eq!(
        text_of(&html, "#kind-error").as_deref(),
        Some("Choose what the file holds.")
    );
    assert_eq!(app.count("imports"), before, "nothing started");
    assert_eq!(
        app.get("/operator/imports/999").await.status().as_u16(),
        404
    );
}

async fn progress_of(app: &TestApp, page: &str) -> serde_json::Value {
    let body = app.get_html(&format!("{page}/progress")).await;
    serde_json::from_str(&body).unwrap()
}

#[tokio::test]
async fn a_running_import_shows_its_progress_with_and_without_javascript() {
    let app = operator().await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let mut csv = String::from("subscription_id,workload,month,active_users\n");
    // 40,000 rows: forty transactions, with SQLite's pause between them.
    for i in 0..40_000 {
        let (workload, month) = (i / 1200, i % 1200);
        csv.push_str(&format!(
            "{e3},W{workload},{}-{:02},{}\n",
            1995 + month / 12,
            month % 12 + 1,
            i % 7
        ));
    }
    let token = csrf_token(&app.get_html("/operator/imports").await);
    let created = send(
        &app,
        upload(&token, "usage", false, Some(("usage.csv", &csv))),
    )
    .await;
    let page = location(&created);
    let html = app.get_html(&page).await;
    assert!(html.contains("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>"));
    assert!(html.contains("<script src=\"/static/import-progress.js\" defer></script>"));
    assert!(html.contains("<progress id=\"import-bar\" max=\"100\""));
    let progress = progress_of(&app, &page).await;
    assert_eq!(progress["running"], true, "{progress}");
    let counts = progress["counts"].as_str().unwrap();
    assert!(
        counts.ends_with("rows checked.") || counts.ends_with("rows written."),
        "{counts}"
    );
    let started = Instant::now();
    let html = loop {
        let html = app.get_html(&page).await;
        if html.contains("id=\"result-heading\"") {
            break html;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the import ends"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    };
    assert_eq!(text_of(&html, "#import-added").as_deref(), Some("40,000"));
    assert!(
        !html.contains("http-equiv=\"refresh\""),
        "a finished import's page stays"
    );
    let progress = progress_of(&app, &page).await;
    assert_eq!(progress["running"], false);
    assert_eq!(progress["percent"], 100);
}
