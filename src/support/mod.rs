//! Support requests: the article's "further questions" path. Category → Topic → Issue come from
//! the database; a request gets a reference the requester sees, and an e-mail request is
//! confirmed through the outbox, in the same transaction as the request.

mod catalogue;
mod request;

pub use catalogue::{categories, issues, topics, Choice};
pub use request::{
    file_request, parse_description, requests_of, ContactMethod, RequestLine, RequestStatus,
    Requester, SupportError, DESCRIPTION_MAX,
};
