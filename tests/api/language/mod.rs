//! "Select your language": every page in English, German, French and Japanese with no missing
//! message, the picker and the browser's Accept-Language, a language that follows a signed-in user,
//! and emails in the reader's language.

mod pages;
mod picker;
mod support_and_email;

use diesel::prelude::*;
use dpor_portal::i18n::Lang;

use crate::helpers::{location, TestApp};

/// A fresh browser that has chosen `lang` with the picker (as on the start page: no session).
async fn browser_in(app: &TestApp, lang: Lang) -> TestApp {
    let browser = app.another_browser();
    let response = browser
        .get(&format!("/language?lang={}&next=/", lang.code()))
        .await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(location(&response), "/");
    browser
}

/// The page is wholly in `lang`: the document says so, the picker is there in that language, no
/// message is missing, and the frame's English words are gone.
fn assert_in(lang: Lang, path: &str, html: &str) {
    assert!(
        html.contains(&format!("<html lang=\"{}\">", lang.code())),
        "{path} in {}: not marked as such",
        lang.code()
    );
    assert!(
        !html.contains('⟦'),
        "{path} in {}: a message is missing: {}",
        lang.code(),
        html.split('⟦')
            .nth(1)
            .unwrap_or_default()
            .split('⟧')
            .next()
            .unwrap_or_default()
    );
    assert!(
        html.contains(&format!(
            "<label for=\"language-choice\">{}</label>",
            lang.t("select-language")
        )),
        "{path} in {}: no language picker",
        lang.code()
    );
    if lang != Lang::En {
        assert!(
            !html.contains(">All portals<") && !html.contains("Select your language"),
            "{path} in {}: English left in the frame",
            lang.code()
        );
    }
}

async fn visit(browser: &TestApp, lang: Lang, path: &str, status: u16) {
    let response = browser.get(path).await;
    assert_eq!(
        response.status().as_u16(),
        status,
        "{path} in {}",
        lang.code()
    );
    let html = response.text().await.unwrap();
    assert_in(lang, path, &html);
}

/// A page as a browser whose own language is `accept_language` gets it.
async fn page_for(app: &TestApp, path: &str, accept_language: &str) -> String {
    app.client
        .get(app.url(path))
        .header("Accept-Language", accept_language)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

fn first_support_ids(app: &TestApp) -> (i32, i32) {
    use dpor_portal::db::schema::{support_categories, support_topics};
    let mut conn = app.conn();
    let category: i32 = support_categories::table
        .order(support_categories::position)
        .select(support_categories::id)
        .first(&mut *conn)
        .unwrap();
    let topic: i32 = support_topics::table
        .filter(support_topics::category_id.eq(category))
        .order(support_topics::position)
        .select(support_topics::id)
        .first(&mut *conn)
        .unwrap();
    (category, topic)
}
