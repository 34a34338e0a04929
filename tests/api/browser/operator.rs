//! The first steps of running the portal, in Chromium: a link from `operator add` sets the
//! password, the operator signs in, makes a tenant and reads the activity log.

use crate::operator::{link_path, operator_add};

use super::*;

#[tokio::test]
async fn an_operator_sets_a_password_signs_in_and_creates_a_tenant_in_a_browser() {
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
                b.follow("Tenants").await?;
                b.follow("Tailwind Ltd").await?;
                b.follow("Activity").await?;
                let page = b.text().await?;
                if !page.contains("Tailwind Ltd (tailwind.onmicrosoft.com)") {
                    return Err(format!("the change is not in Activity: {page}").into());
                }
                Ok(())
            })
        })
        .await;
}
