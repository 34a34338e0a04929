use std::fmt;

/// A partner's Microsoft Partner Network ID: 6 to 10 ASCII digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MpnId(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MpnIdError {
    #[error("Enter the partner's MPN ID, like 1234567.")]
    Empty,
    #[error("An MPN ID has 6 to 10 digits, like 1234567.")]
    Malformed,
}

impl MpnId {
    pub const MIN_DIGITS: usize = 6;
    pub const MAX_DIGITS: usize = 10;

    /// Spaces around the ID are forgiven (it is often pasted); anything else that is not a digit is not.
    pub fn parse(input: &str) -> Result<Self, MpnIdError> {
        let value = input.trim();
        if value.is_empty() {
            return Err(MpnIdError::Empty);
        }
        let digits_only = value.bytes().all(|b| b.is_ascii_digit());
        if !digits_only || !(Self::MIN_DIGITS..=Self::MAX_DIGITS).contains(&value.len()) {
            return Err(MpnIdError::Malformed);
        }
        Ok(Self(value.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for MpnId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_six_to_ten_digits_with_spaces_around() {
        assert_eq!(MpnId::parse("1234567").unwrap().as_str(), "1234567");
        assert_eq!(MpnId::parse("  1234567\t").unwrap().as_str(), "1234567");
        assert!(MpnId::parse("123456").is_ok());
        assert!(MpnId::parse("1234567890").is_ok());
    }

    #[test]
    fn refuses_everything_else_with_a_sentence() {
        assert_eq!(MpnId::parse(""), Err(MpnIdError::Empty));
        assert_eq!(MpnId::parse("   "), Err(MpnIdError::Empty));
        for bad in [
            "12345",
            "12345678901",
            "12ab",
            "123 4567",
            "-1234567",
            "１２３４５６７",
            "1234567\0",
        ] {
            assert_eq!(MpnId::parse(bad), Err(MpnIdError::Malformed), "{bad:?}");
        }
        assert_eq!(
            MpnIdError::Malformed.to_string(),
            "An MPN ID has 6 to 10 digits, like 1234567."
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn never_panics_and_keeps_only_digits(input in any::<String>()) {
            if let Ok(id) = MpnId::parse(&input) {
                prop_assert!(id.as_str().bytes().all(|b| b.is_ascii_digit()));
                prop_assert!((6..=10).contains(&id.as_str().len()));
            }
        }

        #[test]
        fn every_six_to_ten_digit_string_parses(digits in "[0-9]{6,10}") {
            let parsed = MpnId::parse(&digits).unwrap();
            prop_assert_eq!(parsed.as_str(), digits.as_str());
        }
    }
}
