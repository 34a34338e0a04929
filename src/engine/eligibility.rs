//! Online Services Usage incentive eligibility, month by month. Pure functions: the facts of one
//! association in one month go in, the verdict and its reasons (kinds, that the pages put into
//! words) come out.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::Channel;
use crate::engine::calendar::next_month;

/// From this month on, an association made only through the legacy OSA form earns nothing.
pub fn osa_cutoff() -> NaiveDate {
    NaiveDate::from_ymd_opt(2016, 1, 1).expect("a valid date")
}

/// How much use makes a workload "actively used" in a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threshold {
    /// Share of the subscription's seats, in percent.
    pub percent_of_seats: i32,
    /// And never fewer users than this.
    pub min_users: i32,
}

impl Default for Threshold {
    fn default() -> Self {
        Self {
            percent_of_seats: 5,
            min_users: 1,
        }
    }
}

impl Threshold {
    /// The active users a workload needs in a subscription of `seats` seats.
    pub fn users_needed(&self, seats: i32) -> i32 {
        let share = (i64::from(seats.max(0)) * i64::from(self.percent_of_seats) + 99) / 100;
        (share as i32).max(self.min_users)
    }
}

/// What is known about one association in one month.
#[derive(Debug, Clone)]
pub struct MonthFacts {
    /// The first day of the month.
    pub month: NaiveDate,
    pub channel: Channel,
    pub started_at: NaiveDateTime,
    pub ended_at: Option<NaiveDateTime>,
    pub enrolled_since: Option<NaiveDate>,
    pub partner_active: bool,
    pub paid: bool,
    pub seats: i32,
    /// Active users of each workload that month.
    pub workloads: Vec<(String, i32)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    NotPartnerOfRecord,
    OsaFormOnly,
    NotEnrolled,
    Suspended,
    Trial,
    NoActiveUsage { needed: i32, best: i32 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub month: NaiveDate,
    /// Empty when eligible.
    pub reasons: Vec<Reason>,
}

impl Verdict {
    pub fn eligible(&self) -> bool {
        self.reasons.is_empty()
    }
}

/// The rules of the incentive: eligible when, that month, the association was open through a
/// portal (or through the OSA form before 2016), the partner was enrolled and active, the
/// subscription was paid, and at least one workload had enough active users.
pub fn evaluate(facts: &MonthFacts, threshold: &Threshold) -> Verdict {
    let month_start = facts.month.and_hms_opt(0, 0, 0).expect("midnight");
    let month_end = next_month(facts.month)
        .and_hms_opt(0, 0, 0)
        .expect("midnight");
    let mut reasons = Vec::new();
    let open = facts.started_at < month_end && facts.ended_at.is_none_or(|end| end > month_start);
    if !open {
        reasons.push(Reason::NotPartnerOfRecord);
    } else if facts.channel == Channel::OsaForm && facts.month >= osa_cutoff() {
        reasons.push(Reason::OsaFormOnly);
    }
    if facts
        .enrolled_since
        .is_none_or(|since| since >= next_month(facts.month))
    {
        reasons.push(Reason::NotEnrolled);
    }
    if !facts.partner_active {
        reasons.push(Reason::Suspended);
    }
    if !facts.paid {
        reasons.push(Reason::Trial);
    }
    let needed = threshold.users_needed(facts.seats);
    let best = facts
        .workloads
        .iter()
        .map(|(_, users)| *users)
        .max()
        .unwrap_or(0);
    if best < needed {
        reasons.push(Reason::NoActiveUsage { needed, best });
    }
    Verdict {
        month: facts.month,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn at(y: i32, m: u32, day: u32) -> NaiveDateTime {
        d(y, m, day).and_hms_opt(12, 0, 0).unwrap()
    }

    /// An association that meets every rule in March 2016; each case breaks one thing.
    fn eligible_facts() -> MonthFacts {
        MonthFacts {
            month: d(2016, 3, 1),
            channel: Channel::OfficePortal,
            started_at: at(2016, 2, 15),
            ended_at: None,
            enrolled_since: Some(d(2015, 6, 1)),
            partner_active: true,
            paid: true,
            seats: 100,
            workloads: vec![
                ("Exchange Online".into(), 40),
                ("SharePoint Online".into(), 2),
            ],
        }
    }

    #[test]
    fn each_rule_gives_its_reason() {
        type Case = (&'static str, fn(&mut MonthFacts), Vec<Reason>);
        let cases: Vec<Case> = vec![
            ("eligible", |_| {}, vec![]),
            (
                "started after the month",
                |f| f.started_at = at(2016, 4, 1),
                vec![Reason::NotPartnerOfRecord],
            ),
            (
                "ended before the month",
                |f| f.ended_at = Some(at(2016, 2, 20)),
                vec![Reason::NotPartnerOfRecord],
            ),
            (
                "ended during the month still counts",
                |f| f.ended_at = Some(at(2016, 3, 10)),
                vec![],
            ),
            (
                "started on the last day counts",
                |f| f.started_at = at(2016, 3, 31),
                vec![],
            ),
            (
                "intune portal counts",
                |f| f.channel = Channel::IntunePortal,
                vec![],
            ),
            (
                "OSA form from 2016",
                |f| f.channel = Channel::OsaForm,
                vec![Reason::OsaFormOnly],
            ),
            (
                "not enrolled",
                |f| f.enrolled_since = None,
                vec![Reason::NotEnrolled],
            ),
            (
                "enrolled after the month",
                |f| f.enrolled_since = Some(d(2016, 4, 1)),
                vec![Reason::NotEnrolled],
            ),
            (
                "enrolled during the month counts",
                |f| f.enrolled_since = Some(d(2016, 3, 31)),
                vec![],
            ),
            (
                "suspended",
                |f| f.partner_active = false,
                vec![Reason::Suspended],
            ),
            ("trial", |f| f.paid = false, vec![Reason::Trial]),
            (
                "usage below 5% of seats",
                |f| f.workloads = vec![("Exchange Online".into(), 4)],
                vec![Reason::NoActiveUsage { needed: 5, best: 4 }],
            ),
            (
                "usage at exactly 5% of seats",
                |f| f.workloads = vec![("Exchange Online".into(), 5)],
                vec![],
            ),
            (
                "no usage data",
                |f| f.workloads.clear(),
                vec![Reason::NoActiveUsage { needed: 5, best: 0 }],
            ),
            (
                "one user is needed in a tiny subscription",
                |f| {
                    f.seats = 3;
                    f.workloads = vec![("Intune".into(), 0)];
                },
                vec![Reason::NoActiveUsage { needed: 1, best: 0 }],
            ),
            (
                "several reasons at once",
                |f| {
                    f.paid = false;
                    f.enrolled_since = None;
                    f.workloads.clear();
                },
                vec![
                    Reason::NotEnrolled,
                    Reason::Trial,
                    Reason::NoActiveUsage { needed: 5, best: 0 },
                ],
            ),
        ];
        for (name, change, expected) in cases {
            let mut facts = eligible_facts();
            change(&mut facts);
            let verdict = evaluate(&facts, &Threshold::default());
            assert_eq!(verdict.reasons, expected, "{name}");
            assert_eq!(verdict.eligible(), expected.is_empty(), "{name}");
        }
    }

    #[test]
    fn the_osa_form_counts_until_december_2015_and_never_after() {
        let mut facts = eligible_facts();
        facts.channel = Channel::OsaForm;
        facts.started_at = at(2015, 3, 1);
        facts.enrolled_since = Some(d(2015, 1, 1));
        for (month, eligible) in [
            (d(2015, 11, 1), true),
            (d(2015, 12, 1), true),
            (d(2016, 1, 1), false),
            (d(2016, 2, 1), false),
        ] {
            facts.month = month;
            let verdict = evaluate(&facts, &Threshold::default());
            assert_eq!(verdict.eligible(), eligible, "{month}");
        }
        facts.month = d(2016, 1, 1);
        assert_eq!(
            evaluate(&facts, &Threshold::default()).reasons,
            vec![Reason::OsaFormOnly]
        );
    }

    #[test]
    fn thresholds_round_up_and_keep_a_minimum() {
        let t = Threshold::default();
        assert_eq!(t.users_needed(250), 13);
        assert_eq!(t.users_needed(100), 5);
        assert_eq!(t.users_needed(10), 1);
        assert_eq!(t.users_needed(0), 1);
        let strict = Threshold {
            percent_of_seats: 10,
            min_users: 20,
        };
        assert_eq!(strict.users_needed(100), 20);
        assert_eq!(strict.users_needed(1000), 100);
    }
}
