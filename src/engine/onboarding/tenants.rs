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
    let taken = || OnboardingError::DomainTaken(domain.as_str().to_string());
    let created = write_transaction(conn, |conn| {
        if Tenant::find_by_domain(conn, domain.as_str())?.is_some() {
            return Err(taken());
        }
        let id = Tenant::create(conn, name.as_str(), domain.as_str())?;
        let label = Tenant::find(conn, id)?.ok_or(DbError::NotFound)?.label();
        OperatorEvent::record(conn, Some(operator_id), "tenant-created", &label, ("", ""))?;
        Ok(id)
    });
    match created {
        // Two operators making the same domain at once: the database's unique index decided.
        Err(OnboardingError::Database(DbError::DatabaseError(
            DatabaseErrorKind::UniqueViolation,
            _,
        ))) => Err(taken()),
        other => other,
    }
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
