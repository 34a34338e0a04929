//! Who is signed in to a portal: the guard that lets a request into a portal only with a
//! signed-in user of that portal's kind, and hands the handlers who it is.

use actix_session::SessionExt;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{web, HttpMessage, HttpRequest};

use crate::config::SessionPolicy;
use crate::db::models::{CustomerUser, Partner, PartnerUser, Tenant};
use crate::db::DbPool;
use crate::web::shared::errors::AppError;
use crate::web::shared::language;
use crate::web::shared::layout::{Area, Viewer};
use crate::web::shared::respond::{see_other, with_db};
use crate::web::shared::session::{SessionUser, TypedSession};

/// A customer user signed in to the Office or Intune portal, with their tenant.
#[derive(Debug, Clone)]
pub struct CustomerIdentity {
    pub user: CustomerUser,
    pub tenant: Tenant,
}

impl CustomerIdentity {
    /// "Contoso (contoso.example)".
    pub fn tenant_label(&self) -> String {
        format!("{} ({})", self.tenant.name, self.tenant.domain)
    }

    pub fn viewer(&self) -> Viewer {
        Viewer {
            name: self.user.display_name.clone(),
            email: self.user.email.clone(),
            organisation: self.tenant.name.clone(),
        }
    }
}

/// A partner user signed in to the partner portal, with their partner (MPN ID).
#[derive(Debug, Clone)]
pub struct PartnerIdentity {
    pub user: PartnerUser,
    pub partner: Partner,
}

impl PartnerIdentity {
    pub fn viewer(&self) -> Viewer {
        Viewer {
            name: self.user.display_name.clone(),
            email: self.user.email.clone(),
            organisation: self.partner.name.clone(),
        }
    }
}

/// Who is signed in to this request's portal, as the page header shows them.
pub fn viewer(req: &HttpRequest) -> Option<Viewer> {
    let extensions = req.extensions();
    extensions
        .get::<CustomerIdentity>()
        .map(CustomerIdentity::viewer)
        .or_else(|| {
            extensions
                .get::<PartnerIdentity>()
                .map(PartnerIdentity::viewer)
        })
}

/// Lets a request into a portal only with a signed-in user of that portal's kind, and hands the
/// handlers who it is (`web::ReqData<CustomerIdentity>` or `<PartnerIdentity>`).
pub async fn require_sign_in(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let area = Area::of_path(req.path());
    let session = TypedSession::from_session(req.get_session());
    let Some(signed_in) = session.user()? else {
        let to_login = see_other(area.login_path());
        return Ok(req.into_response(to_login).map_into_right_body());
    };
    let policy = req
        .app_data::<web::Data<SessionPolicy>>()
        .map(|p| ***p)
        .unwrap_or_default();
    if !session.still_valid(&policy)? {
        session.purge();
        let to_login = see_other(&format!("{}?expired=1", area.login_path()));
        return Ok(req.into_response(to_login).map_into_right_body());
    }
    let pool = req
        .app_data::<web::Data<DbPool>>()
        .cloned()
        .ok_or_else(|| AppError::Unexpected(anyhow::anyhow!("no database pool")))?;
    match (area.for_customers(), signed_in) {
        (true, SessionUser::Customer(id)) => {
            let found = with_db(&pool, move |conn| {
                Ok(CustomerUser::find_with_tenant(conn, id)?)
            })
            .await?;
            match found {
                Some((user, tenant)) => {
                    req.extensions_mut()
                        .insert(CustomerIdentity { user, tenant });
                }
                None => return Ok(account_gone(req, &session, area)),
            }
        }
        (false, SessionUser::Partner(id)) => {
            let found = with_db(&pool, move |conn| {
                Ok(PartnerUser::find_with_partner(conn, id)?)
            })
            .await?;
            match found {
                Some((user, partner)) => {
                    req.extensions_mut()
                        .insert(PartnerIdentity { user, partner });
                }
                None => return Ok(account_gone(req, &session, area)),
            }
        }
        (for_customers, _) => {
            let lang = language::of_request(req.request());
            let why = if for_customers {
                lang.t1("auth-wrong-portal-customers", "portal", area.title(lang))
            } else {
                lang.t1("auth-wrong-portal-partners", "portal", area.title(lang))
            };
            let error = AppError::Forbidden(why);
            return Ok(req.error_response(error).map_into_right_body());
        }
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}

/// The account was deleted while signed in: end the session and ask to sign in again.
fn account_gone<B>(
    req: ServiceRequest,
    session: &TypedSession,
    area: Area,
) -> ServiceResponse<EitherBody<B>> {
    session.purge();
    req.into_response(see_other(area.login_path()))
        .map_into_right_body()
}
