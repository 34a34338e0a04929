//! An import never stops the live portal: while a large usage file loads, customers press OK and
//! every press is answered at once. The portal here waits only 750 ms for SQLite's write lock, so
//! an import holding it longer would turn those presses into errors. (250 ms, tried first, failed
//! now and then when the rest of the suite kept both cores busy and a chunk took that long.)

use std::io::Write;
use std::time::{Duration, Instant};

use crate::helpers::{location, spawn_app_with};

/// Usage rows in the file: enough that applying them takes many transactions.
const ROWS: usize = 60_000;

#[tokio::test]
async fn customers_press_ok_without_errors_or_waits_while_a_large_file_imports() {
    let app = spawn_app_with(|config| {
        config.sqlite_lock_wait = Duration::from_millis(750);
        config.rate_limits.check_id_per_minute = 100_000;
    })
    .await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let e1 = app.subscription_id("Contoso", "Office 365 Enterprise E1");

    let mut file = tempfile::NamedTempFile::new().unwrap();
    writeln!(file, "subscription_id,workload,month,active_users").unwrap();
    for i in 0..ROWS {
        let subscription = if i % 2 == 0 { e3 } else { e1 };
        let (workload, month) = (i / 2 / 1200, i / 2 % 1200);
        let (year, month) = (1995 + month / 12, month % 12 + 1);
        writeln!(
            file,
            "{subscription},W{workload},{year}-{month:02},{}",
            i % 90
        )
        .unwrap();
    }
    file.flush().unwrap();
    let before = app.count("workload_usage");
    let said = tempfile::NamedTempFile::new().unwrap();
    let mut import = std::process::Command::new(env!("CARGO_BIN_EXE_dpor-portal"))
        .args(["import", "usage"])
        .arg(file.path())
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "off")
        .env("DPOR_DEMO", "0")
        .env(
            "SESSION_KEY",
            "an import run never signs anybody in, but needs no key file",
        )
        // Into a file, not a pipe: nobody reads a pipe until the import ends.
        .stdout(std::process::Stdio::null())
        .stderr(said.reopen().unwrap())
        .spawn()
        .expect("the binary runs");

    let (mut presses, mut while_applying) = (0, 0);
    let mut slowest = Duration::ZERO;
    let partners = ["1234567", "7654321"];
    let finished = loop {
        if let Some(status) = import.try_wait().unwrap() {
            break status;
        }
        let mpn_id = partners[presses % 2];
        let started = Instant::now();
        let ok = app.check_and_ok("office", e3, mpn_id).await;
        let took = started.elapsed();
        assert_eq!(ok.status().as_u16(), 303, "OK during the import");
        assert_eq!(location(&ok), format!("/office/subscriptions/{e3}"));
        slowest = slowest.max(took);
        presses += 1;
        let loaded = app.count("workload_usage") - before;
        if loaded > 0 && loaded < ROWS as i64 {
            while_applying += 1;
        }
    };
    assert!(
        finished.success(),
        "{}",
        std::fs::read_to_string(said.path()).unwrap()
    );
    assert_eq!(app.count("workload_usage") - before, ROWS as i64);
    assert!(
        while_applying >= 3,
        "OK pressed {while_applying} time(s) while rows were being written ({presses} in all)"
    );
    assert!(
        slowest < Duration::from_secs(1),
        "the slowest Check ID + OK took {slowest:?}"
    );
    // Every press was written: the partner of record is the last one named.
    let html = app.get_html(&format!("/office/subscriptions/{e3}")).await;
    assert!(html.contains(partners[(presses - 1) % 2]));
}
