//! The partner's association status page: every association with this month's eligibility,
//! filtered, sorted and a page at a time.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::models::Partner;
use crate::db::DbPool;
use crate::domain::text;
use crate::engine::partner::{self, AssociationLine, AssociationQuery, SortBy, StatusFilter};
use crate::engine::Threshold;
use crate::web::partner::scope::{today, Scope};
use crate::web::shared::{html, with_db, AppError, Area, Layout, TypedSession};

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
    scope: Scope,
    pool: web::Data<DbPool>,
    threshold: web::Data<Threshold>,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let query = params.query();
    let filter_error = query
        .customer
        .as_deref()
        .is_some_and(|q| q.chars().any(text::is_hidden))
        .then(|| session.lang().t("filter-error-control"));
    let ids = scope.ids.clone();
    let threshold = **threshold;
    let list_query = query.clone();
    let page = if filter_error.is_some() {
        partner::AssociationPage {
            lines: Vec::new(),
            has_next: false,
        }
    } else {
        with_db(&pool, move |conn| {
            Ok(partner::list_associations(
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
        layout: Layout::new(Area::Partner, &session, Some(scope.identity.viewer()))?
            .in_section("home"),
        partner: scope.partner().clone(),
        locations: scope.locations,
        lines: page.lines,
        has_next: page.has_next,
        view: ListView::from(&query),
        month: session.lang().month(today()),
        filter_error,
    };
    html(status, &view)
}
