//! The whole path of a new customer, as the people involved take it, from an empty production
//! database to a partner of record.

use dpor_portal::db::models::Tenant;

use crate::helpers::{location, spawn_app_with, TestDatabase};

use super::{emailed_link, link_path, new_subscription, operator_add, product_id};

/// The path the issue names, as a new user takes it, on an empty production database.
#[tokio::test]
async fn from_an_empty_production_database_to_a_partner_of_record() {
    let (_database, url) = TestDatabase::create();
    let (_, printed, _) = operator_add(url.as_str(), "ops@dpor.example");
    let operator_link = link_path(&printed);
    // Partners come from the partner import (the operator's Partners page comes later).
    let work = tempfile::tempdir().unwrap();
    let csv = work.path().join("partners.csv");
    std::fs::write(
        &csv,
        "mpn_id,name,kind,parent_mpn_id,country,contact_email,enrolled_since,status\n\
         1234567,Northwind Traders,location,,United States,partner@northwind.example,2015-06-01,active\n",
    )
    .unwrap();
    let imported = std::process::Command::new(env!("CARGO_BIN_EXE_dpor-portal"))
        .args(["import", "partners"])
        .arg(&csv)
        .env("DATABASE_URL", url.as_str())
        .env("DPOR_ENV", "production")
        .env(
            "SESSION_KEY",
            "a production session key that is long enough",
        )
        .output()
        .unwrap();
    assert!(imported.status.success());

    let app = spawn_app_with(|c| {
        c.database_url = url.clone();
        c.production = true;
        c.seed_demo = false;
    })
    .await;
    let password = "operator passphrase here";
    app.post_form(
        &operator_link,
        &operator_link,
        &[("password", password), ("confirm", password)],
    )
    .await;
    let signed_in = app.sign_in("operator", "ops@dpor.example", password).await;
    assert_eq!(location(&signed_in), "/operator");

    let created = app
        .post_form(
            "/operator/tenants/new",
            "/operator/tenants/new",
            &[
                ("name", "Tailwind Ltd"),
                ("domain", "tailwind.onmicrosoft.com"),
            ],
        )
        .await;
    let tenant_page = location(&created);
    let tailwind = Tenant::find_by_domain(&mut app.conn(), "tailwind.onmicrosoft.com")
        .unwrap()
        .unwrap()
        .id;
    let users = format!("{tenant_page}/users/new");
    let invited = app
        .post_form(
            &users,
            &users,
            &[
                ("name", "Tailwind Admin"),
                ("email", "admin@tailwind.example"),
                ("role", "global_admin"),
            ],
        )
        .await;
    assert_eq!(location(&invited), tenant_page);
    let e3 = product_id(&app, "Office 365 Enterprise E3");
    let made = new_subscription(
        &app,
        tailwind,
        &[
            ("product", &e3),
            ("seats", "20"),
            ("billing", "paid"),
            ("agreement", "EA"),
        ],
    )
    .await;
    assert_eq!(made.status().as_u16(), 303);

    // The admin's invitation arrives; they set a password and name the partner in the Office portal.
    let admin = app.another_browser();
    let link = emailed_link(&app, "admin@tailwind.example");
    let admin_password = "tailwind admin passphrase";
    admin
        .post_form(
            &link,
            &link,
            &[("password", admin_password), ("confirm", admin_password)],
        )
        .await;
    let signed_in = admin
        .sign_in("office", "admin@tailwind.example", admin_password)
        .await;
    assert_eq!(location(&signed_in), "/office");
    let html = admin.get_html("/office/subscriptions").await;
    assert!(html.contains("Office 365 Enterprise E3"), "{html}");
    let subscription = app.subscription_id("Tailwind Ltd", "Office 365 Enterprise E3");
    let ok = admin.check_and_ok("office", subscription, "1234567").await;
    assert_eq!(ok.status().as_u16(), 303);
    let html = admin.get_html(&location(&ok)).await;
    assert!(
        html.contains(
            "Northwind Traders is now the partner of record for Office 365 Enterprise E3"
        ),
        "{html}"
    );
}
