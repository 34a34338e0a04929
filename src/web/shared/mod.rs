//! What every area shares: sign-in and the guard on each portal, the typed session, languages,
//! errors and their pages, the page frame, form tokens, rate limits and security headers, the
//! Support tab, and the words each engine answer is put into.

pub mod access_log;
pub mod csrf;
pub mod error_page;
pub mod errors;
pub mod fact_words;
pub mod forgot;
pub mod identity;
pub mod language;
pub mod layout;
mod layout_words;
pub mod limits;
pub mod pages;
pub mod password;
pub mod picker;
pub mod respond;
pub mod security;
pub mod session;
pub mod sign_in;
pub mod static_files;
pub mod support;
pub mod words;

pub use errors::AppError;
pub use identity::{CustomerIdentity, OperatorIdentity, PartnerIdentity};
pub use layout::{Area, Layout};
pub use respond::{form_resource, html, see_other, with_db, with_db_blocking};
pub use session::{Flash, TypedSession};
