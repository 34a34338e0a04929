/// A customer user's role in its tenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    GlobalAdmin,
    BillingAdmin,
    User,
}

impl Role {
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "global_admin" => Some(Self::GlobalAdmin),
            "billing_admin" => Some(Self::BillingAdmin),
            "user" => Some(Self::User),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::GlobalAdmin => "global_admin",
            Self::BillingAdmin => "billing_admin",
            Self::User => "user",
        }
    }

    /// Only a global admin or a billing admin may set or remove the partner of record.
    pub fn can_manage_partner(self) -> bool {
        matches!(self, Self::GlobalAdmin | Self::BillingAdmin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_permissions() {
        for role in [Role::GlobalAdmin, Role::BillingAdmin, Role::User] {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert!(Role::GlobalAdmin.can_manage_partner());
        assert!(Role::BillingAdmin.can_manage_partner());
        assert!(!Role::User.can_manage_partner());
        assert_eq!(Role::parse("admin"), None);
    }
}
