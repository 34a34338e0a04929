//! `dpor-portal import tenants|users FILE.csv`: onboarding many customers at once, with the same
//! rules as the other imports; imported users get their invitation.

use crate::helpers::{location, spawn_app};
use crate::operator::emailed_link;

use super::{run_import, text};

#[tokio::test]
async fn tenants_are_added_and_renamed_by_domain_and_a_bad_row_changes_nothing() {
    let app = spawn_app().await;
    let before = app.count("tenants");
    let bad = "name,domain\nTailwind Ltd,tailwind.onmicrosoft.com\nNobody,not a domain\n";
    let output = run_import(&app, "tenants", bad, &[]);
    assert_eq!(output.status.code(), Some(1));
    let said = text(&output.stderr);
    assert!(
        said.contains("line 3, column domain: A domain is names of letters"),
        "{said}"
    );
    assert_eq!(app.count("tenants"), before, "nothing imported");

    let csv =
        "name,domain\nTailwind Ltd,tailwind.onmicrosoft.com\nContoso Ltd,Contoso.onmicrosoft.com\n";
    for counts in [
        "1 added, 1 changed, 0 unchanged",
        "0 added, 0 changed, 2 unchanged",
    ] {
        let output = run_import(&app, "tenants", csv, &[]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let said = text(&output.stdout);
        assert!(
            said.contains("Imported 2 tenants") && said.contains(counts),
            "{said}"
        );
    }
    assert_eq!(app.count("tenants"), before + 1);
    app.sign_in_as("operator", "operator@dpor-portal.example")
        .await;
    let html = app.get_html("/operator/tenants?q=onmicrosoft").await;
    assert!(html.contains("Tailwind Ltd") && html.contains("Contoso Ltd"));
    let activity = app.get_html("/operator/activity").await;
    assert!(activity.contains("Tailwind Ltd (tailwind.onmicrosoft.com)"));
}

#[tokio::test]
async fn imported_users_are_invited_and_known_ones_take_their_new_role() {
    let app = spawn_app().await;
    let output = run_import(
        &app,
        "tenants",
        "name,domain\nTailwind Ltd,tailwind.onmicrosoft.com\n",
        &[],
    );
    assert!(output.status.success());

    // An address of another tenant, a tenant nobody has and an unknown role: nothing imported.
    let users_before = app.count("customer_users");
    let bad = "tenant_domain,name,email,role\n\
               tailwind.onmicrosoft.com,Someone,admin@contoso.example,user\n\
               nowhere.example,Someone Else,else@nowhere.example,user\n\
               tailwind.onmicrosoft.com,Third,third@tailwind.example,owner\n";
    let output = run_import(&app, "users", bad, &[]);
    assert_eq!(output.status.code(), Some(1));
    let said = text(&output.stderr);
    for expected in [
        "line 2, column email: admin@contoso.example is a user of another tenant",
        "line 3, column tenant_domain: no tenant has the domain `nowhere.example`",
        "line 4, column role: `owner` is not a role",
    ] {
        assert!(said.contains(expected), "{expected} in {said}");
    }
    assert_eq!(app.count("customer_users"), users_before);

    let outbox_before = app.count("outbox");
    let csv = "tenant_domain,name,email,role\n\
               tailwind.onmicrosoft.com,Ada Admin,admin@tailwind.example,global_admin\n\
               contoso.onmicrosoft.com,Alex Wilber,billing@contoso.example,user\n";
    for counts in [
        "1 added, 1 changed, 0 unchanged",
        "0 added, 0 changed, 2 unchanged",
    ] {
        let output = run_import(&app, "users", csv, &[]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let said = text(&output.stdout);
        assert!(
            said.contains("Imported 2 users") && said.contains(counts),
            "{said}"
        );
    }
    assert_eq!(
        app.count("outbox"),
        outbox_before + 1,
        "one invitation, once"
    );

    // The invitation's link sets the password; the new admin signs in to the Office portal.
    let link = emailed_link(&app, "admin@tailwind.example");
    let password = "a long enough password";
    let set = app
        .post_form(
            &link,
            &link,
            &[("password", password), ("confirm", password)],
        )
        .await;
    assert_eq!(set.status().as_u16(), 303);
    let signed_in = app
        .sign_in("office", "admin@tailwind.example", password)
        .await;
    assert_eq!(location(&signed_in), "/office");
}

#[tokio::test]
async fn subscriptions_are_made_with_their_history_and_known_ones_change_from_a_date() {
    use chrono::{Days, Utc};
    use dpor_portal::db::models::SubscriptionFacts;

    let app = spawn_app().await;
    let header = "tenant_domain,product,agreement,seats,billing,status,effective_from\n";
    // An unknown product, a future date and seats below zero: nothing imported.
    let tomorrow = Utc::now().date_naive() + Days::new(1);
    let bad = format!(
        "{header}\
         contoso.onmicrosoft.com,Office 365 Enterprise E9,EA,10,paid,active,\n\
         contoso.onmicrosoft.com,Microsoft Intune,EA,10,paid,active,{tomorrow}\n\
         fabrikam.onmicrosoft.com,Microsoft Intune,MOSP,-1,paid,active,\n"
    );
    let before = app.count("subscriptions");
    let output = run_import(&app, "subscriptions", &bad, &[]);
    assert_eq!(output.status.code(), Some(1));
    let said = text(&output.stderr);
    for expected in [
        "line 2, column product: no product is called `Office 365 Enterprise E9`",
        "line 3, column effective_from: A change cannot take effect after today.",
        "line 4, column seats: Seats cannot be below zero.",
    ] {
        assert!(said.contains(expected), "{expected} in {said}");
    }
    assert_eq!(app.count("subscriptions"), before);

    // A new subscription of Contoso's, its history from 2016-01-01; Contoso's E3 (EA) with new seats.
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let today = Utc::now().date_naive();
    let csv = format!(
        "{header}\
         contoso.onmicrosoft.com,Microsoft Intune,CSP,40,paid,active,2016-01-01\n\
         contoso.onmicrosoft.com,Office 365 Enterprise E3,EA,99,paid,active,{today}\n"
    );
    for counts in [
        "1 added, 1 changed, 0 unchanged",
        "0 added, 0 changed, 2 unchanged",
    ] {
        let output = run_import(&app, "subscriptions", &csv, &[]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let said = text(&output.stdout);
        assert!(
            said.contains("Imported 2 subscriptions") && said.contains(counts),
            "{said}"
        );
    }
    assert_eq!(app.count("subscriptions"), before + 1);
    let history = SubscriptionFacts::history(&mut app.conn(), e3).unwrap();
    let last = history.last().unwrap();
    assert_eq!((last.seats, last.effective_from), (99, today));
    assert_eq!(history.len(), 2, "the first facts stay");
    let intune = {
        use diesel::prelude::*;
        use dpor_portal::db::schema::subscriptions;
        subscriptions::table
            .filter(subscriptions::agreement.eq("CSP"))
            .select(subscriptions::id)
            .first::<i32>(&mut *app.conn())
            .unwrap()
    };
    let history = SubscriptionFacts::history(&mut app.conn(), intune).unwrap();
    assert_eq!(
        Some(history[0].effective_from),
        chrono::NaiveDate::from_ymd_opt(2016, 1, 1),
        "its history begins when the file says"
    );
}
