//! `scan`: the texts of `tests/fixtures/scan/` (see its SOURCES.md), the boundary and cue rules
//! case by case, properties, equality with the reference scan of `common/scan_reference.rs`,
//! and no allocation.

use std::hint::black_box;
use std::ops::Range;

use proptest::prelude::*;
use rpa_error_codes::{AnyCode, Catalog, Found, scan};

mod common;
#[path = "common/scan_reference.rs"]
mod reference;
#[path = "common/spellings.rs"]
mod spellings;

use reference::reference_scan;

#[global_allocator]
static ALLOCATOR: common::Counting = common::Counting;

/// Every code found, as its spelling and catalog.
fn found(text: &str) -> Vec<(&str, Catalog)> {
    scan(text)
        .map(|f| (&text[f.span], f.code.catalog()))
        .collect()
}

/// `expected`, without the codes of catalogs this build leaves out.
fn enabled<'a>(expected: &[(&'a str, Catalog)]) -> Vec<(&'a str, Catalog)> {
    expected
        .iter()
        .copied()
        .filter(|(_, catalog)| catalog.is_enabled())
        .collect()
}

/// The scan as pairs, to compare with the reference.
fn pairs(text: &str) -> Vec<(AnyCode, Range<usize>)> {
    scan(text).map(|f| (f.code, f.span)).collect()
}

/// The scan of each line of `text` alone, spans moved to their place in `text`.
fn line_by_line(text: &str) -> Vec<(AnyCode, Range<usize>)> {
    let mut all = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        all.extend(scan(line).map(|f| (f.code, f.span.start + offset..f.span.end + offset)));
        offset += line.len();
    }
    all
}

/// Everything the scan promises about `text`, against the reference.
fn check(text: &str) {
    let found = pairs(text);
    assert_eq!(found, reference_scan(text), "{text:?}");
    assert_eq!(line_by_line(text), found, "{text:?}");
    for (code, span) in &found {
        let spelling = text.get(span.clone()).expect("a span on char boundaries");
        assert!(AnyCode::lookup(spelling).iter().any(|c| c == *code));
    }
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/scan/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn powershell_error_line() {
    let text = fixture("powershell_1101.txt");
    assert_eq!(found(&text), [("1101", Catalog::Orchestrator)]);
    let code = scan(&text).next().unwrap().code;
    assert_eq!(code.name(), "RequiredOrganizationUnit");
    check(&text);
}

#[test]
fn installer_log_finds_the_hresult_and_not_the_http_status() {
    let text = fixture("installer_cds_error.txt");
    assert_eq!(found(&text), enabled(&[("0x80048306", Catalog::Dataverse)]));
    // `Forbidden` is a code of its own, but here an HTTP status: `status code` is no cue.
    assert!(!AnyCode::lookup("Forbidden").is_empty());
    check(&text);
}

#[test]
fn typographic_quotes_around_the_key() {
    let text = fixture("orchestrator_typographic_quotes.txt");
    assert!(text.contains('“') && text.contains('‘'));
    assert_eq!(
        found(&text),
        [
            ("1101", Catalog::Orchestrator),
            ("1204", Catalog::Orchestrator)
        ]
    );
    check(&text);
}

#[test]
fn truncated_body() {
    let text = fixture("dataverse_truncated.log");
    assert!(!text.ends_with('}'));
    assert_eq!(found(&text), enabled(&[("0x80040220", Catalog::Dataverse)]));
    check(&text);
}

#[test]
fn bodies_in_a_log() {
    let text = fixture("power_automate_action_log.log");
    assert_eq!(
        found(&text),
        [
            ("WindowsIdentityIncorrect", Catalog::PowerAutomate),
            ("-1073741477", Catalog::WindowsLogon),
        ]
    );
    check(&text);
}

#[test]
fn cues_make_a_bare_number_count() {
    for text in [
        r#"{"errorCode":1101}"#,
        r#"{"errorCode": 1101}"#,
        r#"{“errorCode”:1101}"#,
        r#"{‘errorCode’: ‘1101’}"#,
        r#"{"errorCode":"1101"}"#,
        r#"{\"errorCode\":1101}"#,
        "errorCode=1101",
        "ErrorCode: 1101",
        "ERROR_CODE 1101",
        "error-code\t1101",
        "error code 1101",
        "Error code: 1101.",
        "Error code\u{a0}:\u{a0}1101",
        "<ErrorCode>1101</ErrorCode>",
        "The operation returned an error: 1101: An organization unit is required",
        "Error=1101",
        r#"{"code": 1101}"#,
        "(error code 1101)",
    ] {
        assert_eq!(found(text), [("1101", Catalog::Orchestrator)], "{text:?}");
        check(text);
    }
}

#[test]
fn no_cue_no_bare_number() {
    for text in [
        "1101",
        "processed 1101 items",
        "code 1101",
        "status code: 1101",
        "error 1101",
        "error  code 1101",
        "myerror code 1101",
        "errors: 1101",
        r#"{"statusCode": 1101}"#,
        "code: 1101",
        "error code: +1101",
        "error code: x 1101",
        "error code:: 1101",
        "error code\n1101",
    ] {
        assert_eq!(found(text), [], "{text:?}");
        check(text);
    }
}

#[test]
fn a_number_is_never_part_of_a_longer_one() {
    for text in [
        "errorCode: 11012",
        "errorCode: a1101",
        "errorCode: 1101abc",
        "errorCode: 1101_",
        "errorCode: 1101.5",
        "errorCode: 2.1101",
        "errorCode: -1101",
        "errorCode: 1101\u{663}",
        "x-1073741477",
        "1-1073741477",
        "-1073741477.5",
        "3.-1073741477",
        "0x80040220a",
        "0x800402201",
        "-0x80040220",
        "g0x80040220",
    ] {
        assert_eq!(found(text), [], "{text:?}");
        check(text);
    }
}

#[test]
fn self_evident_spellings_count_anywhere() {
    let cases: &[(&str, &[(&str, Catalog)])] = &[
        (
            "status -1073741477",
            &[("-1073741477", Catalog::WindowsLogon)],
        ),
        ("(0xC000015B)", &[("0xC000015B", Catalog::WindowsLogon)]),
        ("hr=0Xc000015b;", &[("0Xc000015b", Catalog::WindowsLogon)]),
        ("--1073741477", &[("-1073741477", Catalog::WindowsLogon)]),
        (
            "failed with 0x80048306.",
            &[("0x80048306", Catalog::Dataverse)],
        ),
        (
            "failed with -2147220960",
            &[("-2147220960", Catalog::Dataverse)],
        ),
        (
            "UIFlowAlreadyRunning",
            &[("UIFlowAlreadyRunning", Catalog::PowerAutomate)],
        ),
        (
            "a.UIFlowAlreadyRunning!",
            &[("UIFlowAlreadyRunning", Catalog::PowerAutomate)],
        ),
        ("«ActionFailed»", &[("ActionFailed", Catalog::CloudFlow)]),
        (
            "name:PendingJobsAlreadyExist",
            &[("PendingJobsAlreadyExist", Catalog::Orchestrator)],
        ),
        (
            "é UIFlowAlreadyRunning — ok",
            &[("UIFlowAlreadyRunning", Catalog::PowerAutomate)],
        ),
        (
            "UIFlowAlreadyRunning\u{301}",
            &[("UIFlowAlreadyRunning", Catalog::PowerAutomate)],
        ),
        (
            "BadRequest",
            &[
                ("BadRequest", Catalog::Dataverse),
                ("BadRequest", Catalog::CloudFlow),
            ],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(found(text), enabled(expected), "{text:?}");
        check(text);
    }
}

#[test]
fn names_count_only_as_whole_tokens() {
    for text in [
        "FooUIFlowAlreadyRunning",
        "UIFlowAlreadyRunning2",
        "my_UIFlowAlreadyRunning",
        "UIFlowAlreadyRunning_",
        "UIFlowAlreadyRunningé",
        "éUIFlowAlreadyRunning",
        "日本UIFlowAlreadyRunning",
        "uiflowalreadyrunning",
    ] {
        assert_eq!(found(text), [], "{text:?}");
        check(text);
    }
}

#[test]
fn ordinary_words_count_only_after_a_cue() {
    for text in [
        "Forbidden",
        "access Forbidden",
        "Http status code: Forbidden.",
        "FORBIDDEN",
    ] {
        assert_eq!(found(text), [], "{text:?}");
        check(text);
    }
    let forbidden = enabled(&[
        ("Forbidden", Catalog::Dataverse),
        ("Forbidden", Catalog::CloudFlow),
    ]);
    for text in [
        r#"{"error":{"code":"Forbidden","message":"..."}}"#,
        "ErrorCode: Forbidden",
        "error: Forbidden",
    ] {
        assert_eq!(found(text), forbidden, "{text:?}");
        check(text);
    }
    // Hexadecimal that is not a failure code needs a cue too.
    assert_eq!(found("flags 0x8006074"), []);
    assert_eq!(
        found("Error code: 0x8006074"),
        enabled(&[("0x8006074", Catalog::Dataverse)])
    );
}

#[test]
fn a_spelling_of_several_catalogs_yields_each_with_one_span() {
    let text = "denied: LogonTypeNotGranted.";
    let all: Vec<Found> = scan(text).collect();
    let expected: Vec<AnyCode> = AnyCode::lookup("LogonTypeNotGranted").iter().collect();
    assert_eq!(expected.len(), 2);
    assert_eq!(all.iter().map(|f| f.code).collect::<Vec<_>>(), expected);
    assert!(all.iter().all(|f| f.span == (8..27)));
    check(text);
}

#[test]
fn the_iterator_clones_and_stays_done() {
    let text = "BadRequest then UIFlowAlreadyRunning";
    let mut it = scan(text);
    let first = it.next().unwrap();
    let rest: Vec<Found> = it.clone().collect();
    assert_eq!(it.collect::<Vec<_>>(), rest);
    assert_eq!(first.span, 0..10);
    let mut done = scan("nothing here");
    assert_eq!(done.next(), None);
    assert_eq!(done.next(), None);
    assert!(format!("{:?}", scan(text)).contains("Scan"));
}

#[test]
fn every_spelling_is_found_where_it_may_stand() {
    let all = spellings::spellings();
    // At least one spelling of each code, and the numbers' several.
    assert!(
        all.len() > AnyCode::all().count(),
        "{} spellings",
        all.len()
    );
    for spelling in &all {
        // The reference relies on both.
        assert!(spelling.len() <= reference::LONGEST, "{spelling}");
        assert!(
            spelling
                .bytes()
                .enumerate()
                .all(|(i, b)| b.is_ascii_alphanumeric() || b == b'_' || (i == 0 && b == b'-')),
            "{spelling}"
        );
        let expected: Vec<AnyCode> = AnyCode::lookup(spelling).iter().collect();
        let text = format!("[errorCode: {spelling}]");
        let found: Vec<Found> = scan(&text).collect();
        assert_eq!(
            found.iter().map(|f| f.code).collect::<Vec<_>>(),
            expected,
            "{text}"
        );
        assert!(found.iter().all(|f| f.span == (12..12 + spelling.len())));
        let alone = scan(spelling).count();
        let want = if reference::needs_cue(spelling) {
            0
        } else {
            expected.len()
        };
        assert_eq!(alone, want, "{spelling}");
    }
}

#[test]
fn scanning_allocates_nothing() {
    let texts: Vec<String> = [
        "powershell_1101.txt",
        "installer_cds_error.txt",
        "orchestrator_typographic_quotes.txt",
        "dataverse_truncated.log",
        "power_automate_action_log.log",
    ]
    .iter()
    .map(|name| fixture(name))
    .collect();
    let mut count = 0;
    let n = common::allocations(|| {
        for text in &texts {
            for found in scan(black_box(text)) {
                count += 1;
                black_box(found);
            }
        }
        count += scan(black_box("LogonTypeNotGranted BadRequest")).count();
    });
    assert_eq!(n, 0);
    assert!(count >= 8, "{count} found");
}

/// Pieces that meet the rules' edge cases when glued at random.
const PIECES: &[&str] = &[
    "errorCode",
    "error",
    "Error code",
    "code",
    "status",
    ":",
    "=",
    ">",
    " ",
    "\t",
    "\n",
    "\"",
    "“",
    "”",
    "‘",
    "\\",
    "'",
    "-",
    ".",
    "_",
    "5",
    "1101",
    "0x80040220",
    "0xC000015B",
    "0x8006074",
    "-1073741477",
    "UIFlowAlreadyRunning",
    "LogonTypeNotGranted",
    "Forbidden",
    "BadRequest",
    "é",
    "ß",
    "\u{663}",
    "\u{a0}",
    "x",
    "Z",
    "—",
    "1",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|p| p.concat())
}

/// A separator that lets a spelling stand on either side.
fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(
        &[
            " ", "\t", "(", ")", ",", ";", "/", "|", "[", "]", "!", "?", "\n", "—", "’", "\u{3000}",
        ][..],
    )
}

/// A word character, which joins a spelling to a longer token.
fn word_char() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&["a", "Z", "0", "9", "_", "é", "ß", "ж", "日", "\u{663}"][..])
}

fn spelling() -> impl Strategy<Value = String> {
    let all = spellings::spellings();
    (0..all.len()).prop_map(move |i| all[i].clone())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn equals_the_reference_on_pieces(text in pieces()) {
        check(&text);
    }

    #[test]
    fn equals_the_reference_on_any_string(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn a_spelling_between_separators_is_found_with_its_span(
        left in any::<String>(), before in separator(), spelling in spelling(),
        after in separator(), right in any::<String>(),
    ) {
        // A cue-dependent spelling gets one; the separator before the cue keeps it a token.
        let cue = if reference::needs_cue(&spelling) { " errorCode: " } else { "" };
        let text = format!("{left}{before}{cue}{spelling}{after}{right}");
        let start = left.len() + before.len() + cue.len();
        let span = start..start + spelling.len();
        let at: Vec<AnyCode> = scan(&text).filter(|f| f.span == span).map(|f| f.code).collect();
        prop_assert_eq!(at, AnyCode::lookup(&spelling).iter().collect::<Vec<_>>());
        check(&text);
    }

    #[test]
    fn a_spelling_glued_to_a_word_character_is_not_found(
        spelling in spelling(), glue in word_char(), glue_left in any::<bool>(),
    ) {
        let text = if glue_left {
            format!("errorCode: {glue}{spelling} ")
        } else {
            format!("errorCode: {spelling}{glue} ")
        };
        // Nothing inside the token counts; the whole token may be another spelling
        // (`0x8006074` and `a`).
        let token = 11..text.len() - 1;
        prop_assert!(
            scan(&text).all(|f| f.span == token || f.span.end <= token.start || f.span.start >= token.end),
            "{:?}", text
        );
        check(&text);
    }
}
