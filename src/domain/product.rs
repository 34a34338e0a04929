/// The admin portal in which a subscription's partner of record is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Portal {
    /// The Office 365 admin center: Office 365 and Exchange Online subscriptions.
    Office,
    /// The Microsoft Intune account portal: Intune, Azure AD Premium and EMS subscriptions.
    Intune,
}

impl Portal {
    /// Intune, Azure Active Directory Premium and Enterprise Mobility products live in the Intune
    /// account portal; every other online service in the Office 365 admin center.
    pub fn for_product(product: &str) -> Self {
        let product = product.to_ascii_lowercase();
        let intune = [
            "intune",
            "azure active directory",
            "enterprise mobility",
            "ems",
        ];
        if intune.iter().any(|name| product.contains(name)) {
            Self::Intune
        } else {
            Self::Office
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Office => "office",
            Self::Intune => "intune",
        }
    }

    pub fn channel(self) -> Channel {
        match self {
            Self::Office => Channel::OfficePortal,
            Self::Intune => Channel::IntunePortal,
        }
    }
}

/// How an association was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    OfficePortal,
    IntunePortal,
    /// The legacy Online Services Advisor form; no longer earns incentives from January 2016.
    OsaForm,
}

impl Channel {
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "office_portal" => Some(Self::OfficePortal),
            "intune_portal" => Some(Self::IntunePortal),
            "osa_form" => Some(Self::OsaForm),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::OfficePortal => "office_portal",
            Self::IntunePortal => "intune_portal",
            Self::OsaForm => "osa_form",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_map_to_their_portal() {
        assert_eq!(
            Portal::for_product("Office 365 Enterprise E3"),
            Portal::Office
        );
        assert_eq!(
            Portal::for_product("Exchange Online Plan 1"),
            Portal::Office
        );
        assert_eq!(Portal::for_product("Microsoft Intune"), Portal::Intune);
        assert_eq!(
            Portal::for_product("Azure Active Directory Premium"),
            Portal::Intune
        );
        assert_eq!(
            Portal::for_product("Enterprise Mobility Suite"),
            Portal::Intune
        );
    }

    #[test]
    fn channels_round_trip() {
        for channel in [
            Channel::OfficePortal,
            Channel::IntunePortal,
            Channel::OsaForm,
        ] {
            assert_eq!(Channel::parse(channel.as_str()), Some(channel));
        }
    }
}
