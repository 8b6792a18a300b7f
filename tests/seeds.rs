//! The vendors' tables are the specification: every row of the seed files in
//! `tests/fixtures/seeds/` must be in the catalog with the same facts.
//!
//! The parsers here are deliberately simple and independent of the crate's build code.

use std::collections::BTreeSet;

use rpa_error_codes::orchestrator::Category;
use rpa_error_codes::power_automate::{RunMode, RunModes};
use rpa_error_codes::{OrchestratorCode, PowerAutomateError};

/// Microsoft KB 4555406, table of 2023-08-25 (34 codes).
const SEED_2023: &str = include_str!("fixtures/seeds/000_b7be716f81d2829c.txt");
/// Microsoft KB 4555406, older table of 2021 (15 codes).
const SEED_2021: &str = include_str!("fixtures/seeds/001_d79c6859b5826a50.txt");
/// UiPath Orchestrator response codes, a flattened scrape (119 codes).
const SEED_ORCHESTRATOR: &str = include_str!("fixtures/seeds/002_89ac2e577f3f26c0.txt");

// ---------------------------------------------------------------------------------------------
// Power Automate seed parser
// ---------------------------------------------------------------------------------------------

/// One row of a Power Automate Markdown table.
#[derive(Debug)]
struct PaRow {
    code: String,
    http: u16,
    run_mode: String,
    mitigation: String,
}

/// The rows of the `|Error code|HTTP status code|Run mode|Mitigation steps|` table; rows with
/// an empty code cell (a trailing `|||||`) are skipped.
fn parse_pa_table(text: &str) -> Vec<PaRow> {
    let mut lines = text.lines();
    lines
        .by_ref()
        .find(|l| l.starts_with("|Error code|"))
        .expect("the seed has the table header");
    let separator = lines.next().expect("a separator follows the header");
    assert_eq!(separator, "|---|---|---|---|", "table separator");
    let mut rows = Vec::new();
    for line in lines {
        if !line.starts_with('|') {
            break;
        }
        let inner = line
            .strip_prefix('|')
            .and_then(|l| l.strip_suffix('|'))
            .unwrap_or_else(|| panic!("row is not enclosed in pipes: {line:?}"));
        // The mitigation is the last cell: keep whatever it holds.
        let cells: Vec<&str> = inner.splitn(4, '|').collect();
        assert_eq!(cells.len(), 4, "row has four cells: {line:?}");
        if cells[0].trim().is_empty() {
            continue;
        }
        rows.push(PaRow {
            code: cells[0].trim().to_owned(),
            http: cells[1]
                .trim()
                .parse()
                .unwrap_or_else(|e| panic!("HTTP status of {line:?}: {e}")),
            run_mode: cells[2].to_owned(),
            mitigation: cells[3].to_owned(),
        });
    }
    rows
}

/// `All`, `Attended</br>Unattended` (2023) or `AttendedUnattended` (2021) as a set.
fn parse_run_modes(cell: &str, code: &str) -> RunModes {
    let cell = cell.replace("</br>", "").replace("<br>", "");
    if cell == "All" {
        return RunModes::of(&[RunMode::Attended, RunMode::Unattended, RunMode::Local]);
    }
    // Split the words at their capitals: "AttendedUnattended" -> "Attended", "Unattended".
    let mut words: Vec<String> = Vec::new();
    for c in cell.chars() {
        if c.is_ascii_uppercase() || words.is_empty() {
            words.push(String::new());
        }
        words.last_mut().unwrap().push(c);
    }
    assert!(!words.is_empty(), "{code}: empty run mode cell");
    words
        .iter()
        .map(|w| match w.as_str() {
            "Attended" => RunMode::Attended,
            "Unattended" => RunMode::Unattended,
            "Local" => RunMode::Local,
            other => panic!("{code}: unknown run mode {other:?} in {cell:?}"),
        })
        .collect()
}

/// The seed's mitigation cell as plain text: `</br>`/`<br>` -> line break, `**` removed,
/// `[text](url)` -> `text`, every line trimmed and empty lines dropped.
fn plain_text(markup: &str) -> String {
    let text = markup
        .replace("</br>", "\n")
        .replace("<br>", "\n")
        .replace("**", "");
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let link = after.find("](").and_then(|close| {
            let url_start = close + 2;
            after[url_start..]
                .find(')')
                .map(|end| (close, url_start + end + 1))
        });
        match link {
            Some((close, end)) => {
                out.push_str(&rest[..open]);
                out.push_str(&after[..close]);
                rest = &after[end..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn pa(code: &str) -> PowerAutomateError {
    PowerAutomateError::from_code(code)
        .unwrap_or_else(|| panic!("{code} from the seed is not in the catalog"))
}

/// `ms.date: 08/25/2023` from the front matter, as `2023-08-25`.
fn front_matter_date(text: &str) -> Option<String> {
    let line = text.lines().find(|l| l.starts_with("ms.date:"))?;
    let date = line["ms.date:".len()..].trim();
    let parts: Vec<&str> = date.split('/').collect();
    if parts.len() != 3 {
        return None;
    }
    Some(format!("{}-{}-{}", parts[2], parts[0], parts[1]))
}

// ---------------------------------------------------------------------------------------------
// 000: the 2023 table
// ---------------------------------------------------------------------------------------------

#[test]
fn seed_2023_has_34_codes() {
    let rows = parse_pa_table(SEED_2023);
    assert_eq!(rows.len(), 34, "the 2023 table has 34 codes");
    let unique: BTreeSet<&str> = rows.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(unique.len(), 34, "the 2023 table's codes are unique");
}

#[test]
fn seed_2023_every_code_is_in_the_catalog() {
    for row in parse_pa_table(SEED_2023) {
        let error = pa(&row.code);
        assert_eq!(error.code(), row.code, "code string of {}", row.code);
    }
}

#[test]
fn seed_2023_http_status() {
    for row in parse_pa_table(SEED_2023) {
        assert_eq!(
            pa(&row.code).http_status(),
            row.http,
            "HTTP status of {}",
            row.code
        );
    }
}

#[test]
fn seed_2023_run_modes() {
    for row in parse_pa_table(SEED_2023) {
        let expected = parse_run_modes(&row.run_mode, &row.code);
        assert_eq!(
            pa(&row.code).run_modes(),
            expected,
            "run modes of {} (seed {:?})",
            row.code,
            row.run_mode
        );
    }
}

#[test]
fn seed_2023_mitigation_markup_is_verbatim() {
    for row in parse_pa_table(SEED_2023) {
        assert_eq!(
            pa(&row.code).info().mitigation_markup,
            row.mitigation,
            "mitigation_markup of {}",
            row.code
        );
    }
}

#[test]
fn seed_2023_mitigation_plain_text() {
    for row in parse_pa_table(SEED_2023) {
        assert_eq!(
            pa(&row.code).mitigation(),
            plain_text(&row.mitigation),
            "plain mitigation of {}",
            row.code
        );
    }
}

#[test]
fn seed_2023_source_date() {
    let date = front_matter_date(SEED_2023).expect("the 2023 seed has an ms.date");
    assert_eq!(date, "2023-08-25");
    for row in parse_pa_table(SEED_2023) {
        assert_eq!(
            pa(&row.code).info().source.date,
            Some(date.as_str()),
            "source date of {}",
            row.code
        );
    }
}

#[test]
fn plain_text_parser_self_check() {
    assert_eq!(
        plain_text("a </br>- b [t](https://x/y) **c**<br> </br>d"),
        "a\n- b t c\nd"
    );
    assert_eq!(plain_text("[x] (y)"), "[x] (y)");
}

// ---------------------------------------------------------------------------------------------
// 001: the 2021 table
// ---------------------------------------------------------------------------------------------

#[test]
fn seed_2021_has_15_codes() {
    let rows = parse_pa_table(SEED_2021);
    assert_eq!(rows.len(), 15, "the 2021 table has 15 codes");
}

#[test]
fn seed_2021_http_status_and_run_modes() {
    for row in parse_pa_table(SEED_2021) {
        let error = pa(&row.code);
        assert_eq!(error.http_status(), row.http, "HTTP status of {}", row.code);
        assert_eq!(
            error.run_modes(),
            parse_run_modes(&row.run_mode, &row.code),
            "run modes of {} (seed {:?})",
            row.code,
            row.run_mode
        );
    }
}

#[test]
fn seed_2021_codes_were_first_seen_in_2021() {
    for row in parse_pa_table(SEED_2021) {
        assert_eq!(
            pa(&row.code).info().first_seen,
            "2021-03-31",
            "first_seen of {}",
            row.code
        );
    }
}

#[test]
fn seed_2023_codes_not_in_2021_were_first_seen_in_2023() {
    let old: BTreeSet<String> = parse_pa_table(SEED_2021)
        .into_iter()
        .map(|r| r.code)
        .collect();
    let mut new = 0;
    for row in parse_pa_table(SEED_2023) {
        if !old.contains(&row.code) {
            new += 1;
            assert_eq!(
                pa(&row.code).info().first_seen,
                "2023-08-25",
                "first_seen of {}, new in the 2023 table",
                row.code
            );
        }
    }
    assert_eq!(new, 34 - 15, "the 2023 table adds 19 codes to the 2021 one");
}

// ---------------------------------------------------------------------------------------------
// 002: UiPath Orchestrator response codes
// ---------------------------------------------------------------------------------------------

/// One row of the flattened Orchestrator table, cells as in the file (not normalised).
#[derive(Debug)]
struct OrchRow {
    code: u16,
    text: String,
    description: String,
}

/// A row starts with a line `NNNN |`.
fn row_start(line: &str) -> Option<u16> {
    let number = line.strip_suffix(" |")?;
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    number.parse().ok()
}

/// Parses the flattened table: after the header lines `Code |`, `Text |`, `Description |` and
/// `---|---|---|`, each row is a `NNNN |` line followed by the Text and Description cells, each
/// cell ending at a `|` (so `| |` is two empty cells).
fn parse_orchestrator(text: &str) -> Vec<OrchRow> {
    let lines: Vec<&str> = text.lines().collect();
    let header = lines
        .windows(4)
        .position(|w| w == ["Code |", "Text |", "Description |", "---|---|---|"])
        .expect("the seed has the flattened table header");
    let body = &lines[header + 4..];

    let mut rows = Vec::new();
    let mut i = 0;
    while i < body.len() {
        let code =
            row_start(body[i]).unwrap_or_else(|| panic!("line {:?} should start a row", body[i]));
        i += 1;
        let mut cells: Vec<String> = Vec::new();
        let mut current = String::new();
        while i < body.len() && cells.len() < 2 {
            let mut rest = body[i];
            i += 1;
            while let Some(bar) = rest.find('|') {
                current.push_str(&rest[..bar]);
                cells.push(std::mem::take(&mut current));
                rest = &rest[bar + 1..];
            }
            assert!(
                rest.trim().is_empty() || cells.len() < 2,
                "row {code}: text after the last cell: {rest:?}"
            );
            if !rest.trim().is_empty() {
                current.push_str(rest);
                current.push('\n');
            }
        }
        assert_eq!(
            cells.len(),
            2,
            "row {code} has a Text and a Description cell"
        );
        assert!(
            current.trim().is_empty(),
            "row {code}: unterminated cell {current:?}"
        );
        let description = cells.pop().unwrap();
        let text = cells.pop().unwrap();
        rows.push(OrchRow {
            code,
            text,
            description,
        });
    }
    rows
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A CamelCase identifier: ASCII letters and digits, starting with a capital, with a capital
/// after a lower-case letter (`PathTooLong`, not `Robot`).
fn is_camel_case(word: &str) -> bool {
    let bytes = word.as_bytes();
    if bytes.is_empty()
        || !bytes[0].is_ascii_uppercase()
        || !bytes.iter().all(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    bytes
        .windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
}

/// Splits a leading run of symbolic names (`Name ,` `Name ;` `Name .` or a name ending the
/// cell) off a normalised Text cell: (names, remainder).
fn split_names(text: &str) -> (Vec<&str>, &str) {
    let mut names = Vec::new();
    let mut rest = text.trim_start();
    loop {
        let end = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let word = &rest[..end];
        if !is_camel_case(word) {
            break;
        }
        let after = rest[end..].trim_start();
        if after.is_empty() {
            names.push(word);
            rest = after;
            break;
        }
        match after.chars().next() {
            Some(',' | ';' | '.') => {
                names.push(word);
                rest = after[1..].trim_start();
            }
            _ => break,
        }
    }
    (names, rest)
}

fn label_category(label: &str) -> Option<Category> {
    Some(match label {
        "Generic" => Category::Generic,
        "Audit" => Category::Audit,
        "Robots" => Category::Robots,
        "Conflict (409)" => Category::Conflict,
        "Authorization, Users, Roles" => Category::Authorization,
        "Processes/Packages/Jobs" => Category::Jobs,
        "Third-party components" => Category::ThirdParty,
        "Logs" => Category::Logs,
        "Configuration" => Category::Configuration,
        "Queue/Queue item" => Category::Queues,
        "License" => Category::License,
        _ => return None,
    })
}

fn orch(code: u16) -> OrchestratorCode {
    OrchestratorCode::from_u16(code)
        .unwrap_or_else(|| panic!("{code} from the seed is not in the catalog"))
}

#[test]
fn seed_orchestrator_has_119_codes() {
    let rows = parse_orchestrator(SEED_ORCHESTRATOR);
    assert_eq!(rows.len(), 119, "the Orchestrator table has 119 codes");
    let unique: BTreeSet<u16> = rows.iter().map(|r| r.code).collect();
    assert_eq!(
        unique.len(),
        119,
        "the Orchestrator table's codes are unique"
    );
}

#[test]
fn seed_orchestrator_parser_self_check() {
    let rows = parse_orchestrator(SEED_ORCHESTRATOR);
    let row = |n: u16| rows.iter().find(|r| r.code == n).unwrap();
    assert_eq!(
        normalise(&row(1009).text),
        "Invalid argument [ArgumentName]."
    );
    assert_eq!(normalise(&row(1009).description), "");
    assert_eq!(normalise(&row(1010).text), "");
    assert_eq!(normalise(&row(1010).description), "");
    assert_eq!(normalise(&row(1000).description), "Generic");
    assert_eq!(
        normalise(&row(1208).text),
        "MachineLicenseCannotChange ; InvalidNonProductionMachineSlots ; InvalidUnattendedMachineSlots ."
    );
    assert_eq!(normalise(&row(1920).description), "License");
    assert_eq!(
        split_names("ProcessNotFound , PackageNotFound . The associated process no longer exists."),
        (
            vec!["ProcessNotFound", "PackageNotFound"],
            "The associated process no longer exists."
        )
    );
    assert_eq!(split_names("PathTooLong"), (vec!["PathTooLong"], ""));
    assert_eq!(
        split_names("Robot does not exist."),
        (vec![], "Robot does not exist.")
    );
}

#[test]
fn seed_orchestrator_every_code_is_in_the_catalog() {
    let rows = parse_orchestrator(SEED_ORCHESTRATOR);
    let seed: BTreeSet<u16> = rows.iter().map(|r| r.code).collect();
    for &code in &seed {
        assert!(
            OrchestratorCode::from_u16(code).is_some(),
            "{code} from the seed is not in the catalog"
        );
    }
    let catalog: BTreeSet<u16> = OrchestratorCode::ALL.iter().map(|c| c.code()).collect();
    let mut expected = seed.clone();
    expected.insert(1230);
    assert_eq!(
        catalog, expected,
        "the catalog holds exactly the seed's codes plus 1230"
    );
}

#[test]
fn seed_orchestrator_text_is_names_then_message() {
    for row in parse_orchestrator(SEED_ORCHESTRATOR) {
        let code = orch(row.code);
        let text = normalise(&row.text);
        if text.is_empty() {
            assert!(
                code.message().is_none() || code.info().message_source.is_some(),
                "{}: the seed has no Text, yet the message {:?} has no other source",
                row.code,
                code.message()
            );
            continue;
        }
        if row.code == 1403 {
            assert_eq!(code.message(), Some("Change Password"), "message of 1403");
            continue;
        }
        let (names, message) = split_names(&text);
        for name in names {
            let is_own = name == code.name() || code.info().aliases.contains(&name);
            assert!(
                is_own || OrchestratorCode::from_name(name).is_some(),
                "{}: the seed names {name:?}, which is neither its name, an alias, nor another code",
                row.code
            );
        }
        assert_eq!(
            code.message().unwrap_or(""),
            message,
            "message of {} (seed Text {:?})",
            row.code,
            text
        );
        assert!(
            code.info().message_source.is_none(),
            "{}: the message comes from the seed, so it has no other source",
            row.code
        );
    }
}

#[test]
fn seed_orchestrator_names_in_text_belong_to_the_code() {
    // 1208 and 1661 list names; the first is the code's own name.
    for row in parse_orchestrator(SEED_ORCHESTRATOR) {
        let text = normalise(&row.text);
        let (names, _) = split_names(&text);
        if let Some(first) = names.first() {
            assert_eq!(
                orch(row.code).name(),
                *first,
                "{}: the first name in the seed Text is the code's name",
                row.code
            );
        }
    }
}

#[test]
fn seed_orchestrator_description_and_category() {
    for row in parse_orchestrator(SEED_ORCHESTRATOR) {
        let code = orch(row.code);
        let description = normalise(&row.description);
        if let Some(category) = label_category(&description) {
            assert_eq!(
                code.category(),
                category,
                "category of {} (label {description:?})",
                row.code
            );
            assert!(
                code.info().category_from_label,
                "{}: category_from_label for the label {description:?}",
                row.code
            );
            assert_eq!(
                code.description(),
                None,
                "{}: a label is not a description",
                row.code
            );
        } else {
            assert!(
                !code.info().category_from_label,
                "{}: the seed gives no label, so the category is from the range",
                row.code
            );
            if description.is_empty() {
                assert_eq!(code.description(), None, "description of {}", row.code);
            } else {
                assert_eq!(
                    code.description(),
                    Some(description.as_str()),
                    "description of {}",
                    row.code
                );
            }
        }
    }
}

#[test]
fn seed_orchestrator_conflict_codes_are_http_409() {
    let mut conflicts = 0;
    for row in parse_orchestrator(SEED_ORCHESTRATOR) {
        if normalise(&row.description) == "Conflict (409)" {
            conflicts += 1;
            assert_eq!(
                orch(row.code).http_status(),
                Some(409),
                "HTTP status of {}, labelled Conflict (409)",
                row.code
            );
        }
    }
    assert_eq!(conflicts, 3, "the seed labels 1300-1302 Conflict (409)");
}
