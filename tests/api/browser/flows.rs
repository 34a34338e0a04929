//! The Office and Intune flows, the partner page with its chart and CSV, and a reader who
//! cannot change anything, in Chromium.

use fantoccini::Locator;
use serde_json::Value;

use super::*;

#[tokio::test]
async fn office_flow_in_a_browser() {
    let _turn = one_at_a_time().lock().await;
    let Some(browser) = browser("office_flow").await else {
        return;
    };
    browser
        .run(|b| {
            Box::pin(async move {
                b.open("/").await?;
                b.sign_in("office", "admin@contoso.example").await?;
                b.follow("Subscriptions").await?;
                b.follow("Office 365 Enterprise E3").await?;
                b.fill("MPN ID", "1234567").await?;
                b.press("Check ID").await?;
                let text = b.text().await?;
                if !text.contains("Partner found") || !text.contains("Northwind Traders") {
                    return Err(format!("no partner found: {text}").into());
                }
                b.press("OK").await?;
                if !b
                    .text()
                    .await?
                    .contains("Northwind Traders is now the partner of record")
                {
                    return Err("no confirmation after OK".into());
                }
                b.follow("Subscriptions").await?;
                let row = b.list_row("Office 365 Enterprise E3").await?;
                if !row.contains("Northwind Traders") {
                    return Err(format!("the list shows {row}").into());
                }
                // Empty the field, Check ID, OK: removed.
                b.follow("Office 365 Enterprise E3").await?;
                b.fill("MPN ID", "").await?;
                b.press("Check ID").await?;
                if !b
                    .text()
                    .await?
                    .contains("Remove Northwind Traders as partner of record?")
                {
                    return Err("no removal question".into());
                }
                b.press("OK").await?;
                b.follow("Subscriptions").await?;
                let row = b.list_row("Office 365 Enterprise E3").await?;
                if !row.ends_with("None") {
                    return Err(format!("after removal the list shows {row}").into());
                }
                // The error path: the message shows next to the field.
                b.follow("Office 365 Enterprise E3").await?;
                b.fill("MPN ID", "12ab").await?;
                b.press("Check ID").await?;
                let field = b.field("MPN ID").await?;
                let described_by = field
                    .attr("aria-describedby")
                    .await?
                    .ok_or("the field names no message")?;
                let message = b
                    .client
                    .find(Locator::Id(&described_by))
                    .await?
                    .text()
                    .await?;
                if message != "An MPN ID has 6 to 10 digits, like 1234567." {
                    return Err(format!("the message is {message:?}").into());
                }
                b.follow("How naming a partner of record works").await?;
                if !b.text().await?.contains("Add or change the partner") {
                    return Err("the help page is missing its steps".into());
                }
                Ok(())
            })
        })
        .await;
}

#[tokio::test]
async fn intune_flow_in_a_browser() {
    let _turn = one_at_a_time().lock().await;
    let Some(browser) = browser("intune_flow").await else {
        return;
    };
    browser
        .run(|b| {
            Box::pin(async move {
                b.sign_in("intune", "admin@contoso.example").await?;
                b.follow("Manage details").await?;
                b.client
                    .find(Locator::XPath("//label[normalize-space()='Azure Active Directory Premium']"))
                    .await?
                    .click()
                    .await?;
                b.press("Add").await?;
                b.fill("MPN ID", "7654321").await?;
                b.press("Check ID").await?;
                b.press("OK").await?;
                if !b.text().await?.contains("Adventure Works Consulting is now the partner of record for Azure Active Directory Premium") {
                    return Err("no confirmation".into());
                }
                b.follow("Manage details").await?;
                if !b.text().await?.contains("Adventure Works Consulting (7654321)") {
                    return Err("the list does not show the partner".into());
                }
                b.follow("Help").await?;
                Ok(())
            })
        })
        .await;
}

#[tokio::test]
async fn partner_sees_the_new_association_its_chart_and_csv_in_a_browser() {
    let _turn = one_at_a_time().lock().await;
    let Some(browser) = browser("partner_flow").await else {
        return;
    };
    let e3 = browser
        .app
        .subscription_id("Contoso", "Office 365 Enterprise E3");
    browser
        .app
        .sign_in_as("office", "admin@contoso.example")
        .await;
    browser.app.check_and_ok("office", e3, "1234567").await;
    browser
        .run(|b| {
            Box::pin(async move {
                b.sign_in("partner", "partner@northwind.example").await?;
                let text = b.text().await?;
                if !text.contains("Office 365 Enterprise E3") || !text.contains("Eligible") {
                    return Err(format!("the new association is missing: {text}").into());
                }
                b.follow("Office 365 Enterprise E3").await?;
                // Kept for people to look at: the chart as the partner sees it.
                std::fs::write(
                    e2e_dir().join("partner_chart.png"),
                    b.client.screenshot().await?,
                )?;
                let chart = b.client.find(Locator::Css("svg[role='img']")).await?;
                let title = chart.find(Locator::Css("title")).await?.html(true).await?;
                if !title.contains("Active users per workload") {
                    return Err(format!("the chart's title is {title}").into());
                }
                b.follow("Associations").await?;
                let href = b
                    .client
                    .find(Locator::XPath("//a[normalize-space()='Download CSV']"))
                    .await?
                    .attr("href")
                    .await?
                    .ok_or("no link")?;
                let csv = b
                    .client
                    .execute_async(
                        "const done = arguments[arguments.length - 1];
                         fetch(arguments[0]).then(r => r.text()).then(done);",
                        vec![Value::String(href)],
                    )
                    .await?;
                let csv = csv.as_str().unwrap_or_default();
                if !csv.starts_with("Partner MPN ID,Customer")
                    || !csv.contains("Office 365 Enterprise E3")
                {
                    return Err(format!("the CSV is {csv}").into());
                }
                Ok(())
            })
        })
        .await;
}

#[tokio::test]
async fn a_reader_sees_no_check_id_in_a_browser() {
    let _turn = one_at_a_time().lock().await;
    let Some(browser) = browser("read_only").await else {
        return;
    };
    browser
        .run(|b| {
            Box::pin(async move {
                b.sign_in("office", "reader@contoso.example").await?;
                b.follow("Subscriptions").await?;
                b.follow("Exchange Online Plan 1").await?;
                let buttons = b.client.find_all(Locator::XPath("//button[normalize-space()='Check ID']")).await?;
                if !buttons.is_empty() {
                    return Err("a reader sees Check ID".into());
                }
                if !b.text().await?.contains("Only a global admin or a billing admin of Contoso can change the partner of record.") {
                    return Err("no sentence saying who can change it".into());
                }
                // Anyone may ask for help: a support request, step by step.
                b.follow("Support").await?;
                b.follow("New support request").await?;
                // With JavaScript each choice brings the next list in place, without Next.
                b.choose("Category", "Partner of record").await?;
                b.appears("Topic").await?;
                b.choose("Topic", "Adding, changing or removing a partner").await?;
                b.appears("Issue").await?;
                b.choose("Issue", "I cannot see Check ID").await?;
                b.fill("Description", "I need to change our partner but see no Check ID button.").await?;
                b.client.find(Locator::XPath("//label[normalize-space()='Forum']")).await?.click().await?;
                b.press("Submit").await?;
                if !b.text().await?.contains("was received") {
                    return Err("no reference after Submit".into());
                }
                Ok(())
            })
        })
        .await;
}
