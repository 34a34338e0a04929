//! What an operator's change can run into.

use diesel::result::Error as DbError;

#[derive(Debug, thiserror::Error)]
pub enum OnboardingError {
    #[error("a tenant already has the domain {0}")]
    DomainTaken(String),
    #[error("a user already signs in with {0}")]
    EmailTaken(String),
    /// No such tenant or user (any more).
    #[error("not found")]
    NotFound,
    #[error("cannot write the invitation: {0}")]
    Compose(String),
    #[error(transparent)]
    Database(#[from] DbError),
}
