//! An import of many usage rows while customers press OK: the import's time, and what the
//! customers saw (errors, p99 and the slowest answer).

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::fixture::{end_write_associations, Fixture};
use crate::server::{binary, server_env};
use crate::wrk::WrkResult;
use crate::{Options, WRITE_SUBSCRIPTIONS};

pub struct ImportWhileServing {
    pub rows: u32,
    pub import_took: Duration,
    pub imported: bool,
    /// What Check ID + OK answered while the import ran, every round of wrk together.
    pub writes: WrkResult,
    pub connections: u32,
}

/// A usage file of `rows` rows on the write tenant's subscriptions, one workload, month after
/// month: every key new.
fn usage_file(work: &std::path::Path, first_subscription: i32, rows: u32) -> std::path::PathBuf {
    let path = work.join("usage.csv");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    writeln!(file, "subscription_id,workload,month,active_users").unwrap();
    let months = rows.div_ceil(WRITE_SUBSCRIPTIONS);
    assert!(months <= 2000, "at most 2,000 months per subscription");
    for i in 0..rows {
        let subscription = first_subscription + (i % WRITE_SUBSCRIPTIONS) as i32;
        let month = i / WRITE_SUBSCRIPTIONS;
        let (year, month) = (1990 + month / 12, month % 12 + 1);
        writeln!(
            file,
            "{subscription},Bench load,{year}-{month:02},{}",
            i % 97
        )
        .unwrap();
    }
    file.flush().unwrap();
    path
}

/// Starts `import usage` and runs the write script against the server until the import ends.
pub fn import_while_serving(
    (url, work): (&str, &std::path::Path),
    fixture: &Fixture,
    write: impl Fn(&Options) -> WrkResult,
    options: &Options,
) -> ImportWhileServing {
    let path = usage_file(work, fixture.first_write_subscription, options.import_rows);
    let mut import = Command::new(binary());
    import
        .args(["import", "usage"])
        .arg(&path)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    server_env(&mut import, url, work);
    let started = Instant::now();
    let mut child = import.spawn().expect("the import starts");
    // Customers: a few at a time, each pressing Check ID and OK as fast as the portal answers.
    let customers = Options {
        connections: options.connections.min(8),
        duration: 5,
        ..options.clone()
    };
    let mut writes = WrkResult::default();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        // OKs still in flight when the last round stopped land first; then every subscription
        // starts without a partner, as the write script assumes.
        std::thread::sleep(Duration::from_millis(500));
        end_write_associations(url, fixture);
        let round = write(&customers);
        eprintln!(
            "     after {:>5.1} s: {} requests, p99 {:.0} ms, slowest {:.0} ms, {} errors",
            started.elapsed().as_secs_f64(),
            round.requests,
            round.p99_ms,
            round.max_ms,
            round.non_2xx_3xx + round.socket_errors
        );
        writes.requests += round.requests;
        writes.non_2xx_3xx += round.non_2xx_3xx;
        writes.socket_errors += round.socket_errors;
        writes.p99_ms = writes.p99_ms.max(round.p99_ms);
        writes.max_ms = writes.max_ms.max(round.max_ms);
    };
    let import_took = started.elapsed();
    writes.requests_per_second = writes.requests as f64 / import_took.as_secs_f64();
    ImportWhileServing {
        rows: options.import_rows,
        import_took,
        imported: status.success(),
        writes,
        connections: customers.connections,
    }
}

pub fn print_import(result: &ImportWhileServing) {
    let w = &result.writes;
    println!(
        "- import of {} usage rows while {} customers press Check ID + OK: {} in {:.1} s; \
         {} requests answered ({:.0}/s), {} errors (non-2xx/3xx {}, socket {}), p99 (worst 5 s round) {:.1} ms, slowest {:.1} ms",
        result.rows,
        result.connections,
        if result.imported { "imported" } else { "FAILED" },
        result.import_took.as_secs_f64(),
        w.requests,
        w.requests_per_second,
        w.non_2xx_3xx + w.socket_errors,
        w.non_2xx_3xx,
        w.socket_errors,
        w.p99_ms,
        w.max_ms
    );
}
