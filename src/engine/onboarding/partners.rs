//! Partners as operators see them (their facts, locations and users) and their users, invited
//! by email and deactivated.

use diesel::result::{DatabaseErrorKind, Error as DbError};
use diesel::QueryResult;

use crate::db::models::{NewPartnerUser, OperatorEvent, Partner, PartnerFacts, PartnerUser};
use crate::db::{now, write_transaction, DbConnection};
use crate::domain::{AccountKind, EmailAddress, Lang, LinkPurpose, PersonName};
use crate::engine::accounts::issue_link;
use crate::engine::onboarding::error::OnboardingError;
use crate::mail::{self, PasswordEmail};

/// A partner with its location IDs (for a global ID) and its users.
pub struct PartnerDetail {
    pub partner: Partner,
    /// Its enrollment and status from the day each took effect, newest first.
    pub history: Vec<PartnerFacts>,
    pub locations: Vec<Partner>,
    pub users: Vec<PartnerUser>,
}

pub fn partner_detail(conn: &mut DbConnection, id: i32) -> QueryResult<Option<PartnerDetail>> {
    let Some(partner) = Partner::find(conn, id)? else {
        return Ok(None);
    };
    let locations = Partner::locations_of(conn, id)?;
    let users = PartnerUser::of_partner(conn, id)?;
    let mut history = PartnerFacts::history(conn, id)?;
    history.reverse();
    Ok(Some(PartnerDetail {
        partner,
        history,
        locations,
        users,
    }))
}

/// Adds a user to a partner with no password and writes their invitation to the outbox, in one
/// transaction.
pub fn create_partner_user(
    conn: &mut DbConnection,
    operator_id: i32,
    partner_id: i32,
    (name, email): (&PersonName, &EmailAddress),
    (lang, public_url): (Lang, &str),
) -> Result<i32, OnboardingError> {
    let taken = || OnboardingError::EmailTaken(email.as_str().to_string());
    let created = write_transaction(conn, |conn| {
        let partner = Partner::find(conn, partner_id)?.ok_or(OnboardingError::NotFound)?;
        if PartnerUser::find_by_email(conn, email.as_str())?.is_some() {
            return Err(taken());
        }
        let id = PartnerUser::create(
            conn,
            NewPartnerUser {
                partner_id,
                email: email.as_str(),
                display_name: name.as_str(),
                password_hash: None,
                created_at: now(),
            },
        )?;
        let link = issue_link(conn, AccountKind::Partner, id, LinkPurpose::Invitation)?;
        let message = mail::compose_password_link(&PasswordEmail {
            purpose: LinkPurpose::Invitation,
            lang,
            name: name.as_str(),
            email: email.as_str(),
            organisation: &partner.name,
            kind: AccountKind::Partner,
            url: &link.url(public_url),
            expires_at: link.expires_at,
        })
        .map_err(|e| OnboardingError::Compose(e.to_string()))?;
        mail::enqueue(conn, &message)?;
        let subject = format!(
            "{} <{}>, {}",
            name.as_str(),
            email.as_str(),
            partner.label()
        );
        OperatorEvent::record(
            conn,
            Some(operator_id),
            "partner-user-created",
            &subject,
            ("", ""),
        )?;
        Ok(id)
    });
    match created {
        Err(OnboardingError::Database(DbError::DatabaseError(
            DatabaseErrorKind::UniqueViolation,
            _,
        ))) => Err(taken()),
        other => other,
    }
}

/// Deactivates a partner's user: no sign-in, sessions end at the next request, history kept.
pub fn deactivate_partner_user(
    conn: &mut DbConnection,
    operator_id: i32,
    (partner_id, user_id): (i32, i32),
) -> Result<bool, OnboardingError> {
    write_transaction(conn, |conn| {
        let user = PartnerUser::find(conn, user_id)?
            .filter(|u| u.partner_id == partner_id)
            .ok_or(OnboardingError::NotFound)?;
        if user.deactivated_at.is_some() {
            return Ok(false);
        }
        PartnerUser::deactivate(conn, user_id)?;
        let subject = format!("{} <{}>", user.display_name, user.email);
        OperatorEvent::record(
            conn,
            Some(operator_id),
            "user-deactivated",
            &subject,
            ("", ""),
        )?;
        Ok(true)
    })
}
