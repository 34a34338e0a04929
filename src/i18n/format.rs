//! Dates, months and numbers written the way each language writes them.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::Lang;
use crate::i18n::args::{Value, Whole};

impl Lang {
    fn chrono_locale(self) -> chrono::Locale {
        match self {
            Self::En => chrono::Locale::en_US,
            Self::De => chrono::Locale::de_DE,
            Self::Fr => chrono::Locale::fr_FR,
            Self::Ja => chrono::Locale::ja_JP,
        }
    }

    fn date_pattern(self) -> &'static str {
        match self {
            // Year first, unambiguous for every English reader.
            Self::En => "%Y-%m-%d",
            Self::De => "%d.%m.%Y",
            Self::Fr => "%d/%m/%Y",
            Self::Ja => "%Y/%m/%d",
        }
    }

    pub fn date(self, date: impl Value<NaiveDate>) -> String {
        date.value().format(self.date_pattern()).to_string()
    }

    /// A moment in UTC, to the minute.
    pub fn date_time(self, at: impl Value<NaiveDateTime>) -> String {
        let at = at.value();
        format!("{} {}", self.date(at.date()), at.format("%H:%M"))
    }

    /// "November 2026", "novembre 2026", "2026年11月".
    pub fn month(self, month: impl Value<NaiveDate>) -> String {
        let month = month.value();
        let pattern = match self {
            Self::Ja => "%Y年%-m月",
            _ => "%B %Y",
        };
        month
            .format_localized(pattern, self.chrono_locale())
            .to_string()
    }

    /// The month's short name for a chart axis: "Nov", "nov.", "11月".
    pub fn short_month(self, month: impl Value<NaiveDate>) -> String {
        let month = month.value();
        match self {
            Self::Ja => month.format("%-m月").to_string(),
            _ => month
                .format_localized("%b", self.chrono_locale())
                .to_string()
                .trim()
                .to_string(),
        }
    }

    /// A whole number with the language's digit grouping: 12,500 · 12.500 · 12 500.
    pub fn number(self, n: impl Whole) -> String {
        let separator = match self {
            Self::En | Self::Ja => ",",
            Self::De => ".",
            // French groups with a narrow no-break space.
            Self::Fr => "\u{202f}",
        };
        let n = n.whole();
        let digits = n.unsigned_abs().to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 3 + 1);
        if n < 0 {
            grouped.push('-');
        }
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push_str(separator);
            }
            grouped.push(digit);
        }
        grouped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_numbers_follow_the_language() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 3).unwrap();
        assert_eq!(Lang::En.date(day), "2026-11-03");
        assert_eq!(Lang::De.date(day), "03.11.2026");
        assert_eq!(Lang::Fr.date(day), "03/11/2026");
        assert_eq!(Lang::Ja.date(day), "2026/11/03");
        assert_eq!(Lang::En.month(day), "November 2026");
        assert_eq!(Lang::De.month(day), "November 2026");
        assert_eq!(Lang::Fr.month(day), "novembre 2026");
        assert_eq!(Lang::Ja.month(day), "2026年11月");
        let march = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(Lang::De.month(march), "März 2026");
        assert_eq!(Lang::En.short_month(march), "Mar");
        assert_eq!(Lang::Ja.short_month(march), "3月");
        assert_eq!(Lang::En.number(1234567), "1,234,567");
        assert_eq!(Lang::De.number(12500), "12.500");
        assert_eq!(Lang::Fr.number(12500), "12\u{202f}500");
        assert_eq!(Lang::Ja.number(999), "999");
        assert_eq!(Lang::En.number(-1000), "-1,000");
        assert_eq!(Lang::En.number(0), "0");
    }
}
