//! A partner's OSU enrollment and status: facts with the date they took effect. A change adds a
//! row to the partner's history, never overwrites one; the partner's own row holds what is in
//! effect today (its status, and since when its current enrollment runs).

use chrono::NaiveDate;
use diesel::result::Error as DbError;

use crate::db::models::{NewPartnerFacts, OperatorEvent, Partner, PartnerFacts};
use crate::db::{now, write_transaction, DbConnection};
use crate::domain::{Enrollment, PartnerStatus};
use crate::engine::onboarding::error::OnboardingError;

/// Enrollment and status from a day on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartnerFactsChange {
    pub enrollment: Enrollment,
    pub status: PartnerStatus,
    pub effective_from: NaiveDate,
}

/// The facts as the activity log keeps them: `enrolled|active` (put into words when shown).
pub fn partner_facts_value(enrollment: Enrollment, status: PartnerStatus) -> String {
    format!("{}|{}", enrollment.as_str(), status.as_str())
}

/// What is in effect on `day`: the status, and since when the enrollment running that day began
/// (none when not enrolled). `history` is oldest first; of two rows for the same day the later
/// one counts.
pub fn partner_facts_on(
    history: &[PartnerFacts],
    day: NaiveDate,
) -> Option<(PartnerStatus, Option<NaiveDate>)> {
    let mut in_effect: Option<(PartnerStatus, Option<NaiveDate>)> = None;
    let effective = history.iter().filter(|f| f.effective_from <= day);
    let mut rows = effective.peekable();
    while let Some(facts) = rows.next() {
        if rows
            .peek()
            .is_some_and(|next| next.effective_from == facts.effective_from)
        {
            continue;
        }
        let running = in_effect.and_then(|(_, since)| since);
        let since = match facts.enrollment {
            Enrollment::Enrolled => running.or(Some(facts.effective_from)),
            Enrollment::NotEnrolled => None,
        };
        in_effect = Some((facts.status, since));
    }
    in_effect
}

/// Records the facts in the partner's history, unless they were already in effect that day, and
/// sets the partner's row to what is in effect today. Part of the caller's transaction. Whether a
/// row was recorded.
pub fn record_partner_facts(
    conn: &mut DbConnection,
    partner_id: i32,
    change: &PartnerFactsChange,
    recorded_by: Option<i32>,
) -> Result<bool, OnboardingError> {
    let history = PartnerFacts::history(conn, partner_id)?;
    if let Some(first) = history.first() {
        if change.effective_from < first.effective_from {
            return Err(OnboardingError::BeforeHistory(first.effective_from));
        }
    }
    let same = partner_facts_on(&history, change.effective_from).is_some_and(|(status, since)| {
        (Enrollment::since(since), status) == (change.enrollment, change.status)
    });
    if same {
        return Ok(false);
    }
    PartnerFacts::record(
        conn,
        NewPartnerFacts {
            partner_id,
            enrollment: change.enrollment,
            status: change.status,
            effective_from: change.effective_from,
            recorded_at: now(),
            recorded_by,
        },
    )?;
    let history = PartnerFacts::history(conn, partner_id)?;
    let today = partner_facts_on(&history, now().date()).ok_or(DbError::NotFound)?;
    Partner::set_facts(conn, partner_id, today)?;
    Ok(true)
}

/// An operator's change of a partner's enrollment and status, from a date (today at the latest),
/// kept in the history and the activity log. The same facts again record nothing.
pub fn change_partner_facts(
    conn: &mut DbConnection,
    operator_id: i32,
    partner_id: i32,
    change: &PartnerFactsChange,
) -> Result<bool, OnboardingError> {
    write_transaction(conn, |conn| {
        let partner = Partner::find(conn, partner_id)?.ok_or(OnboardingError::NotFound)?;
        if !record_partner_facts(conn, partner_id, change, Some(operator_id))? {
            return Ok(false);
        }
        let old = partner_facts_value(partner.enrollment(), partner.status);
        let new = partner_facts_value(change.enrollment, change.status);
        let new = format!("{new}|{}", change.effective_from);
        OperatorEvent::record(
            conn,
            Some(operator_id),
            "partner-changed",
            &partner.label(),
            (&old, &new),
        )?;
        Ok(true)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn row(id: i32, from: u32, enrollment: Enrollment, status: PartnerStatus) -> PartnerFacts {
        PartnerFacts {
            id,
            partner_id: 1,
            enrollment,
            status,
            effective_from: day(from),
            recorded_at: day(from).and_hms_opt(0, 0, 0).unwrap(),
            recorded_by: None,
        }
    }

    #[test]
    fn the_enrollment_in_effect_runs_from_when_it_began() {
        use Enrollment::*;
        use PartnerStatus::*;
        let history = vec![
            row(1, 1, NotEnrolled, Active),
            row(2, 5, Enrolled, Active),
            row(3, 9, Enrolled, Suspended),
            row(4, 20, NotEnrolled, Suspended),
            // Recorded later for the same day: it counts, not row 4.
            row(5, 20, Enrolled, Active),
        ];
        assert_eq!(partner_facts_on(&history, day(1)), Some((Active, None)));
        assert_eq!(partner_facts_on(&history, day(4)), Some((Active, None)));
        assert_eq!(
            partner_facts_on(&history, day(6)),
            Some((Active, Some(day(5))))
        );
        assert_eq!(
            partner_facts_on(&history, day(10)),
            Some((Suspended, Some(day(5))))
        );
        assert_eq!(
            partner_facts_on(&history, day(25)),
            Some((Active, Some(day(5))))
        );
        let before = NaiveDate::from_ymd_opt(2026, 2, 28).unwrap();
        assert_eq!(partner_facts_on(&history, before), None);
    }
}
