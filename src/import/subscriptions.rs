//! Subscriptions by tenant, product and agreement:
//! `tenant_domain,product,agreement,seats,billing,status,effective_from`. A new one is made with
//! its history beginning on `effective_from`; a known one gets the file's seats, billing and
//! status from that day, kept in its history as an operator's change is. `effective_from` may be
//! empty: today.

use std::collections::HashMap;
use std::io::Read;

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::db::models::{Product, Tenant};
use crate::db::schema::{subscription_facts, subscriptions};
use crate::db::{now, DbConnection};
use crate::domain::{parse_effective_date, Agreement, Billing, Seats, SubscriptionStatus};
use crate::engine::onboarding::{
    add_subscription, record_facts, FactsChange, NewSubscriptionOrder, OnboardingError,
};
use crate::import::rows::{shown, ImportError, Options, Row, RowError};
use crate::import::run::{run, Applied, Kind, Progress, Report};

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct SubscriptionRow {
    /// The subscription the row changes; none for a new one.
    existing: Option<i32>,
    tenant_id: i32,
    product_id: i32,
    agreement: String,
    seats: i32,
    billing: Billing,
    status: SubscriptionStatus,
    effective_from: NaiveDate,
}

/// A tenant's subscription as a file names it: tenant, product, agreement.
type SubscriptionKey = (i32, String, String);

/// A subscription's id and the day its history begins.
type Known = Vec<(i32, Option<NaiveDate>)>;

struct Subscriptions {
    tenants: HashMap<String, i32>,
    products: HashMap<String, i32>,
    /// The subscriptions of each tenant, product and agreement, with the day each one's history
    /// begins.
    known: HashMap<SubscriptionKey, Known>,
    today: NaiveDate,
}

impl Subscriptions {
    fn load(conn: &mut DbConnection) -> Result<Self, ImportError> {
        let begins: HashMap<i32, Option<NaiveDate>> = subscription_facts::table
            .group_by(subscription_facts::subscription_id)
            .select((
                subscription_facts::subscription_id,
                diesel::dsl::min(subscription_facts::effective_from),
            ))
            .load::<(i32, Option<NaiveDate>)>(conn)?
            .into_iter()
            .collect();
        let mut known: HashMap<SubscriptionKey, Known> = HashMap::new();
        let rows = subscriptions::table
            .select((
                subscriptions::id,
                subscriptions::tenant_id,
                subscriptions::product,
                subscriptions::agreement,
            ))
            .load::<(i32, i32, String, String)>(conn)?;
        for (id, tenant_id, product, agreement) in rows {
            let begins = begins.get(&id).copied().flatten();
            known
                .entry((tenant_id, product, agreement))
                .or_default()
                .push((id, begins));
        }
        let products = Product::all(conn)?
            .into_iter()
            .map(|p| (p.name, p.id))
            .collect();
        Ok(Self {
            tenants: Tenant::ids_by_domain(conn)?,
            products,
            known,
            today: now().date(),
        })
    }
}

impl Kind for Subscriptions {
    type Row = SubscriptionRow;
    const COLUMNS: &'static [&'static str] = &[
        "tenant_domain",
        "product",
        "agreement",
        "seats",
        "billing",
        "status",
        "effective_from",
    ];
    const KEY: &'static [&'static str] = &["tenant_domain", "product", "agreement"];
    const CHUNK: usize = 100;

    fn check(&mut self, row: &Row) -> Result<SubscriptionRow, RowError> {
        let domain = row.get("tenant_domain").to_ascii_lowercase();
        let tenant_id = *self.tenants.get(&domain).ok_or_else(|| {
            let message = format!("no tenant has the domain `{}`", shown(&domain));
            row.error("tenant_domain", message)
        })?;
        let product = row.get("product");
        let product_id = *self.products.get(product).ok_or_else(|| {
            let message = format!(
                "no product is called `{}`; the operator area's New subscription lists them",
                shown(product)
            );
            row.error("product", message)
        })?;
        let agreement = Agreement::parse(row.get("agreement"))
            .map_err(|e| row.error("agreement", e.to_string()))?;
        let seats =
            Seats::parse(row.get("seats")).map_err(|e| row.error("seats", e.to_string()))?;
        let billing = Billing::parse(row.get("billing")).ok_or_else(|| {
            let message = format!(
                "`{}` is neither `paid` nor `trial`",
                shown(row.get("billing"))
            );
            row.error("billing", message)
        })?;
        let status = SubscriptionStatus::parse(row.get("status")).ok_or_else(|| {
            let message = format!(
                "`{}` is not `active`, `suspended` or `expired`",
                shown(row.get("status"))
            );
            row.error("status", message)
        })?;
        let effective_from = match row.get("effective_from") {
            "" => self.today,
            text => parse_effective_date(text, self.today)
                .map_err(|e| row.error("effective_from", e.to_string()))?,
        };
        let key = (
            tenant_id,
            product.to_string(),
            agreement.as_str().to_string(),
        );
        let existing = match self.known.get(&key).map(Vec::as_slice).unwrap_or_default() {
            [] => None,
            [(id, begins)] => {
                if let Some(begins) = begins.filter(|b| effective_from < *b) {
                    let message = format!(
                        "the history of this subscription begins on {begins}; a change cannot take effect before that"
                    );
                    return Err(row.error("effective_from", message));
                }
                Some(*id)
            }
            several => {
                let message = format!(
                    "the tenant has {} subscriptions of {product} under {}; change them on their pages",
                    several.len(),
                    agreement.as_str()
                );
                return Err(row.error("product", message));
            }
        };
        Ok(SubscriptionRow {
            existing,
            tenant_id,
            product_id,
            agreement: agreement.as_str().to_string(),
            seats: seats.get(),
            billing,
            status,
            effective_from,
        })
    }

    fn apply(
        &mut self,
        conn: &mut DbConnection,
        rows: &[(u64, SubscriptionRow)],
        report: &mut Report,
    ) -> Result<Vec<RowError>, ImportError> {
        let mut refused = Vec::new();
        for (line, row) in rows {
            let seats = Seats::parse(&row.seats.to_string()).expect("seats checked before");
            let Some(id) = row.existing else {
                let agreement = Agreement::parse(&row.agreement).expect("checked before");
                let order = NewSubscriptionOrder {
                    product_id: row.product_id,
                    seats,
                    billing: row.billing,
                    status: row.status,
                    agreement: &agreement,
                    begins: row.effective_from,
                };
                add_subscription(conn, None, row.tenant_id, &order)?;
                report.count(Applied::Added);
                continue;
            };
            let change = FactsChange {
                seats,
                billing: row.billing,
                status: row.status,
                effective_from: row.effective_from,
            };
            match record_facts(conn, None, id, &change) {
                Ok(true) => report.count(Applied::Changed),
                Ok(false) => report.count(Applied::Unchanged),
                Err(OnboardingError::BeforeHistory(begins)) => refused.push(RowError {
                    line: *line,
                    column: "effective_from".to_string(),
                    message: format!("the history of this subscription begins on {begins}"),
                }),
                Err(other) => return Err(other.into()),
            }
        }
        Ok(refused)
    }
}

pub fn import_subscriptions(
    conn: &mut DbConnection,
    input: impl Read,
    options: Options,
    progress: Progress,
) -> Result<Report, ImportError> {
    let mut kind = Subscriptions::load(conn)?;
    run(conn, &mut kind, input, options, progress)
}
