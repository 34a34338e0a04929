//! HTTP: one folder per area (`office`, `intune`, `partner`, `operator`), the pages both customer portals
//! share (`customer`), and what every area shares (`shared`). Handlers parse, call the engine or
//! a model inside `with_db`, then redirect or render.

pub mod customer;
pub mod intune;
pub mod office;
pub mod operator;
pub mod partner;
pub mod shared;

use actix_web::web;

use shared::layout::Area;
use shared::{forgot, form_resource, pages, password, picker, sign_in, static_files};

/// Every address of the portal.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(pages::landing))
        .service(
            form_resource("/language")
                .route(web::get().to(picker::choose))
                .route(web::post().to(picker::choose_and_remember)),
        )
        .route("/healthz", web::get().to(pages::healthz))
        .service(
            form_resource("/password/{token}")
                .route(web::get().to(password::show))
                .route(web::post().to(password::set)),
        )
        .route("/static/{file}", web::get().to(static_files::serve));
    for area in [Area::Office, Area::Intune, Area::Partner, Area::Operator] {
        cfg.service(
            form_resource(area.login_path())
                .app_data(web::Data::new(area))
                .route(web::get().to(sign_in::login_page))
                .route(web::post().to(sign_in::sign_in)),
        )
        .service(
            form_resource(area.forgot_path())
                .app_data(web::Data::new(area))
                .route(web::get().to(forgot::page))
                .route(web::post().to(forgot::send_link)),
        )
        .service(
            form_resource(area.logout_path())
                .app_data(web::Data::new(area))
                .route(web::post().to(sign_in::sign_out)),
        );
    }
    cfg.service(office::routes())
        .service(intune::routes())
        .service(partner::routes())
        .service(operator::routes());
}

/// The form and query decoders get arbitrary input from anyone: none may panic.
#[cfg(test)]
mod decoder_fuzz {
    use super::customer::partner_of_record;
    use super::intune;
    use super::partner::status;
    use super::shared::{csrf, sign_in};
    use proptest::prelude::*;

    fn decode_everything(body: &str) {
        let _ = serde_urlencoded::from_str::<sign_in::LoginForm>(body);
        let _ = serde_urlencoded::from_str::<partner_of_record::ConfirmForm>(body);
        if let Ok(query) = serde_urlencoded::from_str::<partner_of_record::CheckQuery>(body) {
            let _ = query.mpn_id();
        }
        let _ = serde_urlencoded::from_str::<intune::Selection>(body);
        if let Ok(params) = serde_urlencoded::from_str::<status::ListParams>(body) {
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
