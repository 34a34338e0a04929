//! Rows and the queries that read and write them, one file per table family.

mod association;
mod partner;
mod stored;
mod subscription;
mod tenant;
mod usage;
mod user;

pub use association::{Association, AssociationEvent, NewAssociation, NewAssociationEvent};
pub use partner::{NewPartner, Partner};
pub use stored::state;
pub use subscription::{NewSubscription, Product, Subscription};
pub use tenant::Tenant;
pub use usage::WorkloadUsage;
pub use user::{CustomerUser, NewCustomerUser, NewPartnerUser, PartnerUser};
