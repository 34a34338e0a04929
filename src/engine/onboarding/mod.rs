//! What operators make: tenants and their users. Each change, its line in the activity log and
//! any email it causes are written in one transaction.

mod error;
mod tenants;
mod users;

pub use error::OnboardingError;
pub use tenants::{create_tenant, tenant_detail, TenantDetail};
pub use users::{change_role, create_customer_user, deactivate_customer_user, NewUser};
