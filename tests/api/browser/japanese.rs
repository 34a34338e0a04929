//! The article's path in Japanese, in Chromium.

use crate::helpers::DEMO_PASSWORD;

use super::*;

/// The article's path in Japanese, in a real browser: select the language with the picker (a
/// plain form), sign in, and file a support request about Check ID with e-mail contact.
#[tokio::test]
async fn a_customer_switches_to_japanese_and_files_a_support_request_in_a_browser() {
    let _turn = one_at_a_time().lock().await;
    let Some(browser) = browser("japanese_support").await else {
        return;
    };
    browser
        .run(|b| {
            Box::pin(async move {
                b.open("/office/login").await?;
                b.choose("Select your language", "日本語").await?;
                b.press("Change").await?;
                b.fill("メール アドレス", "admin@contoso.example").await?;
                b.fill("パスワード", DEMO_PASSWORD).await?;
                b.press("サインイン").await?;
                b.follow("サポート").await?;
                b.follow("新しいサポート リクエスト").await?;
                b.choose("カテゴリ", "パートナー オブ レコード").await?;
                b.appears("トピック").await?;
                b.choose("トピック", "ID の確認").await?;
                b.appears("問題").await?;
                b.choose("問題", "MPN ID が見つからない").await?;
                b.fill("説明", "ID の確認で MPN ID 7777777 が見つかりません。")
                    .await?;
                b.press("送信").await?;
                let page = b.text().await?;
                if !page.contains("を受け付けました。確認メールをお送りしています。")
                {
                    return Err(format!("no Japanese confirmation: {page}").into());
                }
                if !page.contains("パートナー オブ レコード › ID の確認 › MPN ID が見つからない")
                {
                    return Err(format!("the request is not in My requests: {page}").into());
                }
                Ok(())
            })
        })
        .await;
}
