//! What every kind of person who signs in shares: made from a new row, found by the email they
//! sign in with, their language remembered, and their password set.

macro_rules! person_queries {
    ($model:ident, $new:ident, $table:ident) => {
        impl $model {
            pub fn create(conn: &mut DbConnection, new: $new) -> QueryResult<i32> {
                diesel::insert_into($table::table)
                    .values(new)
                    .returning($table::id)
                    .get_result(conn)
            }

            pub fn find(conn: &mut DbConnection, id: i32) -> QueryResult<Option<Self>> {
                $table::table
                    .find(id)
                    .select(Self::as_select())
                    .first(conn)
                    .optional()
            }

            pub fn find_by_email(
                conn: &mut DbConnection,
                email: &str,
            ) -> QueryResult<Option<Self>> {
                $table::table
                    .filter($table::email.eq(email))
                    .select(Self::as_select())
                    .first(conn)
                    .optional()
            }

            pub fn set_language(
                conn: &mut DbConnection,
                id: i32,
                lang: Lang,
            ) -> QueryResult<usize> {
                diesel::update($table::table.find(id))
                    .set($table::language.eq(lang.code()))
                    .execute(conn)
            }

            /// A new password; every session signed in before now ends with it.
            pub fn set_password(
                conn: &mut DbConnection,
                id: i32,
                hash: &str,
            ) -> QueryResult<usize> {
                diesel::update($table::table.find(id))
                    .set((
                        $table::password_hash.eq(hash),
                        $table::password_changed_at.eq(crate::db::now()),
                    ))
                    .execute(conn)
            }
        }
    };
}

pub(crate) use person_queries;
