//! The stylesheet and images, built into the binary so the portal runs from any folder.

use actix_web::http::header;
use actix_web::{web, HttpResponse};

use crate::web::shared::errors::AppError;

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

const ASSETS: &[Asset] = &[
    Asset {
        name: "portal.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../../../static/portal.css"),
    },
    Asset {
        name: "support.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../../../static/support.js"),
    },
];

pub async fn serve(file: web::Path<String>) -> Result<HttpResponse, AppError> {
    let asset = ASSETS
        .iter()
        .find(|a| a.name == file.as_str())
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, asset.content_type))
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(asset.body))
}
