//! Whose associations a partner user may see.

use diesel::QueryResult;

use crate::db::models::Partner;
use crate::db::DbConnection;

/// The partner IDs a partner user may see: its own and, for a global ID, its locations'.
pub fn partner_scope(conn: &mut DbConnection, partner: &Partner) -> QueryResult<Vec<i32>> {
    let mut ids = vec![partner.id];
    if partner.is_global() {
        ids.extend(
            Partner::locations_of(conn, partner.id)?
                .iter()
                .map(|p| p.id),
        );
    }
    Ok(ids)
}
