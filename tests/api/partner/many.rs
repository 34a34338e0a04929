//! A partner with many associations: paging, sorting and filters the database computes.

use diesel::prelude::*;
use dpor_portal::db::models::{
    Association, NewAssociation, NewPartner, NewSubscription, Partner, Subscription, Tenant,
    WorkloadUsage,
};
use dpor_portal::db::schema::associations;
use dpor_portal::db::{now, DbConnection};
use dpor_portal::domain::{
    Billing, Channel, PartnerKind, PartnerStatus, Portal, SubscriptionStatus,
};

use crate::helpers::{spawn_app, texts_of};

use super::*;

/// A partner with many associations of every kind, made straight in the database.
fn many_associations(conn: &mut DbConnection, count: usize) -> i32 {
    let tenant = Tenant::create(conn, "Bulk Customer", "bulk.onmicrosoft.com").unwrap();
    let partner = Partner::create(
        conn,
        NewPartner {
            mpn_id: "7000001",
            name: "Bulk Partner",
            kind: PartnerKind::Location,
            parent_id: None,
            country: "United States",
            contact_email: "bulk@partners.example",
            osu_enrolled_since: chrono::NaiveDate::from_ymd_opt(2015, 1, 1),
            status: PartnerStatus::Active,
            created_at: now(),
        },
    )
    .unwrap();
    for i in 0..count {
        let subscription = Subscription::create(
            conn,
            NewSubscription {
                tenant_id: tenant,
                product: &format!("Product {i:03}"),
                portal: Portal::Office,
                seats: 100,
                billing: if i % 7 == 0 {
                    Billing::Trial
                } else {
                    Billing::Paid
                },
                status: SubscriptionStatus::Active,
                agreement: "EA",
                created_at: now(),
            },
        )
        .unwrap();
        let ended = i % 5 == 0;
        Association::create(
            conn,
            NewAssociation {
                subscription_id: subscription,
                partner_id: partner,
                channel: if i % 11 == 0 {
                    Channel::OsaForm
                } else {
                    Channel::OfficePortal
                },
                started_at: now(),
                started_by: None,
            },
        )
        .unwrap();
        if ended {
            diesel::update(
                associations::table.filter(associations::subscription_id.eq(subscription)),
            )
            .set(associations::ended_at.eq(Some(now())))
            .execute(conn)
            .unwrap();
        }
        // Usage around the threshold (5 of 100 seats): 0, 4, 5, 6 … users.
        WorkloadUsage::record(
            conn,
            subscription,
            "Exchange Online",
            this_month(),
            (i % 4) as i32 + 3 * (i % 3 == 0) as i32,
        )
        .unwrap();
    }
    partner
}

#[tokio::test]
async fn filters_computed_by_the_database_agree_with_each_rows_verdict() {
    let app = spawn_app().await;
    many_associations(&mut app.conn(), 120);
    diesel::insert_into(dpor_portal::db::schema::partner_users::table)
        .values(&dpor_portal::db::models::NewPartnerUser {
            partner_id: Partner::find_by_mpn_id(&mut app.conn(), "7000001")
                .unwrap()
                .unwrap()
                .id,
            email: "bulk@partners.example",
            display_name: "Bulk",
            password_hash: Some(&dpor_portal::domain::password::hash("demo-password").unwrap()),
            created_at: now(),
        })
        .execute(&mut *app.conn())
        .unwrap();
    app.sign_in_as("partner", "bulk@partners.example").await;

    let collect = |html: &str| texts_of(html, ROWS);
    let mut all = Vec::new();
    for page in 1..=3 {
        let html = app
            .get_html(&format!(
                "/partner?status=all&sort=product&dir=asc&page={page}"
            ))
            .await;
        let found = collect(&html);
        assert_eq!(found.len(), [50, 50, 20][page - 1], "page {page}");
        assert_eq!(html.contains("rel=\"next\""), page < 3);
        assert_eq!(html.contains("rel=\"prev\""), page > 1);
        all.extend(found);
    }
    let open: Vec<&String> = all.iter().filter(|r| !r.contains("Ended")).collect();
    let eligible_by_row = open
        .iter()
        .filter(|r| !r.contains("Not eligible") && r.ends_with("Eligible"))
        .count();
    let mut eligible_by_filter = 0;
    let mut not_eligible_by_filter = 0;
    for page in 1..=3 {
        eligible_by_filter += collect(
            &app.get_html(&format!("/partner?status=eligible&page={page}"))
                .await,
        )
        .len();
        not_eligible_by_filter += collect(
            &app.get_html(&format!("/partner?status=not-eligible&page={page}"))
                .await,
        )
        .len();
    }
    let ended = collect(&app.get_html("/partner?status=ended").await);
    assert_eq!(ended.len(), 24);
    assert!(
        eligible_by_row > 10 && eligible_by_row < open.len(),
        "a mix: {eligible_by_row} of {}",
        open.len()
    );
    assert_eq!(eligible_by_filter, eligible_by_row);
    assert_eq!(not_eligible_by_filter, open.len() - eligible_by_row);
    for row in collect(&app.get_html("/partner?status=eligible&page=1").await) {
        assert!(
            row.ends_with("Eligible") && !row.contains("Not eligible"),
            "{row}"
        );
    }
    for row in collect(&app.get_html("/partner?status=not-eligible&page=1").await) {
        assert!(row.contains("Not eligible"), "{row}");
    }
    // Sorting by product, both ways.
    let first_asc = collect(&app.get_html("/partner?sort=product&dir=asc").await)[0].clone();
    let first_desc = collect(&app.get_html("/partner?sort=product&dir=desc").await)[0].clone();
    assert!(first_asc.contains("Product 000"), "{first_asc}");
    assert!(first_desc.contains("Product 119"), "{first_desc}");
    // Nonsense parameters fall back to the defaults instead of failing.
    assert_eq!(
        app.get("/partner?status=bogus&sort=%00&dir=up&page=0")
            .await
            .status()
            .as_u16(),
        200
    );
    assert_eq!(app.get("/partner?page=abc").await.status().as_u16(), 400);
}
