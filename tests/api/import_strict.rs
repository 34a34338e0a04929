//! The CSV reader is strict: a quote never closed, a row with too many or too few values, a key
//! given twice, each named by its line; long values cut in messages; each error said once.

use std::process::Output;

use crate::helpers::spawn_app;
use crate::import::run_import;

fn all_output(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[tokio::test]
async fn a_quote_never_closed_is_an_error_at_its_line_and_nothing_is_skipped_silently() {
    let app = spawn_app().await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let csv = format!(
        "subscription_id,workload,month,active_users\n\
         {e3},Yammer,2016-01,10\n\
         {e3},\"Yammer,2016-02,11\n\
         {e3},Yammer,2016-03,12\n\
         {e3},Yammer,2016-04,13\n"
    );
    let before = app.count("workload_usage");
    for extra in [&[][..], &["--skip-invalid"][..]] {
        let output = run_import(&app, "usage", &csv, extra);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{extra:?}: {}",
            all_output(&output)
        );
        let said = all_output(&output);
        assert!(
            said.contains("line 3: a quote opened on this line is never closed"),
            "{extra:?}: {said}"
        );
        assert_eq!(
            app.count("workload_usage"),
            before,
            "{extra:?}: nothing imported"
        );
    }
}

#[tokio::test]
async fn rows_with_more_or_fewer_values_than_the_header_are_errors() {
    let app = spawn_app().await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let csv = format!(
        "subscription_id,workload,month,active_users\n\
         {e3},Yammer,2016-01,10,extra\n\
         {e3},Yammer,2016-02\n\
         {e3},Yammer,2016-03,12\n"
    );
    let output = run_import(&app, "usage", &csv, &[]);
    assert_eq!(output.status.code(), Some(1));
    let said = all_output(&output);
    assert!(
        said.contains("line 2: has 5 values; the header has 4"),
        "{said}"
    );
    assert!(
        said.contains("line 3: has 3 values; the header has 4"),
        "{said}"
    );
    let output = run_import(&app, "usage", &csv, &["--skip-invalid"]);
    assert!(output.status.success());
    assert!(all_output(&output).contains("Imported 1 usage rows"));
}

#[tokio::test]
async fn a_key_given_twice_in_a_file_names_both_lines() {
    let app = spawn_app().await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let usage = format!(
        "subscription_id,workload,month,active_users\n\
         {e3},Yammer,2016-01,10\n\
         {e3},Yammer,2016-02,11\n\
         {e3},Yammer,2016-01,99\n"
    );
    let output = run_import(&app, "usage", &usage, &[]);
    assert_eq!(output.status.code(), Some(1));
    let said = all_output(&output);
    assert!(
        said.contains("line 4: the same subscription_id, workload and month as line 2"),
        "{said}"
    );
    let partners = "mpn_id,name,kind,parent_mpn_id,country,contact_email,enrolled_since,status\n\
        6100000,Fourth Coffee,location,,United States,a@fourth.example,,active\n\
        6100000,Fourth Coffee Again,location,,United States,b@fourth.example,,active\n";
    let output = run_import(&app, "partners", partners, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(all_output(&output).contains("line 3: the same mpn_id as line 2"));
}

#[tokio::test]
async fn long_values_are_cut_in_messages_and_each_error_is_said_once() {
    let app = spawn_app().await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let long = "9".repeat(5000);
    let csv = format!(
        "subscription_id,workload,month,active_users\n\
         {long},Yammer,2016-01,10\n\
         {e3},Yammer,{long},10\n"
    );
    let output = run_import(&app, "usage", &csv, &[]);
    assert_eq!(output.status.code(), Some(1));
    let said = all_output(&output);
    for line in said.lines() {
        assert!(
            line.chars().count() <= 200,
            "a message line of {} characters",
            line.chars().count()
        );
    }
    assert!(
        said.contains(&format!(
            "`{}…` is not a subscription number",
            "9".repeat(80)
        )),
        "{said}"
    );
    for error in ["line 2, column subscription_id", "line 3, column month"] {
        assert_eq!(said.matches(error).count(), 1, "{error} in:\n{said}");
    }
}
