//! Sign-in and sign-out for the three portals, and the guard that keeps each portal to its own
//! kind of user.

use actix_session::SessionExt;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{web, HttpMessage, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::models::{CustomerUser, Partner, PartnerUser, Tenant};
use crate::db::DbPool;
use crate::domain::{password, EmailAddress};
use crate::i18n::Lang;
use crate::web::language::{self, CookieSecurity};
use crate::web::layout::{Area, Layout, Viewer};
use crate::web::session::{SessionPolicy, SessionUser, TypedSession};
use crate::web::words;
use crate::web::{html, see_other, with_db, with_db_blocking, AppError};

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

const PASSWORD_MAX: usize = 1024;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    layout: Layout,
    email: String,
    email_error: Option<String>,
    password_error: Option<String>,
    form_error: Option<String>,
    notice: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    signed_out: Option<String>,
    expired: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn login_page(
    area: web::Data<Area>,
    session: TypedSession,
    query: web::Query<LoginQuery>,
) -> Result<HttpResponse, AppError> {
    let area = **area;
    let lang = session.lang();
    let notice = if query.signed_out.is_some() {
        Some(lang.t("signin-signed-out"))
    } else if query.expired.is_some() {
        Some(lang.t("signin-expired"))
    } else {
        None
    };
    let page = LoginPage {
        layout: Layout::with_form(area, &session, None)?,
        email: String::new(),
        email_error: None,
        password_error: None,
        form_error: None,
        notice,
    };
    html(StatusCode::OK, &page)
}

pub async fn sign_in(
    req: HttpRequest,
    area: web::Data<Area>,
    session: TypedSession,
    security: web::Data<CookieSecurity>,
    pool: web::Data<DbPool>,
    form: web::Form<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let area = **area;
    let lang = session.lang();
    let LoginForm { email, password } = form.into_inner();
    let email_result = EmailAddress::parse(&email);
    let password_error = if password.is_empty() {
        Some(lang.t("signin-password-empty"))
    } else if password.len() > PASSWORD_MAX {
        Some(lang.t1(
            "signin-password-too-long",
            "max",
            lang.number(PASSWORD_MAX as i64),
        ))
    } else {
        None
    };
    let rerender = |status, email_error, password_error, form_error| {
        let page = LoginPage {
            layout: Layout::with_form(area, &session, None)?,
            email: email.chars().take(EmailAddress::MAX_LEN).collect(),
            email_error,
            password_error,
            form_error,
            notice: None,
        };
        html(status, &page)
    };
    let address = match (email_result, password_error) {
        (Ok(address), None) => address,
        (email_result, password_error) => {
            let email_error = email_result.err().map(|e| words::email_error(lang, &e));
            return rerender(
                StatusCode::UNPROCESSABLE_ENTITY,
                email_error,
                password_error,
                None,
            );
        }
    };
    // A language picked on the sign-in page is kept on the account; without one, the account's
    // language comes back.
    let chosen = req
        .cookie(language::COOKIE)
        .and_then(|c| Lang::parse(c.value()));
    // Password checks take tens of milliseconds: never on a request thread.
    let account = with_db_blocking(&pool, move |conn| {
        let account = authenticate(conn, area, address.as_str(), &password)?;
        if let (Some((user, saved)), Some(chosen)) = (&account, chosen) {
            if saved.as_deref() != Some(chosen.code()) {
                language::save(conn, *user, chosen)?;
            }
        }
        Ok(account)
    })
    .await?;
    match account {
        Some((user, saved)) => {
            session.sign_in(user)?;
            let mut response = see_other(area.home_path());
            if let (None, Some(saved)) = (chosen, saved.as_deref().and_then(Lang::parse)) {
                response
                    .add_cookie(&language::cookie(saved, **security))
                    .map_err(|e| AppError::Unexpected(e.into()))?;
            }
            Ok(response)
        }
        None => rerender(
            StatusCode::UNAUTHORIZED,
            None,
            None,
            // One sentence for an unknown account and a wrong password alike.
            Some(lang.t("signin-incorrect")),
        ),
    }
}

/// The account behind an email and password, if both are right, for the portal's kind of user,
/// with the language saved on it.
fn authenticate(
    conn: &mut crate::db::DbConnection,
    area: Area,
    email: &str,
    given_password: &str,
) -> diesel::QueryResult<Option<(SessionUser, Option<String>)>> {
    let account = if area.for_customers() {
        CustomerUser::find_by_email(conn, email)?
            .map(|u| ((SessionUser::Customer(u.id), u.language), u.password_hash))
    } else {
        PartnerUser::find_by_email(conn, email)?
            .map(|u| ((SessionUser::Partner(u.id), u.language), u.password_hash))
    };
    Ok(match account {
        Some((user, hash)) if password::verify(given_password, &hash) => Some(user),
        Some(_) => None,
        None => {
            password::verify_against_nobody(given_password);
            None
        }
    })
}

pub async fn sign_out(
    area: web::Data<Area>,
    session: TypedSession,
) -> Result<HttpResponse, AppError> {
    session.purge();
    Ok(see_other(&format!("{}?signed_out=1", area.login_path())))
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
