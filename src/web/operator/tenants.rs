//! **Tenants**: the customer organisations, searched by name or domain; **New tenant**; a
//! tenant's page with its users and subscriptions.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::models::Tenant;
use crate::db::DbPool;
use crate::domain::{Role, TenantDomain, TenantError, TenantName};
use crate::engine::onboarding::{self, OnboardingError, TenantDetail};
use crate::web::operator::PAGE_SIZE;
use crate::web::shared::{
    html, see_other, with_db, with_db_blocking, words, AppError, Area, Flash, Layout,
    OperatorIdentity, TypedSession,
};

#[derive(Debug, Deserialize)]
pub struct ListQuery {
    q: Option<String>,
    page: Option<u32>,
}

#[derive(Template)]
#[template(path = "operator/tenants.html")]
struct ListPage {
    layout: Layout,
    q: String,
    page: u32,
    tenants: Vec<Tenant>,
    has_next: bool,
}

impl ListPage {
    /// This list, another page of it.
    pub fn page_link(&self, page: u32) -> String {
        let mut url = url::form_urlencoded::Serializer::new(String::new());
        if !self.q.is_empty() {
            url.append_pair("q", &self.q);
        }
        url.append_pair("page", &page.to_string());
        format!("/operator/tenants?{}", url.finish())
    }
}

pub async fn list(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let q: String = query
        .q
        .as_deref()
        .unwrap_or("")
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(100)
        .collect();
    let page = query.page.unwrap_or(1).clamp(1, 100_000);
    let text = (!q.is_empty()).then(|| q.clone());
    let offset = i64::from(page - 1) * PAGE_SIZE;
    let mut tenants = with_db(&pool, move |conn| {
        Ok(Tenant::search(
            conn,
            text.as_deref(),
            offset,
            PAGE_SIZE + 1,
        )?)
    })
    .await?;
    let has_next = tenants.len() as i64 > PAGE_SIZE;
    tenants.truncate(PAGE_SIZE as usize);
    let layout = Layout::new(Area::Operator, &session, Some(identity.viewer()))?;
    let page = ListPage {
        layout: layout.in_section("tenants"),
        q,
        page,
        tenants,
        has_next,
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
            name: fields.name.chars().take(TenantName::MAX_CHARS).collect(),
            domain: fields.domain.chars().take(253).collect(),
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
        Err(OnboardingError::Database(e)) => Err(e.into()),
        Err(other) => Err(AppError::Unexpected(anyhow::anyhow!("{other}"))),
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
