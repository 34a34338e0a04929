//! Months as the incentive counts them: each starts on its first day (UTC).

use chrono::{Datelike, NaiveDate};

/// The first day of the month `day` is in.
pub fn month_of(day: NaiveDate) -> NaiveDate {
    day.with_day(1).expect("every month has a first day")
}

/// The first day of the month after `month`.
pub fn next_month(month: NaiveDate) -> NaiveDate {
    let (y, m) = if month.month() == 12 {
        (month.year() + 1, 1)
    } else {
        (month.year(), month.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1).expect("a valid date")
}

/// The first days of the `count` months up to and including `month`, oldest first.
pub fn last_months(month: NaiveDate, count: u32) -> Vec<NaiveDate> {
    let current = month.year() * 12 + month.month0() as i32;
    (current - count as i32 + 1..=current)
        .map(|n| {
            NaiveDate::from_ymd_opt(n.div_euclid(12), n.rem_euclid(12) as u32 + 1, 1)
                .expect("a valid date")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_months_cross_the_year_boundary() {
        let months = last_months(month_of(NaiveDate::from_ymd_opt(2026, 2, 17).unwrap()), 12);
        assert_eq!(months.len(), 12);
        assert_eq!(months[0], NaiveDate::from_ymd_opt(2025, 3, 1).unwrap());
        assert_eq!(months[11], NaiveDate::from_ymd_opt(2026, 2, 1).unwrap());
    }
}
