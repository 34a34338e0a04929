use crate::domain::text;

/// A customer organisation's name, as an operator types it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantName(String);

/// A tenant's default domain, such as `contoso.onmicrosoft.com`: lower-case DNS labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantDomain(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TenantError {
    #[error("Enter the organisation's name.")]
    NameEmpty,
    #[error("A name has at most 100 characters.")]
    NameTooLong,
    #[error("A name cannot contain control characters.")]
    NameControl,
    #[error("Enter the tenant's domain, like tailwind.onmicrosoft.com.")]
    DomainEmpty,
    #[error("A domain is names of letters, digits and hyphens joined by dots, like tailwind.onmicrosoft.com.")]
    DomainMalformed,
}

/// What is wrong with a name as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    TooLong,
    Control,
}

/// A name as an operator types it, an organisation's or a person's: trimmed, present, at most
/// `max` characters, no control or invisible formatting characters.
pub fn parse_name(input: &str, max: usize) -> Result<String, NameProblem> {
    let name = input.trim();
    if name.is_empty() {
        return Err(NameProblem::Empty);
    }
    if name.chars().any(text::is_hidden) {
        return Err(NameProblem::Control);
    }
    if name.chars().count() > max {
        return Err(NameProblem::TooLong);
    }
    Ok(name.to_string())
}

impl TenantName {
    pub const MAX_CHARS: usize = 100;

    pub fn parse(input: &str) -> Result<Self, TenantError> {
        parse_name(input, Self::MAX_CHARS)
            .map(Self)
            .map_err(|problem| match problem {
                NameProblem::Empty => TenantError::NameEmpty,
                NameProblem::TooLong => TenantError::NameTooLong,
                NameProblem::Control => TenantError::NameControl,
            })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TenantDomain {
    pub fn parse(input: &str) -> Result<Self, TenantError> {
        let domain = input.trim().trim_end_matches('.').to_ascii_lowercase();
        if domain.is_empty() {
            return Err(TenantError::DomainEmpty);
        }
        let label_ok = |label: &str| {
            (1..=63).contains(&label.len())
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        };
        let labels: Vec<&str> = domain.split('.').collect();
        if domain.len() > 253 || labels.len() < 2 || !labels.iter().all(|l| label_ok(l)) {
            return Err(TenantError::DomainMalformed);
        }
        Ok(Self(domain))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_checked() {
        assert_eq!(
            TenantName::parse("  Tailwind Ltd ").unwrap().as_str(),
            "Tailwind Ltd"
        );
        assert_eq!(TenantName::parse(" "), Err(TenantError::NameEmpty));
        assert_eq!(TenantName::parse("a\u{7}b"), Err(TenantError::NameControl));
        assert_eq!(
            TenantName::parse(&"x".repeat(101)),
            Err(TenantError::NameTooLong)
        );
    }

    #[test]
    fn domains_are_lower_case_dns_names() {
        assert_eq!(
            TenantDomain::parse(" Tailwind.OnMicrosoft.com. ")
                .unwrap()
                .as_str(),
            "tailwind.onmicrosoft.com"
        );
        for bad in [
            "tailwind",
            "tail wind.com",
            "-tail.com",
            "tail-.com",
            "a..b",
            "tail_wind.com",
            "tailwind.onmicrosoft.com/x",
        ] {
            assert_eq!(
                TenantDomain::parse(bad),
                Err(TenantError::DomainMalformed),
                "{bad}"
            );
        }
        assert_eq!(TenantDomain::parse(""), Err(TenantError::DomainEmpty));
    }
}

/// A person's name as the portal shows it: "Megan Bowen".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub const MAX_CHARS: usize = 100;

    pub fn parse(input: &str) -> Result<Self, NameProblem> {
        parse_name(input, Self::MAX_CHARS).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
