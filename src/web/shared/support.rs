//! The Support tab of all three portals: "My requests", and a new request chosen step by step
//! (Category, then Topic, then Issue: each step a plain GET form, so it works without JavaScript).

use actix_web::http::StatusCode;
use actix_web::{web, HttpMessage, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::{DbConnection, DbPool};
use crate::domain::Lang;
use crate::mail::MailWaker;
use crate::support::{self, Choice, ContactMethod, RequestLine, Requester, SupportError};
use crate::web::shared::errors::AppError;
use crate::web::shared::identity::{CustomerIdentity, PartnerIdentity};
use crate::web::shared::layout::{Area, Layout, Viewer};
use crate::web::shared::respond::{form_resource, html, see_other, with_db, with_db_blocking};
use crate::web::shared::session::{Flash, TypedSession};
use crate::web::shared::words;

/// What the Support pages show, in any portal's frame.
pub struct SupportPage {
    pub base: String,
    pub requests: Vec<RequestLine>,
    /// The new-request form, when it is open.
    pub form: Option<RequestForm>,
}

#[derive(Default)]
pub struct RequestForm {
    pub categories: Vec<Choice>,
    pub topics: Vec<Choice>,
    pub issues: Vec<Choice>,
    pub category: Option<i32>,
    pub topic: Option<i32>,
    pub issue: Option<i32>,
    pub description: String,
    pub contact: String,
    pub error: Option<String>,
}

impl RequestForm {
    pub fn contact_methods(&self) -> &'static [ContactMethod] {
        ContactMethod::ALL
    }

    pub fn is(&self, chosen: &Option<i32>, id: &i32) -> bool {
        *chosen == Some(*id)
    }
}

#[derive(Template)]
#[template(path = "shared/support.html")]
struct SupportTab {
    layout: Layout,
    p: SupportPage,
}

/// Who is asking, from the portal's sign-in.
fn requester(req: &HttpRequest) -> Result<(Requester, Viewer), AppError> {
    let extensions = req.extensions();
    if let Some(identity) = extensions.get::<CustomerIdentity>() {
        let requester = Requester::Customer {
            user_id: identity.user.id,
            email: identity.user.email.clone(),
        };
        return Ok((requester, identity.viewer()));
    }
    if let Some(identity) = extensions.get::<PartnerIdentity>() {
        let requester = Requester::Partner {
            user_id: identity.user.id,
            email: identity.user.email.clone(),
        };
        return Ok((requester, identity.viewer()));
    }
    Err(AppError::Unexpected(anyhow::anyhow!(
        "support page without a signed-in user"
    )))
}

async fn show(
    req: &HttpRequest,
    session: &TypedSession,
    pool: &web::Data<DbPool>,
    status: StatusCode,
    form: Option<RequestForm>,
) -> Result<HttpResponse, AppError> {
    let area = Area::of_path(req.path());
    let (requester, viewer) = requester(req)?;
    let lang = session.lang();
    let requests = with_db(pool, move |conn| {
        Ok(support::requests_of(conn, lang, &requester)?)
    })
    .await?;
    let layout = Layout::new(area, session, Some(viewer))?.in_section("support");
    let page = SupportPage {
        base: format!("{}/support", area.home_path()),
        requests,
        form,
    };
    html(status, &SupportTab { layout, p: page })
}

/// My requests.
pub async fn list(
    req: HttpRequest,
    session: TypedSession,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, AppError> {
    show(&req, &session, &pool, StatusCode::OK, None).await
}

#[derive(Debug, Deserialize, Default)]
pub struct Steps {
    category: Option<String>,
    topic: Option<String>,
    issue: Option<String>,
}

fn number(value: &Option<String>) -> Option<i32> {
    value.as_deref().and_then(|v| v.trim().parse().ok())
}

/// The choices so far, checked against the data: a topic must belong to its category, an issue to
/// its topic; anything else is forgotten rather than trusted.
fn choices(
    conn: &mut DbConnection,
    lang: Lang,
    category: Option<i32>,
    topic: Option<i32>,
    issue: Option<i32>,
) -> diesel::QueryResult<RequestForm> {
    let mut form = RequestForm {
        categories: support::categories(conn, lang)?,
        ..Default::default()
    };
    form.category = category.filter(|c| form.categories.iter().any(|x| x.id == *c));
    if let Some(category) = form.category {
        form.topics = support::topics(conn, lang, category)?;
        form.topic = topic.filter(|t| form.topics.iter().any(|x| x.id == *t));
    }
    if let Some(topic) = form.topic {
        form.issues = support::issues(conn, lang, topic)?;
        form.issue = issue.filter(|i| form.issues.iter().any(|x| x.id == *i));
    }
    Ok(form)
}

/// A new request, one step per choice.
pub async fn new_request(
    req: HttpRequest,
    session: TypedSession,
    pool: web::Data<DbPool>,
    steps: web::Query<Steps>,
) -> Result<HttpResponse, AppError> {
    let (category, topic, issue) = (
        number(&steps.category),
        number(&steps.topic),
        number(&steps.issue),
    );
    let lang = session.lang();
    let mut form = with_db(&pool, move |conn| {
        Ok(choices(conn, lang, category, topic, issue)?)
    })
    .await?;
    form.contact = ContactMethod::Email.as_str().to_string();
    show(&req, &session, &pool, StatusCode::OK, Some(form)).await
}

#[derive(Debug, Deserialize)]
pub struct RequestFields {
    category: Option<String>,
    topic: Option<String>,
    issue: Option<String>,
    #[serde(default)]
    description: String,
    #[serde(default)]
    contact: String,
}

/// Submit: a reference and a confirmation, or the form again with what to fix.
pub async fn submit(
    req: HttpRequest,
    session: TypedSession,
    pool: web::Data<DbPool>,
    waker: web::Data<MailWaker>,
    fields: web::Form<RequestFields>,
) -> Result<HttpResponse, AppError> {
    let fields = fields.into_inner();
    let (category, topic, issue) = (
        number(&fields.category),
        number(&fields.topic),
        number(&fields.issue),
    );
    let contact = ContactMethod::parse(&fields.contact);
    let description = support::parse_description(&fields.description);
    let (requester, _) = requester(&req)?;
    let lang = session.lang();
    let (mut form, checked) = with_db_blocking(&pool, move |conn| {
        let form = choices(conn, lang, category, topic, issue)?;
        let checked = match (form.issue, description, contact) {
            (None, _, _) => Err(SupportError::NoIssue),
            (_, Err(error), _) => Err(error),
            (_, _, None) => Err(SupportError::NoContact),
            (Some(issue), Ok(text), Some(contact)) => {
                support::file_request(conn, lang, &requester, issue, &text, contact)
                    .map(|r| (r, contact))
            }
        };
        Ok((form, checked))
    })
    .await?;
    match checked {
        Ok((reference, contact)) => {
            if contact == ContactMethod::Email {
                waker.wake();
            }
            let received = match contact {
                ContactMethod::Email => lang.t1("support-received-email", "reference", &reference),
                ContactMethod::Chat => lang.t1("support-received-chat", "reference", &reference),
                ContactMethod::Forum => lang.t1("support-received-forum", "reference", &reference),
            };
            session.set_flash(Flash::success(received))?;
            Ok(see_other(&format!(
                "{}/support",
                Area::of_path(req.path()).home_path()
            )))
        }
        Err(SupportError::Database(e)) => Err(e.into()),
        Err(SupportError::Compose(e)) => Err(AppError::Unexpected(anyhow::anyhow!(e))),
        Err(refused) => {
            form.error = Some(words::support_error(lang, &refused));
            form.description = fields
                .description
                .chars()
                .take(support::DESCRIPTION_MAX)
                .collect();
            form.contact = contact.map(|c| c.as_str().to_string()).unwrap_or_default();
            show(
                &req,
                &session,
                &pool,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(form),
            )
            .await
        }
    }
}

pub fn routes() -> actix_web::Scope {
    web::scope("/support")
        .route("", web::get().to(list))
        .service(
            form_resource("/new")
                .route(web::get().to(new_request))
                .route(web::post().to(submit)),
        )
}
