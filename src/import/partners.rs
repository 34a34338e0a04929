use std::collections::HashMap;
use std::io::Read;

use crate::db::models::{NewPartner, Partner, PartnerFacts};
use crate::db::{now, DbConnection};
use crate::domain::{EmailAddress, Enrollment, MpnId, PartnerKind, PartnerStatus};
use crate::engine::onboarding::{record_partner_facts, PartnerFactsChange};
use crate::import::rows::{shown, ImportError, Options, Row, RowError};
use crate::import::run::{run, Applied, Kind, Progress, Report};
use chrono::NaiveDate;

/// A checked row. The MPN IDs are kept as text: they were parsed when the row was checked.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct PartnerRow {
    mpn_id: String,
    name: String,
    kind: PartnerKind,
    parent: Option<String>,
    country: String,
    contact_email: String,
    enrolled_since: Option<NaiveDate>,
    status: PartnerStatus,
}

/// Partners by MPN ID: new IDs are added, known ones updated. A location's parent must be a
/// global ID, already known or earlier in the file.
struct Partners {
    /// Kinds of the IDs known so far: the database's, then the file's as it is read.
    kinds: HashMap<String, PartnerKind>,
}

impl Kind for Partners {
    type Row = PartnerRow;
    const COLUMNS: &'static [&'static str] = &[
        "mpn_id",
        "name",
        "kind",
        "parent_mpn_id",
        "country",
        "contact_email",
        "enrolled_since",
        "status",
    ];
    const KEY: &'static [&'static str] = &["mpn_id"];
    const CHUNK: usize = 100;

    fn check(&mut self, row: &Row) -> Result<PartnerRow, RowError> {
        let partner = parse(row)?;
        if let Some(parent) = &partner.parent {
            match self.kinds.get(parent) {
                Some(PartnerKind::Global) => {}
                Some(_) => {
                    let message =
                        format!("{parent} is a location ID; a parent must be a global ID");
                    return Err(row.error("parent_mpn_id", message));
                }
                None => {
                    let message = format!(
                        "no partner has the MPN ID {parent}; list the global ID before its locations"
                    );
                    return Err(row.error("parent_mpn_id", message));
                }
            }
        }
        self.kinds.insert(partner.mpn_id.clone(), partner.kind);
        Ok(partner)
    }

    fn apply(
        &mut self,
        conn: &mut DbConnection,
        rows: &[(u64, PartnerRow)],
        report: &mut Report,
    ) -> Result<Vec<RowError>, ImportError> {
        let mut refused = Vec::new();
        for (line, partner) in rows {
            let parent_id = match &partner.parent {
                None => None,
                Some(parent) => match Partner::find_by_mpn_id(conn, parent)? {
                    Some(found) if found.is_global() => Some(found.id),
                    _ => {
                        refused.push(RowError {
                            line: *line,
                            column: "parent_mpn_id".to_string(),
                            message: format!("{parent} is no longer a global ID"),
                        });
                        continue;
                    }
                },
            };
            report.count(upsert(conn, partner, parent_id)?);
        }
        Ok(refused)
    }
}

pub fn import_partners(
    conn: &mut DbConnection,
    input: impl Read,
    options: Options,
    progress: Progress,
) -> Result<Report, ImportError> {
    let kinds = Partner::kinds(conn)?
        .into_iter()
        .map(|(mpn_id, (_, kind))| (mpn_id, kind))
        .collect();
    run(conn, &mut Partners { kinds }, input, options, progress)
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
        mpn_id: mpn_id.to_string(),
        name: row.text("name", 200)?,
        kind,
        parent: parent.map(|p| p.to_string()),
        country: row.text("country", 100)?,
        contact_email: contact_email.as_str().to_string(),
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
) -> Result<Applied, ImportError> {
    let fields = NewPartner {
        mpn_id: &p.mpn_id,
        name: &p.name,
        kind: p.kind,
        parent_id,
        country: &p.country,
        contact_email: &p.contact_email,
        osu_enrolled_since: p.enrolled_since,
        status: p.status,
        created_at: now(),
    };
    let Some(existing) = Partner::find_by_mpn_id(conn, &p.mpn_id)? else {
        Partner::create(conn, fields)?;
        return Ok(Applied::Added);
    };
    let same_details = (
        existing.name.as_str(),
        existing.kind,
        existing.parent_id,
        existing.country.as_str(),
        existing.contact_email.as_str(),
    ) == (&*p.name, p.kind, parent_id, &*p.country, &*p.contact_email);
    if !same_details {
        Partner::update(conn, existing.id, &fields)?;
    }
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
    let recorded = record_partner_facts(conn, existing.id, &change, None)?;
    Ok(if same_details && !recorded {
        Applied::Unchanged
    } else {
        Applied::Changed
    })
}
