//! The facts operators keep with a history (a subscription's seats, billing and status; a
//! partner's enrollment and status), the activity log's values and imports, in the reader's
//! language.

use crate::db::models::ImportRun;
use crate::domain::{
    Billing, Enrollment, FactsError, ImportKind, ImportStatus, Lang, PartnerStatus, Role, Seats,
    SubscriptionStatus,
};

/// A subscription's status as the facts list and tables show it.
pub fn subscription_status(lang: Lang, status: SubscriptionStatus) -> String {
    match status {
        SubscriptionStatus::Active => lang.t("status-active"),
        SubscriptionStatus::Suspended => lang.t("status-suspended"),
        SubscriptionStatus::Expired => lang.t("status-expired"),
    }
}

pub fn facts_error(lang: Lang, error: FactsError) -> String {
    match error {
        FactsError::SeatsNotANumber => lang.t("seats-not-a-number"),
        FactsError::SeatsBelowZero => lang.t("seats-below-zero"),
        FactsError::SeatsTooMany => lang.t1("seats-too-many", "max", lang.number(Seats::MAX)),
        FactsError::AgreementEmpty => lang.t("agreement-empty"),
        FactsError::AgreementMalformed => lang.t("agreement-malformed"),
        FactsError::DateMalformed => lang.t("date-malformed"),
        FactsError::DateInTheFuture => lang.t("date-in-the-future"),
    }
}

pub fn partner_status(lang: Lang, status: PartnerStatus) -> String {
    match status {
        PartnerStatus::Active => lang.t("status-active"),
        PartnerStatus::Suspended => lang.t("status-suspended"),
    }
}

pub fn enrollment(lang: Lang, enrollment: Enrollment) -> String {
    match enrollment {
        Enrollment::Enrolled => lang.t("enrollment-enrolled"),
        Enrollment::NotEnrolled => lang.t("operator-not-enrolled"),
    }
}

/// A partner's facts as the activity log keeps them: `enrolled|active`, and `|2026-11-01` for the
/// day a change took effect.
fn partner_facts_value(lang: Lang, parts: &[&str]) -> Option<String> {
    let (enrollment_code, status) = match parts {
        [enrollment_code, status, ..] => (
            Enrollment::parse(enrollment_code)?,
            PartnerStatus::parse(status)?,
        ),
        _ => return None,
    };
    let facts = lang.t2(
        "partner-facts-value",
        "enrollment",
        enrollment(lang, enrollment_code),
        "status",
        partner_status(lang, status),
    );
    Some(with_effective_date(lang, facts, parts.get(2)))
}

fn with_effective_date(lang: Lang, facts: String, date: Option<&&str>) -> String {
    match date.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) {
        Some(from) => lang.t2("facts-value-from", "facts", facts, "date", lang.date(from)),
        None => facts,
    }
}

pub fn billing(lang: Lang, billing: Billing) -> String {
    match billing {
        Billing::Paid => lang.t("billing-paid"),
        Billing::Trial => lang.t("billing-trial"),
    }
}

/// A value an operator's change recorded, in words: a role's code, a partner's facts
/// (`enrolled|active`) or a subscription's (`20|paid|active`), with `|2026-11-01` for the day a
/// change took effect.
pub fn operator_value(lang: Lang, value: &str) -> String {
    if let Some(role) = Role::parse(value) {
        return lang.role(role);
    }
    let parts: Vec<&str> = value.split('|').collect();
    if let Some(facts) = partner_facts_value(lang, &parts) {
        return facts;
    }
    let facts = match parts[..] {
        [seats, billing_code, status, ..] => seats
            .parse::<i64>()
            .ok()
            .zip(Billing::parse(billing_code).zip(SubscriptionStatus::parse(status))),
        _ => None,
    };
    let Some((seats, (billing_code, status))) = facts else {
        return value.to_string();
    };
    let facts = lang.t3(
        "facts-value",
        "seats",
        seats,
        "billing",
        billing(lang, billing_code),
        "status",
        subscription_status(lang, status),
    );
    with_effective_date(lang, facts, parts.get(3))
}

/// What an operator did, as the activity log says it.
pub fn operator_action(lang: Lang, action: &str) -> String {
    match action {
        "tenant-created" => lang.t("activity-tenant-created"),
        "user-created" => lang.t("activity-user-created"),
        "role-changed" => lang.t("activity-role-changed"),
        "user-deactivated" => lang.t("activity-user-deactivated"),
        "subscription-created" => lang.t("activity-subscription-created"),
        "partner-user-created" => lang.t("activity-user-created"),
        "subscription-changed" => lang.t("activity-subscription-changed"),
        "partner-changed" => lang.t("activity-partner-changed"),
        "operator-added" => lang.t("activity-operator-added"),
        "operator-link" => lang.t("activity-operator-link"),
        "email-resent" => lang.t("activity-email-resent"),
        other => other.to_string(),
    }
}

pub fn import_kind(lang: Lang, kind: ImportKind) -> String {
    match kind {
        ImportKind::Usage => lang.t("import-kind-usage"),
        ImportKind::Partners => lang.t("import-kind-partners"),
        ImportKind::Tenants => lang.t("import-kind-tenants"),
        ImportKind::Users => lang.t("import-kind-users"),
        ImportKind::Subscriptions => lang.t("import-kind-subscriptions"),
    }
}

pub fn import_status(lang: Lang, status: ImportStatus) -> String {
    match status {
        ImportStatus::Checking => lang.t("import-status-checking"),
        ImportStatus::Applying => lang.t("import-status-applying"),
        ImportStatus::Done => lang.t("import-status-done"),
        ImportStatus::Failed => lang.t("import-status-failed"),
    }
}

/// "12,000 rows checked, 4,000 of 12,000 applied."
pub fn import_counts(lang: Lang, run: &ImportRun) -> String {
    match run.status {
        ImportStatus::Checking => lang.t1(
            "import-counts-checking",
            "checked",
            lang.number(run.rows_checked),
        ),
        _ => lang.t2(
            "import-counts-applying",
            "applied",
            lang.number(run.rows_applied),
            "total",
            lang.number(run.rows_to_apply),
        ),
    }
}
