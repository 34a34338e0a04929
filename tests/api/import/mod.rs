//! `dpor-portal import usage|partners FILE.csv`, run as the operator runs it.

mod onboarding;

use std::io::Write;
use std::process::Output;

use diesel::prelude::*;
use dpor_portal::db::schema::{partners, workload_usage};

use crate::helpers::{spawn_app, TestApp};

/// `dpor-portal import KIND FILE` with `csv` as the file, against the app's database.
pub fn run_import(app: &TestApp, kind: &str, csv: &str, extra: &[&str]) -> Output {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(csv.as_bytes()).unwrap();
    std::process::Command::new(env!("CARGO_BIN_EXE_dpor-portal"))
        .args(["import", kind])
        .arg(file.path())
        .args(extra)
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "off")
        .env("DPOR_DEMO", "0")
        // Where invitations' links lead, as the portal under test is reached.
        .env("PUBLIC_URL", "http://portal.example")
        .env(
            "SESSION_KEY",
            "an import run never signs anybody in, but needs no key file",
        )
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn usage_of(app: &TestApp, subscription_id: i32, workload: &str) -> Vec<(chrono::NaiveDate, i32)> {
    workload_usage::table
        .filter(workload_usage::subscription_id.eq(subscription_id))
        .filter(workload_usage::workload.eq(workload))
        .order(workload_usage::month)
        .select((workload_usage::month, workload_usage::active_users))
        .load(&mut *app.conn())
        .unwrap()
}

fn d(y: i32, m: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, 1).unwrap()
}

#[tokio::test]
async fn usage_imports_and_a_second_run_changes_nothing_more() {
    let app = spawn_app().await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let csv = format!(
        "subscription_id,workload,month,active_users\n\
         {e3},Yammer,2016-01,10\n\
         {e3},Yammer,2016-02-01,12\n\
         {e3}, Yammer ,2016-03,14\n"
    );
    let before = app.count("workload_usage");
    for counts in [
        "3 added, 0 changed, 0 unchanged",
        "0 added, 0 changed, 3 unchanged",
    ] {
        let output = run_import(&app, "usage", &csv, &[]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let said = text(&output.stdout);
        assert!(
            said.contains("Imported 3 usage rows") && said.contains(counts),
            "{said}"
        );
        assert_eq!(app.count("workload_usage"), before + 3, "idempotent");
    }
    assert_eq!(
        usage_of(&app, e3, "Yammer"),
        [(d(2016, 1), 10), (d(2016, 2), 12), (d(2016, 3), 14)]
    );

    // A corrected figure replaces the old one.
    let output = run_import(
        &app,
        "usage",
        &format!("subscription_id,workload,month,active_users\n{e3},Yammer,2016-02,20\n"),
        &[],
    );
    assert!(output.status.success());
    assert_eq!(usage_of(&app, e3, "Yammer")[1], (d(2016, 2), 20));
    assert_eq!(app.count("workload_usage"), before + 3);
}

#[tokio::test]
async fn a_file_with_a_bad_row_imports_nothing_and_names_line_and_column() {
    let app = spawn_app().await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let csv = format!(
        "subscription_id,workload,month,active_users\n\
         {e3},Yammer,2016-01,10\n\
         {e3},Yammer,2016-13,10\n\
         999999,Yammer,2016-01,10\n\
         {e3},,2016-01,10\n\
         {e3},Yammer,2016-04,-3\n\
         abc,Yammer,2016-05,1\n"
    );
    let before = app.count("workload_usage");
    let output = run_import(&app, "usage", &csv, &[]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    for expected in [
        "line 3, column month: `2016-13` is not a month; write it as YYYY-MM",
        "line 4, column subscription_id: no subscription has the number 999999",
        "line 5, column workload: is empty",
        "line 6, column active_users: `-3` is not a number of users (0 or more)",
        "line 7, column subscription_id: `abc` is not a subscription number",
        "5 bad row(s)",
        "nothing was imported",
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in:\n{stderr}"
        );
    }
    assert_eq!(app.count("workload_usage"), before, "nothing changed");

    let output = run_import(&app, "usage", &csv, &["--skip-invalid"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(stdout.contains("Imported 1 usage rows"), "{stdout}");
    assert!(stdout.contains("Skipped 5 bad row(s):"));
    assert!(stdout.contains("line 3, column month"));
    assert_eq!(app.count("workload_usage"), before + 1);
}

#[tokio::test]
async fn a_wrong_header_is_refused() {
    let app = spawn_app().await;
    let output = run_import(
        &app,
        "usage",
        "subscription,workload,month,users\n1,x,2016-01,1\n",
        &[],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains(
        "the first line must be the header `subscription_id,workload,month,active_users`"
    ));
    let output = run_import(&app, "usage", "", &[]);
    assert_eq!(output.status.code(), Some(1));
}

#[tokio::test]
async fn a_large_usage_file_streams_with_plain_progress_lines() {
    let app = spawn_app().await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let mut csv = String::from("subscription_id,workload,month,active_users\n");
    // 120,000 rows: 100 years of months × 100 workloads.
    for workload in 0..100 {
        for month in 0..1200 {
            csv.push_str(&format!(
                "{e3},W{workload},{}-{:02},{}\n",
                1995 + month / 12,
                month % 12 + 1,
                month % 50
            ));
        }
    }
    let before = app.count("workload_usage");
    let output = run_import(&app, "usage", &csv, &[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let progress = text(&output.stderr);
    assert!(
        progress.contains("100000 rows checked")
            && progress.contains("100000 of 120000 rows applied"),
        "plain lines when not on a terminal: {progress}"
    );
    assert!(text(&output.stdout).contains("Imported 120000 usage rows"));
    assert!(text(&output.stdout).contains("120000 added, 0 changed, 0 unchanged"));
    assert_eq!(app.count("workload_usage"), before + 120_000);
}

#[tokio::test]
async fn partners_are_added_and_updated_by_mpn_id() {
    let app = spawn_app().await;
    let csv = "mpn_id,name,kind,parent_mpn_id,country,contact_email,enrolled_since,status\n\
               6000000,Fourth Coffee,global,,United States,osu@fourthcoffee.example,2016-01-01,active\n\
               6000001,Fourth Coffee Berlin,location,6000000,Germany,Berlin@FourthCoffee.example,2016-02-01,active\n\
               2345678,Tailspin Toys,location,,United Kingdom,contact@tailspintoys.example,2016-03-01,active\n";
    let before = app.count("partners");
    // Tailspin Toys is Litware's ID renamed and enrolled: a change.
    for counts in [
        "2 added, 1 changed, 0 unchanged",
        "0 added, 0 changed, 3 unchanged",
    ] {
        let output = run_import(&app, "partners", csv, &[]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let said = text(&output.stdout);
        assert!(
            said.contains("Imported 3 partners") && said.contains(counts),
            "{said}"
        );
        assert_eq!(app.count("partners"), before + 2, "idempotent");
    }
    let berlin: (String, Option<i32>, String) = partners::table
        .filter(partners::mpn_id.eq("6000001"))
        .select((partners::kind, partners::parent_id, partners::contact_email))
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(berlin.0, "location");
    assert!(berlin.1.is_some());
    assert_eq!(berlin.2, "berlin@fourthcoffee.example");

    // Tailspin Toys is now enrolled: Check ID accepts it.
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    assert_eq!(
        app.check_id("office", e3, "2345678")
            .await
            .status()
            .as_u16(),
        200
    );
    // And the new global ID points to its location.
    let html = app
        .check_id("office", e3, "6000000")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("use one of these instead: Fourth Coffee Berlin (6000001)"));
}

#[tokio::test]
async fn bad_partner_rows_are_explained() {
    let app = spawn_app().await;
    let csv = "mpn_id,name,kind,parent_mpn_id,country,contact_email,enrolled_since,status\n\
               12ab,Bad Id,location,,US,a@b.example,,active\n\
               6100001,Orphan,location,6199999,US,a@b.example,,active\n\
               6100002,Child of a location,location,1234567,US,a@b.example,,active\n\
               6100003,Bad Kind,branch,,US,a@b.example,,active\n\
               6100004,Bad Mail,location,,US,not-an-email,,active\n\
               6100005,Bad Date,location,,US,a@b.example,01/02/2016,active\n\
               6100006,Bad Status,location,,US,a@b.example,,gone\n";
    let before = app.count("partners");
    let output = run_import(&app, "partners", csv, &[]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    for expected in [
        "line 2, column mpn_id: An MPN ID has 6 to 10 digits, like 1234567.",
        "line 3, column parent_mpn_id: no partner has the MPN ID 6199999",
        "line 4, column parent_mpn_id: 1234567 is a location ID; a parent must be a global ID",
        "line 5, column kind: `branch` is neither `global` nor `location`",
        "line 6, column contact_email: Enter an email address like name@contoso.com.",
        "line 7, column enrolled_since: `01/02/2016` is not a date",
        "line 8, column status: `gone` is neither `active` nor `suspended`",
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in:\n{stderr}"
        );
    }
    assert_eq!(app.count("partners"), before);
}
