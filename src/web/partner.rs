//! The partner's association status pages: associations with this month's eligibility, one
//! association's twelve months, history, notifications and the CSV export.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse};
use askama::Template;
use chrono::NaiveDate;
use serde::Deserialize;

use crate::db::models::Partner;
use crate::db::DbPool;
use crate::engine::eligibility::Threshold;
use crate::engine::partner_status::{
    self, AssociationDetail, AssociationLine, AssociationQuery, Notification, PartnerEvent, SortBy,
    StatusFilter,
};
use crate::i18n::Lang;
use crate::web::auth::PartnerIdentity;
use crate::web::chart::Chart;
use crate::web::language;
use crate::web::layout::{Area, Layout};
use crate::web::session::{Flash, TypedSession};
use crate::web::{html, see_other, with_db, with_db_blocking, words, AppError};

const DETAIL_MONTHS: u32 = 12;
const LIST_LIMIT: i64 = 200;

fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// The partner and the IDs its users may see.
struct Scope {
    partner: Partner,
    locations: Vec<Partner>,
    ids: Vec<i32>,
}

async fn scope_of(pool: &web::Data<DbPool>, identity: &PartnerIdentity) -> Result<Scope, AppError> {
    let partner = identity.partner.clone();
    with_db(pool, move |conn| {
        let ids = partner_status::partner_scope(conn, &partner)?;
        let locations = if partner.is_global() {
            Partner::locations_of(conn, partner.id)?
        } else {
            Vec::new()
        };
        Ok(Scope {
            partner,
            locations,
            ids,
        })
    })
    .await
}

#[derive(Debug, Deserialize, Default)]
pub struct ListParams {
    status: Option<String>,
    q: Option<String>,
    sort: Option<String>,
    dir: Option<String>,
    page: Option<u32>,
}

impl ListParams {
    pub fn query(&self) -> AssociationQuery {
        AssociationQuery {
            status: match self.status.as_deref() {
                Some("eligible") => StatusFilter::Eligible,
                Some("not-eligible") => StatusFilter::NotEligible,
                Some("ended") => StatusFilter::Ended,
                _ => StatusFilter::All,
            },
            customer: self
                .q
                .as_deref()
                .map(|q| q.chars().take(100).collect::<String>())
                .filter(|q| !q.trim().is_empty()),
            sort: match self.sort.as_deref() {
                Some("customer") => SortBy::Customer,
                Some("product") => SortBy::Product,
                _ => SortBy::Since,
            },
            // Newest first unless asked otherwise; names A to Z unless asked otherwise.
            descending: match self.dir.as_deref() {
                Some("asc") => false,
                Some("desc") => true,
                _ => !matches!(self.sort.as_deref(), Some("customer") | Some("product")),
            },
            page: self.page.unwrap_or(1).clamp(1, 1_000_000) - 1,
            page_size: 0,
        }
    }
}

/// The filter as the page shows it and builds its links from.
pub struct ListView {
    pub status: &'static str,
    pub q: String,
    pub sort: &'static str,
    pub dir: &'static str,
    pub page: u32,
}

impl ListView {
    fn from(query: &AssociationQuery) -> Self {
        Self {
            status: match query.status {
                StatusFilter::All => "all",
                StatusFilter::Eligible => "eligible",
                StatusFilter::NotEligible => "not-eligible",
                StatusFilter::Ended => "ended",
            },
            q: query.customer.clone().unwrap_or_default(),
            sort: match query.sort {
                SortBy::Since => "since",
                SortBy::Customer => "customer",
                SortBy::Product => "product",
            },
            dir: if query.descending { "desc" } else { "asc" },
            page: query.page + 1,
        }
    }

    /// A link to this list with one thing changed; `page` goes back to 1 unless given.
    pub fn link(&self, sort: &str, dir: &str, page: u32) -> String {
        let mut url = url::form_urlencoded::Serializer::new(String::new());
        url.append_pair("status", self.status);
        if !self.q.is_empty() {
            url.append_pair("q", &self.q);
        }
        url.append_pair("sort", sort);
        url.append_pair("dir", dir);
        url.append_pair("page", &page.to_string());
        format!("/partner?{}", url.finish())
    }

    /// The link of a column heading: sorts by it, or turns the order round if it already does.
    pub fn sort_link(&self, column: &str) -> String {
        let dir = if self.sort == column && self.dir == "asc" {
            "desc"
        } else if self.sort == column {
            "asc"
        } else if column == "since" {
            "desc"
        } else {
            "asc"
        };
        self.link(column, dir, 1)
    }

    /// `aria-sort` for a column heading.
    pub fn aria_sort(&self, column: &str) -> &'static str {
        match (self.sort == column, self.dir) {
            (false, _) => "none",
            (true, "asc") => "ascending",
            (true, _) => "descending",
        }
    }
}

#[derive(Template)]
#[template(path = "partner/home.html")]
struct StatusPage {
    layout: Layout,
    partner: Partner,
    locations: Vec<Partner>,
    lines: Vec<AssociationLine>,
    has_next: bool,
    view: ListView,
    month: String,
    filter_error: Option<String>,
}

pub async fn status(
    session: TypedSession,
    identity: web::ReqData<PartnerIdentity>,
    pool: web::Data<DbPool>,
    threshold: web::Data<Threshold>,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let identity = identity.into_inner();
    let scope = scope_of(&pool, &identity).await?;
    let query = params.query();
    let filter_error = query
        .customer
        .as_deref()
        .is_some_and(|q| q.chars().any(char::is_control))
        .then(|| session.lang().t("filter-error-control"));
    let ids = scope.ids.clone();
    let threshold = **threshold;
    let list_query = query.clone();
    let page = if filter_error.is_some() {
        partner_status::AssociationPage {
            lines: Vec::new(),
            has_next: false,
        }
    } else {
        with_db(&pool, move |conn| {
            Ok(partner_status::list_associations(
                conn,
                &ids,
                &list_query,
                &threshold,
                today(),
            )?)
        })
        .await?
    };
    let status = if filter_error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let view = StatusPage {
        layout: Layout::new(Area::Partner, &session, Some(identity.viewer()))?.in_section("home"),
        partner: scope.partner,
        locations: scope.locations,
        lines: page.lines,
        has_next: page.has_next,
        view: ListView::from(&query),
        month: session.lang().month(today()),
        filter_error,
    };
    html(status, &view)
}

#[derive(Template)]
#[template(path = "partner/association.html")]
struct AssociationPage {
    layout: Layout,
    detail: AssociationDetail,
    chart: Chart,
}

pub async fn association(
    session: TypedSession,
    identity: web::ReqData<PartnerIdentity>,
    pool: web::Data<DbPool>,
    threshold: web::Data<Threshold>,
    association_id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let identity = identity.into_inner();
    let scope = scope_of(&pool, &identity).await?;
    let threshold = **threshold;
    let id = *association_id;
    let detail = with_db(&pool, move |conn| {
        partner_status::association_detail(
            conn,
            &scope.ids,
            id,
            &threshold,
            today(),
            DETAIL_MONTHS,
        )?
        .ok_or(AppError::NotFound)
    })
    .await?;
    let chart = Chart::new(
        session.lang(),
        &detail.months,
        &detail.workload_names,
        detail.users_needed,
    );
    let page = AssociationPage {
        layout: Layout::new(Area::Partner, &session, Some(identity.viewer()))?.in_section("home"),
        detail,
        chart,
    };
    html(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "partner/history.html")]
struct HistoryPage {
    layout: Layout,
    ended: Vec<AssociationLine>,
    events: Vec<PartnerEvent>,
}

pub async fn history(
    session: TypedSession,
    identity: web::ReqData<PartnerIdentity>,
    pool: web::Data<DbPool>,
    threshold: web::Data<Threshold>,
) -> Result<HttpResponse, AppError> {
    let identity = identity.into_inner();
    let scope = scope_of(&pool, &identity).await?;
    let threshold = **threshold;
    let (ended, events) = with_db(&pool, move |conn| {
        let ended_query = AssociationQuery {
            status: StatusFilter::Ended,
            descending: true,
            page_size: LIST_LIMIT,
            ..Default::default()
        };
        let ended =
            partner_status::list_associations(conn, &scope.ids, &ended_query, &threshold, today())?;
        let events = partner_status::partner_events(conn, &scope.ids, LIST_LIMIT)?;
        Ok((ended.lines, events))
    })
    .await?;
    let page = HistoryPage {
        layout: Layout::new(Area::Partner, &session, Some(identity.viewer()))?
            .in_section("history"),
        ended,
        events,
    };
    html(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "partner/notifications.html")]
struct NotificationsPage {
    layout: Layout,
    notifications: Vec<Notification>,
    /// The language the partner's emails are written in.
    email_language: Lang,
}

pub async fn notifications(
    session: TypedSession,
    identity: web::ReqData<PartnerIdentity>,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, AppError> {
    let identity = identity.into_inner();
    let scope = scope_of(&pool, &identity).await?;
    let notifications = with_db(&pool, move |conn| {
        Ok(partner_status::notifications(conn, &scope.ids, LIST_LIMIT)?)
    })
    .await?;
    let page = NotificationsPage {
        layout: Layout::new(Area::Partner, &session, Some(identity.viewer()))?
            .in_section("notifications"),
        notifications,
        email_language: identity.partner.email_language(),
    };
    html(StatusCode::OK, &page)
}

#[derive(Debug, Deserialize)]
pub struct EmailLanguageForm {
    #[serde(default)]
    lang: String,
}

/// The language of the emails the partner (this MPN ID) is sent when customers add or remove it.
pub async fn set_email_language(
    session: TypedSession,
    identity: web::ReqData<PartnerIdentity>,
    pool: web::Data<DbPool>,
    form: web::Form<EmailLanguageForm>,
) -> Result<HttpResponse, AppError> {
    let chosen = language::chosen(&form.lang)?;
    let partner_id = identity.partner.id;
    with_db(&pool, move |conn| {
        Ok(Partner::set_email_language(conn, partner_id, chosen)?)
    })
    .await?;
    let lang = session.lang();
    session.set_flash(Flash::success(lang.t1(
        "notifications-email-language-saved",
        "language",
        chosen.native_name(),
    )))?;
    Ok(see_other("/partner/notifications"))
}

/// Every association with this month's eligibility, as CSV, read a thousand at a time.
pub async fn export(
    lang: Lang,
    identity: web::ReqData<PartnerIdentity>,
    pool: web::Data<DbPool>,
    threshold: web::Data<Threshold>,
) -> Result<HttpResponse, AppError> {
    let identity = identity.into_inner();
    let scope = scope_of(&pool, &identity).await?;
    let threshold = **threshold;
    let mpn_id = scope.partner.mpn_id.clone();
    let body = with_db_blocking(&pool, move |conn| {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let csv_error = |e: csv::Error| AppError::Unexpected(e.into());
        writer
            .write_record([
                lang.t("email-partner-mpn"),
                lang.t("col-customer"),
                lang.t("csv-domain"),
                lang.t("col-subscription"),
                lang.t("csv-portal"),
                lang.t("col-seats"),
                lang.t("col-billing"),
                lang.t("col-since"),
                lang.t("col-ended"),
                lang.t("col-made-by"),
                lang.t("col-this-month"),
                lang.t("csv-reason"),
            ])
            .map_err(csv_error)?;
        let today = today();
        let mut query = AssociationQuery {
            sort: SortBy::Customer,
            page_size: 1000,
            ..Default::default()
        };
        loop {
            let page =
                partner_status::list_associations(conn, &scope.ids, &query, &threshold, today)?;
            for line in &page.lines {
                let eligible = line.this_month.eligible();
                writer
                    .write_record([
                        line.partner_mpn_id.as_str(),
                        &line.customer,
                        &line.domain,
                        &line.product,
                        &line.portal,
                        &line.seats.to_string(),
                        if line.paid { "paid" } else { "trial" },
                        &line.started_at.format("%Y-%m-%d").to_string(),
                        &line
                            .ended_at
                            .map(|e| e.format("%Y-%m-%d").to_string())
                            .unwrap_or_default(),
                        &lang.channel(line.channel),
                        if eligible { "eligible" } else { "not eligible" },
                        &if eligible {
                            String::new()
                        } else {
                            words::verdict(lang, &line.this_month)
                        },
                    ])
                    .map_err(csv_error)?;
            }
            if !page.has_next {
                break;
            }
            query.page += 1;
        }
        writer
            .into_inner()
            .map_err(|e| AppError::Unexpected(anyhow::anyhow!("csv: {e}")))
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"dpor-associations-{mpn_id}.csv\""),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}

pub fn routes() -> impl actix_web::dev::HttpServiceFactory {
    web::scope("/partner")
        .wrap(actix_web::middleware::from_fn(
            crate::web::auth::require_sign_in,
        ))
        .route("", web::get().to(status))
        .route("/associations/{id}", web::get().to(association))
        .route("/history", web::get().to(history))
        .route("/notifications", web::get().to(notifications))
        .route("/export.csv", web::get().to(export))
        .service(
            crate::web::form_resource("/email-language").route(web::post().to(set_email_language)),
        )
        .route("/help", web::get().to(crate::web::pages::help))
        .service(crate::web::support::routes())
}
