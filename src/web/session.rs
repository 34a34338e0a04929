//! The session, typed: who is signed in, the form token, and a one-time message.

use std::future::{ready, Ready};

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use serde::{Deserialize, Serialize};

use crate::web::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionUser {
    Customer(i32),
    Partner(i32),
}

/// A message shown once, on the page after a redirect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flash {
    /// `success`, `info` or `error`; also the CSS class.
    pub level: String,
    pub message: String,
}

impl Flash {
    pub fn success(message: impl Into<String>) -> Self {
        Self {
            level: "success".into(),
            message: message.into(),
        }
    }

    pub fn info(message: impl Into<String>) -> Self {
        Self {
            level: "info".into(),
            message: message.into(),
        }
    }
}

pub struct TypedSession(Session);

impl TypedSession {
    const USER: &'static str = "user";
    const CSRF: &'static str = "csrf";
    const FLASH: &'static str = "flash";

    pub fn from_session(session: Session) -> Self {
        Self(session)
    }

    pub fn user(&self) -> Result<Option<SessionUser>, AppError> {
        Ok(self.0.get(Self::USER)?)
    }

    /// A new session id and a new form token: whatever a visitor held before signing in is worthless.
    pub fn sign_in(&self, user: SessionUser) -> Result<(), AppError> {
        self.0.renew();
        self.0.insert(Self::USER, user)?;
        self.0.insert(Self::CSRF, new_token())?;
        Ok(())
    }

    /// Ends the session here and in the store.
    pub fn purge(&self) {
        self.0.purge();
    }

    /// The form token of this session, made on first use.
    pub fn csrf_token(&self) -> Result<String, AppError> {
        if let Some(token) = self.existing_csrf_token()? {
            return Ok(token);
        }
        let token = new_token();
        self.0.insert(Self::CSRF, &token)?;
        Ok(token)
    }

    pub fn existing_csrf_token(&self) -> Result<Option<String>, AppError> {
        Ok(self.0.get(Self::CSRF)?)
    }

    pub fn set_flash(&self, flash: Flash) -> Result<(), AppError> {
        Ok(self.0.insert(Self::FLASH, flash)?)
    }

    pub fn take_flash(&self) -> Result<Option<Flash>, AppError> {
        Ok(self.0.remove_as::<Flash>(Self::FLASH).and_then(Result::ok))
    }
}

fn new_token() -> String {
    rand::random::<[u8; 32]>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl FromRequest for TypedSession {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        ready(Ok(Self(req.get_session())))
    }
}
