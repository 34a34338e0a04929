//! **Partners**: searched by name or MPN ID; a partner's page with its location IDs and users,
//! and its enrollment and status changed from a date and kept as history; **New user** for a
//! partner, invited by email; **Deactivate**.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::config::PublicUrl;
use crate::db::models::Partner;
use crate::db::DbPool;
use crate::domain::text;
use crate::domain::{parse_effective_date, EmailAddress, Enrollment, PartnerStatus, PersonName};
use crate::engine::onboarding::{self, OnboardingError, PartnerDetail, PartnerFactsChange};
use crate::mail::MailWaker;
use crate::web::operator::listing::{ListQuery, Listing};
use crate::web::operator::person::{invitation_sent, parse_person};
use crate::web::shared::{
    html, see_other, with_db, with_db_blocking, words, AppError, Area, Flash, Layout,
    OperatorIdentity, TypedSession,
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
    form: FactsFields,
    date_error: Option<String>,
}

impl PartnerPage {
    pub fn enrollments(&self) -> &'static [Enrollment] {
        Enrollment::ALL
    }

    pub fn statuses(&self) -> &'static [PartnerStatus] {
        PartnerStatus::ALL
    }
}

/// The partner's enrollment and status, and the day the change took effect.
#[derive(Debug, Deserialize, Default)]
pub struct FactsFields {
    #[serde(default)]
    enrollment: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    effective_from: String,
}

async fn partner_page(
    (session, identity, pool): (&TypedSession, &OperatorIdentity, &web::Data<DbPool>),
    (id, form): (i32, Option<FactsFields>),
    (status, date_error): (StatusCode, Option<String>),
) -> Result<HttpResponse, AppError> {
    let detail = with_db(pool, move |conn| {
        onboarding::partner_detail(conn, id)?.ok_or(AppError::NotFound)
    })
    .await?;
    let form = form.unwrap_or_else(|| {
        let enrollment = detail.partner.enrollment();
        FactsFields {
            enrollment: enrollment.as_str().to_string(),
            status: detail.partner.status.as_str().to_string(),
            effective_from: crate::db::now().date().to_string(),
        }
    });
    let layout = Layout::new(Area::Operator, session, Some(identity.viewer()))?;
    let page = PartnerPage {
        layout: layout.in_section("partners"),
        detail,
        form,
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
    let context = (&session, &*identity, &pool);
    partner_page(context, (*id, None), (StatusCode::OK, None)).await
}

/// Save: enrollment and status from a date, added to the partner's history.
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
    let context = (&session, &*identity, &pool);
    let enrollment = Enrollment::parse(&fields.enrollment)
        .ok_or_else(|| AppError::BadRequest(format!("enrollment `{}`", fields.enrollment)))?;
    let status = PartnerStatus::parse(&fields.status)
        .ok_or_else(|| AppError::BadRequest(format!("status `{}`", fields.status)))?;
    let refused = StatusCode::UNPROCESSABLE_ENTITY;
    let effective_from = match parse_effective_date(&fields.effective_from, crate::db::now().date())
    {
        Ok(date) => date,
        Err(e) => {
            let error = Some(words::facts_error(lang, e));
            return partner_page(context, (id, Some(fields)), (refused, error)).await;
        }
    };
    let change = PartnerFactsChange {
        enrollment,
        status,
        effective_from,
    };
    let by = identity.operator.id;
    let changed = with_db_blocking(&pool, move |conn| {
        Ok(onboarding::change_partner_facts(conn, by, id, &change))
    })
    .await?;
    let flash = match changed {
        Ok(true) => Flash::success(lang.t("partner-saved")),
        Ok(false) => Flash::info(lang.t("partner-unchanged")),
        Err(OnboardingError::BeforeHistory(first)) => {
            let error = Some(lang.t1("partner-date-before-history", "date", lang.date(first)));
            return partner_page(context, (id, Some(fields)), (refused, error)).await;
        }
        Err(other) => return Err(other.into()),
    };
    session.set_flash(flash)?;
    Ok(see_other(&format!("/operator/partners/{id}")))
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
        name: text::echo(&name, PersonName::MAX_CHARS),
        email: text::echo(&email, EmailAddress::MAX_LEN),
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
        Err(other) => Err(other.into()),
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
        onboarding::deactivate_partner_user(conn, by, ids).map_err(AppError::from)
    })
    .await?;
    session.set_flash(Flash::success(session.lang().t("user-deactivated")))?;
    Ok(see_other(&format!("/operator/partners/{}", ids.0)))
}
