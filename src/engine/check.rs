//! Check ID: what the portal can say about an MPN ID before anything is saved.

use chrono::NaiveDate;
use diesel::QueryResult;

use crate::db::models::Partner;
use crate::db::DbConnection;
use crate::domain::MpnId;

/// What a customer is shown about a partner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerSummary {
    pub id: i32,
    pub mpn_id: String,
    pub name: String,
    pub country: String,
    pub is_global: bool,
    pub enrolled_since: Option<NaiveDate>,
}

impl From<&Partner> for PartnerSummary {
    fn from(p: &Partner) -> Self {
        Self {
            id: p.id,
            mpn_id: p.mpn_id.clone(),
            name: p.name.clone(),
            country: p.country.clone(),
            is_global: p.is_global(),
            enrolled_since: p.osu_enrolled_since,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckOutcome {
    /// Found, and it can be the partner of record.
    Attachable(PartnerSummary),
    NotFound(String),
    NotEnrolled(PartnerSummary),
    Suspended(PartnerSummary),
    /// A global ID; incentives are paid on a location ID, so one of these must be used.
    GlobalId {
        partner: PartnerSummary,
        locations: Vec<PartnerSummary>,
    },
}

impl CheckOutcome {
    pub fn attachable(&self) -> Option<&PartnerSummary> {
        match self {
            Self::Attachable(partner) => Some(partner),
            _ => None,
        }
    }

    /// The partner the ID belongs to, whether or not it can be attached.
    pub fn partner(&self) -> Option<&PartnerSummary> {
        match self {
            Self::Attachable(p) | Self::NotEnrolled(p) | Self::Suspended(p) => Some(p),
            Self::GlobalId { partner, .. } => Some(partner),
            Self::NotFound(_) => None,
        }
    }
}

/// Looks an MPN ID up and says whether it can be the partner of record.
pub fn check_id(conn: &mut DbConnection, mpn_id: &MpnId) -> QueryResult<CheckOutcome> {
    let Some(partner) = Partner::find_by_mpn_id(conn, mpn_id.as_str())? else {
        return Ok(CheckOutcome::NotFound(mpn_id.to_string()));
    };
    let summary = PartnerSummary::from(&partner);
    Ok(if partner.is_global() {
        let locations = Partner::locations_of(conn, partner.id)?;
        CheckOutcome::GlobalId {
            partner: summary,
            locations: locations
                .iter()
                .filter(|l| l.is_active() && l.osu_enrolled_since.is_some())
                .map(PartnerSummary::from)
                .collect(),
        }
    } else if !partner.is_active() {
        CheckOutcome::Suspended(summary)
    } else if partner.osu_enrolled_since.is_none() {
        CheckOutcome::NotEnrolled(summary)
    } else {
        CheckOutcome::Attachable(summary)
    })
}
