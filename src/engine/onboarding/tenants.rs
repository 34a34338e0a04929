//! Tenants: made by an operator, and read with their users and subscriptions.

use diesel::result::{DatabaseErrorKind, Error as DbError};
use diesel::QueryResult;

use crate::db::models::{CustomerUser, OperatorEvent, Tenant};
use crate::db::{write_transaction, DbConnection};
use crate::domain::{Portal, TenantDomain, TenantName};
use crate::engine::onboarding::error::OnboardingError;
use crate::engine::subscriptions::{subscriptions_for, SubscriptionView};

/// A new tenant, recorded in the activity log as made by `operator_id`.
pub fn create_tenant(
    conn: &mut DbConnection,
    operator_id: i32,
    name: &TenantName,
    domain: &TenantDomain,
) -> Result<i32, OnboardingError> {
    let created = write_transaction(conn, |conn| {
        add_tenant(conn, Some(operator_id), name, domain)
    });
    match created {
        // Two operators making the same domain at once: the database's unique index decided.
        Err(OnboardingError::Database(DbError::DatabaseError(
            DatabaseErrorKind::UniqueViolation,
            _,
        ))) => Err(OnboardingError::DomainTaken(domain.as_str().to_string())),
        other => other,
    }
}

/// [`create_tenant`] inside the caller's transaction; `by` is the operator, none for an import.
pub fn add_tenant(
    conn: &mut DbConnection,
    by: Option<i32>,
    name: &TenantName,
    domain: &TenantDomain,
) -> Result<i32, OnboardingError> {
    if Tenant::find_by_domain(conn, domain.as_str())?.is_some() {
        return Err(OnboardingError::DomainTaken(domain.as_str().to_string()));
    }
    let id = Tenant::create(conn, name.as_str(), domain.as_str())?;
    let label = Tenant::find(conn, id)?.ok_or(DbError::NotFound)?.label();
    OperatorEvent::record(conn, by, "tenant-created", &label, ("", ""))?;
    Ok(id)
}

/// A tenant as an operator sees it: its users and its subscriptions in both portals.
pub struct TenantDetail {
    pub tenant: Tenant,
    pub users: Vec<CustomerUser>,
    pub subscriptions: Vec<SubscriptionView>,
}

pub fn tenant_detail(conn: &mut DbConnection, id: i32) -> QueryResult<Option<TenantDetail>> {
    let Some(tenant) = Tenant::find(conn, id)? else {
        return Ok(None);
    };
    let users = CustomerUser::of_tenant(conn, id)?;
    let mut subscriptions = subscriptions_for(conn, id, Portal::Office)?;
    subscriptions.extend(subscriptions_for(conn, id, Portal::Intune)?);
    Ok(Some(TenantDetail {
        tenant,
        users,
        subscriptions,
    }))
}
