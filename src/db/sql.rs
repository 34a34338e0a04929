//! SQL both backends share that diesel's DSL lacks: case folding and LIKE patterns.

diesel::define_sql_function!(
    /// Lower case, for searches that ignore it.
    fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text
);

/// A LIKE pattern that finds `text` anywhere, any case (match it against `lower(column)` with
/// `.escape('\\')`): `%`, `_` and `\` in the text stand for themselves.
pub fn contains_pattern(text: &str) -> String {
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}
