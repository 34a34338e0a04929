//! What an operator's change can run into.

use diesel::result::Error as DbError;

#[derive(Debug, thiserror::Error)]
pub enum OnboardingError {
    #[error("a tenant already has the domain {0}")]
    DomainTaken(String),
    #[error("a user already signs in with {0}")]
    EmailTaken(String),
    #[error("no such product")]
    UnknownProduct,
    /// A change dated before the subscription's history begins (the day it was made).
    #[error("the subscription's history begins on {0}")]
    BeforeHistory(chrono::NaiveDate),
    /// No such tenant, user or subscription (any more).
    #[error("not found")]
    NotFound,
    #[error("cannot write the invitation: {0}")]
    Compose(String),
    #[error(transparent)]
    Database(#[from] DbError),
}
