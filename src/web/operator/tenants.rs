//! **Tenants**: the customer organisations, searched by name or domain; **New tenant**; a
//! tenant's page with its users and subscriptions.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::models::Tenant;
use crate::db::DbPool;
use crate::domain::text;
use crate::domain::{Role, TenantDomain, TenantError, TenantName};
use crate::engine::onboarding::{self, OnboardingError, TenantDetail};
use crate::web::operator::listing::{ListQuery, Listing};
use crate::web::shared::{
    html, see_other, with_db, with_db_blocking, words, AppError, Area, Flash, Layout,
    OperatorIdentity, TypedSession,
};

#[derive(Template)]
#[template(path = "operator/tenants.html")]
struct ListPage {
    layout: Layout,
    list: Listing,
    tenants: Vec<Tenant>,
}

pub async fn list(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let mut list = Listing::of(&query, "/operator/tenants");
    let (text, (offset, limit)) = (list.text(), list.window());
    let rows = with_db(&pool, move |conn| {
        Ok(Tenant::search(conn, text.as_deref(), offset, limit)?)
    })
    .await?;
    let tenants = list.page_of(rows);
    let layout = Layout::new(Area::Operator, &session, Some(identity.viewer()))?;
    let page = ListPage {
        layout: layout.in_section("tenants"),
        list,
        tenants,
    };
    html(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "operator/new_tenant.html")]
struct NewTenantPage {
    layout: Layout,
    name: String,
    domain: String,
    name_error: Option<String>,
    domain_error: Option<String>,
}

pub async fn new_form(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
) -> Result<HttpResponse, AppError> {
    let layout = Layout::new(Area::Operator, &session, Some(identity.viewer()))?;
    let page = NewTenantPage {
        layout: layout.in_section("tenants"),
        name: String::new(),
        domain: String::new(),
        name_error: None,
        domain_error: None,
    };
    html(StatusCode::OK, &page)
}

#[derive(Debug, Deserialize)]
pub struct TenantFields {
    #[serde(default)]
    name: String,
    #[serde(default)]
    domain: String,
}

/// Create: the tenant's page with a confirmation, or the form again with what to fix (422).
pub async fn create(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    fields: web::Form<TenantFields>,
) -> Result<HttpResponse, AppError> {
    let lang = session.lang();
    let fields = fields.into_inner();
    let name = TenantName::parse(&fields.name);
    let domain = TenantDomain::parse(&fields.domain);
    let refuse = |name_error: Option<String>, domain_error: Option<String>| {
        let layout = Layout::new(Area::Operator, &session, Some(identity.viewer()))?;
        let page = NewTenantPage {
            layout: layout.in_section("tenants"),
            name: text::echo(&fields.name, TenantName::MAX_CHARS),
            domain: text::echo(&fields.domain, 253),
            name_error,
            domain_error,
        };
        html(StatusCode::UNPROCESSABLE_ENTITY, &page)
    };
    let message = |e: TenantError| words::tenant_error(lang, e);
    let (name, domain) = match (name, domain) {
        (Ok(name), Ok(domain)) => (name, domain),
        (name, domain) => return refuse(name.err().map(message), domain.err().map(message)),
    };
    let operator_id = identity.operator.id;
    let created = with_db_blocking(&pool, move |conn| {
        Ok(onboarding::create_tenant(conn, operator_id, &name, &domain))
    })
    .await?;
    match created {
        Ok(id) => {
            let name = fields.name.trim();
            session.set_flash(Flash::success(lang.t1("tenant-created", "name", name)))?;
            Ok(see_other(&format!("/operator/tenants/{id}")))
        }
        Err(OnboardingError::DomainTaken(domain)) => {
            refuse(None, Some(lang.t1("tenant-domain-taken", "domain", domain)))
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "operator/tenant.html")]
struct TenantPage {
    layout: Layout,
    detail: TenantDetail,
}

impl TenantPage {
    pub fn roles(&self) -> &'static [Role] {
        Role::ALL
    }
}

pub async fn show(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let id = *id;
    let detail = with_db(&pool, move |conn| {
        onboarding::tenant_detail(conn, id)?.ok_or(AppError::NotFound)
    })
    .await?;
    let layout = Layout::new(Area::Operator, &session, Some(identity.viewer()))?;
    let page = TenantPage {
        layout: layout.in_section("tenants"),
        detail,
    };
    html(StatusCode::OK, &page)
}
