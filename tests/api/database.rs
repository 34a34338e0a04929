//! The database as the portal leaves it: migrations, the demo data set, the rules it enforces
//! (one open partner of record, append-only events), and a restart on the same data.

use chrono::NaiveDate;
use diesel::prelude::*;
use dpor_portal::db::schema::{
    association_events, associations, customer_users, partner_users, partners, subscriptions,
    tenants, workload_usage,
};
use dpor_portal::db::{run_migrations, DbConnection};

use crate::helpers::spawn_app;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[tokio::test]
async fn migrations_are_applied_to_an_empty_database_and_run_once() {
    let app = spawn_app().await;
    let mut conn = app.conn();
    // Every table of the model answers.
    assert_eq!(
        tenants::table
            .count()
            .get_result::<i64>(&mut *conn)
            .unwrap(),
        2
    );
    assert!(
        workload_usage::table
            .count()
            .get_result::<i64>(&mut *conn)
            .unwrap()
            > 0
    );
    // A second run has nothing left to do.
    assert_eq!(run_migrations(&mut conn).unwrap(), 0);
}

#[tokio::test]
async fn the_demo_tenants_and_users_are_there() {
    let app = spawn_app().await;
    let mut conn = app.conn();
    let tenants: Vec<(String, String)> = tenants::table
        .order(tenants::name)
        .select((tenants::name, tenants::domain))
        .load(&mut *conn)
        .unwrap();
    assert_eq!(
        tenants,
        [
            ("Contoso".to_string(), "contoso.onmicrosoft.com".to_string()),
            (
                "Fabrikam".to_string(),
                "fabrikam.onmicrosoft.com".to_string()
            ),
        ]
    );
    let users: Vec<(String, String, String)> = customer_users::table
        .inner_join(tenants::table)
        .order(customer_users::email)
        .select((customer_users::email, customer_users::role, tenants::name))
        .load(&mut *conn)
        .unwrap();
    let expected = [
        ("admin@contoso.example", "global_admin", "Contoso"),
        ("admin@fabrikam.example", "global_admin", "Fabrikam"),
        ("billing@contoso.example", "billing_admin", "Contoso"),
        ("reader@contoso.example", "user", "Contoso"),
    ];
    assert_eq!(users.len(), expected.len());
    for ((email, role, tenant), (e, r, t)) in users.iter().zip(expected) {
        assert_eq!((email.as_str(), role.as_str(), tenant.as_str()), (e, r, t));
    }
    let hashes: Vec<Option<String>> = customer_users::table
        .select(customer_users::password_hash)
        .load(&mut *conn)
        .unwrap();
    assert!(hashes
        .iter()
        .all(|h| h.as_deref().is_some_and(|h| h.starts_with("$argon2id$"))));
}

#[tokio::test]
async fn the_demo_partners_are_there_with_their_enrollment_and_status() {
    let app = spawn_app().await;
    let mut conn = app.conn();
    type Row = (
        String,
        String,
        String,
        Option<NaiveDate>,
        String,
        Option<i32>,
        i32,
    );
    let rows: Vec<Row> = partners::table
        .order(partners::mpn_id)
        .select((
            partners::mpn_id,
            partners::name,
            partners::kind,
            partners::osu_enrolled_since,
            partners::status,
            partners::parent_id,
            partners::id,
        ))
        .load(&mut *conn)
        .unwrap();
    let find = |mpn: &str| rows.iter().find(|r| r.0 == mpn).expect(mpn).clone();
    assert_eq!(rows.len(), 6);
    let northwind = find("1234567");
    assert_eq!(
        (northwind.1.as_str(), northwind.2.as_str()),
        ("Northwind Traders", "location")
    );
    assert_eq!(northwind.3, Some(d(2015, 6, 1)));
    assert_eq!(northwind.4, "active");
    let adventure = find("7654321");
    assert_eq!(adventure.1, "Adventure Works Consulting");
    assert!(adventure.3.is_some(), "enrolled");
    let tailspin = find("2345678");
    assert_eq!((tailspin.1.as_str(), tailspin.3), ("Tailspin Toys", None));
    let litware = find("3456789");
    assert_eq!(
        (litware.1.as_str(), litware.4.as_str()),
        ("Litware Inc", "suspended")
    );
    assert!(litware.3.is_some(), "enrolled, though suspended");
    let global = find("5000000");
    assert_eq!(
        (global.1.as_str(), global.2.as_str()),
        ("Wide World Importers", "global")
    );
    let seattle = find("5000001");
    assert_eq!(seattle.1, "Wide World Importers Seattle");
    assert_eq!(seattle.2, "location");
    assert_eq!(
        seattle.5,
        Some(global.6),
        "Seattle is a location of the global ID"
    );
    assert!(seattle.3.is_some());

    let partner_users: Vec<(String, String)> = partner_users::table
        .inner_join(partners::table)
        .order(partner_users::email)
        .select((partner_users::email, partners::mpn_id))
        .load(&mut *conn)
        .unwrap();
    assert_eq!(
        partner_users,
        [
            (
                "partner@adventure-works.example".to_string(),
                "7654321".to_string()
            ),
            (
                "partner@northwind.example".to_string(),
                "1234567".to_string()
            ),
            (
                "partner@wideworld.example".to_string(),
                "5000000".to_string()
            ),
        ]
    );
}

fn subscription_rows(conn: &mut DbConnection) -> Vec<(i32, String, String, i32, String, String)> {
    subscriptions::table
        .inner_join(tenants::table)
        .order(subscriptions::id)
        .select((
            subscriptions::id,
            tenants::name,
            subscriptions::product,
            subscriptions::seats,
            subscriptions::billing,
            subscriptions::portal,
        ))
        .load(conn)
        .unwrap()
}

#[tokio::test]
async fn the_demo_subscriptions_and_their_partners_of_record_are_there() {
    let app = spawn_app().await;
    let mut conn = app.conn();
    let subs = subscription_rows(&mut conn);
    let summary: Vec<(&str, &str, i32, &str, &str)> = subs
        .iter()
        .map(|(_, t, p, s, b, portal)| (t.as_str(), p.as_str(), *s, b.as_str(), portal.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            ("Contoso", "Office 365 Enterprise E3", 250, "paid", "office"),
            ("Contoso", "Exchange Online Plan 1", 50, "paid", "office"),
            ("Contoso", "Office 365 Enterprise E1", 25, "trial", "office"),
            ("Contoso", "Microsoft Intune", 100, "paid", "intune"),
            (
                "Contoso",
                "Azure Active Directory Premium",
                100,
                "paid",
                "intune"
            ),
            (
                "Fabrikam",
                "Office 365 Enterprise E3",
                500,
                "paid",
                "office"
            ),
            ("Fabrikam", "Microsoft Intune", 40, "paid", "intune"),
        ]
    );

    let open: Vec<(String, String, String, String, chrono::NaiveDateTime)> = associations::table
        .inner_join(subscriptions::table.inner_join(tenants::table))
        .inner_join(partners::table)
        .filter(associations::ended_at.is_null())
        .order(associations::id)
        .select((
            tenants::name,
            subscriptions::product,
            partners::mpn_id,
            associations::channel,
            associations::started_at,
        ))
        .load(&mut *conn)
        .unwrap();
    assert_eq!(open.len(), 2);
    assert_eq!(
        (
            open[0].0.as_str(),
            open[0].1.as_str(),
            open[0].2.as_str(),
            open[0].3.as_str()
        ),
        ("Contoso", "Exchange Online Plan 1", "1234567", "osa_form")
    );
    assert_eq!(open[0].4.date(), d(2015, 3, 1));
    assert_eq!(
        (
            open[1].0.as_str(),
            open[1].1.as_str(),
            open[1].2.as_str(),
            open[1].3.as_str()
        ),
        (
            "Fabrikam",
            "Office 365 Enterprise E3",
            "7654321",
            "office_portal"
        )
    );
    assert_eq!(open[1].4.date(), d(2016, 2, 15));
    let events: i64 = association_events::table
        .count()
        .get_result(&mut *conn)
        .unwrap();
    assert_eq!(events, 2, "each demo association has its 'added' event");
}

#[tokio::test]
async fn every_paid_subscription_has_twelve_months_of_usage_and_one_has_none_active() {
    let app = spawn_app().await;
    let mut conn = app.conn();
    let subs = subscription_rows(&mut conn);
    let this_month = {
        let today = chrono::Utc::now().date_naive();
        d(
            chrono::Datelike::year(&today),
            chrono::Datelike::month(&today),
            1,
        )
    };
    let mut idle = Vec::new();
    for (id, tenant, product, seats, billing, _) in &subs {
        let usage: Vec<(NaiveDate, i32)> = workload_usage::table
            .filter(workload_usage::subscription_id.eq(id))
            .select((workload_usage::month, workload_usage::active_users))
            .load(&mut *conn)
            .unwrap();
        if billing == "trial" {
            assert!(usage.is_empty(), "{product}: a trial has no usage");
            continue;
        }
        let months: std::collections::BTreeSet<NaiveDate> = usage.iter().map(|u| u.0).collect();
        assert_eq!(months.len(), 12, "{tenant} {product}");
        assert_eq!(months.last(), Some(&this_month));
        assert!(usage.iter().all(|(_, users)| users <= seats));
        let total: i32 = usage.iter().map(|u| u.1).sum();
        if total == 0 {
            idle.push(product.clone());
        } else {
            let distinct: std::collections::BTreeSet<i32> = usage.iter().map(|u| u.1).collect();
            assert!(distinct.len() > 3, "{product}: usage varies");
        }
    }
    assert_eq!(idle, ["Azure Active Directory Premium"]);
}

#[tokio::test]
async fn the_database_allows_one_open_partner_of_record_per_subscription() {
    let app = spawn_app().await;
    let mut conn = app.conn();
    let (subscription_id, partner_id): (i32, i32) = associations::table
        .filter(associations::ended_at.is_null())
        .select((associations::subscription_id, associations::partner_id))
        .first(&mut *conn)
        .unwrap();
    let second_open = diesel::insert_into(associations::table)
        .values((
            associations::subscription_id.eq(subscription_id),
            associations::partner_id.eq(partner_id),
            associations::channel.eq("office_portal"),
            associations::started_at.eq(dpor_portal::db::now()),
        ))
        .execute(&mut *conn);
    assert!(
        matches!(
            second_open,
            Err(diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _
            ))
        ),
        "{second_open:?}"
    );
    // An ended one beside it is history, and allowed.
    let now = dpor_portal::db::now();
    diesel::insert_into(associations::table)
        .values((
            associations::subscription_id.eq(subscription_id),
            associations::partner_id.eq(partner_id),
            associations::channel.eq("office_portal"),
            associations::started_at.eq(now),
            associations::ended_at.eq(now),
        ))
        .execute(&mut *conn)
        .unwrap();
}

#[tokio::test]
async fn association_events_cannot_be_changed_or_deleted() {
    let app = spawn_app().await;
    let mut conn = app.conn();
    let update = diesel::update(association_events::table)
        .set(association_events::action.eq("removed"))
        .execute(&mut *conn);
    assert!(update.is_err(), "events are append-only");
    let delete = diesel::delete(association_events::table).execute(&mut *conn);
    assert!(delete.is_err(), "events are append-only");
    let count: i64 = association_events::table
        .count()
        .get_result(&mut *conn)
        .unwrap();
    assert_eq!(count, 2);
}

#[tokio::test]
async fn restarting_on_the_same_database_keeps_the_data_and_adds_no_second_demo_set() {
    let (database, url) = crate::helpers::TestDatabase::create();
    let mail = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let app = dpor_portal::startup::Application::build(crate::helpers::test_config(
            url.clone(),
            mail.path(),
        ))
        .unwrap();
        let mut conn = app.pool().get().unwrap();
        assert_eq!(
            tenants::table
                .count()
                .get_result::<i64>(&mut *conn)
                .unwrap(),
            2
        );
    }
    drop(database);
}
