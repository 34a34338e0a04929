use crate::domain::stored::stored_as_text;

stored_as_text! {
    /// A customer user's role in its tenant.
    pub enum Role {
        GlobalAdmin = "global_admin",
        BillingAdmin = "billing_admin",
        User = "user",
    }
}

impl Role {
    /// Only a global admin or a billing admin may set or remove the partner of record.
    pub fn can_manage_partner(self) -> bool {
        matches!(self, Self::GlobalAdmin | Self::BillingAdmin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_admins_manage_the_partner_of_record() {
        assert!(Role::GlobalAdmin.can_manage_partner());
        assert!(Role::BillingAdmin.can_manage_partner());
        assert!(!Role::User.can_manage_partner());
        assert_eq!(Role::parse("admin"), None);
    }
}
