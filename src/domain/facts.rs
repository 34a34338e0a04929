/// A subscription's number of seats, as an operator types it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seats(i32);

/// The agreement a subscription is bought under: EA, MOSP, CSP …
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agreement(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FactsError {
    #[error("Enter the number of seats, like 20.")]
    SeatsNotANumber,
    #[error("Seats cannot be below zero.")]
    SeatsBelowZero,
    #[error("A subscription has at most 1,000,000 seats.")]
    SeatsTooMany,
    #[error("Enter the agreement, like EA or MOSP.")]
    AgreementEmpty,
    #[error("An agreement is up to 20 letters, digits, spaces or hyphens, like EA or MOSP.")]
    AgreementMalformed,
    #[error("Enter the date the change took effect, like 2026-11-01.")]
    DateMalformed,
    #[error("A change cannot take effect after today.")]
    DateInTheFuture,
}

impl Seats {
    pub const MAX: i32 = 1_000_000;

    pub fn parse(input: &str) -> Result<Self, FactsError> {
        let seats: i64 = input
            .trim()
            .parse()
            .map_err(|_| FactsError::SeatsNotANumber)?;
        if seats < 0 {
            return Err(FactsError::SeatsBelowZero);
        }
        if seats > i64::from(Self::MAX) {
            return Err(FactsError::SeatsTooMany);
        }
        Ok(Self(seats as i32))
    }

    pub fn get(self) -> i32 {
        self.0
    }
}

impl Agreement {
    pub fn parse(input: &str) -> Result<Self, FactsError> {
        let agreement = input.trim();
        if agreement.is_empty() {
            return Err(FactsError::AgreementEmpty);
        }
        let allowed = |c: char| c.is_ascii_alphanumeric() || c == ' ' || c == '-';
        if agreement.chars().count() > 20 || !agreement.chars().all(allowed) {
            return Err(FactsError::AgreementMalformed);
        }
        Ok(Self(agreement.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The day a change took effect: a date (YYYY-MM-DD), today at the latest.
pub fn parse_effective_date(
    input: &str,
    today: chrono::NaiveDate,
) -> Result<chrono::NaiveDate, FactsError> {
    let date = chrono::NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d")
        .map_err(|_| FactsError::DateMalformed)?;
    if date > today {
        return Err(FactsError::DateInTheFuture);
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seats_agreements_and_dates_are_checked() {
        assert_eq!(Seats::parse(" 20 ").unwrap().get(), 20);
        assert_eq!(Seats::parse("0").unwrap().get(), 0);
        assert_eq!(Seats::parse("-1"), Err(FactsError::SeatsBelowZero));
        assert_eq!(Seats::parse("twenty"), Err(FactsError::SeatsNotANumber));
        assert_eq!(Seats::parse("1000001"), Err(FactsError::SeatsTooMany));
        assert_eq!(
            Seats::parse("99999999999999999999"),
            Err(FactsError::SeatsNotANumber)
        );
        assert_eq!(Agreement::parse(" EA ").unwrap().as_str(), "EA");
        assert_eq!(Agreement::parse(""), Err(FactsError::AgreementEmpty));
        assert_eq!(
            Agreement::parse("EA; DROP"),
            Err(FactsError::AgreementMalformed)
        );
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        assert_eq!(
            parse_effective_date("2026-11-01", today).unwrap(),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
        );
        assert_eq!(
            parse_effective_date("2026-11-26", today),
            Err(FactsError::DateInTheFuture)
        );
        assert_eq!(
            parse_effective_date("1 Nov", today),
            Err(FactsError::DateMalformed)
        );
    }
}
