//! The portal's database gone (PostgreSQL cut off) or held (SQLite locked by another writer):
//! every page that needs it and every form answers, within a second, a 503 page in the visitor's language with
//! `Retry-After`; a form's page says nothing was saved; the access log has each 503 with the
//! reference its page shows; and the portal recovers without a restart.

mod proxy;
mod served;

use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::{Connection, SqliteConnection};
use dpor_portal::db::DatabaseUrl;
use reqwest::header::{HeaderMap, HeaderValue, ACCEPT_LANGUAGE, RETRY_AFTER};

use crate::helpers::{TestApp, TestDatabase};
use proxy::CuttableProxy;
use served::Served;

const E3: &str = "Office 365 Enterprise E3";
const UNAVAILABLE_DE: &str = "Vorübergehend nicht verfügbar";
const NOT_SAVED_DE: &str = "Es wurde nichts gespeichert";

/// A browser that asks for German pages.
fn german_browser() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT_LANGUAGE, HeaderValue::from_static("de-DE,de;q=0.9"));
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .default_headers(headers)
        .build()
        .expect("an HTTP client")
}

/// The same PostgreSQL URL, through the proxy on `port`.
fn through(url: &str, port: u16) -> String {
    let mut url = url::Url::parse(url).expect("a URL");
    url.set_host(Some("127.0.0.1")).unwrap();
    url.set_port(Some(port)).unwrap();
    url.to_string()
}

fn host_and_port(url: &str) -> String {
    let url = url::Url::parse(url).expect("a URL");
    format!(
        "{}:{}",
        url.host_str().unwrap_or("127.0.0.1"),
        url.port().unwrap_or(5432)
    )
}

/// Takes SQLite's write lock and keeps it until dropped, as a long import's transaction would.
fn hold_write_lock(path: &str) -> SqliteConnection {
    let mut conn = SqliteConnection::establish(path).expect("the test's SQLite file");
    conn.batch_execute("BEGIN IMMEDIATE")
        .expect("the write lock");
    conn
}

/// A 503 page in German, answered within a second, with `Retry-After` and a reference that the
/// access log has too. Returns the reference.
async fn assert_unavailable(response: reqwest::Response, started: Instant, what: &str) -> String {
    let waited = started.elapsed();
    assert_eq!(response.status().as_u16(), 503, "{what}");
    assert!(waited < Duration::from_secs(1), "{what} took {waited:?}");
    assert_eq!(
        response
            .headers()
            .get(RETRY_AFTER)
            .map(|v| v.to_str().unwrap()),
        Some("5"),
        "{what}"
    );
    let id = response
        .headers()
        .get("x-request-id")
        .unwrap_or_else(|| panic!("{what} has no reference"))
        .to_str()
        .unwrap()
        .to_string();
    let html = response.text().await.unwrap();
    assert!(html.contains(UNAVAILABLE_DE), "{what}: {html}");
    assert!(html.contains(&id), "{what} shows its reference");
    id
}

async fn get(app: &TestApp, path: &str) -> (reqwest::Response, Instant) {
    let started = Instant::now();
    (app.get(path).await, started)
}

fn assert_logged(served: &Served, ids: &[String]) {
    // The access log is written as the answer goes out; give it a moment.
    std::thread::sleep(Duration::from_millis(200));
    let log = served.log();
    for id in ids {
        assert!(
            log.iter()
                .any(|line| line.contains(" 503 ") && line.contains(id.as_str())),
            "no access log line has the 503 with reference {id}:\n{}",
            log.join("\n")
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outage_answers_503_pages_in_the_visitors_language_and_the_portal_recovers() {
    let (database, url) = TestDatabase::create();
    let proxy = match &url {
        DatabaseUrl::Postgres(raw) => Some(CuttableProxy::start(host_and_port(raw)).await),
        DatabaseUrl::Sqlite(_) => None,
    };
    let served_url = match &proxy {
        Some(proxy) => through(url.as_str(), proxy.port),
        None => url.as_str().to_string(),
    };
    let served = tokio::task::spawn_blocking(move || {
        Served::start(&served_url, &[("SQLITE_LOCK_WAIT_MS", "300")])
    })
    .await
    .unwrap();
    let app = TestApp::elsewhere(served.address.clone(), database, &url, german_browser());
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", E3);
    let details = format!("/office/subscriptions/{e3}");
    let confirmation = app
        .check_id("office", e3, "1234567")
        .await
        .text()
        .await
        .unwrap();
    let (associations, events) = (app.count("associations"), app.count("association_events"));

    // The outage: PostgreSQL cut off, or SQLite's write lock held by another writer.
    let lock = match &proxy {
        Some(proxy) => {
            proxy.cut();
            None
        }
        None => Some(hold_write_lock(url.as_str())),
    };
    let mut ids = Vec::new();
    let started = Instant::now();
    let ok = app
        .submit(&confirmation, &format!("{details}/partner"))
        .await;
    let status = ok.status();
    let id = assert_unavailable(ok, started, "OK").await;
    ids.push(id);
    assert_eq!(status.as_u16(), 503);

    if proxy.is_some() {
        for path in [
            details.as_str(),
            "/office",
            "/office/subscriptions",
            "/healthz",
        ] {
            let (response, started) = get(&app, path).await;
            ids.push(assert_unavailable(response, started, path).await);
        }
        let started = Instant::now();
        let anonymous = german_browser()
            .get(app.url("/healthz"))
            .send()
            .await
            .unwrap();
        ids.push(assert_unavailable(anonymous, started, "/healthz without a cookie").await);
        // A sign-in page needs no database (its form's token is in a cookie); signing in does.
        let visitor = german_browser();
        let sign_in_page = visitor.get(app.url("/office/login")).send().await.unwrap();
        assert_eq!(sign_in_page.status().as_u16(), 200);
        let token = crate::helpers::csrf_token(&sign_in_page.text().await.unwrap());
        let started = Instant::now();
        let sign_in = visitor
            .post(app.url("/office/login"))
            .form(&[
                ("csrf_token", token.as_str()),
                ("email", "admin@contoso.example"),
                ("password", crate::helpers::DEMO_PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        ids.push(assert_unavailable(sign_in, started, "signing in").await);
    } else {
        // Reads go on while SQLite's write lock is held.
        assert_eq!(app.get(&details).await.status().as_u16(), 200);
    }
    assert_logged(&served, &ids);
    if lock.is_some() {
        assert!(
            served
                .log()
                .iter()
                .any(|line| line.contains("SQLite database is locked")),
            "the lock is logged as such"
        );
    }

    // Nothing was saved, and the page of the refused form says so.
    let started = Instant::now();
    let again = app
        .submit(&confirmation, &format!("{details}/partner"))
        .await;
    let html = {
        assert_eq!(again.status().as_u16(), 503);
        assert!(started.elapsed() < Duration::from_secs(1));
        again.text().await.unwrap()
    };
    assert!(html.contains(NOT_SAVED_DE), "{html}");

    // The database is back: the portal answers within a second, without a restart.
    match &proxy {
        Some(proxy) => proxy.restore(),
        None => drop(lock),
    }
    let back = Instant::now();
    loop {
        if app.get(&details).await.status().as_u16() == 200 {
            break;
        }
        assert!(
            back.elapsed() < Duration::from_secs(1),
            "no 200 within a second of the database's return"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(app.count("associations"), associations, "nothing was saved");
    assert_eq!(app.count("association_events"), events, "nothing was saved");
    let ok = app
        .submit(&confirmation, &format!("{details}/partner"))
        .await;
    assert_eq!(
        ok.status().as_u16(),
        303,
        "the same form, sent again, works"
    );
    assert_eq!(app.count("associations"), associations + 1);
}
