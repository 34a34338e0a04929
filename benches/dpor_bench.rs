//! Throughput, latency, scale and memory of the portal, side by side with its trivial /healthz.
//!
//! `cargo bench --bench dpor_bench` (options after `--`, see `usage()`). It builds a database of the
//! given size on SQLite and/or PostgreSQL, starts the release server, signs in, runs `wrk` against
//! each page and prints one table per database. See benches/README.md.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection, RunQueryDsl};
use dpor_portal::db::{self, DatabaseUrl, DbConnection};

struct Options {
    databases: Vec<String>,
    subscriptions: u32,
    duration: u32,
    connections: u32,
    admin_url: String,
}

fn usage() -> ! {
    eprintln!(
        "usage: cargo bench --bench dpor_bench -- [--db sqlite|postgres|both] [--subscriptions N] \
         [--duration SECONDS] [--connections N] [--postgres-admin-url URL]"
    );
    std::process::exit(2)
}

fn options() -> Options {
    let mut options = Options {
        databases: vec!["sqlite".into(), "postgres".into()],
        subscriptions: 100_000,
        duration: 10,
        connections: 32,
        admin_url: std::env::var("BENCH_POSTGRES_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into()),
    };
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| usage());
        match arg.as_str() {
            "--db" => {
                options.databases = match value().as_str() {
                    "both" => vec!["sqlite".into(), "postgres".into()],
                    one @ ("sqlite" | "postgres") => vec![one.into()],
                    _ => usage(),
                }
            }
            "--subscriptions" => {
                options.subscriptions = value().parse().unwrap_or_else(|_| usage())
            }
            "--duration" => options.duration = value().parse().unwrap_or_else(|_| usage()),
            "--connections" => options.connections = value().parse().unwrap_or_else(|_| usage()),
            "--postgres-admin-url" => options.admin_url = value(),
            _ => usage(),
        }
    }
    options
}

const SMALL_PARTNER_ROWS: u32 = 100;
const WRITE_SUBSCRIPTIONS: u32 = 2_000;
const LIST_ROWS: u32 = 31;

fn main() {
    let options = options();
    let work = tempfile::tempdir().expect("a working folder");
    for database in &options.databases {
        let (url, _guard) = match database.as_str() {
            "sqlite" => (
                work.path().join("bench.sqlite3").display().to_string(),
                None,
            ),
            _ => {
                let name = format!("dpor_bench_{}", std::process::id());
                let mut admin = PgConnection::establish(&options.admin_url)
                    .unwrap_or_else(|e| panic!("PostgreSQL at {}: {e}", options.admin_url));
                diesel::sql_query(format!("DROP DATABASE IF EXISTS {name}"))
                    .execute(&mut admin)
                    .unwrap();
                diesel::sql_query(format!("CREATE DATABASE {name}"))
                    .execute(&mut admin)
                    .unwrap();
                let mut url = url::Url::parse(&options.admin_url).unwrap();
                url.set_path(&name);
                (
                    url.to_string(),
                    Some(DropDatabase {
                        admin_url: options.admin_url.clone(),
                        name,
                    }),
                )
            }
        };
        run(database, &url, &options, work.path());
    }
}

struct DropDatabase {
    admin_url: String,
    name: String,
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

fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_dpor-portal")
}

fn server_env(command: &mut Command, url: &str, work: &std::path::Path) {
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

fn run(database: &str, url: &str, options: &Options, work: &std::path::Path) {
    eprintln!(
        "== {database}: building a database with {} subscriptions",
        options.subscriptions
    );
    let mut seed = Command::new(binary());
    seed.arg("seed-demo").stdout(Stdio::null());
    server_env(&mut seed, url, work);
    assert!(seed.status().unwrap().success(), "seed-demo failed");
    let started = Instant::now();
    let fixture = generate(url, options.subscriptions);
    eprintln!("   generated in {:.1} s", started.elapsed().as_secs_f64());

    let port = free_port();
    let mut command = Command::new(binary());
    command
        .env("BIND", format!("127.0.0.1:{port}"))
        .stdout(Stdio::null());
    server_env(&mut command, url, work);
    let spawned = Instant::now();
    let mut server = Server(command.spawn().expect("the server starts"));
    let base = format!("http://127.0.0.1:{port}");
    let first_200 = wait_for_health(&base);
    eprintln!(
        "   first 200 after {:.0} ms",
        first_200.as_secs_f64() * 1000.0
    );
    let _ = spawned;

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let admin = runtime.block_on(sign_in(&base, "office", "bench-admin@bench.example"));
    let writer = runtime.block_on(sign_in(&base, "office", "bench-writer@bench.example"));
    let small = runtime.block_on(sign_in(&base, "partner", "small@bench.example"));
    let large = runtime.block_on(sign_in(&base, "partner", "large@bench.example"));

    let mut rows = Vec::new();
    let bench = |name: &str,
                 path: &str,
                 cookie: Option<&Session>,
                 script: Option<(&str, Vec<(String, String)>)>| {
        eprintln!("   wrk {name}");
        let result = wrk(&base, path, cookie, script, options);
        (name.to_string(), result)
    };
    rows.push(bench("/healthz (trivial handler)", "/healthz", None, None));
    rows.push(bench(
        &format!("Office subscriptions list ({LIST_ROWS} rows)"),
        "/office/subscriptions",
        Some(&admin),
        None,
    ));
    rows.push(bench(
        "Subscription details page",
        &format!("/office/subscriptions/{}", fixture.details_subscription),
        Some(&admin),
        None,
    ));
    let script_env = vec![
        ("BENCH_COOKIE".to_string(), writer.cookie.clone()),
        ("BENCH_TOKEN".to_string(), writer.token.clone()),
        (
            "BENCH_FIRST_SUBSCRIPTION".to_string(),
            fixture.first_write_subscription.to_string(),
        ),
        (
            "BENCH_SUBSCRIPTIONS".to_string(),
            WRITE_SUBSCRIPTIONS.to_string(),
        ),
        ("BENCH_PARTNER_A_MPN".to_string(), "1234567".to_string()),
        ("BENCH_PARTNER_B_MPN".to_string(), "7654321".to_string()),
        (
            "BENCH_PARTNER_A_ID".to_string(),
            fixture.partner_a.to_string(),
        ),
        (
            "BENCH_PARTNER_B_ID".to_string(),
            fixture.partner_b.to_string(),
        ),
    ];
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/write.lua");
    rows.push(bench(
        "Check ID + OK (write)",
        "/",
        Some(&writer),
        Some((script, script_env)),
    ));
    rows.push(bench(
        &format!("Partner status page, {SMALL_PARTNER_ROWS} associations"),
        "/partner",
        Some(&small),
        None,
    ));
    rows.push(bench(
        &format!(
            "Partner status page, {} associations",
            options.subscriptions
        ),
        "/partner",
        Some(&large),
        None,
    ));
    let peak_kib = peak_memory_kib(server.0.id());
    drop(server.0.kill());
    let _ = server.0.wait();

    let writes = count_writes(url, &fixture);
    print_table(database, options, &rows, first_200, peak_kib, &writes);
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Polls /healthz until it answers 200; returns how long that took.
fn wait_for_health(base: &str) -> Duration {
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

struct Session {
    cookie: String,
    token: String,
}

async fn sign_in(base: &str, portal: &str, email: &str) -> Session {
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

#[derive(Default, Clone)]
struct WrkResult {
    requests_per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
    non_2xx_3xx: u64,
    requests: u64,
}

fn wrk(
    base: &str,
    path: &str,
    session: Option<&Session>,
    script: Option<(&str, Vec<(String, String)>)>,
    options: &Options,
) -> WrkResult {
    let mut command = Command::new("wrk");
    command.args([
        "-t1",
        &format!("-c{}", options.connections),
        &format!("-d{}s", options.duration),
        "--latency",
    ]);
    if let Some(session) = session {
        command.args(["-H", &format!("Cookie: {}", session.cookie)]);
    }
    if let Some((script, env)) = script {
        command.args(["-s", script]);
        command.envs(env);
    }
    command.arg(format!("{base}{path}"));
    let output = command.output().expect("wrk runs (apt-get install wrk)");
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    parse_wrk(&text)
}

fn parse_wrk(text: &str) -> WrkResult {
    let mut result = WrkResult::default();
    for line in text.lines().map(str::trim) {
        let mut words = line.split_whitespace();
        match (words.next(), words.next()) {
            (Some("Requests/sec:"), Some(value)) => {
                result.requests_per_second = value.parse().unwrap_or(0.0)
            }
            (Some("50%"), Some(value)) => result.p50_ms = millis(value),
            (Some("99%"), Some(value)) => result.p99_ms = millis(value),
            (Some("Non-2xx"), _) => {
                result.non_2xx_3xx = line
                    .rsplit(' ')
                    .next()
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0)
            }
            _ => {}
        }
        if let Some(requests) = line.strip_suffix(" requests in").or_else(|| {
            line.split(" requests in")
                .next()
                .filter(|_| line.contains(" requests in"))
        }) {
            result.requests = requests.trim().parse().unwrap_or(0);
        }
    }
    result
}

fn millis(value: &str) -> f64 {
    let (number, unit) = value.split_at(
        value
            .find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(value.len()),
    );
    let number: f64 = number.parse().unwrap_or(0.0);
    match unit {
        "us" => number / 1000.0,
        "ms" => number,
        "s" => number * 1000.0,
        _ => number,
    }
}

fn peak_memory_kib(pid: u32) -> u64 {
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

struct Fixture {
    details_subscription: i32,
    first_write_subscription: i32,
    write_tenant: i32,
    partner_a: i32,
    partner_b: i32,
}

/// Bulk rows, made by the database itself from a number series: seconds, not minutes.
fn generate(url: &str, subscriptions: u32) -> Fixture {
    let parsed = DatabaseUrl::parse(url).unwrap();
    let pool = db::connect_pool(&parsed, 1).unwrap();
    let mut conn = pool.get().unwrap();
    let hash = dpor_portal::domain::password::hash("demo-password").unwrap();
    let numbers = |n: u32| {
        match &*conn {
        DbConnection::Postgresql(_) => format!("(SELECT generate_series(1, {n}) AS i) AS n"),
        DbConnection::Sqlite(_) => format!(
            "(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {n}) SELECT i FROM s) AS n"
        ),
    }
    };
    let (list_numbers, write_numbers, bulk_numbers, small_numbers) = (
        numbers(LIST_ROWS),
        numbers(WRITE_SUBSCRIPTIONS),
        numbers(subscriptions),
        numbers(SMALL_PARTNER_ROWS),
    );
    let month = chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-01")
        .to_string();
    let sql = format!(
        "INSERT INTO tenants (name, domain, created_at) VALUES
            ('Benchmark Customer', 'bench.onmicrosoft.com', '2016-01-01 00:00:00'),
            ('Write Customer', 'write.onmicrosoft.com', '2016-01-01 00:00:00'),
            ('Bulk Customer', 'bulk.onmicrosoft.com', '2016-01-01 00:00:00');
         INSERT INTO customer_users (tenant_id, email, display_name, role, password_hash, created_at)
            SELECT id, 'bench-admin@bench.example', 'Bench Admin', 'global_admin', '{hash}', '2016-01-01 00:00:00' FROM tenants WHERE name = 'Benchmark Customer';
         INSERT INTO customer_users (tenant_id, email, display_name, role, password_hash, created_at)
            SELECT id, 'bench-writer@bench.example', 'Bench Writer', 'global_admin', '{hash}', '2016-01-01 00:00:00' FROM tenants WHERE name = 'Write Customer';
         INSERT INTO partners (mpn_id, name, kind, country, contact_email, osu_enrolled_since, status, created_at) VALUES
            ('7100000', 'Large Partner', 'location', 'United States', 'large@bench.example', '2015-01-01', 'active', '2016-01-01 00:00:00'),
            ('7100001', 'Small Partner', 'location', 'United States', 'small@bench.example', '2015-01-01', 'active', '2016-01-01 00:00:00');
         INSERT INTO partner_users (partner_id, email, display_name, password_hash, created_at)
            SELECT id, contact_email, name, '{hash}', '2016-01-01 00:00:00' FROM partners WHERE mpn_id IN ('7100000', '7100001');
         INSERT INTO subscriptions (tenant_id, product, portal, seats, billing, status, agreement, created_at)
            SELECT t.id, 'Office 365 Enterprise E' || (1 + i % 5) || ' #' || i, 'office', 10 + i % 490, 'paid', 'active', 'EA', '2016-01-01 00:00:00'
            FROM tenants t, {list_numbers} WHERE t.name = 'Benchmark Customer';
         INSERT INTO subscriptions (tenant_id, product, portal, seats, billing, status, agreement, created_at)
            SELECT t.id, 'Write target #' || i, 'office', 100, 'paid', 'active', 'EA', '2016-01-01 00:00:00'
            FROM tenants t, {write_numbers} WHERE t.name = 'Write Customer';
         INSERT INTO subscriptions (tenant_id, product, portal, seats, billing, status, agreement, created_at)
            SELECT t.id, 'Bulk subscription #' || i, 'office', 10 + i % 990, CASE WHEN i % 10 = 0 THEN 'trial' ELSE 'paid' END, 'active', 'EA', '2016-01-01 00:00:00'
            FROM tenants t, {bulk_numbers} WHERE t.name = 'Bulk Customer';
         INSERT INTO associations (subscription_id, partner_id, channel, started_at)
            SELECT s.id, p.id, 'office_portal', '2016-02-01 00:00:00'
            FROM subscriptions s, partners p, tenants t
            WHERE s.tenant_id = t.id AND t.name = 'Bulk Customer' AND p.mpn_id = '7100000';
         INSERT INTO workload_usage (subscription_id, workload, month, active_users)
            SELECT s.id, 'Exchange Online', '{month}', s.id % 200
            FROM subscriptions s, tenants t WHERE s.tenant_id = t.id AND t.name = 'Bulk Customer';
         INSERT INTO associations (subscription_id, partner_id, channel, started_at)
            SELECT s.id, p.id, 'office_portal', '2016-02-01 00:00:00'
            FROM subscriptions s, partners p, tenants t
            WHERE s.tenant_id = t.id AND t.name = 'Benchmark Customer' AND p.mpn_id = '7100001';"
    );
    conn.batch_execute(&sql).expect("bulk data");
    // The small partner: 100 associations (31 on the list tenant above, the rest on bulk-like rows).
    let extra = SMALL_PARTNER_ROWS - LIST_ROWS;
    conn.batch_execute(&format!(
        "INSERT INTO subscriptions (tenant_id, product, portal, seats, billing, status, agreement, created_at)
            SELECT t.id, 'Small partner subscription #' || i, 'office', 100, 'paid', 'active', 'EA', '2016-01-01 00:00:00'
            FROM tenants t, {small_numbers} WHERE t.name = 'Bulk Customer' AND i <= {extra};
         INSERT INTO associations (subscription_id, partner_id, channel, started_at)
            SELECT s.id, p.id, 'office_portal', '2016-02-01 00:00:00'
            FROM subscriptions s, partners p WHERE s.product LIKE 'Small partner subscription #%' AND p.mpn_id = '7100001';"
    ))
    .expect("the small partner's rows");
    #[derive(diesel::QueryableByName)]
    struct Id {
        #[diesel(sql_type = diesel::sql_types::Integer)]
        id: i32,
    }
    let mut one = |sql: &str| {
        diesel::sql_query(sql)
            .get_result::<Id>(&mut *conn)
            .unwrap()
            .id
    };
    Fixture {
        details_subscription: one("SELECT MIN(s.id) AS id FROM subscriptions s JOIN tenants t ON t.id = s.tenant_id WHERE t.name = 'Benchmark Customer'"),
        first_write_subscription: one("SELECT MIN(s.id) AS id FROM subscriptions s JOIN tenants t ON t.id = s.tenant_id WHERE t.name = 'Write Customer'"),
        write_tenant: one("SELECT id FROM tenants WHERE name = 'Write Customer'"),
        partner_a: one("SELECT id FROM partners WHERE mpn_id = '1234567'"),
        partner_b: one("SELECT id FROM partners WHERE mpn_id = '7654321'"),
    }
}

struct WriteCounts {
    events: i64,
    added: i64,
    replaced: i64,
    rejected: i64,
    outbox: i64,
}

fn count_writes(url: &str, fixture: &Fixture) -> WriteCounts {
    let pool = db::connect_pool(&DatabaseUrl::parse(url).unwrap(), 1).unwrap();
    let mut conn = pool.get().unwrap();
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let tenant = fixture.write_tenant;
    let mut count = |filter: &str| {
        diesel::sql_query(format!(
            "SELECT COUNT(*) AS n FROM association_events e JOIN subscriptions s ON s.id = e.subscription_id WHERE s.tenant_id = {tenant} {filter}"
        ))
        .get_result::<Count>(&mut *conn)
        .unwrap()
        .n
    };
    let events = count("");
    let added = count("AND e.action = 'added'");
    let replaced = count("AND e.action = 'replaced'");
    let rejected = count("AND e.action = 'rejected'");
    let outbox =
        diesel::sql_query("SELECT COUNT(*) AS n FROM outbox WHERE subject LIKE 'Write Customer %'")
            .get_result::<Count>(&mut *conn)
            .unwrap()
            .n;
    WriteCounts {
        events,
        added,
        replaced,
        rejected,
        outbox,
    }
}

fn print_table(
    database: &str,
    options: &Options,
    rows: &[(String, WrkResult)],
    first_200: Duration,
    peak_kib: u64,
    writes: &WriteCounts,
) {
    let ceiling = rows[0].1.requests_per_second.max(1.0);
    println!();
    println!(
        "### {database}: wrk -t1 -c{} -d{}s, {} subscriptions",
        options.connections, options.duration, options.subscriptions
    );
    println!();
    println!("| page | requests/s | p50 ms | p99 ms | × /healthz | errors |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (name, r) in rows {
        println!(
            "| {name} | {:.0} | {:.2} | {:.2} | {:.3} | {} |",
            r.requests_per_second,
            r.p50_ms,
            r.p99_ms,
            r.requests_per_second / ceiling,
            r.non_2xx_3xx
        );
    }
    let small = &rows[4].1;
    let large = &rows[5].1;
    println!();
    println!(
        "- partner page latency at {} vs {SMALL_PARTNER_ROWS} associations: p50 {:.2}×, p99 {:.2}×",
        options.subscriptions,
        large.p50_ms / small.p50_ms.max(0.001),
        large.p99_ms / small.p99_ms.max(0.001)
    );
    println!(
        "- server peak resident memory: {:.1} MiB",
        peak_kib as f64 / 1024.0
    );
    println!(
        "- start to first 200 on an existing database: {:.0} ms",
        first_200.as_secs_f64() * 1000.0
    );
    let expected_outbox = writes.added + 2 * writes.replaced;
    println!(
        "- writes: {} OK requests answered; {} events ({} added, {} replaced, {} refused); {} outbox rows, {} expected: {}",
        rows[3].1.requests / 2,
        writes.events,
        writes.added,
        writes.replaced,
        writes.rejected,
        writes.outbox,
        expected_outbox,
        if writes.outbox == expected_outbox && writes.events >= (rows[3].1.requests / 2) as i64 {
            "every write has its event and emails"
        } else {
            "MISMATCH"
        }
    );
}
