//! Errors by kind. `error_page` turns each kind into its status code and page, in one place.

use crate::db::Outage;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("page not found")]
    NotFound,
    /// Signed in, but not allowed here; the text says why.
    #[error("{0}")]
    Forbidden(String),
    /// The request could not be read at all (a form with fields of the wrong shape, say).
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("the form's security token is missing or out of date")]
    CsrfRejected,
    #[error("the request is larger than this page accepts")]
    PayloadTooLarge,
    /// An address that only takes a form, asked for another way (a GET to an OK button's address).
    #[error("method not allowed")]
    MethodNotAllowed,
    /// Too many sign-in attempts or Check ID lookups; wait this many seconds.
    #[error("too many requests")]
    TooManyRequests { retry_after: u64 },
    /// The database is down or locked: nothing was done, and trying again soon will work.
    #[error("{outage}: {detail}")]
    Unavailable { outage: Outage, detail: String },
    #[error(transparent)]
    Unexpected(anyhow::Error),
}

/// An outage anywhere in the error's causes makes it a 503; anything else is unexpected.
impl From<anyhow::Error> for AppError {
    fn from(e: anyhow::Error) -> Self {
        match Outage::in_chain(&e) {
            Some(outage) => Self::Unavailable {
                outage,
                detail: format!("{e:#}"),
            },
            None => Self::Unexpected(e),
        }
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        anyhow::Error::from(e).into()
    }
}

/// An operator's change that the page itself does not answer: what is gone is not found, the
/// rest is unexpected.
impl From<crate::engine::onboarding::OnboardingError> for AppError {
    fn from(e: crate::engine::onboarding::OnboardingError) -> Self {
        use crate::engine::onboarding::OnboardingError;
        match e {
            OnboardingError::NotFound => Self::NotFound,
            OnboardingError::Database(e) => e.into(),
            other => Self::Unexpected(anyhow::anyhow!("{other}")),
        }
    }
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        anyhow::Error::from(e).into()
    }
}

impl From<tokio::task::JoinError> for AppError {
    fn from(e: tokio::task::JoinError) -> Self {
        Self::Unexpected(anyhow::anyhow!("blocking task failed: {e}"))
    }
}

impl From<actix_session::SessionGetError> for AppError {
    fn from(e: actix_session::SessionGetError) -> Self {
        Self::Unexpected(anyhow::anyhow!("session: {e}"))
    }
}

impl From<actix_session::SessionInsertError> for AppError {
    fn from(e: actix_session::SessionInsertError) -> Self {
        Self::Unexpected(anyhow::anyhow!("session: {e}"))
    }
}
