//! **Partners**: searched by name or MPN ID; a partner's page with its location IDs and users;
//! **New user** for a partner, invited by email; **Deactivate**.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::config::PublicUrl;
use crate::db::models::Partner;
use crate::db::DbPool;
use crate::domain::{EmailAddress, PersonName};
use crate::engine::onboarding::{self, OnboardingError, PartnerDetail};
use crate::mail::MailWaker;
use crate::web::operator::listing::{ListQuery, Listing};
use crate::web::operator::person::{invitation_sent, parse_person};
use crate::web::shared::{
    html, see_other, with_db, with_db_blocking, AppError, Area, Flash, Layout, OperatorIdentity,
    TypedSession,
};

#[derive(Template)]
#[template(path = "operator/partners.html")]
struct ListPage {
    layout: Layout,
    list: Listing,
    partners: Vec<Partner>,
}

pub async fn list(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let mut list = Listing::of(&query, "/operator/partners");
    let (text, (offset, limit)) = (list.text(), list.window());
    let rows = with_db(&pool, move |conn| {
        Ok(Partner::search(conn, text.as_deref(), offset, limit)?)
    })
    .await?;
    let partners = list.page_of(rows);
    let layout = Layout::new(Area::Operator, &session, Some(identity.viewer()))?;
    let page = ListPage {
        layout: layout.in_section("partners"),
        list,
        partners,
    };
    html(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "operator/partner.html")]
struct PartnerPage {
    layout: Layout,
    detail: PartnerDetail,
}

pub async fn show(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let id = *id;
    let detail = with_db(&pool, move |conn| {
        onboarding::partner_detail(conn, id)?.ok_or(AppError::NotFound)
    })
    .await?;
    let layout = Layout::new(Area::Operator, &session, Some(identity.viewer()))?;
    let page = PartnerPage {
        layout: layout.in_section("partners"),
        detail,
    };
    html(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "operator/new_partner_user.html")]
struct NewUserPage {
    layout: Layout,
    partner: Partner,
    name: String,
    email: String,
    name_error: Option<String>,
    email_error: Option<String>,
}

async fn user_form(
    (session, identity, pool): (&TypedSession, &OperatorIdentity, &web::Data<DbPool>),
    partner_id: i32,
    (status, name, email): (StatusCode, String, String),
    (name_error, email_error): (Option<String>, Option<String>),
) -> Result<HttpResponse, AppError> {
    let partner = with_db(pool, move |conn| {
        Partner::find(conn, partner_id)?.ok_or(AppError::NotFound)
    })
    .await?;
    let layout = Layout::new(Area::Operator, session, Some(identity.viewer()))?;
    let page = NewUserPage {
        layout: layout.in_section("partners"),
        partner,
        name: name.chars().take(PersonName::MAX_CHARS).collect(),
        email: email.chars().take(EmailAddress::MAX_LEN).collect(),
        name_error,
        email_error,
    };
    html(status, &page)
}

pub async fn new_user_form(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    partner_id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let empty = (StatusCode::OK, String::new(), String::new());
    user_form(
        (&session, &identity, &pool),
        *partner_id,
        empty,
        (None, None),
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct UserFields {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
}

/// Create: the partner's user and their invitation, then the partner's page; or the form (422).
pub async fn create_user(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    waker: web::Data<MailWaker>,
    public_url: web::Data<PublicUrl>,
    partner_id: web::Path<i32>,
    fields: web::Form<UserFields>,
) -> Result<HttpResponse, AppError> {
    let partner_id = *partner_id;
    let lang = session.lang();
    let UserFields { name, email } = fields.into_inner();
    let refused = StatusCode::UNPROCESSABLE_ENTITY;
    let context = (&session, &*identity, &pool);
    let (person, address) = match parse_person(lang, &name, &email) {
        Ok(person) => person,
        Err(errors) => {
            return user_form(context, partner_id, (refused, name, email), errors).await;
        }
    };
    let by = identity.operator.id;
    let public_url = public_url.0.clone();
    let who = (person.clone(), address.clone());
    let created = with_db_blocking(&pool, move |conn| {
        let who = (&person, &address);
        Ok(onboarding::create_partner_user(
            conn,
            by,
            partner_id,
            who,
            (lang, &public_url),
        ))
    })
    .await?;
    match created {
        Ok(_) => invitation_sent(
            &session,
            &waker,
            (&who.0, &who.1),
            &format!("/operator/partners/{partner_id}"),
        ),
        Err(OnboardingError::EmailTaken(taken)) => {
            let error = Some(lang.t1("user-email-taken", "email", taken));
            user_form(context, partner_id, (refused, name, email), (None, error)).await
        }
        Err(OnboardingError::NotFound) => Err(AppError::NotFound),
        Err(other) => Err(AppError::Unexpected(anyhow::anyhow!("{other}"))),
    }
}

/// Deactivate a partner's user.
pub async fn deactivate_user(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    ids: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let ids = ids.into_inner();
    let by = identity.operator.id;
    with_db_blocking(&pool, move |conn| {
        onboarding::deactivate_partner_user(conn, by, ids).map_err(|e| match e {
            OnboardingError::NotFound => AppError::NotFound,
            OnboardingError::Database(e) => e.into(),
            other => AppError::Unexpected(anyhow::anyhow!("{other}")),
        })
    })
    .await?;
    session.set_flash(Flash::success(session.lang().t("user-deactivated")))?;
    Ok(see_other(&format!("/operator/partners/{}", ids.0)))
}
