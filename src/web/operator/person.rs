//! A new person's Name and Email, as the forms for a customer's user, a partner's user and an
//! operator give them.

use crate::domain::{EmailAddress, Lang, PersonName};
use crate::web::shared::words;

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
