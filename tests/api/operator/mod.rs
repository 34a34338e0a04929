//! The operator area: the first operator from the command line, single-use links that set a
//! password, sign-in at /operator/login, tenants and the activity log.

mod first_operator;
mod imports;
mod links;
mod new_customer;
mod operators;
mod partner_facts;
mod partners;
mod subscription_list;
mod subscriptions;
mod tenants;
mod users;

use std::process::Command;

use diesel::prelude::*;
use dpor_portal::db::schema::{outbox, products};

use crate::helpers::TestApp;

/// `dpor-portal operator add EMAIL` against a database, as an operator of a production install
/// runs it; returns whether it succeeded and what it printed (standard output, then error).
pub fn operator_add(database_url: &str, email: &str) -> (bool, String, String) {
    let work = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_dpor-portal"))
        .args(["operator", "add", email])
        .current_dir(work.path())
        .env("DATABASE_URL", database_url)
        .env("DPOR_ENV", "production")
        .env(
            "SESSION_KEY",
            "a production session key that is long enough",
        )
        .env("PUBLIC_URL", "https://portal.example/")
        .env("RUST_LOG", "off")
        .output()
        .expect("the binary runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The path of the link `operator add` printed, on the portal's public address.
pub fn link_path(printed: &str) -> String {
    let at = printed
        .find("https://portal.example/password/")
        .unwrap_or_else(|| panic!("no link in: {printed}"));
    let link: String = printed[at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    link.trim_start_matches("https://portal.example")
        .to_string()
}

pub fn product_id(app: &TestApp, name: &str) -> String {
    products::table
        .filter(products::name.eq(name))
        .select(products::id)
        .first::<i32>(&mut *app.conn())
        .unwrap()
        .to_string()
}

pub async fn new_subscription(
    app: &TestApp,
    tenant: i32,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let form = format!("/operator/tenants/{tenant}/subscriptions/new");
    app.post_form(&form, &form, fields).await
}

/// The last email in the outbox to `recipient`: the path of the link in it.
pub fn emailed_link(app: &TestApp, recipient: &str) -> String {
    let body: String = outbox::table
        .filter(outbox::recipient.eq(recipient))
        .order(outbox::id.desc())
        .select(outbox::body_text)
        .first(&mut *app.conn())
        .unwrap();
    let at = body
        .find("http://portal.example/password/")
        .expect("a link");
    body[at + "http://portal.example".len()..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect()
}
