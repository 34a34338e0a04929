//! An import the portal runs for an operator: the uploaded file imported on a thread of its own,
//! its progress written to its row about twice a second, so that whichever instance is asked can
//! show it. The file is deleted when the import ends.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::db::models::{ImportOutcome, ImportProgress, ImportRun};
use crate::db::DbPool;
use crate::domain::{ImportKind, ImportStatus};
use crate::import::rows::{ImportError, Options};
use crate::import::run::{Report, Stage};
use crate::import::{
    import_partners, import_subscriptions, import_tenants, import_usage, import_users,
};

/// Refused rows an import's row keeps, as the command line lists them.
const MAX_PROBLEMS: usize = 1000;

/// How often a running import writes its progress.
const PROGRESS_EVERY: Duration = Duration::from_millis(500);

pub struct Job {
    pub id: i32,
    pub kind: ImportKind,
    /// The uploaded file; deleted when the import ends.
    pub path: PathBuf,
    pub options: Options,
    /// Where invitations' links lead (users).
    pub public_url: String,
}

/// Starts the import on a thread of its own.
pub fn spawn(pool: DbPool, job: Job) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name(format!("import-{}", job.id))
        .spawn(move || run_job(&pool, job))?;
    Ok(())
}

fn run_job(pool: &DbPool, job: Job) {
    let outcome = import(pool, &job);
    if let Err(e) = std::fs::remove_file(&job.path) {
        log::warn!(
            "import {}: cannot delete {}: {e}",
            job.id,
            job.path.display()
        );
    }
    let (status, outcome) = match outcome {
        Ok(report) => (
            ImportStatus::Done,
            ImportOutcome {
                added: report.added as i64,
                changed: report.changed as i64,
                unchanged: report.unchanged as i64,
                problems: lines(&report.skipped),
                failure: None,
            },
        ),
        Err(ImportError::Invalid(errors)) => (
            ImportStatus::Failed,
            ImportOutcome {
                problems: lines(&errors),
                failure: Some(ImportError::Invalid(errors).to_string()),
                ..ImportOutcome::default()
            },
        ),
        Err(other) => {
            log::warn!("import {} stopped: {other}", job.id);
            (
                ImportStatus::Failed,
                ImportOutcome {
                    failure: Some(other.to_string()),
                    ..ImportOutcome::default()
                },
            )
        }
    };
    let finished = pool.get().map_err(|e| e.to_string()).and_then(|mut conn| {
        ImportRun::finish(&mut conn, job.id, status, &outcome).map_err(|e| e.to_string())
    });
    if let Err(e) = finished {
        log::error!("import {}: cannot record its end: {e}", job.id);
    }
}

fn lines(errors: &[crate::import::RowError]) -> String {
    let shown: Vec<String> = errors
        .iter()
        .take(MAX_PROBLEMS)
        .map(ToString::to_string)
        .collect();
    shown.join("\n")
}

fn import(pool: &DbPool, job: &Job) -> Result<Report, ImportError> {
    let unavailable = |e: diesel::r2d2::PoolError| ImportError::Refused(e.to_string());
    let mut conn = pool.get().map_err(unavailable)?;
    let mut progress_conn = pool.get().map_err(unavailable)?;
    let file = std::fs::File::open(&job.path).map_err(ImportError::Staging)?;
    let input = std::io::BufReader::new(file);
    let mut written = Instant::now();
    let mut current = ImportProgress::default();
    let id = job.id;
    let mut progress = |stage: Stage| {
        let (status, last) = match stage {
            Stage::Checking { rows, bytes } => {
                current.rows_checked = rows as i64;
                current.bytes_read = bytes as i64;
                (ImportStatus::Checking, false)
            }
            Stage::Applying { rows, of } => {
                current.rows_applied = rows as i64;
                current.rows_to_apply = of as i64;
                (ImportStatus::Applying, rows == 0 || rows == of)
            }
        };
        if last || written.elapsed() >= PROGRESS_EVERY {
            written = Instant::now();
            if let Err(e) = ImportRun::set_progress(&mut progress_conn, id, status, current) {
                log::warn!("import {id}: cannot record its progress: {e}");
            }
        }
    };
    let options = job.options;
    match job.kind {
        ImportKind::Usage => import_usage(&mut conn, input, options, &mut progress),
        ImportKind::Partners => import_partners(&mut conn, input, options, &mut progress),
        ImportKind::Tenants => import_tenants(&mut conn, input, options, &mut progress),
        ImportKind::Subscriptions => import_subscriptions(&mut conn, input, options, &mut progress),
        ImportKind::Users => {
            import_users(&mut conn, input, options, &mut progress, &job.public_url)
        }
    }
}
