//! Tenants by domain: `name,domain`. A new domain makes a tenant; a known one takes the file's name.

use std::io::Read;

use crate::db::models::Tenant;
use crate::db::DbConnection;
use crate::domain::{TenantDomain, TenantName};
use crate::engine::onboarding::add_tenant;
use crate::import::rows::{ImportError, Options, Row, RowError};
use crate::import::run::{run, Applied, Kind, Progress, Report};

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct TenantRow {
    name: String,
    domain: String,
}

struct Tenants;

impl Kind for Tenants {
    type Row = TenantRow;
    const COLUMNS: &'static [&'static str] = &["name", "domain"];
    const KEY: &'static [&'static str] = &["domain"];
    const CHUNK: usize = 100;

    fn check(&mut self, row: &Row) -> Result<TenantRow, RowError> {
        let name =
            TenantName::parse(row.get("name")).map_err(|e| row.error("name", e.to_string()))?;
        let domain = TenantDomain::parse(row.get("domain"))
            .map_err(|e| row.error("domain", e.to_string()))?;
        Ok(TenantRow {
            name: name.as_str().to_string(),
            domain: domain.as_str().to_string(),
        })
    }

    fn apply(
        &mut self,
        conn: &mut DbConnection,
        rows: &[(u64, TenantRow)],
        report: &mut Report,
    ) -> Result<Vec<RowError>, ImportError> {
        for (_, row) in rows {
            let applied = match Tenant::find_by_domain(conn, &row.domain)? {
                None => {
                    let (name, domain) = parsed(row);
                    add_tenant(conn, None, &name, &domain)?;
                    Applied::Added
                }
                Some(tenant) if tenant.name == row.name => Applied::Unchanged,
                Some(tenant) => {
                    Tenant::rename(conn, tenant.id, &row.name)?;
                    Applied::Changed
                }
            };
            report.count(applied);
        }
        Ok(Vec::new())
    }
}

/// The row's name and domain as the engine takes them; they were parsed when checked.
fn parsed(row: &TenantRow) -> (TenantName, TenantDomain) {
    let name = TenantName::parse(&row.name).expect("a name checked before it was staged");
    let domain = TenantDomain::parse(&row.domain).expect("a domain checked before it was staged");
    (name, domain)
}

pub fn import_tenants(
    conn: &mut DbConnection,
    input: impl Read,
    options: Options,
    progress: Progress,
) -> Result<Report, ImportError> {
    run(conn, &mut Tenants, input, options, progress)
}
