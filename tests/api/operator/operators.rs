//! Operators: the list, and New operator by an invitation that sets their password.

use dpor_portal::db::models::Operator;

use crate::helpers::{location, spawn_app, text_of, texts_of};

use super::emailed_link;

#[tokio::test]
async fn an_operator_invites_another_who_sets_a_password_and_signs_in() {
    let app = spawn_app().await;
    app.sign_in_as("operator", "operator@dpor-portal.example")
        .await;
    let html = app.get_html("/operator/operators").await;
    assert!(html.contains(">Operators</a>"), "in the navigation");
    assert_eq!(texts_of(&html, "table tbody th"), ["Olivia Operator"]);

    let created = app
        .post_form(
            "/operator/operators/new",
            "/operator/operators/new",
            &[
                ("name", "Second Operator"),
                ("email", "Second@DPOR-Portal.example"),
            ],
        )
        .await;
    assert_eq!(location(&created), "/operator/operators");
    let html = app.get_html("/operator/operators").await;
    assert!(html.contains(
        "Second Operator was added, and an invitation was sent to second@dpor-portal.example."
    ));
    let rows = texts_of(&html, "table tbody tr");
    assert!(rows.iter().any(
        |r| r.contains("second@dpor-portal.example") && r.contains("Invited, no password yet")
    ));

    let again = app
        .post_form(
            "/operator/operators/new",
            "/operator/operators/new",
            &[("name", "Again"), ("email", "second@dpor-portal.example")],
        )
        .await;
    assert_eq!(again.status().as_u16(), 422);
    assert_eq!(
        text_of(&again.text().await.unwrap(), "#email-error").as_deref(),
        Some("An operator already signs in with second@dpor-portal.example.")
    );
    assert_eq!(Operator::all(&mut app.conn()).unwrap().len(), 2);

    let link = emailed_link(&app, "second@dpor-portal.example");
    let second = app.another_browser();
    let password = "second operator passphrase";
    second
        .post_form(
            &link,
            &link,
            &[("password", password), ("confirm", password)],
        )
        .await;
    let signed_in = second
        .sign_in("operator", "second@dpor-portal.example", password)
        .await;
    assert_eq!(location(&signed_in), "/operator");
    let html = app.get_html("/operator/activity").await;
    let row = texts_of(&html, "table tbody tr").remove(0);
    assert!(
        row.contains("Operator added")
            && row.contains("Second Operator <second@dpor-portal.example>"),
        "{row}"
    );
}
