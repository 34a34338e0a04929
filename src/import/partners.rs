use std::collections::HashMap;
use std::io::Read;

use crate::db::models::{NewPartner, Partner, PartnerFacts};
use crate::db::{now, write_transaction, DbConnection};
use crate::domain::{EmailAddress, Enrollment, MpnId, PartnerKind, PartnerStatus};
use crate::engine::onboarding::{record_partner_facts, OnboardingError, PartnerFactsChange};
use crate::import::rows::{
    import_rows, open, shown, ImportError, Options, Progress, Report, Row, RowError,
};
use chrono::NaiveDate;

const COLUMNS: &[&str] = &[
    "mpn_id",
    "name",
    "kind",
    "parent_mpn_id",
    "country",
    "contact_email",
    "enrolled_since",
    "status",
];
/// What makes a row the same as another: a file may give it once.
const KEY: &[&str] = &["mpn_id"];

struct PartnerRow {
    mpn_id: MpnId,
    name: String,
    kind: PartnerKind,
    parent: Option<MpnId>,
    country: String,
    contact_email: EmailAddress,
    enrolled_since: Option<NaiveDate>,
    status: PartnerStatus,
}

/// Imports partners by MPN ID: new IDs are added, known ones updated. A location's parent must be
/// a global ID, already known or earlier in the file.
pub fn import_partners(
    conn: &mut DbConnection,
    input: impl Read,
    options: Options,
    progress: Progress,
) -> Result<Report, ImportError> {
    let mut csv = open(input, COLUMNS)?;
    write_transaction(conn, |conn| {
        // Kinds of the IDs known so far: the database's, then the file's as it is read.
        let mut kinds: HashMap<String, (i32, PartnerKind)> = Partner::kinds(conn)?;
        import_rows(&mut csv, (COLUMNS, KEY), options, progress, |row| {
            let partner = match parse(row) {
                Ok(partner) => partner,
                Err(error) => return Ok(Err(error)),
            };
            let parent_id = match &partner.parent {
                None => None,
                Some(parent) => match kinds.get(parent.as_str()) {
                    Some((id, PartnerKind::Global)) => Some(*id),
                    Some(_) => {
                        let message =
                            format!("{parent} is a location ID; a parent must be a global ID");
                        return Ok(Err(row.error("parent_mpn_id", message)));
                    }
                    None => {
                        let message = format!(
                            "no partner has the MPN ID {parent}; list the global ID before its locations"
                        );
                        return Ok(Err(row.error("parent_mpn_id", message)));
                    }
                },
            };
            let id = upsert(conn, &partner, parent_id)?;
            kinds.insert(partner.mpn_id.to_string(), (id, partner.kind));
            Ok(Ok(()))
        })
    })
}

fn parse(row: &Row) -> Result<PartnerRow, RowError> {
    let mpn_id = MpnId::parse(row.get("mpn_id")).map_err(|e| row.error("mpn_id", e.to_string()))?;
    let kind = match PartnerKind::parse(row.get("kind")) {
        Some(kind) => kind,
        None => {
            let other = row.get("kind");
            return Err(row.error(
                "kind",
                format!("`{}` is neither `global` nor `location`", shown(other)),
            ));
        }
    };
    let parent = match row.get("parent_mpn_id") {
        "" => None,
        text => Some(MpnId::parse(text).map_err(|e| row.error("parent_mpn_id", e.to_string()))?),
    };
    if kind == PartnerKind::Global && parent.is_some() {
        return Err(row.error("parent_mpn_id", "a global ID has no parent"));
    }
    let contact_email = EmailAddress::parse(row.get("contact_email"))
        .map_err(|e| row.error("contact_email", e.to_string()))?;
    let enrolled_since = match row.get("enrolled_since") {
        "" => None,
        text => Some(
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map_err(|_| row.error("enrolled_since", format!("`{}` is not a date; write it as YYYY-MM-DD, or leave it empty when not enrolled", shown(text))))?,
        ),
    };
    let status = match PartnerStatus::parse(row.get("status")) {
        Some(status) => status,
        None => {
            let other = row.get("status");
            return Err(row.error(
                "status",
                format!("`{}` is neither `active` nor `suspended`", shown(other)),
            ));
        }
    };
    Ok(PartnerRow {
        mpn_id,
        name: row.text("name", 200)?,
        kind,
        parent,
        country: row.text("country", 100)?,
        contact_email,
        enrolled_since,
        status,
    })
}

/// A known partner's enrollment and status are facts with a history: a change the file brings is
/// recorded from the day it gives (a new enrollment's date, kept within the history) or today,
/// never by rewriting the past.
fn upsert(
    conn: &mut DbConnection,
    p: &PartnerRow,
    parent_id: Option<i32>,
) -> Result<i32, ImportError> {
    let fields = NewPartner {
        mpn_id: p.mpn_id.as_str(),
        name: &p.name,
        kind: p.kind,
        parent_id,
        country: &p.country,
        contact_email: p.contact_email.as_str(),
        osu_enrolled_since: p.enrolled_since,
        status: p.status,
        created_at: now(),
    };
    let Some(existing) = Partner::find_by_mpn_id(conn, p.mpn_id.as_str())? else {
        return Ok(Partner::create(conn, fields)?);
    };
    Partner::update(conn, existing.id, &fields)?;
    let today = now().date();
    let history = PartnerFacts::history(conn, existing.id)?;
    let begins = history.first().map_or(today, |f| f.effective_from);
    let (enrollment, effective_from) = match (p.enrolled_since, existing.osu_enrolled_since) {
        (None, _) => (Enrollment::NotEnrolled, today),
        // Enrolled earlier than the portal knew: from that day, as far back as the history goes.
        (Some(since), running) if running.is_none_or(|r| since < r) => {
            (Enrollment::Enrolled, since.clamp(begins, today))
        }
        (Some(_), _) => (Enrollment::Enrolled, today),
    };
    let change = PartnerFactsChange {
        enrollment,
        status: p.status,
        effective_from,
    };
    match record_partner_facts(conn, existing.id, &change, None) {
        Ok(_) => Ok(existing.id),
        Err(OnboardingError::Database(e)) => Err(e.into()),
        Err(other) => Err(ImportError::Database(
            diesel::result::Error::QueryBuilderError(other.to_string().into()),
        )),
    }
}
