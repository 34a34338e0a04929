//! What operators make: tenants, their users and subscriptions, partners' facts and users, and
//! other operators. Each change, its line in the activity log and
//! any email it causes are written in one transaction.

mod emails;
mod error;
mod operators;
mod partner_facts;
mod partners;
mod subscriptions;
mod tenants;
mod users;

pub use emails::resend_email;
pub use error::OnboardingError;
pub use operators::invite_operator;
pub use partner_facts::{
    change_partner_facts, partner_facts_on, partner_facts_value, record_partner_facts,
    PartnerFactsChange,
};
pub use partners::{create_partner_user, deactivate_partner_user, partner_detail, PartnerDetail};
pub use subscriptions::{
    add_subscription, change_facts, create_subscription, facts_value, record_facts, FactsChange,
    NewSubscriptionOrder,
};
pub use tenants::{add_tenant, create_tenant, tenant_detail, TenantDetail};
pub use users::{
    add_customer_user, change_role, create_customer_user, deactivate_customer_user, set_role,
    NewUser,
};
