//! Both portal flows and the partner page in a real browser (Chromium through chromedriver),
//! found by visible labels as a person finds them; every page checked with axe-core and the Nu
//! HTML Checker. Without Chromium these tests skip with one line, unless DPOR_REQUIRE_BROWSER=1.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use crate::helpers::{spawn_app, TestApp, DEMO_PASSWORD};

type Step<T = ()> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "chromedriver";

fn required() -> bool {
    std::env::var("DPOR_REQUIRE_BROWSER").is_ok_and(|v| v == "1")
}

/// One chromedriver for the whole test binary.
fn chromedriver() -> Option<&'static str> {
    static DRIVER: OnceLock<Option<(String, Child)>> = OnceLock::new();
    DRIVER
        .get_or_init(|| {
            if !Path::new(CHROMIUM).exists() {
                return None;
            }
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .ok()?
                .local_addr()
                .ok()?
                .port();
            let child = Command::new(CHROMEDRIVER)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .ok()?;
            for _ in 0..100 {
                if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    return Some((format!("http://127.0.0.1:{port}"), child));
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            None
        })
        .as_ref()
        .map(|(url, _)| url.as_str())
}

/// Browser tests run one at a time: two cores do not share well between Chromiums.
fn one_at_a_time() -> &'static tokio::sync::Mutex<()> {
    static LOCK: OnceLock<tokio::sync::Mutex<()>> = OnceLock::new();
    LOCK.get_or_init(|| tokio::sync::Mutex::new(()))
}

struct Browser {
    client: Client,
    app: TestApp,
    name: String,
    /// Every page visited, for the HTML checker.
    pages: Vec<(String, String)>,
}

async fn browser(name: &str) -> Option<Browser> {
    let Some(driver) = chromedriver() else {
        if required() {
            panic!("DPOR_REQUIRE_BROWSER=1 but Chromium or chromedriver is missing (apt-get install chromium chromium-driver)");
        }
        eprintln!("skipping browser test {name}: Chromium and chromedriver are not installed");
        return None;
    };
    let profile = tempfile::tempdir().unwrap().keep();
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": CHROMIUM,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900",
                format!("--user-data-dir={}", profile.display()),
            ],
        }),
    );
    let client = ClientBuilder::native()
        .capabilities(capabilities)
        .connect(driver)
        .await
        .expect("a browser session");
    Some(Browser {
        client,
        app: spawn_app().await,
        name: name.to_string(),
        pages: Vec::new(),
    })
}

fn e2e_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("e2e");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn xpath_literal(text: &str) -> String {
    format!("\"{text}\"")
}

impl Browser {
    async fn open(&mut self, path: &str) -> Step {
        self.client.goto(&self.app.url(path)).await?;
        self.checked_page().await
    }

    /// Runs an async script, again if the page was still settling: a script interrupted by the
    /// browser (it reports a script timeout at once) is tried up to three times.
    async fn run_script(&self, script: &str, args: Vec<Value>) -> Step<Value> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self.client.execute_async(script, args.clone()).await {
                Ok(value) => return Ok(value),
                Err(fantoccini::error::CmdError::Standard(e))
                    if attempt < 3 && e.error == fantoccini::error::ErrorStatus::ScriptTimeout =>
                {
                    tokio::time::sleep(Duration::from_millis(300)).await;
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Checks the page now shown: accessibility, and its HTML kept for the checker.
    async fn checked_page(&mut self) -> Step {
        let url = self.client.current_url().await?.to_string();
        self.axe(&url).await?;
        let html = self
            .run_script(
                "const done = arguments[arguments.length - 1];
                 fetch(location.href, {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('FETCH FAILED ' + e));",
                vec![],
            )
            .await?;
        self.pages
            .push((url, html.as_str().unwrap_or_default().to_string()));
        Ok(())
    }

    async fn axe(&self, url: &str) -> Step {
        let Ok(path) = std::env::var("AXE_CORE_PATH") else {
            if required() {
                return Err("AXE_CORE_PATH is not set (npm install axe-core)".into());
            }
            return Ok(());
        };
        let source = std::fs::read_to_string(&path)?;
        // axe-core and the run in one script, so that a retried run brings axe-core with it.
        let script = format!(
            "{source}\n;const done = arguments[arguments.length - 1];
             axe.run(document, {{runOnly: {{type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}}}})
                .then(r => done({{passes: r.passes.length, violations: r.violations.map(v => v.id + ': ' + v.help + ' → ' + v.nodes.map(n => n.target.join(' ')).join(', '))}}),
                      e => done({{passes: 0, violations: ['axe failed: ' + e]}}));"
        );
        let result = self.run_script(&script, vec![]).await?;
        let passes = result["passes"].as_u64().unwrap_or(0);
        let violations: Vec<String> = serde_json::from_value(result["violations"].clone())?;
        if passes == 0 {
            return Err(format!("axe-core checked nothing on {url}").into());
        }
        if !violations.is_empty() {
            return Err(format!(
                "accessibility violations on {url}:\n{}",
                violations.join("\n")
            )
            .into());
        }
        Ok(())
    }

    async fn field(&self, label: &str) -> Step<fantoccini::elements::Element> {
        let label = self
            .client
            .find(Locator::XPath(&format!(
                "//label[normalize-space()={}]",
                xpath_literal(label)
            )))
            .await?;
        let id = label.attr("for").await?.ok_or("the label names no field")?;
        Ok(self.client.find(Locator::Id(&id)).await?)
    }

    async fn fill(&self, label: &str, text: &str) -> Step {
        let field = self.field(label).await?;
        field.clear().await?;
        field.send_keys(text).await?;
        Ok(())
    }

    async fn press(&mut self, button: &str) -> Step {
        self.client
            .find(Locator::XPath(&format!(
                "//button[normalize-space()={}]",
                xpath_literal(button)
            )))
            .await?
            .click()
            .await?;
        self.checked_page().await
    }

    async fn follow(&mut self, link: &str) -> Step {
        self.client
            .find(Locator::XPath(&format!(
                "//a[normalize-space()={}]",
                xpath_literal(link)
            )))
            .await?
            .click()
            .await?;
        self.checked_page().await
    }

    /// Picks an option of the select labelled `label`, by its visible text.
    async fn choose(&self, label: &str, option: &str) -> Step {
        let select = self.field(label).await?;
        select
            .find(Locator::XPath(&format!(
                "./option[normalize-space()={}]",
                xpath_literal(option)
            )))
            .await?
            .click()
            .await?;
        Ok(())
    }

    /// Waits until a field labelled `label` is on the page (it may arrive without a page load).
    async fn appears(&self, label: &str) -> Step {
        for _ in 0..100 {
            if self.field(label).await.is_ok() {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Err(format!("{label} did not appear").into())
    }

    /// The text of the list's row whose heading links to `product`.
    async fn list_row(&self, product: &str) -> Step<String> {
        let row = format!("//tr[th/a[normalize-space()={}]]", xpath_literal(product));
        Ok(self.client.find(Locator::XPath(&row)).await?.text().await?)
    }

    async fn text(&self) -> Step<String> {
        Ok(self.client.find(Locator::Css("main")).await?.text().await?)
    }

    async fn sign_in(&mut self, portal: &str, email: &str) -> Step {
        self.open(&format!("/{portal}/login")).await?;
        self.fill("Email", email).await?;
        self.fill("Password", DEMO_PASSWORD).await?;
        self.press("Sign in").await
    }

    /// Runs the steps; on failure keeps a screenshot and the page under target/e2e, then fails.
    async fn run<F>(mut self, steps: F)
    where
        F: for<'a> FnOnce(
            &'a mut Browser,
        )
            -> std::pin::Pin<Box<dyn std::future::Future<Output = Step> + 'a>>,
    {
        let outcome = steps(&mut self).await;
        let outcome = match outcome {
            Ok(()) => self.validate_html(),
            Err(e) => Err(e),
        };
        if let Err(error) = outcome {
            let dir = e2e_dir();
            if let Ok(png) = self.client.screenshot().await {
                let _ = std::fs::write(dir.join(format!("{}.png", self.name)), png);
            }
            if let Ok(html) = self.client.source().await {
                let _ = std::fs::write(dir.join(format!("{}.html", self.name)), html);
            }
            let _ = self.client.close().await;
            panic!(
                "{}: {error} (screenshot and page in target/e2e/)",
                self.name
            );
        }
        let _ = self.client.close().await;
    }

    /// The Nu HTML Checker on every page visited (it refuses localhost, so it reads saved files).
    fn validate_html(&self) -> Step {
        let Ok(jar) = std::env::var("VNU_JAR") else {
            if required() {
                return Err("VNU_JAR is not set (npm install vnu-jar)".into());
            }
            return Ok(());
        };
        let dir = e2e_dir().join(format!("{}-pages", self.name));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        let mut files = Vec::new();
        for (i, (_, html)) in self.pages.iter().enumerate() {
            let file = dir.join(format!("{i:02}.html"));
            std::fs::write(&file, html)?;
            files.push(file);
        }
        let output = Command::new("java")
            .args(["-jar", &jar, "--errors-only", "--format", "text"])
            .args(&files)
            .output()?;
        if !output.status.success() {
            let report = String::from_utf8_lossy(&output.stderr);
            let named: Vec<String> = self
                .pages
                .iter()
                .enumerate()
                .map(|(i, (url, _))| format!("{i:02}.html = {url}"))
                .collect();
            return Err(format!("HTML errors:\n{report}\n{}", named.join("\n")).into());
        }
        Ok(())
    }
}

#[tokio::test]
async fn office_flow_in_a_browser() {
    let _turn = one_at_a_time().lock().await;
    let Some(browser) = browser("office_flow").await else {
        return;
    };
    browser
        .run(|b| {
            Box::pin(async move {
                b.open("/").await?;
                b.sign_in("office", "admin@contoso.example").await?;
                b.follow("Subscriptions").await?;
                b.follow("Office 365 Enterprise E3").await?;
                b.fill("MPN ID", "1234567").await?;
                b.press("Check ID").await?;
                let text = b.text().await?;
                if !text.contains("Partner found") || !text.contains("Northwind Traders") {
                    return Err(format!("no partner found: {text}").into());
                }
                b.press("OK").await?;
                if !b
                    .text()
                    .await?
                    .contains("Northwind Traders is now the partner of record")
                {
                    return Err("no confirmation after OK".into());
                }
                b.follow("Subscriptions").await?;
                let row = b.list_row("Office 365 Enterprise E3").await?;
                if !row.contains("Northwind Traders") {
                    return Err(format!("the list shows {row}").into());
                }
                // Empty the field, Check ID, OK: removed.
                b.follow("Office 365 Enterprise E3").await?;
                b.fill("MPN ID", "").await?;
                b.press("Check ID").await?;
                if !b
                    .text()
                    .await?
                    .contains("Remove Northwind Traders as partner of record?")
                {
                    return Err("no removal question".into());
                }
                b.press("OK").await?;
                b.follow("Subscriptions").await?;
                let row = b.list_row("Office 365 Enterprise E3").await?;
                if !row.ends_with("None") {
                    return Err(format!("after removal the list shows {row}").into());
                }
                // The error path: the message shows next to the field.
                b.follow("Office 365 Enterprise E3").await?;
                b.fill("MPN ID", "12ab").await?;
                b.press("Check ID").await?;
                let field = b.field("MPN ID").await?;
                let described_by = field
                    .attr("aria-describedby")
                    .await?
                    .ok_or("the field names no message")?;
                let message = b
                    .client
                    .find(Locator::Id(&described_by))
                    .await?
                    .text()
                    .await?;
                if message != "An MPN ID has 6 to 10 digits, like 1234567." {
                    return Err(format!("the message is {message:?}").into());
                }
                b.follow("How naming a partner of record works").await?;
                if !b.text().await?.contains("Add or change the partner") {
                    return Err("the help page is missing its steps".into());
                }
                Ok(())
            })
        })
        .await;
}

#[tokio::test]
async fn intune_flow_in_a_browser() {
    let _turn = one_at_a_time().lock().await;
    let Some(browser) = browser("intune_flow").await else {
        return;
    };
    browser
        .run(|b| {
            Box::pin(async move {
                b.sign_in("intune", "admin@contoso.example").await?;
                b.follow("Manage details").await?;
                b.client
                    .find(Locator::XPath("//label[normalize-space()='Azure Active Directory Premium']"))
                    .await?
                    .click()
                    .await?;
                b.press("Add").await?;
                b.fill("MPN ID", "7654321").await?;
                b.press("Check ID").await?;
                b.press("OK").await?;
                if !b.text().await?.contains("Adventure Works Consulting is now the partner of record for Azure Active Directory Premium") {
                    return Err("no confirmation".into());
                }
                b.follow("Manage details").await?;
                if !b.text().await?.contains("Adventure Works Consulting (7654321)") {
                    return Err("the list does not show the partner".into());
                }
                b.follow("Help").await?;
                Ok(())
            })
        })
        .await;
}

#[tokio::test]
async fn partner_sees_the_new_association_its_chart_and_csv_in_a_browser() {
    let _turn = one_at_a_time().lock().await;
    let Some(browser) = browser("partner_flow").await else {
        return;
    };
    let e3 = browser
        .app
        .subscription_id("Contoso", "Office 365 Enterprise E3");
    browser
        .app
        .sign_in_as("office", "admin@contoso.example")
        .await;
    browser.app.check_and_ok("office", e3, "1234567").await;
    browser
        .run(|b| {
            Box::pin(async move {
                b.sign_in("partner", "partner@northwind.example").await?;
                let text = b.text().await?;
                if !text.contains("Office 365 Enterprise E3") || !text.contains("Eligible") {
                    return Err(format!("the new association is missing: {text}").into());
                }
                b.follow("Office 365 Enterprise E3").await?;
                // Kept for people to look at: the chart as the partner sees it.
                std::fs::write(
                    e2e_dir().join("partner_chart.png"),
                    b.client.screenshot().await?,
                )?;
                let chart = b.client.find(Locator::Css("svg[role='img']")).await?;
                let title = chart.find(Locator::Css("title")).await?.html(true).await?;
                if !title.contains("Active users per workload") {
                    return Err(format!("the chart's title is {title}").into());
                }
                b.follow("Associations").await?;
                let href = b
                    .client
                    .find(Locator::XPath("//a[normalize-space()='Download CSV']"))
                    .await?
                    .attr("href")
                    .await?
                    .ok_or("no link")?;
                let csv = b
                    .client
                    .execute_async(
                        "const done = arguments[arguments.length - 1];
                         fetch(arguments[0]).then(r => r.text()).then(done);",
                        vec![Value::String(href)],
                    )
                    .await?;
                let csv = csv.as_str().unwrap_or_default();
                if !csv.starts_with("Partner MPN ID,Customer")
                    || !csv.contains("Office 365 Enterprise E3")
                {
                    return Err(format!("the CSV is {csv}").into());
                }
                Ok(())
            })
        })
        .await;
}

#[tokio::test]
async fn a_reader_sees_no_check_id_in_a_browser() {
    let _turn = one_at_a_time().lock().await;
    let Some(browser) = browser("read_only").await else {
        return;
    };
    browser
        .run(|b| {
            Box::pin(async move {
                b.sign_in("office", "reader@contoso.example").await?;
                b.follow("Subscriptions").await?;
                b.follow("Exchange Online Plan 1").await?;
                let buttons = b.client.find_all(Locator::XPath("//button[normalize-space()='Check ID']")).await?;
                if !buttons.is_empty() {
                    return Err("a reader sees Check ID".into());
                }
                if !b.text().await?.contains("Only a global admin or a billing admin of Contoso can change the partner of record.") {
                    return Err("no sentence saying who can change it".into());
                }
                // Anyone may ask for help: a support request, step by step.
                b.follow("Support").await?;
                b.follow("New support request").await?;
                // With JavaScript each choice brings the next list in place, without Next.
                b.choose("Category", "Partner of record").await?;
                b.appears("Topic").await?;
                b.choose("Topic", "Adding, changing or removing a partner").await?;
                b.appears("Issue").await?;
                b.choose("Issue", "I cannot see Check ID").await?;
                b.fill("Description", "I need to change our partner but see no Check ID button.").await?;
                b.client.find(Locator::XPath("//label[normalize-space()='Forum']")).await?.click().await?;
                b.press("Submit").await?;
                if !b.text().await?.contains("was received") {
                    return Err("no reference after Submit".into());
                }
                Ok(())
            })
        })
        .await;
}

/// The article's path in Japanese, in a real browser: select the language with the picker (a
/// plain form), sign in, and file a support request about Check ID with e-mail contact.
#[tokio::test]
async fn a_customer_switches_to_japanese_and_files_a_support_request_in_a_browser() {
    let _turn = one_at_a_time().lock().await;
    let Some(browser) = browser("japanese_support").await else {
        return;
    };
    browser
        .run(|b| {
            Box::pin(async move {
                b.open("/office/login").await?;
                b.choose("Select your language", "日本語").await?;
                b.press("Change").await?;
                b.fill("メール アドレス", "admin@contoso.example").await?;
                b.fill("パスワード", DEMO_PASSWORD).await?;
                b.press("サインイン").await?;
                b.follow("サポート").await?;
                b.follow("新しいサポート リクエスト").await?;
                b.choose("カテゴリ", "パートナー オブ レコード").await?;
                b.appears("トピック").await?;
                b.choose("トピック", "ID の確認").await?;
                b.appears("問題").await?;
                b.choose("問題", "MPN ID が見つからない").await?;
                b.fill("説明", "ID の確認で MPN ID 7777777 が見つかりません。")
                    .await?;
                b.press("送信").await?;
                let page = b.text().await?;
                if !page.contains("を受け付けました。確認メールをお送りしています。")
                {
                    return Err(format!("no Japanese confirmation: {page}").into());
                }
                if !page.contains("パートナー オブ レコード › ID の確認 › MPN ID が見つからない")
                {
                    return Err(format!("the request is not in My requests: {page}").into());
                }
                Ok(())
            })
        })
        .await;
}

/// Presses Tab until the focused element matches, as a keyboard user would; fails if it never does.
async fn tab_to(b: &Browser, what: &str, matches: &str) -> Step {
    for _ in 0..40 {
        let found = b
            .client
            .execute(
                &format!("const e = document.activeElement; return !!(e && ({matches}));"),
                vec![],
            )
            .await?;
        if found.as_bool() == Some(true) {
            let visible = b
                .client
                .execute("const s = getComputedStyle(document.activeElement); return s.outlineStyle !== 'none' || s.boxShadow !== 'none';", vec![])
                .await?;
            if visible.as_bool() != Some(true) {
                return Err(format!("{what} has no visible focus").into());
            }
            return Ok(());
        }
        b.client
            .active_element()
            .await?
            .send_keys(&Key::Tab.to_string())
            .await?;
    }
    Err(format!("Tab never reached {what}").into())
}

async fn type_keys(b: &Browser, text: &str) -> Step {
    Ok(b.client.active_element().await?.send_keys(text).await?)
}

async fn enter(b: &mut Browser) -> Step {
    b.client
        .active_element()
        .await?
        .send_keys(&Key::Enter.to_string())
        .await?;
    b.checked_page().await
}

#[tokio::test]
async fn office_flow_with_the_keyboard_alone() {
    let _turn = one_at_a_time().lock().await;
    let Some(browser) = browser("keyboard_office").await else {
        return;
    };
    browser
        .run(|b| {
            Box::pin(async move {
                b.open("/office/login").await?;
                tab_to(b, "Email", "e.id === 'email'").await?;
                type_keys(b, "admin@contoso.example").await?;
                tab_to(b, "Password", "e.id === 'password'").await?;
                type_keys(b, DEMO_PASSWORD).await?;
                enter(b).await?;
                tab_to(
                    b,
                    "Subscriptions",
                    "e.textContent.trim() === 'Subscriptions' && e.tagName === 'A'",
                )
                .await?;
                enter(b).await?;
                tab_to(
                    b,
                    "Office 365 Enterprise E3",
                    "e.textContent.trim() === 'Office 365 Enterprise E3'",
                )
                .await?;
                enter(b).await?;
                tab_to(b, "MPN ID", "e.id === 'mpn_id'").await?;
                type_keys(b, "1234567").await?;
                enter(b).await?;
                tab_to(
                    b,
                    "OK",
                    "e.tagName === 'BUTTON' && e.textContent.trim() === 'OK'",
                )
                .await?;
                enter(b).await?;
                if !b
                    .text()
                    .await?
                    .contains("Northwind Traders is now the partner of record")
                {
                    return Err("the keyboard flow did not save".into());
                }
                Ok(())
            })
        })
        .await;
}
