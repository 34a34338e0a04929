//! The pages both customer portals share: the subscription list and each subscription's partner
//! of record (Check ID, OK, remove, history). A portal supplies its look through
//! [`CustomerPortal`]; every rule comes from the engine.

pub mod partner_of_record;
mod portal;
pub mod subscriptions;

use actix_web::web;

use crate::web::shared::form_resource;
pub use portal::{CustomerPortal, SubscriptionList};

/// The shared pages under a portal's scope: its home, `/subscriptions` and `/subscriptions/{id}/…`.
pub fn routes<P: CustomerPortal>(cfg: &mut web::ServiceConfig) {
    use partner_of_record::{check, confirm, show};
    cfg.route("", web::get().to(subscriptions::home::<P>))
        .route("/subscriptions", web::get().to(subscriptions::list::<P>))
        .service(
            web::scope("/subscriptions/{id}")
                .route("", web::get().to(show::<P>))
                .route("/check", web::get().to(check::<P>))
                // Resources, so that a GET to these addresses is answered 405, not 404.
                .service(form_resource("/partner").route(web::post().to(confirm::<P, false>)))
                .service(
                    form_resource("/partner/remove").route(web::post().to(confirm::<P, true>)),
                ),
        );
}
