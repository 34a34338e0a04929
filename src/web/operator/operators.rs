//! **Operators**: who runs the portal, and **New operator**: an invitation by email with a link
//! to set their password (the command line's `operator add` does the same for the first one).

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::config::PublicUrl;
use crate::db::models::Operator;
use crate::db::DbPool;
use crate::domain::text;
use crate::domain::{EmailAddress, PersonName};
use crate::engine::onboarding::{self, OnboardingError};
use crate::mail::MailWaker;
use crate::web::operator::person::{invitation_sent, parse_person};
use crate::web::shared::{
    html, with_db, with_db_blocking, AppError, Area, Layout, OperatorIdentity, TypedSession,
};

#[derive(Template)]
#[template(path = "operator/operators.html")]
struct OperatorsPage {
    layout: Layout,
    operators: Vec<Operator>,
}

pub async fn list(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, AppError> {
    let operators = with_db(&pool, |conn| Ok(Operator::all(conn)?)).await?;
    let layout = Layout::new(Area::Operator, &session, Some(identity.viewer()))?;
    let page = OperatorsPage {
        layout: layout.in_section("operators"),
        operators,
    };
    html(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "operator/new_operator.html")]
struct NewOperatorPage {
    layout: Layout,
    name: String,
    email: String,
    name_error: Option<String>,
    email_error: Option<String>,
}

fn form_page(
    session: &TypedSession,
    identity: &OperatorIdentity,
    status: StatusCode,
    (name, email): (String, String),
    (name_error, email_error): (Option<String>, Option<String>),
) -> Result<HttpResponse, AppError> {
    let layout = Layout::new(Area::Operator, session, Some(identity.viewer()))?;
    let page = NewOperatorPage {
        layout: layout.in_section("operators"),
        name: text::echo(&name, PersonName::MAX_CHARS),
        email: text::echo(&email, EmailAddress::MAX_LEN),
        name_error,
        email_error,
    };
    html(status, &page)
}

pub async fn new_form(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
) -> Result<HttpResponse, AppError> {
    let empty = (String::new(), String::new());
    form_page(&session, &identity, StatusCode::OK, empty, (None, None))
}

#[derive(Debug, Deserialize)]
pub struct OperatorFields {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
}

/// Create: the operator and their invitation, then the list; or the form again (422).
pub async fn create(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    waker: web::Data<MailWaker>,
    public_url: web::Data<PublicUrl>,
    fields: web::Form<OperatorFields>,
) -> Result<HttpResponse, AppError> {
    let lang = session.lang();
    let OperatorFields { name, email } = fields.into_inner();
    let refused = StatusCode::UNPROCESSABLE_ENTITY;
    let (person, address) = match parse_person(lang, &name, &email) {
        Ok(person) => person,
        Err(errors) => return form_page(&session, &identity, refused, (name, email), errors),
    };
    let by = identity.operator.id;
    let public_url = public_url.0.clone();
    let who = (person.clone(), address.clone());
    let invited = with_db_blocking(&pool, move |conn| {
        let who = (&person, &address);
        Ok(onboarding::invite_operator(
            conn,
            by,
            who,
            lang,
            &public_url,
        ))
    })
    .await?;
    match invited {
        Ok(_) => invitation_sent(&session, &waker, (&who.0, &who.1), "/operator/operators"),
        Err(OnboardingError::EmailTaken(taken)) => {
            let error = Some(lang.t1("operator-email-taken", "email", taken));
            form_page(&session, &identity, refused, (name, email), (None, error))
        }
        Err(other) => Err(other.into()),
    }
}
