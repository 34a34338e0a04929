//! Support requests: the article's "further questions" path. Category → Topic → Issue come from
//! the database; a request gets a reference the requester sees, and an e-mail request is
//! confirmed through the outbox, in the same transaction as the request.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::distr::{Alphanumeric, SampleString};

use crate::db::schema::{
    support_categories, support_category_names, support_issue_names, support_issues,
    support_requests, support_topic_names, support_topics,
};
use crate::db::{now, write_transaction, DbConnection};
use crate::i18n::Lang;
use crate::mail;

/// One entry of a Category, Topic or Issue list.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Choice {
    pub id: i32,
    pub name: String,
}

pub fn categories(conn: &mut DbConnection, lang: Lang) -> QueryResult<Vec<Choice>> {
    let choices = support_categories::table
        .order(support_categories::position)
        .select((support_categories::id, support_categories::name))
        .load(conn)?;
    translated(conn, lang, Kind::Category, choices)
}

pub fn topics(conn: &mut DbConnection, lang: Lang, category_id: i32) -> QueryResult<Vec<Choice>> {
    let choices = support_topics::table
        .filter(support_topics::category_id.eq(category_id))
        .order(support_topics::position)
        .select((support_topics::id, support_topics::name))
        .load(conn)?;
    translated(conn, lang, Kind::Topic, choices)
}

pub fn issues(conn: &mut DbConnection, lang: Lang, topic_id: i32) -> QueryResult<Vec<Choice>> {
    let choices = support_issues::table
        .filter(support_issues::topic_id.eq(topic_id))
        .order(support_issues::position)
        .select((support_issues::id, support_issues::name))
        .load(conn)?;
    translated(conn, lang, Kind::Issue, choices)
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    Category,
    Topic,
    Issue,
}

/// The names of `ids` in `lang`, where the database has them.
fn names_in(
    conn: &mut DbConnection,
    lang: Lang,
    kind: Kind,
    ids: &[i32],
) -> QueryResult<HashMap<i32, String>> {
    if lang == Lang::En || ids.is_empty() {
        return Ok(HashMap::new());
    }
    let code = lang.code();
    let pairs: Vec<(i32, String)> = match kind {
        Kind::Category => support_category_names::table
            .filter(support_category_names::category_id.eq_any(ids))
            .filter(support_category_names::language.eq(code))
            .select((
                support_category_names::category_id,
                support_category_names::name,
            ))
            .load(conn)?,
        Kind::Topic => support_topic_names::table
            .filter(support_topic_names::topic_id.eq_any(ids))
            .filter(support_topic_names::language.eq(code))
            .select((support_topic_names::topic_id, support_topic_names::name))
            .load(conn)?,
        Kind::Issue => support_issue_names::table
            .filter(support_issue_names::issue_id.eq_any(ids))
            .filter(support_issue_names::language.eq(code))
            .select((support_issue_names::issue_id, support_issue_names::name))
            .load(conn)?,
    };
    Ok(pairs.into_iter().collect())
}

/// The choices with their names in `lang`; English where no translation is stored.
fn translated(
    conn: &mut DbConnection,
    lang: Lang,
    kind: Kind,
    mut choices: Vec<Choice>,
) -> QueryResult<Vec<Choice>> {
    let ids: Vec<i32> = choices.iter().map(|c| c.id).collect();
    let mut names = names_in(conn, lang, kind, &ids)?;
    for choice in &mut choices {
        if let Some(name) = names.remove(&choice.id) {
            choice.name = name;
        }
    }
    Ok(choices)
}

/// The category, topic and issue of an issue, by id.
#[derive(Debug, Clone, Copy, Queryable)]
struct IssueIds {
    category: i32,
    topic: i32,
    issue: i32,
}

type Path = (String, String, String);

/// An issue's ids and its English "Category › Topic › Issue", as one selection.
type PathColumns = (
    (
        support_categories::id,
        support_topics::id,
        support_issues::id,
    ),
    (
        support_categories::name,
        support_topics::name,
        support_issues::name,
    ),
);

/// The paths in `lang`, each name in English where no translation is stored.
fn paths_in(
    conn: &mut DbConnection,
    lang: Lang,
    found: Vec<(IssueIds, Path)>,
) -> QueryResult<Vec<Path>> {
    let all =
        |pick: fn(&IssueIds) -> i32| found.iter().map(|(ids, _)| pick(ids)).collect::<Vec<_>>();
    let categories = names_in(conn, lang, Kind::Category, &all(|i| i.category))?;
    let topics = names_in(conn, lang, Kind::Topic, &all(|i| i.topic))?;
    let issues = names_in(conn, lang, Kind::Issue, &all(|i| i.issue))?;
    Ok(found
        .into_iter()
        .map(|(ids, (category, topic, issue))| {
            (
                categories.get(&ids.category).cloned().unwrap_or(category),
                topics.get(&ids.topic).cloned().unwrap_or(topic),
                issues.get(&ids.issue).cloned().unwrap_or(issue),
            )
        })
        .collect())
}

/// The category and topic an issue belongs to, and its name, in `lang`: "Category › Topic › Issue".
pub fn issue_path(conn: &mut DbConnection, lang: Lang, issue_id: i32) -> QueryResult<Option<Path>> {
    let found: Option<(IssueIds, Path)> = support_issues::table
        .inner_join(support_topics::table.inner_join(support_categories::table))
        .filter(support_issues::id.eq(issue_id))
        .select(PathColumns::default())
        .first(conn)
        .optional()?;
    Ok(match found {
        Some(found) => paths_in(conn, lang, vec![found])?.pop(),
        None => None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactMethod {
    Chat,
    Forum,
    Email,
}

impl ContactMethod {
    pub const ALL: [ContactMethod; 3] = [Self::Chat, Self::Forum, Self::Email];

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "chat" => Some(Self::Chat),
            "forum" => Some(Self::Forum),
            "email" => Some(Self::Email),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Chat => "chat",
            Self::Forum => "forum",
            Self::Email => "email",
        }
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
/// control characters.
pub fn parse_description(text: &str) -> Result<String, SupportError> {
    let text = text.trim();
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
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
                support_requests::status.eq("open"),
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
    pub contact_method: String,
    pub status: String,
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
    Ok(rows
        .into_iter()
        .zip(paths)
        .map(
            |((reference, created_at, _, contact_method, status, description), path)| RequestLine {
                reference,
                created_at,
                category: path.0,
                topic: path.1,
                issue: path.2,
                contact_method,
                status,
                description,
            },
        )
        .collect())
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
    fn contact_methods_round_trip() {
        for method in ContactMethod::ALL {
            assert_eq!(ContactMethod::parse(method.as_str()), Some(method));
        }
        assert_eq!(ContactMethod::parse("phone"), None);
    }
}
