//! Hostile input in every field: a 4xx with a message, never a 5xx, echoed escaped.

use crate::helpers::{csrf_token, spawn_app_with};

const HOSTILE: &[&str] = &[
    "\"><script>alert(1)</script>",
    "1234567'; DROP TABLE partners; --",
    "a\u{0}b",
    "line\r\nBcc: x@evil.example",
    "\u{202e}7654321",
];

#[tokio::test]
async fn hostile_input_in_every_field_gets_a_4xx_with_a_message_never_a_5xx() {
    let app = spawn_app_with(|c| {
        c.rate_limits.sign_in_per_minute = 1000;
        c.rate_limits.check_id_per_minute = 1000;
    })
    .await;
    let long = "9".repeat(10_000);
    let mut inputs: Vec<&str> = HOSTILE.to_vec();
    inputs.push(&long);

    // Sign-in: email and password.
    for input in &inputs {
        for (email, password) in [(*input, "x"), ("admin@contoso.example", *input)] {
            let response = app.sign_in("office", email, password).await;
            let status = response.status().as_u16();
            assert!((400..500).contains(&status), "sign-in {input:?}: {status}");
            let html = response.text().await.unwrap();
            assert!(!html.contains("<script>alert"), "echoed unescaped");
            // A refused email is shown again without what cannot be seen.
            assert!(
                !html.contains(['\u{0}', '\u{202e}']),
                "{input:?} echoed whole"
            );
        }
    }
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    for input in &inputs {
        // Check ID.
        let response = app.check_id("office", e3, input).await;
        assert_eq!(response.status().as_u16(), 422, "Check ID {input:?}");
        assert!(response
            .text()
            .await
            .unwrap()
            .contains("An MPN ID has 6 to 10 digits"));
        // OK, with each of its fields hostile.
        let page = app.get_html(&format!("/office/subscriptions/{e3}")).await;
        let token = csrf_token(&page);
        for (mpn, expected) in [(*input, ""), ("1234567", *input)] {
            let response = app
                .post(
                    &format!("/office/subscriptions/{e3}/partner"),
                    &[
                        ("csrf_token", token.as_str()),
                        ("mpn_id", mpn),
                        ("expected_partner", expected),
                    ],
                )
                .await;
            let status = response.status().as_u16();
            assert!(
                (400..500).contains(&status),
                "OK {mpn:?}/{expected:?}: {status}"
            );
            let html = response.text().await.unwrap();
            assert!(!html.contains("<script>alert"));
            assert!(
                html.contains("MPN ID")
                    || html.contains("could not be read")
                    || html.contains("Too much data"),
                "a message: {status}"
            );
        }
        let response = app
            .post(
                &format!("/office/subscriptions/{e3}/partner/remove"),
                &[("csrf_token", token.as_str()), ("expected_partner", *input)],
            )
            .await;
        assert!(
            (400..500).contains(&response.status().as_u16()),
            "remove {input:?}"
        );
        // Intune: the selection.
        let response = app
            .client
            .get(app.url("/intune/subscriptions/add"))
            .query(&[("subscription", *input)])
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        assert!(
            status == 422 || status == 403,
            "Intune Add {input:?}: {status}"
        );
    }
    // Partner search.
    app.sign_in_as("partner", "partner@northwind.example").await;
    for input in &inputs {
        let response = app
            .client
            .get(app.url("/partner"))
            .query(&[("q", *input)])
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        assert!(status < 500, "search {input:?}: {status}");
        let html = response.text().await.unwrap();
        assert!(!html.contains("<script>alert"));
        if input.contains(['\u{0}', '\r', '\u{202e}']) {
            assert_eq!(status, 422, "{input:?}");
            assert!(html.contains("A customer name has no control characters"));
        }
    }
    // Nothing changed and nothing broke.
    assert_eq!(crate::office::open_partner(&app, e3), None);
    assert_eq!(app.get("/healthz").await.status().as_u16(), 200);
}
