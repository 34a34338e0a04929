//! The message catalogue: every visible word comes from `templates/i18n/<language>/*.ftl`
//! (Fluent), looked up in the reader's language.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

use crate::domain::{Channel, Lang, Portal, Role};
use crate::i18n::args::{escape_html, ToArg, Value};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./templates/i18n",
        fallback_language: "en",
        // Isolation marks around arguments confuse plain-text emails and copy-paste; the portal
        // has no right-to-left language.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The words of the portal, in a language.
impl Lang {
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

    /// The admin portal that manages a subscription.
    pub fn portal(self, portal: impl Value<Portal>) -> String {
        match portal.value() {
            Portal::Office => self.t("area-office"),
            Portal::Intune => self.t("area-intune"),
        }
    }

    pub fn role(self, role: impl Value<Role>) -> String {
        match role.value() {
            Role::GlobalAdmin => self.t("role-global-admin"),
            Role::BillingAdmin => self.t("role-billing-admin"),
            Role::User => self.t("role-user"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

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
