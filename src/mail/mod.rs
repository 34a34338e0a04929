//! Partner emails: composed and written to the outbox inside the transaction of the change that
//! causes them, then delivered by the worker. A change and its email are never separated.

mod compose;
mod outbox;
mod policy;
pub mod worker;

pub use compose::{
    compose_partner_notice, compose_password_link, compose_support_confirmation, Notice,
    NoticeContext, PasswordEmail,
};
pub use outbox::{enqueue, NewOutboxMessage, OutboxCounts, OutboxMessage, Outcome};
pub use policy::MailPolicy;
pub use worker::{MailSettings, MailWaker};
