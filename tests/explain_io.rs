//! The `explain` program's standard input and output: error bodies, what is not one, exit
//! statuses, a reader that stops early, and the `--json` output against its schema. Expected
//! facts come from the library's catalogs and the vendors' samples, never from the program's
//! own output.

mod explain_support;

use std::process::{Command, Stdio};

use explain_support::{assert_describes, json_lines, run, run_stdin, sample, schema_errors};
use rpa_error_codes::dataverse::DataverseError;
use rpa_error_codes::windows_logon::LogonStatus;
use rpa_error_codes::{AnyCode, OrchestratorCode, PowerAutomateError};
use serde_json::Value;

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
    // Text that is not JSON is scanned for codes: none found is a code not found (1).
    for input in [
        &b"not json"[..],
        b"\xff\xfe{}",
        b"error 1101 without a cue word",
    ] {
        let run = self::run_stdin(&["-"], input);
        assert_eq!(
            run.status,
            1,
            "{:?}: {}",
            String::from_utf8_lossy(input),
            run.stderr
        );
        assert!(run.stdout.is_empty());
        assert_eq!(run.stderr, "explain: no code found in standard input\n");
    }
    let cases: [&[u8]; 5] = [
        b"",
        b"[1, 2]",
        b"{}",
        br#"{"error": 5}"#,
        br#"{"errorcode": 1}"#,
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

// `--json-schema` describes every key `--json` writes, and every object has the keys it
// requires.
#[test]
fn json_output_follows_its_schema() {
    let printed = run(&["--json-schema"]);
    assert_eq!(printed.status, 0);
    let schema: Value = serde_json::from_str(&printed.stdout).expect("the schema is JSON");
    assert_eq!(schema["type"], "object");
    let mut outputs = Vec::new();
    outputs.extend(json_lines(&run(&["--json", "--list"])));
    outputs.extend(json_lines(&run(&[
        "--json",
        "NoSuchCode",
        "1607",
        "LogonTypeNotGranted",
    ])));
    let bodies: Vec<Vec<u8>> = [
        "power_automate/01.json",
        "power_automate/07.json",
        "power_automate/08.json",
        "power_automate/09.json",
        "power_automate/10.json",
        "uipath/01.json",
        "uipath/05.json",
        "uipath/06.json",
        "uipath/07.json",
        "uipath/12.json",
        "uipath/13.json",
        "uipath/14.json",
        "uipath/15.json",
        "uipath/16.json",
    ]
    .iter()
    .map(|path| sample(path))
    .chain([
        br#"{"message": "a lone message"}"#.to_vec(),
        br#"{"error": {"code": "ActionFailed", "innerError": {"code": 5}}}"#.to_vec(),
        br#"{"error": {"code": "Unheard", "message": "m"}}"#.to_vec(),
    ])
    .collect();
    for body in &bodies {
        outputs.extend(json_lines(&run_stdin(&["--json", "-"], body)));
    }
    let mut kinds = std::collections::BTreeSet::new();
    for output in &outputs {
        let errors = schema_errors(&schema, output, "$");
        assert!(errors.is_empty(), "{output}: {errors:#?}");
        if let Some(kind) = output["body"]["kind"].as_str() {
            kinds.insert(kind.to_owned());
        }
    }
    assert!(kinds.len() >= 5, "{kinds:?}");
    // The check can fail: an undescribed key, a missing required key, a wrong type.
    let mut wrong = outputs[0].clone();
    wrong["extra"] = Value::Null;
    wrong.as_object_mut().unwrap().remove("catalog");
    wrong["http_status"] = "429".into();
    assert_eq!(schema_errors(&schema, &wrong, "$").len(), 3);
}

#[test]
fn text_is_scanned_for_codes_with_where_each_stood() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/scan");
    // The forum and log texts of the scan fixtures: each code is found, by stdin and --scan.
    let log = "get-uipathprocess : The operation returned an error: 1101: An organization unit is required for this action.\nCdsError\nError code: 0x80048306. Http status code: Forbidden.\n";
    let run = self::run_stdin(&["--json", "-"], log.as_bytes());
    assert_eq!(run.status, 0, "{}", run.stderr);
    let finds: Vec<(String, u64, u64)> = json_lines(&run)
        .iter()
        .map(|o| {
            (
                o["code"].as_str().unwrap().to_owned(),
                o["found"]["line"].as_u64().unwrap(),
                o["found"]["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        finds,
        [("1101".to_owned(), 1, 54), ("0x80048306".to_owned(), 3, 13)]
    );
    // Typographic quotes: not JSON, said so, then scanned.
    let body = "{\u{201c}message\u{201d}:\u{201c}x\u{201d},\u{201c}errorCode\u{201d}:1101}";
    let run = self::run_stdin(&["-"], body.as_bytes());
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stderr.contains("reading it as text"), "{}", run.stderr);
    assert!(
        run.stdout.starts_with("standard input:1:"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("1101 RequiredOrganizationUnit"),
        "{}",
        run.stdout
    );
    // --scan FILE...: each file by name; a code found twice is explained once.
    let file = std::env::temp_dir().join("explain-scan-test.log");
    std::fs::write(&file, "a\nUIFlowAlreadyRunning then UIFlowAlreadyRunning\n").unwrap();
    let run = self::run(&["--scan", file.to_str().unwrap()]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let name = file.display().to_string();
    assert!(
        run.stdout
            .contains(&format!("{name}:2:1: UIFlowAlreadyRunning")),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains(&format!("{name}:2:27: UIFlowAlreadyRunning")),
        "{}",
        run.stdout
    );
    assert_eq!(run.stdout.matches("Retry:").count(), 1, "{}", run.stdout);
    // A missing file is an error (2); no file is a usage error (2).
    assert_eq!(self::run(&["--scan", "/nonexistent/explain.log"]).status, 2);
    assert_eq!(self::run(&["--scan"]).status, 2);
    // Every fixture of the scan's examples has a code that --scan finds.
    for name in [
        "dataverse_truncated.log",
        "installer_cds_error.txt",
        "orchestrator_typographic_quotes.txt",
        "power_automate_action_log.log",
        "powershell_1101.txt",
    ] {
        let run = self::run(&["--json", "--scan", &format!("{dir}/{name}")]);
        assert_eq!(run.status, 0, "{name}: {}", run.stderr);
        assert!(!json_lines(&run).is_empty(), "{name}");
    }
}

// A log is answered as it is read: the first code's answer comes while standard input is still
// open. (The limit only keeps a broken build from hanging the suite; nothing is timed.)
#[test]
fn text_on_standard_input_is_answered_before_it_ends() {
    use std::io::{BufRead as _, BufReader, Write as _};

    let mut child = Command::new(env!("CARGO_BIN_EXE_explain"))
        .args(["--color", "never", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(b"10:20:00 ERR run failed: UIFlowAlreadyRunning\n")
        .unwrap();
    stdin.flush().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut first = String::new();
        let _ = BufReader::new(stdout).read_line(&mut first);
        let _ = sender.send(first);
    });
    let first = receiver
        .recv_timeout(std::time::Duration::from_secs(120))
        .expect("an answer while standard input is open");
    assert_eq!(
        first,
        "standard input:1:26: UIFlowAlreadyRunning (Power Automate error)\n"
    );
    drop(stdin);
    assert!(child.wait().unwrap().success());
}
