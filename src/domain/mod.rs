//! Small types that parse input once; after that nobody checks the value again. The states a
//! row keeps in a text column are enums here, parsed where the row is read.

mod account;
mod email;
mod facts;
mod import;
mod lang;
mod mpn_id;
mod partner;
pub mod password;
mod portal;
mod role;
mod stored;
mod subscription;
mod tenant;
pub mod text;

pub use account::{AccountKind, LinkPurpose, NewPassword, NewPasswordError};
pub use email::{EmailAddress, EmailError};
pub use facts::{parse_effective_date, Agreement, FactsError, Seats};
pub use import::{ImportKind, ImportStatus};
pub use lang::Lang;
pub use mpn_id::{MpnId, MpnIdError};
pub use partner::{Enrollment, PartnerKind, PartnerStatus};
pub use portal::{Channel, Portal};
pub use role::Role;
pub use subscription::{Billing, EventAction, SubscriptionStatus};
pub use tenant::{NameProblem, PersonName, TenantDomain, TenantError, TenantName};

pub(crate) use stored::stored_as_text;
