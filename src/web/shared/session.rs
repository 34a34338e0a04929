//! The session, typed: who is signed in, the form token, and a one-time message.

use std::cell::RefCell;
use std::future::{ready, Ready};
use std::rc::Rc;

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest};
use serde::{Deserialize, Serialize};

use crate::config::SessionPolicy;
use crate::domain::Lang;
use crate::web::shared::errors::AppError;
use crate::web::shared::language;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionUser {
    Customer(i32),
    Partner(i32),
    Operator(i32),
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

/// Recording every request would write the session each time; a minute's precision will do.
const SEEN_PRECISION_SECS: i64 = 60;

fn unix_now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// The session, with what every page's frame also needs from the request: its language and its
/// address (where the language picker comes back to).
pub struct TypedSession {
    session: Session,
    lang: Lang,
    here: String,
    /// The form token of a visitor who has none in a session (see [`FormCookie`]).
    form_cookie: Option<FormCookie>,
}

/// The form token of a visitor who is not signed in, from a cookie of its own rather than a
/// session row: showing a sign-in page writes nothing to the database. A form sent back must
/// carry the same token as the browser's cookie, which another site can neither read nor send
/// (SameSite=Lax keeps it off other sites' POSTs). Signing in gives the session a token of its
/// own, and this one is worth nothing there.
#[derive(Debug, Clone)]
pub struct FormCookie(Rc<RefCell<FormToken>>);

#[derive(Debug)]
struct FormToken {
    value: Option<String>,
    /// Made for this response: the cookie is to be set.
    made: bool,
}

impl FormCookie {
    /// The browser's token, if it sent one; otherwise one is made when a page first needs it.
    pub fn from_browser(value: Option<String>) -> Self {
        Self(Rc::new(RefCell::new(FormToken { value, made: false })))
    }

    /// The token, made now if the browser had none.
    pub fn token(&self) -> String {
        let mut token = self.0.borrow_mut();
        if let Some(value) = &token.value {
            return value.clone();
        }
        let value = new_token();
        token.value = Some(value.clone());
        token.made = true;
        value
    }

    /// The browser's own token, never a new one.
    pub fn sent(&self) -> Option<String> {
        let token = self.0.borrow();
        if token.made {
            None
        } else {
            token.value.clone()
        }
    }

    /// A token made for this response, which its cookie must carry.
    pub fn made(&self) -> Option<String> {
        let token = self.0.borrow();
        token.made.then(|| token.value.clone()).flatten()
    }

    pub fn name(secure: bool) -> &'static str {
        // `__Host-` binds the cookie to this host and path `/`; browsers allow it only with Secure.
        if secure {
            "__Host-dpor-form"
        } else {
            "dpor-form"
        }
    }

    /// A token as the portal makes them: 64 hex digits.
    pub fn is_well_formed(value: &str) -> bool {
        value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
    }
}

impl TypedSession {
    const USER: &'static str = "user";
    const CSRF: &'static str = "csrf";
    const FLASH: &'static str = "flash";
    const SIGNED_IN_AT: &'static str = "signed_in_at";
    /// The same moment to the millisecond: a password changed after it ends the session.
    const SIGNED_IN_MS: &'static str = "signed_in_ms";
    const SEEN_AT: &'static str = "seen_at";

    /// For middleware, which renders no page.
    pub fn of_service_request(req: &actix_web::dev::ServiceRequest) -> Self {
        Self {
            session: req.get_session(),
            lang: Lang::default(),
            here: "/".into(),
            form_cookie: form_cookie(req.request()),
        }
    }

    /// The language of this request's pages and messages.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// This page's address, path and query.
    pub fn here(&self) -> &str {
        &self.here
    }

    pub fn user(&self) -> Result<Option<SessionUser>, AppError> {
        Ok(self.session.get(Self::USER)?)
    }

    /// A new session id and a new form token: whatever a visitor held before signing in is worthless.
    pub fn sign_in(&self, user: SessionUser) -> Result<(), AppError> {
        self.session.renew();
        self.session.insert(Self::USER, user)?;
        self.session.insert(Self::CSRF, new_token())?;
        let now = unix_now();
        self.session.insert(Self::SIGNED_IN_AT, now)?;
        self.session
            .insert(Self::SIGNED_IN_MS, chrono::Utc::now().timestamp_millis())?;
        self.session.insert(Self::SEEN_AT, now)?;
        Ok(())
    }

    /// False once the session has been idle too long or has lived too long; otherwise notes the visit.
    pub fn still_valid(&self, policy: &SessionPolicy) -> Result<bool, AppError> {
        let now = unix_now();
        let signed_in_at: i64 = self.session.get(Self::SIGNED_IN_AT)?.unwrap_or(0);
        let seen_at: i64 = self.session.get(Self::SEEN_AT)?.unwrap_or(0);
        let idle = i64::try_from(policy.idle.as_secs()).unwrap_or(i64::MAX);
        let lifetime = i64::try_from(policy.lifetime.as_secs()).unwrap_or(i64::MAX);
        if now.saturating_sub(seen_at) > idle || now.saturating_sub(signed_in_at) > lifetime {
            return Ok(false);
        }
        if now - seen_at >= SEEN_PRECISION_SECS.min(idle / 2).max(1) {
            self.session.insert(Self::SEEN_AT, now)?;
        }
        Ok(true)
    }

    /// True when the account's password was changed after this session signed in.
    pub fn predates(
        &self,
        password_changed_at: Option<chrono::NaiveDateTime>,
    ) -> Result<bool, AppError> {
        let Some(changed) = password_changed_at else {
            return Ok(false);
        };
        let signed_in_ms: i64 = match self.session.get(Self::SIGNED_IN_MS)? {
            Some(ms) => ms,
            None => self.session.get::<i64>(Self::SIGNED_IN_AT)?.unwrap_or(0) * 1000,
        };
        Ok(changed.and_utc().timestamp_millis() > signed_in_ms)
    }

    /// Ends the session here and in the store.
    pub fn purge(&self) {
        self.session.purge();
    }

    /// The form token: the session's, or else the visitor's form cookie's; made in the session
    /// on first use only where there is neither.
    pub fn csrf_token(&self) -> Result<String, AppError> {
        if let Some(token) = self.existing_csrf_token()? {
            return Ok(token);
        }
        let token = new_token();
        self.session.insert(Self::CSRF, &token)?;
        Ok(token)
    }

    /// The token a form sent back must carry. A signed-in session always has its own.
    /// What names this visitor's session for rate limits: its token, never a new one.
    pub fn session_key(&self) -> Result<Option<String>, AppError> {
        let in_session: Option<String> = self.session.get(Self::CSRF)?;
        Ok(in_session.or_else(|| self.form_cookie.as_ref().and_then(FormCookie::sent)))
    }

    pub fn existing_csrf_token(&self) -> Result<Option<String>, AppError> {
        let in_session: Option<String> = self.session.get(Self::CSRF)?;
        Ok(in_session.or_else(|| self.form_cookie.as_ref().map(FormCookie::token)))
    }

    pub fn set_flash(&self, flash: Flash) -> Result<(), AppError> {
        Ok(self.session.insert(Self::FLASH, flash)?)
    }

    pub fn take_flash(&self) -> Result<Option<Flash>, AppError> {
        // `remove` marks the session changed even when there is nothing to remove, and a changed
        // session is written back: look first, so a page view writes nothing.
        let flash = self.session.get::<Flash>(Self::FLASH)?;
        if flash.is_some() {
            self.session.remove(Self::FLASH);
        }
        Ok(flash)
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
        ready(Ok(Self {
            session: req.get_session(),
            lang: language::of_request(req),
            here: language::address_of(req),
            form_cookie: form_cookie(req),
        }))
    }
}

fn form_cookie(req: &HttpRequest) -> Option<FormCookie> {
    req.extensions().get::<FormCookie>().cloned()
}
