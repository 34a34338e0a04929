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

impl PartnerSummary {
    /// "Northwind Traders (1234567)".
    pub fn label(&self) -> String {
        format!("{} ({})", self.name, self.mpn_id)
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

    /// The sentence the page shows next to the MPN ID field.
    pub fn sentence(&self) -> String {
        match self {
            Self::Attachable(p) => format!(
                "{} was found: {}, {}, enrolled in the Online Services Usage program.",
                p.label(),
                p.name,
                p.country
            ),
            Self::NotFound(mpn_id) => format!(
                "No partner has the MPN ID {mpn_id}. Check the number with your partner; it is on their Microsoft Partner Network profile."
            ),
            Self::NotEnrolled(p) => format!(
                "{} is not enrolled in the Online Services Usage program, so it cannot be the partner of record. Ask the partner to enroll first.",
                p.label()
            ),
            Self::Suspended(p) => format!(
                "{} is suspended in the Microsoft Partner Network and cannot be made the partner of record now.",
                p.label()
            ),
            Self::GlobalId { partner, locations } if locations.is_empty() => format!(
                "{} is the global ID of {}. A partner of record is named by a location ID; ask the partner for theirs.",
                partner.mpn_id, partner.name
            ),
            Self::GlobalId { partner, locations } => {
                let list: Vec<String> = locations.iter().map(PartnerSummary::label).collect();
                format!(
                    "{} is the global ID of {}. A partner of record is named by a location ID; use one of these instead: {}.",
                    partner.mpn_id,
                    partner.name,
                    list.join(", ")
                )
            }
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
