//! Reading a CSV table into rows whose cells know where they stand.
//!
//! This is the "read" step of the generator, shared by every table. It checks the shape of the
//! file (header, field count, CSV syntax, control characters) and leaves the meaning of each
//! cell to the validate step (`validate.rs`).

use std::fmt;

/// A problem in a data file, located precisely enough for a maintainer to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// The file, as given to [`read`] (for example `data/orchestrator.csv`).
    pub file: String,
    /// 1-based line of the record in the file.
    pub line: u64,
    /// 1-based CSV column, when the problem is in one cell.
    pub column: Option<usize>,
    /// The header name of that column.
    pub column_name: Option<String>,
    /// What is wrong.
    pub problem: String,
    /// What was expected instead.
    pub expected: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)?;
        if let Some(column) = self.column {
            write!(f, ":{column}")?;
        }
        if let Some(name) = &self.column_name {
            write!(f, ": column `{name}`")?;
        }
        write!(f, ": {}; expected {}", self.problem, self.expected)
    }
}

/// Where a cell stands: enough to build a [`DataError`] about it.
#[derive(Clone, Copy, Debug)]
pub struct At<'a> {
    pub file: &'a str,
    pub line: u64,
    pub column: usize,
    pub name: &'a str,
}

impl At<'_> {
    /// An error about this cell.
    pub fn error(&self, problem: impl Into<String>, expected: impl Into<String>) -> DataError {
        DataError {
            file: self.file.to_owned(),
            line: self.line,
            column: Some(self.column),
            column_name: Some(self.name.to_owned()),
            problem: problem.into(),
            expected: expected.into(),
        }
    }
}

/// A table whose shape has been checked: every row has exactly the header's columns.
#[derive(Clone, Debug)]
pub struct Table {
    pub file: String,
    pub rows: Vec<Row>,
}

/// One record of a [`Table`].
#[derive(Clone, Debug)]
pub struct Row {
    /// 1-based line where the record starts.
    pub line: u64,
    pub cells: Vec<String>,
}

/// Reads `bytes` (the contents of `file`) as a UTF-8 CSV table whose header must be exactly
/// `columns`.
///
/// Every problem found is returned, not only the first.
pub fn read(file: &str, bytes: &[u8], columns: &[&'static str]) -> Result<Table, Vec<DataError>> {
    let mut errors = Vec::new();
    let whole_line = |line: u64, problem: String, expected: String| DataError {
        file: file.to_owned(),
        line,
        column: None,
        column_name: None,
        problem,
        expected,
    };

    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    // One record, read into again and again: the header, then each row.
    let mut record = csv::StringRecord::new();
    match reader.read_record(&mut record) {
        Ok(false) => {
            return Err(vec![whole_line(
                1,
                "the file is empty".into(),
                format!("a header line `{}`", columns.join(",")),
            )]);
        }
        Err(e) => return Err(vec![csv_error(file, &e)]),
        Ok(true) => {
            let found: Vec<&str> = record.iter().collect();
            if found != columns {
                let column = found
                    .iter()
                    .zip(columns)
                    .position(|(a, b)| a != b)
                    .unwrap_or(found.len().min(columns.len()));
                return Err(vec![DataError {
                    file: file.to_owned(),
                    line: 1,
                    column: Some(column + 1),
                    column_name: found.get(column).map(|s| (*s).to_owned()),
                    problem: format!("the header is `{}`", found.join(",")),
                    expected: format!("the header `{}`", columns.join(",")),
                }]);
            }
        }
    }

    let mut rows = Vec::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                errors.push(csv_error(file, &e));
                break;
            }
        }
        let line = record.position().map_or(0, |p| p.line());
        if record.len() != columns.len() {
            errors.push(whole_line(
                line,
                format!("the record has {} fields", record.len()),
                format!("{} fields, one per header column", columns.len()),
            ));
            continue;
        }
        // The record's fields end to end are tested at once; each field only if one holds a
        // control character.
        let fields = if has_control(record.as_slice()) {
            record.iter().enumerate().collect()
        } else {
            Vec::new()
        };
        for (index, value) in fields {
            let at = At {
                file,
                line,
                column: index + 1,
                name: columns[index],
            };
            if let Some(c) = value.chars().find(|c| c.is_control()) {
                errors.push(at.error(
                    format!("the text holds the control character {c:?}"),
                    "single-line text (write a line break as `</br>`)",
                ));
            }
        }
        rows.push(Row {
            line,
            cells: record.iter().map(str::to_owned).collect(),
        });
    }

    if errors.is_empty() {
        Ok(Table {
            file: file.to_owned(),
            rows,
        })
    } else {
        Err(errors)
    }
}

fn csv_error(file: &str, e: &csv::Error) -> DataError {
    let line = e.position().map_or(0, |p| p.line());
    match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => DataError {
            file: file.to_owned(),
            line,
            column: Some(err.field() + 1),
            column_name: None,
            problem: "the text is not valid UTF-8".to_owned(),
            expected: "UTF-8 text".to_owned(),
        },
        _ => DataError {
            file: file.to_owned(),
            line,
            column: None,
            column_name: None,
            problem: format!("the CSV is malformed ({e})"),
            expected: "RFC 4180 CSV in UTF-8 (quote a field that holds a comma or a quote)"
                .to_owned(),
        },
    }
}

/// Whether `text` holds a control character (U+0000..=U+001F, U+007F, U+0080..=U+009F).
/// The build script runs unoptimised, where decoding every character of every record costs
/// several times this loop: sixteen bytes are tested at once while they are all printable
/// ASCII (0x20..=0x7E), and a byte at a time from the first that is not, up to the next
/// sixteen that are.
fn has_control(text: &str) -> bool {
    const ONES: u128 = u128::from_le_bytes([1; 16]);
    const HIGH: u128 = u128::from_le_bytes([0x80; 16]);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(Ok(block)) = bytes.get(i..i + 16).map(<[u8; 16]>::try_from) {
            let w = u128::from_le_bytes(block);
            // A byte below 0x20 sets its high bit in `below_space` (the exact "has less"
            // test); 0x7F or above sets it in `del_or_high` (`+ 1` or the byte itself).
            let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
            let del_or_high = (w.wrapping_add(ONES) | w) & HIGH;
            if below_space | del_or_high == 0 {
                i += 16;
                continue;
            }
        }
        let b = bytes[i];
        if b < 0x20 || b == 0x7F || (b == 0xC2 && bytes.get(i + 1).is_some_and(|&n| n < 0xA0)) {
            return true;
        }
        i += 1;
    }
    false
}
