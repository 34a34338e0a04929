//! Every request that changes something must carry the session's form token. Checked here, once,
//! for every route, so no form can forget it.

use actix_session::SessionExt;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::web;

use crate::web::shared::errors::AppError;
use crate::web::shared::session::TypedSession;

/// Forms here are a few fields; anything larger is refused before it is parsed.
pub const FORM_LIMIT: usize = 16 * 1024;

pub const FIELD: &str = "csrf_token";

pub async fn verify_csrf(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    let payload = req.extract::<web::Payload>().await?;
    let body = match payload.to_bytes_limited(FORM_LIMIT).await {
        Ok(body) => body?,
        Err(_) => {
            return Ok(req
                .error_response(AppError::PayloadTooLarge)
                .map_into_right_body())
        }
    };
    let session = TypedSession::from_session(req.get_session());
    let expected = session.existing_csrf_token()?;
    let given = url::form_urlencoded::parse(&body)
        .find(|(name, _)| name == FIELD)
        .map(|(_, value)| value.into_owned());
    let valid = matches!((&expected, &given),
        (Some(expected), Some(given)) if constant_time_eq::constant_time_eq(expected.as_bytes(), given.as_bytes()));
    if !valid {
        log::warn!(
            "refused {} {}: form token missing or wrong",
            req.method(),
            req.path()
        );
        return Ok(req
            .error_response(AppError::CsrfRejected)
            .map_into_right_body());
    }
    req.set_payload(actix_web::dev::Payload::from(body));
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}
