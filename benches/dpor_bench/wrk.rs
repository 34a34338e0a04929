//! `wrk` against one page, and its report read back.

use std::process::Command;

use crate::server::Session;
use crate::Options;

#[derive(Default, Clone)]
pub struct WrkResult {
    pub requests_per_second: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub non_2xx_3xx: u64,
    /// Connections refused or broken, reads and writes that failed, and timeouts.
    pub socket_errors: u64,
    /// The slowest answer.
    pub max_ms: f64,
    pub requests: u64,
}

pub fn wrk(
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
    for unexpected in text
        .lines()
        .filter(|l| l.starts_with("unexpected status"))
        .take(5)
    {
        eprintln!("   {unexpected}");
    }
    parse_wrk(&text)
}

pub fn parse_wrk(text: &str) -> WrkResult {
    let mut result = WrkResult::default();
    for line in text.lines().map(str::trim) {
        let mut words = line.split_whitespace();
        match (words.next(), words.next()) {
            (Some("Requests/sec:"), Some(value)) => {
                result.requests_per_second = value.parse().unwrap_or(0.0)
            }
            (Some("50%"), Some(value)) => result.p50_ms = millis(value),
            (Some("99%"), Some(value)) => result.p99_ms = millis(value),
            // "Latency   1.20ms    0.80ms  45.10ms   90.00%": average, deviation, max.
            (Some("Latency"), Some(second)) if second != "Distribution" => {
                result.max_ms = line.split_whitespace().nth(3).map_or(0.0, millis)
            }
            // "Socket errors: connect 0, read 0, write 0, timeout 0"
            (Some("Socket"), Some("errors:")) => {
                result.socket_errors = line
                    .split(',')
                    .filter_map(|part| part.split_whitespace().last()?.parse::<u64>().ok())
                    .sum()
            }
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

pub fn millis(value: &str) -> f64 {
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
