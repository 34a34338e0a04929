//! Accounts and their passwords: the single-use links that set one, and the first operator of
//! an empty database. A link's token is in the link only; the database keeps its SHA-256, so a
//! copy of the database opens no account.

use chrono::{Duration, NaiveDateTime};
use diesel::result::Error as DbError;
use diesel::QueryResult;
use sha2::{Digest, Sha256};

use crate::db::models::{
    CustomerUser, NewOperator, NewPasswordLink, Operator, OperatorEvent, Partner, PartnerUser,
    PasswordLink, Tenant,
};
use crate::db::{now, write_transaction, DbConnection};
use crate::domain::{password, AccountKind, EmailAddress, Lang, LinkPurpose, NewPassword};
use crate::mail::{self, PasswordEmail};

/// How long a link to set a password works.
pub fn link_lifetime() -> Duration {
    Duration::hours(72)
}

/// A link just made: its token (for the address) and when it stops working.
#[derive(Debug, Clone)]
pub struct IssuedLink {
    pub token: String,
    pub expires_at: NaiveDateTime,
}

impl IssuedLink {
    /// The page that sets the password, under the portal's public address.
    pub fn url(&self, public_url: &str) -> String {
        format!(
            "{}/password/{}",
            public_url.trim_end_matches('/'),
            self.token
        )
    }
}

/// What is kept of a token: its SHA-256, in hex.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Makes a link that sets the password of an account.
pub fn issue_link(
    conn: &mut DbConnection,
    account_kind: AccountKind,
    account_id: i32,
    purpose: LinkPurpose,
) -> QueryResult<IssuedLink> {
    let token: String = rand::random::<[u8; 32]>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let created_at = now();
    let expires_at = created_at + link_lifetime();
    PasswordLink::create(
        conn,
        NewPasswordLink {
            token_hash: &token_hash(&token),
            account_kind,
            account_id,
            purpose,
            created_at,
            expires_at,
        },
    )?;
    Ok(IssuedLink { token, expires_at })
}

/// Why a link cannot set a password; for a used or expired one, whose it was (so that the page
/// can offer a new link where that account signs in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LinkRefused {
    #[error("no such link")]
    Unknown,
    #[error("the link has been used")]
    Used(AccountKind),
    #[error("the link has expired")]
    Expired(AccountKind),
}

impl LinkRefused {
    pub fn account_kind(self) -> Option<AccountKind> {
        match self {
            Self::Unknown => None,
            Self::Used(kind) | Self::Expired(kind) => Some(kind),
        }
    }
}

/// A link that can still set a password, and whose.
#[derive(Debug, Clone)]
pub struct OpenLink {
    pub link: PasswordLink,
    pub email: String,
}

/// What a link can do now.
pub fn open_link(
    conn: &mut DbConnection,
    token: &str,
) -> QueryResult<Result<OpenLink, LinkRefused>> {
    let Some(link) = PasswordLink::find_by_token_hash(conn, &token_hash(token))? else {
        return Ok(Err(LinkRefused::Unknown));
    };
    if link.used_at.is_some() {
        return Ok(Err(LinkRefused::Used(link.account_kind)));
    }
    if link.expires_at <= now() {
        return Ok(Err(LinkRefused::Expired(link.account_kind)));
    }
    let email = match link.account_kind {
        AccountKind::Customer => CustomerUser::find(conn, link.account_id)?.map(|u| u.email),
        AccountKind::Partner => PartnerUser::find(conn, link.account_id)?.map(|u| u.email),
        AccountKind::Operator => Operator::find(conn, link.account_id)?.map(|u| u.email),
    };
    // The account is gone: the link opens nothing.
    Ok(email
        .map(|email| OpenLink { link, email })
        .ok_or(LinkRefused::Unknown))
}

/// Sets the account's password through its link: the link is used up and the password set in
/// one transaction, so a link sets a password once. Every session of the account signed in
/// before now ends. Returns whose password it was.
pub fn set_password(
    conn: &mut DbConnection,
    token: &str,
    new_password: &NewPassword,
) -> Result<Result<AccountKind, LinkRefused>, DbError> {
    // Hashing takes tens of milliseconds: never while holding the write lock.
    let hash = password::hash(new_password.as_str())
        .map_err(|e| DbError::QueryBuilderError(format!("cannot hash the password: {e}").into()))?;
    write_transaction(conn, |conn| {
        let open = match open_link(conn, token)? {
            Ok(open) => open,
            Err(refused) => return Ok(Err(refused)),
        };
        // Two submissions of one form: only the first uses the link.
        if !PasswordLink::use_up(conn, open.link.id)? {
            return Ok(Err(LinkRefused::Used(open.link.account_kind)));
        }
        let id = open.link.account_id;
        match open.link.account_kind {
            AccountKind::Customer => CustomerUser::set_password(conn, id, &hash)?,
            AccountKind::Partner => PartnerUser::set_password(conn, id, &hash)?,
            AccountKind::Operator => Operator::set_password(conn, id, &hash)?,
        };
        Ok(Ok(open.link.account_kind))
    })
}

/// At most this many links for a forgotten password go to one account in an hour, however many
/// times, and from however many places, someone asks.
pub const RESETS_PER_HOUR: i64 = 3;

/// "Forgot your password?": when an account of `kind` signs in with `email` (and is not
/// deactivated), a link to set a new password is made and emailed to it, in one transaction.
/// Whether it was sent is for tests and logs; the page says the same either way.
pub fn request_reset(
    conn: &mut DbConnection,
    kind: AccountKind,
    email: &EmailAddress,
    lang: Lang,
    public_url: &str,
) -> QueryResult<bool> {
    write_transaction(conn, |conn| {
        let found = match kind {
            AccountKind::Customer => match CustomerUser::find_by_email(conn, email.as_str())? {
                Some(u) if u.deactivated_at.is_none() => {
                    let tenant = Tenant::find(conn, u.tenant_id)?.ok_or(DbError::NotFound)?;
                    Some((u.id, u.display_name, tenant.name))
                }
                _ => None,
            },
            AccountKind::Partner => match PartnerUser::find_by_email(conn, email.as_str())? {
                Some(u) if u.deactivated_at.is_none() => {
                    let partner = Partner::find(conn, u.partner_id)?.ok_or(DbError::NotFound)?;
                    Some((u.id, u.display_name, partner.name))
                }
                _ => None,
            },
            AccountKind::Operator => Operator::find_by_email(conn, email.as_str())?
                .map(|o| (o.id, o.display_name, "DPOR Portal".to_string())),
        };
        let Some((id, name, organisation)) = found else {
            return Ok(false);
        };
        let since = now() - Duration::hours(1);
        if PasswordLink::count_since(conn, kind, id, LinkPurpose::Reset, since)? >= RESETS_PER_HOUR
        {
            log::info!(
                "password reset for a {kind} account not sent: {RESETS_PER_HOUR} in the last hour"
            );
            return Ok(false);
        }
        let link = issue_link(conn, kind, id, LinkPurpose::Reset)?;
        let message = mail::compose_password_link(&PasswordEmail {
            purpose: LinkPurpose::Reset,
            lang,
            name: &name,
            email: email.as_str(),
            organisation: &organisation,
            kind,
            url: &link.url(public_url),
            expires_at: link.expires_at,
        })
        .map_err(|e| DbError::QueryBuilderError(format!("cannot write the email: {e}").into()))?;
        mail::enqueue(conn, &message)?;
        Ok(true)
    })
}

/// `dpor-portal operator add`: the operator with this email, made if new, and a link for them to
/// set their password (a new link for one who already has an account).
#[derive(Debug, Clone)]
pub struct AddedOperator {
    pub id: i32,
    pub created: bool,
    pub link: IssuedLink,
}

pub fn add_operator(
    conn: &mut DbConnection,
    email: &EmailAddress,
    display_name: Option<&str>,
) -> QueryResult<AddedOperator> {
    write_transaction(conn, |conn| {
        let (id, created, purpose) = match Operator::find_by_email(conn, email.as_str())? {
            Some(operator) => (operator.id, false, LinkPurpose::Reset),
            None => {
                let name = display_name
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| email.as_str().split('@').next().unwrap_or_default());
                let id = Operator::create(
                    conn,
                    NewOperator {
                        email: email.as_str(),
                        display_name: name,
                        created_at: now(),
                    },
                )?;
                (id, true, LinkPurpose::Invitation)
            }
        };
        let link = issue_link(conn, AccountKind::Operator, id, purpose)?;
        let action = if created {
            "operator-added"
        } else {
            "operator-link"
        };
        OperatorEvent::record(conn, None, action, email.as_str(), ("", ""))?;
        Ok(AddedOperator { id, created, link })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_kept_as_their_sha256() {
        assert_eq!(
            token_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let link = IssuedLink {
            token: "t0k3n".into(),
            expires_at: now(),
        };
        assert_eq!(
            link.url("https://portal.example/"),
            "https://portal.example/password/t0k3n"
        );
    }
}
