//! A tenant's subscriptions: **New subscription** (a product from the list, which says the
//! portal that manages it), and each subscription's facts — seats, billing, status — changed from
//! a date and kept as history.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::models::{Product, Subscription, SubscriptionFacts, Tenant};
use crate::db::DbPool;
use crate::domain::{
    parse_effective_date, Agreement, Billing, FactsError, Seats, SubscriptionStatus,
};
use crate::engine::onboarding::{self, FactsChange, NewSubscriptionOrder, OnboardingError};
use crate::web::shared::{
    html, see_other, with_db, with_db_blocking, words, AppError, Area, Flash, Layout,
    OperatorIdentity, TypedSession,
};

#[derive(Template)]
#[template(path = "operator/new_subscription.html")]
struct NewSubscriptionPage {
    layout: Layout,
    tenant: Tenant,
    products: Vec<Product>,
    form: SubscriptionFields,
    product_error: Option<String>,
    seats_error: Option<String>,
    agreement_error: Option<String>,
}

impl NewSubscriptionPage {
    pub fn billings(&self) -> &'static [Billing] {
        Billing::ALL
    }

    pub fn is_product(&self, id: &i32) -> bool {
        self.form.product.trim() == id.to_string()
    }
}

#[derive(Debug, Deserialize, Default)]
pub struct SubscriptionFields {
    #[serde(default)]
    product: String,
    #[serde(default)]
    seats: String,
    #[serde(default)]
    billing: String,
    #[serde(default)]
    agreement: String,
}

type FieldErrors = (Option<String>, Option<String>, Option<String>);

async fn new_page(
    session: &TypedSession,
    identity: &OperatorIdentity,
    pool: &web::Data<DbPool>,
    (tenant_id, form): (i32, SubscriptionFields),
    (status, errors): (StatusCode, FieldErrors),
) -> Result<HttpResponse, AppError> {
    let (tenant, products) = with_db(pool, move |conn| {
        let tenant = Tenant::find(conn, tenant_id)?.ok_or(AppError::NotFound)?;
        Ok((tenant, Product::all(conn)?))
    })
    .await?;
    let layout = Layout::new(Area::Operator, session, Some(identity.viewer()))?;
    let (product_error, seats_error, agreement_error) = errors;
    let page = NewSubscriptionPage {
        layout: layout.in_section("tenants"),
        tenant,
        products,
        form,
        product_error,
        seats_error,
        agreement_error,
    };
    html(status, &page)
}

pub async fn new_form(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    tenant_id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let form = SubscriptionFields {
        billing: Billing::Paid.as_str().to_string(),
        ..Default::default()
    };
    let page = (*tenant_id, form);
    new_page(
        &session,
        &identity,
        &pool,
        page,
        (StatusCode::OK, (None, None, None)),
    )
    .await
}

/// Create: the subscription, then the tenant's page; or the form again with what to fix (422).
pub async fn create(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    tenant_id: web::Path<i32>,
    fields: web::Form<SubscriptionFields>,
) -> Result<HttpResponse, AppError> {
    let tenant_id = *tenant_id;
    let lang = session.lang();
    let fields = fields.into_inner();
    let billing = Billing::parse(&fields.billing)
        .ok_or_else(|| AppError::BadRequest(format!("billing `{}`", fields.billing)))?;
    let product_id = fields.product.trim().parse::<i32>().ok();
    let seats = Seats::parse(&fields.seats);
    let agreement = Agreement::parse(&fields.agreement);
    let message = |e: FactsError| words::facts_error(lang, e);
    let unknown_product = || lang.t("subscription-product-unknown");
    let (product_id, seats, agreement) = match (product_id, seats, agreement) {
        (Some(product), Ok(seats), Ok(agreement)) => (product, seats, agreement),
        (product, seats, agreement) => {
            let errors = (
                product.is_none().then(unknown_product),
                seats.err().map(message),
                agreement.err().map(message),
            );
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            let page = (tenant_id, fields);
            return new_page(&session, &identity, &pool, page, (status, errors)).await;
        }
    };
    let operator_id = identity.operator.id;
    let created = with_db_blocking(&pool, move |conn| {
        let order = NewSubscriptionOrder {
            product_id,
            seats,
            billing,
            status: SubscriptionStatus::Active,
            agreement: &agreement,
            begins: crate::db::now().date(),
        };
        Ok(onboarding::create_subscription(
            conn,
            operator_id,
            tenant_id,
            &order,
        ))
    })
    .await?;
    match created {
        Ok(id) => {
            session.set_flash(Flash::success(lang.t("subscription-created")))?;
            Ok(see_other(&format!("/operator/subscriptions/{id}")))
        }
        Err(OnboardingError::UnknownProduct) => {
            let errors = (Some(unknown_product()), None, None);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            let page = (tenant_id, fields);
            new_page(&session, &identity, &pool, page, (status, errors)).await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "operator/subscription.html")]
struct SubscriptionPage {
    layout: Layout,
    subscription: Subscription,
    tenant: Tenant,
    /// Newest first.
    history: Vec<SubscriptionFacts>,
    form: FactsFields,
    seats_error: Option<String>,
    date_error: Option<String>,
}

impl SubscriptionPage {
    pub fn billings(&self) -> &'static [Billing] {
        Billing::ALL
    }

    pub fn statuses(&self) -> &'static [SubscriptionStatus] {
        SubscriptionStatus::ALL
    }
}

#[derive(Debug, Deserialize, Default)]
pub struct FactsFields {
    #[serde(default)]
    seats: String,
    #[serde(default)]
    billing: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    effective_from: String,
}

async fn subscription_page(
    session: &TypedSession,
    identity: &OperatorIdentity,
    pool: &web::Data<DbPool>,
    (id, form): (i32, Option<FactsFields>),
    (status, seats_error, date_error): (StatusCode, Option<String>, Option<String>),
) -> Result<HttpResponse, AppError> {
    let (subscription, tenant, mut history) = with_db(pool, move |conn| {
        let subscription = Subscription::find(conn, id)?.ok_or(AppError::NotFound)?;
        let tenant = Tenant::find(conn, subscription.tenant_id)?.ok_or(AppError::NotFound)?;
        let history = SubscriptionFacts::history(conn, id)?;
        Ok((subscription, tenant, history))
    })
    .await?;
    history.reverse();
    let form = form.unwrap_or_else(|| FactsFields {
        seats: subscription.seats.to_string(),
        billing: subscription.billing.as_str().to_string(),
        status: subscription.status.as_str().to_string(),
        effective_from: crate::db::now().date().to_string(),
    });
    let layout = Layout::new(Area::Operator, session, Some(identity.viewer()))?;
    let page = SubscriptionPage {
        layout: layout.in_section("tenants"),
        subscription,
        tenant,
        history,
        form,
        seats_error,
        date_error,
    };
    html(status, &page)
}

pub async fn show(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let errors = (StatusCode::OK, None, None);
    subscription_page(&session, &identity, &pool, (*id, None), errors).await
}

/// Save: the facts from a date, added to the history.
pub async fn change(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    id: web::Path<i32>,
    fields: web::Form<FactsFields>,
) -> Result<HttpResponse, AppError> {
    let id = *id;
    let lang = session.lang();
    let fields = fields.into_inner();
    let billing = Billing::parse(&fields.billing)
        .ok_or_else(|| AppError::BadRequest(format!("billing `{}`", fields.billing)))?;
    let status = SubscriptionStatus::parse(&fields.status)
        .ok_or_else(|| AppError::BadRequest(format!("status `{}`", fields.status)))?;
    let seats = Seats::parse(&fields.seats);
    let date = parse_effective_date(&fields.effective_from, crate::db::now().date());
    let (seats, effective_from) = match (seats, date) {
        (Ok(seats), Ok(date)) => (seats, date),
        (seats, date) => {
            let message = |e: FactsError| words::facts_error(lang, e);
            let errors = (
                StatusCode::UNPROCESSABLE_ENTITY,
                seats.err().map(message),
                date.err().map(message),
            );
            return subscription_page(&session, &identity, &pool, (id, Some(fields)), errors).await;
        }
    };
    let operator_id = identity.operator.id;
    let fields_again = fields;
    let change = FactsChange {
        seats,
        billing,
        status,
        effective_from,
    };
    let changed = with_db_blocking(&pool, move |conn| {
        Ok(onboarding::change_facts(conn, operator_id, id, &change))
    })
    .await?;
    let flash = match changed {
        Err(OnboardingError::BeforeHistory(first)) => {
            let refused = lang.t1("date-before-history", "date", lang.date(first));
            let errors = (StatusCode::UNPROCESSABLE_ENTITY, None, Some(refused));
            let form = Some(fields_again);
            return subscription_page(&session, &identity, &pool, (id, form), errors).await;
        }
        Ok(true) => Flash::success(lang.t("subscription-saved")),
        Ok(false) => Flash::info(lang.t("subscription-unchanged")),
        Err(other) => return Err(other.into()),
    };
    session.set_flash(flash)?;
    Ok(see_other(&format!("/operator/subscriptions/{id}")))
}
