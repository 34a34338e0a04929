//! Values kept in a text column as one of a few codes. Each is a Rust enum, parsed once where a
//! row is read; the code is what the database's CHECK constraint admits.

/// Declares an enum stored as text: `parse` for what was read, `as_str` for what is written.
macro_rules! stored_as_text {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $code:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$variant_meta])* $variant, )+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value for a stored code; `None` for a code this version does not know.
            pub fn parse(code: &str) -> Option<Self> {
                match code {
                    $( $code => Some(Self::$variant), )+
                    _ => None,
                }
            }

            /// The code as stored.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( Self::$variant => $code, )+
                }
            }
        }

        impl From<$name> for &'static str {
            fn from(value: $name) -> Self {
                value.as_str()
            }
        }

        // Written and read by its code, as the database keeps it (an import's staged rows).
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let code = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                Self::parse(&code).ok_or_else(|| {
                    serde::de::Error::custom(format!("`{code}` is not a {}", stringify!($name)))
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use stored_as_text;

#[cfg(test)]
mod tests {
    use crate::domain::*;

    /// Every code parses back to its value, and nothing else parses.
    #[test]
    fn every_stored_value_round_trips() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            as_str: fn(T) -> &'static str,
            parse: fn(&str) -> Option<T>,
        ) {
            for value in all {
                assert_eq!(parse(as_str(*value)), Some(*value));
            }
            assert_eq!(parse("no-such-code"), None);
        }
        check(Role::ALL, Role::as_str, Role::parse);
        check(Portal::ALL, Portal::as_str, Portal::parse);
        check(Channel::ALL, Channel::as_str, Channel::parse);
        check(Billing::ALL, Billing::as_str, Billing::parse);
        check(
            SubscriptionStatus::ALL,
            SubscriptionStatus::as_str,
            SubscriptionStatus::parse,
        );
        check(PartnerKind::ALL, PartnerKind::as_str, PartnerKind::parse);
        check(
            PartnerStatus::ALL,
            PartnerStatus::as_str,
            PartnerStatus::parse,
        );
        check(Enrollment::ALL, Enrollment::as_str, Enrollment::parse);
        check(EventAction::ALL, EventAction::as_str, EventAction::parse);
        check(ImportKind::ALL, ImportKind::as_str, ImportKind::parse);
        check(ImportStatus::ALL, ImportStatus::as_str, ImportStatus::parse);
        check(AccountKind::ALL, AccountKind::as_str, AccountKind::parse);
        check(LinkPurpose::ALL, LinkPurpose::as_str, LinkPurpose::parse);
    }
}
