//! A list searched by text and shown a page at a time, as Tenants, Partners and Activity show it.

use serde::Deserialize;

use crate::domain::text;
use crate::web::operator::PAGE_SIZE;

#[derive(Debug, Deserialize)]
pub struct ListQuery {
    q: Option<String>,
    page: Option<u32>,
}

/// The search and the page being shown, and whether another follows.
pub struct Listing {
    pub q: String,
    pub page: u32,
    pub has_next: bool,
    base: &'static str,
}

impl Listing {
    /// The list at `base`, as its query asks for it: the search trimmed, without control
    /// characters, at most 100 characters; pages from 1.
    pub fn of(query: &ListQuery, base: &'static str) -> Self {
        let q = query
            .q
            .as_deref()
            .unwrap_or("")
            .trim()
            .chars()
            .filter(|c| !text::is_hidden(*c))
            .take(100)
            .collect();
        Self {
            q,
            page: query.page.unwrap_or(1).clamp(1, 100_000),
            has_next: false,
            base,
        }
    }

    /// The text searched for, if any.
    pub fn text(&self) -> Option<String> {
        (!self.q.is_empty()).then(|| self.q.clone())
    }

    /// The rows to read: from this page's first, one more than a page (to know whether another
    /// page follows).
    pub fn window(&self) -> (i64, i64) {
        (i64::from(self.page - 1) * PAGE_SIZE, PAGE_SIZE + 1)
    }

    /// This page of the rows read through [`Listing::window`].
    pub fn page_of<T>(&mut self, mut rows: Vec<T>) -> Vec<T> {
        self.has_next = rows.len() as i64 > PAGE_SIZE;
        rows.truncate(PAGE_SIZE as usize);
        rows
    }

    /// This list, another page of it.
    pub fn page_link(&self, page: u32) -> String {
        let mut url = url::form_urlencoded::Serializer::new(String::new());
        if !self.q.is_empty() {
            url.append_pair("q", &self.q);
        }
        url.append_pair("page", &page.to_string());
        format!("{}?{}", self.base, url.finish())
    }
}
