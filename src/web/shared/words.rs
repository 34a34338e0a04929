//! The engine answers with kinds (`CheckOutcome`, `ChangeError`, `Reason` …); this is where each
//! kind becomes a sentence in the reader's language. Pages and flashes take their words from here.

use crate::domain::{
    EmailError, EventAction, Lang, MpnIdError, NameProblem, NewPassword, NewPasswordError,
    PersonName, TenantError, TenantName,
};
use crate::engine::accounts::LinkRefused;
use crate::engine::{
    Change, ChangeError, Changed, CheckOutcome, HistoryEntry, Notification, PartnerEvent,
    PartnerSummary, Reason, Verdict,
};
use crate::support::{ContactMethod, RequestStatus, SupportError};

pub use crate::web::shared::fact_words::{
    billing, enrollment, facts_error, import_counts, import_kind, import_status, operator_action,
    operator_value, partner_status, subscription_status,
};

/// "Northwind Traders (1234567)".
fn label(p: &PartnerSummary) -> String {
    format!("{} ({})", p.name, p.mpn_id)
}

/// Why Check ID cannot use an ID, next to the field.
pub fn check_outcome(lang: Lang, outcome: &CheckOutcome) -> String {
    match outcome {
        CheckOutcome::Attachable(p) => {
            lang.t2("check-found", "partner", label(p), "country", &p.country)
        }
        CheckOutcome::NotFound(mpn_id) => lang.t1("check-not-found", "mpn", mpn_id),
        CheckOutcome::NotEnrolled(p) => lang.t1("check-not-enrolled", "partner", label(p)),
        CheckOutcome::Suspended(p) => lang.t1("check-suspended", "partner", label(p)),
        CheckOutcome::GlobalId { partner, locations } if locations.is_empty() => lang.t2(
            "check-global-id",
            "mpn",
            &partner.mpn_id,
            "name",
            &partner.name,
        ),
        CheckOutcome::GlobalId { partner, locations } => {
            let list: Vec<String> = locations.iter().map(label).collect();
            lang.t3(
                "check-global-id-locations",
                "mpn",
                &partner.mpn_id,
                "name",
                &partner.name,
                "locations",
                list.join(", "),
            )
        }
    }
}

/// The confirmation after OK.
pub fn changed(lang: Lang, changed: &Changed) -> String {
    let product = &changed.product;
    match &changed.change {
        Change::Added(p) => lang.t2("changed-added", "partner", &p.name, "product", product),
        Change::Replaced { old, new } => lang.t3(
            "changed-replaced",
            "partner",
            &new.name,
            "product",
            product,
            "old",
            &old.name,
        ),
        Change::Removed(p) => lang.t2("changed-removed", "partner", &p.name, "product", product),
        Change::Unchanged(p) => {
            lang.t2("changed-unchanged", "partner", &p.name, "product", product)
        }
    }
}

/// Why OK was refused.
pub fn change_error(lang: Lang, error: &ChangeError) -> String {
    match error {
        ChangeError::Forbidden { tenant } => read_only(lang, tenant),
        ChangeError::SubscriptionNotActive { status } => lang.t1(
            "change-not-active",
            "status",
            subscription_status(lang, *status),
        ),
        ChangeError::PartnerRefused(outcome) => check_outcome(lang, outcome),
        ChangeError::NothingToRemove => lang.t("change-nothing-to-remove"),
        ChangeError::Conflict { current } => match current {
            Some(p) => lang.t1("change-conflict-partner", "partner", label(p)),
            None => lang.t("change-conflict-none"),
        },
        ChangeError::SubscriptionNotFound | ChangeError::Compose(_) | ChangeError::Database(_) => {
            lang.t("error-unexpected-text")
        }
    }
}

/// Who may change the partner of record.
pub fn read_only(lang: Lang, tenant: &str) -> String {
    lang.t1("change-forbidden", "tenant", tenant)
}

/// Whether a support request is still open.
pub fn request_status(lang: Lang, status: RequestStatus) -> String {
    match status {
        RequestStatus::Open => lang.t("support-open"),
        RequestStatus::Closed => lang.t("support-closed"),
    }
}

pub fn mpn_error(lang: Lang, error: &MpnIdError) -> String {
    match error {
        MpnIdError::Empty => lang.t("mpn-empty"),
        MpnIdError::Malformed => lang.t("mpn-malformed"),
    }
}

pub fn new_password_error(lang: Lang, error: NewPasswordError) -> String {
    match error {
        NewPasswordError::TooShort => {
            lang.t1("password-too-short", "min", NewPassword::MIN_CHARS as i64)
        }
        NewPasswordError::TooLong => lang.t1(
            "password-too-long",
            "max",
            lang.number(NewPassword::MAX_CHARS as i64),
        ),
        NewPasswordError::Mismatch => lang.t("password-mismatch"),
    }
}

pub fn tenant_error(lang: Lang, error: TenantError) -> String {
    match error {
        TenantError::NameEmpty => lang.t("tenant-name-empty"),
        TenantError::NameTooLong => {
            lang.t1("tenant-name-too-long", "max", TenantName::MAX_CHARS as i64)
        }
        TenantError::NameControl => lang.t("tenant-name-control"),
        TenantError::DomainEmpty => lang.t("tenant-domain-empty"),
        TenantError::DomainMalformed => lang.t("tenant-domain-malformed"),
    }
}

pub fn person_name_error(lang: Lang, problem: NameProblem) -> String {
    match problem {
        NameProblem::Empty => lang.t("user-name-empty"),
        NameProblem::TooLong => lang.t1("user-name-too-long", "max", PersonName::MAX_CHARS as i64),
        NameProblem::Control => lang.t("user-name-control"),
    }
}

/// Why a link to set a password does not work: a heading and a sentence.
pub fn link_refused(lang: Lang, refused: LinkRefused) -> (String, String) {
    match refused {
        LinkRefused::Unknown => (lang.t("link-unknown"), lang.t("link-unknown-text")),
        LinkRefused::Used(_) => (lang.t("link-used"), lang.t("link-used-text")),
        LinkRefused::Expired(_) => (lang.t("link-expired"), lang.t("link-expired-text")),
    }
}

pub fn email_error(lang: Lang, error: &EmailError) -> String {
    match error {
        EmailError::Empty => lang.t("email-empty"),
        EmailError::TooLong => lang.t("email-too-long"),
        EmailError::Malformed => lang.t("email-malformed"),
    }
}

pub fn contact_method(lang: Lang, method: ContactMethod) -> String {
    match method {
        ContactMethod::Chat => lang.t("contact-chat"),
        ContactMethod::Forum => lang.t("contact-forum"),
        ContactMethod::Email => lang.t("contact-email"),
    }
}

/// A refusal a person can mend; other support errors are not the requester's.
pub fn support_error(lang: Lang, error: &SupportError) -> String {
    match error {
        SupportError::NoIssue => lang.t("support-error-no-issue"),
        SupportError::DescriptionTooShort => lang.t("support-error-short"),
        SupportError::DescriptionTooLong => lang.t1(
            "support-error-long",
            "max",
            lang.number(crate::support::DESCRIPTION_MAX as i64),
        ),
        SupportError::DescriptionControl => lang.t("support-error-control"),
        SupportError::NoContact => lang.t("support-error-no-contact"),
        SupportError::Compose(_) | SupportError::Database(_) => lang.t("error-unexpected-text"),
    }
}

fn reason(lang: Lang, reason: &Reason) -> String {
    match reason {
        Reason::NotPartnerOfRecord => lang.t("reason-not-partner"),
        Reason::OsaFormOnly => lang.t("reason-osa-form"),
        Reason::NotEnrolled => lang.t("reason-not-enrolled"),
        Reason::Suspended => lang.t("reason-suspended"),
        Reason::Trial => lang.t("reason-trial"),
        Reason::NoActiveUsage { needed, best } => {
            lang.t2("reason-no-usage", "needed", *needed, "best", *best)
        }
    }
}

/// "Eligible", or every reason in one sentence.
pub fn verdict(lang: Lang, verdict: &Verdict) -> String {
    if verdict.eligible() {
        return lang.t("eligible");
    }
    let reasons: Vec<String> = verdict.reasons.iter().map(|r| reason(lang, r)).collect();
    let text = reasons.join(&lang.t("reason-separator"));
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

/// "Added", "Replaced", "Removed", "No change", "Refused".
pub fn history_action(lang: Lang, entry: &HistoryEntry) -> String {
    match entry.action {
        EventAction::Added => lang.t("history-added"),
        EventAction::Replaced => lang.t("history-replaced"),
        EventAction::Removed => lang.t("history-removed"),
        EventAction::Unchanged => lang.t("history-unchanged"),
        EventAction::Rejected => lang.t("history-refused"),
    }
}

/// Why an attempt was refused, from the code the engine recorded; empty for an event with no
/// reason worth a line. Older records kept a sentence; it is shown as it was written.
pub fn history_detail(lang: Lang, entry: &HistoryEntry) -> String {
    match entry.detail.as_str() {
        "forbidden" => lang.t("refusal-forbidden"),
        "not-active" => lang.t("refusal-not-active"),
        "not-found" => lang.t("refusal-not-found"),
        "not-enrolled" => lang.t("refusal-not-enrolled"),
        "suspended" => lang.t("refusal-suspended"),
        "global-id" => lang.t("refusal-global-id"),
        "nothing-to-remove" => lang.t("refusal-nothing-to-remove"),
        "conflict" => lang.t("refusal-conflict"),
        // Codes for refusals the engine never records as events; nothing to say if one appears.
        "refused" | "failed" => String::new(),
        other => other.to_string(),
    }
}

/// A change as the partner's history lists it.
pub fn partner_event(lang: Lang, event: &PartnerEvent) -> String {
    match (event.action, event.gained) {
        (EventAction::Added, _) => lang.t("partner-event-added"),
        (EventAction::Replaced, true) => lang.t("partner-event-added-replacing"),
        (EventAction::Replaced, false) => lang.t("partner-event-replaced"),
        (EventAction::Removed, _) => lang.t("partner-event-removed"),
        // The partner's history lists only the three changes above.
        (EventAction::Unchanged | EventAction::Rejected, _) => lang.t("partner-event-changed"),
    }
}

/// Whether a partner email has gone out.
pub fn notification_state(lang: Lang, n: &Notification) -> String {
    match (&n.sent_at, n.attempts) {
        (Some(at), _) => lang.t1("notification-sent", "when", lang.date_time(*at)),
        (None, _) if n.failed_at.is_some() => lang.t("notification-failed"),
        (None, 0) => lang.t("notification-waiting"),
        (None, attempts) => lang.t1("notification-retrying", "attempts", attempts),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn summaries_read_as_sentences() {
        let month = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
        let verdict_of = |reasons| Verdict { month, reasons };
        assert_eq!(verdict(Lang::En, &verdict_of(vec![])), "Eligible");
        assert_eq!(
            verdict(
                Lang::En,
                &verdict_of(vec![Reason::Trial, Reason::NoActiveUsage { needed: 5, best: 1 }])
            ),
            "A trial subscription never earns the incentive; no workload reached 5 active users (the most was 1)"
        );
        assert_eq!(
            verdict(
                Lang::En,
                &verdict_of(vec![Reason::NoActiveUsage { needed: 1, best: 0 }])
            ),
            "No workload reached 1 active user (the most was 0)"
        );
        assert_eq!(
            verdict(Lang::En, &verdict_of(vec![Reason::OsaFormOnly])),
            "Associated only through the OSA form; the customer must add you as Digital Partner of Record"
        );
        let german = verdict(Lang::De, &verdict_of(vec![Reason::Trial]));
        assert!(german.starts_with("Ein Testabonnement"), "{german}");
    }
}
