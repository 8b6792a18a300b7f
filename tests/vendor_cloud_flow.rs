//! Power Automate's "Cloud flow error code reference", kept unchanged in
//! `tests/fixtures/vendor/`, is the specification of `data/cloud_flow.csv`: every `###` entry
//! of the document must be a row, in the document's order, with the same facts, and every row
//! must name the document as its source.
//!
//! The Markdown reader here is deliberately small and independent of the crate's build code;
//! the data table is read with the `csv` crate.

use std::collections::HashMap;

/// Power Automate documentation, "Cloud flow error code reference" (ms.date 04/09/2026),
/// unchanged.
const DOCUMENT: &str = include_str!("fixtures/vendor/power-automate-cloud-flow-error-reference.md");

const FILE: &str = "data/cloud_flow.csv";
/// The header row of the data table.
const HEADER: &str = "code,category,http_status,meaning,causes,fixes,notes,most_likely_fix,related,\
                      retry_class,retry_reason,source,source_date,source_url";
const ROWS: usize = 20;
const ROWS_WITH_HTTP_STATUS: usize = 4;
const SOURCE: &str = "Power Automate documentation, Cloud flow error code reference";
const SOURCE_URL: &str = "https://learn.microsoft.com/power-automate/error-reference";
/// The line break of the cells' markup, between list items and between callouts.
const BREAK: &str = "<br>";

// ---------------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------------

/// One `###` entry of the document, its texts as written.
#[derive(Debug, Default)]
struct Entry {
    lineno: usize,
    /// The heading as written (`Unauthorized (401)`): the key of the quick-reference table.
    heading: String,
    code: String,
    http_status: String,
    meaning: String,
    /// The `- ` items of "Common causes", each with its marker.
    causes: Vec<String>,
    /// The `1. ` items of "How to fix", each with its marker.
    fixes: Vec<String>,
    /// The text of each `> [!KIND]` callout of the entry.
    notes: Vec<String>,
    /// The codes that "Related information" links to.
    related: Vec<String>,
}

/// One row of the quick-reference table.
struct QuickRow {
    category: String,
    most_likely_fix: String,
}

/// What the reader found: the entries in order, the quick-reference table by its Error cell,
/// and the `ms.date` as `YYYY-MM-DD`.
struct Document {
    entries: Vec<Entry>,
    quick: HashMap<String, QuickRow>,
    date: String,
}

#[derive(Clone, Copy, PartialEq)]
enum Part {
    Other,
    Meaning,
    Causes,
    Fixes,
}

/// A heading's code and HTTP status: `Unauthorized (401)` is `("Unauthorized", "401")`,
/// `InvalidTemplate` is `("InvalidTemplate", "")`.
fn split_heading(heading: &str) -> (String, String) {
    match heading.split_once(" (") {
        Some((code, rest)) => {
            let status = rest
                .strip_suffix(')')
                .unwrap_or_else(|| panic!("heading {heading:?}: the status is not closed by `)`"));
            assert!(
                status.len() == 3 && status.bytes().all(|b| b.is_ascii_digit()),
                "heading {heading:?}: {status:?} is not a three-digit HTTP status"
            );
            (code.to_owned(), status.to_owned())
        }
        None => (heading.to_owned(), String::new()),
    }
}

/// The anchor the published page gives a heading: lower case, parentheses dropped, spaces
/// as `-` (`Unauthorized (401)` is `unauthorized-401`).
fn anchor(heading: &str) -> String {
    heading
        .chars()
        .filter(|c| !matches!(c, '(' | ')'))
        .map(|c| c.to_ascii_lowercase())
        .collect::<String>()
        .replace(' ', "-")
}

/// The codes of a `Related information: [A](#a), [B (400)](#b-400)` line, checking that each
/// link's anchor is its text's.
fn related_codes(line: &str, lineno: usize) -> Vec<String> {
    let mut codes = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let close = rest[open..].find("](#").map(|i| open + i);
        let close = close.unwrap_or_else(|| panic!("line {lineno}: a link without `](#`"));
        let end = rest[close..].find(')').map(|i| close + i);
        let end = end.unwrap_or_else(|| panic!("line {lineno}: a link without `)`"));
        let text = &rest[open + 1..close];
        let target = &rest[close + 3..end];
        assert_eq!(target, anchor(text), "line {lineno}: the anchor");
        codes.push(split_heading(text).0);
        rest = &rest[end + 1..];
    }
    codes
}

/// The `ms.date` (`MM/DD/YYYY`) as `YYYY-MM-DD`.
fn document_date(document: &str) -> String {
    let date = document
        .lines()
        .find_map(|l| l.strip_prefix("ms.date: "))
        .expect("the document states its ms.date");
    let parts: Vec<&str> = date.trim().split('/').collect();
    let [month, day, year] = parts[..] else {
        panic!("ms.date {date:?} is not MM/DD/YYYY");
    };
    format!("{year}-{month}-{day}")
}

/// Reads the document's entries, callouts and quick-reference table.
fn read_document(document: &str) -> Document {
    let mut entries: Vec<Entry> = Vec::new();
    let mut quick = HashMap::new();
    let mut in_quick_table = false;
    // Whether the last entry is still open: a `##` heading closes it.
    let mut in_entry = false;
    let mut part = Part::Other;
    let mut callout: Option<Vec<String>> = None;
    for (index, line) in document.lines().enumerate() {
        let lineno = index + 1;
        // A callout ends at its first line without `> `; it belongs to the open entry.
        if let Some(text) = callout.as_mut() {
            if let Some(more) = line.strip_prefix("> ") {
                text.push(more.to_owned());
                continue;
            }
            let text = callout.take().expect("a callout is open").join(" ");
            if let Some(entry) = entries.last_mut().filter(|_| in_entry) {
                entry.notes.push(text);
            }
        }
        if line.starts_with("> [!") {
            callout = Some(Vec::new());
            continue;
        }
        if let Some(heading) = line.strip_prefix("## ") {
            in_quick_table = heading == "Quick reference table";
            in_entry = false;
            continue;
        }
        if in_quick_table {
            if line.starts_with("| ") && !line.starts_with("| Error |") {
                let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
                let [error, category, fix] = cells[..] else {
                    panic!("line {lineno}: a quick-reference row without three cells");
                };
                let row = QuickRow {
                    category: category.to_owned(),
                    most_likely_fix: fix.to_owned(),
                };
                assert!(
                    quick.insert(error.to_owned(), row).is_none(),
                    "line {lineno}: {error} twice in the quick-reference table"
                );
            }
            continue;
        }
        if let Some(heading) = line.strip_prefix("### ") {
            let (code, http_status) = split_heading(heading);
            entries.push(Entry {
                lineno,
                heading: heading.to_owned(),
                code,
                http_status,
                ..Entry::default()
            });
            in_entry = true;
            part = Part::Other;
            continue;
        }
        let Some(entry) = entries.last_mut().filter(|_| in_entry) else {
            continue;
        };
        if let Some(rest) = line.strip_prefix("**What it means**:") {
            // The text follows the label, or starts on a later line with a leading space.
            entry.meaning = rest.strip_prefix(' ').unwrap_or(rest).to_owned();
            part = if rest.is_empty() {
                Part::Meaning
            } else {
                Part::Other
            };
        } else if line == "**Common causes**:" {
            part = Part::Causes;
        } else if line == "**How to fix**:" {
            part = Part::Fixes;
        } else if let Some(rest) = line.strip_prefix("Related information: ") {
            entry.related = related_codes(rest, lineno);
            part = Part::Other;
        } else if part == Part::Meaning && !line.is_empty() {
            entry.meaning = line.strip_prefix(' ').unwrap_or(line).to_owned();
            part = Part::Other;
        } else if part == Part::Causes && line.starts_with("- ") {
            entry.causes.push(line.to_owned());
        } else if part == Part::Fixes && line.starts_with("1. ") {
            entry.fixes.push(line.to_owned());
        } else if !line.is_empty() {
            part = Part::Other;
        }
    }
    Document {
        entries,
        quick,
        date: document_date(document),
    }
}

// ---------------------------------------------------------------------------------------------
// The comparison
// ---------------------------------------------------------------------------------------------

/// Every difference between the CSV text `data` and the document, one line each, naming the
/// row and the fact.
fn problems(document: &str, data: &str) -> Vec<String> {
    let document = read_document(document);
    let mut problems = Vec::new();
    let mut reader = csv::Reader::from_reader(data.as_bytes());
    let header = match reader.headers() {
        Ok(h) => h.iter().collect::<Vec<_>>().join(","),
        Err(e) => return vec![format!("{FILE}: no header row: {e}")],
    };
    if header != HEADER {
        return vec![format!("{FILE}: the header is {header:?}, not {HEADER:?}")];
    }
    let mut records = Vec::new();
    for record in reader.records() {
        match record {
            Ok(record) => records.push(record),
            Err(e) => problems.push(format!("{FILE}: malformed record: {e}")),
        }
    }
    let column = |name: &str| HEADER.split(',').position(|h| h == name).expect("a column");
    for (index, record) in records.iter().enumerate() {
        let line = record.position().map_or(0, csv::Position::line);
        let code = record.get(0).unwrap_or_default();
        let Some(entry) = document.entries.get(index) else {
            problems.push(format!(
                "{FILE}:{line}: row `{code}` is data row {}; the document has only {} entries",
                index + 1,
                document.entries.len()
            ));
            continue;
        };
        let quick = document.quick.get(&entry.heading);
        if quick.is_none() {
            problems.push(format!(
                "document line {}: `{}` is not in the quick-reference table",
                entry.lineno, entry.heading
            ));
        }
        let expected = [
            ("code", entry.code.clone()),
            (
                "category",
                quick.map(|q| q.category.clone()).unwrap_or_default(),
            ),
            ("http_status", entry.http_status.clone()),
            ("meaning", entry.meaning.clone()),
            ("causes", entry.causes.join(BREAK)),
            ("fixes", entry.fixes.join(BREAK)),
            ("notes", entry.notes.join(BREAK)),
            (
                "most_likely_fix",
                quick.map(|q| q.most_likely_fix.clone()).unwrap_or_default(),
            ),
            ("related", entry.related.join(";")),
            ("source", SOURCE.to_owned()),
            ("source_date", document.date.clone()),
            ("source_url", SOURCE_URL.to_owned()),
        ];
        for (name, want) in expected {
            let cell = record.get(column(name)).unwrap_or_default();
            if cell != want {
                problems.push(format!(
                    "{FILE}:{line}: row `{code}` (document line {}, `### {}`): column `{name}` is \
                     {cell:?}, but the document has {want:?}",
                    entry.lineno, entry.heading
                ));
            }
        }
    }
    for entry in document.entries.iter().skip(records.len()) {
        problems.push(format!(
            "{FILE}: no row for `### {}` (document line {})",
            entry.heading, entry.lineno
        ));
    }
    problems
}

fn data_text() -> String {
    let path = format!("{}/{FILE}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {FILE}: {e}"))
}

fn assert_no_problems(problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{FILE} against the cloud flow error reference: {} problem(s)\n{}",
        problems.len(),
        problems.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[test]
fn cloud_flow_has_every_entry_of_the_reference_in_order() {
    assert_no_problems(&problems(DOCUMENT, &data_text()));
}

#[test]
fn the_reference_and_the_data_have_20_codes_4_with_an_http_status() {
    let document = read_document(DOCUMENT);
    assert_eq!(document.entries.len(), ROWS, "`###` entries");
    assert_eq!(
        document.quick.len(),
        ROWS,
        "rows of the quick-reference table"
    );
    assert_eq!(document.date, "2026-04-09", "the document's ms.date");
    let with_status = document
        .entries
        .iter()
        .filter(|e| !e.http_status.is_empty());
    let with_status: Vec<&str> = with_status.map(|e| e.heading.as_str()).collect();
    let expected = [
        "Unauthorized (401)",
        "Forbidden (403)",
        "BadRequest (400)",
        "NotFound (404)",
    ];
    assert_eq!(with_status, expected, "the headings with an HTTP status");
    assert_eq!(with_status.len(), ROWS_WITH_HTTP_STATUS);

    let text = data_text();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), ROWS, "rows of {FILE}");
    let statuses = records.iter().filter(|r| !r[2].is_empty()).count();
    assert_eq!(statuses, ROWS_WITH_HTTP_STATUS, "rows with an http_status");
    // The retry classes (data/README.md, "Retry classes"): every entry asks a person to act.
    let classes = ["throttled", "transient", "needs_person", "unknown"]
        .map(|class| records.iter().filter(|r| &r[9] == class).count());
    assert_eq!(classes, [0, 0, 20, 0], "rows of {FILE} per retry class");
}

#[test]
fn the_reader_takes_the_document_as_written() {
    let document = read_document(DOCUMENT);
    let entry = |code: &str| document.entries.iter().find(|e| e.code == code).unwrap();
    // The meaning that starts on a later line, after a space; the note before the causes.
    let evaluation = entry("ExpressionEvaluationFailed");
    assert!(evaluation.meaning.starts_with("An expression failed"));
    assert_eq!((evaluation.notes.len(), evaluation.causes.len()), (2, 4));
    assert!(evaluation.notes[0].starts_with("If an expression uses only constant"));
    // The HTTP status leaves the code and the related codes; every step is `1. `.
    assert_eq!(entry("Unauthorized").http_status, "401");
    let forbidden = entry("Forbidden");
    assert_eq!(
        forbidden.related,
        ["Unauthorized", "DirectApiAuthorizationRequired"]
    );
    let fixes = &entry("ConnectionAuthorizationFailed").fixes;
    assert!(fixes.len() == 5 && fixes.iter().all(|f| f.starts_with("1. ")));
    // The entity as written; an entry without callouts; the introduction's callout is no
    // entry's note.
    assert!(entry("InvalidTemplate").causes[3].contains(")&mdash;the engine"));
    assert!(entry("FlowCheckerError").notes.is_empty());
    let notes = document.entries.iter().flat_map(|e| &e.notes);
    assert!(notes.clone().all(|n| !n.contains("license tiers")));
    assert_eq!(notes.count(), 7, "callouts of the entries");
}

/// `text` with `from` (which must occur exactly once) replaced by `to`.
fn tampered(text: &str, from: &str, to: &str) -> String {
    assert_eq!(
        text.matches(from).count(),
        1,
        "{from:?} occurs once in {FILE}"
    );
    text.replacen(from, to, 1)
}

#[test]
fn the_comparison_finds_a_changed_fact() {
    let data = data_text();
    // (text of the data, its replacement, the row and the column the problem names)
    #[rustfmt::skip]
    let cases = [
        ("InvalidTemplate,Design-time,", "InvalidTemplate,Runtime,", "InvalidTemplate", "category"),
        ("Unauthorized,Auth,401,", "Unauthorized,Auth,403,", "Unauthorized", "http_status"),
        ("InvalidConnection,Connection,,", "InvalidConnection,Connection,409,", "InvalidConnection",
            "http_status"),
        ("Design-time,,Two or more actions", "Design-time,,Two actions", "DuplicateActionName",
            "meaning"),
        ("<br>- Trigger inputs are incomplete", "", "FlowCheckerError", "causes"),
        ("<br>1. Save again.", "<br>2. Save again.", "FlowCheckerError", "fixes"),
        ("Learn more about daily", "Learn about daily", "FlowRunQuotaExceeded", "notes"),
        ("Use explicit type", "Use a type", "ContentConversionFailed", "most_likely_fix"),
        ("InvalidConnection;Unauthorized", "Unauthorized;InvalidConnection",
            "ConnectionAuthorizationFailed", "related"),
    ];
    for (from, to, row, column) in cases {
        let found = problems(DOCUMENT, &tampered(&data, from, to));
        let (row, column) = (format!("row `{row}`"), format!("column `{column}`"));
        assert!(
            found.len() == 1 && found[0].contains(&row) && found[0].contains(&column),
            "{from:?} -> {to:?}: one problem naming {row} and {column}: {found:#?}"
        );
    }
    // The source date of the last row.
    let last_date = data.rfind(",2026-04-09,").expect("a source date");
    let mut dated = data.clone();
    dated.replace_range(last_date..last_date + 12, ",2026-04-10,");
    let found = problems(DOCUMENT, &dated);
    assert!(
        found.len() == 1
            && found[0].contains("row `DirectApiAuthorizationRequired`")
            && found[0].contains("column `source_date`"),
        "{found:#?}"
    );
}

#[test]
fn the_comparison_finds_missing_extra_and_swapped_rows() {
    let data = data_text();
    let lines: Vec<&str> = data.lines().collect();
    // The last row missing.
    let short = lines[..lines.len() - 1].join("\n");
    let found = problems(DOCUMENT, &short);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].contains("no row for `### DirectApiAuthorizationRequired`"),
        "{found:?}"
    );
    // A row added at the end.
    let long = format!("{data}{}\n", lines[1]);
    let found = problems(DOCUMENT, &long);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].contains("only 20 entries"), "{found:?}");
    // Two rows swapped: every fact of both rows differs, each reported at its row.
    let mut swapped = lines.clone();
    swapped.swap(1, 2);
    let found = problems(DOCUMENT, &(swapped.join("\n") + "\n"));
    assert!(
        found
            .iter()
            .any(|p| p.contains(":2: row `FlowCheckerError`") && p.contains("column `code`")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.contains(":3: row `InvalidTemplate`") && p.contains("column `code`")),
        "{found:#?}"
    );
    // Another header.
    let found = problems(DOCUMENT, &data.replacen("most_likely_fix", "likely_fix", 1));
    assert!(
        found.len() == 1 && found[0].contains("the header is"),
        "{found:#?}"
    );
}
