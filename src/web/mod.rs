//! HTTP: routes, handlers by portal, sessions and errors. Handlers parse, call the engine or a
//! model inside `with_db`, then redirect or render.

pub mod auth;
mod chart;
pub mod csrf;
pub mod errors;
mod intune;
pub mod language;
pub mod layout;
mod office;
mod pages;
mod partner;
mod partner_of_record;
pub mod security;
pub mod session;
mod static_files;
mod support;
pub mod words;

pub use errors::AppError;

use crate::mail::MailWaker;

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::db::{DbConnection, DbPool};
use layout::Area;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(pages::landing))
        .service(
            crate::web::form_resource("/language")
                .route(web::get().to(language::choose))
                .route(web::post().to(language::choose_and_remember)),
        )
        .route("/healthz", web::get().to(pages::healthz))
        .route("/static/{file}", web::get().to(static_files::serve));
    for area in [Area::Office, Area::Intune, Area::Partner] {
        cfg.service(
            crate::web::form_resource(area.login_path())
                .app_data(web::Data::new(area))
                .route(web::get().to(auth::login_page))
                .route(web::post().to(auth::sign_in)),
        )
        .service(
            crate::web::form_resource(area.logout_path())
                .app_data(web::Data::new(area))
                .route(web::post().to(auth::sign_out)),
        );
    }
    cfg.service(office::routes())
        .service(intune::routes())
        .service(partner::routes());
}

/// A resource whose other methods get the 405 page rather than an empty answer.
pub fn form_resource(path: &str) -> actix_web::Resource {
    web::resource(path).default_service(web::to(errors::method_not_allowed))
}

/// Renders a page with a status; signed-in pages are never cached.
pub fn html(status: StatusCode, page: &impl Template) -> Result<HttpResponse, AppError> {
    let body = page
        .render()
        .map_err(|e| AppError::Unexpected(anyhow::anyhow!("template: {e}")))?;
    Ok(HttpResponse::build(status)
        .insert_header((header::CONTENT_TYPE, "text/html; charset=utf-8"))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}

/// The redirect after a POST (and to a sign-in page): the browser follows it with a GET.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

/// Quick database work for a page (see [`crate::db::run_quick`]).
pub async fn with_db<T, F>(pool: &web::Data<DbPool>, work: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
{
    crate::db::run_quick(pool, work).await
}

/// Database work that may wait or take long: changes, password checks, exports.
pub async fn with_db_blocking<T, F>(pool: &web::Data<DbPool>, work: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
{
    crate::db::run_blocking(pool, work).await
}

/// The form and query decoders get arbitrary input from anyone: none may panic.
#[cfg(test)]
mod decoder_fuzz {
    use super::{auth, csrf, intune, partner, partner_of_record};
    use proptest::prelude::*;

    fn decode_everything(body: &str) {
        let _ = serde_urlencoded::from_str::<auth::LoginForm>(body);
        let _ = serde_urlencoded::from_str::<partner_of_record::ConfirmForm>(body);
        if let Ok(query) = serde_urlencoded::from_str::<partner_of_record::CheckQuery>(body) {
            let _ = query.mpn_id();
        }
        let _ = serde_urlencoded::from_str::<intune::Selection>(body);
        if let Ok(params) = serde_urlencoded::from_str::<partner::ListParams>(body) {
            let _ = params.query();
        }
        let _ = url::form_urlencoded::parse(body.as_bytes()).find(|(name, _)| name == csrf::FIELD);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn arbitrary_text_never_panics(body in any::<String>()) {
            decode_everything(&body);
        }

        #[test]
        fn form_shaped_input_never_panics(
            pairs in proptest::collection::vec(
                ("(email|password|mpn_id|expected_partner|subscription|status|q|sort|dir|page|csrf_token)",
                 "(%[0-9A-Fa-f]{0,2}|[^&=]){0,40}"),
                0..8,
            )
        ) {
            let body = pairs
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("&");
            decode_everything(&body);
        }
    }
}
