use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{Integer, Text, Timestamp};

use crate::db::models::stored::Code;
use crate::db::models::stored::{queryable_parsing_states, state};
use crate::db::models::{NewSubscriptionFacts, SubscriptionFacts, Tenant};
use crate::db::schema::{products, subscriptions, tenants};
use crate::db::sql::{contains_pattern, lower};
use crate::db::DbConnection;
use crate::domain::{Billing, Portal, SubscriptionStatus};

#[derive(Debug, Clone, Selectable)]
#[diesel(table_name = subscriptions)]
pub struct Subscription {
    pub id: i32,
    pub tenant_id: i32,
    pub product: String,
    pub portal: Portal,
    pub seats: i32,
    pub billing: Billing,
    pub status: SubscriptionStatus,
    pub agreement: String,
    pub created_at: NaiveDateTime,
}

queryable_parsing_states!(
    Subscription,
    (Integer, Integer, Text, Text, Integer, Text, Text, Text, Timestamp),
    (
        i32,
        i32,
        String,
        String,
        i32,
        String,
        String,
        String,
        NaiveDateTime
    ),
    |row| {
        let (id, tenant_id, product, portal, seats, billing, status, agreement, created_at) = row;
        Ok(Subscription {
            id,
            tenant_id,
            product,
            portal: state(Portal::parse, "subscriptions", id, "portal", &portal)?,
            seats,
            billing: state(Billing::parse, "subscriptions", id, "billing", &billing)?,
            status: state(
                SubscriptionStatus::parse,
                "subscriptions",
                id,
                "status",
                &status,
            )?,
            agreement,
            created_at,
        })
    }
);

#[derive(Debug, Insertable)]
#[diesel(table_name = subscriptions)]
pub struct NewSubscription<'a> {
    pub tenant_id: i32,
    pub product: &'a str,
    /// The product's portal (see [`Product`]).
    #[diesel(serialize_as = Code)]
    pub portal: Portal,
    pub seats: i32,
    #[diesel(serialize_as = Code)]
    pub billing: Billing,
    #[diesel(serialize_as = Code)]
    pub status: SubscriptionStatus,
    pub agreement: &'a str,
    pub created_at: NaiveDateTime,
}

impl Subscription {
    pub fn is_trial(&self) -> bool {
        self.billing == Billing::Trial
    }

    /// A new subscription with the first row of its facts' history (call it in a transaction).
    pub fn create(conn: &mut DbConnection, new: NewSubscription) -> QueryResult<i32> {
        let begins = new.created_at.date();
        Self::create_in_effect_from(conn, new, begins)
    }

    /// [`Subscription::create`] whose facts took effect on `begins` (a subscription the portal
    /// learns of after it was bought: its history begins then, not when it was recorded).
    pub fn create_in_effect_from(
        conn: &mut DbConnection,
        new: NewSubscription,
        begins: chrono::NaiveDate,
    ) -> QueryResult<i32> {
        let facts = (new.seats, new.billing, new.status, new.created_at);
        let id = diesel::insert_into(subscriptions::table)
            .values(new)
            .returning(subscriptions::id)
            .get_result(conn)?;
        let (seats, billing, status, created_at) = facts;
        SubscriptionFacts::record(
            conn,
            NewSubscriptionFacts {
                subscription_id: id,
                seats,
                billing,
                status,
                effective_from: begins,
                recorded_at: created_at,
                recorded_by: None,
            },
        )?;
        Ok(id)
    }

    /// The facts in effect now, from the subscription's history.
    pub fn set_facts(
        conn: &mut DbConnection,
        id: i32,
        facts: &SubscriptionFacts,
    ) -> QueryResult<usize> {
        diesel::update(subscriptions::table.find(id))
            .set((
                subscriptions::seats.eq(facts.seats),
                subscriptions::billing.eq(facts.billing.as_str()),
                subscriptions::status.eq(facts.status.as_str()),
            ))
            .execute(conn)
    }

    pub fn find(conn: &mut DbConnection, id: i32) -> QueryResult<Option<Self>> {
        subscriptions::table
            .find(id)
            .select(Self::as_select())
            .first(conn)
            .optional()
    }

    /// The tenant's subscriptions that one portal manages, in product order.
    pub fn list_for_tenant(
        conn: &mut DbConnection,
        tenant_id: i32,
        portal: Portal,
    ) -> QueryResult<Vec<Self>> {
        subscriptions::table
            .filter(subscriptions::tenant_id.eq(tenant_id))
            .filter(subscriptions::portal.eq(portal.as_str()))
            .order((subscriptions::product, subscriptions::id))
            .select(Self::as_select())
            .load(conn)
    }

    /// Subscriptions of every tenant, with their tenant, by tenant name and product; `text` finds
    /// a product, a tenant name or a domain.
    pub fn search(
        conn: &mut DbConnection,
        text: Option<&str>,
        offset: i64,
        limit: i64,
    ) -> QueryResult<Vec<(Self, Tenant)>> {
        let mut query = subscriptions::table.inner_join(tenants::table).into_boxed();
        if let Some(text) = text {
            let pattern = contains_pattern(text);
            query = query.filter(
                lower(subscriptions::product)
                    .like(pattern.clone())
                    .escape('\\')
                    .or(lower(tenants::name).like(pattern.clone()).escape('\\'))
                    .or(lower(tenants::domain).like(pattern).escape('\\')),
            );
        }
        query
            .order((
                tenants::name,
                tenants::id,
                subscriptions::product,
                subscriptions::id,
            ))
            .offset(offset)
            .limit(limit)
            .select((Self::as_select(), Tenant::as_select()))
            .load(conn)
    }
}

/// A product a subscription is made from, and the portal that manages it: which portal that is
/// is data, kept in the `products` table.
#[derive(Debug, Clone, Selectable)]
#[diesel(table_name = products)]
pub struct Product {
    pub id: i32,
    pub name: String,
    pub portal: Portal,
}

queryable_parsing_states!(
    Product,
    (Integer, Text, Text),
    (i32, String, String),
    |row| {
        let (id, name, portal) = row;
        Ok(Product {
            id,
            portal: state(Portal::parse, "products", id, "portal", &portal)?,
            name,
        })
    }
);

impl Product {
    pub fn find(conn: &mut DbConnection, id: i32) -> QueryResult<Option<Self>> {
        products::table
            .find(id)
            .select(Self::as_select())
            .first(conn)
            .optional()
    }

    pub fn find_by_name(conn: &mut DbConnection, name: &str) -> QueryResult<Option<Self>> {
        products::table
            .filter(products::name.eq(name))
            .select(Self::as_select())
            .first(conn)
            .optional()
    }

    /// Every product, in the order a list offers them.
    pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<Self>> {
        products::table
            .order((products::position, products::name))
            .select(Self::as_select())
            .load(conn)
    }
}
