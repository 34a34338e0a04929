//! A database URL that cannot work stops the binary at once, with one clear line.

/// Runs the real binary with a database URL that cannot work and returns (exit code, stderr, seconds).
fn run_with_database_url(url: &str) -> (Option<i32>, String, f64) {
    let dir = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_dpor-portal"))
        .arg("serve")
        .current_dir(dir.path())
        .env("DATABASE_URL", url)
        .env("BIND", "127.0.0.1:0")
        .env("RUST_LOG", "off")
        .output()
        .expect("the binary runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        started.elapsed().as_secs_f64(),
    )
}

#[test]
fn a_database_url_of_an_unknown_kind_fails_with_one_clear_line() {
    let (code, stderr, _) = run_with_database_url("mysql://user@localhost/dpor");
    assert_eq!(code, Some(1));
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("DATABASE_URL has the scheme `mysql`"),
        "{stderr}"
    );
}

#[test]
fn an_unreachable_postgres_fails_fast_with_one_clear_line() {
    // Port 1 on loopback: nothing listens, so the connection is refused at once.
    let (code, stderr, seconds) =
        run_with_database_url("postgres://dpor:secret-password@127.0.0.1:1/dpor");
    assert_eq!(code, Some(1));
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("cannot open the database (PostgreSQL"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("secret-password"),
        "the password is not printed"
    );
    assert!(seconds < 10.0, "took {seconds} s");
}
