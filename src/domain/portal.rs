use crate::domain::stored::stored_as_text;

stored_as_text! {
    /// The admin portal in which a subscription's partner of record is set. Which portal manages
    /// a product is data: the `products` table says it.
    pub enum Portal {
        /// The Office 365 admin center: Office 365 and Exchange Online subscriptions.
        Office = "office",
        /// The Microsoft Intune account portal: Intune, Azure AD Premium and EMS subscriptions.
        Intune = "intune",
    }
}

impl Portal {
    /// The channel a change made in this portal is recorded with.
    pub fn channel(self) -> Channel {
        match self {
            Self::Office => Channel::OfficePortal,
            Self::Intune => Channel::IntunePortal,
        }
    }
}

stored_as_text! {
    /// How an association was made.
    pub enum Channel {
        OfficePortal = "office_portal",
        IntunePortal = "intune_portal",
        /// The legacy Online Services Advisor form; no longer earns incentives from January 2016.
        OsaForm = "osa_form",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_portal_records_its_own_channel() {
        assert_eq!(Portal::Office.channel(), Channel::OfficePortal);
        assert_eq!(Portal::Intune.channel(), Channel::IntunePortal);
    }
}
