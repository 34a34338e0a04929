//! The operator area: the people who run the portal onboard tenants, their users and
//! subscriptions, partners and their users, see to emails that could not be delivered, and read
//! what every operator changed.

mod activity;
mod emails;
mod imports;
mod listing;
mod operators;
mod partners;
mod person;
mod subscription_list;
mod subscriptions;
mod tenants;
mod users;

use actix_web::{web, HttpResponse};

use crate::web::shared::identity::require_sign_in;
use crate::web::shared::{form_resource, see_other};

/// Rows a list page shows at once.
const PAGE_SIZE: i64 = 50;

async fn home() -> HttpResponse {
    see_other("/operator/tenants")
}

pub fn routes() -> impl actix_web::dev::HttpServiceFactory {
    web::scope("/operator")
        .wrap(actix_web::middleware::from_fn(require_sign_in))
        .route("", web::get().to(home))
        .route("/tenants", web::get().to(tenants::list))
        .service(
            form_resource("/tenants/new")
                .route(web::get().to(tenants::new_form))
                .route(web::post().to(tenants::create)),
        )
        .route("/tenants/{id}", web::get().to(tenants::show))
        .service(
            form_resource("/tenants/{id}/users/new")
                .route(web::get().to(users::new_form))
                .route(web::post().to(users::create)),
        )
        .service(
            form_resource("/tenants/{id}/subscriptions/new")
                .route(web::get().to(subscriptions::new_form))
                .route(web::post().to(subscriptions::create)),
        )
        .route("/subscriptions", web::get().to(subscription_list::list))
        .service(
            form_resource("/subscriptions/{id}")
                .route(web::get().to(subscriptions::show))
                .route(web::post().to(subscriptions::change)),
        )
        .service(
            form_resource("/tenants/{id}/users/{user}/role")
                .route(web::post().to(users::change_role)),
        )
        .service(
            form_resource("/tenants/{id}/users/{user}/deactivate")
                .route(web::post().to(users::deactivate)),
        )
        .route("/partners", web::get().to(partners::list))
        .service(
            form_resource("/partners/{id}")
                .route(web::get().to(partners::show))
                .route(web::post().to(partners::change)),
        )
        .service(
            form_resource("/partners/{id}/users/new")
                .route(web::get().to(partners::new_user_form))
                .route(web::post().to(partners::create_user)),
        )
        .service(
            form_resource("/partners/{id}/users/{user}/deactivate")
                .route(web::post().to(partners::deactivate_user)),
        )
        .route("/operators", web::get().to(operators::list))
        .service(
            form_resource("/operators/new")
                .route(web::get().to(operators::new_form))
                .route(web::post().to(operators::create)),
        )
        .service(
            form_resource("/imports")
                .route(web::get().to(imports::list))
                .route(web::post().to(imports::create)),
        )
        .route("/imports/{id}", web::get().to(imports::show))
        .route("/imports/{id}/progress", web::get().to(imports::progress))
        .route("/emails", web::get().to(emails::list))
        .service(form_resource("/emails/{id}/resend").route(web::post().to(emails::resend)))
        .route("/activity", web::get().to(activity::list))
}
