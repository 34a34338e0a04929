//! Rows and the queries that read and write them, one file per table family.

mod association;
mod import_run;
mod operator;
mod partner;
mod partner_facts;
mod password_link;
mod person;
mod stored;
mod subscription;
mod subscription_facts;
mod tenant;
mod usage;
mod user;

pub use association::{Association, AssociationEvent, NewAssociation, NewAssociationEvent};
pub use import_run::{ImportOutcome, ImportProgress, ImportRun, NewImportRun};
pub use operator::{NewOperator, Operator, OperatorEvent};
pub use partner::{NewPartner, Partner};
pub use partner_facts::{NewPartnerFacts, PartnerFacts};
pub use password_link::{NewPasswordLink, PasswordLink};
pub use stored::state;
pub use subscription::{NewSubscription, Product, Subscription};
pub use subscription_facts::{NewSubscriptionFacts, SubscriptionFacts};
pub use tenant::Tenant;
pub use usage::WorkloadUsage;
pub use user::{CustomerUser, NewCustomerUser, NewPartnerUser, PartnerUser};
