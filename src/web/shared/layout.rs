//! What every page's frame needs: which portal it belongs to, who is signed in, the form token
//! and the one-time message left by the previous step.

use crate::domain::{AccountKind, Lang};
use crate::i18n::Value;
use crate::web::shared::errors::AppError;
use crate::web::shared::session::{Flash, TypedSession};

/// The four parts of the site, each with its own look and sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Home,
    Office,
    Intune,
    Partner,
    /// The people who run the portal.
    Operator,
}

impl Area {
    pub fn slug(self) -> &'static str {
        match self {
            Self::Home => "home",
            Self::Office => "office",
            Self::Intune => "intune",
            Self::Partner => "partner",
            Self::Operator => "operator",
        }
    }

    pub fn title(self, lang: impl Value<Lang>) -> String {
        let lang = lang.value();
        match self {
            Self::Home => lang.t("area-home"),
            Self::Office => lang.t("area-office"),
            Self::Intune => lang.t("area-intune"),
            Self::Partner => lang.t("area-partner"),
            Self::Operator => lang.t("area-operator"),
        }
    }

    pub fn home_path(self) -> &'static str {
        match self {
            Self::Home => "/",
            Self::Office => "/office",
            Self::Intune => "/intune",
            Self::Partner => "/partner",
            Self::Operator => "/operator",
        }
    }

    pub fn login_path(self) -> &'static str {
        match self {
            Self::Home => "/",
            Self::Office => "/office/login",
            Self::Intune => "/intune/login",
            Self::Partner => "/partner/login",
            Self::Operator => "/operator/login",
        }
    }

    pub fn logout_path(self) -> &'static str {
        match self {
            Self::Home => "/",
            Self::Office => "/office/logout",
            Self::Intune => "/intune/logout",
            Self::Partner => "/partner/logout",
            Self::Operator => "/operator/logout",
        }
    }

    /// "Forgot your password?" of this portal's sign-in.
    pub fn forgot_path(self) -> &'static str {
        match self {
            Self::Home => "/",
            Self::Office => "/office/forgot-password",
            Self::Intune => "/intune/forgot-password",
            Self::Partner => "/partner/forgot-password",
            Self::Operator => "/operator/forgot-password",
        }
    }

    /// The portal an address belongs to, from its first segment.
    pub fn of_path(path: &str) -> Self {
        let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
        match first {
            "office" => Self::Office,
            "intune" => Self::Intune,
            "partner" => Self::Partner,
            "operator" => Self::Operator,
            _ => Self::Home,
        }
    }

    pub fn for_customers(self) -> bool {
        matches!(self, Self::Office | Self::Intune)
    }

    /// Whose sign-in this is; the start page has none.
    pub fn account_kind(self) -> Option<AccountKind> {
        match self {
            Self::Home => None,
            Self::Office | Self::Intune => Some(AccountKind::Customer),
            Self::Partner => Some(AccountKind::Partner),
            Self::Operator => Some(AccountKind::Operator),
        }
    }

    /// Where an account of this kind signs in (customers: the Office portal's page).
    pub fn of_account(kind: AccountKind) -> Self {
        match kind {
            AccountKind::Customer => Self::Office,
            AccountKind::Partner => Self::Partner,
            AccountKind::Operator => Self::Operator,
        }
    }

    /// The sentence under a sign-in page's heading.
    pub fn sign_in_lead(self) -> &'static str {
        match self.account_kind() {
            Some(AccountKind::Partner) => "signin-lead-partner",
            Some(AccountKind::Operator) => "signin-lead-operator",
            _ => "signin-lead-customer",
        }
    }

    /// The portal's name in the top bar; the start page has none.
    pub fn brand(self) -> Option<Brand> {
        let (product, app, waffle) = match self {
            Self::Home => return None,
            Self::Office => ("Office 365", "brand-office-app", true),
            Self::Intune => ("Microsoft Intune", "brand-intune-app", false),
            Self::Partner => ("Partner Network", "brand-partner-app", false),
            Self::Operator => ("DPOR Portal", "brand-operator-app", false),
        };
        Some(Brand {
            product,
            app,
            waffle,
        })
    }

    /// The portal's navigation: the Office admin center's side menu, the tabs of the others.
    pub fn nav(self) -> Option<Nav> {
        let (class, label, items) = match self {
            Self::Home => return None,
            Self::Office => ("sidenav", "brand-office-app", OFFICE_NAV),
            Self::Intune => ("tabs", "brand-intune-app", INTUNE_NAV),
            Self::Partner => ("tabs", "brand-partner-app", PARTNER_NAV),
            Self::Operator => ("sidenav", "brand-operator-app", OPERATOR_NAV),
        };
        Some(Nav {
            class,
            label,
            items,
        })
    }
}

const fn item(href: &'static str, label: &'static str, section: &'static str) -> NavItem {
    NavItem {
        href,
        label,
        section,
    }
}

const OFFICE_NAV: &[NavItem] = &[
    item("/office", "nav-home", "home"),
    item(
        "/office/subscriptions",
        "nav-subscriptions",
        "subscriptions",
    ),
    item("/office/support", "nav-support", "support"),
    item("/office/help", "nav-help", "help"),
];

const INTUNE_NAV: &[NavItem] = &[
    item("/intune", "nav-admin", "home"),
    item(
        "/intune/subscriptions",
        "nav-manage-details",
        "subscriptions",
    ),
    item("/intune/support", "nav-support", "support"),
    item("/intune/help", "nav-help", "help"),
];

const OPERATOR_NAV: &[NavItem] = &[
    item("/operator/tenants", "nav-tenants", "tenants"),
    item(
        "/operator/subscriptions",
        "nav-subscriptions",
        "subscriptions",
    ),
    item("/operator/partners", "nav-partners", "partners"),
    item("/operator/operators", "nav-operators", "operators"),
    item("/operator/imports", "nav-imports", "imports"),
    item("/operator/emails", "nav-emails", "emails"),
    item("/operator/activity", "nav-activity", "activity"),
];

const PARTNER_NAV: &[NavItem] = &[
    item("/partner", "nav-associations", "home"),
    item("/partner/history", "history", "history"),
    item(
        "/partner/notifications",
        "nav-notifications",
        "notifications",
    ),
    item("/partner/support", "nav-support", "support"),
    item("/partner/help", "nav-help", "help"),
];

/// A portal's name: its product in plain text, the application's name as a message.
pub struct Brand {
    pub product: &'static str,
    /// The message naming the application.
    pub app: &'static str,
    /// The Office app launcher's waffle.
    pub waffle: bool,
}

pub struct Nav {
    /// `sidenav` or `tabs`: the look of the portal it imitates.
    pub class: &'static str,
    /// The message naming the navigation.
    pub label: &'static str,
    pub items: &'static [NavItem],
}

pub struct NavItem {
    pub href: &'static str,
    /// The message of the link.
    pub label: &'static str,
    /// The section a page names with [`Layout::in_section`] when it is this item's page.
    pub section: &'static str,
}

/// The signed-in person as the page header shows them.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub name: String,
    pub email: String,
    pub organisation: String,
}

pub struct Layout {
    pub area: Area,
    /// The language of the page; templates take every word from it.
    pub lang: Lang,
    /// The page's own address, for the language picker to return to.
    pub here: String,
    pub csrf_token: String,
    pub flash: Option<Flash>,
    pub viewer: Option<Viewer>,
    /// Which navigation item is the current page.
    pub section: &'static str,
}

impl Layout {
    /// For a page whose only form, if any, is the signed-in user's sign-out: the session's form
    /// token as it is. A page view by an anonymous visitor creates no session.
    pub fn new(
        area: Area,
        session: &TypedSession,
        viewer: Option<Viewer>,
    ) -> Result<Self, AppError> {
        Ok(Self {
            area,
            lang: session.lang(),
            here: session.here().to_string(),
            csrf_token: session.existing_csrf_token()?.unwrap_or_default(),
            flash: session.take_flash()?,
            viewer,
            section: "",
        })
    }

    /// For a page with a form an anonymous visitor may send (sign-in): makes the form token.
    pub fn with_form(
        area: Area,
        session: &TypedSession,
        viewer: Option<Viewer>,
    ) -> Result<Self, AppError> {
        let token = session.csrf_token()?;
        Ok(Self {
            csrf_token: token,
            ..Self::new(area, session, viewer)?
        })
    }

    /// The navigation, on a page inside a portal (one that names its section).
    pub fn nav(&self) -> Option<Nav> {
        self.area.nav().filter(|_| !self.section.is_empty())
    }

    /// The languages the picker offers.
    pub fn languages(&self) -> &'static [Lang] {
        &Lang::ALL
    }

    pub fn in_section(mut self, section: &'static str) -> Self {
        self.section = section;
        self
    }

    /// For pages made without a session at hand, such as error pages: no forms, no user.
    pub fn bare(area: Area, lang: Lang, here: String) -> Self {
        Self {
            area,
            lang,
            here,
            csrf_token: String::new(),
            flash: None,
            viewer: None,
            section: "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_come_from_the_first_segment() {
        assert_eq!(Area::of_path("/office/subscriptions/3"), Area::Office);
        assert_eq!(Area::of_path("/intune"), Area::Intune);
        assert_eq!(Area::of_path("/partner/"), Area::Partner);
        assert_eq!(Area::of_path("/officers"), Area::Home);
        assert_eq!(Area::of_path("/"), Area::Home);
    }
}
