//! Subscriptions an operator makes and changes. Seats, billing and status are facts with the date
//! they took effect: a change adds a row to the subscription's history, never overwrites one, and
//! the subscription's own row holds the facts in effect today.

use chrono::NaiveDate;
use diesel::result::Error as DbError;

use crate::db::models::{
    NewSubscription, NewSubscriptionFacts, OperatorEvent, Product, Subscription, SubscriptionFacts,
    Tenant,
};
use crate::db::{now, write_transaction, DbConnection};
use crate::domain::{Agreement, Billing, Seats, SubscriptionStatus};
use crate::engine::onboarding::error::OnboardingError;

/// A subscription as an operator makes it (active, from today) or an import gives it.
pub struct NewSubscriptionOrder<'a> {
    pub product_id: i32,
    pub seats: Seats,
    pub billing: Billing,
    pub status: SubscriptionStatus,
    pub agreement: &'a Agreement,
    /// The day its facts took effect: where its history begins.
    pub begins: NaiveDate,
}

/// The facts as the activity log keeps them: `20|paid|active` (put into words when shown).
pub fn facts_value(seats: i32, billing: Billing, status: SubscriptionStatus) -> String {
    format!("{seats}|{}|{}", billing.as_str(), status.as_str())
}

fn label(subscription: &Subscription, tenant: &Tenant) -> String {
    format!("{}, {}", subscription.product, tenant.label())
}

pub fn create_subscription(
    conn: &mut DbConnection,
    operator_id: i32,
    tenant_id: i32,
    order: &NewSubscriptionOrder,
) -> Result<i32, OnboardingError> {
    write_transaction(conn, |conn| {
        add_subscription(conn, Some(operator_id), tenant_id, order)
    })
}

/// [`create_subscription`] inside the caller's transaction; `by` is the operator, none for an
/// import.
pub fn add_subscription(
    conn: &mut DbConnection,
    by: Option<i32>,
    tenant_id: i32,
    order: &NewSubscriptionOrder,
) -> Result<i32, OnboardingError> {
    let tenant = Tenant::find(conn, tenant_id)?.ok_or(OnboardingError::NotFound)?;
    let product = Product::find(conn, order.product_id)?.ok_or(OnboardingError::UnknownProduct)?;
    let new = NewSubscription {
        tenant_id,
        product: &product.name,
        portal: product.portal,
        seats: order.seats.get(),
        billing: order.billing,
        status: order.status,
        agreement: order.agreement.as_str(),
        created_at: now(),
    };
    let id = Subscription::create_in_effect_from(conn, new, order.begins)?;
    let subscription = Subscription::find(conn, id)?.ok_or(DbError::NotFound)?;
    let facts = facts_value(order.seats.get(), order.billing, order.status);
    OperatorEvent::record(
        conn,
        by,
        "subscription-created",
        &label(&subscription, &tenant),
        ("", &facts),
    )?;
    Ok(id)
}

/// New facts for a subscription, in effect from a day (today at the latest).
pub struct FactsChange {
    pub seats: Seats,
    pub billing: Billing,
    pub status: SubscriptionStatus,
    pub effective_from: NaiveDate,
}

/// Records the change in the subscription's history; the subscription's row then holds the facts
/// in effect today (a correction dated before a later change leaves that later change in effect).
/// The same facts again record nothing.
pub fn change_facts(
    conn: &mut DbConnection,
    operator_id: i32,
    subscription_id: i32,
    change: &FactsChange,
) -> Result<bool, OnboardingError> {
    write_transaction(conn, |conn| {
        record_facts(conn, Some(operator_id), subscription_id, change)
    })
}

/// [`change_facts`] inside the caller's transaction; `by` is the operator, none for an import.
pub fn record_facts(
    conn: &mut DbConnection,
    by: Option<i32>,
    subscription_id: i32,
    change: &FactsChange,
) -> Result<bool, OnboardingError> {
    let subscription =
        Subscription::find(conn, subscription_id)?.ok_or(OnboardingError::NotFound)?;
    let tenant = Tenant::find(conn, subscription.tenant_id)?.ok_or(DbError::NotFound)?;
    let history = SubscriptionFacts::history(conn, subscription_id)?;
    if let Some(first) = history.first() {
        if change.effective_from < first.effective_from {
            return Err(OnboardingError::BeforeHistory(first.effective_from));
        }
    }
    let in_effect_then = history
        .iter()
        .rfind(|f| f.effective_from <= change.effective_from);
    let same = in_effect_then.is_some_and(|f| {
        (f.seats, f.billing, f.status) == (change.seats.get(), change.billing, change.status)
    });
    if same {
        return Ok(false);
    }
    SubscriptionFacts::record(
        conn,
        NewSubscriptionFacts {
            subscription_id,
            seats: change.seats.get(),
            billing: change.billing,
            status: change.status,
            effective_from: change.effective_from,
            recorded_at: now(),
            recorded_by: by,
        },
    )?;
    let today = now().date();
    let current = SubscriptionFacts::history(conn, subscription_id)?
        .into_iter()
        .rfind(|f| f.effective_from <= today)
        .ok_or(DbError::NotFound)?;
    Subscription::set_facts(conn, subscription_id, &current)?;
    let old = facts_value(
        subscription.seats,
        subscription.billing,
        subscription.status,
    );
    let new = facts_value(change.seats.get(), change.billing, change.status);
    let new = format!("{new}|{}", change.effective_from);
    OperatorEvent::record(
        conn,
        by,
        "subscription-changed",
        &label(&subscription, &tenant),
        (&old, &new),
    )?;
    Ok(true)
}
