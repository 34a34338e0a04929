//! Refusals: every Check ID refusal, hostile input, a forged OK, a stale confirmation.

use super::*;

#[tokio::test]
async fn every_check_id_refusal_has_its_sentence_next_to_the_field() {
    let (app, e3) = contoso_admin().await;
    assert_every_check_id_refusal(&app, "office", e3).await;
}

#[tokio::test]
async fn hostile_mpn_input_is_refused_and_echoed_escaped() {
    let (app, e3) = contoso_admin().await;
    for typed in [
        "\"><script>alert(1)</script>",
        "1234567' OR '1'='1",
        "\u{202e}1234567",
        "123\r\n4567",
        &"9".repeat(10_000),
    ] {
        let response = app.check_id("office", e3, typed).await;
        assert_eq!(response.status().as_u16(), 422, "{typed:?}");
        let html = response.text().await.unwrap();
        assert!(!html.contains("<script>alert(1)"));
        assert!(html.contains("An MPN ID has 6 to 10 digits"));
    }
}

#[tokio::test]
async fn ok_rechecks_the_partner_so_a_forged_form_cannot_attach_a_refused_one() {
    let (app, e3) = contoso_admin().await;
    let page = app.get_html(&format!("/office/subscriptions/{e3}")).await;
    let token = crate::helpers::csrf_token(&page);
    for (mpn, status, sentence) in [
        (
            "2345678",
            422,
            "is not enrolled in the Online Services Usage program",
        ),
        ("3456789", 422, "is suspended"),
        ("abc", 422, "An MPN ID has 6 to 10 digits"),
    ] {
        let response = app
            .post(
                &format!("/office/subscriptions/{e3}/partner"),
                &[
                    ("csrf_token", token.as_str()),
                    ("mpn_id", mpn),
                    ("expected_partner", ""),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), status, "{mpn}");
        assert!(response.text().await.unwrap().contains(sentence), "{mpn}");
    }
    assert_eq!(open_partner(&app, e3), None);
    assert_eq!(
        events_of(&app, e3),
        ["rejected", "rejected"],
        "refused attempts at OK are recorded"
    );
    assert!(recipients(&app).is_empty());
}

#[tokio::test]
async fn a_stale_confirmation_is_refused_with_what_the_subscription_is_now() {
    let (app, e3) = contoso_admin().await;
    // Megan opens the confirmation for Northwind…
    let megans_page = app
        .check_id("office", e3, "1234567")
        .await
        .text()
        .await
        .unwrap();
    // …meanwhile Alex, the billing admin, makes Adventure Works the partner.
    let alex = app.another_browser();
    alex.sign_in_as("office", "billing@contoso.example").await;
    assert_eq!(
        alex.check_and_ok("office", e3, "7654321")
            .await
            .status()
            .as_u16(),
        303
    );
    // Megan's OK must not silently replace Alex's choice.
    let response = app
        .submit(&megans_page, &format!("/office/subscriptions/{e3}/partner"))
        .await;
    assert_eq!(response.status().as_u16(), 409);
    let html = response.text().await.unwrap();
    assert!(html.contains("Someone changed this subscription&#39;s partner of record while you were deciding. It is now Adventure Works Consulting (7654321)."), "{html}");
    assert_eq!(events_of(&app, e3), ["added", "rejected"]);
    assert_eq!(recipients(&app).len(), 1);
}
