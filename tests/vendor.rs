//! The vendor documents in `tests/fixtures/vendor/` are the specification of
//! `data/windows_logon.csv` and `data/dataverse.csv`: every row of their tables must be in the
//! data, in the document's order, with the same facts, and every data row must name its source.
//!
//! The Markdown parsers here are deliberately small and independent of the crate's build code;
//! the data tables are read with the `csv` crate.

use std::collections::HashMap;

/// Microsoft Support KB 5021155, "Invalid credentials error when running desktop flows"
/// (MicrosoftDocs/SupportArticles-docs 8b44594d), unchanged.
const KB_5021155: &str = include_str!("fixtures/vendor/kb5021155-invalid-credentials.md");
/// Microsoft Dataverse, "Web service error codes" (MicrosoftDocs/powerapps-docs 0e120ff9),
/// unchanged.
const DATAVERSE: &str = include_str!("fixtures/vendor/dataverse-error-codes.md");

const LOGON_FILE: &str = "data/windows_logon.csv";
const LOGON_HEADER: [&str; 13] = [
    "code",
    "name",
    "name_basis",
    "ntstatus",
    "name_source",
    "message",
    "cause",
    "resolution",
    "retry_class",
    "retry_reason",
    "source",
    "source_date",
    "source_url",
];
const LOGON_ROWS: usize = 7;
const LOGON_SOURCE: &str =
    "Microsoft Support KB 5021155, Invalid credentials error when running desktop flows";
const LOGON_SOURCE_URL: &str = "https://learn.microsoft.com/troubleshoot/power-platform/power-automate/desktop-flows/invalid-credentials-errors-running-desktop-flows";
/// `name_source` of a name derived from the KB's message.
const DERIVED_FROM_MESSAGE: &str = "derived from the KB 5021155 message";

/// The Microsoft document that states the NTSTATUS constant names of the KB's values: the
/// `NtStatus` enum of Microsoft's Windows protocol test suites.
const NTSTATUS_SOURCE: &str = "microsoft/WindowsProtocolTestSuites ProtoSDK/Common/NtStatus.cs @ 56909675c8ccdbef8f89dcfcdbc4e09776efb2a9 (enum NtStatus)";
/// The KB's values with the NTSTATUS names `NTSTATUS_SOURCE` gives them. The KB's seventh
/// value, 0xC004844C, is not an NTSTATUS constant there.
const NTSTATUS_NAMES: [(u32, &str); 6] = [
    (0xC000_005E, "STATUS_NO_LOGON_SERVERS"),
    (0xC000_006D, "STATUS_LOGON_FAILURE"),
    (0xC000_006E, "STATUS_ACCOUNT_RESTRICTION"),
    (0xC000_0070, "STATUS_INVALID_WORKSTATION"),
    (0xC000_015B, "STATUS_LOGON_TYPE_NOT_GRANTED"),
    (0xC000_02FA, "STATUS_SMARTCARD_LOGON_REQUIRED"),
];

const DATAVERSE_FILE: &str = "data/dataverse.csv";
const DATAVERSE_HEADER: [&str; 8] = [
    "hex",
    "decimal",
    "name",
    "message",
    "retry_class",
    "retry_reason",
    "source",
    "source_url",
];
const DATAVERSE_ROWS: usize = 4059;
const DATAVERSE_SOURCE: &str =
    "Microsoft Dataverse, Web service error codes (powerapps-docs 0e120ff9)";
const DATAVERSE_SOURCE_URL: &str = "https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes";

// ---------------------------------------------------------------------------------------------
// Data tables
// ---------------------------------------------------------------------------------------------

/// A data table as the `csv` crate reads it (no trimming): its header and its records.
struct Table {
    file: &'static str,
    header: Vec<String>,
    records: Vec<csv::StringRecord>,
}

impl Table {
    fn read(file: &'static str) -> Table {
        let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
        let mut reader =
            csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("cannot open {file}: {e}"));
        let header = reader
            .headers()
            .unwrap_or_else(|e| panic!("{file}: no header row: {e}"))
            .iter()
            .map(str::to_owned)
            .collect();
        let records = reader
            .records()
            .map(|record| record.unwrap_or_else(|e| panic!("{file}: malformed record: {e}")))
            .collect();
        Table {
            file,
            header,
            records,
        }
    }

    /// Asserts the header, so that every later column lookup succeeds.
    fn assert_header(&self, expected: &[&str]) {
        assert_eq!(
            self.header, expected,
            "{}: the header row must be exactly {expected:?}",
            self.file
        );
    }

    /// The cell of `record` in `column`.
    fn cell<'r>(&self, record: &'r csv::StringRecord, column: &str) -> &'r str {
        let index = self
            .header
            .iter()
            .position(|h| h == column)
            .unwrap_or_else(|| panic!("{}: no column `{column}`", self.file));
        record.get(index).unwrap_or_else(|| {
            panic!(
                "{}: the record at {} has no `{column}` cell",
                self.file,
                self.at(record)
            )
        })
    }

    /// `data/x.csv:LINE`, where the record starts.
    fn at(&self, record: &csv::StringRecord) -> String {
        let line = record.position().map_or(0, csv::Position::line);
        format!("{}:{line}", self.file)
    }
}

/// Fails with every problem found (the first 40 of them), one per line.
fn assert_no_problems(problems: &[String], what: &str) {
    if problems.is_empty() {
        return;
    }
    let shown: Vec<&str> = problems.iter().take(40).map(String::as_str).collect();
    panic!(
        "{what}: {} problem(s){}\n{}",
        problems.len(),
        if problems.len() > shown.len() {
            ", the first 40"
        } else {
            ""
        },
        shown.join("\n")
    );
}

/// `problems` gets one line when a data cell differs from the document's text.
fn compare(
    problems: &mut Vec<String>,
    table: &Table,
    record: &csv::StringRecord,
    column: &str,
    document: &str,
    row: &str,
) {
    let data = table.cell(record, column);
    if data != document {
        problems.push(format!(
            "{}: column `{column}` is {data:?}, but the document's {row} has {document:?}",
            table.at(record)
        ));
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

/// The cells of a GFM table row: the row splits at every pipe that is not escaped as `\|` (even
/// inside a code span), `\|` stands for `|`, and the spaces around a cell are table padding.
fn table_cells(line: &str, lineno: usize) -> Vec<String> {
    let inner = line
        .strip_prefix('|')
        .and_then(|l| l.strip_suffix('|'))
        .unwrap_or_else(|| panic!("document line {lineno}: row not enclosed in pipes: {line:?}"));
    let mut cells = vec![String::new()];
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        let cell = cells.last_mut().expect("there is always a current cell");
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                chars.next();
                cell.push('|');
            }
            '|' => cells.push(String::new()),
            c => cell.push(c),
        }
    }
    cells
        .into_iter()
        .map(|cell| cell.trim_matches([' ', '\t']).to_owned())
        .collect()
}

/// One row of the KB's Resolution table, its cells without the table padding.
#[derive(Debug)]
struct KbRow {
    lineno: usize,
    code: String,
    message: String,
    cause: String,
    resolution: String,
}

/// The rows of the `|Error code|Error message|Cause|Resolution|` table of KB 5021155.
fn kb_rows() -> Vec<KbRow> {
    let mut lines = KB_5021155.lines().enumerate().map(|(i, l)| (i + 1, l));
    lines
        .by_ref()
        .find(|(_, l)| *l == "|Error code|Error message|Cause|Resolution|")
        .expect("the KB has the Resolution table's header");
    let (_, separator) = lines.next().expect("a separator follows the header");
    assert_eq!(separator, "|---|---|---|---|", "the KB table's separator");
    let mut rows = Vec::new();
    for (lineno, line) in lines {
        if !line.starts_with('|') {
            break;
        }
        let cells = table_cells(line, lineno);
        let [code, message, cause, resolution] =
            <[String; 4]>::try_from(cells).unwrap_or_else(|cells| {
                panic!(
                    "KB line {lineno}: {} cells instead of 4: {cells:?}",
                    cells.len()
                )
            });
        rows.push(KbRow {
            lineno,
            code,
            message,
            cause,
            resolution,
        });
    }
    rows
}

/// The KB's `ms.date` (`MM/DD/YYYY`) as `YYYY-MM-DD`.
fn kb_date() -> String {
    let date = KB_5021155
        .lines()
        .find_map(|l| l.strip_prefix("ms.date: "))
        .expect("the KB states its ms.date");
    let parts: Vec<&str> = date.trim().split('/').collect();
    let [month, day, year] = parts[..] else {
        panic!("ms.date {date:?} is not MM/DD/YYYY");
    };
    format!("{year}-{month}-{day}")
}

/// One row of the Dataverse table:
/// ``|`0x80040220`<br />`-2147220960`|Name: **Name**<br />Message: `message`|``.
#[derive(Debug)]
struct DvRow {
    lineno: usize,
    hex: String,
    decimal: String,
    name: String,
    message: String,
    /// How the message is written, for the quirks test.
    message_span: Span,
}

/// How a code span is written.
#[derive(Debug, Default, Clone, Copy)]
struct Span {
    /// Length of the backtick runs around it (1 for `` `x` ``, 2 for ``` ``x`` ```); 0 when the
    /// cell has no code span at all (an empty message).
    backticks: usize,
    /// `\|` escapes in it (each stands for `|`).
    escaped_pipes: usize,
    /// Pipes in it that are not escaped: a GFM renderer splits the table cell there.
    bare_pipes: usize,
}

/// A cursor over one row of the Dataverse table.
struct Cursor<'a> {
    lineno: usize,
    line: &'a str,
    rest: &'a str,
}

impl<'a> Cursor<'a> {
    fn fail(&self, what: &str) -> ! {
        let column = self.line.len() - self.rest.len() + 1;
        panic!(
            "Dataverse document line {}, byte {column}: {what}; the row is {:?}",
            self.lineno, self.line
        )
    }

    fn expect(&mut self, literal: &str) {
        match self.rest.strip_prefix(literal) {
            Some(rest) => self.rest = rest,
            None => self.fail(&format!("expected {literal:?}")),
        }
    }

    /// Text up to `end` (not included), then past `end`.
    fn until(&mut self, end: &str) -> &'a str {
        let Some(at) = self.rest.find(end) else {
            self.fail(&format!("expected {end:?} later in the row"));
        };
        let text = &self.rest[..at];
        self.rest = &self.rest[at + end.len()..];
        text
    }

    /// A CommonMark code span: a run of N backticks, the text, the next run of exactly N
    /// backticks. The text is kept as written, except that `\|` (the table escape) is `|`.
    fn code_span(&mut self) -> (String, Span) {
        let backticks = self.rest.len() - self.rest.trim_start_matches('`').len();
        if backticks == 0 {
            self.fail("expected a code span");
        }
        let body = &self.rest[backticks..];
        let mut at = 0;
        let end = loop {
            let Some(found) = body[at..].find('`') else {
                self.fail(&format!(
                    "code span of {backticks} backtick(s) is not closed"
                ));
            };
            let start = at + found;
            let run = body[start..].len() - body[start..].trim_start_matches('`').len();
            if run == backticks {
                break start;
            }
            at = start + run;
        };
        let raw = &body[..end];
        self.rest = &body[end + backticks..];
        let escaped_pipes = raw.matches("\\|").count();
        let bare_pipes = raw.matches('|').count() - escaped_pipes;
        let span = Span {
            backticks,
            escaped_pipes,
            bare_pipes,
        };
        (raw.replace("\\|", "|"), span)
    }
}

/// The 4,059 rows of the Dataverse document, in its order.
fn dataverse_rows() -> Vec<DvRow> {
    let mut lines = DATAVERSE.lines().enumerate().map(|(i, l)| (i + 1, l));
    assert_eq!(
        lines.next().map(|(_, l)| l),
        Some("|Error values|Error name and message|"),
        "the Dataverse document's table header"
    );
    assert_eq!(
        lines.next().map(|(_, l)| l),
        Some("|-----|-----|"),
        "the Dataverse document's table separator"
    );
    let mut rows = Vec::new();
    for (lineno, line) in lines {
        if line.is_empty() {
            continue;
        }
        let mut cursor = Cursor {
            lineno,
            line,
            rest: line,
        };
        cursor.expect("|");
        let (hex, _) = cursor.code_span();
        cursor.expect("<br />");
        let (decimal, _) = cursor.code_span();
        cursor.expect("|Name: **");
        let name = cursor.until("**").to_owned();
        cursor.expect("<br />Message: ");
        let (message, message_span) = if cursor.rest == "|" {
            (String::new(), Span::default())
        } else {
            cursor.code_span()
        };
        cursor.expect("|");
        if !cursor.rest.is_empty() {
            cursor.fail("expected the end of the row");
        }
        rows.push(DvRow {
            lineno,
            hex,
            decimal,
            name,
            message,
            message_span,
        });
    }
    rows
}

// ---------------------------------------------------------------------------------------------
// Windows logon statuses (KB 5021155)
// ---------------------------------------------------------------------------------------------

#[test]
fn windows_logon_has_every_row_of_the_kb_table_in_order() {
    let kb = kb_rows();
    assert_eq!(
        kb.len(),
        LOGON_ROWS,
        "rows of the KB 5021155 Resolution table"
    );
    let table = Table::read(LOGON_FILE);
    table.assert_header(&LOGON_HEADER);
    assert_eq!(
        table.records.len(),
        kb.len(),
        "{LOGON_FILE} has one row per row of the KB table, no more, no fewer"
    );
    let mut problems = Vec::new();
    for (record, row) in table.records.iter().zip(&kb) {
        let which = format!("row {} (KB line {})", row.code, row.lineno);
        compare(&mut problems, &table, record, "code", &row.code, &which);
        compare(
            &mut problems,
            &table,
            record,
            "message",
            &row.message,
            &which,
        );
        compare(&mut problems, &table, record, "cause", &row.cause, &which);
        compare(
            &mut problems,
            &table,
            record,
            "resolution",
            &row.resolution,
            &which,
        );
    }
    assert_no_problems(&problems, "data/windows_logon.csv against KB 5021155");
}

/// The KB's code as the signed 32-bit value Windows reports, or `None`.
fn logon_value(code: &str) -> Option<u32> {
    let value: i32 = code.parse().ok()?;
    // The text must be the canonical decimal (no `+`, no leading zeros).
    (value.to_string() == code).then_some(value as u32)
}

#[test]
fn windows_logon_codes_and_names_are_unique() {
    let table = Table::read(LOGON_FILE);
    table.assert_header(&LOGON_HEADER);
    let mut problems = Vec::new();
    let mut values: HashMap<u32, String> = HashMap::new();
    let mut names: HashMap<String, String> = HashMap::new();
    for record in &table.records {
        let at = table.at(record);
        let code = table.cell(record, "code");
        match logon_value(code) {
            None => problems.push(format!(
                "{at}: code {code:?} is not a signed 32-bit decimal"
            )),
            Some(value) => {
                if let Some(first) = values.insert(value, at.clone()) {
                    problems.push(format!(
                        "{at}: code {code} (0x{value:08X}) is already the code of {first}"
                    ));
                }
            }
        }
        let name = table.cell(record, "name");
        if let Some(first) = names.insert(name.to_ascii_lowercase(), at.clone()) {
            problems.push(format!(
                "{at}: name {name:?} is already, ignoring ASCII case, the name of {first}"
            ));
        }
    }
    assert_no_problems(&problems, "codes and names of data/windows_logon.csv");
}

/// `STATUS_LOGON_TYPE_NOT_GRANTED` -> `LogonTypeNotGranted`; `None` without the prefix.
fn name_from_ntstatus(constant: &str) -> Option<String> {
    let words = constant.strip_prefix("STATUS_")?;
    let mut name = String::new();
    for word in words.split('_') {
        let mut chars = word.chars();
        name.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        name.extend(chars.map(|c| c.to_ascii_lowercase()));
    }
    Some(name)
}

#[test]
fn name_from_ntstatus_follows_the_rule() {
    assert_eq!(
        name_from_ntstatus("STATUS_LOGON_TYPE_NOT_GRANTED").as_deref(),
        Some("LogonTypeNotGranted")
    );
    assert_eq!(
        name_from_ntstatus("STATUS_SMARTCARD_LOGON_REQUIRED").as_deref(),
        Some("SmartcardLogonRequired")
    );
    assert_eq!(name_from_ntstatus("LOGON_FAILURE"), None);
}

/// An UpperCamelCase identifier of ASCII letters and digits.
fn is_upper_camel(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

#[test]
fn windows_logon_names_follow_the_naming_rule() {
    let table = Table::read(LOGON_FILE);
    table.assert_header(&LOGON_HEADER);
    let known: HashMap<u32, &str> = NTSTATUS_NAMES.into_iter().collect();
    let mut problems = Vec::new();
    for record in &table.records {
        let at = table.at(record);
        let code = table.cell(record, "code");
        let name = table.cell(record, "name");
        let basis = table.cell(record, "name_basis");
        let ntstatus = table.cell(record, "ntstatus");
        let source = table.cell(record, "name_source");
        let expected_ntstatus = logon_value(code)
            .and_then(|value| known.get(&value).copied())
            .unwrap_or("");
        if ntstatus != expected_ntstatus {
            problems.push(format!(
                "{at}: ntstatus is {ntstatus:?}, but {NTSTATUS_SOURCE} gives {expected_ntstatus:?} \
                 for code {code}"
            ));
        }
        if !is_upper_camel(name) {
            problems.push(format!(
                "{at}: name {name:?} is not an UpperCamelCase identifier of ASCII letters and \
                 digits"
            ));
        }
        match basis {
            "NtStatus" => {
                match name_from_ntstatus(ntstatus) {
                    Some(expected) if expected == name => {}
                    Some(expected) => problems.push(format!(
                        "{at}: name_basis is NtStatus, so the name must be {expected:?} (from \
                         ntstatus {ntstatus:?}), not {name:?}"
                    )),
                    None => problems.push(format!(
                        "{at}: name_basis is NtStatus, but ntstatus {ntstatus:?} is not a \
                         `STATUS_` constant name"
                    )),
                }
                if source != NTSTATUS_SOURCE {
                    problems.push(format!(
                        "{at}: name_source is {source:?}; a name from an NTSTATUS constant names \
                         the document that states it: {NTSTATUS_SOURCE:?}"
                    ));
                }
            }
            "Message" => {
                if !ntstatus.is_empty() {
                    problems.push(format!(
                        "{at}: name_basis is Message, but the row has the NTSTATUS name \
                         {ntstatus:?}: the name must come from it (name_basis NtStatus)"
                    ));
                }
                if source != DERIVED_FROM_MESSAGE {
                    problems.push(format!(
                        "{at}: name_source is {source:?}; a name derived from the message says \
                         {DERIVED_FROM_MESSAGE:?}"
                    ));
                }
            }
            other => problems.push(format!(
                "{at}: name_basis {other:?} is neither `NtStatus` nor `Message`"
            )),
        }
    }
    assert_no_problems(&problems, "names of data/windows_logon.csv");
}

#[test]
fn windows_logon_rows_name_their_source() {
    let table = Table::read(LOGON_FILE);
    table.assert_header(&LOGON_HEADER);
    let date = kb_date();
    let mut problems = Vec::new();
    for record in &table.records {
        for (column, expected) in [
            ("source", LOGON_SOURCE),
            ("source_date", date.as_str()),
            ("source_url", LOGON_SOURCE_URL),
        ] {
            let cell = table.cell(record, column);
            if cell != expected {
                problems.push(format!(
                    "{}: column `{column}` is {cell:?}, expected {expected:?}",
                    table.at(record)
                ));
            }
        }
    }
    assert_no_problems(&problems, "sources of data/windows_logon.csv");
}

// ---------------------------------------------------------------------------------------------
// Dataverse web service errors
// ---------------------------------------------------------------------------------------------

#[test]
fn dataverse_has_every_row_of_the_document_in_order() {
    let document = dataverse_rows();
    assert_eq!(
        document.len(),
        DATAVERSE_ROWS,
        "rows of the Dataverse document"
    );
    let table = Table::read(DATAVERSE_FILE);
    table.assert_header(&DATAVERSE_HEADER);
    assert_eq!(
        table.records.len(),
        document.len(),
        "{DATAVERSE_FILE} has one row per row of the document, no more, no fewer"
    );
    let mut problems = Vec::new();
    for (record, row) in table.records.iter().zip(&document) {
        let which = format!("row {} (document line {})", row.name, row.lineno);
        compare(&mut problems, &table, record, "hex", &row.hex, &which);
        compare(
            &mut problems,
            &table,
            record,
            "decimal",
            &row.decimal,
            &which,
        );
        compare(&mut problems, &table, record, "name", &row.name, &which);
        compare(
            &mut problems,
            &table,
            record,
            "message",
            &row.message,
            &which,
        );
    }
    assert_no_problems(
        &problems,
        "data/dataverse.csv against the Dataverse document",
    );
}

/// The value of `0x…` with one to eight hex digits of either case.
fn hex_value(hex: &str) -> Option<u32> {
    let digits = hex.strip_prefix("0x")?;
    if digits.is_empty() || digits.len() > 8 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(digits, 16).ok()
}

#[test]
fn dataverse_decimal_is_the_signed_reading_of_hex() {
    let table = Table::read(DATAVERSE_FILE);
    table.assert_header(&DATAVERSE_HEADER);
    let mut problems = Vec::new();
    for record in &table.records {
        let at = table.at(record);
        let hex = table.cell(record, "hex");
        let decimal = table.cell(record, "decimal");
        let Some(value) = hex_value(hex) else {
            problems.push(format!(
                "{at}: hex {hex:?} is not `0x` and one to eight hex digits"
            ));
            continue;
        };
        let signed = value as i32;
        if decimal != signed.to_string() {
            problems.push(format!(
                "{at}: decimal is {decimal:?}, but the signed 32-bit reading of {hex} is {signed}"
            ));
        }
    }
    assert_no_problems(&problems, "values of data/dataverse.csv");
}

#[test]
fn dataverse_values_and_names_are_unique() {
    let table = Table::read(DATAVERSE_FILE);
    table.assert_header(&DATAVERSE_HEADER);
    let mut problems = Vec::new();
    let mut values: HashMap<u32, String> = HashMap::new();
    let mut names: HashMap<String, String> = HashMap::new();
    for record in &table.records {
        let at = table.at(record);
        let hex = table.cell(record, "hex");
        if let Some(value) = hex_value(hex) {
            if let Some(first) = values.insert(value, at.clone()) {
                problems.push(format!("{at}: value {hex} is already the value of {first}"));
            }
        } else {
            problems.push(format!("{at}: hex {hex:?} is not a 32-bit hex value"));
        }
        let name = table.cell(record, "name");
        if let Some(first) = names.insert(name.to_ascii_lowercase(), at.clone()) {
            problems.push(format!(
                "{at}: name {name:?} is already, ignoring ASCII case, the name of {first}"
            ));
        }
    }
    assert_no_problems(&problems, "values and names of data/dataverse.csv");
}

#[test]
fn dataverse_rows_name_their_source() {
    let table = Table::read(DATAVERSE_FILE);
    table.assert_header(&DATAVERSE_HEADER);
    let mut problems = Vec::new();
    for record in &table.records {
        for (column, expected) in [
            ("source", DATAVERSE_SOURCE),
            ("source_url", DATAVERSE_SOURCE_URL),
        ] {
            let cell = table.cell(record, column);
            if cell != expected {
                problems.push(format!(
                    "{}: column `{column}` is {cell:?}, expected {expected:?}",
                    table.at(record)
                ));
            }
        }
    }
    assert_no_problems(&problems, "sources of data/dataverse.csv");
}

/// The quirks of the document that `data/README.md` describes, so that a new version of the
/// document with other quirks is noticed.
#[test]
fn dataverse_document_quirks_are_the_documented_ones() {
    let rows = dataverse_rows();
    let names = |keep: &dyn Fn(&DvRow) -> bool| -> Vec<&str> {
        rows.iter()
            .filter(|row| keep(row))
            .map(|row| row.name.as_str())
            .collect()
    };
    assert_eq!(
        names(&|row| row.message_span.bare_pipes > 0),
        [
            "ErrorInvalidFileNameChars",
            "InvalidRelativeUrlFormat",
            "InvalidSiteRelativeUrlFormat"
        ],
        "messages with a pipe that is not escaped (a GFM renderer splits the cell there)"
    );
    assert!(
        names(&|row| row.message_span.escaped_pipes > 0).is_empty(),
        "messages with `\\|` escapes"
    );
    assert!(
        names(&|row| row.message_span.backticks != 1).is_empty(),
        "messages not written as a single-backtick code span (empty or ``double``)"
    );
    assert!(
        names(&|row| row.message.contains("<br")).is_empty(),
        "messages with a line break"
    );
    assert_eq!(
        names(&|row| row.message.starts_with(' ')),
        ["ActionSupportNotEnabled", "ManagedBpfDeletionInvalid"],
        "messages with a leading space"
    );
    assert_eq!(
        names(&|row| row.message.ends_with(' ')).len(),
        96,
        "messages with trailing spaces"
    );
    // CommonMark drops one space at each end of a code span that has one at both ends; no
    // message has, so the text between the backticks is the text shown.
    assert!(
        names(&|row| row.message.starts_with(' ') && row.message.ends_with(' ')).is_empty(),
        "messages with a space at both ends"
    );
    assert_eq!(
        names(&|row| row.hex.len() != "0x00000000".len()),
        ["CaseStateChangeInvalid"],
        "hex values not written with eight digits"
    );
    assert_eq!(
        names(&|row| !row.message.is_ascii()),
        ["MailApp_AppModulePermission"],
        "messages with a character outside ASCII"
    );
}

/// The parsers on constructs the documents do not use today but a new version could.
#[test]
fn markdown_parsers_read_escapes_and_longer_code_spans() {
    assert_eq!(
        table_cells("| a \\| b |`c`|  | d|", 1),
        ["a | b", "`c`", "", "d"],
        "GFM cells: `\\|` is a pipe, padding is dropped, an empty cell stays"
    );
    let span = |text: &str| {
        let mut cursor = Cursor {
            lineno: 1,
            line: text,
            rest: text,
        };
        let (content, span) = cursor.code_span();
        (
            content,
            span.backticks,
            span.escaped_pipes,
            span.bare_pipes,
            cursor.rest.to_owned(),
        )
    };
    assert_eq!(
        span("``a ` b``|rest"),
        ("a ` b".to_owned(), 2, 0, 0, "|rest".to_owned()),
        "a double-backtick span holds a single backtick"
    );
    assert_eq!(
        span("` x\\|y|z `|"),
        (" x|y|z ".to_owned(), 1, 1, 1, "|".to_owned()),
        "`\\|` in a span is a pipe; spaces are kept as written"
    );
    assert_eq!(
        span("`a<br />b`"),
        ("a<br />b".to_owned(), 1, 0, 0, String::new()),
        "markup inside a span is text"
    );
}

// ---- the typed catalogs against the vendor documents ----------------------------------------

#[test]
fn logon_status_catalog_is_the_kb_table() {
    use rpa_error_codes::windows_logon::LogonStatus;

    let rows = kb_rows();
    assert_eq!(LogonStatus::ALL.len(), rows.len());
    for (status, row) in LogonStatus::ALL.iter().zip(&rows) {
        let line = row.lineno;
        assert_eq!(status.code().to_string(), row.code, "line {line}");
        assert_eq!(
            LogonStatus::from_code(&row.code),
            Some(*status),
            "line {line}"
        );
        assert_eq!(status.message(), row.message, "line {line}");
        assert_eq!(
            status.info().cause_markup.unwrap_or(""),
            row.cause,
            "line {line}"
        );
        assert_eq!(
            status.info().resolution_markup,
            row.resolution,
            "line {line}"
        );
        assert_eq!(
            status.info().source.date,
            Some(kb_date().as_str()),
            "line {line}"
        );
        // Every link of the resolution is absolute.
        for link in status.resolution_links() {
            assert!(
                link.url.starts_with("https://learn.microsoft.com/"),
                "{}",
                link.url
            );
        }
        assert_eq!(status.hex(), status.code() as u32);
    }
}

#[cfg(feature = "dataverse")]
#[test]
fn dataverse_catalog_is_the_vendor_table() {
    use rpa_error_codes::dataverse::DataverseError;

    let rows = dataverse_rows();
    assert_eq!(rows.len(), 4059);
    assert_eq!(DataverseError::ALL.len(), rows.len());
    for (error, row) in DataverseError::ALL.iter().zip(&rows) {
        let line = row.lineno;
        let hex = u32::from_str_radix(&row.hex[2..], 16).unwrap();
        assert_eq!(error.hresult(), hex, "line {line}");
        assert_eq!(error.decimal().to_string(), row.decimal, "line {line}");
        assert_eq!(error.name(), row.name, "line {line}");
        assert_eq!(error.message().unwrap_or(""), row.message, "line {line}");
        // Every spelling the table uses finds the row.
        assert_eq!(
            DataverseError::from_code(&row.hex),
            Some(*error),
            "line {line}"
        );
        assert_eq!(
            DataverseError::from_code(&row.decimal),
            Some(*error),
            "line {line}"
        );
        assert_eq!(
            DataverseError::from_hresult(hex),
            Some(*error),
            "line {line}"
        );
        assert_eq!(
            DataverseError::from_name(&row.name),
            Some(*error),
            "line {line}"
        );
        assert_eq!(
            DataverseError::from_name_ignore_ascii_case(&row.name.to_ascii_uppercase()),
            Some(*error),
            "line {line}"
        );
        assert_eq!(
            row.name.parse::<DataverseError>(),
            Ok(*error),
            "line {line}"
        );
    }
}
