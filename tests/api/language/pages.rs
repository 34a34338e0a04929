//! Every page in every language, and the browser's language until the visitor chooses.

use diesel::prelude::*;
use dpor_portal::db::models::{Operator, Tenant};
use dpor_portal::db::schema::{associations, partners};
use dpor_portal::domain::{AccountKind, LinkPurpose};
use dpor_portal::engine::accounts::issue_link;
use dpor_portal::i18n::Lang;

use crate::helpers::{location, spawn_app, spawn_app_with};

use super::*;

#[tokio::test]
async fn every_page_renders_in_every_language_with_no_missing_message() {
    // Five sign-ins per language, from one address.
    let app = spawn_app_with(|c| {
        c.rate_limits.sign_in_per_minute = 100;
        c.rate_limits.check_id_per_minute = 1000;
    })
    .await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let aadp = app.subscription_id("Contoso", "Azure Active Directory Premium");
    let northwind_association: i32 = associations::table
        .inner_join(partners::table)
        .filter(partners::mpn_id.eq("1234567"))
        .select(associations::id)
        .first(&mut *app.conn())
        .unwrap();
    let (category, topic) = first_support_ids(&app);
    let wide_world = dpor_portal::db::models::Partner::find_by_mpn_id(&mut app.conn(), "5000000")
        .unwrap()
        .unwrap()
        .id;
    let contoso = Tenant::find_by_domain(&mut app.conn(), "contoso.onmicrosoft.com")
        .unwrap()
        .unwrap()
        .id;
    for lang in Lang::ALL {
        let anonymous = browser_in(&app, lang).await;
        for path in [
            "/",
            "/office/login",
            "/intune/login",
            "/partner/login",
            "/operator/login",
            "/operator/login?password_set=1",
            "/office/forgot-password",
            "/partner/forgot-password",
            "/operator/forgot-password",
        ] {
            visit(&anonymous, lang, path, 200).await;
        }
        visit(&anonymous, lang, "/no/such/page", 404).await;
        // A link that sets a password: the form, and the pages of links that do not work.
        let link = {
            let mut conn = app.conn();
            let operator = Operator::find_by_email(&mut conn, "operator@dpor-portal.example")
                .unwrap()
                .unwrap();
            issue_link(
                &mut conn,
                AccountKind::Operator,
                operator.id,
                LinkPurpose::Reset,
            )
            .unwrap()
        };
        visit(&anonymous, lang, &format!("/password/{}", link.token), 200).await;
        visit(&anonymous, lang, "/password/no-such-link", 404).await;

        let office = browser_in(&app, lang).await;
        office.sign_in_as("office", "admin@contoso.example").await;
        for path in [
            "/office".to_string(),
            "/office/subscriptions".to_string(),
            format!("/office/subscriptions/{e3}"),
            format!("/office/subscriptions/{e3}/check?mpn_id=7654321"),
            "/office/help".to_string(),
            "/office/support".to_string(),
            format!("/office/support/new?category={category}&topic={topic}"),
        ] {
            visit(&office, lang, &path, 200).await;
        }
        // With a partner of record: the confirmation, the history and the removal question.
        let ok = office.check_and_ok("office", e3, "7654321").await;
        assert_eq!(ok.status().as_u16(), 303);
        visit(&office, lang, &location(&ok), 200).await;
        visit(
            &office,
            lang,
            &format!("/office/subscriptions/{e3}/check?mpn_id="),
            200,
        )
        .await;
        for refused in ["2345678", "3456789", "5000000", "9999999", "12ab"] {
            let path = format!("/office/subscriptions/{e3}/check?mpn_id={refused}");
            visit(&office, lang, &path, 422).await;
        }
        visit(&office, lang, "/partner", 403).await;
        let ok_address = format!("/office/subscriptions/{e3}/partner");
        visit(&office, lang, &ok_address, 405).await;
        visit(&office, lang, "/office/subscriptions/999999", 404).await;

        let intune = browser_in(&app, lang).await;
        intune.sign_in_as("intune", "admin@contoso.example").await;
        for path in [
            "/intune".to_string(),
            "/intune/subscriptions".to_string(),
            format!("/intune/subscriptions/{aadp}"),
            "/intune/help".to_string(),
            "/intune/support".to_string(),
        ] {
            visit(&intune, lang, &path, 200).await;
        }
        visit(&intune, lang, "/intune/subscriptions/add", 422).await;

        let reader = browser_in(&app, lang).await;
        reader.sign_in_as("office", "reader@contoso.example").await;
        visit(&reader, lang, &format!("/office/subscriptions/{e3}"), 200).await;
        visit(
            &reader,
            lang,
            &format!("/office/subscriptions/{e3}/check?mpn_id=1234567"),
            403,
        )
        .await;

        let partner = browser_in(&app, lang).await;
        partner
            .sign_in_as("partner", "partner@northwind.example")
            .await;
        for path in [
            "/partner".to_string(),
            "/partner?status=ended".to_string(),
            format!("/partner/associations/{northwind_association}"),
            "/partner/history".to_string(),
            "/partner/notifications".to_string(),
            "/partner/help".to_string(),
            "/partner/support".to_string(),
        ] {
            visit(&partner, lang, &path, 200).await;
        }
        visit(&partner, lang, "/partner?q=a%0Ab", 422).await;

        let operator = browser_in(&app, lang).await;
        operator
            .sign_in_as("operator", "operator@dpor-portal.example")
            .await;
        for path in [
            "/operator/tenants".to_string(),
            "/operator/tenants?q=no-such-tenant".to_string(),
            "/operator/tenants/new".to_string(),
            format!("/operator/tenants/{contoso}"),
            format!("/operator/tenants/{contoso}/users/new"),
            format!("/operator/tenants/{contoso}/subscriptions/new"),
            "/operator/subscriptions".to_string(),
            "/operator/subscriptions?q=no-such-product".to_string(),
            format!("/operator/subscriptions/{e3}"),
            "/operator/partners".to_string(),
            "/operator/partners?q=no-such-partner".to_string(),
            format!("/operator/partners/{wide_world}"),
            format!("/operator/partners/{wide_world}/users/new"),
            "/operator/operators".to_string(),
            "/operator/imports".to_string(),
            "/operator/emails".to_string(),
            "/operator/operators/new".to_string(),
            "/operator/activity".to_string(),
        ] {
            visit(&operator, lang, &path, 200).await;
        }
        visit(&operator, lang, "/operator/tenants/999999", 404).await;
        visit(&operator, lang, "/office", 403).await;
    }
}

#[tokio::test]
async fn the_browsers_language_is_the_default_until_the_visitor_chooses() {
    let app = spawn_app().await;
    let html = page_for(&app, "/office/login", "es-ES, ja;q=0.8, en;q=0.5").await;
    assert_in(Lang::Ja, "/office/login", &html);
    assert!(html.contains("<h1>サインイン</h1>"));
    // A language the portal does not speak: English.
    let html = page_for(&app, "/", "es, it;q=0.9").await;
    assert_in(Lang::En, "/", &html);
    // The choice wins over the browser.
    app.get("/language?lang=de&next=/").await;
    let html = page_for(&app, "/", "ja").await;
    assert_in(Lang::De, "/", &html);
}
