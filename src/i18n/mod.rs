//! The portal's languages as rendering needs them: the message catalogue, dates and numbers
//! per language. Which language a person reads is a domain value (`crate::domain::Lang`); its
//! words are added to it here, where pages and emails are rendered.

mod args;
mod catalogue;
mod format;

pub use crate::domain::Lang;
pub use args::{ToArg, Value, Whole};
