//! Small types that parse input once; after that nobody checks the value again.

mod email;
mod mpn_id;
pub mod password;
mod product;
mod role;

pub use email::{EmailAddress, EmailError};
pub use mpn_id::{MpnId, MpnIdError};
pub use product::{Channel, Portal};
pub use role::Role;
