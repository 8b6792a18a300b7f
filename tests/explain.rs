//! The `explain` program (feature `cli`), run as a user runs it.
//!
//! Each case of the issue "What a new user meets first" about `explain` is tried as written
//! there. Expected facts come from the library's catalogs and the vendors' samples, never from
//! the program's own output. Issue 20's rows about `explain` follow the earlier ones; standard
//! input and the JSON schema are in `tests/explain_io.rs`.

mod explain_support;

use std::ffi::OsString;

use explain_support::{assert_describes, json_lines, run, run_os, run_stdin, words};
use explain_support::{os, run_columns, run_with, too_wide};
use rpa_error_codes::dataverse::DataverseError;
use rpa_error_codes::windows_logon::LogonStatus;
use rpa_error_codes::{AnyCode, CloudFlowError, OrchestratorCode, PowerAutomateError};
use rpa_error_codes::{Catalog, cloud_flow, orchestrator, power_automate, windows_logon};
use serde_json::Value;

// Row: "`explain` panics on an argument that is not UTF-8":
// `explain $'\xff\xfeabc'` panicked with exit 101.
#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_a_usage_error() {
    use std::os::unix::ffi::OsStringExt as _;

    let bad = OsString::from_vec(b"\xff\xfeabc".to_vec());
    let run = run_os(std::slice::from_ref(&bad), None);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(run.stderr.contains("not valid UTF-8"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
    // Also among good arguments: nothing is explained.
    let run = run_os(&[OsString::from("1670"), bad], None);
    assert_eq!(run.status, 2);
    assert!(run.stdout.is_empty());
}

// Row: "codes the crate's docs say travel on the wire are read as options":
// `explain -1073741477` → unknown option; `explain -- -1073741477` → unknown option "--".
#[test]
fn negative_numbers_and_double_dash_are_codes() {
    let status = LogonStatus::from_code("-1073741477").expect("in KB 5021155");
    for args in [&["-1073741477"][..], &["--", "-1073741477"][..]] {
        let run = run(args);
        assert_eq!(run.status, 0, "{args:?}: {}", run.stderr);
        assert!(run.stdout.contains(status.name()), "{}", run.stdout);
        assert!(words(&run.stdout).contains(&words(status.message())));
    }
    // After `--`, what looks like an option is a code, and an unknown one.
    let run = self::run(&["--", "--json"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    // An unknown option is still a usage error.
    let run = self::run(&["--jsn"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("unknown option"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
}

// Issue 11: the logon statuses and Dataverse errors on the command line, in every form.
#[test]
fn every_catalog_on_the_command_line() {
    let dataverse = DataverseError::from_hresult(0x8004_0220).expect("in the Dataverse table");
    for input in ["0x80040220", "-2147220960", dataverse.name()] {
        let run = self::run(&["--json", input]);
        assert_eq!(run.status, 0, "{input}: {}", run.stderr);
        let lines = json_lines(&run);
        assert_eq!(lines.len(), 1, "{input}");
        assert_describes(&lines[0], AnyCode::Dataverse(dataverse));
        assert_eq!(lines[0]["input"], input);
    }
    for status in LogonStatus::ALL {
        let hex = format!("0x{:08X}", status.hex());
        for input in [status.code().to_string(), hex] {
            let run = self::run(&["--json", &input]);
            assert_eq!(run.status, 0, "{input}: {}", run.stderr);
            let lines = json_lines(&run);
            assert!(
                lines
                    .iter()
                    .any(|l| l["catalog"] == "windows_logon" && l["name"] == status.name()),
                "{input}: {}",
                run.stdout
            );
        }
    }
    let code = OrchestratorCode::PendingJobsAlreadyExist;
    for input in ["1670", code.name(), &code.name().to_ascii_lowercase()] {
        let run = self::run(&["--json", input]);
        assert_eq!(run.status, 0, "{input}");
        assert_describes(&json_lines(&run)[0], AnyCode::Orchestrator(code));
    }
    // Strict numbers: "01670" is no code.
    assert_eq!(self::run(&["01670"]).status, 1);
    // A catalog explained through what every catalog has: the code once, then its catalog.
    for &error in CloudFlowError::ALL {
        let run = self::run(&["--json", error.code()]);
        assert_eq!(run.status, 0, "{error:?}: {}", run.stderr);
        let lines = json_lines(&run);
        let object = lines
            .iter()
            .find(|l| l["catalog"] == "cloud_flow")
            .unwrap_or_else(|| panic!("{error:?}: {}", run.stdout));
        assert_describes(object, AnyCode::CloudFlow(error));
        let text = self::run(&[error.code()]).stdout;
        let heading = format!("{} (Power Automate cloud-flow error)", error.code());
        assert!(text.contains(&heading), "{text}");
    }
}

// A string two catalogs know is explained in both.
#[test]
fn an_ambiguous_code_is_explained_in_every_catalog() {
    let matches = AnyCode::lookup("LogonTypeNotGranted");
    assert!(matches.is_ambiguous(), "the catalogs share this name");
    let run = self::run(&["--json", "LogonTypeNotGranted"]);
    assert_eq!(run.status, 0);
    let lines = json_lines(&run);
    assert_eq!(lines.len(), matches.len());
    for (line, code) in lines.iter().zip(&matches) {
        assert_describes(line, code);
    }
    let text = self::run(&["LogonTypeNotGranted"]);
    assert_eq!(text.status, 0);
    for code in &matches {
        assert!(
            text.stdout.contains(&code.catalog().to_string()),
            "{}",
            text.stdout
        );
    }
}

// Row: "a 100 KB argument is echoed in full on stderr".
#[test]
fn a_long_argument_is_echoed_shortened() {
    let long = "A".repeat(100 * 1024);
    let run = self::run(&[&long]);
    assert_eq!(run.status, 1);
    assert!(run.stderr.len() < 1024, "{} bytes", run.stderr.len());
    assert!(
        run.stderr.contains(&long.len().to_string()),
        "{}",
        run.stderr
    );
    let run = self::run(&["--json", &long]);
    assert!(run.stdout.len() < 1024, "{} bytes", run.stdout.len());
    // An unknown option is shortened too.
    let option = format!("--{long}");
    let run = self::run(&[&option]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.len() < 1024, "{} bytes", run.stderr.len());
}

// Row: "nonsense suggestions": `explain ""` suggested DnsError, ItemIsInUse, InvalidUser;
// `explain 429` suggested 1000, 1001, 1002. (`explain ""` is now a usage error, below.)
#[test]
fn suggestions_only_when_close() {
    {
        let input = "429";
        let run = self::run(&[input]);
        assert_eq!(run.status, 1, "{input:?}");
        assert!(
            !run.stderr.contains("did you mean"),
            "{input:?}: {}",
            run.stderr
        );
        let run = self::run(&["--json", input]);
        let lines = json_lines(&run);
        assert_eq!(lines[0]["catalog"], Value::Null);
        assert_eq!(lines[0]["suggestions"], serde_json::json!([]), "{input:?}");
    }
    // One letter dropped from a code: that code is suggested.
    let code = PowerAutomateError::UIFlowAlreadyRunning.code();
    let typo = code.replacen("nn", "n", 1);
    let run = self::run(&["--json", &typo]);
    assert_eq!(run.status, 1);
    let suggestions = &json_lines(&run)[0]["suggestions"];
    assert!(
        suggestions.as_array().unwrap().iter().any(|s| s == code),
        "{suggestions}"
    );
    // A number is only ever near numbers of as many digits.
    let run = self::run(&["--json", "1607"]);
    assert!(OrchestratorCode::from_u16(1607).is_none());
    let suggestions = json_lines(&run)[0]["suggestions"].clone();
    let suggestions = suggestions.as_array().unwrap();
    assert!(!suggestions.is_empty() && suggestions.len() <= 3);
    for suggestion in suggestions {
        let text = suggestion.as_str().unwrap();
        assert_eq!(text.len(), 4, "{text}");
        assert!(OrchestratorCode::from_u16(text.parse().unwrap()).is_some());
    }
    // Far from everything: no suggestion.
    let run = self::run(&["ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ"]);
    assert!(!run.stderr.contains("did you mean"), "{}", run.stderr);
}

// Row: "no way to install the tool ... no `--json`, no `--version`".
#[test]
fn version_and_help() {
    let run = self::run(&["--version"]);
    assert_eq!(run.status, 0);
    assert!(
        run.stdout.contains(env!("CARGO_PKG_VERSION")),
        "{}",
        run.stdout
    );
    let help = self::run(&["--help"]);
    assert_eq!(help.status, 0);
    for documented in [
        "--json",
        "--list",
        "--version",
        "Exit status",
        "-1073741477",
    ] {
        assert!(help.stdout.contains(documented), "{documented}");
    }
    // No argument: a usage error.
    let run = self::run(&[]);
    assert_eq!(run.status, 2);
    assert!(run.stdout.is_empty());
}

#[test]
fn json_is_one_object_per_code() {
    let inputs = [
        "UIFlowAlreadyRunning",
        "1670",
        "-1073741477",
        "0x80040220",
        "-2147220960",
    ];
    let run = self::run(&[&["--json"][..], &inputs[..]].concat());
    assert_eq!(run.status, 0, "{}", run.stderr);
    let lines = json_lines(&run);
    assert_eq!(lines.len(), inputs.len());
    for (line, input) in lines.iter().zip(inputs) {
        let code = AnyCode::lookup(input).only().expect("one catalog each");
        assert_describes(line, code);
        assert_eq!(line["input"], input);
    }
}

// Issue 11: `--list` includes every catalog.
#[test]
fn list_includes_every_catalog() {
    let run = self::run(&["--json", "--list"]);
    assert_eq!(run.status, 0);
    let lines = json_lines(&run);
    let all: Vec<AnyCode> = AnyCode::all().collect();
    assert_eq!(lines.len(), all.len());
    for (line, code) in lines.iter().zip(all) {
        assert_describes(line, code);
    }
    let text = self::run(&["--list"]);
    assert_eq!(text.status, 0);
    for code in [
        AnyCode::from(PowerAutomateError::ALL[0]),
        AnyCode::from(OrchestratorCode::ALL[0]),
        AnyCode::from(LogonStatus::ALL[0]),
        AnyCode::from(DataverseError::ALL[0]),
    ] {
        assert!(text.stdout.contains(code.name()), "{}", code.name());
    }
}

// Issue 20, "Why" rows about `explain`.

/// How many times `label:` starts a line of `text`.
fn count_label(text: &str, label: &str) -> usize {
    let label = format!("{label}:");
    text.lines()
        .filter(|line| line.trim_start().starts_with(&label))
        .count()
}

// Row: "`explain UIFlowAlreadyRunning` prints its `Retry:` line twice (every Power Automate
// code, stdin too)".
#[test]
fn every_fact_is_said_once() {
    let mut bodies = String::new();
    for &code in PowerAutomateError::ALL {
        let run = run(&[code.code()]);
        assert_eq!(run.status, 0, "{code:?}");
        let explanations = AnyCode::lookup(code.code()).len();
        assert_eq!(
            count_label(&run.stdout, "Retry"),
            explanations,
            "{}",
            run.stdout
        );
        assert_eq!(count_label(&run.stdout, "HTTP status"), 1, "{}", run.stdout);
        bodies.push_str(&format!(
            "{{\"error\": {{\"code\": \"{}\", \"message\": \"m\"}}}}\n",
            code.code()
        ));
    }
    // Every body on standard input, one a line: one explanation each, one Retry line each.
    let run = run_stdin(&["-"], bodies.as_bytes());
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        count_label(&run.stdout, "Retry"),
        PowerAutomateError::ALL.len()
    );
    let last = PowerAutomateError::ALL.len();
    assert!(
        run.stdout
            .contains(&format!("Standard input, line {last}: ")),
        "{}",
        run.stdout
    );
}

// Row: "nothing fits an 80-column terminal: `1002` has a 223-column line, `--list` 3,866 lines
// over 80, `--help` 90".
#[test]
fn text_fits_the_terminal_and_urls_are_whole() {
    let cases: [&[&str]; 8] = [
        &["1002"],
        &["--verbose", "1002"],
        &["-1073741477"],
        &["--verbose", "UIFlowAlreadyRunning"],
        &["ActionFailed", "0x80040217"],
        &["--list"],
        &["--help"],
        &["--version"],
    ];
    for args in cases {
        for width in [80, 60] {
            let run = run_columns(width, args);
            assert_eq!(run.status, 0, "{args:?}: {}", run.stderr);
            assert!(!run.stdout.is_empty());
            let wide = too_wide(&run.stdout, width);
            assert!(wide.is_empty(), "{args:?} at {width}: {wide:#?}");
        }
    }
    // Without COLUMNS and without a terminal: 80 columns.
    let run = run(&["1002"]);
    assert!(too_wide(&run.stdout, 80).is_empty(), "{}", run.stdout);
    assert!(
        run.stdout.lines().any(|l| l.chars().count() > 60),
        "{}",
        run.stdout
    );
    // Continuation lines are indented under the value: the description of 1002, wrapped.
    let run = run_columns(60, &["1002"]);
    let description = OrchestratorCode::ItemNotFound
        .info()
        .description
        .expect("1002 has a description");
    assert!(words(&run.stdout).contains(&words(description)));
    let line = run
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with("Description:"))
        .expect("a Description line");
    let column = line.len() - line["  Description:".len()..].trim_start().len();
    let next = run
        .stdout
        .lines()
        .skip_while(|l| *l != line)
        .nth(1)
        .unwrap();
    assert_eq!(
        next.len() - next.trim_start().len(),
        column,
        "{}",
        run.stdout
    );
    // A link's URL is never broken, however narrow the terminal.
    let status = LogonStatus::from_i32(-1_073_741_477).unwrap();
    let url = status.info().resolution_links[0].url;
    let run = run_columns(30, &["-1073741477"]);
    assert!(
        run.stdout.lines().any(|l| l.trim() == url),
        "{}",
        run.stdout
    );
}

// Row: "the default view shows bookkeeping meant for maintainers".
#[test]
fn provenance_only_with_verbose() {
    let name = OrchestratorCode::ItemNotFound.info();
    let logon = LogonStatus::LogonTypeNotGranted.info();
    let pa_source = PowerAutomateError::UIFlowAlreadyRunning.source();
    let cases = [
        (
            "1002",
            vec!["Name evidence", "grade", "(D1)", name.name_source],
        ),
        (
            "-1073741477",
            vec!["Name from", logon.name_source, "56909675"],
        ),
        ("UIFlowAlreadyRunning", vec![pa_source.url, "/blob/"]),
    ];
    for (input, hidden) in cases {
        let plain = run(&[input]);
        let verbose = run(&["--verbose", input]);
        assert_eq!((plain.status, verbose.status), (0, 0), "{input}");
        for text in &hidden {
            assert!(
                !plain.stdout.contains(text),
                "{input}: {text} in {}",
                plain.stdout
            );
        }
        // --verbose shows every hidden fact that is data (not a word of the old labels).
        let all = words(&verbose.stdout);
        let source = AnyCode::lookup(input).iter().next().unwrap().source();
        assert!(all.contains(&words(source.document)), "{all}");
        assert!(verbose.stdout.contains(source.url), "{all}");
        assert!(verbose.stdout.len() > plain.stdout.len());
    }
    let all = words(&run(&["-v", "1002"]).stdout);
    assert!(all.contains(&words(name.name_source)), "{all}");
    assert!(all.contains("Name grade: S"), "{all}");
    let all = words(&run(&["--verbose", "-1073741477"]).stdout);
    assert!(all.contains(&words(logon.name_source)), "{all}");
}

// Row: "it is strict where a person pastes".
#[test]
fn pasted_codes_are_read() {
    let dataverse = AnyCode::from(DataverseError::from_hresult(0x8004_0217).unwrap());
    let logon = AnyCode::from(LogonStatus::from_i32(-1_073_741_477).unwrap());
    let jobs = AnyCode::from(OrchestratorCode::from_u16(1670).unwrap());
    let flow = AnyCode::from(PowerAutomateError::UIFlowAlreadyRunning);
    let cases = [
        (" UIFlowAlreadyRunning ", flow),
        ("1670 ", jobs),
        ("\t1670\n", jobs),
        ("80040217", dataverse),
        ("c000015b", logon),
        ("C000015B", logon),
        ("2147746327", dataverse),
        ("3221225819", logon),
        ("errorCode 1670", jobs),
        ("error code: 1670", jobs),
        ("errorCode: 1670", jobs),
        ("\"errorCode\": 1670,", jobs),
        ("\"1670\"", jobs),
    ];
    for (input, expected) in cases {
        let run = run(&["--json", input]);
        assert_eq!(run.status, 0, "{input:?}: {}", run.stderr);
        let lines = json_lines(&run);
        assert_eq!(lines.len(), 1, "{input:?}: {}", run.stdout);
        assert_describes(&lines[0], expected);
        assert_eq!(lines[0]["input"], input, "the input is echoed as given");
    }
    // Nothing to explain is a usage error: exit 2, and nothing else is explained.
    for args in [&[""][..], &["   "], &["1670", ""], &["\"\""]] {
        let run = run(args);
        assert_eq!(run.status, 2, "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}");
        assert!(run.stderr.contains("no code"), "{}", run.stderr);
    }
    // A label this program does not know is not taken away.
    assert_eq!(run(&["retry 1670"]).status, 1);
}

// Row: "`--list orchestrator` prints all 4,248 lines and then an error".
#[test]
fn list_one_catalog() {
    let run = run(&["--list", "orchestrator"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines.len(),
        1 + OrchestratorCode::ALL.len(),
        "{}",
        run.stdout
    );
    for (line, code) in lines[1..].iter().zip(OrchestratorCode::ALL) {
        assert!(
            line.contains(&format!("{} {}", code.code(), code.name())),
            "{line}"
        );
    }
    for args in [
        &["--json", "--list", "windows_logon"][..],
        &["--json", "--list=windows_logon"],
    ] {
        let run = self::run(args);
        assert_eq!(run.status, 0);
        let lines = json_lines(&run);
        assert_eq!(lines.len(), LogonStatus::ALL.len(), "{args:?}");
        for (line, &status) in lines.iter().zip(LogonStatus::ALL) {
            assert_describes(line, status.into());
        }
    }
    // An unknown catalog: a usage error naming the catalogs, before anything is printed.
    let run = self::run(&["1670", "--list", "uipath"]);
    assert_eq!(run.status, 2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    for catalog in Catalog::ALL {
        assert!(run.stderr.contains(catalog.id()), "{}", run.stderr);
    }
}

// Row: "two bodies on stdin (one per line, as in a log) fail with 'trailing characters'".
#[test]
fn several_bodies_on_stdin() {
    let first = r#"{"error": {"code": "UIFlowAlreadyRunning", "message": "busy"}}"#;
    let second = r#"{"message": "m", "errorCode": 1670, "traceId": "00-ab-cd-01"}"#;
    for (input, second_line) in [
        (format!("{first}\n{second}\n"), 2),
        (format!("{first}{second}"), 1),
        (format!("\n\n{first}\n\n  {second}"), 5),
    ] {
        let run = run_stdin(&["--json", "-"], input.as_bytes());
        assert_eq!(run.status, 0, "{}", run.stderr);
        let lines = json_lines(&run);
        assert_eq!(lines.len(), 2, "{}", run.stdout);
        assert_describes(&lines[0], PowerAutomateError::UIFlowAlreadyRunning.into());
        assert_describes(&lines[1], OrchestratorCode::from_u16(1670).unwrap().into());
        assert_eq!(lines[1]["body"]["line"], second_line, "{input:?}");
        let text = run_stdin(&["-"], input.as_bytes());
        assert!(
            text.stdout
                .contains(&format!("Standard input, line {second_line}: ")),
            "{}",
            text.stdout
        );
    }
    // Something that is not JSON after a body: the body is explained, then exit 2.
    let run = run_stdin(&["--json", "-"], format!("{first}\nnot json\n").as_bytes());
    assert_eq!(run.status, 2);
    assert_eq!(json_lines(&run).len(), 1);
    assert!(run.stderr.contains("line 2"), "{}", run.stderr);
    // The worst status of all the bodies.
    let unknown = r#"{"error": {"code": "NoSuchCodeAnywhere"}}"#;
    let run = run_stdin(&["-"], format!("{first}\n{unknown}").as_bytes());
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(run.stderr.contains("line 2"), "{}", run.stderr);
}

// Row: "`--json -` replaces the body's own `message` with the catalog's".
#[test]
fn json_keeps_what_the_body_said() {
    let body = r#"{"message": "The robots already have pending jobs for this Process",
                   "errorCode": 1670, "traceId": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"}"#;
    let run = run_stdin(&["--json", "-"], body.as_bytes());
    assert_eq!(run.status, 0);
    let line = &json_lines(&run)[0];
    let code = OrchestratorCode::PendingJobsAlreadyExist;
    assert_describes(line, code.into());
    assert_eq!(
        line["body"]["message"],
        "The robots already have pending jobs for this Process"
    );
    assert_eq!(
        line["body"]["trace_id"],
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    );
    assert_eq!(line["body"]["kind"], "orchestrator");
    assert_eq!(line["body"]["code"], "1670");
    assert_eq!(line["body"]["inner"], serde_json::json!([]));
    // The text shows both: the body's message and the catalog's.
    let text = words(&run_stdin(&["-"], body.as_bytes()).stdout);
    assert!(
        text.contains("already have pending jobs for this Process"),
        "{text}"
    );
    assert!(text.contains(&words(code.message().unwrap())), "{text}");
}

// ActionFailed is the cloud-flow wrapper a desktop-flow failure arrives in.
#[test]
fn action_failed_shows_the_desktop_flow_code() {
    let inner = PowerAutomateError::WindowsIdentityIncorrect;
    let wrapped = [
        r#"{"error": {"code": "ActionFailed", "message": "An action failed.",
            "innerError": {"code": "WindowsIdentityIncorrect", "message": "bad credentials"}}}"#,
        r#"{"error": {"code": "ActionFailed", "message": "An action failed.",
            "details": [{"code": "WindowsIdentityIncorrect", "message": "bad credentials"}]}}"#,
    ];
    for body in wrapped {
        let run = run_stdin(&["--json", "-"], body.as_bytes());
        assert_eq!(run.status, 0, "{}", run.stderr);
        let line = &json_lines(&run)[0];
        assert_describes(line, CloudFlowError::ActionFailed.into());
        assert_eq!(line["body"]["message"], "An action failed.");
        let found = &line["body"]["inner"][0];
        assert_eq!(found["code"], "WindowsIdentityIncorrect");
        assert_eq!(found["catalog"], "power_automate");
        assert_eq!(found["message"], "bad credentials");
        let text = run_stdin(&["-"], body.as_bytes()).stdout;
        let all = words(&text);
        assert!(
            all.contains("wrapper a desktop-flow failure arrives in"),
            "{all}"
        );
        assert!(all.contains(&words(inner.mitigation())), "{all}");
        assert!(
            text.contains("WindowsIdentityIncorrect (Power Automate error)"),
            "{text}"
        );
    }
    // Without the inner code: where it sits.
    let bare = r#"{"error": {"code": "ActionFailed", "message": "An action failed."}}"#;
    let run = run_stdin(&["-"], bare.as_bytes());
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        words(&run.stdout).contains("failed action's outputs"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("ActionFailed (Power Automate cloud-flow error)")
    );
}

// Row: "`--help` has no example command lines and points to 'the schema in the README';
// `--version` says `explain 0.1.0` and nothing about the catalogs' dates".
#[test]
fn help_and_version_say_what_a_user_needs() {
    let help = run(&["--help"]);
    assert_eq!(help.status, 0);
    for example in [
        "explain 1670",
        "explain -1073741477",
        "| explain -",
        "explain --list orchestrator",
        "--json-schema",
        "--verbose",
        "--color",
        "Exit status",
    ] {
        assert!(help.stdout.contains(example), "{example}: {}", help.stdout);
    }
    assert!(!help.stdout.contains("README"), "{}", help.stdout);
    let all = words(&help.stdout);
    for (catalog, source) in [
        ("power_automate", power_automate::NEWEST_SOURCE),
        ("orchestrator", orchestrator::NEWEST_SOURCE),
        ("windows_logon", windows_logon::NEWEST_SOURCE),
        ("cloud_flow", cloud_flow::NEWEST_SOURCE),
    ] {
        assert!(all.contains(catalog), "{catalog}");
        assert!(all.contains(&words(source.document)), "{catalog}: {all}");
        assert!(help.stdout.contains(source.url), "{catalog}");
    }
    let version = run(&["--version"]);
    assert_eq!(version.status, 0);
    assert!(version.stdout.contains(env!("CARGO_PKG_VERSION")));
    for (catalog, date) in [
        ("power_automate", power_automate::SOURCE_DATE),
        ("windows_logon", windows_logon::SOURCE_DATE),
        ("cloud_flow", cloud_flow::SOURCE_DATE),
    ] {
        let date = date.expect("a dated catalog");
        let line = version
            .stdout
            .lines()
            .find(|l| l.trim_start().starts_with(catalog))
            .unwrap_or_else(|| panic!("{catalog}: {}", version.stdout));
        assert!(line.contains(date), "{line}");
    }
    assert!(version.stdout.contains("2025-09-11"), "{}", version.stdout);
    assert!(words(&version.stdout).contains(orchestrator::NEWEST_SOURCE.document));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    const ESCAPE: &str = "\u{1b}[";
    let always = run(&["--color", "always", "UIFlowAlreadyRunning"]);
    assert!(always.stdout.contains(ESCAPE), "{}", always.stdout);
    // The retry class is styled on its own.
    assert!(
        always.stdout.contains("throttled\u{1b}["),
        "{:?}",
        always.stdout
    );
    let never = run(&["--color=never", "UIFlowAlreadyRunning"]);
    assert!(!never.stdout.contains(ESCAPE));
    // Standard output is a pipe here: no colour by default, nor with NO_COLOR.
    assert!(!run(&["UIFlowAlreadyRunning"]).stdout.contains(ESCAPE));
    let no_color = run_with(&os(&["UIFlowAlreadyRunning"]), None, &[("NO_COLOR", "1")]);
    assert!(!no_color.stdout.contains(ESCAPE));
    // The words are the same either way.
    assert_eq!(words(&never.stdout), words(&no_color.stdout));
    let bad = run(&["--color", "sometimes", "1670"]);
    assert_eq!(bad.status, 2);
    assert!(bad.stdout.is_empty());
    // JSON is never coloured.
    let json = run(&["--color", "always", "--json", "1670"]);
    assert!(!json.stdout.contains(ESCAPE));
}

#[test]
fn an_ordered_list_is_numbered_as_markdown_renders_it() {
    // The vendor's text numbers every step of ActionFailed's fixes `1.`; a reader sees 1 to 4.
    let run = run_columns(200, &["ActionFailed"]);
    let numbers: Vec<&str> = run
        .stdout
        .lines()
        .filter_map(|line| {
            let line = line.trim_start().trim_start_matches("Fixes:").trim_start();
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            (digits > 0 && line[digits..].starts_with(". ")).then(|| &line[..digits])
        })
        .collect();
    assert_eq!(numbers, ["1", "2", "3", "4"], "{}", run.stdout);
    assert!(
        run.stdout.contains("2. Expand Outputs to display"),
        "{}",
        run.stdout
    );
}
