use crate::domain::text;

/// An email address as typed at sign-in: trimmed and lower-cased, with one `@`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("Enter your email address.")]
    Empty,
    #[error("An email address has at most 254 characters.")]
    TooLong,
    #[error("Enter an email address like name@contoso.com.")]
    Malformed,
}

impl EmailAddress {
    pub const MAX_LEN: usize = 254;

    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let value = input.trim();
        if value.is_empty() {
            return Err(EmailError::Empty);
        }
        if value.chars().count() > Self::MAX_LEN {
            return Err(EmailError::TooLong);
        }
        let (local, domain) = value.split_once('@').ok_or(EmailError::Malformed)?;
        let well_formed = !local.is_empty()
            && !domain.is_empty()
            && !domain.contains('@')
            && !value
                .chars()
                .any(|c| c.is_whitespace() || text::is_hidden(c));
        if !well_formed {
            return Err(EmailError::Malformed);
        }
        Ok(Self(value.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_lowercases() {
        let email = EmailAddress::parse("  Admin@Contoso.Example ").unwrap();
        assert_eq!(email.as_str(), "admin@contoso.example");
    }

    #[test]
    fn refuses_what_is_not_an_address() {
        assert_eq!(EmailAddress::parse(""), Err(EmailError::Empty));
        assert_eq!(EmailAddress::parse("admin"), Err(EmailError::Malformed));
        assert_eq!(EmailAddress::parse("a@b@c"), Err(EmailError::Malformed));
        assert_eq!(EmailAddress::parse("a b@c"), Err(EmailError::Malformed));
        assert_eq!(
            EmailAddress::parse("a@b\r\nBcc: x"),
            Err(EmailError::Malformed)
        );
        assert_eq!(
            EmailAddress::parse(&format!("{}@x", "a".repeat(300))),
            Err(EmailError::TooLong)
        );
    }
}
