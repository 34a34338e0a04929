//! The portal's languages: every visible word comes from `templates/i18n/<language>/*.ftl`
//! (Fluent), and dates and numbers are written the way each language writes them.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

use crate::domain::{Channel, Role};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./templates/i18n",
        fallback_language: "en",
        // Isolation marks around arguments confuse plain-text emails and copy-paste; the portal
        // has no right-to-left language.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The languages the portal speaks. English is the default and the fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Ja];

    /// The code kept in cookies and the database, and put in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Fr => "fr",
            Self::Ja => "ja",
        }
    }

    /// The language's name in itself, as the picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::De => "Deutsch",
            Self::Fr => "Français",
            Self::Ja => "日本語",
        }
    }

    /// A language tag such as `de`, `de-CH` or `FR_fr`; `None` for a language the portal lacks.
    pub fn parse(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best language for an `Accept-Language` header: highest weight first, the first listed
    /// among equals; English when none of them is spoken here.
    pub fn from_accept_language(header: &str) -> Self {
        let mut best: Option<(Self, f32)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or("");
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if weight <= 0.0 {
                continue;
            }
            if let Some(lang) = Self::parse(tag) {
                if best.is_none_or(|(_, w)| weight > w) {
                    best = Some((lang, weight));
                }
            }
        }
        best.map(|(lang, _)| lang).unwrap_or_default()
    }

    fn identifier(self) -> &'static LanguageIdentifier {
        static IDS: std::sync::LazyLock<HashMap<Lang, LanguageIdentifier>> =
            std::sync::LazyLock::new(|| {
                Lang::ALL
                    .into_iter()
                    .map(|l| (l, l.code().parse().expect("language codes are valid")))
                    .collect()
            });
        &IDS[&self]
    }

    /// The message `key`; falls back to English, and shows `⟦key⟧` when no language has it, so a
    /// missing message is visible on the page and in tests rather than blank.
    pub fn t(self, key: &str) -> String {
        thread_local! {
            // A page asks for a hundred fixed messages; formatting each through Fluent every time
            // cost a third of the page's throughput. Messages without arguments never change.
            static FIXED: std::cell::RefCell<HashMap<String, [Option<String>; 4]>> =
                std::cell::RefCell::new(HashMap::new());
        }
        let slot = self as usize;
        FIXED.with(|fixed| {
            if let Some(Some(text)) = fixed.borrow().get(key).map(|texts| &texts[slot]) {
                return text.clone();
            }
            let text = self.lookup(key, None);
            fixed.borrow_mut().entry(key.to_string()).or_default()[slot] = Some(text.clone());
            text
        })
    }

    /// The message `key` with arguments.
    pub fn tr(self, key: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect();
        self.lookup(key, Some(&args))
    }

    /// One argument; for templates, where a list of pairs is awkward.
    pub fn t1(self, key: &str, name: &'static str, value: impl ToArg) -> String {
        self.tr(key, &[(name, value.to_arg())])
    }

    pub fn t2(
        self,
        key: &str,
        n1: &'static str,
        v1: impl ToArg,
        n2: &'static str,
        v2: impl ToArg,
    ) -> String {
        self.tr(key, &[(n1, v1.to_arg()), (n2, v2.to_arg())])
    }

    // Three name/value pairs, spelled out for templates.
    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        self,
        key: &str,
        n1: &'static str,
        v1: impl ToArg,
        n2: &'static str,
        v2: impl ToArg,
        n3: &'static str,
        v3: impl ToArg,
    ) -> String {
        self.tr(
            key,
            &[(n1, v1.to_arg()), (n2, v2.to_arg()), (n3, v3.to_arg())],
        )
    }

    /// A message that carries markup (`<strong>`, links): its arguments are escaped here, the
    /// message text itself is ours. Templates print it with `|safe`.
    pub fn html(self, key: &str, args: &[(&'static str, &str)]) -> String {
        let escaped: Vec<(&'static str, FluentValue<'_>)> = args
            .iter()
            .map(|(name, value)| (*name, FluentValue::from(escape_html(value))))
            .collect();
        self.tr(key, &escaped)
    }

    pub fn h1(self, key: &str, name: &'static str, value: impl AsRef<str>) -> String {
        self.html(key, &[(name, value.as_ref())])
    }

    #[allow(clippy::too_many_arguments)]
    pub fn h3(
        self,
        key: &str,
        n1: &'static str,
        v1: impl AsRef<str>,
        n2: &'static str,
        v2: impl AsRef<str>,
        n3: &'static str,
        v3: impl AsRef<str>,
    ) -> String {
        self.html(
            key,
            &[(n1, v1.as_ref()), (n2, v2.as_ref()), (n3, v3.as_ref())],
        )
    }

    pub fn h2(
        self,
        key: &str,
        n1: &'static str,
        v1: impl AsRef<str>,
        n2: &'static str,
        v2: impl AsRef<str>,
    ) -> String {
        self.html(key, &[(n1, v1.as_ref()), (n2, v2.as_ref())])
    }

    fn lookup(
        self,
        key: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
    ) -> String {
        LOCALES
            .try_lookup_complete(self.identifier(), key, args)
            .unwrap_or_else(|| {
                log::error!("no message {key:?} in any language");
                format!("⟦{key}⟧")
            })
    }

    /// Where an association was made.
    pub fn channel(self, channel: impl Value<Channel>) -> String {
        match channel.value() {
            Channel::OfficePortal => self.t("channel-office"),
            Channel::IntunePortal => self.t("channel-intune"),
            Channel::OsaForm => self.t("channel-osa"),
        }
    }

    /// A channel as stored (`office_portal` …); empty for one the portal does not know.
    pub fn channel_code(self, code: &str) -> String {
        Channel::parse(code).map_or_else(String::new, |c| self.channel(c))
    }

    pub fn role(self, role: impl Value<Role>) -> String {
        match role.value() {
            Role::GlobalAdmin => self.t("role-global-admin"),
            Role::BillingAdmin => self.t("role-billing-admin"),
            Role::User => self.t("role-user"),
        }
    }

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

/// What a template may hand to a message as an argument.
pub trait ToArg {
    fn to_arg(&self) -> FluentValue<'static>;
}

impl ToArg for str {
    fn to_arg(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

impl ToArg for String {
    fn to_arg(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl<T: ToArg + ?Sized> ToArg for &T {
    fn to_arg(&self) -> FluentValue<'static> {
        (**self).to_arg()
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl ToArg for $t {
            fn to_arg(&self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_arg!(u16, i32, i64, u32, u64, usize);

/// A small value handed over as itself or by reference (templates borrow what they pass).
pub trait Value<T> {
    fn value(&self) -> T;
}

macro_rules! value {
    ($($t:ty),*) => {$(
        impl Value<$t> for $t {
            fn value(&self) -> $t {
                *self
            }
        }
        impl<V: Value<$t> + ?Sized> Value<$t> for &V {
            fn value(&self) -> $t {
                (**self).value()
            }
        }
    )*};
}
value!(Lang, NaiveDate, NaiveDateTime, Channel, Role);

/// A moment's date, for "since" and "ended" columns.
impl Value<NaiveDate> for NaiveDateTime {
    fn value(&self) -> NaiveDate {
        self.date()
    }
}

/// A whole number to write out; templates hand over references.
pub trait Whole {
    fn whole(&self) -> i64;
}

impl<T: Whole + ?Sized> Whole for &T {
    fn whole(&self) -> i64 {
        (**self).whole()
    }
}

macro_rules! whole {
    ($($t:ty),*) => {$(
        impl Whole for $t {
            fn whole(&self) -> i64 {
                i64::try_from(*self).unwrap_or(i64::MAX)
            }
        }
    )*};
}
whole!(u16, i32, i64, u32, u64, usize);

fn escape_html(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn tags_and_headers_choose_a_language() {
        assert_eq!(Lang::parse("de-CH"), Some(Lang::De));
        assert_eq!(Lang::parse("FR_fr"), Some(Lang::Fr));
        assert_eq!(Lang::parse("ja"), Some(Lang::Ja));
        assert_eq!(Lang::parse("es"), None);
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::from_accept_language("ja,en;q=0.8"), Lang::Ja);
        assert_eq!(
            Lang::from_accept_language("es-ES, fr;q=0.7, de;q=0.9"),
            Lang::De
        );
        assert_eq!(Lang::from_accept_language("es, it"), Lang::En);
        assert_eq!(Lang::from_accept_language("de;q=0, fr;q=0.1"), Lang::Fr);
        assert_eq!(Lang::from_accept_language(""), Lang::En);
        assert_eq!(Lang::from_accept_language("*;q=0.5, ja;q=bad"), Lang::Ja);
    }

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

    #[test]
    fn messages_take_arguments_and_escape_them_in_markup() {
        assert_eq!(Lang::Ja.t("nav-support"), "サポート");
        let html = Lang::En.h2("por-replaces-html", "partner", "<b>Evil</b>", "mpn", "1");
        assert!(html.contains("&lt;b&gt;Evil&lt;/b&gt;"), "{html}");
        assert_eq!(Lang::En.t("no-such-message"), "⟦no-such-message⟧");
    }

    fn keys_of(lang: Lang) -> BTreeSet<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("templates/i18n")
            .join(lang.code());
        let mut keys = BTreeSet::new();
        for entry in std::fs::read_dir(&dir).expect("a folder per language") {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.clone()) {
                panic!("{}: {errors:?}", lang.code());
            }
            // A message starts a line with its identifier and " =".
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                        && id
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    {
                        keys.insert(id.to_string());
                    }
                }
            }
        }
        keys
    }

    /// A message missing in one language would silently show English there.
    #[test]
    fn every_language_has_every_message() {
        let english = keys_of(Lang::En);
        assert!(english.len() > 100, "{} messages", english.len());
        for lang in [Lang::De, Lang::Fr, Lang::Ja] {
            let keys = keys_of(lang);
            let missing: Vec<_> = english.difference(&keys).collect();
            let extra: Vec<_> = keys.difference(&english).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
            assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.code());
        }
    }

    /// Every message the code asks for exists: a key used only on a rare path would otherwise be
    /// found by a customer, as `⟦key⟧`.
    #[test]
    fn every_key_in_the_code_has_a_message() {
        let english = keys_of(Lang::En);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut used = BTreeSet::new();
        let mut stack = vec![root.join("src"), root.join("templates")];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            for call in [
                "t(", "tr(", "t1(", "t2(", "t3(", "html(", "h1(", "h2(", "h3(",
            ] {
                for (at, _) in text.match_indices(call) {
                    let preceded_by_word = text[..at]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric() || c == '_');
                    // Calls that rustfmt spread over lines have the key on the next line.
                    let Some(rest) = text[at + call.len()..].trim_start().strip_prefix('"') else {
                        continue;
                    };
                    let key: String = rest.chars().take_while(|&c| c != '"').collect();
                    let is_key = !key.is_empty()
                        && key
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if !preceded_by_word && is_key && key != "no-such-message" {
                        used.insert(key);
                    }
                }
            }
        }
        let missing: Vec<_> = used.difference(&english).collect();
        assert!(missing.is_empty(), "no message for {missing:?}");
        assert!(used.len() > 100, "found only {} keys in use", used.len());
    }
}
