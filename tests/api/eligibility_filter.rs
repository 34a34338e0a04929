//! The partner page's "eligible" and "not eligible" filters are a query (so that a filter never
//! loads every row), and each line's verdict is the Rust rule (`eligibility::evaluate`). The rule
//! is written twice, so this holds the two equal: every combination of the facts the rule reads,
//! on the database the suite runs on, in the months either side of the OSA cut-off and today.

use chrono::NaiveDate;
use dpor_portal::db::models::{
    Association, NewAssociation, NewPartner, NewSubscription, Partner, Subscription, Tenant,
    WorkloadUsage,
};
use dpor_portal::db::{now, DbConnection};
use dpor_portal::domain::{
    Billing, Channel, PartnerKind, PartnerStatus, Portal, SubscriptionStatus,
};
use dpor_portal::engine::partner::{list_associations, AssociationQuery, StatusFilter};
use dpor_portal::engine::Threshold;

use crate::helpers::spawn_app;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The days the pages are looked at: December 2015 (the OSA form still counts), January 2016 (the
/// first month it does not) and November 2026.
const DAYS: [(i32, u32, u32); 3] = [(2015, 12, 10), (2016, 1, 15), (2026, 11, 25)];

/// Usage of each case, in the months the pages are looked at (or, for the last, only in another).
const USAGE: [&[(&str, i32)]; 5] = [
    &[],
    &[("Exchange Online", 4)],
    &[("Exchange Online", 5)],
    &[("Exchange Online", 2), ("SharePoint Online", 6)],
    &[("Exchange Online", 0)],
];

/// One partner per enrollment and status; under each, every channel, billing, usage, seat count,
/// open or ended. Returns the partners' ids.
fn every_combination(conn: &mut DbConnection) -> Vec<i32> {
    let tenant = Tenant::create(conn, "Grid Customer", "grid.onmicrosoft.com").unwrap();
    let enrollments = [
        None,
        Some(date(2015, 1, 1)),
        // During December 2015: enrolled that month.
        Some(date(2015, 12, 31)),
        // After December 2015: not yet enrolled then, enrolled by 2026.
        Some(date(2016, 1, 1)),
    ];
    let mut partners = Vec::new();
    let mut n = 0;
    for (e, enrolled) in enrollments.into_iter().enumerate() {
        for status in [PartnerStatus::Active, PartnerStatus::Suspended] {
            let mpn_id = format!("91000{e}{}", partners.len());
            let partner = Partner::create(
                conn,
                NewPartner {
                    mpn_id: &mpn_id,
                    name: &format!("Grid Partner {mpn_id}"),
                    kind: PartnerKind::Location,
                    parent_id: None,
                    country: "United States",
                    contact_email: "grid@partners.example",
                    osu_enrolled_since: enrolled,
                    status,
                    created_at: now(),
                },
            )
            .unwrap();
            partners.push(partner);
            for channel in Channel::ALL {
                for billing in Billing::ALL {
                    for (u, usage) in USAGE.iter().enumerate() {
                        for seats in [100, 30] {
                            for ended in [false, true] {
                                n += 1;
                                let subscription = Subscription::create(
                                    conn,
                                    NewSubscription {
                                        tenant_id: tenant,
                                        product: &format!("Grid subscription {n}"),
                                        portal: Portal::Office,
                                        seats,
                                        billing: *billing,
                                        status: SubscriptionStatus::Active,
                                        agreement: "EA",
                                        created_at: now(),
                                    },
                                )
                                .unwrap();
                                let association = Association::create(
                                    conn,
                                    NewAssociation {
                                        subscription_id: subscription,
                                        partner_id: partner,
                                        channel: *channel,
                                        started_at: date(2015, 1, 1).and_hms_opt(0, 0, 0).unwrap(),
                                        started_by: None,
                                    },
                                )
                                .unwrap();
                                if ended {
                                    // Ended by the demo's first customer user: anyone will do.
                                    Association::end(conn, association, 1).unwrap();
                                }
                                let months = if u == USAGE.len() - 1 {
                                    vec![date(2015, 6, 1)]
                                } else {
                                    DAYS.iter().map(|&(y, m, _)| date(y, m, 1)).collect()
                                };
                                let usage = if u == USAGE.len() - 1 {
                                    &[("Exchange Online", 50)][..]
                                } else {
                                    usage
                                };
                                for month in months {
                                    for (workload, users) in usage {
                                        WorkloadUsage::record(
                                            conn,
                                            subscription,
                                            workload,
                                            month,
                                            *users,
                                        )
                                        .unwrap();
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    partners
}

fn lines(
    conn: &mut DbConnection,
    partner: i32,
    status: StatusFilter,
    today: NaiveDate,
) -> Vec<dpor_portal::engine::partner::AssociationLine> {
    let query = AssociationQuery {
        status,
        page_size: 10_000,
        ..Default::default()
    };
    list_associations(conn, &[partner], &query, &Threshold::default(), today)
        .unwrap()
        .lines
}

#[tokio::test]
async fn the_filter_and_the_rule_agree() {
    let app = spawn_app().await;
    let mut conn = app.conn();
    let partners = every_combination(&mut conn);
    let (mut eligible_seen, mut not_eligible_seen) = (0, 0);
    for (y, m, d) in DAYS {
        let today = date(y, m, d);
        for &partner in &partners {
            let all = lines(&mut conn, partner, StatusFilter::All, today);
            let eligible: Vec<i32> = lines(&mut conn, partner, StatusFilter::Eligible, today)
                .iter()
                .map(|l| l.id)
                .collect();
            let not_eligible: Vec<i32> =
                lines(&mut conn, partner, StatusFilter::NotEligible, today)
                    .iter()
                    .map(|l| l.id)
                    .collect();
            let ended: Vec<i32> = lines(&mut conn, partner, StatusFilter::Ended, today)
                .iter()
                .map(|l| l.id)
                .collect();
            assert_eq!(all.len(), 120, "every case of partner {partner} is listed");
            for line in &all {
                let case = format!(
                    "{today}: {} {:?}, {} seats, {:?}, ended {}, verdict {:?}",
                    line.partner_mpn_id,
                    line.channel,
                    line.seats,
                    line.billing,
                    line.ended_at.is_some(),
                    line.this_month.reasons
                );
                if line.ended_at.is_some() {
                    assert!(ended.contains(&line.id), "{case}");
                    assert!(!eligible.contains(&line.id), "{case}");
                    assert!(!not_eligible.contains(&line.id), "{case}");
                } else if line.this_month.eligible() {
                    eligible_seen += 1;
                    assert!(eligible.contains(&line.id), "the filter misses {case}");
                    assert!(!not_eligible.contains(&line.id), "{case}");
                } else {
                    not_eligible_seen += 1;
                    assert!(not_eligible.contains(&line.id), "the filter misses {case}");
                    assert!(!eligible.contains(&line.id), "{case}");
                }
            }
            assert_eq!(eligible.len() + not_eligible.len() + ended.len(), all.len());
        }
    }
    // Both answers occur, in both months, or the comparison would prove nothing.
    assert!(eligible_seen > 50, "{eligible_seen} eligible cases");
    assert!(
        not_eligible_seen > 500,
        "{not_eligible_seen} ineligible cases"
    );
}
