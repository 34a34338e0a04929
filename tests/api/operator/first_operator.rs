//! An empty production database: `operator add` → Set password → sign in → the operator area.

use crate::helpers::{location, spawn_app_with, text_of, TestDatabase};

use super::{link_path, operator_add};

const PASSWORD: &str = "correct horse battery staple";

#[tokio::test]
async fn the_first_operator_of_an_empty_production_database_sets_a_password_and_signs_in() {
    let (_database, url) = TestDatabase::create();
    let (ok, printed, errors) = operator_add(url.as_str(), "Ops@Tailwind.example");
    assert!(ok, "{printed}{errors}");
    assert!(
        printed.contains("Operator ops@tailwind.example added."),
        "{printed}"
    );
    let link = link_path(&printed);
    assert_eq!(link.len(), "/password/".len() + 64, "{link}");

    let app = spawn_app_with(|c| {
        c.database_url = url.clone();
        c.production = true;
        c.seed_demo = false;
    })
    .await;
    assert_eq!(app.count("tenants"), 0, "production has no demo data");

    let html = app.get_html(&link).await;
    assert_eq!(text_of(&html, "h1").as_deref(), Some("Set password"));
    assert!(
        html.contains("<strong>ops@tailwind.example</strong>"),
        "{html}"
    );
    assert!(html.contains(">New password</label>") && html.contains(">Confirm password</label>"));

    // Refusals are shown next to their field, and set nothing.
    let short = app
        .post_form(&link, &link, &[("password", "short"), ("confirm", "short")])
        .await;
    assert_eq!(short.status().as_u16(), 422);
    let html = short.text().await.unwrap();
    assert_eq!(
        text_of(&html, "#password-error").as_deref(),
        Some("A password has at least 12 characters.")
    );
    let mismatch = app
        .post_form(
            &link,
            &link,
            &[("password", PASSWORD), ("confirm", "correct horse")],
        )
        .await;
    assert_eq!(mismatch.status().as_u16(), 422);
    assert!(text_of(&mismatch.text().await.unwrap(), "#confirm-error")
        .unwrap()
        .starts_with("The two passwords are not the same."));
    assert_eq!(
        app.sign_in("operator", "ops@tailwind.example", PASSWORD)
            .await
            .status()
            .as_u16(),
        401
    );

    let set = app
        .post_form(
            &link,
            &link,
            &[("password", PASSWORD), ("confirm", PASSWORD)],
        )
        .await;
    assert_eq!(set.status().as_u16(), 303);
    assert_eq!(location(&set), "/operator/login?password_set=1");
    let html = app.get_html(&location(&set)).await;
    assert!(
        html.contains("Your password is set. Sign in with it."),
        "{html}"
    );

    // The link works once.
    let again = app.get(&link).await;
    assert_eq!(again.status().as_u16(), 410);
    let html = again.text().await.unwrap();
    assert_eq!(
        text_of(&html, "h1").as_deref(),
        Some("This link has already been used")
    );

    let signed_in = app
        .sign_in("operator", "ops@tailwind.example", PASSWORD)
        .await;
    assert_eq!(signed_in.status().as_u16(), 303);
    assert_eq!(location(&signed_in), "/operator");
    let home = app.get("/operator").await;
    assert_eq!(location(&home), "/operator/tenants");
    let html = app.get_html("/operator/tenants").await;
    assert_eq!(text_of(&html, "h1").as_deref(), Some("Tenants"));
    assert!(html.contains("No tenants yet."), "{html}");
    for item in ["Tenants", "Activity"] {
        assert!(
            html.contains(&format!(">{item}</a>")),
            "navigation lacks {item}"
        );
    }
    let html = app.get_html("/operator/activity").await;
    assert!(html.contains("Operator added") && html.contains("ops@tailwind.example"));
    assert!(html.contains("Command line"));
}
