//! Who may reach what: every route against every kind of user.

use crate::helpers::{csrf_token, spawn_app_with};

/// A method, a path, the form it sends, and the status each kind of user gets.
type RouteCase<'a> = (&'a str, String, Vec<(&'a str, &'a str)>, [u16; 7]);

/// Who may reach what: every route against every kind of user.
#[tokio::test]
async fn access_control_table() {
    let app = spawn_app_with(|c| {
        c.rate_limits.sign_in_per_minute = 1000;
        c.rate_limits.check_id_per_minute = 1000;
    })
    .await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let aadp = app.subscription_id("Contoso", "Azure Active Directory Premium");
    let legacy: i32 = {
        use diesel::prelude::*;
        use dpor_portal::db::schema::associations;
        associations::table
            .select(associations::id)
            .order(associations::id)
            .first(&mut *app.conn())
            .unwrap()
    };
    // (kind, portal to sign in at, email)
    let users: [(&str, Option<(&str, &str)>); 7] = [
        ("anonymous", None),
        ("user", Some(("office", "reader@contoso.example"))),
        ("billing admin", Some(("office", "billing@contoso.example"))),
        ("global admin", Some(("office", "admin@contoso.example"))),
        (
            "other tenant's admin",
            Some(("office", "admin@fabrikam.example")),
        ),
        (
            "partner user",
            Some(("partner", "partner@northwind.example")),
        ),
        (
            "other partner's user",
            Some(("partner", "partner@adventure-works.example")),
        ),
    ];
    let e3_page = format!("/office/subscriptions/{e3}");
    let aadp_page = format!("/intune/subscriptions/{aadp}");
    // (method, path, form) and the expected status per user, in the order above.
    let routes: Vec<RouteCase> = vec![
        (
            "GET",
            "/".into(),
            vec![],
            [200, 200, 200, 200, 200, 200, 200],
        ),
        (
            "GET",
            "/healthz".into(),
            vec![],
            [200, 200, 200, 200, 200, 200, 200],
        ),
        (
            "GET",
            "/office".into(),
            vec![],
            [303, 200, 200, 200, 200, 403, 403],
        ),
        (
            "GET",
            "/office/subscriptions".into(),
            vec![],
            [303, 200, 200, 200, 200, 403, 403],
        ),
        (
            "GET",
            e3_page.clone(),
            vec![],
            [303, 200, 200, 200, 404, 403, 403],
        ),
        (
            "GET",
            format!("{e3_page}/check?mpn_id=1234567"),
            vec![],
            [303, 403, 200, 200, 404, 403, 403],
        ),
        (
            "POST",
            format!("{e3_page}/partner"),
            vec![("mpn_id", "abc"), ("expected_partner", "")],
            [303, 422, 422, 422, 404, 403, 403],
        ),
        (
            "POST",
            format!("{e3_page}/partner/remove"),
            vec![("expected_partner", "")],
            [303, 403, 409, 409, 404, 403, 403],
        ),
        (
            "GET",
            format!("{e3_page}/partner"),
            vec![],
            [303, 405, 405, 405, 405, 403, 403],
        ),
        (
            "GET",
            format!("{e3_page}/partner/remove"),
            vec![],
            [303, 405, 405, 405, 405, 403, 403],
        ),
        (
            "GET",
            "/intune".into(),
            vec![],
            [303, 200, 200, 200, 200, 403, 403],
        ),
        (
            "GET",
            "/intune/subscriptions".into(),
            vec![],
            [303, 200, 200, 200, 200, 403, 403],
        ),
        (
            "GET",
            aadp_page.clone(),
            vec![],
            [303, 200, 200, 200, 404, 403, 403],
        ),
        (
            "GET",
            format!("{aadp_page}/check?mpn_id=7654321"),
            vec![],
            [303, 403, 200, 200, 404, 403, 403],
        ),
        (
            "POST",
            format!("{aadp_page}/partner/remove"),
            vec![("expected_partner", "")],
            [303, 403, 409, 409, 404, 403, 403],
        ),
        (
            "GET",
            format!("/intune/subscriptions/{e3}"),
            vec![],
            [303, 404, 404, 404, 404, 403, 403],
        ),
        (
            "GET",
            "/partner".into(),
            vec![],
            [303, 403, 403, 403, 403, 200, 200],
        ),
        (
            "GET",
            "/partner/history".into(),
            vec![],
            [303, 403, 403, 403, 403, 200, 200],
        ),
        (
            "GET",
            "/partner/notifications".into(),
            vec![],
            [303, 403, 403, 403, 403, 200, 200],
        ),
        (
            "GET",
            "/partner/export.csv".into(),
            vec![],
            [303, 403, 403, 403, 403, 200, 200],
        ),
        (
            "GET",
            format!("/partner/associations/{legacy}"),
            vec![],
            [303, 403, 403, 403, 403, 200, 404],
        ),
        (
            "POST",
            "/office/logout".into(),
            vec![],
            [303, 303, 303, 303, 303, 303, 303],
        ),
    ];
    let mut failures = Vec::new();
    for (index, (kind, sign_in)) in users.iter().enumerate() {
        for (method, path, form, expected) in &routes {
            // A fresh browser per cell: signing out in one cell must not affect the next.
            let browser = app.another_browser();
            if let Some((portal, email)) = sign_in {
                browser.sign_in_as(portal, email).await;
            }
            let token = csrf_token(&browser.get_html("/office/login").await);
            let response = match *method {
                "GET" => browser.get(path).await,
                _ => {
                    let mut fields = vec![("csrf_token", token.as_str())];
                    fields.extend(form.iter().copied());
                    browser
                        .client
                        .post(browser.url(path))
                        .form(&fields)
                        .send()
                        .await
                        .unwrap()
                }
            };
            let status = response.status().as_u16();
            if status != expected[index] {
                failures.push(format!(
                    "{kind}: {method} {path} → {status}, expected {}",
                    expected[index]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
