//! The real binary serving in a process of its own, with its log kept for the test to read: the
//! access log is written by the binary's logger, which an in-process server does not have.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub struct Served {
    child: Child,
    pub address: String,
    log: Arc<Mutex<Vec<String>>>,
    _work: tempfile::TempDir,
}

impl Served {
    /// Starts `dpor-portal serve` on `database_url` with the extra `env`, and waits until it
    /// prints its address.
    pub fn start(database_url: &str, env: &[(&str, &str)]) -> Self {
        let work = tempfile::tempdir().expect("a folder");
        let mut command = Command::new(env!("CARGO_BIN_EXE_dpor-portal"));
        command
            .arg("serve")
            .current_dir(work.path())
            .env("DATABASE_URL", database_url)
            .env("BIND", "127.0.0.1:0")
            .env(
                "SESSION_KEY",
                "a session key for the outage test, long enough",
            )
            .env("MAIL_DIR", work.path().join("mail"))
            .env("RUST_LOG", "info")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (name, value) in env {
            command.env(name, value);
        }
        let mut child = command.spawn().expect("the binary starts");
        let log = Arc::new(Mutex::new(Vec::new()));
        let kept = Arc::clone(&log);
        let stderr = child.stderr.take().expect("its log");
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                kept.lock().unwrap().push(line);
            }
        });
        let (tx, rx) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().expect("its output");
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("running at ").nth(1) {
                    let _ = tx.send(rest.trim_end_matches('/').to_string());
                }
            }
        });
        let address = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(address) => address,
            Err(_) => panic!(
                "the binary did not start: {}",
                log.lock().unwrap().join("\n")
            ),
        };
        Self {
            child,
            address,
            log,
            _work: work,
        }
    }

    /// The lines the binary has logged so far.
    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
