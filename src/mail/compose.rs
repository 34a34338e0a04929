use askama::Template;
use chrono::NaiveDateTime;

use crate::db::models::{CustomerUser, Partner, Subscription, Tenant};
use crate::db::now;
use crate::domain::Channel;
use crate::domain::{AccountKind, Lang, LinkPurpose};
use crate::mail::NewOutboxMessage;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    Added,
    /// `replaced`: the customer named another partner in the same step.
    Removed {
        replaced: bool,
    },
}

pub struct NoticeContext<'a> {
    pub notice: Notice,
    pub partner: &'a Partner,
    pub tenant: &'a Tenant,
    pub subscription: &'a Subscription,
    pub actor: &'a CustomerUser,
    pub channel: Channel,
    pub at: NaiveDateTime,
}

impl NoticeContext<'_> {
    fn added(&self) -> bool {
        self.notice == Notice::Added
    }

    fn replaced(&self) -> bool {
        self.notice == Notice::Removed { replaced: true }
    }

    fn lang(&self) -> Lang {
        self.partner.language
    }

    fn when(&self) -> String {
        format!("{} UTC", self.lang().date_time(self.at))
    }

    fn seats(&self) -> String {
        self.lang().number(self.subscription.seats)
    }
}

#[derive(Template)]
#[template(path = "email/partner_notice.txt")]
struct NoticeText<'a> {
    n: &'a NoticeContext<'a>,
}

#[derive(Template)]
#[template(path = "email/partner_notice.html")]
struct NoticeHtml<'a> {
    n: &'a NoticeContext<'a>,
}

/// The email telling a partner it was added or removed as partner of record.
pub fn compose_partner_notice(n: &NoticeContext) -> Result<NewOutboxMessage, askama::Error> {
    let lang = n.lang();
    let (customer, product) = (&n.tenant.name, &n.subscription.product);
    let subject = if n.added() {
        lang.t2(
            "email-notice-subject-added",
            "customer",
            customer,
            "product",
            product,
        )
    } else {
        lang.t2(
            "email-notice-subject-removed",
            "customer",
            customer,
            "product",
            product,
        )
    };
    let created_at = now();
    Ok(NewOutboxMessage {
        partner_id: Some(n.partner.id),
        recipient: n.partner.contact_email.clone(),
        subject: single_line(&subject),
        body_text: NoticeText { n }.render()?,
        body_html: NoticeHtml { n }.render()?,
        message_id: new_message_id(),
        created_at,
        next_attempt_at: created_at,
    })
}

#[derive(Template)]
#[template(path = "email/support_confirmation.txt")]
struct SupportText<'a> {
    lang: Lang,
    reference: &'a str,
    issue: &'a str,
    description: &'a str,
    when: String,
}

#[derive(Template)]
#[template(path = "email/support_confirmation.html")]
struct SupportHtml<'a> {
    lang: Lang,
    reference: &'a str,
    issue: &'a str,
    description: &'a str,
    when: String,
}

/// The confirmation of a support request with e-mail contact, to the person who filed it, in the
/// language they filed it in.
pub fn compose_support_confirmation(
    lang: Lang,
    reference: &str,
    recipient: &str,
    issue: &str,
    description: &str,
    at: NaiveDateTime,
) -> Result<NewOutboxMessage, askama::Error> {
    let when = format!("{} UTC", lang.date_time(at));
    let created_at = now();
    Ok(NewOutboxMessage {
        partner_id: None,
        recipient: recipient.to_string(),
        subject: single_line(&lang.t1("email-support-subject", "reference", reference)),
        body_text: SupportText {
            lang,
            reference,
            issue,
            description,
            when: when.clone(),
        }
        .render()?,
        body_html: SupportHtml {
            lang,
            reference,
            issue,
            description,
            when,
        }
        .render()?,
        message_id: new_message_id(),
        created_at,
        next_attempt_at: created_at,
    })
}

#[derive(Template)]
#[template(path = "email/password_link.txt")]
struct PasswordLinkText<'a> {
    lang: Lang,
    e: &'a PasswordEmail<'a>,
    body: String,
    expires: String,
}

#[derive(Template)]
#[template(path = "email/password_link.html")]
struct PasswordLinkHtml<'a> {
    lang: Lang,
    e: &'a PasswordEmail<'a>,
    body: String,
    expires: String,
}

/// An email with a link that sets a password: an invitation to a new account, or the answer to
/// "Forgot your password?".
pub struct PasswordEmail<'a> {
    pub purpose: LinkPurpose,
    pub lang: Lang,
    pub name: &'a str,
    pub email: &'a str,
    /// The tenant or partner they sign in for.
    pub organisation: &'a str,
    /// Which portal they sign in to.
    pub kind: AccountKind,
    pub url: &'a str,
    pub expires_at: NaiveDateTime,
}

pub fn compose_password_link(e: &PasswordEmail) -> Result<NewOutboxMessage, askama::Error> {
    let lang = e.lang;
    let expires = format!("{} UTC", lang.date_time(e.expires_at));
    let portal = lang.t(match e.kind {
        AccountKind::Customer => "email-invitation-portal-customer",
        AccountKind::Partner => "email-invitation-portal-partner",
        AccountKind::Operator => "email-invitation-portal-operator",
    });
    let (subject, body) = match e.purpose {
        LinkPurpose::Invitation => (
            lang.t1("email-invitation-subject", "portal", &portal),
            lang.t2(
                "email-invitation-body",
                "organisation",
                e.organisation,
                "portal",
                &portal,
            ),
        ),
        LinkPurpose::Reset => (
            lang.t1("email-reset-subject", "portal", &portal),
            lang.t1("email-reset-body", "portal", &portal),
        ),
    };
    let created_at = now();
    Ok(NewOutboxMessage {
        partner_id: None,
        recipient: e.email.to_string(),
        subject: single_line(&subject),
        body_text: PasswordLinkText {
            lang,
            e,
            body: body.clone(),
            expires: expires.clone(),
        }
        .render()?,
        body_html: PasswordLinkHtml {
            lang,
            e,
            body,
            expires,
        }
        .render()?,
        message_id: new_message_id(),
        created_at,
        next_attempt_at: created_at,
    })
}

/// Header values never carry line breaks or other control characters, whatever was typed.
pub fn single_line(value: &str) -> String {
    value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Stable for the life of the message, so a resend after a crash is recognisable as the same email.
fn new_message_id() -> String {
    let random: String = rand::random::<[u8; 16]>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("<{random}@dpor-portal.local>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_values_lose_line_breaks() {
        assert_eq!(
            single_line("Contoso\r\nBcc: victim@example.com"),
            "Contoso Bcc: victim@example.com"
        );
        assert_eq!(single_line("a\u{0}b\tc"), "a b c");
    }
}
