//! Running the portal for a new customer, in Chromium: a link from `operator add` sets the
//! operator's password; the operator makes a tenant, its admin (invited by email) and an Office
//! 365 subscription; the admin sets a password from the invitation and names the partner of
//! record through Subscriptions → details → MPN ID → Check ID → OK.

use crate::operator::{link_path, operator_add};

use super::*;

#[tokio::test]
async fn a_new_customer_from_the_first_operator_to_a_partner_of_record_in_a_browser() {
    let _turn = one_at_a_time().lock().await;
    let Some(browser) = browser("operator_tenant").await else {
        return;
    };
    let (ok, printed, errors) = operator_add(&browser.app.database_url, "ops@tailwind.example");
    assert!(ok, "{printed}{errors}");
    let link = link_path(&printed);
    browser
        .run(|b| {
            Box::pin(async move {
                let password = "correct horse battery staple";
                b.open(&link).await?;
                b.fill("New password", password).await?;
                b.fill("Confirm password", password).await?;
                b.press("Set password").await?;
                if !b
                    .text()
                    .await?
                    .contains("Your password is set. Sign in with it.")
                {
                    return Err("no confirmation on the sign-in page".into());
                }
                b.fill("Email", "ops@tailwind.example").await?;
                b.fill("Password", password).await?;
                b.press("Sign in").await?;
                b.follow("New tenant").await?;
                b.fill("Name", "Tailwind Ltd").await?;
                b.fill("Domain", "tailwind.onmicrosoft.com").await?;
                b.press("Create").await?;
                let page = b.text().await?;
                if !page.contains("Tenant Tailwind Ltd created.") {
                    return Err(format!("no confirmation: {page}").into());
                }
                b.follow("New user").await?;
                b.fill("Name", "Tailwind Admin").await?;
                b.fill("Email", "admin@tailwind.example").await?;
                b.choose("Role", "Global admin").await?;
                b.press("Create").await?;
                b.follow("New subscription").await?;
                b.choose(
                    "Product",
                    "Office 365 Enterprise E3 (Office 365 admin center)",
                )
                .await?;
                b.fill("Seats", "20").await?;
                b.fill("Agreement", "EA").await?;
                b.press("Create").await?;
                if !b.text().await?.contains("Subscription created.") {
                    return Err("no confirmation of the subscription".into());
                }
                b.follow("Activity").await?;
                let page = b.text().await?;
                for change in [
                    "Tailwind Ltd (tailwind.onmicrosoft.com)",
                    "Tailwind Admin <admin@tailwind.example>",
                    "20 seats, Paid, Active",
                ] {
                    if !page.contains(change) {
                        return Err(format!("{change} is not in Activity: {page}").into());
                    }
                }

                // The invitation, as the admin receives it.
                let body: String = {
                    use diesel::prelude::*;
                    use dpor_portal::db::schema::outbox;
                    outbox::table
                        .filter(outbox::recipient.eq("admin@tailwind.example"))
                        .select(outbox::body_text)
                        .first(&mut *b.app.conn())?
                };
                let at = body.find("/password/").ok_or("no link in the invitation")?;
                let invitation: String = body[at..]
                    .chars()
                    .take_while(|c| !c.is_whitespace())
                    .collect();
                let admin_password = "tailwind admin passphrase";
                b.open(&invitation).await?;
                b.fill("New password", admin_password).await?;
                b.fill("Confirm password", admin_password).await?;
                b.press("Set password").await?;
                b.fill("Email", "admin@tailwind.example").await?;
                b.fill("Password", admin_password).await?;
                b.press("Sign in").await?;
                b.follow("Subscriptions").await?;
                b.follow("Office 365 Enterprise E3").await?;
                b.fill("MPN ID", "1234567").await?;
                b.press("Check ID").await?;
                b.press("OK").await?;
                if !b
                    .text()
                    .await?
                    .contains("Northwind Traders is now the partner of record")
                {
                    return Err("no confirmation after OK".into());
                }
                Ok(())
            })
        })
        .await;
}

/// The operator's other pages, as an operator uses them: every tenant's Subscriptions, a
/// partner's suspension from a date, an import uploaded on Imports, whose page moves on its
/// own until it shows the result, and an email that could not be delivered, sent again.
#[tokio::test]
async fn subscriptions_a_partners_facts_and_an_import_in_a_browser() {
    let _turn = one_at_a_time().lock().await;
    let Some(browser) = browser("operator_console").await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tenants.csv");
    std::fs::write(
        &file,
        "name,domain\nTailwind Ltd,tailwind.onmicrosoft.com\n",
    )
    .unwrap();
    failed_email(&browser.app);
    browser
        .run(|b| {
            Box::pin(async move {
                b.sign_in("operator", "operator@dpor-portal.example")
                    .await?;
                b.follow("Subscriptions").await?;
                b.fill("Product, tenant or domain", "E3").await?;
                b.press("Search").await?;
                if !b.text().await?.contains("Office 365 Enterprise E3") {
                    return Err("no E3 subscription found".into());
                }
                b.follow("Partners").await?;
                b.follow("Northwind Traders").await?;
                b.choose("Status", "Suspended").await?;
                b.press("Save").await?;
                if !b
                    .text()
                    .await?
                    .contains("Saved. The change is in the partner's history.")
                {
                    return Err("no confirmation of the partner's change".into());
                }
                b.follow("Imports").await?;
                b.choose("Kind", "Tenants (name, domain)").await?;
                b.attach("File", &file).await?;
                b.press("Create").await?;
                for _ in 0..200 {
                    if b.text().await?.contains("Rows added") {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                let page = b.client.current_url().await?;
                b.open(page.path()).await?;
                let result = b.text().await?;
                if !result.contains("Done") || !result.contains("Rows added") {
                    return Err(format!("no result of the import: {result}").into());
                }
                let tailwind = {
                    use diesel::prelude::*;
                    use dpor_portal::db::schema::tenants;
                    tenants::table
                        .filter(tenants::domain.eq("tailwind.onmicrosoft.com"))
                        .count()
                        .get_result::<i64>(&mut *b.app.conn())?
                };
                if tailwind != 1 {
                    return Err("the imported tenant is not there".into());
                }
                b.follow("Emails").await?;
                if !b.text().await?.contains("Failed: 1") {
                    return Err("the failed email is not counted".into());
                }
                b.press("Resend").await?;
                if !b.text().await?.contains("The email will be sent again.") {
                    return Err("no confirmation of Resend".into());
                }
                Ok(())
            })
        })
        .await;
}

/// An email the mail server refused for good, as the worker leaves it.
fn failed_email(app: &crate::helpers::TestApp) {
    use diesel::prelude::*;
    use dpor_portal::db::schema::outbox;
    let now = dpor_portal::db::now();
    let id = dpor_portal::mail::enqueue(
        &mut app.conn(),
        &dpor_portal::mail::NewOutboxMessage {
            partner_id: None,
            recipient: "nobody@northwind.example".to_string(),
            subject: "Contoso made you the Digital Partner of Record for Office 365".to_string(),
            body_text: "Body".to_string(),
            body_html: "<p>Body</p>".to_string(),
            message_id: "<refused@dpor-portal.local>".to_string(),
            created_at: now,
            // Not due: the worker must not take it before it is marked failed below.
            next_attempt_at: now + chrono::Duration::days(1),
        },
    )
    .unwrap();
    diesel::update(outbox::table.find(id))
        .set((
            outbox::attempts.eq(1),
            outbox::failed_at.eq(Some(now)),
            outbox::last_error.eq(Some("550 5.1.1 No such user here")),
        ))
        .execute(&mut *app.conn())
        .unwrap();
}
