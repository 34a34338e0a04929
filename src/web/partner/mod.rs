//! The partner portal: the association status page, one association's months, history,
//! notifications, the CSV export, Support and Help.

mod association;
mod chart;
mod export;
mod history;
mod notifications;
mod scope;
pub mod status;

use actix_web::web;
use askama::Template;

use crate::web::shared::identity::require_sign_in;
use crate::web::shared::pages::{self, FixedPage};
use crate::web::shared::{form_resource, support, Area, Layout};

/// The most rows the history and notification pages show.
const LIST_LIMIT: i64 = 200;

/// The partner's side of the partner of record, in our own words.
#[derive(Template)]
#[template(path = "partner/help.html")]
struct HelpPage {
    layout: Layout,
}

impl FixedPage for HelpPage {
    const AREA: Area = Area::Partner;
    const SECTION: &'static str = "help";

    fn with(layout: Layout) -> Self {
        Self { layout }
    }
}

pub fn routes() -> impl actix_web::dev::HttpServiceFactory {
    web::scope("/partner")
        .wrap(actix_web::middleware::from_fn(require_sign_in))
        .route("", web::get().to(status::status))
        .route(
            "/associations/{id}",
            web::get().to(association::association),
        )
        .route("/history", web::get().to(history::history))
        .route(
            "/notifications",
            web::get().to(notifications::notifications),
        )
        .route("/export.csv", web::get().to(export::export))
        .service(
            form_resource("/email-language")
                .route(web::post().to(notifications::set_email_language)),
        )
        .route("/help", web::get().to(pages::fixed::<HelpPage>))
        .service(support::routes())
}
