//! A tenant's users: made with an invitation (a link to set their password, by email), given
//! another role, deactivated. Their history stays.

use diesel::result::{DatabaseErrorKind, Error as DbError};

use crate::db::models::{CustomerUser, NewCustomerUser, OperatorEvent, Tenant};
use crate::db::{now, write_transaction, DbConnection};
use crate::domain::{AccountKind, EmailAddress, Lang, LinkPurpose, PersonName, Role};
use crate::engine::accounts::issue_link;
use crate::engine::onboarding::error::OnboardingError;
use crate::mail::{self, PasswordEmail};

/// A user an operator adds to a tenant.
pub struct NewUser<'a> {
    pub name: &'a PersonName,
    pub email: &'a EmailAddress,
    pub role: Role,
    /// The language of the invitation email.
    pub lang: Lang,
    /// The portal's public address, which the link starts with.
    pub public_url: &'a str,
}

/// "Megan Bowen <admin@contoso.example>", as the activity log names a user.
fn label(user: &CustomerUser) -> String {
    format!("{} <{}>", user.display_name, user.email)
}

/// Adds a user with no password to a tenant and writes their invitation to the outbox, in one
/// transaction: the user exists exactly when their invitation is on its way.
pub fn create_customer_user(
    conn: &mut DbConnection,
    operator_id: i32,
    tenant_id: i32,
    new: &NewUser,
) -> Result<i32, OnboardingError> {
    let created = write_transaction(conn, |conn| {
        add_customer_user(conn, Some(operator_id), tenant_id, new)
    });
    match created {
        // Two operators adding the same address at once: the unique index decided.
        Err(OnboardingError::Database(DbError::DatabaseError(
            DatabaseErrorKind::UniqueViolation,
            _,
        ))) => Err(OnboardingError::EmailTaken(new.email.as_str().to_string())),
        other => other,
    }
}

/// [`create_customer_user`] inside the caller's transaction; `by` is the operator, none for an
/// import.
pub fn add_customer_user(
    conn: &mut DbConnection,
    by: Option<i32>,
    tenant_id: i32,
    new: &NewUser,
) -> Result<i32, OnboardingError> {
    let tenant = Tenant::find(conn, tenant_id)?.ok_or(OnboardingError::NotFound)?;
    if CustomerUser::find_by_email(conn, new.email.as_str())?.is_some() {
        return Err(OnboardingError::EmailTaken(new.email.as_str().to_string()));
    }
    let id = CustomerUser::create(
        conn,
        NewCustomerUser {
            tenant_id,
            email: new.email.as_str(),
            display_name: new.name.as_str(),
            role: new.role,
            password_hash: None,
            created_at: now(),
        },
    )?;
    let link = issue_link(conn, AccountKind::Customer, id, LinkPurpose::Invitation)?;
    let message = mail::compose_password_link(&PasswordEmail {
        purpose: LinkPurpose::Invitation,
        lang: new.lang,
        name: new.name.as_str(),
        email: new.email.as_str(),
        organisation: &tenant.name,
        kind: AccountKind::Customer,
        url: &link.url(new.public_url),
        expires_at: link.expires_at,
    })
    .map_err(|e| OnboardingError::Compose(e.to_string()))?;
    mail::enqueue(conn, &message)?;
    let user = CustomerUser::find(conn, id)?.ok_or(DbError::NotFound)?;
    let subject = format!("{}, {}", label(&user), tenant.label());
    let role = ("", new.role.as_str());
    OperatorEvent::record(conn, by, "user-created", &subject, role)?;
    Ok(id)
}

/// The user of `tenant_id` with `user_id`; another tenant's is not found.
fn user_of(
    conn: &mut DbConnection,
    tenant_id: i32,
    user_id: i32,
) -> Result<CustomerUser, OnboardingError> {
    CustomerUser::find(conn, user_id)?
        .filter(|u| u.tenant_id == tenant_id)
        .ok_or(OnboardingError::NotFound)
}

/// Gives a user another role; the same role again changes and records nothing.
pub fn change_role(
    conn: &mut DbConnection,
    operator_id: i32,
    (tenant_id, user_id): (i32, i32),
    role: Role,
) -> Result<bool, OnboardingError> {
    write_transaction(conn, |conn| {
        let user = user_of(conn, tenant_id, user_id)?;
        set_role(conn, Some(operator_id), &user, role)
    })
}

/// [`change_role`] of a user already read, inside the caller's transaction; `by` is the
/// operator, none for an import.
pub fn set_role(
    conn: &mut DbConnection,
    by: Option<i32>,
    user: &CustomerUser,
    role: Role,
) -> Result<bool, OnboardingError> {
    if user.role == role {
        return Ok(false);
    }
    CustomerUser::set_role(conn, user.id, role)?;
    let change = (user.role.as_str(), role.as_str());
    OperatorEvent::record(conn, by, "role-changed", &label(user), change)?;
    Ok(true)
}

/// Deactivates a user: they cannot sign in, and their sessions end at their next request.
pub fn deactivate_customer_user(
    conn: &mut DbConnection,
    operator_id: i32,
    (tenant_id, user_id): (i32, i32),
) -> Result<bool, OnboardingError> {
    write_transaction(conn, |conn| {
        let user = user_of(conn, tenant_id, user_id)?;
        if user.deactivated_at.is_some() {
            return Ok(false);
        }
        CustomerUser::deactivate(conn, user_id)?;
        OperatorEvent::record(
            conn,
            Some(operator_id),
            "user-deactivated",
            &label(&user),
            ("", ""),
        )?;
        Ok(true)
    })
}
