//! A tenant's users by email: `tenant_domain,name,email,role`. A new address is added with no
//! password and sent its invitation (a link to set it), as an operator's New user does; a known
//! one takes the file's name and role.

use std::collections::HashMap;
use std::io::Read;

use crate::db::models::{CustomerUser, Tenant};
use crate::db::DbConnection;
use crate::domain::{EmailAddress, Lang, NameProblem, PersonName, Role};
use crate::engine::onboarding::{add_customer_user, set_role, NewUser};
use crate::import::rows::{shown, ImportError, Options, Row, RowError};
use crate::import::run::{run, Applied, Kind, Progress, Report};

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct UserRow {
    tenant_id: i32,
    name: String,
    email: String,
    role: Role,
}

struct Users {
    tenants: HashMap<String, i32>,
    /// The tenant of every address known, to refuse one that signs in elsewhere.
    users: HashMap<String, i32>,
    public_url: String,
}

fn name_problem(problem: NameProblem) -> &'static str {
    match problem {
        NameProblem::Empty => "is empty",
        NameProblem::TooLong => "is longer than 100 characters",
        NameProblem::Control => "has a control character",
    }
}

impl Kind for Users {
    type Row = UserRow;
    const COLUMNS: &'static [&'static str] = &["tenant_domain", "name", "email", "role"];
    const KEY: &'static [&'static str] = &["email"];
    const CHUNK: usize = 50;

    fn check(&mut self, row: &Row) -> Result<UserRow, RowError> {
        let domain = row.get("tenant_domain").to_ascii_lowercase();
        let tenant_id = *self.tenants.get(&domain).ok_or_else(|| {
            let message = format!("no tenant has the domain `{}`", shown(&domain));
            row.error("tenant_domain", message)
        })?;
        let name = PersonName::parse(row.get("name"))
            .map_err(|problem| row.error("name", name_problem(problem)))?;
        let email =
            EmailAddress::parse(row.get("email")).map_err(|e| row.error("email", e.to_string()))?;
        let role = Role::parse(row.get("role")).ok_or_else(|| {
            let message = format!(
                "`{}` is not a role; write global_admin, billing_admin or user",
                shown(row.get("role"))
            );
            row.error("role", message)
        })?;
        if let Some(&other) = self.users.get(email.as_str()) {
            if other != tenant_id {
                let message = format!("{} is a user of another tenant", email.as_str());
                return Err(row.error("email", message));
            }
        }
        Ok(UserRow {
            tenant_id,
            name: name.as_str().to_string(),
            email: email.as_str().to_string(),
            role,
        })
    }

    fn apply(
        &mut self,
        conn: &mut DbConnection,
        rows: &[(u64, UserRow)],
        report: &mut Report,
    ) -> Result<Vec<RowError>, ImportError> {
        let mut refused = Vec::new();
        for (line, row) in rows {
            let Some(user) = CustomerUser::find_by_email(conn, &row.email)? else {
                let (name, email) = parsed(row);
                let new = NewUser {
                    name: &name,
                    email: &email,
                    role: row.role,
                    lang: Lang::default(),
                    public_url: &self.public_url,
                };
                add_customer_user(conn, None, row.tenant_id, &new)?;
                report.count(Applied::Added);
                continue;
            };
            if user.tenant_id != row.tenant_id {
                refused.push(RowError {
                    line: *line,
                    column: "email".to_string(),
                    message: format!("{} is a user of another tenant", row.email),
                });
                continue;
            }
            let renamed = user.display_name != row.name;
            if renamed {
                CustomerUser::rename(conn, user.id, &row.name)?;
            }
            let new_role = set_role(conn, None, &user, row.role)?;
            report.count(if renamed || new_role {
                Applied::Changed
            } else {
                Applied::Unchanged
            });
        }
        Ok(refused)
    }
}

/// The row's name and address as the engine takes them; they were parsed when checked.
fn parsed(row: &UserRow) -> (PersonName, EmailAddress) {
    let name = PersonName::parse(&row.name).expect("a name checked before it was staged");
    let email = EmailAddress::parse(&row.email).expect("an address checked before it was staged");
    (name, email)
}

/// Imports users; each new one is sent an invitation whose link starts with `public_url`.
pub fn import_users(
    conn: &mut DbConnection,
    input: impl Read,
    options: Options,
    progress: Progress,
    public_url: &str,
) -> Result<Report, ImportError> {
    use diesel::prelude::*;
    let tenants = Tenant::ids_by_domain(conn)?;
    let users = crate::db::schema::customer_users::table
        .select((
            crate::db::schema::customer_users::email,
            crate::db::schema::customer_users::tenant_id,
        ))
        .load::<(String, i32)>(conn)?
        .into_iter()
        .collect();
    let mut kind = Users {
        tenants,
        users,
        public_url: public_url.to_string(),
    };
    run(conn, &mut kind, input, options, progress)
}
