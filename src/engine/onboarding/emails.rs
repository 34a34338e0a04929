//! Emails the mail worker gave up on, sent again by an operator.

use crate::db::models::OperatorEvent;
use crate::db::{write_transaction, DbConnection};
use crate::engine::onboarding::OnboardingError;
use crate::mail::OutboxMessage;

/// Makes a failed email due again with a fresh count of attempts, and logs who did it. False
/// when it had not failed (it was resent or delivered since).
pub fn resend_email(
    conn: &mut DbConnection,
    operator_id: i32,
    id: i32,
) -> Result<bool, OnboardingError> {
    write_transaction(conn, |conn| {
        let message = OutboxMessage::find(conn, id)?.ok_or(OnboardingError::NotFound)?;
        if !OutboxMessage::resend(conn, id)? {
            return Ok(false);
        }
        let subject = format!("{} ({})", message.subject, message.recipient);
        OperatorEvent::record(conn, Some(operator_id), "email-resent", &subject, ("", ""))?;
        Ok(true)
    })
}
