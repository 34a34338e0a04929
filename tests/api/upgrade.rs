//! Upgrading a database that has data: each migration is applied to rows that earlier versions
//! wrote, and every reference between them holds afterwards.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel_migrations::{FileBasedMigrations, MigrationHarness};
use dpor_portal::db::schema::{association_events, customer_users};
use dpor_portal::db::{self, DbConnection};

use crate::helpers::TestDatabase;

/// Applies the migrations of the connection's backend up to and including `last`.
fn migrate_up_to(conn: &mut DbConnection, last: &str) {
    let folder = match conn {
        DbConnection::Postgresql(_) => "migrations/postgres",
        DbConnection::Sqlite(_) => "migrations/sqlite",
    };
    let source = FileBasedMigrations::from_path(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder),
    )
    .unwrap();
    loop {
        let applied = conn.run_next_migration(source.clone()).unwrap();
        if applied
            .to_string()
            .replace('-', "")
            .starts_with(&last.replace('-', ""))
        {
            return;
        }
    }
}

#[test]
fn the_user_tables_are_made_anew_with_every_row_and_reference_kept() {
    let (_database, url) = TestDatabase::create();
    let pool = db::connect_pool(&url, 1).unwrap();
    let mut conn = pool.get().unwrap();
    migrate_up_to(&mut conn, "2026-11-25-000006");
    // Rows as the version before wrote them: users with passwords, and history that names them.
    conn.batch_execute(
        "INSERT INTO tenants (name, domain, created_at) VALUES ('Old Tenant', 'old.onmicrosoft.com', '2016-01-01 00:00:00');
         INSERT INTO customer_users (tenant_id, email, display_name, role, password_hash, created_at)
            SELECT id, 'first@old.example', 'First', 'global_admin', '$argon2id$old', '2016-01-01 00:00:00' FROM tenants;
         INSERT INTO customer_users (tenant_id, email, display_name, role, password_hash, created_at)
            SELECT id, 'second@old.example', 'Second', 'user', '$argon2id$old', '2016-01-01 00:00:00' FROM tenants;
         INSERT INTO partners (mpn_id, name, kind, country, contact_email, status, created_at)
            VALUES ('1000001', 'Old Partner', 'location', 'United States', 'p@old.example', 'active', '2016-01-01 00:00:00');
         INSERT INTO partner_users (partner_id, email, display_name, password_hash, created_at)
            SELECT id, 'p@old.example', 'Partner', '$argon2id$old', '2016-01-01 00:00:00' FROM partners;
         INSERT INTO subscriptions (tenant_id, product, portal, seats, billing, status, agreement, created_at)
            SELECT id, 'Office 365 Enterprise E3', 'office', 10, 'paid', 'active', 'EA', '2016-01-01 00:00:00' FROM tenants;
         INSERT INTO association_events (subscription_id, actor_user_id, action, channel, created_at)
            SELECT s.id, u.id, 'rejected', 'office_portal', '2016-01-02 00:00:00'
            FROM subscriptions s, customer_users u WHERE u.email = 'second@old.example';",
    )
    .unwrap();
    let before: Vec<(i32, String)> = customer_users::table
        .order(customer_users::id)
        .select((customer_users::id, customer_users::email))
        .load(&mut *conn)
        .unwrap();

    let applied = db::run_migrations(&mut conn).unwrap();
    assert!(applied >= 1, "the remaining migrations ran");

    let after: Vec<(i32, String, Option<String>)> = customer_users::table
        .order(customer_users::id)
        .select((
            customer_users::id,
            customer_users::email,
            customer_users::password_hash,
        ))
        .load(&mut *conn)
        .unwrap();
    assert_eq!(
        after
            .iter()
            .map(|(id, email, _)| (*id, email.clone()))
            .collect::<Vec<_>>(),
        before
    );
    assert!(after
        .iter()
        .all(|(_, _, hash)| hash.as_deref() == Some("$argon2id$old")));
    // The event still names its actor, and the next user gets the next id.
    let actor: Option<String> = association_events::table
        .inner_join(customer_users::table)
        .select(customer_users::email)
        .first(&mut *conn)
        .optional()
        .unwrap();
    assert_eq!(actor.as_deref(), Some("second@old.example"));
    if let DbConnection::Sqlite(sqlite) = &mut *conn {
        #[derive(QueryableByName)]
        struct Problem {
            #[diesel(sql_type = diesel::sql_types::Text)]
            table: String,
        }
        let problems: Vec<Problem> = diesel::sql_query("PRAGMA foreign_key_check")
            .load(sqlite)
            .unwrap();
        assert!(
            problems.is_empty(),
            "{:?}",
            problems.iter().map(|p| &p.table).collect::<Vec<_>>()
        );
    }
    conn.batch_execute(
        "INSERT INTO customer_users (tenant_id, email, display_name, role, created_at)
            SELECT id, 'invited@old.example', 'Invited', 'user', '2026-01-01 00:00:00' FROM tenants",
    )
    .unwrap();
    let invited: (i32, Option<String>) = customer_users::table
        .filter(customer_users::email.eq("invited@old.example"))
        .select((customer_users::id, customer_users::password_hash))
        .first(&mut *conn)
        .unwrap();
    assert_eq!(invited, (before.last().unwrap().0 + 1, None));
}
