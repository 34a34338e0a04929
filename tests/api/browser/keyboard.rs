//! The Office flow with the keyboard alone.

use fantoccini::key::Key;

use crate::helpers::DEMO_PASSWORD;

use super::*;

/// Presses Tab until the focused element matches, as a keyboard user would; fails if it never does.
async fn tab_to(b: &Browser, what: &str, matches: &str) -> Step {
    for _ in 0..40 {
        let found = b
            .client
            .execute(
                &format!("const e = document.activeElement; return !!(e && ({matches}));"),
                vec![],
            )
            .await?;
        if found.as_bool() == Some(true) {
            let visible = b
                .client
                .execute("const s = getComputedStyle(document.activeElement); return s.outlineStyle !== 'none' || s.boxShadow !== 'none';", vec![])
                .await?;
            if visible.as_bool() != Some(true) {
                return Err(format!("{what} has no visible focus").into());
            }
            return Ok(());
        }
        b.client
            .active_element()
            .await?
            .send_keys(&Key::Tab.to_string())
            .await?;
    }
    Err(format!("Tab never reached {what}").into())
}

async fn type_keys(b: &Browser, text: &str) -> Step {
    Ok(b.client.active_element().await?.send_keys(text).await?)
}

async fn enter(b: &mut Browser) -> Step {
    b.client
        .active_element()
        .await?
        .send_keys(&Key::Enter.to_string())
        .await?;
    b.checked_page().await
}

#[tokio::test]
async fn office_flow_with_the_keyboard_alone() {
    let _turn = one_at_a_time().lock().await;
    let Some(browser) = browser("keyboard_office").await else {
        return;
    };
    browser
        .run(|b| {
            Box::pin(async move {
                b.open("/office/login").await?;
                tab_to(b, "Email", "e.id === 'email'").await?;
                type_keys(b, "admin@contoso.example").await?;
                tab_to(b, "Password", "e.id === 'password'").await?;
                type_keys(b, DEMO_PASSWORD).await?;
                enter(b).await?;
                tab_to(
                    b,
                    "Subscriptions",
                    "e.textContent.trim() === 'Subscriptions' && e.tagName === 'A'",
                )
                .await?;
                enter(b).await?;
                tab_to(
                    b,
                    "Office 365 Enterprise E3",
                    "e.textContent.trim() === 'Office 365 Enterprise E3'",
                )
                .await?;
                enter(b).await?;
                tab_to(b, "MPN ID", "e.id === 'mpn_id'").await?;
                type_keys(b, "1234567").await?;
                enter(b).await?;
                tab_to(
                    b,
                    "OK",
                    "e.tagName === 'BUTTON' && e.textContent.trim() === 'OK'",
                )
                .await?;
                enter(b).await?;
                if !b
                    .text()
                    .await?
                    .contains("Northwind Traders is now the partner of record")
                {
                    return Err("the keyboard flow did not save".into());
                }
                Ok(())
            })
        })
        .await;
}
