//! Loading the operators' data from CSV files: monthly workload usage, partners, tenants, their
//! users and subscriptions.
//!
//! Every row is checked first and nothing is written unless every row is good (or bad rows are to
//! be skipped, and then they are reported); the checked rows are then applied in short
//! transactions, so that the portal goes on serving while a large file loads (see `run`).
//! Importing the same file twice leaves the same data (rows are matched by their key and
//! updated). Files are streamed, never held whole.

mod job;
mod partners;
mod rows;
mod run;
mod subscriptions;
mod tenants;
mod usage;
mod users;

pub use job::{spawn, Job};
pub use partners::import_partners;
pub use rows::{ImportError, Options, RowError};
pub use run::{Progress, Report, Stage};
pub use subscriptions::import_subscriptions;
pub use tenants::import_tenants;
pub use usage::import_usage;
pub use users::import_users;
