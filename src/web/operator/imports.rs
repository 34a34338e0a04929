//! **Imports**: an operator uploads a CSV file of any kind the command line imports; the portal
//! imports it on a thread of its own and the import's page shows how far it has come, then what
//! it did. The page refreshes itself without JavaScript; with it, the progress moves in place.

use std::io::Write;

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use futures_util::TryStreamExt;
use serde::{Deserialize, Serialize};

use crate::config::{ImportDir, PublicUrl};
use crate::db::models::{ImportRun, NewImportRun};
use crate::db::DbPool;
use crate::domain::{ImportKind, ImportStatus};
use crate::import::{self, Job, Options};
use crate::web::shared::csrf::{token_matches, FIELD};
use crate::web::shared::{
    html, see_other, with_db, with_db_blocking, words, AppError, Area, Layout, OperatorIdentity,
    TypedSession,
};

/// The largest file the page takes: ten million usage rows fit.
const MAX_UPLOAD: u64 = 1024 * 1024 * 1024;

/// A running import whose row has not moved for this long has stopped (its instance ended).
const STALLED_AFTER_SECONDS: i64 = 60;

#[derive(Template)]
#[template(path = "operator/imports.html")]
struct ImportsPage {
    layout: Layout,
    imports: Vec<ImportRun>,
    kind: String,
    skip_invalid: bool,
    kind_error: Option<String>,
    file_error: Option<String>,
}

impl ImportsPage {
    pub fn kinds(&self) -> &'static [ImportKind] {
        ImportKind::ALL
    }
}

async fn imports_page(
    (session, identity, pool): (&TypedSession, &OperatorIdentity, &web::Data<DbPool>),
    status: StatusCode,
    (kind, skip_invalid): (String, bool),
    (kind_error, file_error): (Option<String>, Option<String>),
) -> Result<HttpResponse, AppError> {
    let imports = with_db(pool, |conn| Ok(ImportRun::latest(conn, 0, 50)?)).await?;
    let layout = Layout::new(Area::Operator, session, Some(identity.viewer()))?;
    let page = ImportsPage {
        layout: layout.in_section("imports"),
        imports,
        kind,
        skip_invalid,
        kind_error,
        file_error,
    };
    html(status, &page)
}

pub async fn list(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, AppError> {
    let context = (&session, &*identity, &pool);
    let form = (ImportKind::Usage.as_str().to_string(), false);
    imports_page(context, StatusCode::OK, form, (None, None)).await
}

/// What the form sent before its file, and the file as it was kept.
#[derive(Default)]
struct Upload {
    token_checked: bool,
    kind: String,
    skip_invalid: bool,
    file: Option<(String, tempfile::NamedTempFile, u64)>,
}

/// A short field's value (the token, the kind, the checkbox).
async fn small_value(field: &mut actix_multipart::Field) -> Result<String, AppError> {
    let mut value = Vec::new();
    while let Some(chunk) = field.try_next().await.map_err(bad_upload)? {
        value.extend_from_slice(&chunk);
        if value.len() > 1024 {
            return Err(AppError::BadRequest("a form field is too long".into()));
        }
    }
    String::from_utf8(value).map_err(|_| AppError::BadRequest("a form field is not text".into()))
}

fn bad_upload(e: actix_multipart::MultipartError) -> AppError {
    AppError::BadRequest(format!("upload: {e}"))
}

/// Reads the form: the token first (nothing is kept before it is checked), then the kind, the
/// checkbox and the file, which is streamed to a file in `dir`.
async fn read_upload(
    session: &TypedSession,
    mut payload: Multipart,
    dir: &std::path::Path,
) -> Result<Upload, AppError> {
    let mut upload = Upload::default();
    while let Some(mut field) = payload.try_next().await.map_err(bad_upload)? {
        let name = field.name().unwrap_or_default().to_string();
        if name == FIELD {
            let given = small_value(&mut field).await?;
            upload.token_checked = token_matches(session, Some(&given))?;
            if !upload.token_checked {
                return Err(AppError::CsrfRejected);
            }
            continue;
        }
        if !upload.token_checked {
            return Err(AppError::CsrfRejected);
        }
        match name.as_str() {
            "kind" => upload.kind = small_value(&mut field).await?,
            "skip_invalid" => upload.skip_invalid = !small_value(&mut field).await?.is_empty(),
            "file" => {
                let file_name = field
                    .content_disposition()
                    .and_then(|d| d.get_filename())
                    .unwrap_or_default()
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(200)
                    .collect::<String>();
                std::fs::create_dir_all(dir).map_err(|e| AppError::Unexpected(e.into()))?;
                let mut kept = tempfile::Builder::new()
                    .prefix("upload-")
                    .suffix(".csv")
                    .tempfile_in(dir)
                    .map_err(|e| AppError::Unexpected(e.into()))?;
                let mut size = 0u64;
                while let Some(chunk) = field.try_next().await.map_err(bad_upload)? {
                    size += chunk.len() as u64;
                    if size > MAX_UPLOAD {
                        return Err(AppError::PayloadTooLarge);
                    }
                    kept.write_all(&chunk)
                        .map_err(|e| AppError::Unexpected(e.into()))?;
                }
                kept.flush().map_err(|e| AppError::Unexpected(e.into()))?;
                upload.file = Some((file_name, kept, size));
            }
            _ => {
                small_value(&mut field).await?;
            }
        }
    }
    if !upload.token_checked {
        return Err(AppError::CsrfRejected);
    }
    Ok(upload)
}

/// Create: the file kept and its import started, then its page; or the form again (422).
pub async fn create(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    dirs: (web::Data<ImportDir>, web::Data<PublicUrl>),
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let (import_dir, public_url) = dirs;
    let lang = session.lang();
    let upload = read_upload(&session, payload, &import_dir.0).await?;
    let kind = ImportKind::parse(&upload.kind);
    let file = upload.file.filter(|(_, _, size)| *size > 0);
    let (kind, (file_name, kept, size)) = match (kind, file) {
        (Some(kind), Some(file)) => (kind, file),
        (kind, file) => {
            let errors = (
                kind.is_none().then(|| lang.t("import-kind-unknown")),
                file.is_none().then(|| lang.t("import-file-missing")),
            );
            let context = (&session, &*identity, &pool);
            let form = (upload.kind, upload.skip_invalid);
            return imports_page(context, StatusCode::UNPROCESSABLE_ENTITY, form, errors).await;
        }
    };
    let (_, path) = kept
        .keep()
        .map_err(|e| AppError::Unexpected(e.error.into()))?;
    let operator_id = identity.operator.id;
    let skip_invalid = upload.skip_invalid;
    let id = with_db_blocking(&pool, move |conn| {
        let now = crate::db::now();
        Ok(ImportRun::create(
            conn,
            NewImportRun {
                kind,
                file_name,
                size_bytes: size as i64,
                skip_invalid: i32::from(skip_invalid),
                status: ImportStatus::Checking,
                created_by: operator_id,
                created_at: now,
                updated_at: now,
            },
        )?)
    })
    .await?;
    let job = Job {
        id,
        kind,
        path,
        options: Options { skip_invalid },
        public_url: public_url.0.clone(),
    };
    import::spawn(pool.get_ref().clone(), job).map_err(|e| AppError::Unexpected(e.into()))?;
    Ok(see_other(&format!("/operator/imports/{id}")))
}

#[derive(Template)]
#[template(path = "operator/import.html")]
struct ImportPage {
    layout: Layout,
    run: ImportRun,
    stalled: bool,
}

impl ImportPage {
    pub fn problems(&self) -> Vec<&str> {
        self.run.problems.lines().collect()
    }

    pub fn percent(&self) -> i64 {
        percent(&self.run)
    }

    pub fn counts(&self) -> String {
        words::import_counts(self.layout.lang, &self.run)
    }
}

/// How far the import has come, 0 to 100: checking is the first half (by bytes read), applying
/// the second (by rows written).
fn percent(run: &ImportRun) -> i64 {
    match run.status {
        ImportStatus::Checking => run.bytes_read * 50 / run.size_bytes.max(1),
        ImportStatus::Applying => 50 + run.rows_applied * 50 / run.rows_to_apply.max(1),
        ImportStatus::Done | ImportStatus::Failed => 100,
    }
    .clamp(0, 100)
}

fn stalled(run: &ImportRun) -> bool {
    run.status.is_running()
        && (crate::db::now() - run.updated_at).num_seconds() > STALLED_AFTER_SECONDS
}

async fn find(pool: &web::Data<DbPool>, id: i32) -> Result<ImportRun, AppError> {
    with_db(pool, move |conn| {
        ImportRun::find(conn, id)?.ok_or(AppError::NotFound)
    })
    .await
}

pub async fn show(
    session: TypedSession,
    identity: web::ReqData<OperatorIdentity>,
    pool: web::Data<DbPool>,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let run = find(&pool, *id).await?;
    let layout = Layout::new(Area::Operator, &session, Some(identity.viewer()))?;
    let page = ImportPage {
        layout: layout.in_section("imports"),
        stalled: stalled(&run),
        run,
    };
    html(StatusCode::OK, &page)
}

/// The progress as the page's script reads it.
#[derive(Serialize, Deserialize)]
pub struct ProgressJson {
    pub running: bool,
    pub percent: i64,
    /// Rows checked and applied, in words, as the page says it.
    pub counts: String,
}

pub async fn progress(
    session: TypedSession,
    pool: web::Data<DbPool>,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let run = find(&pool, *id).await?;
    let body = ProgressJson {
        running: run.status.is_running() && !stalled(&run),
        percent: percent(&run),
        counts: words::import_counts(session.lang(), &run),
    };
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(body))
}
