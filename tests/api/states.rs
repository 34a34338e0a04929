//! States kept in text columns are read as enums, once, where the row is read; which portal
//! manages a product is data.

use diesel::prelude::*;
use dpor_portal::db::models::Product;
use dpor_portal::db::schema::{association_events, subscriptions};
use dpor_portal::domain::Portal;
use dpor_portal::engine::history_for;

use crate::helpers::spawn_app;

#[tokio::test]
async fn an_unknown_state_in_a_row_is_an_error_that_names_the_row() {
    let app = spawn_app().await;
    let e3 = app.subscription_id("Contoso", "Office 365 Enterprise E3");
    let mut conn = app.conn();
    assert!(history_for(&mut conn, e3, 1).unwrap().entries.is_empty());
    // The one state column without a CHECK constraint: a future version's channel, say.
    let id: i32 = diesel::insert_into(association_events::table)
        .values((
            association_events::subscription_id.eq(e3),
            association_events::action.eq("added"),
            association_events::channel.eq("fax_form"),
            association_events::created_at.eq(dpor_portal::db::now()),
        ))
        .returning(association_events::id)
        .get_result(&mut *conn)
        .unwrap();
    let error = history_for(&mut conn, e3, 1).unwrap_err().to_string();
    assert!(
        error.contains(&format!(
            "association_events row {id}: unknown channel `fax_form`"
        )),
        "{error}"
    );
    // The page that shows it answers with the error page, never a guess.
    app.sign_in_as("office", "admin@contoso.example").await;
    let response = app.get(&format!("/office/subscriptions/{e3}")).await;
    assert_eq!(response.status().as_u16(), 500);
    assert!(response.text().await.unwrap().contains("request-id"));
}

#[tokio::test]
async fn each_product_names_its_portal_and_the_demo_subscriptions_agree() {
    let app = spawn_app().await;
    let mut conn = app.conn();
    let products = Product::all(&mut conn).unwrap();
    let portal_of = |name: &str| {
        products
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no product {name}"))
            .portal
    };
    assert_eq!(portal_of("Office 365 Enterprise E3"), Portal::Office);
    assert_eq!(portal_of("Exchange Online Plan 1"), Portal::Office);
    assert_eq!(portal_of("Microsoft Intune"), Portal::Intune);
    assert_eq!(portal_of("Azure Active Directory Premium"), Portal::Intune);
    // "Systems" is not EMS: the portal comes from the list, not from the name.
    assert_eq!(portal_of("Enterprise Mobility Suite"), Portal::Intune);
    let rows: Vec<(String, String)> = subscriptions::table
        .select((subscriptions::product, subscriptions::portal))
        .load(&mut *conn)
        .unwrap();
    assert_eq!(rows.len(), 7);
    for (product, portal) in rows {
        assert_eq!(portal, portal_of(&product).as_str(), "{product}");
    }
}
