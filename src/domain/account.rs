use crate::domain::stored::stored_as_text;

stored_as_text! {
    /// The three kinds of people who sign in, each at their own portal.
    pub enum AccountKind {
        /// A customer's user, in the Office and Intune portals.
        Customer = "customer",
        /// A partner's user, in the partner portal.
        Partner = "partner",
        /// Someone who runs the portal, in the operator area.
        Operator = "operator",
    }
}

stored_as_text! {
    /// Why a link to set a password was made.
    pub enum LinkPurpose {
        /// A new account's first password.
        Invitation = "invitation",
        /// A forgotten one, or a new link asked for on the command line.
        Reset = "reset",
    }
}

/// A password someone chose, typed twice: long enough, not too long, the same both times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPassword(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NewPasswordError {
    #[error("A password has at least {min} characters.", min = NewPassword::MIN_CHARS)]
    TooShort,
    #[error("A password has at most {max} characters.", max = NewPassword::MAX_CHARS)]
    TooLong,
    #[error("The two passwords are not the same.")]
    Mismatch,
}

impl NewPassword {
    /// Long enough that guessing it over the rate limits takes longer than anyone has; a
    /// passphrase of a few words is the easy way there.
    pub const MIN_CHARS: usize = 12;
    pub const MAX_CHARS: usize = 1024;

    pub fn parse(password: &str, confirm: &str) -> Result<Self, NewPasswordError> {
        let chars = password.chars().count();
        if chars < Self::MIN_CHARS {
            return Err(NewPasswordError::TooShort);
        }
        if chars > Self::MAX_CHARS {
            return Err(NewPasswordError::TooLong);
        }
        if password != confirm {
            return Err(NewPasswordError::Mismatch);
        }
        Ok(Self(password.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_password_is_long_enough_and_typed_twice_the_same() {
        assert_eq!(
            NewPassword::parse("correct horse", "correct horse")
                .unwrap()
                .as_str(),
            "correct horse"
        );
        assert_eq!(
            NewPassword::parse("short", "short"),
            Err(NewPasswordError::TooShort)
        );
        // Characters, not bytes: twelve Japanese characters are enough.
        assert!(NewPassword::parse("あいうえおかきくけこさし", "あいうえおかきくけこさし").is_ok());
        assert_eq!(
            NewPassword::parse("correct horse", "correct horsf"),
            Err(NewPasswordError::Mismatch)
        );
        let long = "x".repeat(1025);
        assert_eq!(
            NewPassword::parse(&long, &long),
            Err(NewPasswordError::TooLong)
        );
        assert_eq!(
            NewPasswordError::TooShort.to_string(),
            "A password has at least 12 characters."
        );
    }
}
