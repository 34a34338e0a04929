//! The data set: bulk rows made by the database itself, and the count of what the writes left.

use diesel::connection::SimpleConnection;
use diesel::RunQueryDsl;
use dpor_portal::db::{self, DatabaseUrl, DbConnection};

use crate::{LIST_ROWS, SMALL_PARTNER_ROWS, WRITE_SUBSCRIPTIONS};

pub struct Fixture {
    pub details_subscription: i32,
    pub first_write_subscription: i32,
    pub write_tenant: i32,
    pub partner_a: i32,
    pub partner_b: i32,
}

/// Bulk rows, made by the database itself from a number series: seconds, not minutes.
pub fn generate(url: &str, subscriptions: u32) -> Fixture {
    let parsed = DatabaseUrl::parse(url).unwrap();
    let pool = db::connect_pool(&parsed, 1).unwrap();
    let mut conn = pool.get().unwrap();
    let hash = dpor_portal::domain::password::hash("demo-password").unwrap();
    let numbers = |n: u32| {
        match &*conn {
        DbConnection::Postgresql(_) => format!("(SELECT generate_series(1, {n}) AS i) AS n"),
        DbConnection::Sqlite(_) => format!(
            "(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {n}) SELECT i FROM s) AS n"
        ),
    }
    };
    let (list_numbers, write_numbers, bulk_numbers, small_numbers) = (
        numbers(LIST_ROWS),
        numbers(WRITE_SUBSCRIPTIONS),
        numbers(subscriptions),
        numbers(SMALL_PARTNER_ROWS),
    );
    let month = chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-01")
        .to_string();
    let sql = format!(
        "INSERT INTO tenants (name, domain, created_at) VALUES
            ('Benchmark Customer', 'bench.onmicrosoft.com', '2016-01-01 00:00:00'),
            ('Write Customer', 'write.onmicrosoft.com', '2016-01-01 00:00:00'),
            ('Bulk Customer', 'bulk.onmicrosoft.com', '2016-01-01 00:00:00');
         INSERT INTO customer_users (tenant_id, email, display_name, role, password_hash, created_at)
            SELECT id, 'bench-admin@bench.example', 'Bench Admin', 'global_admin', '{hash}', '2016-01-01 00:00:00' FROM tenants WHERE name = 'Benchmark Customer';
         INSERT INTO customer_users (tenant_id, email, display_name, role, password_hash, created_at)
            SELECT id, 'bench-writer@bench.example', 'Bench Writer', 'global_admin', '{hash}', '2016-01-01 00:00:00' FROM tenants WHERE name = 'Write Customer';
         INSERT INTO partners (mpn_id, name, kind, country, contact_email, osu_enrolled_since, status, created_at) VALUES
            ('7100000', 'Large Partner', 'location', 'United States', 'large@bench.example', '2015-01-01', 'active', '2016-01-01 00:00:00'),
            ('7100001', 'Small Partner', 'location', 'United States', 'small@bench.example', '2015-01-01', 'active', '2016-01-01 00:00:00');
         INSERT INTO partner_users (partner_id, email, display_name, password_hash, created_at)
            SELECT id, contact_email, name, '{hash}', '2016-01-01 00:00:00' FROM partners WHERE mpn_id IN ('7100000', '7100001');
         INSERT INTO subscriptions (tenant_id, product, portal, seats, billing, status, agreement, created_at)
            SELECT t.id, 'Office 365 Enterprise E' || (1 + i % 5) || ' #' || i, 'office', 10 + i % 490, 'paid', 'active', 'EA', '2016-01-01 00:00:00'
            FROM tenants t, {list_numbers} WHERE t.name = 'Benchmark Customer';
         INSERT INTO subscriptions (tenant_id, product, portal, seats, billing, status, agreement, created_at)
            SELECT t.id, 'Write target #' || i, 'office', 100, 'paid', 'active', 'EA', '2016-01-01 00:00:00'
            FROM tenants t, {write_numbers} WHERE t.name = 'Write Customer';
         INSERT INTO subscriptions (tenant_id, product, portal, seats, billing, status, agreement, created_at)
            SELECT t.id, 'Bulk subscription #' || i, 'office', 10 + i % 990, CASE WHEN i % 10 = 0 THEN 'trial' ELSE 'paid' END, 'active', 'EA', '2016-01-01 00:00:00'
            FROM tenants t, {bulk_numbers} WHERE t.name = 'Bulk Customer';
         INSERT INTO associations (subscription_id, partner_id, channel, started_at)
            SELECT s.id, p.id, 'office_portal', '2016-02-01 00:00:00'
            FROM subscriptions s, partners p, tenants t
            WHERE s.tenant_id = t.id AND t.name = 'Bulk Customer' AND p.mpn_id = '7100000';
         INSERT INTO workload_usage (subscription_id, workload, month, active_users)
            SELECT s.id, 'Exchange Online', '{month}', s.id % 200
            FROM subscriptions s, tenants t WHERE s.tenant_id = t.id AND t.name = 'Bulk Customer';
         INSERT INTO associations (subscription_id, partner_id, channel, started_at)
            SELECT s.id, p.id, 'office_portal', '2016-02-01 00:00:00'
            FROM subscriptions s, partners p, tenants t
            WHERE s.tenant_id = t.id AND t.name = 'Benchmark Customer' AND p.mpn_id = '7100001';"
    );
    conn.batch_execute(&sql).expect("bulk data");
    // The small partner: 100 associations (31 on the list tenant above, the rest on bulk-like rows).
    let extra = SMALL_PARTNER_ROWS - LIST_ROWS;
    conn.batch_execute(&format!(
        "INSERT INTO subscriptions (tenant_id, product, portal, seats, billing, status, agreement, created_at)
            SELECT t.id, 'Small partner subscription #' || i, 'office', 100, 'paid', 'active', 'EA', '2016-01-01 00:00:00'
            FROM tenants t, {small_numbers} WHERE t.name = 'Bulk Customer' AND i <= {extra};
         INSERT INTO associations (subscription_id, partner_id, channel, started_at)
            SELECT s.id, p.id, 'office_portal', '2016-02-01 00:00:00'
            FROM subscriptions s, partners p WHERE s.product LIKE 'Small partner subscription #%' AND p.mpn_id = '7100001';"
    ))
    .expect("the small partner's rows");
    #[derive(diesel::QueryableByName)]
    struct Id {
        #[diesel(sql_type = diesel::sql_types::Integer)]
        id: i32,
    }
    let mut one = |sql: &str| {
        diesel::sql_query(sql)
            .get_result::<Id>(&mut *conn)
            .unwrap()
            .id
    };
    Fixture {
        details_subscription: one("SELECT MIN(s.id) AS id FROM subscriptions s JOIN tenants t ON t.id = s.tenant_id WHERE t.name = 'Benchmark Customer'"),
        first_write_subscription: one("SELECT MIN(s.id) AS id FROM subscriptions s JOIN tenants t ON t.id = s.tenant_id WHERE t.name = 'Write Customer'"),
        write_tenant: one("SELECT id FROM tenants WHERE name = 'Write Customer'"),
        partner_a: one("SELECT id FROM partners WHERE mpn_id = '1234567'"),
        partner_b: one("SELECT id FROM partners WHERE mpn_id = '7654321'"),
    }
}

/// Ends the write customer's partners of record, as the write script assumes when it starts (it
/// keeps what it set in memory, and a page it believes stale is refused).
pub fn end_write_associations(url: &str, fixture: &Fixture) {
    let pool = db::connect_pool(&DatabaseUrl::parse(url).unwrap(), 1).unwrap();
    let mut conn = pool.get().unwrap();
    diesel::sql_query(format!(
        "UPDATE associations SET ended_at = started_at WHERE ended_at IS NULL AND subscription_id IN \
         (SELECT id FROM subscriptions WHERE tenant_id = {})",
        fixture.write_tenant
    ))
    .execute(&mut *conn)
    .unwrap();
}

pub struct WriteCounts {
    pub events: i64,
    pub added: i64,
    pub replaced: i64,
    pub rejected: i64,
    pub outbox: i64,
}

pub fn count_writes(url: &str, fixture: &Fixture) -> WriteCounts {
    let pool = db::connect_pool(&DatabaseUrl::parse(url).unwrap(), 1).unwrap();
    let mut conn = pool.get().unwrap();
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let tenant = fixture.write_tenant;
    let mut count = |filter: &str| {
        diesel::sql_query(format!(
            "SELECT COUNT(*) AS n FROM association_events e JOIN subscriptions s ON s.id = e.subscription_id WHERE s.tenant_id = {tenant} {filter}"
        ))
        .get_result::<Count>(&mut *conn)
        .unwrap()
        .n
    };
    let events = count("");
    let added = count("AND e.action = 'added'");
    let replaced = count("AND e.action = 'replaced'");
    let rejected = count("AND e.action = 'rejected'");
    let outbox =
        diesel::sql_query("SELECT COUNT(*) AS n FROM outbox WHERE subject LIKE 'Write Customer %'")
            .get_result::<Count>(&mut *conn)
            .unwrap()
            .n;
    WriteCounts {
        events,
        added,
        replaced,
        rejected,
        outbox,
    }
}
