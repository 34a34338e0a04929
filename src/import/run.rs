//! An import in two steps, so that it keeps both of its promises: a file with a bad row changes
//! nothing, and the live portal never waits on an import.
//!
//! First every row is read and checked against the database as it is, and the good rows are
//! staged in a temporary file: nothing is written yet. Then, when every row is good (or bad rows
//! are to be skipped), the staged rows are applied in short transactions of a few hundred rows;
//! between two of them other writers (customers pressing OK) take their turn. Rows are applied by
//! their key, so an apply cut short by a crash is completed by importing the same file again.

use std::io::{BufRead, BufReader, BufWriter, Read, Seek, Write};
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::db::{write_transaction, DbConnection};
use crate::import::rows::{import_rows, open, ImportError, Options, Row, RowError};

/// How far an import has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Rows read and checked, and bytes of the file read.
    Checking { rows: u64, bytes: u64 },
    /// Staged rows applied, of all the good ones.
    Applying { rows: u64, of: u64 },
}

/// Told how far the import has come.
pub type Progress<'a> = &'a mut dyn FnMut(Stage);

/// What an import did, row by row.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Rows whose key was new.
    pub added: u64,
    /// Rows that changed what was there.
    pub changed: u64,
    /// Rows that said what the database already had.
    pub unchanged: u64,
    /// Bad rows left out (with `--skip-invalid`), and rows the database refused while applying
    /// (something changed since they were checked), by line.
    pub skipped: Vec<RowError>,
}

impl Report {
    /// Rows taken: added, changed or unchanged.
    pub fn imported(&self) -> u64 {
        self.added + self.changed + self.unchanged
    }

    pub fn count(&mut self, applied: Applied) {
        match applied {
            Applied::Added => self.added += 1,
            Applied::Changed => self.changed += 1,
            Applied::Unchanged => self.unchanged += 1,
        }
    }
}

/// What applying one row did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    Added,
    Changed,
    Unchanged,
}

/// One kind of file: its columns, how a row is checked, and how checked rows are applied.
pub trait Kind {
    /// A checked row, as it waits in the staging file.
    type Row: Serialize + DeserializeOwned;
    const COLUMNS: &'static [&'static str];
    /// What makes a row the same as another: a file may give it once.
    const KEY: &'static [&'static str];
    /// Rows applied in one transaction: small enough that a live write waits milliseconds.
    const CHUNK: usize;

    /// Checks a row against the database as it was when the import began (and the rows before
    /// it in the file); writes nothing.
    fn check(&mut self, row: &Row) -> Result<Self::Row, RowError>;

    /// Applies checked rows inside a transaction the runner holds, counting what each did. A row
    /// the database refuses now is returned with its line, and the others still apply.
    fn apply(
        &mut self,
        conn: &mut DbConnection,
        rows: &[(u64, Self::Row)],
        report: &mut Report,
    ) -> Result<Vec<RowError>, ImportError>;
}

/// Checks the whole file, then applies it in short transactions.
pub fn run<K: Kind>(
    conn: &mut DbConnection,
    kind: &mut K,
    input: impl Read,
    options: Options,
    progress: Progress,
) -> Result<Report, ImportError> {
    let mut csv = open(input, K::COLUMNS)?;
    let mut staged = Staging::new()?;
    let mut checking = |rows, bytes| progress(Stage::Checking { rows, bytes });
    let checked = import_rows(
        &mut csv,
        (K::COLUMNS, K::KEY),
        options,
        &mut checking,
        |row| match kind.check(row) {
            Ok(checked) => {
                staged.push(row.line(), &checked)?;
                Ok(Ok(()))
            }
            Err(error) => Ok(Err(error)),
        },
    )?;
    let mut report = Report {
        skipped: checked.skipped,
        ..Report::default()
    };
    let of = checked.good;
    let mut rows = staged.read::<K::Row>()?;
    let mut done = 0u64;
    progress(Stage::Applying { rows: 0, of });
    loop {
        let chunk = rows.next_chunk(K::CHUNK)?;
        if chunk.is_empty() {
            break;
        }
        if done > 0 {
            let_others_write(conn);
        }
        let refused = write_transaction(conn, |conn| kind.apply(conn, &chunk, &mut report))?;
        report.skipped.extend(refused);
        done += chunk.len() as u64;
        progress(Stage::Applying { rows: done, of });
    }
    Ok(report)
}

/// How long an import leaves SQLite's lock free after each chunk. SQLite has one writer at a time,
/// and a writer that finds the lock taken sleeps and retries, at most 100 ms apart: a pause as long
/// as that is sure to see a waiting customer's write in before the next chunk.
const PAUSE: Duration = Duration::from_millis(100);

/// After a chunk (but the last), on SQLite: the portal's own writes take their turn.
fn let_others_write(conn: &DbConnection) {
    if matches!(conn, DbConnection::Sqlite(_)) {
        std::thread::sleep(PAUSE);
    }
}

/// Checked rows waiting in a temporary file (deleted when dropped), one JSON line each: a file of
/// any size, in little memory.
struct Staging {
    file: BufWriter<std::fs::File>,
}

impl Staging {
    fn new() -> Result<Self, ImportError> {
        Ok(Self {
            file: BufWriter::new(tempfile::tempfile().map_err(ImportError::Staging)?),
        })
    }

    fn push<T: Serialize>(&mut self, line: u64, row: &T) -> Result<(), ImportError> {
        serde_json::to_writer(&mut self.file, &(line, row))
            .map_err(|e| ImportError::Staging(e.into()))?;
        self.file.write_all(b"\n").map_err(ImportError::Staging)
    }

    fn read<T: DeserializeOwned>(self) -> Result<Staged<T>, ImportError> {
        let mut file = self
            .file
            .into_inner()
            .map_err(|e| ImportError::Staging(e.into_error()))?;
        file.rewind().map_err(ImportError::Staging)?;
        Ok(Staged {
            lines: BufReader::new(file),
            buffer: String::new(),
            _row: std::marker::PhantomData,
        })
    }
}

struct Staged<T> {
    lines: BufReader<std::fs::File>,
    buffer: String,
    _row: std::marker::PhantomData<T>,
}

impl<T: DeserializeOwned> Staged<T> {
    fn next_chunk(&mut self, size: usize) -> Result<Vec<(u64, T)>, ImportError> {
        let mut chunk = Vec::with_capacity(size.min(1000));
        while chunk.len() < size {
            self.buffer.clear();
            if self
                .lines
                .read_line(&mut self.buffer)
                .map_err(ImportError::Staging)?
                == 0
            {
                break;
            }
            let row =
                serde_json::from_str(&self.buffer).map_err(|e| ImportError::Staging(e.into()))?;
            chunk.push(row);
        }
        Ok(chunk)
    }
}
