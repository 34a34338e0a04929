//! Category → Topic → Issue: the choices a support request is filed under, kept in the database
//! with their names per language (English in the tables themselves, the fallback).

use std::collections::HashMap;

use diesel::prelude::*;

use crate::db::schema::{
    support_categories, support_category_names, support_issue_names, support_issues,
    support_topic_names, support_topics,
};
use crate::db::DbConnection;
use crate::domain::Lang;

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
pub struct IssueIds {
    category: i32,
    topic: i32,
    issue: i32,
}

pub type Path = (String, String, String);

/// An issue's ids and its English "Category › Topic › Issue", as one selection.
pub type PathColumns = (
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
pub fn paths_in(
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
