//! Partners: searched by name or MPN ID, a partner's page, its users invited and deactivated.

use dpor_portal::db::models::Partner;

use crate::helpers::{location, spawn_app, text_of, texts_of, TestApp, DEMO_PASSWORD};

use super::emailed_link;

async fn operator() -> TestApp {
    let app = spawn_app().await;
    app.sign_in_as("operator", "operator@dpor-portal.example")
        .await;
    app
}

fn partner_id(app: &TestApp, mpn_id: &str) -> i32 {
    Partner::find_by_mpn_id(&mut app.conn(), mpn_id)
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn partners_are_found_by_name_or_mpn_id() {
    let app = operator().await;
    let html = app.get_html("/operator/partners").await;
    assert!(html.contains(">Partners</a>"), "in the navigation");
    assert_eq!(texts_of(&html, "table tbody th").len(), 6);
    let html = app.get_html("/operator/partners?q=NORTH").await;
    assert_eq!(texts_of(&html, "table tbody th"), ["Northwind Traders"]);
    let html = app.get_html("/operator/partners?q=765").await;
    assert_eq!(
        texts_of(&html, "table tbody th"),
        ["Adventure Works Consulting"]
    );
    let html = app.get_html("/operator/partners?q=nobody").await;
    assert!(html.contains("No partner matches this search."));

    let global = partner_id(&app, "5000000");
    let html = app.get_html(&format!("/operator/partners/{global}")).await;
    assert_eq!(
        text_of(&html, "h1").as_deref(),
        Some("Wide World Importers")
    );
    assert!(
        html.contains("Wide World Importers Seattle (5000001)"),
        "its location"
    );
    assert_eq!(
        app.get("/operator/partners/999999").await.status().as_u16(),
        404
    );
}

#[tokio::test]
async fn a_partners_new_user_is_invited_and_a_user_can_be_deactivated() {
    let app = operator().await;
    let northwind = partner_id(&app, "1234567");
    let form = format!("/operator/partners/{northwind}/users/new");
    let created = app
        .post_form(
            &form,
            &form,
            &[
                ("name", "Andrew Fuller"),
                ("email", "andrew@northwind.example"),
            ],
        )
        .await;
    let page = format!("/operator/partners/{northwind}");
    assert_eq!(location(&created), page);
    let taken = app
        .post_form(
            &form,
            &form,
            &[
                ("name", "Nancy Again"),
                ("email", "partner@northwind.example"),
            ],
        )
        .await;
    assert_eq!(taken.status().as_u16(), 422);
    assert_eq!(
        text_of(&taken.text().await.unwrap(), "#email-error").as_deref(),
        Some("A user already signs in with partner@northwind.example.")
    );

    let link = emailed_link(&app, "andrew@northwind.example");
    let andrew = app.another_browser();
    let password = "andrew fuller passphrase";
    andrew
        .post_form(
            &link,
            &link,
            &[("password", password), ("confirm", password)],
        )
        .await;
    let signed_in = andrew
        .sign_in("partner", "andrew@northwind.example", password)
        .await;
    assert_eq!(location(&signed_in), "/partner");
    assert!(andrew
        .get_html("/partner")
        .await
        .contains("Northwind Traders"));

    // Deactivating Nancy ends her session and her sign-ins.
    let nancy = app.another_browser();
    nancy
        .sign_in_as("partner", "partner@northwind.example")
        .await;
    let html = app.get_html(&page).await;
    let nancy_id = dpor_portal::db::models::PartnerUser::find_by_email(
        &mut app.conn(),
        "partner@northwind.example",
    )
    .unwrap()
    .unwrap()
    .id;
    assert!(html.contains("Invited, no password yet") || html.contains("Active"));
    let deactivate = format!("{page}/users/{nancy_id}/deactivate");
    let done = app.post_form(&page, &deactivate, &[]).await;
    assert_eq!(location(&done), page);
    assert_eq!(location(&nancy.get("/partner").await), "/partner/login");
    let again = nancy
        .sign_in("partner", "partner@northwind.example", DEMO_PASSWORD)
        .await;
    assert_eq!(again.status().as_u16(), 401);
}
