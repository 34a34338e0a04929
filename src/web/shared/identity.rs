//! Who is signed in to a portal: the guard that lets a request into a portal only with a
//! signed-in user of that portal's kind, and hands the handlers who it is.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{web, HttpMessage, HttpRequest};

use crate::config::SessionPolicy;
use crate::db::models::{CustomerUser, Operator, Partner, PartnerUser, Tenant};
use crate::db::DbPool;
use crate::domain::AccountKind;
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

/// Someone who runs the portal, signed in to the operator area.
#[derive(Debug, Clone)]
pub struct OperatorIdentity {
    pub operator: Operator,
}

impl OperatorIdentity {
    pub fn viewer(&self) -> Viewer {
        Viewer {
            name: self.operator.display_name.clone(),
            email: self.operator.email.clone(),
            organisation: "DPOR Portal".to_string(),
        }
    }
}

/// The signed-in account the guard found.
enum Found {
    Customer(CustomerIdentity),
    Partner(PartnerIdentity),
    Operator(OperatorIdentity),
}

impl Found {
    /// Puts the identity where the handlers' `web::ReqData` finds it.
    fn hand_to(self, req: &ServiceRequest) {
        let mut extensions = req.extensions_mut();
        match self {
            Self::Customer(identity) => extensions.insert(identity).map(drop),
            Self::Partner(identity) => extensions.insert(identity).map(drop),
            Self::Operator(identity) => extensions.insert(identity).map(drop),
        };
    }

    fn password_changed_at(&self) -> Option<chrono::NaiveDateTime> {
        match self {
            Self::Customer(i) => i.user.password_changed_at,
            Self::Partner(i) => i.user.password_changed_at,
            Self::Operator(i) => i.operator.password_changed_at,
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
        .or_else(|| {
            extensions
                .get::<OperatorIdentity>()
                .map(OperatorIdentity::viewer)
        })
}

/// Lets a request into a portal only with a signed-in user of that portal's kind, and hands the
/// handlers who it is (`web::ReqData<CustomerIdentity>` or `<PartnerIdentity>`).
pub async fn require_sign_in(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let area = Area::of_path(req.path());
    let session = TypedSession::of_service_request(&req);
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
    let found = match (area.account_kind(), signed_in) {
        (Some(AccountKind::Customer), SessionUser::Customer(id)) => {
            let found = with_db(&pool, move |conn| {
                Ok(CustomerUser::find_with_tenant(conn, id)?)
            })
            .await?;
            found
                .filter(|(user, _)| user.deactivated_at.is_none())
                .map(|(user, tenant)| Found::Customer(CustomerIdentity { user, tenant }))
        }
        (Some(AccountKind::Partner), SessionUser::Partner(id)) => {
            let found = with_db(&pool, move |conn| {
                Ok(PartnerUser::find_with_partner(conn, id)?)
            })
            .await?;
            found
                .filter(|(user, _)| user.deactivated_at.is_none())
                .map(|(user, partner)| Found::Partner(PartnerIdentity { user, partner }))
        }
        (Some(AccountKind::Operator), SessionUser::Operator(id)) => {
            let found = with_db(&pool, move |conn| Ok(Operator::find(conn, id)?)).await?;
            found.map(|operator| Found::Operator(OperatorIdentity { operator }))
        }
        (kind, _) => {
            let lang = language::of_request(req.request());
            let key = match kind {
                Some(AccountKind::Partner) => "auth-wrong-portal-partners",
                Some(AccountKind::Operator) => "auth-wrong-portal-operators",
                _ => "auth-wrong-portal-customers",
            };
            let error = AppError::Forbidden(lang.t1(key, "portal", area.title(lang)));
            return Ok(req.error_response(error).map_into_right_body());
        }
    };
    // Deleted or deactivated since signing in: the session ends here.
    let Some(found) = found else {
        return Ok(account_gone(req, &session, area));
    };
    if session.predates(found.password_changed_at())? {
        // The password was changed since: a copied or forgotten session ends here.
        session.purge();
        let to_login = see_other(&format!("{}?expired=1", area.login_path()));
        return Ok(req.into_response(to_login).map_into_right_body());
    }
    found.hand_to(&req);
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
