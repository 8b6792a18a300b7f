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

/// The records of a CSV file, in order: the line each starts on, and its fields.
pub type Records = Vec<(u64, Vec<String>)>;

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

    // In plain CSV every line break ends a record; elsewhere one may be inside a field.
    let (records, csv_failure, line_breaks_end_records) = match plain_records(bytes) {
        Some(records) => (records, None, true),
        None => {
            let (records, failure) = csv_records(file, bytes);
            (records, failure, false)
        }
    };
    let mut records = records.into_iter();
    match records.next() {
        None => {
            return Err(vec![csv_failure.unwrap_or_else(|| {
                whole_line(
                    1,
                    "the file is empty".into(),
                    format!("a header line `{}`", columns.join(",")),
                )
            })]);
        }
        Some((_, header)) => {
            if header != columns {
                let column = header
                    .iter()
                    .zip(columns)
                    .position(|(a, b)| a != b)
                    .unwrap_or(header.len().min(columns.len()));
                return Err(vec![DataError {
                    file: file.to_owned(),
                    line: 1,
                    column: Some(column + 1),
                    column_name: header.get(column).cloned(),
                    problem: format!("the header is `{}`", header.join(",")),
                    expected: format!("the header `{}`", columns.join(",")),
                }]);
            }
        }
    }

    // The whole file is tested for control characters at once; each field only if it holds
    // one besides the line breaks between records.
    let controls = has_control(bytes, line_breaks_end_records);
    let mut rows = Vec::new();
    for (line, cells) in records {
        if cells.len() != columns.len() {
            errors.push(whole_line(
                line,
                format!("the record has {} fields", cells.len()),
                format!("{} fields, one per header column", columns.len()),
            ));
            continue;
        }
        if controls {
            for (index, value) in cells.iter().enumerate() {
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
        }
        rows.push(Row { line, cells });
    }
    errors.extend(csv_failure);

    if errors.is_empty() {
        Ok(Table {
            file: file.to_owned(),
            rows,
        })
    } else {
        Err(errors)
    }
}

/// The records of `bytes` as the `csv` crate reads them (no header row, any number of fields),
/// up to its first error, and that error.
pub fn csv_records(file: &str, bytes: &[u8]) -> (Records, Option<DataError>) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    // One record, read into again and again.
    let mut record = csv::StringRecord::new();
    let mut records = Vec::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => records.push((
                record.position().map_or(0, |p| p.line()),
                record.iter().map(str::to_owned).collect(),
            )),
            Ok(false) => return (records, None),
            Err(e) => return (records, Some(csv_error(file, &e))),
        }
    }
}

/// The records of `bytes` if it is plain CSV: UTF-8 without a byte order mark, one record per
/// line, lines ending in `\n` (no `\r`), no empty line, each field either without a `"` or
/// quoted whole (`""` for a quote inside, no line break inside). `None` for anything else.
///
/// For plain CSV the records are those of [`csv_records`], and the tables are plain CSV. The
/// `csv` crate reads every other file, and reports its problems. Written by hand because
/// `csv_core`'s state machine, a step per byte, is a tenth of the build script's time on a
/// large table; here each field is found with `find`, which the standard library runs
/// optimised (a `memchr`).
pub fn plain_records(bytes: &[u8]) -> Option<Records> {
    let text = std::str::from_utf8(bytes).ok()?;
    if text.starts_with('\u{feff}') || text.contains('\r') {
        return None;
    }
    let mut records = Vec::new();
    let mut line = 0;
    let mut rest = text;
    while !rest.is_empty() {
        line += 1;
        let end = rest.find('\n').unwrap_or(rest.len());
        let mut record = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or_default();
        if record.is_empty() {
            return None;
        }
        let mut fields = Vec::with_capacity(16);
        // Byte tests rather than `char` patterns where one byte is tested.
        loop {
            if record.as_bytes().first() == Some(&b'"') {
                // Up to the first quote that is not doubled; none on this line is a field
                // that goes on to the next line, which is not plain.
                let mut value = String::new();
                let mut inner = &record[1..];
                loop {
                    let at = inner.find('"')?;
                    value.push_str(&inner[..at]);
                    inner = &inner[at + 1..];
                    if inner.as_bytes().first() == Some(&b'"') {
                        value.push('"');
                        inner = &inner[1..];
                    } else {
                        break;
                    }
                }
                fields.push(value);
                record = inner;
            } else {
                let (value, rest) = record.split_at(record.find(',').unwrap_or(record.len()));
                if value.contains('"') {
                    return None;
                }
                fields.push(value.to_owned());
                record = rest;
            }
            match record.as_bytes().first() {
                Some(b',') => record = &record[1..],
                None => break,
                // Text after a closing quote.
                Some(_) => return None,
            }
        }
        records.push((line, fields));
    }
    Some(records)
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

/// Whether `bytes` hold a control character (U+0000..=U+001F, U+007F, U+0080..=U+009F),
/// besides `\n` if `but_newline`. Decoding every character of a file costs several times
/// this loop: sixteen bytes are tested at once while
/// they are all printable ASCII (0x20..=0x7E), and a byte at a time from the first that is
/// not, up to the next sixteen that are.
fn has_control(bytes: &[u8], but_newline: bool) -> bool {
    const ONES: u128 = u128::from_le_bytes([1; 16]);
    const HIGH: u128 = u128::from_le_bytes([0x80; 16]);
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
        let control = (b < 0x20 && !(but_newline && b == b'\n'))
            || b == 0x7F
            || (b == 0xC2 && bytes.get(i + 1).is_some_and(|&n| n < 0xA0));
        if control {
            return true;
        }
        i += 1;
    }
    false
}
