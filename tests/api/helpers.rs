use std::sync::atomic::{AtomicU32, Ordering};

use diesel::{Connection, PgConnection, RunQueryDsl};
use dpor_portal::config::Config;
use dpor_portal::db::{DatabaseUrl, DbPool};
use dpor_portal::startup::Application;
use reqwest::header::HeaderMap;

pub const DEMO_PASSWORD: &str = "demo-password";
pub const SESSION_COOKIE: &str = "__Host-dpor-session";

/// A database of its own for one test: a temporary SQLite file, or a fresh PostgreSQL database
/// when TEST_DATABASE_URL names a PostgreSQL server (its database is used only to create others).
pub enum TestDatabase {
    /// The folder holding the file; removed when the test ends.
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres {
        admin_url: String,
        name: String,
    },
    /// Another handle on a database some other value owns.
    Borrowed,
}

impl TestDatabase {
    pub fn create() -> (Self, DatabaseUrl) {
        let required = std::env::var("DPOR_REQUIRE_POSTGRES").is_ok_and(|v| v == "1");
        match std::env::var("TEST_DATABASE_URL") {
            Ok(admin_url) if !admin_url.trim().is_empty() => Self::create_postgres(admin_url),
            _ if required => panic!(
                "DPOR_REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: the PostgreSQL run cannot be skipped"
            ),
            _ => {
                let dir = tempfile::tempdir().expect("a temporary folder");
                let path = dir.path().join("test.sqlite3");
                let url = DatabaseUrl::parse(path.to_str().expect("a UTF-8 path")).unwrap();
                (Self::Sqlite(dir), url)
            }
        }
    }

    fn create_postgres(admin_url: String) -> (Self, DatabaseUrl) {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "dpor_test_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            rand::random::<u32>()
        );
        let mut admin = PgConnection::establish(&admin_url).unwrap_or_else(|e| {
            panic!("PostgreSQL at TEST_DATABASE_URL cannot be reached ({e}); the PostgreSQL run fails rather than skips")
        });
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .expect("create the test database");
        let mut url = url::Url::parse(&admin_url).expect("TEST_DATABASE_URL is a URL");
        url.set_path(&name);
        let database_url = DatabaseUrl::parse(url.as_str()).unwrap();
        (Self::Postgres { admin_url, name }, database_url)
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Self::Postgres { admin_url, name } = self {
            if let Ok(mut admin) = PgConnection::establish(admin_url) {
                let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut admin);
            }
        }
    }
}

pub fn test_config(database_url: DatabaseUrl, mail_dir: &std::path::Path) -> Config {
    Config {
        database_url,
        bind: "127.0.0.1:0".to_string(),
        public_url: "http://portal.example".to_string(),
        session_key: b"an integration-test session key that is long enough".to_vec(),
        production: false,
        seed_demo: true,
        smtp_url: None,
        mail_dir: mail_dir.to_path_buf(),
        import_dir: mail_dir.join("imports"),
        mail_from: "DPOR Portal <no-reply@dpor-portal.example>".to_string(),
        mail: dpor_portal::mail::MailPolicy {
            poll_interval: std::time::Duration::from_millis(100),
            retry_base: std::time::Duration::from_millis(200),
            ..Default::default()
        },
        db_pool_size: 4,
        sqlite_lock_wait: dpor_portal::db::DEFAULT_LOCK_WAIT,
        eligibility: Default::default(),
        session: Default::default(),
        rate_limits: Default::default(),
        cookie_secure: true,
    }
}

pub struct TestApp {
    pub address: String,
    /// The test's database, as DATABASE_URL for running the binary against it.
    pub database_url: String,
    pub client: reqwest::Client,
    pub pool: DbPool,
    pub mail_dir: tempfile::TempDir,
    _database: TestDatabase,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Starts the application with a configuration the test adjusts first.
pub async fn spawn_app_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
    let (database, database_url) = TestDatabase::create();
    let mail_dir = tempfile::tempdir().expect("a mail folder");
    let mut config = test_config(database_url, mail_dir.path());
    adjust(&mut config);
    let database_url = config.database_url.as_str().to_string();
    let app = Application::build(config).expect("the application starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let pool = app.pool();
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        database_url,
        client: new_client(),
        pool,
        mail_dir,
        _database: database,
    }
}

/// A browser-like client: keeps cookies, does not follow redirects (tests look at them).
pub fn new_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .expect("an HTTP client")
}

/// The session cookie a response sets, if any.
pub fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| {
            let (pair, _) = v.split_once(';').unwrap_or((v, ""));
            let (name, value) = pair.split_once('=')?;
            (name == SESSION_COOKIE).then(|| value.to_string())
        })
}

/// The hidden form token on a page.
pub fn csrf_token(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker).expect("the page has a form token") + marker.len();
    let end = start + html[start..].find('"').expect("the token ends");
    html[start..end].to_string()
}

pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("the request is answered")
    }

    pub async fn get_html(&self, path: &str) -> String {
        self.get(path).await.text().await.expect("a body")
    }

    /// Posts exactly these fields (a test that forges or omits the form token says so itself).
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .expect("the request is answered")
    }

    /// Posts a form the way a browser does, with the form token of the page it came from.
    pub async fn post_form(
        &self,
        page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let token = csrf_token(&self.get_html(page).await);
        let mut form: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
        form.extend_from_slice(fields);
        self.post(action, &form).await
    }

    /// Signs in at a portal ("office", "intune" or "partner") and returns the response.
    pub async fn sign_in(&self, portal: &str, email: &str, password: &str) -> reqwest::Response {
        let login = format!("/{portal}/login");
        self.post_form(&login, &login, &[("email", email), ("password", password)])
            .await
    }

    /// Signs in and checks that it worked.
    pub async fn sign_in_as(&self, portal: &str, email: &str) {
        let response = self.sign_in(portal, email, DEMO_PASSWORD).await;
        assert_eq!(
            response.status().as_u16(),
            303,
            "sign-in of {email} at {portal}"
        );
        assert_eq!(location(&response), format!("/{portal}"));
    }

    pub fn conn(&self) -> dpor_portal::db::PooledConn {
        self.pool.get().expect("a database connection")
    }
}

impl TestApp {
    /// A server that runs elsewhere (the real binary, in a process of its own) on this test's
    /// database, seen through `client`.
    pub fn elsewhere(
        address: String,
        database: TestDatabase,
        url: &DatabaseUrl,
        client: reqwest::Client,
    ) -> TestApp {
        TestApp {
            address,
            database_url: url.as_str().to_string(),
            client,
            pool: dpor_portal::db::connect_pool(url, 2).expect("the test's database"),
            mail_dir: tempfile::tempdir().expect("a folder"),
            _database: database,
        }
    }

    /// A second browser on the same server, with its own cookies.
    pub fn another_browser(&self) -> TestApp {
        TestApp {
            address: self.address.clone(),
            database_url: self.database_url.clone(),
            client: new_client(),
            pool: self.pool.clone(),
            mail_dir: tempfile::tempdir().expect("a folder"),
            _database: TestDatabase::Borrowed,
        }
    }
}

/// The named fields of the form on a page that posts to `action`, as a browser would send them.
pub fn form_fields(html: &str, action: &str) -> Vec<(String, String)> {
    let document = scraper::Html::parse_document(html);
    let form_selector = scraper::Selector::parse("form").unwrap();
    let input_selector = scraper::Selector::parse("input[name]").unwrap();
    let form = document
        .select(&form_selector)
        .find(|f| f.value().attr("action") == Some(action))
        .unwrap_or_else(|| panic!("no form posts to {action}"));
    form.select(&input_selector)
        .map(|input| {
            let value = input.value();
            (
                value.attr("name").unwrap_or_default().to_string(),
                value.attr("value").unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// The text of the page's element matching a CSS selector, white space folded.
pub fn text_of(html: &str, selector: &str) -> Option<String> {
    texts_of(html, selector).into_iter().next()
}

/// The text of every element matching a CSS selector, white space folded.
pub fn texts_of(html: &str, selector: &str) -> Vec<String> {
    let document = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse(selector).unwrap();
    document
        .select(&selector)
        .map(|e| {
            e.text()
                .collect::<Vec<_>>()
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

impl TestApp {
    /// The id of a tenant's subscription of a product.
    pub fn subscription_id(&self, tenant: &str, product: &str) -> i32 {
        use diesel::prelude::*;
        use dpor_portal::db::schema::{subscriptions, tenants};
        subscriptions::table
            .inner_join(tenants::table)
            .filter(tenants::name.eq(tenant))
            .filter(subscriptions::product.eq(product))
            .select(subscriptions::id)
            .first(&mut *self.conn())
            .expect("the subscription exists")
    }

    /// Check ID on a subscription's partner-of-record page ("office" or "intune").
    pub async fn check_id(
        &self,
        portal: &str,
        subscription_id: i32,
        mpn_id: &str,
    ) -> reqwest::Response {
        self.client
            .get(self.url(&format!("/{portal}/subscriptions/{subscription_id}/check")))
            .query(&[("mpn_id", mpn_id)])
            .send()
            .await
            .expect("the request is answered")
    }

    /// Check ID, then OK on the confirmation, exactly as the page's form sends it.
    pub async fn check_and_ok(
        &self,
        portal: &str,
        subscription_id: i32,
        mpn_id: &str,
    ) -> reqwest::Response {
        let page = self.check_id(portal, subscription_id, mpn_id).await;
        assert_eq!(
            page.status().as_u16(),
            200,
            "Check ID {mpn_id} finds a partner"
        );
        let html = page.text().await.unwrap();
        let base = format!("/{portal}/subscriptions/{subscription_id}");
        let action = if mpn_id.trim().is_empty() {
            format!("{base}/partner/remove")
        } else {
            format!("{base}/partner")
        };
        self.submit(&html, &action).await
    }

    /// Submits the form of `html` that posts to `action`.
    pub async fn submit(&self, html: &str, action: &str) -> reqwest::Response {
        let fields = form_fields(html, action);
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        self.post(action, &fields).await
    }

    pub fn count(&self, sql_table: &str) -> i64 {
        use diesel::prelude::*;
        #[derive(QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {sql_table}"))
            .get_result::<Count>(&mut *self.conn())
            .expect("a count")
            .n
    }
}
