//! A subscription's details page with its partner of record, in both customer portals: show it,
//! Check ID, confirm with OK, remove, and the history. Every rule comes from the engine.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::DbPool;
use crate::domain::text;
use crate::domain::{Lang, MpnId, MpnIdError, Portal};
use crate::engine::{
    self, Change, ChangeError, ChangeRequest, CheckOutcome, HistoryPage, PartnerSummary,
    SubscriptionView,
};
use crate::mail::MailWaker;
use crate::web::customer::portal::CustomerPortal;
use crate::web::shared::{
    html, see_other, with_db, with_db_blocking, words, AppError, CustomerIdentity, Flash, Layout,
    TypedSession,
};

/// The longest MPN ID field value looked at; longer input is refused with the format message.
const MPN_FIELD_MAX: usize = 64;

/// Where the section is on its page, and what the page asks next.
pub enum Stage {
    /// The MPN ID field and Check ID (or, for users who cannot change it, read-only).
    Edit,
    /// Check ID found a partner that can be attached: OK or Cancel.
    ConfirmAdd {
        partner: PartnerSummary,
        replaces: Option<PartnerSummary>,
        already: bool,
    },
    /// Check ID with the field emptied: remove the current partner? OK or Cancel.
    ConfirmRemove { partner: PartnerSummary },
}

pub struct PartnerOfRecordPage {
    pub portal: Portal,
    /// The portal's links before the subscription's name.
    pub breadcrumb: &'static [(&'static str, &'static str)],
    pub view: SubscriptionView,
    pub tenant_name: String,
    pub can_manage: bool,
    /// What the MPN ID field shows.
    pub mpn_input: String,
    pub field_error: Option<String>,
    /// A refusal at OK time, shown above the section.
    pub alert: Option<String>,
    pub stage: Stage,
    pub history: HistoryPage,
}

impl PartnerOfRecordPage {
    pub fn base_path(&self) -> String {
        format!(
            "/{}/subscriptions/{}",
            self.portal.as_str(),
            self.view.subscription.id
        )
    }

    /// The partner of record the customer is looking at, as the OK form carries it back.
    pub fn expected_partner(&self) -> String {
        self.view
            .partner
            .as_ref()
            .map(|p| p.id.to_string())
            .unwrap_or_default()
    }

    /// A page of the History section.
    pub fn history_link(&self, page: u32) -> String {
        format!("{}?history={page}#history-heading", self.base_path())
    }

    pub fn read_only_sentence(&self, lang: &Lang) -> String {
        words::read_only(*lang, &self.tenant_name)
    }
}

#[derive(Template)]
#[template(path = "customer/subscription.html")]
struct DetailsPage {
    layout: Layout,
    p: PartnerOfRecordPage,
}

fn render(status: StatusCode, (layout, p): Loaded) -> Result<HttpResponse, AppError> {
    html(status, &DetailsPage { layout, p })
}

type Loaded = (Layout, PartnerOfRecordPage);

/// Loads what the page shows; 404 when the subscription is not this tenant's in this portal.
async fn load_page<P: CustomerPortal>(
    pool: &web::Data<DbPool>,
    session: &TypedSession,
    identity: &CustomerIdentity,
    subscription_id: i32,
    history_page: u32,
) -> Result<Loaded, AppError> {
    let portal = P::PORTAL;
    let tenant_id = identity.tenant.id;
    let (view, history) = with_db(pool, move |conn| {
        let view = engine::subscription_for(conn, tenant_id, portal, subscription_id)?
            .ok_or(AppError::NotFound)?;
        let history = engine::history_for(conn, subscription_id, history_page)?;
        Ok((view, history))
    })
    .await?;
    let layout =
        Layout::new(P::AREA, session, Some(identity.viewer()))?.in_section("subscriptions");
    let page = PartnerOfRecordPage {
        portal,
        breadcrumb: P::BREADCRUMB,
        mpn_input: view
            .partner
            .as_ref()
            .map(|p| p.mpn_id.clone())
            .unwrap_or_default(),
        view,
        tenant_name: identity.tenant.name.clone(),
        can_manage: identity.user.role.can_manage_partner(),
        field_error: None,
        alert: None,
        stage: Stage::Edit,
        history,
    };
    Ok((layout, page))
}

pub async fn show<P: CustomerPortal>(
    session: TypedSession,
    identity: web::ReqData<CustomerIdentity>,
    pool: web::Data<DbPool>,
    subscription_id: web::Path<i32>,
    query: web::Query<DetailsQuery>,
) -> Result<HttpResponse, AppError> {
    let history_page = query
        .history
        .as_deref()
        .and_then(|p| p.parse().ok())
        .unwrap_or(1);
    let loaded = load_page::<P>(&pool, &session, &identity, *subscription_id, history_page).await?;
    render(StatusCode::OK, loaded)
}

/// The details page's address: which page of its History section (from 1).
#[derive(Debug, Deserialize)]
pub struct DetailsQuery {
    history: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct CheckQuery {
    #[serde(default)]
    mpn_id: String,
}

impl CheckQuery {
    /// The MPN ID as typed, parsed.
    pub fn mpn_id(&self) -> Result<MpnId, MpnIdError> {
        MpnId::parse(&self.mpn_id)
    }
}

/// Check ID: looks the ID up and asks for OK, or says next to the field why it cannot be used.
pub async fn check<P: CustomerPortal>(
    session: TypedSession,
    identity: web::ReqData<CustomerIdentity>,
    pool: web::Data<DbPool>,
    subscription_id: web::Path<i32>,
    query: web::Query<CheckQuery>,
) -> Result<HttpResponse, AppError> {
    let (layout, mut page) =
        load_page::<P>(&pool, &session, &identity, *subscription_id, 1).await?;
    let lang = layout.lang;
    if !page.can_manage {
        return Err(AppError::Forbidden(words::read_only(
            lang,
            &page.tenant_name,
        )));
    }
    let typed: String = text::echo(&query.mpn_id, MPN_FIELD_MAX);
    page.mpn_input = typed.trim().to_string();
    if typed.trim().is_empty() {
        return match page.view.partner.clone() {
            Some(partner) => {
                page.stage = Stage::ConfirmRemove { partner };
                render(StatusCode::OK, (layout, page))
            }
            None => {
                page.field_error = Some(words::mpn_error(lang, &MpnIdError::Empty));
                render(StatusCode::UNPROCESSABLE_ENTITY, (layout, page))
            }
        };
    }
    let mpn_id = match query.mpn_id() {
        Ok(id) => id,
        Err(e) => {
            page.mpn_input = typed;
            page.field_error = Some(words::mpn_error(lang, &e));
            return render(StatusCode::UNPROCESSABLE_ENTITY, (layout, page));
        }
    };
    let outcome = with_db(&pool, move |conn| Ok(engine::check_id(conn, &mpn_id)?)).await?;
    match outcome {
        CheckOutcome::Attachable(partner) => {
            let current = page.view.partner.clone();
            let already = current.as_ref().is_some_and(|c| c.id == partner.id);
            page.stage = Stage::ConfirmAdd {
                partner,
                replaces: current.filter(|_| !already),
                already,
            };
            render(StatusCode::OK, (layout, page))
        }
        refused => {
            page.field_error = Some(words::check_outcome(lang, &refused));
            render(StatusCode::UNPROCESSABLE_ENTITY, (layout, page))
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    mpn_id: String,
    /// The partner of record shown on the confirmation, by id; empty for none.
    #[serde(default)]
    expected_partner: String,
}

/// OK: after Check ID found a partner (`…/partner`), or, with `REMOVE`, after Check ID with the
/// field emptied (`…/partner/remove`). A change → a confirmation on the details page (303); a
/// refusal → the page again with its sentence and a 4xx.
pub async fn confirm<P: CustomerPortal, const REMOVE: bool>(
    session: TypedSession,
    identity: web::ReqData<CustomerIdentity>,
    pool: web::Data<DbPool>,
    waker: web::Data<MailWaker>,
    subscription_id: web::Path<i32>,
    form: web::Form<ConfirmForm>,
) -> Result<HttpResponse, AppError> {
    let subscription_id = *subscription_id;
    let mpn_id = match MpnId::parse(&form.mpn_id) {
        _ if REMOVE => None,
        Ok(id) => Some(id),
        Err(e) => {
            let (layout, mut page) =
                load_page::<P>(&pool, &session, &identity, subscription_id, 1).await?;
            page.mpn_input = text::echo(&form.mpn_id, MPN_FIELD_MAX);
            page.field_error = Some(words::mpn_error(layout.lang, &e));
            return render(StatusCode::UNPROCESSABLE_ENTITY, (layout, page));
        }
    };
    let request = change_request(
        P::PORTAL,
        &identity,
        subscription_id,
        &form.expected_partner,
    )?;
    // A change may queue for the database's write lock: off the request threads.
    let outcome = with_db_blocking(&pool, move |conn| {
        Ok(match mpn_id {
            Some(mpn_id) => engine::associate(conn, &request, &mpn_id),
            None => engine::remove(conn, &request),
        })
    })
    .await?;
    let details = format!("/{}/subscriptions/{subscription_id}", P::PORTAL.as_str());
    let lang = session.lang();
    let error = match outcome {
        Ok(changed) => {
            let sentence = words::changed(lang, &changed);
            let flash = if matches!(changed.change, Change::Unchanged(_)) {
                Flash::info(sentence)
            } else {
                waker.wake();
                Flash::success(sentence)
            };
            session.set_flash(flash)?;
            return Ok(see_other(&details));
        }
        Err(error) => error,
    };
    let error = match error {
        ChangeError::Database(e) => return Err(e.into()),
        other => other,
    };
    let status = match &error {
        ChangeError::SubscriptionNotFound => return Err(AppError::NotFound),
        ChangeError::Forbidden { .. } => {
            return Err(AppError::Forbidden(words::change_error(lang, &error)))
        }
        ChangeError::Compose(_) | ChangeError::Database(_) => {
            return Err(AppError::Unexpected(anyhow::anyhow!("{error}")))
        }
        ChangeError::Conflict { .. }
        | ChangeError::NothingToRemove
        | ChangeError::SubscriptionNotActive { .. } => StatusCode::CONFLICT,
        ChangeError::PartnerRefused(_) => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let (layout, mut page) = load_page::<P>(&pool, &session, &identity, subscription_id, 1).await?;
    page.alert = Some(words::change_error(lang, &error));
    render(status, (layout, page))
}

fn change_request(
    portal: Portal,
    identity: &CustomerIdentity,
    subscription_id: i32,
    expected_partner: &str,
) -> Result<ChangeRequest, AppError> {
    let expected_partner_id = match expected_partner.trim() {
        "" => None,
        id => Some(
            id.parse()
                .map_err(|_| AppError::BadRequest(format!("expected_partner `{id}`")))?,
        ),
    };
    Ok(ChangeRequest {
        actor_user_id: identity.user.id,
        subscription_id,
        portal,
        expected_partner_id,
    })
}
