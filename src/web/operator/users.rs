//! A tenant's users, from its page: **New user** (an invitation by email with a link to set
//! their password), another role, **Deactivate**.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::config::PublicUrl;
use crate::db::models::Tenant;
use crate::db::DbPool;
use crate::domain::text;
use crate::domain::{EmailAddress, PersonName, Role};
use crate::engine::onboarding::{self, NewUser, OnboardingError};
use crate::mail::MailWaker;
use crate::web::operator::person::{invitation_sent, parse_person};
use crate::web::shared::{
    html, see_other, with_db, with_db_blocking, AppError, Area, Flash, Layout, OperatorIdentity,
    TypedSession,
};

#[derive(Template)]
#[template(path = "operator/new_user.html")]
struct NewUserPage {
    layout: Layout,
    tenant: Tenant,
    name: String,
    email: String,
    role: Role,
    name_error: Option<String>,
    email_error: Option<String>,
}

impl NewUserPage {
    pub fn roles(&self) -> &'static [Role] {
        Role::ALL
    }
}

async fn tenant(pool: &web::Data<DbPool>, id: i32) -> Result<Tenant, AppError> {
    with_db(pool, move |conn| {
        Tenant::find(conn, id)?.ok_or(AppError::NotFound)
    })
    .await
}

pub async fn new_form(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    tenant_id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let tenant = tenant(&pool, *tenant_id).await?;
    let layout = Layout::new(Area::Operator, &session, Some(identity.viewer()))?;
    let page = NewUserPage {
        layout: layout.in_section("tenants"),
        tenant,
        name: String::new(),
        email: String::new(),
        role: Role::User,
        name_error: None,
        email_error: None,
    };
    html(StatusCode::OK, &page)
}

#[derive(Debug, Deserialize)]
pub struct UserFields {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

/// Create: the user and their invitation, then the tenant's page; or the form again (422).
pub async fn create(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    waker: web::Data<MailWaker>,
    public_url: web::Data<PublicUrl>,
    tenant_id: web::Path<i32>,
    fields: web::Form<UserFields>,
) -> Result<HttpResponse, AppError> {
    let tenant_id = *tenant_id;
    let lang = session.lang();
    let fields = fields.into_inner();
    let role = Role::parse(&fields.role)
        .ok_or_else(|| AppError::BadRequest(format!("role `{}`", fields.role)))?;
    let (name, email) = match parse_person(lang, &fields.name, &fields.email) {
        Ok(person) => person,
        Err((name_error, email_error)) => {
            let form = (fields, role, name_error, email_error);
            return refuse(&session, &identity, &pool, tenant_id, form).await;
        }
    };
    let operator_id = identity.operator.id;
    let public_url = public_url.0.clone();
    let (name_for_page, email_for_page) = (name.clone(), email.clone());
    let created = with_db_blocking(&pool, move |conn| {
        let new = NewUser {
            name: &name,
            email: &email,
            role,
            lang,
            public_url: &public_url,
        };
        Ok(onboarding::create_customer_user(
            conn,
            operator_id,
            tenant_id,
            &new,
        ))
    })
    .await?;
    match created {
        Ok(_) => {
            let who = (&name_for_page, &email_for_page);
            invitation_sent(
                &session,
                &waker,
                who,
                &format!("/operator/tenants/{tenant_id}"),
            )
        }
        Err(OnboardingError::EmailTaken(email)) => {
            let taken = lang.t1("user-email-taken", "email", email);
            let form = (fields, role, None, Some(taken));
            refuse(&session, &identity, &pool, tenant_id, form).await
        }
        Err(other) => Err(other.into()),
    }
}

type RefusedForm = (UserFields, Role, Option<String>, Option<String>);

async fn refuse(
    session: &TypedSession,
    identity: &OperatorIdentity,
    pool: &web::Data<DbPool>,
    tenant_id: i32,
    (fields, role, name_error, email_error): RefusedForm,
) -> Result<HttpResponse, AppError> {
    let tenant = tenant(pool, tenant_id).await?;
    let layout = Layout::new(Area::Operator, session, Some(identity.viewer()))?;
    let page = NewUserPage {
        layout: layout.in_section("tenants"),
        tenant,
        name: text::echo(&fields.name, PersonName::MAX_CHARS),
        email: text::echo(&fields.email, EmailAddress::MAX_LEN),
        role,
        name_error,
        email_error,
    };
    html(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

#[derive(Debug, Deserialize)]
pub struct RoleField {
    #[serde(default)]
    role: String,
}

/// Save on a user's role.
pub async fn change_role(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    ids: web::Path<(i32, i32)>,
    field: web::Form<RoleField>,
) -> Result<HttpResponse, AppError> {
    let role = Role::parse(&field.role)
        .ok_or_else(|| AppError::BadRequest(format!("role `{}`", field.role)))?;
    let ids = ids.into_inner();
    let operator_id = identity.operator.id;
    let changed = with_db_blocking(&pool, move |conn| {
        Ok(onboarding::change_role(conn, operator_id, ids, role))
    })
    .await?;
    let lang = session.lang();
    let message = match changed.map_err(AppError::from)? {
        true => Flash::success(lang.t1("user-role-saved", "role", lang.role(role))),
        false => Flash::info(lang.t("user-role-unchanged")),
    };
    session.set_flash(message)?;
    Ok(see_other(&format!("/operator/tenants/{}", ids.0)))
}

/// Deactivate: the user cannot sign in any more; their sessions end at their next request.
pub async fn deactivate(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    ids: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let ids = ids.into_inner();
    let operator_id = identity.operator.id;
    with_db_blocking(&pool, move |conn| {
        onboarding::deactivate_customer_user(conn, operator_id, ids).map_err(AppError::from)
    })
    .await?;
    let lang = session.lang();
    session.set_flash(Flash::success(lang.t("user-deactivated")))?;
    Ok(see_other(&format!("/operator/tenants/{}", ids.0)))
}
