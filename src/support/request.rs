//! A support request: its description checked, filed with a reference, an e-mail request
//! confirmed through the outbox in the same transaction, and listed as "My requests".

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::distr::{Alphanumeric, SampleString};

use crate::db::models::state;
use crate::db::schema::{support_categories, support_issues, support_requests, support_topics};
use crate::db::{now, write_transaction, DbConnection};
use crate::domain::text;
use crate::domain::{stored_as_text, Lang};
use crate::mail;
use crate::support::catalogue::{issue_path, paths_in, IssueIds, Path, PathColumns};

stored_as_text! {
    /// How the requester wants to be contacted.
    pub enum ContactMethod {
        Chat = "chat",
        Forum = "forum",
        Email = "email",
    }
}

stored_as_text! {
    pub enum RequestStatus {
        Open = "open",
        Closed = "closed",
    }
}

/// Who files the request.
#[derive(Debug, Clone)]
pub enum Requester {
    Customer { user_id: i32, email: String },
    Partner { user_id: i32, email: String },
}

impl Requester {
    fn email(&self) -> &str {
        match self {
            Self::Customer { email, .. } | Self::Partner { email, .. } => email,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SupportError {
    #[error("Select a category, a topic and an issue.")]
    NoIssue,
    #[error("Describe the problem in at least 10 characters.")]
    DescriptionTooShort,
    #[error("A description has at most 4,000 characters.")]
    DescriptionTooLong,
    #[error("The description cannot contain control characters.")]
    DescriptionControl,
    #[error("Choose how you want to be contacted: Chat, Forum or E-mail.")]
    NoContact,
    #[error("cannot write the confirmation email: {0}")]
    Compose(String),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

pub const DESCRIPTION_MAX: usize = 4000;

/// A description as typed: trimmed, long enough, not too long, only line breaks and tabs as
/// control characters, and no invisible formatting characters.
pub fn parse_description(text: &str) -> Result<String, SupportError> {
    let text = text.trim();
    if text
        .chars()
        .any(|c| text::is_hidden(c) && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(SupportError::DescriptionControl);
    }
    match text.chars().count() {
        n if n < 10 => Err(SupportError::DescriptionTooShort),
        n if n > DESCRIPTION_MAX => Err(SupportError::DescriptionTooLong),
        _ => Ok(text.replace("\r\n", "\n")),
    }
}

/// Files a request and returns its reference. An e-mail request's confirmation is written to the
/// outbox in the same transaction.
pub fn file_request(
    conn: &mut DbConnection,
    lang: Lang,
    requester: &Requester,
    issue_id: i32,
    description: &str,
    contact: ContactMethod,
) -> Result<String, SupportError> {
    write_transaction(conn, |conn| {
        let (category, topic, issue) =
            issue_path(conn, lang, issue_id)?.ok_or(SupportError::NoIssue)?;
        let reference = format!(
            "SR-{}",
            Alphanumeric
                .sample_string(&mut rand::rng(), 8)
                .to_ascii_uppercase()
        );
        let (customer_user_id, partner_user_id) = match requester {
            Requester::Customer { user_id, .. } => (Some(*user_id), None),
            Requester::Partner { user_id, .. } => (None, Some(*user_id)),
        };
        let created_at = now();
        diesel::insert_into(support_requests::table)
            .values((
                support_requests::reference.eq(&reference),
                support_requests::customer_user_id.eq(customer_user_id),
                support_requests::partner_user_id.eq(partner_user_id),
                support_requests::issue_id.eq(issue_id),
                support_requests::description.eq(description),
                support_requests::contact_method.eq(contact.as_str()),
                support_requests::status.eq(RequestStatus::Open.as_str()),
                support_requests::created_at.eq(created_at),
            ))
            .execute(conn)?;
        if contact == ContactMethod::Email {
            let confirmation = mail::compose_support_confirmation(
                lang,
                &reference,
                requester.email(),
                &format!("{category} › {topic} › {issue}"),
                description,
                created_at,
            )
            .map_err(|e| SupportError::Compose(e.to_string()))?;
            mail::enqueue(conn, &confirmation)?;
        }
        Ok(reference)
    })
}

/// A request as "My requests" lists it.
#[derive(Debug, Clone)]
pub struct RequestLine {
    pub reference: String,
    pub created_at: NaiveDateTime,
    pub category: String,
    pub topic: String,
    pub issue: String,
    pub contact_method: ContactMethod,
    pub status: RequestStatus,
    pub description: String,
}

type RequestRow = (
    String,
    NaiveDateTime,
    (IssueIds, Path),
    String,
    String,
    String,
);

/// The requester's own requests, newest first, with their Category › Topic › Issue in `lang`.
pub fn requests_of(
    conn: &mut DbConnection,
    lang: Lang,
    requester: &Requester,
) -> QueryResult<Vec<RequestLine>> {
    let query = support_requests::table
        .inner_join(
            support_issues::table
                .inner_join(support_topics::table.inner_join(support_categories::table)),
        )
        .order(support_requests::id.desc())
        .limit(200)
        .select((
            support_requests::reference,
            support_requests::created_at,
            PathColumns::default(),
            support_requests::contact_method,
            support_requests::status,
            support_requests::description,
        ))
        .into_boxed();
    let query = match requester {
        Requester::Customer { user_id, .. } => {
            query.filter(support_requests::customer_user_id.eq(*user_id))
        }
        Requester::Partner { user_id, .. } => {
            query.filter(support_requests::partner_user_id.eq(*user_id))
        }
    };
    let rows: Vec<RequestRow> = query.load(conn)?;
    let paths = paths_in(conn, lang, rows.iter().map(|r| r.2.clone()).collect())?;
    rows.into_iter()
        .zip(paths)
        .map(
            |((reference, created_at, _, contact, status, description), path)| {
                let parse_error = diesel::result::Error::DeserializationError;
                let table = "support_requests";
                Ok(RequestLine {
                    contact_method: state(
                        ContactMethod::parse,
                        table,
                        &reference,
                        "contact_method",
                        &contact,
                    )
                    .map_err(parse_error)?,
                    status: state(RequestStatus::parse, table, &reference, "status", &status)
                        .map_err(parse_error)?,
                    reference,
                    created_at,
                    category: path.0,
                    topic: path.1,
                    issue: path.2,
                    description,
                })
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_are_checked() {
        assert!(matches!(
            parse_description("short"),
            Err(SupportError::DescriptionTooShort)
        ));
        assert!(matches!(
            parse_description(&"x".repeat(4001)),
            Err(SupportError::DescriptionTooLong)
        ));
        assert!(matches!(
            parse_description("bad \u{0} character here"),
            Err(SupportError::DescriptionControl)
        ));
        assert_eq!(
            parse_description("  Check ID says not found.\r\nWhy?  ").unwrap(),
            "Check ID says not found.\nWhy?"
        );
    }

    #[test]
    fn contact_methods_and_statuses_round_trip() {
        for method in ContactMethod::ALL {
            assert_eq!(ContactMethod::parse(method.as_str()), Some(*method));
        }
        assert_eq!(ContactMethod::parse("phone"), None);
        for status in RequestStatus::ALL {
            assert_eq!(RequestStatus::parse(status.as_str()), Some(*status));
        }
    }
}
