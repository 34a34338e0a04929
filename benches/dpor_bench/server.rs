//! The portal under test: its binary and environment, a server process that ends with the
//! run, a signed-in session, and the server's peak memory.

use std::process::{Child, Command};
use std::time::{Duration, Instant};

use diesel::{Connection, PgConnection, RunQueryDsl};

pub struct DropDatabase {
    pub admin_url: String,
    pub name: String,
}

impl Drop for DropDatabase {
    fn drop(&mut self) {
        if let Ok(mut admin) = PgConnection::establish(&self.admin_url) {
            let _ = diesel::sql_query(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .execute(&mut admin);
        }
    }
}

pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_dpor-portal")
}

pub fn server_env(command: &mut Command, url: &str, work: &std::path::Path) {
    command
        .env("DATABASE_URL", url)
        .env(
            "SESSION_KEY",
            "benchmark session key, long enough for the cookie",
        )
        .env("MAIL_DIR", work.join("mail"))
        .env("RUST_LOG", "warn")
        .env("RATE_LIMIT_SIGN_IN_PER_MINUTE", "1000000")
        .env("RATE_LIMIT_CHECK_ID_PER_MINUTE", "1000000000");
}

pub struct Server(pub Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Polls /healthz until it answers 200; returns how long that took.
pub fn wait_for_health(base: &str) -> Duration {
    let started = Instant::now();
    let address = base.trim_start_matches("http://").to_string();
    loop {
        if let Ok(mut stream) = std::net::TcpStream::connect(&address) {
            use std::io::{Read, Write};
            let _ = stream
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n");
            let mut answer = String::new();
            let _ = stream.read_to_string(&mut answer);
            if answer.starts_with("HTTP/1.1 200") {
                return started.elapsed();
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the server did not answer"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

pub struct Session {
    pub cookie: String,
    pub token: String,
}

pub async fn sign_in(base: &str, portal: &str, email: &str) -> Session {
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_provider(jar.clone())
        .build()
        .unwrap();
    let token_of = |html: &str| {
        let marker = "name=\"csrf_token\" value=\"";
        let start = html.find(marker).expect("a form token") + marker.len();
        html[start..start + 64].to_string()
    };
    let login = format!("{base}/{portal}/login");
    let page = client
        .get(&login)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let response = client
        .post(&login)
        .form(&[
            ("csrf_token", token_of(&page).as_str()),
            ("email", email),
            ("password", "demo-password"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 303, "sign-in of {email}");
    let home = client
        .get(format!("{base}/{portal}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    use reqwest::cookie::CookieStore;
    let cookie = jar
        .cookies(&base.parse().unwrap())
        .expect("a session cookie")
        .to_str()
        .unwrap()
        .to_string();
    Session {
        cookie,
        token: token_of(&home),
    }
}

pub fn peak_memory_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kib| kib.parse().ok())
        })
        .unwrap_or(0)
}
