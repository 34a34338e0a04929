//! Loading the operators' data: monthly workload usage and partner enrollment, from CSV files.
//!
//! Every row is checked; a file with any bad row changes nothing (one transaction) unless bad
//! rows are to be skipped, and then they are reported. Importing the same file twice leaves the
//! same data (rows are matched by their key and updated). Files are streamed, never held whole.

mod partners;
mod rows;
mod usage;

pub use partners::import_partners;
pub use rows::{ImportError, Options, Report, RowError};
pub use usage::import_usage;
