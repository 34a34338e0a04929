//! Reading a CSV file row by row: the header checked, every row handed over with its line, bad
//! rows collected for the report.

use std::fmt;
use std::io::Read;

use crate::domain::text;

/// What is wrong with one row, by line (as an editor counts them) and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub column: String,
    pub message: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.column.is_empty() {
            write!(f, "line {}: {}", self.line, self.message)
        } else {
            write!(
                f,
                "line {}, column {}: {}",
                self.line, self.column, self.message
            )
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Import the good rows and report the bad ones, instead of changing nothing.
    pub skip_invalid: bool,
}

/// What checking a file found: how many rows were good, and the bad ones left out (when they
/// are to be skipped).
#[derive(Debug, Default)]
pub struct Checked {
    pub good: u64,
    pub skipped: Vec<RowError>,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file has {} bad row(s); nothing was imported", .0.len())]
    Invalid(Vec<RowError>),
    #[error("the first line must be the header `{expected}`, not `{found}`")]
    Header { expected: String, found: String },
    /// A value runs over several lines: row boundaries after it cannot be trusted, so nothing
    /// is imported, skipping or not.
    #[error("line {line}: a quote opened on this line is never closed (the rest of the file would be read as one value); nothing was imported")]
    Unclosed { line: u64 },
    #[error("cannot read the file: {0}")]
    Read(#[from] csv::Error),
    #[error("cannot keep the checked rows in a temporary file: {0}")]
    Staging(std::io::Error),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
    #[error("the portal refused a checked row: {0}")]
    Refused(String),
}

/// A change the engine refused inside an import: the rows were checked before, so whatever it
/// is, it is not the file's fault.
impl From<crate::engine::onboarding::OnboardingError> for ImportError {
    fn from(e: crate::engine::onboarding::OnboardingError) -> Self {
        match e {
            crate::engine::onboarding::OnboardingError::Database(e) => Self::Database(e),
            other => Self::Refused(other.to_string()),
        }
    }
}

/// Told how far the reading has come: rows read and bytes read.
pub type ReadProgress<'a> = &'a mut dyn FnMut(u64, u64);

/// Keep at most this many bad rows in memory for the report.
const MAX_REPORTED: usize = 1000;

/// The most of a value a message shows.
const SHOWN_CHARS: usize = 80;

/// A value as a message quotes it: at most 80 characters.
pub fn shown(value: &str) -> String {
    if value.chars().count() <= SHOWN_CHARS {
        return value.to_string();
    }
    let cut: String = value.chars().take(SHOWN_CHARS).collect();
    format!("{cut}…")
}

/// "mpn_id", "a and b", "a, b and c".
fn columns_in_words(columns: &[&str]) -> String {
    match columns {
        [] => String::new(),
        [only] => only.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Where each key was first seen, by its hash: a million rows in a few tens of megabytes.
struct SeenKeys {
    columns: Vec<usize>,
    names: String,
    first_line: std::collections::HashMap<u64, u64>,
}

impl SeenKeys {
    fn new(columns: &[&str], key_columns: &[&str]) -> Self {
        Self {
            columns: key_columns
                .iter()
                .map(|k| columns.iter().position(|c| c == k).expect("a key column"))
                .collect(),
            names: columns_in_words(key_columns),
            first_line: std::collections::HashMap::new(),
        }
    }

    /// The error for a row whose key an earlier row had.
    fn check(&mut self, record: &csv::StringRecord, line: u64) -> Option<RowError> {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        for &i in &self.columns {
            record.get(i).unwrap_or("").hash(&mut hasher);
        }
        let first = *self.first_line.entry(hasher.finish()).or_insert(line);
        (first != line).then(|| RowError {
            line,
            column: String::new(),
            message: format!("the same {} as line {first}", self.names),
        })
    }
}

/// A reader over `input` whose header line has been checked against `expected`.
pub fn open<R: Read>(input: R, expected: &[&str]) -> Result<csv::Reader<R>, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(input);
    let found: Vec<String> = reader
        .headers()?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect();
    if found != expected {
        return Err(ImportError::Header {
            expected: expected.join(","),
            found: found.join(","),
        });
    }
    Ok(reader)
}

/// Reads every row and hands it to `import`, which takes it or says what is wrong with it; a file
/// with bad rows fails whole, unless they are to be skipped and reported.
pub fn import_rows<R: Read>(
    csv: &mut csv::Reader<R>,
    (columns, key_columns): (&[&str], &[&str]),
    options: Options,
    progress: ReadProgress,
    mut import: impl FnMut(&Row) -> Result<Result<(), RowError>, ImportError>,
) -> Result<Checked, ImportError> {
    let mut report = Checked::default();
    let mut bad = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut rows_read = 0u64;
    let mut keys = SeenKeys::new(columns, key_columns);
    let bytes = |record: &csv::StringRecord| record.position().map_or(0, |p| p.byte());
    while csv.read_record(&mut record)? {
        rows_read += 1;
        let line = record.position().map_or(rows_read + 1, |p| p.line());
        // No value here holds a line break: one that does is a quote left open.
        if record.iter().any(|value| value.contains(['\n', '\r'])) {
            return Err(ImportError::Unclosed { line });
        }
        let row = Row {
            line,
            record: &record,
            columns,
        };
        let checked = if record.len() != columns.len() {
            let message = format!(
                "has {} values; the header has {}",
                record.len(),
                columns.len()
            );
            Err(row.error("", message))
        } else {
            match keys.check(&record, line) {
                Some(repeated) => Err(repeated),
                None => import(&row)?,
            }
        };
        match checked {
            Ok(()) => report.good += 1,
            Err(error) if bad.len() < MAX_REPORTED => bad.push(error),
            Err(_) => {}
        }
        if rows_read % 1000 == 0 {
            progress(rows_read, bytes(&record));
        }
    }
    progress(rows_read, bytes(&record));
    if !bad.is_empty() && !options.skip_invalid {
        return Err(ImportError::Invalid(bad));
    }
    report.skipped = bad;
    Ok(report)
}

/// One row's fields by column name, with the line for messages.
pub struct Row<'a> {
    line: u64,
    record: &'a csv::StringRecord,
    columns: &'a [&'a str],
}

impl<'a> Row<'a> {
    /// The line the row starts on, as an editor counts them.
    pub fn line(&self) -> u64 {
        self.line
    }

    pub fn get(&self, column: &str) -> &'a str {
        let index = self
            .columns
            .iter()
            .position(|c| *c == column)
            .expect("a known column");
        self.record.get(index).unwrap_or("")
    }

    pub fn error(&self, column: &str, message: impl Into<String>) -> RowError {
        RowError {
            line: self.line,
            column: column.to_string(),
            message: message.into(),
        }
    }

    /// Text that is present, has no control characters and is not too long.
    pub fn text(&self, column: &str, max: usize) -> Result<String, RowError> {
        let value = self.get(column);
        if value.is_empty() {
            return Err(self.error(column, "is empty"));
        }
        if value.chars().any(text::is_hidden) {
            return Err(self.error(column, "has a control or invisible formatting character"));
        }
        if value.chars().count() > max {
            return Err(self.error(column, format!("is longer than {max} characters")));
        }
        Ok(value.to_string())
    }
}
