//! Both portal flows and the partner page in a real browser (Chromium through chromedriver),
//! found by visible labels as a person finds them; every page checked with axe-core and the Nu
//! HTML Checker. Without Chromium these tests skip with one line, unless DPOR_REQUIRE_BROWSER=1.

mod flows;
mod japanese;
mod keyboard;
mod operator;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

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

    /// Chooses the file at `path` in the file field labelled `label`.
    async fn attach(&self, label: &str, path: &std::path::Path) -> Step {
        let field = self.field(label).await?;
        field.send_keys(&path.display().to_string()).await?;
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
