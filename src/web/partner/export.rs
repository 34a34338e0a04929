//! Every association with this month's eligibility, as a CSV file.

use std::borrow::Cow;

use actix_web::http::header;
use actix_web::{web, HttpResponse};

use crate::db::DbPool;
use crate::domain::Lang;
use crate::engine::partner::{self, AssociationQuery, SortBy};
use crate::engine::Threshold;
use crate::web::partner::scope::{today, Scope};
use crate::web::shared::{with_db_blocking, words, AppError};

/// Every association with this month's eligibility, as CSV, read a thousand at a time.
pub async fn export(
    lang: Lang,
    scope: Scope,
    pool: web::Data<DbPool>,
    threshold: web::Data<Threshold>,
) -> Result<HttpResponse, AppError> {
    let threshold = **threshold;
    let mpn_id = scope.partner().mpn_id.clone();
    let body = with_db_blocking(&pool, move |conn| {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let csv_error = |e: csv::Error| AppError::Unexpected(e.into());
        writer
            .write_record([
                lang.t("email-partner-mpn"),
                lang.t("col-customer"),
                lang.t("csv-domain"),
                lang.t("col-subscription"),
                lang.t("csv-portal"),
                lang.t("col-seats"),
                lang.t("col-billing"),
                lang.t("col-since"),
                lang.t("col-ended"),
                lang.t("col-made-by"),
                lang.t("col-this-month"),
                lang.t("csv-reason"),
            ])
            .map_err(csv_error)?;
        let today = today();
        let mut query = AssociationQuery {
            sort: SortBy::Customer,
            page_size: 1000,
            ..Default::default()
        };
        loop {
            let page = partner::list_associations(conn, &scope.ids, &query, &threshold, today)?;
            for line in &page.lines {
                let eligible = line.this_month.eligible();
                writer
                    .write_record([
                        line.partner_mpn_id.as_str(),
                        &inert(&line.customer),
                        &inert(&line.domain),
                        &inert(&line.product),
                        line.portal.as_str(),
                        &line.seats.to_string(),
                        line.billing.as_str(),
                        &line.started_at.format("%Y-%m-%d").to_string(),
                        &line
                            .ended_at
                            .map(|e| e.format("%Y-%m-%d").to_string())
                            .unwrap_or_default(),
                        &lang.channel(line.channel),
                        if eligible { "eligible" } else { "not eligible" },
                        &if eligible {
                            String::new()
                        } else {
                            inert(&words::verdict(lang, &line.this_month)).into_owned()
                        },
                    ])
                    .map_err(csv_error)?;
            }
            if !page.has_next {
                break;
            }
            query.page += 1;
        }
        writer
            .into_inner()
            .map_err(|e| AppError::Unexpected(anyhow::anyhow!("csv: {e}")))
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"dpor-associations-{mpn_id}.csv\""),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}

/// A text cell that a spreadsheet will not run as a formula: one starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return (a customer named `=HYPERLINK(…)`) gets a leading `'`.
fn inert(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::inert;

    #[test]
    fn formulas_are_made_text_and_other_cells_are_left_alone() {
        assert_eq!(inert("=1+1"), "'=1+1");
        assert_eq!(inert("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(inert("-2+3"), "'-2+3");
        assert_eq!(inert("Contoso"), "Contoso");
    }
}
