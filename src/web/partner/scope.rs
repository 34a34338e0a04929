//! The partner a user signs in for, and the MPN IDs they may see: the first thing every partner
//! page needs, handed to handlers as an extractor.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use chrono::NaiveDate;

use crate::db::models::Partner;
use crate::db::DbPool;
use crate::engine::partner;
use crate::web::shared::{with_db, AppError, PartnerIdentity};

/// The day the pages judge eligibility on (UTC).
pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// The signed-in partner user, their partner, and the IDs they may see.
pub struct Scope {
    pub identity: PartnerIdentity,
    pub locations: Vec<Partner>,
    pub ids: Vec<i32>,
}

impl Scope {
    pub fn partner(&self) -> &Partner {
        &self.identity.partner
    }

    async fn load(pool: web::Data<DbPool>, identity: PartnerIdentity) -> Result<Self, AppError> {
        let partner = identity.partner.clone();
        let (ids, locations) = with_db(&pool, move |conn| {
            let ids = partner::partner_scope(conn, &partner)?;
            let locations = if partner.is_global() {
                Partner::locations_of(conn, partner.id)?
            } else {
                Vec::new()
            };
            Ok((ids, locations))
        })
        .await?;
        Ok(Self {
            identity,
            locations,
            ids,
        })
    }
}

impl FromRequest for Scope {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        // The partner portal's guard has put the identity there; without it nothing is shown.
        let identity = req.extensions().get::<PartnerIdentity>().cloned();
        let pool = req.app_data::<web::Data<DbPool>>().cloned();
        Box::pin(async move {
            let missing = || {
                AppError::Unexpected(anyhow::anyhow!("a partner page outside the partner portal"))
            };
            let identity = identity.ok_or_else(missing)?;
            let pool = pool.ok_or_else(missing)?;
            Ok(Self::load(pool, identity).await?)
        })
    }
}
