use crate::helpers::{
    csrf_token, location, new_client, session_cookie, spawn_app, DEMO_PASSWORD, SESSION_COOKIE,
};

#[tokio::test]
async fn the_three_sign_in_pages_have_email_password_and_sign_in() {
    let app = spawn_app().await;
    for (portal, title) in [
        ("office", "Office 365 admin center"),
        ("intune", "Microsoft Intune account portal"),
        ("partner", "Partner association status"),
    ] {
        let response = app.get(&format!("/{portal}/login")).await;
        assert_eq!(response.status().as_u16(), 200);
        let html = response.text().await.unwrap();
        assert!(
            html.contains(&format!("<title>Sign in – {title}</title>")),
            "{portal}"
        );
        assert!(html.contains("<label for=\"email\">Email</label>"));
        assert!(html.contains("<label for=\"password\">Password</label>"));
        assert!(html.contains(">Sign in</button>"));
        assert!(html.contains(&format!("class=\"area-{portal}\"")));
    }
}

#[tokio::test]
async fn a_customer_admin_signs_in_to_office_and_intune() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let home = app.get_html("/office").await;
    assert!(home.contains("Megan Bowen"));
    assert!(home.contains("contoso.onmicrosoft.com"));
    assert!(home.contains("Global admin"));

    // The same account works in the Intune account portal.
    app.sign_in_as("intune", "admin@contoso.example").await;
    let home = app.get_html("/intune").await;
    assert!(home.contains("Microsoft Intune account portal"));
    assert!(home.contains("Contoso"));
}

#[tokio::test]
async fn email_is_matched_without_regard_to_case_or_spaces() {
    let app = spawn_app().await;
    let response = app
        .sign_in("office", "  Billing@Contoso.EXAMPLE ", DEMO_PASSWORD)
        .await;
    assert_eq!(response.status().as_u16(), 303);
    assert!(app.get_html("/office").await.contains("Billing admin"));
}

#[tokio::test]
async fn a_partner_user_signs_in_to_the_partner_portal() {
    let app = spawn_app().await;
    app.sign_in_as("partner", "partner@northwind.example").await;
    let home = app.get_html("/partner").await;
    assert!(home.contains("Northwind Traders"));
    assert!(home.contains("1234567"));
    assert!(home.contains("Enrolled since 2015-06-01"));
}

#[tokio::test]
async fn unknown_user_and_wrong_password_get_the_same_answer() {
    let app = spawn_app().await;
    let wrong_password = app
        .sign_in("office", "admin@contoso.example", "not-the-password")
        .await;
    let unknown_user = app
        .sign_in("office", "nobody@contoso.example", DEMO_PASSWORD)
        .await;
    assert_eq!(wrong_password.status().as_u16(), 401);
    assert_eq!(unknown_user.status().as_u16(), 401);
    let a = wrong_password.text().await.unwrap();
    let b = unknown_user.text().await.unwrap();
    let message = "The email or password is incorrect.";
    assert!(a.contains(message) && b.contains(message));
    // Nothing else on the page tells the two apart (the form token aside).
    let strip = |html: &str| html.replace(&crate::helpers::csrf_token(html), "");
    assert_eq!(
        strip(&a).replace("admin@contoso.example", "X"),
        strip(&b).replace("nobody@contoso.example", "X"),
        "the two failure pages differ beyond the typed email"
    );
    // Still signed out.
    assert_eq!(app.get("/office").await.status().as_u16(), 303);
}

#[tokio::test]
async fn bad_sign_in_input_is_explained_next_to_the_field() {
    let app = spawn_app().await;
    let response = app.sign_in("office", "not-an-email", "").await;
    assert_eq!(response.status().as_u16(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Enter an email address like name@contoso.com."));
    assert!(html.contains("Enter your password."));
    assert!(
        html.contains("value=\"not-an-email\""),
        "the typed email is kept"
    );

    let response = app.sign_in("office", "", "x").await;
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Enter your email address."));
}

#[tokio::test]
async fn hostile_sign_in_input_is_refused_and_shown_escaped() {
    let app = spawn_app().await;
    let response = app
        .sign_in("partner", "\"><script>alert(1)</script>@x", "p")
        .await;
    assert_eq!(response.status().as_u16(), 401);
    let html = response.text().await.unwrap();
    assert!(!html.contains("<script>alert(1)</script>"));
    assert!(html.contains("value=\"&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;@x\""));

    let long = "a".repeat(3_000);
    let response = app.sign_in("partner", &long, &long).await;
    assert_eq!(response.status().as_u16(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("An email address has at most 254 characters."));
    assert!(html.contains("A password has at most 1,024 characters."));

    let huge = "a".repeat(10_000);
    let response = app.sign_in("partner", &huge, &huge).await;
    assert_eq!(response.status().as_u16(), 413);
    assert!(response.text().await.unwrap().contains("Too much data"));
}

#[tokio::test]
async fn signing_in_renews_the_session_and_the_old_id_is_worthless() {
    let app = spawn_app().await;
    // A visitor with a session before signing in: asking for a new password leaves a message
    // for the next page in one.
    let asked = app
        .post_form(
            "/office/forgot-password",
            "/office/forgot-password",
            &[("email", "someone@contoso.example")],
        )
        .await;
    assert_eq!(asked.status().as_u16(), 303);
    let anonymous_cookie = session_cookie(asked.headers()).expect("a session for the message");
    let response = app
        .sign_in("office", "admin@contoso.example", DEMO_PASSWORD)
        .await;
    let signed_in_cookie = session_cookie(response.headers()).expect("a new session cookie");
    assert_ne!(anonymous_cookie, signed_in_cookie);

    // Replaying the pre-sign-in cookie does not give the signed-in session.
    let replay = new_client()
        .get(app.url("/office"))
        .header("Cookie", format!("{SESSION_COOKIE}={anonymous_cookie}"))
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status().as_u16(), 303);
    assert_eq!(location(&replay), "/office/login");
}

#[tokio::test]
async fn the_session_cookie_is_http_only_secure_and_same_site() {
    let app = spawn_app().await;
    let response = app
        .sign_in("office", "admin@contoso.example", DEMO_PASSWORD)
        .await;
    let set_cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|v| v.starts_with(SESSION_COOKIE))
        .expect("a session cookie");
    assert!(set_cookie.contains("HttpOnly"));
    assert!(set_cookie.contains("Secure"));
    assert!(set_cookie.contains("SameSite=Lax"));
    assert!(set_cookie.contains("Path=/"));
}

#[tokio::test]
async fn signing_out_destroys_the_session() {
    let app = spawn_app().await;
    let response = app
        .sign_in("office", "admin@contoso.example", DEMO_PASSWORD)
        .await;
    let cookie = session_cookie(response.headers()).unwrap();

    let response = app.post_form("/office", "/office/logout", &[]).await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(location(&response), "/office/login?signed_out=1");
    assert!(app
        .get_html("/office/login?signed_out=1")
        .await
        .contains("You have signed out."));
    assert_eq!(app.get("/office").await.status().as_u16(), 303);

    // A copy of the cookie kept from before signing out is refused too.
    let replay = new_client()
        .get(app.url("/office"))
        .header("Cookie", format!("{SESSION_COOKIE}={cookie}"))
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status().as_u16(), 303);
}

#[tokio::test]
async fn anonymous_visitors_are_sent_to_each_portals_sign_in() {
    let app = spawn_app().await;
    for portal in ["office", "intune", "partner"] {
        let response = app.get(&format!("/{portal}")).await;
        assert_eq!(response.status().as_u16(), 303, "{portal}");
        assert_eq!(location(&response), format!("/{portal}/login"));
    }
}

#[tokio::test]
async fn each_portal_turns_away_the_other_kind_of_user() {
    let app = spawn_app().await;
    app.sign_in_as("partner", "partner@northwind.example").await;
    for portal in ["office", "intune"] {
        let response = app.get(&format!("/{portal}")).await;
        assert_eq!(response.status().as_u16(), 403, "partner user at {portal}");
        let html = response.text().await.unwrap();
        assert!(html.contains("is for customer admins and users"));
    }

    app.sign_in_as("office", "admin@contoso.example").await;
    let response = app.get("/partner").await;
    assert_eq!(response.status().as_u16(), 403);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("is for partner users"));
    // A customer account cannot sign in at the partner portal either.
    let response = app
        .sign_in("partner", "admin@contoso.example", DEMO_PASSWORD)
        .await;
    assert_eq!(response.status().as_u16(), 401);
}

#[tokio::test]
async fn every_demo_user_signs_in_with_the_demo_password() {
    let app = spawn_app().await;
    for email in [
        "admin@contoso.example",
        "billing@contoso.example",
        "reader@contoso.example",
        "admin@fabrikam.example",
    ] {
        app.sign_in_as("office", email).await;
    }
    for email in [
        "partner@northwind.example",
        "partner@adventure-works.example",
        "partner@wideworld.example",
    ] {
        app.sign_in_as("partner", email).await;
    }
}

#[tokio::test]
async fn an_anonymous_page_view_creates_no_session() {
    let app = spawn_app().await;
    let before = app.count("sessions");
    for path in ["/", "/healthz", "/static/portal.css", "/no/such/page"] {
        let response = app.get(path).await;
        assert!(
            session_cookie(response.headers()).is_none(),
            "{path} set a session cookie"
        );
    }
    assert_eq!(
        app.count("sessions"),
        before,
        "no session rows for page views"
    );
    // The sign-in form needs a token: it comes with a cookie of its own, not a session.
    let response = app.get("/office/login").await;
    assert!(session_cookie(response.headers()).is_none());
    assert_eq!(csrf_token(&response.text().await.unwrap()).len(), 64);
    assert_eq!(app.count("sessions"), before);
}
