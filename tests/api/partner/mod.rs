//! The partner's association status pages, eligibility, history, notifications and the export.

mod activity;
mod many;
mod status;

use chrono::Datelike;
use diesel::prelude::*;
use dpor_portal::db::schema::associations;

use crate::helpers::{texts_of, TestApp};

fn this_month() -> chrono::NaiveDate {
    let today = chrono::Utc::now().date_naive();
    chrono::NaiveDate::from_ymd_opt(today.year(), today.month(), 1).unwrap()
}

const ROWS: &str = "table.associations tbody tr";

/// The text of the associations table's row that links to a product, or panics.
fn row_of(html: &str, product: &str) -> String {
    texts_of(html, ROWS)
        .into_iter()
        .find(|text| text.contains(product))
        .unwrap_or_else(|| panic!("no row for {product} in the table"))
}

fn tables_text(html: &str) -> Vec<String> {
    texts_of(html, "table")
}

fn rows(html: &str) -> usize {
    texts_of(html, ROWS).len()
}

fn association_id(app: &TestApp, subscription_id: i32) -> i32 {
    associations::table
        .filter(associations::subscription_id.eq(subscription_id))
        .order(associations::id.desc())
        .select(associations::id)
        .first(&mut *app.conn())
        .unwrap()
}
