use crate::domain::stored::stored_as_text;

stored_as_text! {
    /// A partner organisation has one global MPN ID and location IDs under it; incentives are
    /// paid on a location ID.
    pub enum PartnerKind {
        Global = "global",
        Location = "location",
    }
}

stored_as_text! {
    /// A suspended partner cannot be named partner of record and earns nothing.
    pub enum PartnerStatus {
        Active = "active",
        Suspended = "suspended",
    }
}

stored_as_text! {
    /// Whether a partner's MPN ID is enrolled in the Online Services Usage incentive: only an
    /// enrolled partner earns.
    pub enum Enrollment {
        Enrolled = "enrolled",
        NotEnrolled = "not_enrolled",
    }
}

impl Enrollment {
    /// Enrolled when an enrollment is running (since some day), not otherwise.
    pub fn since(since: Option<chrono::NaiveDate>) -> Self {
        match since {
            Some(_) => Self::Enrolled,
            None => Self::NotEnrolled,
        }
    }
}
