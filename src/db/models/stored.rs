//! Reading rows whose text columns hold states: each state is parsed once, here, and a code this
//! version does not know is an error that names the row, never a silent default.

use std::fmt::Display;

use diesel::backend::Backend;
use diesel::deserialize;
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::Text;

/// A state as written: its code. `Insertable` rows keep their states as enums and write them
/// with `#[diesel(serialize_as = Code)]`.
#[derive(Debug, diesel::AsExpression)]
#[diesel(sql_type = Text)]
pub struct Code(&'static str);

impl<T: Into<&'static str>> From<T> for Code {
    fn from(state: T) -> Self {
        Self(state.into())
    }
}

impl<DB: Backend> ToSql<Text, DB> for Code
where
    str: ToSql<Text, DB>,
{
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> serialize::Result {
        self.0.to_sql(out)
    }
}

/// The state in `column` of row `key` of `table`.
pub fn state<T>(
    parse: fn(&str) -> Option<T>,
    table: &str,
    key: impl Display,
    column: &str,
    code: &str,
) -> deserialize::Result<T> {
    parse(code).ok_or_else(|| format!("{table} row {key}: unknown {column} `{code}`").into())
}

/// `Queryable` for a model read through its `Selectable` columns (`sql`, their SQL types) as the
/// plain values `row`, then built by `build`, which parses the states.
macro_rules! queryable_parsing_states {
    ($model:ty, ($($sql:ty),+ $(,)?), $row:ty, |$values:ident| $build:expr) => {
        impl<DB: diesel::backend::Backend> diesel::Queryable<($($sql,)+), DB> for $model
        where
            $row: diesel::deserialize::FromStaticSqlRow<($($sql,)+), DB>,
        {
            type Row = $row;

            fn build($values: $row) -> diesel::deserialize::Result<Self> {
                $build
            }
        }
    };
}

pub(crate) use queryable_parsing_states;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Billing;

    #[test]
    fn an_unknown_state_names_its_row() {
        assert_eq!(
            state(Billing::parse, "subscriptions", 7, "billing", "paid").unwrap(),
            Billing::Paid
        );
        let error = state(Billing::parse, "subscriptions", 7, "billing", "free").unwrap_err();
        assert_eq!(
            error.to_string(),
            "subscriptions row 7: unknown billing `free`"
        );
    }
}
