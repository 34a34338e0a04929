//! Throughput, latency, scale and memory of the portal, side by side with its trivial /healthz.
//!
//! `cargo bench --bench dpor_bench` (options after `--`, see `usage()`). It builds a database of the
//! given size on SQLite and/or PostgreSQL, starts the release server, signs in, runs `wrk` against
//! each page and prints one table per database. See benches/README.md.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use diesel::{Connection, PgConnection, RunQueryDsl};

mod fixture;
mod import;
mod server;
mod wrk;

use fixture::*;
use server::*;
use wrk::*;

#[derive(Clone)]
struct Options {
    databases: Vec<String>,
    subscriptions: u32,
    duration: u32,
    connections: u32,
    admin_url: String,
    /// Usage rows imported while customers press OK, after the pages (0: not measured).
    import_rows: u32,
}

fn usage() -> ! {
    eprintln!(
        "usage: cargo bench --bench dpor_bench -- [--db sqlite|postgres|both] [--subscriptions N] \
         [--duration SECONDS] [--connections N] [--postgres-admin-url URL] [--import-rows N]"
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
        import_rows: 0,
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
            "--import-rows" => options.import_rows = value().parse().unwrap_or_else(|_| usage()),
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
        Some((script, script_env.clone())),
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
    let imported = (options.import_rows > 0).then(|| {
        eprintln!(
            "   import of {} usage rows while customers press OK",
            options.import_rows
        );
        let write = |customers: &Options| {
            let mut env = script_env.clone();
            env.push(("BENCH_REPORT_STATUS".to_string(), "1".to_string()));
            let script = Some((script, env));
            wrk(&base, "/", Some(&writer), script, customers)
        };
        import::import_while_serving((url, work), &fixture, write, options)
    });
    let peak_kib = peak_memory_kib(server.0.id());
    drop(server.0.kill());
    let _ = server.0.wait();

    let writes = count_writes(url, &fixture);
    print_table(database, options, &rows, first_200, peak_kib, &writes);
    if let Some(imported) = imported {
        import::print_import(&imported);
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
