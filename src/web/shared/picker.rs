//! "Select your language": the picker that changes the language of the pages. The choice is
//! kept in a cookie for the browser and, for a signed-in user, on their account, so it follows
//! them to another browser.

use actix_web::http::header;
use actix_web::{web, HttpResponse};
use serde::Deserialize;

use crate::db::models::{CustomerUser, Operator, PartnerUser};
use crate::db::{DbConnection, DbPool};
use crate::domain::text;
use crate::domain::Lang;
use crate::web::shared::errors::AppError;
use crate::web::shared::language::{chosen, cookie, CookieSecurity};
use crate::web::shared::respond::with_db;
use crate::web::shared::session::{SessionUser, TypedSession};

#[derive(Debug, Deserialize)]
pub struct Choice {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    next: String,
}

/// Only an address on this site: anything else would make the picker an open redirect.
fn local_address(next: &str) -> &str {
    let local = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(text::is_hidden);
    if local {
        next
    } else {
        "/"
    }
}

fn answer(choice: &Choice, security: CookieSecurity) -> Result<(Lang, HttpResponse), AppError> {
    let lang = chosen(&choice.lang)?;
    let response = HttpResponse::SeeOther()
        .insert_header((header::LOCATION, local_address(&choice.next)))
        .cookie(cookie(lang, security))
        .finish();
    Ok((lang, response))
}

/// The picker on pages without a session (the start page, error pages): the choice is only the
/// browser's, so a plain link or GET form may make it.
pub async fn choose(
    query: web::Query<Choice>,
    security: web::Data<CookieSecurity>,
) -> Result<HttpResponse, AppError> {
    Ok(answer(&query, **security)?.1)
}

/// The picker on pages with a session (signed in, or a sign-in page): a form with its token, and
/// a signed-in user's account remembers the choice.
pub async fn choose_and_remember(
    session: TypedSession,
    pool: web::Data<DbPool>,
    form: web::Form<Choice>,
    security: web::Data<CookieSecurity>,
) -> Result<HttpResponse, AppError> {
    let (lang, response) = answer(&form, **security)?;
    if let Some(user) = session.user()? {
        with_db(&pool, move |conn| Ok(save(conn, user, lang)?)).await?;
    }
    Ok(response)
}

/// Keeps a user's language on their account.
pub fn save(conn: &mut DbConnection, user: SessionUser, lang: Lang) -> diesel::QueryResult<usize> {
    match user {
        SessionUser::Customer(id) => CustomerUser::set_language(conn, id, lang),
        SessionUser::Partner(id) => PartnerUser::set_language(conn, id, lang),
        SessionUser::Operator(id) => Operator::set_language(conn, id, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_picker_returns_only_to_this_site() {
        assert_eq!(
            local_address("/office/subscriptions?x=1"),
            "/office/subscriptions?x=1"
        );
        assert_eq!(local_address("https://evil.example/"), "/");
        assert_eq!(local_address("//evil.example/"), "/");
        assert_eq!(local_address("/\\evil.example/"), "/");
        assert_eq!(local_address("/a\r\nSet-Cookie: x=y"), "/");
        assert_eq!(local_address(""), "/");
    }
}
