//! The generator's read, validate and emit steps (the modules `build.rs` includes), fed good
//! and bad tables. Every validation rule has a test that asserts the whole message: file, line,
//! column, what is wrong and what was expected.

#![allow(dead_code)]

#[path = "../build/mod.rs"]
mod generator;
#[path = "../src/lookup.rs"]
mod lookup;

use generator::{catalogs, describe, emit, hash, markup, phash, table, validate};

use describe::Catalog;
use markup::LinkBase;
use validate::{Valid, Value};

/// The header of a catalog.
fn header(catalog: &Catalog) -> Vec<&'static str> {
    catalog.columns.iter().map(|c| c.name).collect()
}

/// Reads and validates `text` as the table of `catalog`.
fn validated(catalog: &'static Catalog, text: &str) -> Result<Valid, Vec<String>> {
    table::read(catalog.file, text.as_bytes(), &header(catalog))
        .and_then(|t| validate::validate(catalog, t))
        .map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

/// The text of a validated cell (`None` when empty), for assertions.
fn text(valid: &Valid, row: usize, column: &str) -> Option<String> {
    match valid.value(&valid.rows[row], column) {
        Value::Empty => None,
        Value::Item(item) | Value::Grade(_, item) => Some(item.name.to_owned()),
        Value::Set(items) => Some(items.iter().map(|i| i.name).collect::<Vec<_>>().join(";")),
        Value::Int(n) => Some(n.to_string()),
        Value::Markup { markup, .. } => Some(markup.plain().to_owned()),
        Value::Bool(b) => Some(b.to_string()),
        Value::List(items) => Some(items.join(";")),
        v => v.text().map(str::to_owned),
    }
}

const PA_FILE: &str = "data/power_automate.csv";
const ORCH_FILE: &str = "data/orchestrator.csv";

/// A valid Power Automate row; tests override single cells.
const PA_BASE: [(&str, &str); 15] = [
    ("code", "Alpha"),
    ("http_status", "429"),
    ("run_modes", "Attended;Unattended"),
    ("platform", ""),
    ("retry_class", "throttled"),
    // No quote, so that tests may change the mitigation freely.
    (
        "retry_reason",
        "HTTP 429 (Too Many Requests): the service asks to wait.",
    ),
    ("retired_in", ""),
    ("replaced_by", ""),
    ("former_codes", ""),
    ("former_codes_source", ""),
    ("first_seen", "2023-08-25"),
    ("mitigation", "Wait for the other run.</br>- Then retry."),
    ("source", "KB 1"),
    ("source_date", "2023-08-25"),
    ("source_url", "https://example.com/kb"),
];

/// A valid Orchestrator row; tests override single cells.
const ORCH_BASE: [(&str, &str); 18] = [
    ("code", "1670"),
    ("name", "PendingJobsAlreadyExist"),
    ("name_grade", "B"),
    ("name_source", "enum order"),
    ("aliases", ""),
    ("former_names", ""),
    ("category", "Jobs"),
    ("category_basis", "label"),
    (
        "message",
        "The robots already have pending jobs for this process.",
    ),
    ("message_source", ""),
    ("description", ""),
    ("http_status", ""),
    ("http_status_source", ""),
    ("retry_class", "transient"),
    (
        "retry_reason",
        "The robots have pending jobs; once they ran, a retry can succeed.",
    ),
    ("source", "Response codes"),
    ("source_url", "https://example.com/codes"),
    ("notes", ""),
];

/// CSV text with the header `columns` and one row per override list applied to `base`.
fn csv_text(columns: &[&str], base: &[(&str, &str)], rows: &[&[(&str, &str)]]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer.write_record(columns).unwrap();
    for overrides in rows {
        let record: Vec<&str> = base
            .iter()
            .map(|(name, value)| {
                overrides
                    .iter()
                    .find(|(n, _)| n == name)
                    .map_or(*value, |(_, v)| *v)
            })
            .collect();
        writer.write_record(&record).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

fn pa_result(text: &str) -> Result<Valid, Vec<String>> {
    validated(&catalogs::POWER_AUTOMATE, text)
}

fn orch_result(text: &str) -> Result<Valid, Vec<String>> {
    validated(&catalogs::ORCHESTRATOR, text)
}

/// The errors for Power Automate rows built from overrides.
fn pa_errors(rows: &[&[(&str, &str)]]) -> Vec<String> {
    pa_result(&csv_text(
        &header(&catalogs::POWER_AUTOMATE),
        &PA_BASE,
        rows,
    ))
    .expect_err("the table should be rejected")
}

fn orch_errors(rows: &[&[(&str, &str)]]) -> Vec<String> {
    orch_result(&csv_text(
        &header(&catalogs::ORCHESTRATOR),
        &ORCH_BASE,
        rows,
    ))
    .expect_err("the table should be rejected")
}

// ---- the real data -------------------------------------------------------------------------

fn data(file: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap()
}

#[test]
fn the_shipped_tables_validate() {
    let pa = pa_result(&data(PA_FILE)).expect("data/power_automate.csv is valid");
    assert!(
        pa.rows.len() >= 55,
        "{} Power Automate codes",
        pa.rows.len()
    );
    let orch = orch_result(&data(ORCH_FILE)).expect("data/orchestrator.csv is valid");
    assert!(
        orch.rows.len() >= 120,
        "{} Orchestrator codes",
        orch.rows.len()
    );
}

#[test]
fn the_base_rows_are_valid() {
    let rows = pa_result(&csv_text(
        &header(&catalogs::POWER_AUTOMATE),
        &PA_BASE,
        &[&[]],
    ))
    .unwrap();
    assert_eq!(text(&rows, 0, "code").as_deref(), Some("Alpha"));
    assert_eq!(
        text(&rows, 0, "run_modes").as_deref(),
        Some("Attended;Unattended")
    );
    assert_eq!(
        text(&rows, 0, "mitigation").as_deref(),
        Some("Wait for the other run.\n- Then retry.")
    );
    let rows = orch_result(&csv_text(
        &header(&catalogs::ORCHESTRATOR),
        &ORCH_BASE,
        &[&[]],
    ))
    .unwrap();
    assert_eq!(text(&rows, 0, "code").as_deref(), Some("1670"));
    assert_eq!(text(&rows, 0, "name_grade").as_deref(), Some("EnumOrder"));
}

// ---- read: the shape of the file -----------------------------------------------------------

#[test]
fn empty_file() {
    assert_eq!(
        pa_result("").unwrap_err(),
        [format!(
            "{PA_FILE}:1: the file is empty; expected a header line `{}`",
            &header(&catalogs::POWER_AUTOMATE).join(",")
        )]
    );
}

#[test]
fn wrong_header() {
    let text = csv_text(&header(&catalogs::POWER_AUTOMATE), &PA_BASE, &[&[]]).replacen(
        "http_status",
        "http",
        1,
    );
    let header = &header(&catalogs::POWER_AUTOMATE).join(",");
    assert_eq!(
        pa_result(&text).unwrap_err(),
        [format!(
            "{PA_FILE}:1:2: column `http`: the header is `{}`; expected the header `{header}`",
            header.replacen("http_status", "http", 1)
        )]
    );
}

#[test]
fn missing_field() {
    let text = format!(
        "{}\nBeta,400\n",
        &header(&catalogs::POWER_AUTOMATE).join(",")
    );
    assert_eq!(
        pa_result(&text).unwrap_err(),
        [format!(
            "{PA_FILE}:2: the record has 2 fields; expected 15 fields, one per header column"
        )]
    );
}

#[test]
fn white_space_around_a_cell() {
    assert_eq!(
        pa_errors(&[&[("code", "Alpha ")]]),
        [format!(
            "{PA_FILE}:2:1: column `code`: the text \"Alpha \" has leading or trailing white space; \
             expected no white space at either end of a cell"
        )]
    );
}

#[test]
fn line_break_inside_a_cell() {
    assert_eq!(
        pa_errors(&[&[("mitigation", "Wait.\nRetry.")]]),
        [format!(
            "{PA_FILE}:2:12: column `mitigation`: the text holds the control character '\\n'; \
             expected single-line text (write a line break as `</br>`)"
        )]
    );
}

#[test]
fn every_control_character_anywhere_in_a_cell() {
    let column = catalogs::POWER_AUTOMATE
        .columns
        .iter()
        .position(|c| c.name == "mitigation")
        .expect("Power Automate has a mitigation column")
        + 1;
    // Before, inside and after the first sixteen bytes, which are tested at once, and after
    // a non-ASCII character, past which blocks of sixteen are tested again.
    for (control, shown) in [
        ('\t', "'\\t'"),
        ('\u{7f}', "'\\u{7f}'"),
        ('\u{85}', "'\\u{85}'"),
    ] {
        for text in [
            format!("{control}Wait and retry later."),
            format!("Wait and{control} retry later."),
            format!("Wait and retry later{control}."),
            format!("Wait, then r\u{e9}try{control}."),
            format!("R\u{e9}sum\u{e9}: wait for the flow to end, then retry it{control}."),
            format!("Wait for the flow to end, then retry it once more, \u{e9}{control}."),
        ] {
            assert_eq!(
                pa_errors(&[&[("mitigation", &text)]]),
                [format!(
                    "{PA_FILE}:2:{column}: column `mitigation`: the text holds the control character {shown}; \
                     expected single-line text (write a line break as `</br>`)"
                )],
                "{text:?}"
            );
        }
    }
    // Printable characters beside the control ranges are no control characters.
    assert!(
        pa_result(&csv_text(
            &header(&catalogs::POWER_AUTOMATE),
            &PA_BASE,
            &[&[("mitigation", "Wait ~ and \u{a0}retry \u{a1}later.")]],
        ))
        .is_ok()
    );
}

#[test]
fn invalid_utf8() {
    let mut bytes = csv_text(
        &header(&catalogs::POWER_AUTOMATE),
        &PA_BASE,
        &[&[], &[("code", "Beta")]],
    )
    .into_bytes();
    let at = bytes.windows(4).position(|w| w == b"Beta").unwrap();
    bytes[at + 1] = 0xff;
    let errors: Vec<String> = table::read(PA_FILE, &bytes, &header(&catalogs::POWER_AUTOMATE))
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        [format!(
            "{PA_FILE}:3:1: the text is not valid UTF-8; expected UTF-8 text"
        )]
    );
}

#[test]
fn unterminated_quote_is_reported_not_panicked() {
    let text = format!(
        "{}\nAlpha,\"429\n",
        &header(&catalogs::POWER_AUTOMATE).join(",")
    );
    let errors = pa_result(&text).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with(&format!("{PA_FILE}:2")), "{errors:?}");
}

#[test]
fn every_problem_is_reported_in_order() {
    let errors = pa_errors(&[
        &[("http_status", "4x0")],
        &[("code", "Beta"), ("retry_class", "maybe")],
    ]);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].starts_with(&format!("{PA_FILE}:2:2:")),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with(&format!("{PA_FILE}:3:5:")),
        "{errors:?}"
    );
}

// ---- validate: Power Automate --------------------------------------------------------------

#[test]
fn duplicate_code() {
    assert_eq!(
        pa_errors(&[&[], &[]]),
        [format!(
            "{PA_FILE}:3:1: column `code`: duplicate code or former code `Alpha` (first on line 2); expected each code or former code once in the table"
        )]
    );
}

#[test]
fn codes_that_differ_only_in_case() {
    assert_eq!(
        pa_errors(&[&[], &[("code", "ALPHA")]]),
        [format!(
            "{PA_FILE}:3:1: column `code`: code or former code `ALPHA` differs from `Alpha` (line 2) only in ASCII case; \
             expected each code or former code once in the table, ignoring ASCII case"
        )]
    );
    assert_eq!(
        orch_errors(&[
            &[],
            &[
                ("code", "1671"),
                ("name", "Other"),
                ("aliases", "PENDINGJOBSALREADYEXIST")
            ]
        ]),
        [format!(
            "{ORCH_FILE}:3:5: column `aliases`: name or alias `PENDINGJOBSALREADYEXIST` differs from \
             `PendingJobsAlreadyExist` (line 2) only in ASCII case; expected each name or alias once in the table, \
             ignoring ASCII case"
        )]
    );
}

#[test]
fn code_that_is_no_identifier() {
    assert_eq!(
        pa_errors(&[&[("code", "UI Flow")]]),
        [format!(
            "{PA_FILE}:2:1: column `code`: `UI Flow` holds ' '; expected an UpperCamelCase name of ASCII letters and digits"
        )]
    );
    assert_eq!(
        pa_errors(&[&[("code", "alpha")]]),
        [format!(
            "{PA_FILE}:2:1: column `code`: `alpha` does not start with an uppercase ASCII letter; \
             expected an UpperCamelCase name of ASCII letters and digits"
        )]
    );
}

#[test]
fn malformed_http_status() {
    for bad in ["4x0", "99", "600", "+400", "4000"] {
        assert_eq!(
            pa_errors(&[&[("http_status", bad)]]),
            [format!(
                "{PA_FILE}:2:2: column `http_status`: malformed HTTP status `{bad}`; \
                 expected a three-digit HTTP status from 100 to 599"
            )],
            "for {bad}"
        );
    }
}

#[test]
fn unknown_run_mode() {
    assert_eq!(
        pa_errors(&[&[("run_modes", "Attended;Remote")]]),
        [format!(
            "{PA_FILE}:2:3: column `run_modes`: unknown run mode `Remote`; \
             expected `All`, or run modes from `Attended`, `Unattended`, `Local` separated by `;`"
        )]
    );
    assert_eq!(
        pa_errors(&[&[("run_modes", "Attended;Attended")]]),
        [format!(
            "{PA_FILE}:2:3: column `run_modes`: run mode `Attended` given twice; expected each run mode once"
        )]
    );
}

#[test]
fn all_run_modes() {
    let rows = pa_result(&csv_text(
        &header(&catalogs::POWER_AUTOMATE),
        &PA_BASE,
        &[&[("run_modes", "All")]],
    ))
    .unwrap();
    assert_eq!(
        text(&rows, 0, "run_modes").as_deref(),
        Some("Attended;Unattended;Local")
    );
    let rows = pa_result(&csv_text(
        &header(&catalogs::POWER_AUTOMATE),
        &PA_BASE,
        &[&[("run_modes", "Local;Attended")]],
    ))
    .unwrap();
    assert_eq!(
        text(&rows, 0, "run_modes").as_deref(),
        Some("Attended;Local")
    );
}

#[test]
fn empty_required_field() {
    for (column, number) in [
        ("retry_reason", 6),
        ("mitigation", 12),
        ("source", 13),
        ("code", 1),
    ] {
        assert_eq!(
            pa_errors(&[&[(column, "")]]),
            [format!(
                "{PA_FILE}:2:{number}: column `{column}`: the cell is empty; expected a value (this column is required)"
            )],
            "for {column}"
        );
    }
}

#[test]
fn unknown_retry_class() {
    for bad in ["Throttled", "maybe", "needs a person", "429"] {
        assert_eq!(
            pa_errors(&[&[("retry_class", bad)]]),
            [format!(
                "{PA_FILE}:2:5: column `retry_class`: unknown retry class `{bad}`; expected one of `throttled`, `transient`, `needs_person`, `unknown`"
            )],
            "for {bad:?}"
        );
    }
    assert_eq!(
        orch_errors(&[&[("retry_class", "later")]]),
        [format!(
            "{ORCH_FILE}:2:14: column `retry_class`: unknown retry class `later`; expected one of `throttled`, `transient`, `needs_person`, `unknown`"
        )]
    );
}

#[test]
fn missing_retry_class_or_reason() {
    assert_eq!(
        pa_errors(&[&[("retry_class", ""), ("retry_reason", "")]]),
        [
            format!(
                "{PA_FILE}:2:5: column `retry_class`: the cell is empty; expected a value (this column is required)"
            ),
            format!(
                "{PA_FILE}:2:6: column `retry_reason`: the cell is empty; expected a value (this column is required)"
            ),
        ]
    );
    assert_eq!(
        orch_errors(&[&[("retry_reason", "")]]),
        [format!(
            "{ORCH_FILE}:2:15: column `retry_reason`: the cell is empty; expected a value (this column is required)"
        )]
    );
}

#[test]
fn malformed_dates() {
    for bad in ["2023-8-25", "25/08/2023", "2023-13-01", "2023-08-32"] {
        assert_eq!(
            pa_errors(&[&[("first_seen", bad)]]),
            [format!(
                "{PA_FILE}:2:11: column `first_seen`: malformed date `{bad}`; expected a date YYYY-MM-DD that exists in the calendar"
            )],
            "for {bad}"
        );
    }
}

#[test]
fn source_url_must_be_https() {
    assert_eq!(
        pa_errors(&[&[("source_url", "http://example.com")]]),
        [format!(
            "{PA_FILE}:2:15: column `source_url`: `http://example.com` is not an https URL; expected an absolute https URL"
        )]
    );
}

#[test]
fn unknown_platform() {
    assert_eq!(
        pa_errors(&[&[("platform", "Linux")]]),
        [format!(
            "{PA_FILE}:2:4: column `platform`: unknown platform `Linux`; expected one of `WindowsServer`, `Windows10`"
        )]
    );
}

#[test]
fn platform_must_agree_with_the_text() {
    assert_eq!(
        pa_errors(&[&[("platform", "WindowsServer")]]),
        [format!(
            "{PA_FILE}:2:4: column `platform`: the platform is `WindowsServer` but the mitigation states no platform; \
             expected the platform that the mitigation's first sentence states (`Windows Server only.`, `Windows 10 only.`), or empty"
        )]
    );
    assert_eq!(
        pa_errors(&[&[("mitigation", "Windows 10 only. Sign out.")]]),
        [format!(
            "{PA_FILE}:2:4: column `platform`: the platform is `` but the mitigation states `Windows10`; \
             expected the platform that the mitigation's first sentence states (`Windows Server only.`, `Windows 10 only.`), or empty"
        )]
    );
    let ok = csv_text(
        &header(&catalogs::POWER_AUTOMATE),
        &PA_BASE,
        &[&[
            ("platform", "WindowsServer"),
            ("mitigation", "Windows Server only.</br>Sign out."),
        ]],
    );
    assert_eq!(
        text(&pa_result(&ok).unwrap(), 0, "platform").as_deref(),
        Some("WindowsServer")
    );
}

#[test]
fn replaced_by_must_name_a_code() {
    assert_eq!(
        pa_errors(&[&[("replaced_by", "Gamma"), ("retired_in", "2025-02-11")]]),
        [format!(
            "{PA_FILE}:2:8: column `replaced_by`: `Gamma` is no code of this table; \
             expected a code that has its own row"
        )]
    );
    assert_eq!(
        pa_errors(&[&[("replaced_by", "Alpha"), ("retired_in", "2025-02-11")]]),
        [format!(
            "{PA_FILE}:2:8: column `replaced_by`: `Alpha` refers to its own row; expected other rows of this table"
        )]
    );
    assert_eq!(
        pa_errors(&[
            &[("replaced_by", "Beta; Gamma"), ("retired_in", "2025-02-11")],
            &[("code", "Beta")]
        ]),
        [format!(
            "{PA_FILE}:2:8: column `replaced_by`: in the list `Beta; Gamma`: ` Gamma` does not start with an uppercase ASCII letter; \
             expected names separated by `;`, without spaces"
        )]
    );
}

#[test]
fn replaced_by_needs_a_retirement_date() {
    assert_eq!(
        pa_errors(&[&[("replaced_by", "Beta")], &[("code", "Beta")]]),
        [format!(
            "{PA_FILE}:2:8: column `replaced_by`: `replaced_by` is filled but `retired_in` is empty; \
             expected `replaced_by` only where `retired_in` is filled"
        )]
    );
    assert_eq!(
        pa_errors(&[&[("retired_in", "2020-01-01")]]),
        [format!(
            "{PA_FILE}:2:7: column `retired_in`: `retired_in` 2020-01-01 is not after `first_seen` 2023-08-25; \
             expected a date after `first_seen`"
        )]
    );
}

/// The message for broken markup in the mitigation of row 2.
fn markup_error(position: usize, problem: &str, expected: &str) -> Vec<String> {
    vec![format!(
        "{PA_FILE}:2:12: column `mitigation`: broken markup at character {position}: {problem}; expected {expected}"
    )]
}

#[test]
fn broken_markup() {
    let cases: [(&str, Vec<String>); 9] = [
        (
            "Do **this.",
            markup_error(4, "`**` is never closed", "a closing `**` on the same line"),
        ),
        (
            "Run `uiflowservice.",
            markup_error(5, "``` is never closed", "a closing ``` on the same line"),
        ),
        (
            "See <b>this</b>.",
            markup_error(
                5,
                "unsupported HTML tag `<b>`",
                "`</br>` or `<br>` as the only tags",
            ),
        ),
        (
            "See [the article](https://example.com",
            markup_error(
                5,
                "`[` starts no complete link",
                "a link `[text](url)` (a literal bracket is not allowed here)",
            ),
        ),
        (
            "See [the article] now.",
            markup_error(
                5,
                "`[` starts no complete link",
                "a link `[text](url)` (a literal bracket is not allowed here)",
            ),
        ),
        (
            "See [it](http://example.com).",
            markup_error(
                5,
                "the link `http://example.com` is not https",
                "an https URL, `/path` on the site, `name.md#anchor` or `#anchor`",
            ),
        ),
        (
            "See [it](../other.md).",
            markup_error(
                5,
                "the relative link `../other.md` leaves its folder",
                "an https URL, `/path` on the site, `name.md#anchor` or `#anchor`",
            ),
        ),
        (
            "![fail](./media/warning.png)",
            markup_error(1, "an image", "text, links and line breaks only"),
        ),
        (
            "Done] now.",
            markup_error(
                5,
                "a `]` that closes no link",
                "brackets only around link texts",
            ),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(
            pa_errors(&[&[("mitigation", text)]]),
            expected,
            "for {text:?}"
        );
    }
}

#[test]
fn more_broken_links_and_empty_markup() {
    let link_expected = "an https URL, `/path` on the site, `name.md#anchor` or `#anchor`";
    assert_eq!(
        pa_errors(&[&[("mitigation", "See [it](ftp://example.com/file).")]]),
        markup_error(
            5,
            "the link `ftp://example.com/file` has an unsupported scheme",
            link_expected
        )
    );
    assert_eq!(
        pa_errors(&[&[("mitigation", "See [it](other-page.html#top).")]]),
        markup_error(
            5,
            "the relative link `other-page.html#top` names no `.md` page",
            link_expected
        )
    );
    assert_eq!(
        pa_errors(&[&[("mitigation", "Empty **** bold.")]]),
        markup_error(9, "an empty bold or link text", "some text")
    );
}

#[test]
fn markup_inside_markup() {
    assert_eq!(
        pa_errors(&[&[(
            "mitigation",
            "Start **[the service](https://example.com)**."
        )]]),
        markup_error(
            9,
            "markup inside markup (`[`)",
            "plain text inside bold text and link texts"
        )
    );
}

// ---- validate: Orchestrator ----------------------------------------------------------------

#[test]
fn malformed_code_number() {
    for bad in ["16x0", "0", "01670", "70000", "-1"] {
        assert_eq!(
            orch_errors(&[&[("code", bad)]]),
            [format!(
                "{ORCH_FILE}:2:1: column `code`: malformed code `{bad}`; \
                 expected a whole number from 1 to 65535 without leading zeros (0 means no code)"
            )],
            "for {bad}"
        );
    }
}

#[test]
fn duplicate_code_number_and_name() {
    assert_eq!(
        orch_errors(&[&[], &[("name", "Other")]]),
        [format!(
            "{ORCH_FILE}:3:1: column `code`: duplicate code `1670` (first on line 2); expected each code once in the table"
        )]
    );
    assert_eq!(
        orch_errors(&[&[], &[("code", "1671")]]),
        [format!(
            "{ORCH_FILE}:3:2: column `name`: duplicate name or alias `PendingJobsAlreadyExist` (first on line 2); \
             expected each name or alias once in the table"
        )]
    );
    assert_eq!(
        orch_errors(&[
            &[],
            &[
                ("code", "1671"),
                ("name", "Other"),
                ("aliases", "PendingJobsAlreadyExist")
            ]
        ]),
        [format!(
            "{ORCH_FILE}:3:5: column `aliases`: duplicate name or alias `PendingJobsAlreadyExist` (first on line 2); \
             expected each name or alias once in the table"
        )]
    );
}

#[test]
fn unknown_category_and_grade() {
    assert_eq!(
        orch_errors(&[&[("category", "Processes")]]),
        [format!(
            "{ORCH_FILE}:2:7: column `category`: unknown category `Processes`; expected one of `Generic`, `Audit`, \
             `OrganizationUnits`, `Robots`, `Conflict`, `Authorization`, `Assets`, `Schedules`, `Jobs`, `ThirdParty`, \
             `Logs`, `Configuration`, `Queues`, `License`"
        )]
    );
    assert_eq!(
        orch_errors(&[&[("name_grade", "X")]]),
        [format!(
            "{ORCH_FILE}:2:3: column `name_grade`: unknown name grade `X`; expected one of `S`, `J`, `B`, `M`, `C`"
        )]
    );
    assert_eq!(
        orch_errors(&[&[("category_basis", "guess")]]),
        [format!(
            "{ORCH_FILE}:2:8: column `category_basis`: unknown category basis `guess`; expected `label` or `range`"
        )]
    );
}

#[test]
fn sources_go_with_their_facts() {
    assert_eq!(
        orch_errors(&[&[("http_status", "409")]]),
        [format!(
            "{ORCH_FILE}:2:12: column `http_status`: `http_status` is filled but `http_status_source` is empty; \
             expected `http_status` only where `http_status_source` is filled"
        )]
    );
    assert_eq!(
        orch_errors(&[&[("http_status_source", "a blog")]]),
        [format!(
            "{ORCH_FILE}:2:13: column `http_status_source`: `http_status_source` is filled but `http_status` is empty; \
             expected `http_status_source` only where `http_status` is filled"
        )]
    );
    assert_eq!(
        orch_errors(&[&[("message", ""), ("message_source", "a forum")]]),
        [format!(
            "{ORCH_FILE}:2:10: column `message_source`: `message_source` is filled but `message` is empty; \
             expected `message_source` only where `message` is filled"
        )]
    );
    assert_eq!(
        orch_errors(&[&[("http_status", "40")]]),
        [format!(
            "{ORCH_FILE}:2:12: column `http_status`: malformed HTTP status `40`; expected a three-digit HTTP status from 100 to 599"
        )]
    );
}

#[test]
fn codes_in_ascending_order() {
    assert_eq!(
        orch_errors(&[&[], &[("code", "1002"), ("name", "ItemNotFound")]]),
        [format!(
            "{ORCH_FILE}:3:1: column `code`: code 1002 comes after 1670; expected rows in ascending order of code"
        )]
    );
}

// ---- markup rendering ----------------------------------------------------------------------

const BASE: LinkBase<'static> = LinkBase {
    site: "https://learn.microsoft.com",
    folder: "https://learn.microsoft.com/troubleshoot/power-platform/power-automate/desktop-flows/",
    page: None,
};

#[test]
fn plain_text_of_lists_and_breaks() {
    let m = markup::parse(
        "When sending data, a corruption was detected. </br>- Ensure free disk space. </br>- Ensure a stable network.",
        BASE,
    )
    .unwrap();
    assert_eq!(
        m.plain(),
        "When sending data, a corruption was detected.\n- Ensure free disk space.\n- Ensure a stable network."
    );
    assert_eq!(
        m.markdown(),
        "When sending data, a corruption was detected.\n\n- Ensure free disk space.\n- Ensure a stable network."
    );
}

#[test]
fn first_sentence_ends_at_a_sentence_end_or_a_line_end() {
    use markup::first_sentence;
    assert_eq!(first_sentence("Try it. Then wait."), "Try it.");
    assert_eq!(first_sentence("Stop! Now"), "Stop!");
    assert_eq!(first_sentence("  Spaces around.  "), "Spaces around.");
    // Abbreviations and numbers go on: the next word starts in lower case, or no space follows.
    assert_eq!(
        first_sentence("Use e.g. a proxy. Then retry."),
        "Use e.g. a proxy."
    );
    assert_eq!(first_sentence("Wait 1.5 s. Retry."), "Wait 1.5 s.");
    // A line break ends the sentence, as does the end of the text.
    assert_eq!(first_sentence("Check this:\n- one\n- two"), "Check this:");
    assert_eq!(first_sentence("No period"), "No period");
    assert_eq!(first_sentence("{0}. {1}"), "{0}.");
    assert_eq!(first_sentence(""), "");
    assert_eq!(first_sentence("Why? Because."), "Why?");
    assert_eq!(first_sentence("Really?! Yes."), "Really?!");
    assert_eq!(first_sentence("a.b.c. two.  Three"), "a.b.c. two.");
}

/// The first sentence as the rule reads: the text before the first space that follows `.`,
/// `!` or `?` and precedes (after more spaces) a character not in lower case.
fn first_sentence_by_spaces(text: &str) -> &str {
    let line = text.trim().lines().next().unwrap_or_default();
    for (space, _) in line.match_indices(' ') {
        let after = line[space..].trim_start().chars().next();
        if line[..space].ends_with(['.', '!', '?']) && after.is_some_and(|c| !c.is_lowercase()) {
            return &line[..space];
        }
    }
    line.trim_end()
}

#[test]
fn first_sentence_agrees_with_a_search_of_every_space() {
    // Texts of up to 12 characters drawn from the ones that matter, from a fixed generator.
    const CHARS: [char; 10] = ['a', 'B', '.', '!', '?', ' ', ' ', '\n', '1', 'é'];
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    for _ in 0..50_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let len = (state % 13) as usize;
        let text: String = (0..len)
            .map(|i| CHARS[((state >> (4 + 4 * i)) % CHARS.len() as u64) as usize])
            .collect();
        assert_eq!(
            markup::first_sentence(&text),
            first_sentence_by_spaces(&text),
            "{text:?}"
        );
    }
}

#[test]
fn one_line_adds_the_url_only_where_the_text_is_only_a_link() {
    let only_link =
        markup::parse("To solve this issue, see [the page](page.md#part).", BASE).unwrap();
    assert_eq!(
        only_link.one_line(),
        "To solve this issue, see the page (https://learn.microsoft.com/troubleshoot/\
         power-platform/power-automate/desktop-flows/page#part)."
    );
    let more = markup::parse("Restart [the service](/x). Then retry.", BASE).unwrap();
    assert_eq!(more.one_line(), "Restart the service.");
    let lines = markup::parse("Check:</br>- [this](/x)", BASE).unwrap();
    assert_eq!(lines.one_line(), "Check:");
    let no_link = markup::parse("**Bold** text. More.", BASE).unwrap();
    assert_eq!(no_link.one_line(), "Bold text.");
}

#[test]
fn links_resolve_to_absolute_https() {
    let m = markup::parse(
        "See [limits](/power-automate/limits-and-config#ui-flows-required-services), \
         [queue errors](troubleshoot-desktop-flow-run-queue-errors.md#uiflowalreadyrunning) and \
         [support](https://support.microsoft.com/help/4564550/).",
        BASE,
    )
    .unwrap();
    assert_eq!(
        m.links(),
        [
            (
                "limits".to_owned(),
                "https://learn.microsoft.com/power-automate/limits-and-config#ui-flows-required-services".to_owned()
            ),
            (
                "queue errors".to_owned(),
                "https://learn.microsoft.com/troubleshoot/power-platform/power-automate/desktop-flows/troubleshoot-desktop-flow-run-queue-errors#uiflowalreadyrunning"
                    .to_owned()
            ),
            ("support".to_owned(), "https://support.microsoft.com/help/4564550/".to_owned()),
        ]
    );
    assert_eq!(m.plain(), "See limits, queue errors and support.");
}

#[test]
fn same_page_anchors_resolve_only_where_the_texts_have_one_page() {
    let one_page = LinkBase {
        page: Some("https://learn.microsoft.com/power-automate/error-reference"),
        ..BASE
    };
    let m = markup::parse("See [Forbidden (403)](#forbidden-403).", one_page).unwrap();
    assert_eq!(
        m.links(),
        [(
            "Forbidden (403)".to_owned(),
            "https://learn.microsoft.com/power-automate/error-reference#forbidden-403".to_owned()
        )]
    );
    let err = markup::parse("See [it](#).", one_page).unwrap_err();
    assert_eq!(err.problem, "the link `#` names no anchor");
    let err = markup::parse("See [it](#part).", BASE).unwrap_err();
    assert_eq!(
        err.problem,
        "the link `#part` points into a page this table's texts come from several of"
    );
}

#[test]
fn bold_and_code_lose_their_markup_in_plain_text() {
    let m = markup::parse(
        "Add **NT SERVICE\\UIFlowService** in `domain\\user` form.",
        BASE,
    )
    .unwrap();
    assert_eq!(
        m.plain(),
        "Add NT SERVICE\\UIFlowService in domain\\user form."
    );
    assert_eq!(
        m.markdown(),
        "Add **NT SERVICE\\\\UIFlowService** in `domain\\user` form."
    );
}

#[test]
fn numbered_lists_stay_lists() {
    let m = markup::parse(
        "Take these steps:</br>1. Scale up.</br>2. Ask for help.",
        BASE,
    )
    .unwrap();
    assert_eq!(
        m.plain(),
        "Take these steps:\n1. Scale up.\n2. Ask for help."
    );
    assert_eq!(
        m.markdown(),
        "Take these steps:\n\n1. Scale up.\n2. Ask for help."
    );
}

#[test]
fn character_references_are_characters_in_plain_text_and_kept_in_markdown() {
    let m = markup::parse(
        "- Type mismatch (`div(100, 0)`)&mdash;the engine validates these<br>- Other",
        BASE,
    )
    .unwrap();
    assert_eq!(
        m.plain(),
        "- Type mismatch (div(100, 0))\u{2014}the engine validates these\n- Other"
    );
    assert_eq!(
        m.markdown(),
        "- Type mismatch (`div(100, 0)`)&mdash;the engine validates these\n- Other"
    );
    assert_eq!(
        m.one_line(),
        "- Type mismatch (div(100, 0))\u{2014}the engine validates these"
    );
    // Next to a link, the one-line text with the URL has the character too.
    let linked = markup::parse("See&mdash;[the page](page.md).", BASE).unwrap();
    assert_eq!(
        linked.one_line(),
        "See\u{2014}the page (https://learn.microsoft.com/troubleshoot/power-platform/\
         power-automate/desktop-flows/page)."
    );
    // An `&` that starts no reference is text, escaped in Markdown.
    let text = markup::parse("Q&A, R & D, &;, &mdash", BASE).unwrap();
    assert_eq!(text.plain(), "Q&A, R & D, &;, &mdash");
    assert_eq!(text.markdown(), "Q\\&A, R \\& D, \\&;, \\&mdash");
}

#[test]
fn unsupported_character_references_are_broken_markup() {
    let expected = "one of `&mdash;` as the only character references";
    assert_eq!(
        pa_errors(&[&[("mitigation", "Wait&nbsp;now.")]]),
        markup_error(5, "unsupported character reference `&nbsp;`", expected)
    );
    assert_eq!(
        pa_errors(&[&[("mitigation", "A &#8212; B")]]),
        markup_error(3, "unsupported character reference `&#8212;`", expected)
    );
    assert_eq!(
        pa_errors(&[&[("mitigation", "Start **a&mdash;b**.")]]),
        markup_error(
            10,
            "markup inside markup (`&`)",
            "plain text inside bold text and link texts"
        )
    );
}

#[test]
fn markdown_escapes_what_markdown_would_read() {
    assert_eq!(
        markup::escape_markdown("a [Name] *b* <c> #d _e_ |f|"),
        "a \\[Name\\] \\*b\\* \\<c\\> \\#d \\_e\\_ \\|f\\|"
    );
    assert_eq!(
        markup::escape_markdown("see https://example.com/a_b now"),
        "see <https://example.com/a_b> now"
    );
    assert_eq!(
        markup::escape_markdown("back\\slash {0"),
        "back\\\\slash \\{0"
    );
    // Smart punctuation would change these; escaped, rustdoc shows them as written.
    assert_eq!(
        markup::escape_markdown("You'll \"see\" name... -- a-b"),
        "You\\'ll \\\"see\\\" name\\.\\.. \\-- a-b"
    );
}

// ---- emit ----------------------------------------------------------------------------------

#[test]
fn string_literals_survive_any_text() {
    for text in [
        "plain",
        "quote \" and \\ backslash",
        "*/ /* // #",
        "{0} {{",
        "ünïcödé ✓",
        "tab\tline\nbreak",
    ] {
        let literal = emit::literal::lit(text);
        assert!(
            literal.starts_with('"') && literal.ends_with('"'),
            "{literal}"
        );
        assert!(!literal.contains('\n'), "{literal}");
        // Undo the escapes Rust's Debug for str uses, and get the text back.
        let inner = &literal[1..literal.len() - 1];
        let unescaped = inner
            .replace("\\\"", "\"")
            .replace("\\n", "\n")
            .replace("\\t", "\t")
            .replace("\\\\", "\\");
        assert_eq!(unescaped, text);
    }
}

// ---- perfect hash --------------------------------------------------------------------------

/// Every key of a shipped string lookup.
fn shipped_names(catalog: &'static Catalog, column: &str, also: Option<&str>) -> Vec<String> {
    let valid = validated(catalog, &data(catalog.file)).unwrap();
    let mut keys = Vec::new();
    for row in &valid.rows {
        keys.push(valid.value(row, column).text().unwrap().to_owned());
        if let Some(Value::List(items)) = also.map(|a| valid.value(row, a)) {
            keys.extend(items.iter().cloned());
        }
    }
    keys
}

fn assert_perfect(keys: &[&str]) -> phash::PerfectHash {
    let hash = phash::for_strs(keys).expect("a perfect hash exists");
    for (i, key) in keys.iter().enumerate() {
        let h = hash::hash_str(hash.seed, hash.scheme, key.as_bytes());
        assert_eq!(hash.slots[hash.slot_of(h)], Some(i), "{key}");
        // Case is folded inside the hash: any casing lands in the same slot.
        let upper = hash::hash_str(hash.seed, hash.scheme, key.to_ascii_uppercase().as_bytes());
        assert_eq!(hash.slot_of(upper), hash.slot_of(h), "{key}");
    }
    assert_eq!(hash.slots.iter().flatten().count(), keys.len());
    assert!(
        hash.load_factor() >= 0.5,
        "load factor {}",
        hash.load_factor()
    );
    hash
}

#[test]
fn perfect_hash_gives_every_shipped_key_its_own_slot() {
    for keys in [
        shipped_names(&catalogs::POWER_AUTOMATE, "code", None),
        shipped_names(&catalogs::ORCHESTRATOR, "name", Some("aliases")),
        shipped_names(&catalogs::DATAVERSE, "name", None),
    ] {
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        assert_perfect(&keys);
    }
}

#[test]
fn perfect_hash_of_short_and_many_keys() {
    let short = ["A", "Ab", "Abc", "Abcd", "B", "Ba", "Xyz12", "Q"];
    assert_perfect(&short);
    let many: Vec<String> = (0..100_000).map(|i| format!("Key{i}Name")).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    let hash = assert_perfect(&many);
    assert!(
        hash.load_factor() > 0.85,
        "load factor {}",
        hash.load_factor()
    );
}

#[test]
fn perfect_hash_picks_a_scheme_that_separates_the_keys() {
    // Told apart by their ends and length: the cheapest scheme.
    let hash = assert_perfect(&["AlphaBetaGammaDelta", "AlphaBetaGammaDeltaX"]);
    assert_eq!(hash.scheme, hash::Scheme::ALL[0]);
    // The same first and last eight bytes and length: only a scheme that reads every byte.
    let hash = assert_perfect(&["FirstEight-one-LastEight", "FirstEight-two-LastEight"]);
    assert!(hash.scheme.full, "{:?}", hash.scheme);
    // `_` and DEL, `@` and a backquote differ only in the bit that `| 0x20` folds.
    for pair in [["a_b", "a\x7fb"], ["x@", "x`"]] {
        let hash = assert_perfect(&pair);
        assert!(hash.scheme.exact_fold, "{pair:?}: {:?}", hash.scheme);
    }
}

/// A lookup table over `keys`, as the generated ones are, built at run time.
fn table_of(keys: &[&'static str]) -> lookup::StrTable<usize> {
    let hash = phash::for_strs(keys).unwrap();
    let slots: Vec<(&'static str, usize)> = hash
        .slots
        .iter()
        .map(|s| s.map_or(("", 0), |i| (keys[i], i)))
        .collect();
    lookup::StrTable {
        seed: hash.seed,
        scheme: hash.scheme,
        min_len: keys.iter().map(|k| k.len()).min().unwrap(),
        max_len: keys.iter().map(|k| k.len()).max().unwrap(),
        tags: Vec::leak(phash::str_tags(&hash, keys)),
        pilots: Vec::leak(hash.pilots),
        slots: Vec::leak(slots),
    }
}

#[test]
fn lookups_under_every_scheme_compare_the_whole_key() {
    let sets: [&[&'static str]; 4] = [
        &[
            "AlphaBetaGammaDelta",
            "AlphaBetaGammaDeltaX",
            "Q",
            "Abc",
            "Abcdefg",
        ],
        &[
            "FirstEight-one-LastEight",
            "FirstEight-two-LastEight",
            "FirstEight-three-and-more-LastEight",
        ],
        &[
            "a_b",
            "a\x7fb",
            "x@",
            "x`",
            "Longer_key_with_underscores_0123456789_and_more",
        ],
        &[
            "Key{with}[brackets]~and~more~than~forty-eight~bytes~in~it",
            "k",
        ],
    ];
    for keys in sets {
        assert_finds_exactly(keys);
    }
}

#[test]
fn large_tables_keep_tags_and_compare_the_whole_key() {
    // Lengths from 6 to 60 bytes, so the keys cross every length at which the comparison
    // reads more words.
    let keys: Vec<&'static str> = (0..1500)
        .map(|i| &*format!("Key{i}Of{}Name", "x".repeat(i % 50)).leak())
        .collect();
    let table = table_of(&keys);
    assert_eq!(table.tags.len(), table.slots.len());
    assert!(table.slots.len() >= phash::TAGS_FROM_SLOTS);
    assert!(table_of(&keys[..100]).tags.is_empty());
    assert_finds_exactly(&keys);
}

/// Every key of a table over `keys` is found under both comparisons, in either case under the
/// ASCII-case-insensitive one only, and nothing a byte away is found.
fn assert_finds_exactly(keys: &[&'static str]) {
    let table = table_of(keys);
    for (i, key) in keys.iter().enumerate() {
        assert_eq!(table.get(key), Some(i), "{key}");
        let upper = key.to_ascii_uppercase();
        let lower = key.to_ascii_lowercase();
        assert_eq!(table.get_ignore_ascii_case(&upper), Some(i), "{key}");
        assert_eq!(table.get_ignore_ascii_case(&lower), Some(i), "{key}");
        if upper != *key {
            assert_eq!(table.get(&upper), None, "{key}");
        }
        // Each byte changed in turn, to what `| 0x20` would fold it with and to a letter:
        // never a hit, under either comparison, unless it is a change of letter case.
        for at in 0..key.len() {
            for change in [0x20u8, 0x01] {
                let mut bytes = key.as_bytes().to_vec();
                bytes[at] ^= change;
                let Ok(other) = String::from_utf8(bytes) else {
                    continue;
                };
                if keys.contains(&other.as_str()) {
                    continue;
                }
                assert_eq!(table.get(&other), None, "{other:?}");
                let same_letters = other.eq_ignore_ascii_case(key);
                assert_eq!(
                    table.get_ignore_ascii_case(&other),
                    same_letters.then_some(i),
                    "{other:?}"
                );
            }
        }
    }
    assert_eq!(table.get(""), None);
}

#[test]
fn perfect_hash_of_numbers() {
    let numbers: Vec<u32> = (0..50_000u32)
        .map(|i| i.wrapping_mul(0x9E37_79B9))
        .collect();
    let hash = phash::for_u32s(&numbers).unwrap();
    for (i, n) in numbers.iter().enumerate() {
        assert_eq!(
            hash.slots[hash.slot_of(hash::hash_u32(hash.seed, *n))],
            Some(i)
        );
    }
    assert_eq!(
        phash::for_u32s(&[7, 8, 7]),
        Err(phash::BuildError::Duplicate(0, 2))
    );
}

/// The numbers of a shipped number lookup, as `u32`s.
fn shipped_numbers(catalog: &'static Catalog, column: &str) -> Vec<u32> {
    let valid = validated(catalog, &data(catalog.file)).unwrap();
    valid
        .rows
        .iter()
        .filter_map(|row| valid.value(row, column).int())
        .map(|n| n as i32 as u32)
        .collect()
}

#[test]
fn small_number_sets_are_placed_by_one_multiply() {
    for n in 1..=phash::DIRECT_MAX_KEYS {
        let keys: Vec<u32> = (0..n as u32)
            .map(|i| i.wrapping_mul(0x9E37_79B9) ^ 0xC000_0000)
            .collect();
        let placement = phash::place_u32s(&keys).unwrap();
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(
                placement.slots()[phash::u32_slot(&placement, *key)],
                Some(i),
                "{n} keys"
            );
        }
        match &placement {
            phash::Placement::Direct(direct) => {
                // A power of two, from the smallest that holds the keys to four times that.
                let smallest = n.next_power_of_two().max(2);
                assert_eq!(direct.slots.len(), 1 << (64 - direct.shift));
                assert!(
                    (smallest..=4 * smallest).contains(&direct.slots.len()),
                    "{n} keys in {} slots",
                    direct.slots.len()
                );
            }
            // Small sets always find a seed.
            phash::Placement::Pilots(_) => assert!(n > 16, "{n} keys placed by pilots"),
        }
    }
    // Past the limit, and where two inputs are equal, pilots.
    let many: Vec<u32> = (0..1000).collect();
    assert!(matches!(
        phash::place_u32s(&many).unwrap(),
        phash::Placement::Pilots(_)
    ));
    assert_eq!(phash::direct(&[5, 5]), None);
    assert_eq!(phash::direct(&[]), None);
    // The shipped sets: the seven logon statuses by one multiply, Dataverse's 4,059 by pilots.
    let logon = shipped_numbers(&catalogs::WINDOWS_LOGON, "code");
    assert!(matches!(
        phash::place_u32s(&logon).unwrap(),
        phash::Placement::Direct(_)
    ));
    let dataverse = shipped_numbers(&catalogs::DATAVERSE, "hex");
    assert!(matches!(
        phash::place_u32s(&dataverse).unwrap(),
        phash::Placement::Pilots(_)
    ));
}

fn leak_place(placement: &phash::Placement) -> lookup::Place {
    match placement {
        phash::Placement::Direct(direct) => lookup::Place::Direct {
            shift: direct.shift,
        },
        phash::Placement::Pilots(hash) => lookup::Place::Pilots(Vec::leak(hash.pilots.clone())),
    }
}

/// A number table over `keys`, as the generated ones are, built at run time.
fn u32_table_of(keys: &[u32]) -> lookup::U32Table<usize> {
    let placement = phash::place_u32s(keys).unwrap();
    let slots: Vec<(u32, usize)> = placement
        .slots()
        .iter()
        .map(|s| s.map_or((keys[0], 0), |i| (keys[i], i)))
        .collect();
    let min = *keys.iter().min().unwrap();
    let span = keys.iter().max().unwrap() - min;
    // As the generator writes it: no range check where it would keep half of all numbers.
    let (min, span) = if span < 1 << 31 {
        (min, span)
    } else {
        (0, u32::MAX)
    };
    lookup::U32Table {
        seed: placement.seed(),
        min,
        span,
        place: leak_place(&placement),
        slots: Vec::leak(slots),
    }
}

#[test]
fn number_lookups_find_every_key_and_nothing_else() {
    let sets: Vec<Vec<u32>> = vec![
        shipped_numbers(&catalogs::WINDOWS_LOGON, "code"),
        shipped_numbers(&catalogs::DATAVERSE, "hex"),
        vec![0],
        vec![u32::MAX, 0],
        (0..40u32).map(|i| i * 3 + 1000).collect(),
    ];
    for keys in &sets {
        let table = u32_table_of(keys);
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(table.get(*key), Some(i), "{key:#x}");
            for probe in [
                key.wrapping_add(1),
                key.wrapping_sub(1),
                key ^ 0x8000_0000,
                key ^ 0x0001_0000,
                0,
                u32::MAX,
            ] {
                assert_eq!(
                    table.get(probe),
                    keys.iter().position(|k| *k == probe),
                    "{probe:#x}"
                );
            }
        }
    }
}

/// A short-key table over `keys`, as the generated ones are, built at run time, and whether
/// it lists every case and is placed by one multiply.
fn short_table_of(keys: &[&str]) -> (lookup::ShortTable<usize>, bool, bool) {
    let (listed, placement) = phash::place_shorts(keys).unwrap();
    let slots: Vec<(u64, u64, u32, usize)> = placement
        .slots()
        .iter()
        .map(|s| {
            s.map_or((0, 0, 0, 0), |i| {
                let key = &listed.keys[i];
                let (a, b) = phash::short_ends(key, listed.every_case);
                (a, b, key.len() as u32, listed.of[i])
            })
        })
        .collect();
    let tags: Vec<u8> = match &placement {
        phash::Placement::Pilots(hash) => hash
            .slots
            .iter()
            .map(|s| s.map_or(0, |i| phash::short_tag(hash.seed, &listed.keys[i])))
            .collect(),
        phash::Placement::Direct(_) => Vec::new(),
    };
    let table = lookup::ShortTable {
        seed: placement.seed(),
        min_len: keys.iter().map(|k| k.len()).min().unwrap(),
        max_len: keys.iter().map(|k| k.len()).max().unwrap(),
        every_case: listed.every_case,
        place: leak_place(&placement),
        tags: Vec::leak(tags),
        slots: Vec::leak(slots),
    };
    let direct = matches!(placement, phash::Placement::Direct(_));
    (table, listed.every_case, direct)
}

#[test]
fn code_spellings_are_every_text_from_code_accepts() {
    assert_eq!(
        emit::lookups::code_spellings(0x15b),
        [
            "347",
            "0x15b",
            "0x015b",
            "0x0015b",
            "0x00015b",
            "0x000015b",
            "0x0000015b"
        ]
    );
    assert_eq!(
        emit::lookups::code_spellings(0xC000_015B),
        ["-1073741477", "0xc000015b"]
    );
    assert_eq!(emit::lookups::code_spellings(0).len(), 9);
    assert_eq!(emit::lookups::code_spellings(0)[..2], ["0", "0x0"]);
}

#[test]
fn short_table_lookups_ignore_case_and_nothing_else() {
    let spelled = |numbers: &[u32]| -> Vec<String> {
        numbers
            .iter()
            .flat_map(|n| emit::lookups::code_spellings(*n))
            .collect()
    };
    let logon = spelled(&shipped_numbers(&catalogs::WINDOWS_LOGON, "code"));
    let many = spelled(
        &(0..300u32)
            .map(|i| i.wrapping_mul(0x0101_0101))
            .collect::<Vec<_>>(),
    );
    let few: Vec<String> = ["1", "-", "0x", "ab", "a-b", "z9z", "0x1f", "?>=<;:"]
        .map(String::from)
        .to_vec();
    let lettered: Vec<String> = ["abcdefg", "0123456789abcdef", "0123456789abcdez", "0x", "1"]
        .map(String::from)
        .to_vec();
    // Each set's keys, whether its table lists every case, and whether it is placed by one
    // multiply: few letters list every case (the logon statuses' 14 spellings, 67 variants);
    // more are folded.
    for (keys, every_case, direct) in [
        (&logon, true, true),
        (&few, true, true),
        (&lettered, false, true),
        (&many, false, false),
    ] {
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let (table, listed_every_case, placed_directly) = short_table_of(&keys);
        assert_eq!(
            (listed_every_case, placed_directly),
            (every_case, direct),
            "{} keys",
            keys.len()
        );
        // Keys are in lower case.
        let index: std::collections::HashMap<&str, usize> =
            keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
        let expected = |query: &str| index.get(query.to_ascii_lowercase().as_str()).copied();
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(table.get_ignore_ascii_case(key), Some(i), "{key}");
            assert_eq!(
                table.get_ignore_ascii_case(&key.to_ascii_uppercase()),
                Some(i),
                "{key}"
            );
            if i % 16 != 0 && keys.len() > 100 {
                continue;
            }
            // Each byte replaced by every ASCII byte and a non-ASCII character, removed and
            // doubled: a hit exactly where the result equals a key ignoring ASCII case.
            for at in 0..key.len() {
                for b in 0..=127u8 {
                    let mut bytes = key.as_bytes().to_vec();
                    bytes[at] = b;
                    let query = String::from_utf8(bytes).unwrap();
                    assert_eq!(
                        table.get_ignore_ascii_case(&query),
                        expected(&query),
                        "{query:?}"
                    );
                }
                let mut query = key.to_string();
                query.replace_range(at..at + 1, "\u{e9}");
                assert_eq!(table.get_ignore_ascii_case(&query), None, "{query:?}");
                let mut query = key.to_string();
                query.remove(at);
                assert_eq!(
                    table.get_ignore_ascii_case(&query),
                    expected(&query),
                    "{query:?}"
                );
                let mut query = key.to_string();
                query.insert(at, char::from(key.as_bytes()[at]));
                assert_eq!(
                    table.get_ignore_ascii_case(&query),
                    expected(&query),
                    "{query:?}"
                );
            }
        }
        assert_eq!(table.get_ignore_ascii_case(""), None);
        assert_eq!(table.get_ignore_ascii_case(&"0".repeat(40)), None);
    }
}

#[test]
fn short_tables_refuse_keys_they_cannot_hold() {
    let one = |key: &str| phash::short_table_source("T", "u8", &[key], &["0".into()]);
    for key in [
        "",
        "Ab",
        "a@",
        "a_",
        "a`",
        "a{",
        "\u{e9}",
        "0123456789abcdefg",
    ] {
        assert_eq!(
            one(key),
            Err(format!(
                "`{key}` is no short key (1 to 16 bytes, each below `@` or a lowercase ASCII \
                 letter)"
            )),
            "{key:?}"
        );
    }
    assert!(one("0123456789abcdef").is_ok());
    assert_eq!(
        phash::short_table_source(
            "T",
            "u8",
            &["0x1", "-1", "0x1"],
            &["0".into(), "1".into(), "2".into()]
        ),
        Err("`0x1` and `0x1` are the same".to_owned())
    );
    assert_eq!(phash::place_shorts(&[]), Err(phash::BuildError::Empty));
}

#[test]
fn perfect_hash_is_deterministic() {
    let keys = shipped_names(&catalogs::ORCHESTRATOR, "name", Some("aliases"));
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    assert_eq!(
        phash::for_strs(&keys).unwrap(),
        phash::for_strs(&keys).unwrap()
    );
    let values: Vec<String> = (0..keys.len()).map(|i| i.to_string()).collect();
    assert_eq!(
        phash::str_table_source("T", "u8", &keys, &values),
        phash::str_table_source("T", "u8", &keys, &values)
    );
}

#[test]
fn perfect_hash_refuses_what_it_cannot_hash() {
    assert_eq!(phash::for_strs(&[]), Err(phash::BuildError::Empty));
    assert_eq!(
        phash::for_strs(&["Alpha", "Beta", "ALPHA"]),
        Err(phash::BuildError::Duplicate(0, 2))
    );
    assert_eq!(
        phash::str_table_source("T", "u8", &["Alpha", "alpha"], &["0".into(), "1".into()]),
        Err("`Alpha` and `alpha` are the same ignoring ASCII case".to_owned())
    );
}

// ---- identifiers, lists, sizes --------------------------------------------------------------

#[test]
fn identifiers_that_the_api_or_the_language_holds() {
    for taken in ["ALL", "Self"] {
        assert_eq!(
            pa_errors(&[&[("code", taken)]]),
            [format!(
                "{PA_FILE}:2:1: column `code`: `{taken}` would name the variant `{taken}`, which is taken by the API \
                 (`PowerAutomateError::{taken}`) or the language; expected a name other than `Self` and the enum's associated items"
            )]
        );
    }
    // Short names the rules allow are fine.
    for short in ["A", "Ab", "Abc12"] {
        assert!(
            pa_result(&csv_text(
                &header(&catalogs::POWER_AUTOMATE),
                &PA_BASE,
                &[&[("code", short)]]
            ))
            .is_ok()
        );
    }
}

#[test]
fn http_status_is_exactly_three_digits() {
    for bad in ["0400", "40", "4000", "600", "099", "+400"] {
        assert_eq!(
            pa_errors(&[&[("http_status", bad)]]),
            [format!(
                "{PA_FILE}:2:2: column `http_status`: malformed HTTP status `{bad}`; expected a three-digit HTTP status from 100 to 599"
            )],
            "{bad}"
        );
    }
}

#[test]
fn dates_exist_in_the_calendar() {
    for bad in [
        "2023-02-30",
        "2023-02-29",
        "2023-04-31",
        "2023-13-01",
        "2023-00-10",
    ] {
        assert_eq!(
            pa_errors(&[&[("first_seen", bad)]]),
            [format!(
                "{PA_FILE}:2:11: column `first_seen`: malformed date `{bad}`; expected a date YYYY-MM-DD that exists in the calendar"
            )],
            "{bad}"
        );
    }
    let leap = csv_text(
        &header(&catalogs::POWER_AUTOMATE),
        &PA_BASE,
        &[&[("first_seen", "2024-02-29")]],
    );
    assert!(pa_result(&leap).is_ok());
}

#[test]
fn a_list_names_each_entry_once() {
    assert_eq!(
        pa_errors(&[
            &[("replaced_by", "Beta;Beta"), ("retired_in", "2025-02-11")],
            &[("code", "Beta")]
        ]),
        [format!(
            "{PA_FILE}:2:8: column `replaced_by`: in the list `Beta;Beta`: `Beta` is given twice; expected each name once in the list"
        )]
    );
    assert_eq!(
        orch_errors(&[&[("aliases", "Old;Old")]]),
        [format!(
            "{ORCH_FILE}:2:5: column `aliases`: in the list `Old;Old`: `Old` is given twice; expected each name once in the list"
        )]
    );
}

#[test]
fn an_empty_table_is_an_error() {
    let text = format!("{}\n", header(&catalogs::POWER_AUTOMATE).join(","));
    assert_eq!(
        pa_result(&text).unwrap_err(),
        [format!(
            "{PA_FILE}:1: the table has no rows; expected at least one row after the header"
        )]
    );
}

// ---- the Dataverse and Windows logon descriptions ------------------------------------------

const DV_FILE: &str = "data/dataverse.csv";

fn dv_text(rows: &[[&str; 4]]) -> String {
    let mut text = header(&catalogs::DATAVERSE).join(",") + "\n";
    for [hex, decimal, name, message] in rows {
        text.push_str(&format!(
            "{hex},{decimal},{name},\"{message}\",unknown,Not said.,Doc,https://example.com/doc\n"
        ));
    }
    text
}

#[test]
fn dataverse_names_become_identifiers_by_one_rule() {
    let valid = validated(
        &catalogs::DATAVERSE,
        &dv_text(&[
            ["0x80040220", "-2147220960", "unManagedThing", " spaced  "],
            ["0x8006074", "134242420", "BDK_E_X", ""],
        ]),
    )
    .unwrap();
    assert_eq!(valid.ident(&valid.rows[0]), "UnManagedThing");
    assert_eq!(text(&valid, 0, "name").as_deref(), Some("unManagedThing"));
    // Messages keep their spaces.
    assert_eq!(text(&valid, 0, "message").as_deref(), Some(" spaced  "));
    assert_eq!(valid.ident(&valid.rows[1]), "BDK_E_X");
    assert_eq!(text(&valid, 1, "hex").as_deref(), Some("134242420"));
}

#[test]
fn dataverse_rows_are_checked() {
    let errors = |rows: &[[&str; 4]]| validated(&catalogs::DATAVERSE, &dv_text(rows)).unwrap_err();
    assert_eq!(
        errors(&[["0x80040220", "-2147220961", "Name", "m"]]),
        [format!(
            "{DV_FILE}:2:2: column `decimal`: -2147220961 is not the signed 32-bit reading of `hex` (-2147220960); \
             expected the number of `hex`, read as a signed 32-bit integer"
        )]
    );
    assert_eq!(
        errors(&[["80040220", "-2147220960", "Name", "m"]]),
        [format!(
            "{DV_FILE}:2:1: column `hex`: malformed hexadecimal number `80040220`; expected `0x` and one to eight hexadecimal digits"
        )]
    );
    assert_eq!(
        errors(&[["0x1", "1", "abc", "m"], ["0x2", "2", "Abc", "m"]]),
        [format!(
            "{DV_FILE}:3:3: column `name`: name `Abc` differs from `abc` (line 2) only in ASCII case; \
             expected each name once in the table, ignoring ASCII case"
        )]
    );
    assert_eq!(
        errors(&[["0x1", "1", "1abc", "m"]]),
        [format!(
            "{DV_FILE}:2:3: column `name`: `1abc` does not start with an ASCII letter; \
             expected a name of ASCII letters, digits and `_` that starts with a letter"
        )]
    );
    // The first character the rule does not allow is named, ASCII or not.
    for (name, c) in [
        ("Na\u{ef}ve", "'\u{ef}'"),
        ("Bad-Name_1", "'-'"),
        ("Ends_", ""),
    ] {
        let result = validated(&catalogs::DATAVERSE, &dv_text(&[["0x1", "1", name, "m"]]));
        if c.is_empty() {
            assert!(result.is_ok(), "{name}: {result:?}");
            continue;
        }
        assert_eq!(
            result.unwrap_err(),
            [format!(
                "{DV_FILE}:2:3: column `name`: `{name}` holds {c}; \
                 expected a name of ASCII letters, digits and `_` that starts with a letter"
            )]
        );
    }
    assert_eq!(
        errors(&[["0x1", "1", "A", "m"], ["0x1", "1", "B", "m"]]),
        [format!(
            "{DV_FILE}:3:1: column `hex`: duplicate hex `1` (first on line 2); expected each hex once in the table"
        )]
    );
}

// ---- the generated source ------------------------------------------------------------------

#[test]
fn generated_source_is_readable() {
    for catalog in catalogs::CATALOGS {
        let valid = validated(catalog, &data(catalog.file)).unwrap();
        let vocabularies: Vec<&describe::Vocabulary> = catalogs::VOCABULARIES
            .iter()
            .filter(|(module, _)| *module == catalog.module)
            .map(|(_, v)| *v)
            .collect();
        let generated = emit::catalog(&valid, &vocabularies).unwrap();
        assert!(
            generated.code.starts_with(&format!(
                "// Generated by build.rs from {}. Do not edit",
                catalog.file
            )),
            "{}",
            catalog.file
        );
        let longest = generated
            .code
            .lines()
            .map(|l| l.chars().count())
            .max()
            .unwrap();
        assert!(
            longest <= 200,
            "{}: a line of {longest} characters",
            catalog.file
        );
    }
}

#[test]
fn perfect_hash_of_every_small_extension_of_a_table() {
    // Any key set must work, not only the shipped ones: the shipped codes plus one, two, ...
    let mut keys = shipped_names(&catalogs::POWER_AUTOMATE, "code", None);
    for i in 0..40 {
        keys.push(format!("ExtraProbe{i}"));
        let set: Vec<&str> = keys.iter().map(String::as_str).collect();
        assert_perfect(&set);
        assert_perfect(&set[i..]);
    }
}

// ---- former names ---------------------------------------------------------------------------

#[test]
fn a_former_code_is_read_as_the_current_code() {
    let valid = validated(
        &catalogs::POWER_AUTOMATE,
        &csv_text(
            &header(&catalogs::POWER_AUTOMATE),
            &PA_BASE,
            &[&[
                ("former_codes", "OldAlpha;OlderAlpha"),
                ("former_codes_source", "KB 2"),
            ]],
        ),
    )
    .unwrap();
    assert_eq!(
        text(&valid, 0, "former_codes").as_deref(),
        Some("OldAlpha;OlderAlpha")
    );
    let generated = emit::catalog(&valid, &[]).unwrap().code;
    // The lookups hold the former codes, mapped to the current one; no constant is made.
    assert!(
        generated.contains("(\"OldAlpha\", PowerAutomateError::Alpha)"),
        "{generated}"
    );
    assert!(!generated.contains("#[deprecated(note"), "{generated}");
}

#[test]
fn a_former_code_that_is_a_code_is_a_duplicate() {
    // A renamed code that keeps its own (retired) row cannot also be a former name.
    assert_eq!(
        pa_errors(&[
            &[],
            &[
                ("code", "Beta"),
                ("former_codes", "Alpha"),
                ("former_codes_source", "KB 2")
            ]
        ]),
        [format!(
            "{PA_FILE}:3:9: column `former_codes`: duplicate code or former code `Alpha` (first on line 2); \
             expected each code or former code once in the table"
        )]
    );
    assert_eq!(
        pa_errors(&[
            &[("former_codes", "Old"), ("former_codes_source", "KB 2")],
            &[
                ("code", "Beta"),
                ("former_codes", "OLD"),
                ("former_codes_source", "KB 2")
            ]
        ]),
        [format!(
            "{PA_FILE}:3:9: column `former_codes`: code or former code `OLD` differs from `Old` (line 2) only in ASCII case; \
             expected each code or former code once in the table, ignoring ASCII case"
        )]
    );
}

#[test]
fn a_former_code_needs_its_source() {
    assert_eq!(
        pa_errors(&[&[("former_codes", "OldAlpha")]]),
        [format!(
            "{PA_FILE}:2:9: column `former_codes`: `former_codes` is filled but `former_codes_source` is empty; \
             expected `former_codes` only where `former_codes_source` is filled"
        )]
    );
    assert_eq!(
        pa_errors(&[&[("former_codes_source", "KB 2")]]),
        [format!(
            "{PA_FILE}:2:10: column `former_codes_source`: `former_codes_source` is filled but `former_codes` is empty; \
             expected `former_codes_source` only where `former_codes` is filled"
        )]
    );
    assert_eq!(
        pa_errors(&[&[
            ("former_codes", "Old Alpha"),
            ("former_codes_source", "KB 2")
        ]]),
        [format!(
            "{PA_FILE}:2:9: column `former_codes`: in the list `Old Alpha`: `Old Alpha` holds ' '; \
             expected names separated by `;`, without spaces"
        )]
    );
}

#[test]
fn a_former_name_becomes_a_deprecated_constant() {
    let valid = validated(
        &catalogs::ORCHESTRATOR,
        &csv_text(
            &header(&catalogs::ORCHESTRATOR),
            &ORCH_BASE,
            &[&[("former_names", "PendingJobsExist")]],
        ),
    )
    .unwrap();
    let generated = emit::catalog(&valid, &[]).unwrap().code;
    let constant = [
        "impl OrchestratorCode {",
        "    #[doc = \"The name this crate gave [`PendingJobsAlreadyExist`](OrchestratorCode::PendingJobsAlreadyExist) before \\",
        "    correcting it.\"]",
        "    #[deprecated(note = \"renamed to `OrchestratorCode::PendingJobsAlreadyExist`: the name `PendingJobsExist` was corrected\")]",
        "    #[allow(non_upper_case_globals)]",
        "    pub const PendingJobsExist: OrchestratorCode = OrchestratorCode::PendingJobsAlreadyExist;",
        "}",
    ]
    .join("\n");
    assert!(generated.contains(&constant), "{generated}");
    // The former name is a key of the name lookups.
    assert!(
        generated.contains("(\"PendingJobsExist\", OrchestratorCode::PendingJobsAlreadyExist)"),
        "{generated}"
    );
    // Without former names, no constants.
    let plain = validated(
        &catalogs::ORCHESTRATOR,
        &csv_text(&header(&catalogs::ORCHESTRATOR), &ORCH_BASE, &[&[]]),
    )
    .unwrap();
    assert!(
        !emit::catalog(&plain, &[])
            .unwrap()
            .code
            .contains("#[deprecated(note")
    );
}

#[test]
fn a_former_name_must_not_clash() {
    assert_eq!(
        orch_errors(&[&[("former_names", "ALL")]]),
        [format!(
            "{ORCH_FILE}:2:6: column `former_names`: the former name `ALL` would name the constant `OrchestratorCode::ALL`, \
             which is taken by the API or the language; expected names other than `Self` and the enum's associated items"
        )]
    );
    assert_eq!(
        orch_errors(&[
            &[],
            &[
                ("code", "1671"),
                ("name", "Other"),
                ("former_names", "PendingJobsAlreadyExist")
            ]
        ]),
        [format!(
            "{ORCH_FILE}:3:6: column `former_names`: duplicate name or alias `PendingJobsAlreadyExist` (first on line 2); \
             expected each name or alias once in the table"
        )]
    );
    assert_eq!(
        orch_errors(&[&[("aliases", "Old"), ("former_names", "Old")]]),
        [format!(
            "{ORCH_FILE}:2:6: column `former_names`: duplicate name or alias `Old` (first on line 2); \
             expected each name or alias once in the table"
        )]
    );
}

// ---- retry reasons quote their own row ------------------------------------------------------

#[test]
fn a_retry_reason_quotes_its_own_row() {
    // The quote may come from any of the named columns, and from the plain text of markup.
    let valid = validated(
        &catalogs::ORCHESTRATOR,
        &csv_text(
            &header(&catalogs::ORCHESTRATOR),
            &ORCH_BASE,
            &[&[
                ("description", "Wait until the job ran."),
                ("retry_reason", "\"pending jobs\" and \"the job ran\""),
            ]],
        ),
    );
    assert!(valid.is_ok(), "{valid:?}");
    assert!(
        pa_result(&csv_text(
            &header(&catalogs::POWER_AUTOMATE),
            &PA_BASE,
            &[&[
                (
                    "mitigation",
                    "Wait for **the other** [run](https://example.com)."
                ),
                ("retry_reason", "It says \"Wait for the other run.\""),
            ]],
        ))
        .is_ok()
    );
    assert_eq!(
        pa_errors(&[&[("retry_reason", "It says \"Wait for another run.\"")]]),
        [format!(
            "{PA_FILE}:2:6: column `retry_reason`: the quote \"Wait for another run.\" is not in `mitigation`; \
             expected quotes copied exactly from the plain text of `mitigation` of the same row"
        )]
    );
    assert_eq!(
        orch_errors(&[&[("retry_reason", "It says \"Try again later.\"")]]),
        [format!(
            "{ORCH_FILE}:2:15: column `retry_reason`: the quote \"Try again later.\" is not in `message` or `description`; \
             expected quotes copied exactly from the plain text of `message` or `description` of the same row"
        )]
    );
    assert_eq!(
        pa_errors(&[&[("retry_reason", "It says \"Wait for the other run.")]]),
        [format!(
            "{PA_FILE}:2:6: column `retry_reason`: a double quote is never closed; \
             expected quotes of `mitigation` in pairs of double quotes"
        )]
    );
    assert_eq!(
        pa_errors(&[&[("retry_reason", "It says \"\".")]]),
        [format!(
            "{PA_FILE}:2:6: column `retry_reason`: the quote \"\" is not in `mitigation`; \
             expected quotes copied exactly from the plain text of `mitigation` of the same row"
        )]
    );
}

// ---- the catalog's newest source ------------------------------------------------------------

#[test]
fn the_newest_source_is_the_latest_dated_else_the_most_cited() {
    // Dated: the latest date wins, however few rows cite it.
    let valid = validated(
        &catalogs::POWER_AUTOMATE,
        &csv_text(
            &header(&catalogs::POWER_AUTOMATE),
            &PA_BASE,
            &[
                &[],
                &[("code", "Beta")],
                &[
                    ("code", "Gamma"),
                    ("source", "KB 2"),
                    ("source_date", "2025-09-11"),
                    ("source_url", "https://example.com/kb2"),
                ],
            ],
        ),
    )
    .unwrap();
    let code = emit::catalog(&valid, &[]).unwrap().code;
    let expected = [
        "pub const NEWEST_SOURCE: Source = Source {",
        "    document: \"KB 2\",",
        "    date: Some(\"2025-09-11\"),",
        "    url: \"https://example.com/kb2\",",
        "};",
    ]
    .join("\n");
    assert!(code.contains(&expected), "{code}");
    assert!(
        code.contains("pub const SOURCE_DATE: Option<&str> = NEWEST_SOURCE.date;"),
        "{code}"
    );
    // Undated: the document most rows cite; on a tie, the first.
    let valid = validated(
        &catalogs::ORCHESTRATOR,
        &csv_text(
            &header(&catalogs::ORCHESTRATOR),
            &ORCH_BASE,
            &[
                &[("source", "Other")],
                &[("code", "1671"), ("name", "B")],
                &[("code", "1672"), ("name", "C")],
            ],
        ),
    )
    .unwrap();
    let code = emit::catalog(&valid, &[]).unwrap().code;
    let expected = [
        "pub const NEWEST_SOURCE: Source = Source {",
        "    document: \"Response codes\",",
        "    date: None,",
        "    url: \"https://example.com/codes\",",
        "};",
    ]
    .join("\n");
    assert!(code.contains(&expected), "{code}");
    let valid = validated(
        &catalogs::ORCHESTRATOR,
        &csv_text(
            &header(&catalogs::ORCHESTRATOR),
            &ORCH_BASE,
            &[&[("source", "First")], &[("code", "1671"), ("name", "B")]],
        ),
    )
    .unwrap();
    let code = emit::catalog(&valid, &[]).unwrap().code;
    assert!(code.contains("    document: \"First\","), "{code}");
}

// ---- the plain-CSV reader ------------------------------------------------------------------

#[test]
fn plain_csv_is_read_as_the_csv_crate_reads_it() {
    let mut texts: Vec<Vec<u8>> = ["data/power_automate.csv", "data/orchestrator.csv"]
        .iter()
        .chain(["data/windows_logon.csv", "data/dataverse.csv"].iter())
        .map(|f| std::fs::read(f).unwrap())
        .collect();
    texts.extend(
        [
            "a,b,c\n1,2,3\n",
            "a,b\n1,2",
            "a,b\n,\n",
            "a,b,\n1,,\n",
            "a,\"b,c\"\n\"x\"\"y\",\"\"\n",
            "\"\"\"\",\"a\"\"\"\"b\"\n",
            "a,\"b\"\"\"\n",
            "r\u{e9}sum\u{e9},\u{201c}quoted\u{201d}\n",
            "only\n",
            "x\ty,\u{85}\n",
        ]
        .map(|t| t.as_bytes().to_vec()),
    );
    for text in &texts {
        let plain = table::plain_records(text);
        let (read, failure) = table::csv_records("t.csv", text);
        assert!(failure.is_none(), "{:?}", String::from_utf8_lossy(text));
        assert_eq!(
            plain.as_ref(),
            Some(&read),
            "{:?}",
            String::from_utf8_lossy(text)
        );
    }
}

#[test]
fn other_csv_goes_to_the_csv_crate() {
    // Each of these is read by the `csv` crate, which the plain reader leaves them to.
    for text in [
        &b"a,b\r\n1,2\r\n"[..],
        b"\xef\xbb\xbfa,b\n1,2\n",
        b"a,b\n\n1,2\n",
        b"a,b\"c\n",
        b"\"a\"b,c\n",
        b"a,\"b\nc\",d\n",
        b"a,\"b\n",
        b"a,\xff\n",
    ] {
        assert_eq!(
            table::plain_records(text),
            None,
            "{:?}",
            String::from_utf8_lossy(text)
        );
    }
}
