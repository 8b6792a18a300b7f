//! The `explain` program (feature `cli`), run as a user runs it.
//!
//! Each case of the issue "What a new user meets first" about `explain` is tried as written
//! there. Expected facts come from the library's catalogs and the vendors' samples, never from
//! the program's own output.

use std::ffi::OsString;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use rpa_error_codes::dataverse::DataverseError;
use rpa_error_codes::windows_logon::LogonStatus;
use rpa_error_codes::{AnyCode, CloudFlowError, OrchestratorCode, PowerAutomateError};
use serde_json::Value;

/// What a run gave.
struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run_os(args: &[OsString], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_explain"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("explain starts");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        // The program may stop reading once it knows the input is no body; what it says
        // about it is what the tests check.
        match pipe.write_all(input) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            written => written.expect("stdin takes the body"),
        }
    }
    let output = child.wait_with_output().expect("explain ends");
    let run = Run {
        status: output.status.code().expect("explain exits, no signal"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "explain panicked: {}",
        run.stderr
    );
    run
}

fn run(args: &[&str]) -> Run {
    let args: Vec<OsString> = args.iter().map(OsString::from).collect();
    run_os(&args, None)
}

fn run_stdin(args: &[&str], stdin: &[u8]) -> Run {
    let args: Vec<OsString> = args.iter().map(OsString::from).collect();
    run_os(&args, Some(stdin))
}

fn sample(path: &str) -> Vec<u8> {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/samples")
        .join(path);
    std::fs::read(&full).unwrap_or_else(|e| panic!("cannot read {}: {e}", full.display()))
}

/// The JSON lines of a `--json` run.
fn json_lines(run: &Run) -> Vec<Value> {
    run.stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}")))
        .collect()
}

/// The catalog name of the JSON output: the catalog's module.
fn catalog_id(code: AnyCode) -> &'static str {
    code.catalog().id()
}

/// Checks a JSON object against the catalog's facts for `code`.
fn assert_describes(object: &Value, code: AnyCode) {
    assert_eq!(object["catalog"], catalog_id(code), "{object}");
    assert_eq!(object["code"], code.as_str(), "{object}");
    assert_eq!(object["name"], code.name(), "{object}");
    assert_eq!(
        object["message"],
        serde_json::json!(code.message()),
        "{object}"
    );
    assert_eq!(
        object["http_status"],
        serde_json::json!(code.http_status()),
        "{object}"
    );
    assert_eq!(
        object["retry"]["class"],
        code.retry_class().as_str(),
        "{object}"
    );
    assert_eq!(object["retry"]["reason"], code.retry_reason(), "{object}");
    let source = code.source();
    assert_eq!(object["source"]["document"], source.document);
    assert_eq!(object["source"]["date"], serde_json::json!(source.date));
    assert_eq!(object["source"]["url"], source.url);
}

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
        assert!(
            run.stdout
                .contains(status.message().lines().next().unwrap())
        );
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
// `explain 429` suggested 1000, 1001, 1002.
#[test]
fn suggestions_only_when_close() {
    for input in ["", "429"] {
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

// Issue 11 and the row about exit codes: bodies on stdin, every catalog, same statuses as
// arguments.
#[test]
fn bodies_on_stdin() {
    let cases: [(&str, Option<AnyCode>); 6] = [
        (
            "power_automate/01.json",
            Some(PowerAutomateError::WindowsIdentityIncorrect.into()),
        ),
        (
            "power_automate/07.json",
            LogonStatus::from_i32(-1_073_741_477).map(AnyCode::from),
        ),
        (
            "power_automate/08.json",
            DataverseError::from_hresult(0x8004_0220).map(AnyCode::from),
        ),
        (
            "uipath/01.json",
            OrchestratorCode::from_u16(1009).map(AnyCode::from),
        ),
        // A flowsession row without an errorcode, and Identity's own 1002: no code.
        ("power_automate/09.json", None),
        ("uipath/12.json", None),
    ];
    for (path, expected) in cases {
        let run = self::run_stdin(&["--json", "-"], &sample(path));
        assert_eq!(run.status, 0, "{path}: {}", run.stderr);
        let lines = json_lines(&run);
        assert_eq!(lines.len(), 1, "{path}");
        match expected {
            Some(code) => assert_describes(&lines[0], code),
            None => assert_eq!(lines[0]["catalog"], Value::Null, "{path}"),
        }
        let text = self::run_stdin(&["-"], &sample(path));
        assert_eq!(text.status, 0, "{path}");
        if let Some(code) = expected {
            assert!(text.stdout.contains(code.name()), "{path}: {}", text.stdout);
        }
    }
}

#[test]
fn exit_statuses_agree_between_arguments_and_stdin() {
    // An unknown code: 1 either way.
    let unknown = "NoSuchCodeAnywhere";
    assert!(AnyCode::lookup(unknown).is_empty());
    assert_eq!(self::run(&[unknown]).status, 1);
    let body = format!(r#"{{"error": {{"code": "{unknown}", "message": "m"}}}}"#);
    let run = self::run_stdin(&["-"], body.as_bytes());
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(run.stderr.contains(unknown), "{}", run.stderr);
    let row = format!(r#"{{"statuscode": 8, "errorcode": "{unknown}"}}"#);
    assert_eq!(self::run_stdin(&["-"], row.as_bytes()).status, 1);
    let orchestrator = r#"{"message": "m", "errorCode": 1999}"#;
    assert!(OrchestratorCode::from_u16(1999).is_none());
    assert_eq!(self::run_stdin(&["-"], orchestrator.as_bytes()).status, 1);
    // A known code with an unknown one: the worst wins, and the known one is still explained.
    let run = self::run(&["--json", "1670", unknown]);
    assert_eq!(run.status, 1);
    assert_eq!(json_lines(&run).len(), 2);
}

#[test]
fn what_is_not_a_body_is_a_clear_error() {
    let cases: [&[u8]; 7] = [
        b"",
        b"not json",
        b"[1, 2]",
        b"{}",
        br#"{"error": 5}"#,
        br#"{"errorcode": 1}"#,
        b"\xff\xfe{}",
    ];
    for input in cases {
        let run = self::run_stdin(&["-"], input);
        assert_eq!(
            run.status,
            2,
            "{:?}: {}",
            String::from_utf8_lossy(input),
            run.stderr
        );
        assert!(run.stdout.is_empty());
        assert!(run.stderr.starts_with("explain: "), "{}", run.stderr);
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    }
    // The RunDesktopFlow request is named.
    let run = self::run_stdin(&["-"], &sample("power_automate/12.json"));
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("RunDesktopFlow"), "{}", run.stderr);
    // A huge body that is not an error body is not echoed.
    let huge = format!(r#"{{"{}": 1}}"#, "k".repeat(100_000));
    let run = self::run_stdin(&["-"], huge.as_bytes());
    assert_eq!(run.status, 2);
    assert!(run.stderr.len() < 1024, "{} bytes", run.stderr.len());
    // Standard input is read once.
    assert_eq!(self::run_stdin(&["-", "-"], b"{}").status, 2);
}

// `explain --list | head`: the reader stops early; that is no error and no panic.
#[test]
fn a_reader_that_stops_early_is_no_error() {
    use std::io::Read as _;

    let mut child = Command::new(env!("CARGO_BIN_EXE_explain"))
        .args(["--json", "--list"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("explain starts");
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let output = child.wait_with_output().expect("explain ends");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.code(), Some(0), "{stderr}");
}
