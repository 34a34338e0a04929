use crate::helpers::{spawn_app, DEMO_PASSWORD};

#[tokio::test]
async fn a_sign_in_without_the_form_token_is_refused_and_signs_nobody_in() {
    let app = spawn_app().await;
    app.get("/office/login").await; // a session with a token exists, but the form omits it
    let response = app
        .post(
            "/office/login",
            &[
                ("email", "admin@contoso.example"),
                ("password", DEMO_PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("The form has expired"));
    assert_eq!(
        app.get("/office").await.status().as_u16(),
        303,
        "still signed out"
    );
}

#[tokio::test]
async fn a_wrong_or_foreign_form_token_is_refused() {
    let app = spawn_app().await;
    // A token from another browser's session is worth nothing here.
    let other = crate::helpers::new_client();
    let other_page = other
        .get(app.url("/office/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let foreign_token = crate::helpers::csrf_token(&other_page);
    app.get("/office/login").await;
    for token in [foreign_token.as_str(), "0000", ""] {
        let response = app
            .post(
                "/office/login",
                &[
                    ("csrf_token", token),
                    ("email", "admin@contoso.example"),
                    ("password", DEMO_PASSWORD),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 403, "token {token:?}");
    }
    assert_eq!(app.get("/office").await.status().as_u16(), 303);
}

#[tokio::test]
async fn signing_out_needs_the_form_token() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let response = app
        .post("/office/logout", &[("csrf_token", "forged")])
        .await;
    assert_eq!(response.status().as_u16(), 403);
    assert_eq!(
        app.get("/office").await.status().as_u16(),
        200,
        "still signed in"
    );
}

#[tokio::test]
async fn an_oversized_form_is_refused_before_it_is_read() {
    let app = spawn_app().await;
    let token = crate::helpers::csrf_token(&app.get_html("/office/login").await);
    let huge = "x".repeat(100_000);
    let response = app
        .post(
            "/office/login",
            &[
                ("csrf_token", token.as_str()),
                ("email", huge.as_str()),
                ("password", "p"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 413);
}
