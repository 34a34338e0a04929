//! Operators that an operator invites from the Operators page, as `operator add` does from the
//! command line: no password until they set one through the link in their invitation.

use diesel::result::{DatabaseErrorKind, Error as DbError};

use crate::db::models::{NewOperator, Operator, OperatorEvent};
use crate::db::{now, write_transaction, DbConnection};
use crate::domain::{AccountKind, EmailAddress, Lang, LinkPurpose, PersonName};
use crate::engine::accounts::issue_link;
use crate::engine::onboarding::error::OnboardingError;
use crate::mail::{self, PasswordEmail};

/// A new operator and their invitation, written to the outbox in the same transaction.
pub fn invite_operator(
    conn: &mut DbConnection,
    by_operator: i32,
    (name, email): (&PersonName, &EmailAddress),
    lang: Lang,
    public_url: &str,
) -> Result<i32, OnboardingError> {
    let taken = || OnboardingError::EmailTaken(email.as_str().to_string());
    let invited = write_transaction(conn, |conn| {
        if Operator::find_by_email(conn, email.as_str())?.is_some() {
            return Err(taken());
        }
        let id = Operator::create(
            conn,
            NewOperator {
                email: email.as_str(),
                display_name: name.as_str(),
                created_at: now(),
            },
        )?;
        let link = issue_link(conn, AccountKind::Operator, id, LinkPurpose::Invitation)?;
        let message = mail::compose_password_link(&PasswordEmail {
            purpose: LinkPurpose::Invitation,
            lang,
            name: name.as_str(),
            email: email.as_str(),
            organisation: "DPOR Portal",
            kind: AccountKind::Operator,
            url: &link.url(public_url),
            expires_at: link.expires_at,
        })
        .map_err(|e| OnboardingError::Compose(e.to_string()))?;
        mail::enqueue(conn, &message)?;
        let subject = format!("{} <{}>", name.as_str(), email.as_str());
        OperatorEvent::record(
            conn,
            Some(by_operator),
            "operator-added",
            &subject,
            ("", ""),
        )?;
        Ok(id)
    });
    match invited {
        Err(OnboardingError::Database(DbError::DatabaseError(
            DatabaseErrorKind::UniqueViolation,
            _,
        ))) => Err(taken()),
        other => other,
    }
}
