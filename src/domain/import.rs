use crate::domain::stored::stored_as_text;

stored_as_text! {
    /// What a CSV file an operator imports holds.
    pub enum ImportKind {
        Usage = "usage",
        Partners = "partners",
        Tenants = "tenants",
        Users = "users",
        Subscriptions = "subscriptions",
    }
}

stored_as_text! {
    /// How far an import has come: every row is checked first, then the good ones applied.
    pub enum ImportStatus {
        Checking = "checking",
        Applying = "applying",
        Done = "done",
        /// The file was refused (a bad row, a wrong header) or the import stopped: see its failure.
        Failed = "failed",
    }
}

impl ImportStatus {
    pub fn is_running(self) -> bool {
        matches!(self, Self::Checking | Self::Applying)
    }
}
