//! A new person's Name and Email, as the forms for a customer's user, a partner's user and an
//! operator give them.

use actix_web::HttpResponse;

use crate::domain::{EmailAddress, Lang, PersonName};
use crate::mail::MailWaker;
use crate::web::shared::{see_other, words, AppError, Flash, TypedSession};

/// The sentences to show next to Name and Email.
pub type PersonErrors = (Option<String>, Option<String>);

/// Both fields parsed, or the sentence for each that is wrong.
pub fn parse_person(
    lang: Lang,
    name: &str,
    email: &str,
) -> Result<(PersonName, EmailAddress), PersonErrors> {
    match (PersonName::parse(name), EmailAddress::parse(email)) {
        (Ok(name), Ok(email)) => Ok((name, email)),
        (name, email) => Err((
            name.err().map(|p| words::person_name_error(lang, p)),
            email.err().map(|e| words::email_error(lang, &e)),
        )),
    }
}

/// After a new person's invitation was written: the mail worker woken to send it, the
/// confirmation for the next page, and on to `next`.
pub fn invitation_sent(
    session: &TypedSession,
    waker: &MailWaker,
    (name, email): (&PersonName, &EmailAddress),
    next: &str,
) -> Result<HttpResponse, AppError> {
    waker.wake();
    let lang = session.lang();
    let sent = lang.t2(
        "user-invited",
        "name",
        name.as_str(),
        "email",
        email.as_str(),
    );
    session.set_flash(Flash::success(sent))?;
    Ok(see_other(next))
}
