//! Explain an RPA error code to a person: everything the catalogs know about it.
//!
//! ```text
//! cargo run --example explain -- UIFlowAlreadyRunning       # a Power Automate code
//! cargo run --example explain -- 1670                       # an Orchestrator number
//! cargo run --example explain -- PendingJobsAlreadyExist    # an Orchestrator name
//! cargo run --example explain -- InvalidUnattendedMachineSlots   # an Orchestrator alias
//! cargo run --example explain -- uiflowalreadyrunning 1670  # several codes, any ASCII case
//! cargo run --example explain -- --list                     # every code of both catalogs
//! cargo run --example explain --features serde -- - < body.json   # an error body on stdin
//! cargo run --example explain -- --help
//! ```
//!
//! An argument of only ASCII digits is an Orchestrator number. Anything else is looked up
//! exactly first (Power Automate code, then Orchestrator name or alias), then ignoring ASCII
//! case. Several arguments are explained in turn, separated by a blank line.
//!
//! The argument `-` reads a JSON body on standard input (with the `serde` feature), tells
//! whose body it is, and explains its code: a Power Automate error body
//! (`{"error": {"code", "message"}}`) or Dataverse `flowsession` row, an Orchestrator error
//! body (any of its shapes), or the body of another UiPath service, whose numbers are not
//! Orchestrator codes. It says so when the code is not in the catalog. (A `RunDesktopFlow`
//! request body is recognised too, and said to be no error body.)
//!
//! An unknown argument prints one line on stderr naming the three closest known codes
//! (numbers by numeric distance, names by case-insensitive Levenshtein distance), and the exit
//! status is 2; so does a body on standard input that is not JSON, or not an error body this
//! example knows, and `-` without the `serde` feature. Running without arguments prints the
//! usage on stderr, also with exit status 2.

use std::io::Write as _;
use std::process::ExitCode;

use rpa_error_codes::orchestrator::NameEvidence;
use rpa_error_codes::{OrchestratorCode, PowerAutomateError, Source};

const USAGE: &str = "\
usage: explain CODE...
       explain -
       explain --list
       explain --help

CODE is a Power Automate desktop-flow code (UIFlowAlreadyRunning), a UiPath Orchestrator
number (1670), or an Orchestrator name or alias (PendingJobsAlreadyExist). Case is ignored.

  -           read a JSON error body (Power Automate, Dataverse flowsession row, UiPath)
              on standard input and explain it (needs the serde feature)
  --list      print every code of both catalogs, one line per code
  -h, --help  print this help";

/// Appends a line to the output buffer (like `println!`; writing to a `String` cannot fail).
macro_rules! put {
    ($out:expr) => {
        $out.push('\n')
    };
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out, $($arg)*);
    }};
}

/// A code found in one of the two catalogs.
#[derive(Clone, Copy)]
enum Found {
    PowerAutomate(PowerAutomateError),
    Orchestrator(OrchestratorCode),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }

    let mut status = ExitCode::SUCCESS;
    let mut printed_any = false;
    let mut buffer = String::new();
    let out = &mut buffer;
    for arg in &args {
        if arg == "--list" {
            separate(out, &mut printed_any);
            print_list(out);
            continue;
        }
        if arg == "-" {
            let mut explained = String::new();
            match explain_stdin(&mut explained) {
                Ok(()) => {
                    separate(out, &mut printed_any);
                    out.push_str(&explained);
                }
                Err(message) => {
                    eprintln!("explain: {message}");
                    status = ExitCode::from(2);
                }
            }
            continue;
        }
        if arg.starts_with('-') && arg.len() > 1 {
            eprintln!("explain: unknown option {arg:?} (try --help)");
            status = ExitCode::from(2);
            continue;
        }
        match lookup(arg) {
            Some(found) => {
                separate(out, &mut printed_any);
                match found {
                    Found::PowerAutomate(code) => explain_power_automate(out, code),
                    Found::Orchestrator(code) => explain_orchestrator(out, code),
                }
            }
            None => {
                eprintln!(
                    "explain: unknown code {arg:?}; closest known: {}",
                    closest(arg, 3).join(", ")
                );
                status = ExitCode::from(2);
            }
        }
    }
    match std::io::stdout().lock().write_all(buffer.as_bytes()) {
        // A reader that stops early (`explain --list | head`) is not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("explain: cannot write the output: {e}");
            ExitCode::FAILURE
        }
        _ => status,
    }
}

/// Reads a JSON body on standard input and explains it; `Err` says why it cannot.
#[cfg(feature = "serde")]
fn explain_stdin(out: &mut String) -> Result<(), String> {
    use std::io::Read as _;

    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    body::explain(out, &text)
}

/// Without the `serde` feature there is no body to read.
#[cfg(not(feature = "serde"))]
fn explain_stdin(_: &mut String) -> Result<(), String> {
    Err(
        "reading a body on standard input (-) needs the serde feature: \
         cargo run --example explain --features serde -- -"
            .to_string(),
    )
}

/// Prints the blank line between two explanations.
fn separate(out: &mut String, printed_any: &mut bool) {
    if *printed_any {
        put!(out);
    }
    *printed_any = true;
}

/// Whether `arg` is an Orchestrator number: only ASCII digits.
fn is_number(arg: &str) -> bool {
    !arg.is_empty() && arg.bytes().all(|b| b.is_ascii_digit())
}

/// Finds `arg` in either catalog: numbers in Orchestrator; names exactly, then ignoring case.
fn lookup(arg: &str) -> Option<Found> {
    if is_number(arg) {
        return arg
            .parse::<u16>()
            .ok()
            .and_then(OrchestratorCode::from_u16)
            .map(Found::Orchestrator);
    }
    PowerAutomateError::from_code(arg)
        .map(Found::PowerAutomate)
        .or_else(|| OrchestratorCode::from_name(arg).map(Found::Orchestrator))
        .or_else(|| PowerAutomateError::from_code_ignore_ascii_case(arg).map(Found::PowerAutomate))
        .or_else(|| OrchestratorCode::from_name_ignore_ascii_case(arg).map(Found::Orchestrator))
}

/// Prints a `label: value` line, labels aligned; an empty label continues the line above.
fn field(out: &mut String, label: &str, value: impl std::fmt::Display) {
    let label = if label.is_empty() {
        String::new()
    } else {
        format!("{label}:")
    };
    put!(out, "  {label:<16} {value}");
}

/// Prints `text` under a label, every line indented.
fn block(out: &mut String, label: &str, text: &str) {
    put!(out, "  {label}:");
    for line in text.lines() {
        put!(out, "      {line}");
    }
}

fn print_source(out: &mut String, source: &Source) {
    match source.date {
        Some(date) => field(
            out,
            "Source",
            format_args!("{}, version of {date}", source.document),
        ),
        None => field(out, "Source", source.document),
    }
    field(out, "", source.url);
}

fn explain_power_automate(out: &mut String, code: PowerAutomateError) {
    let info = code.info();
    put!(out, "{} (Power Automate desktop-flow error)", info.code);
    field(out, "HTTP status", info.http_status);
    field(out, "Run modes", info.run_modes);
    match info.platform {
        Some(platform) => field(out, "Platform", format_args!("{platform} only")),
        None => field(out, "Platform", "no limit stated"),
    }
    field(
        out,
        "Transient",
        format_args!(
            "{}: {}",
            if info.retry_class.is_retryable() {
                "yes, retrying later can succeed"
            } else {
                "no, retrying alone will not help"
            },
            info.retry_reason
        ),
    );
    match info.retired_in {
        Some(date) => {
            field(
                out,
                "Status",
                format_args!("RETIRED (absent from the table of {date})"),
            );
            if !info.replaced_by.is_empty() {
                let names: Vec<&str> = info.replaced_by.iter().map(|c| c.code()).collect();
                field(out, "Replaced by", names.join(", "));
            }
        }
        None => field(out, "Status", "current"),
    }
    block(out, "Mitigation", code.mitigation());
    if info.links.is_empty() {
        field(out, "Links", "none");
    } else {
        put!(out, "  Links:");
        for link in info.links {
            put!(out, "      {}", link.text);
            put!(out, "        {}", link.url);
        }
    }
    field(
        out,
        "First seen",
        format_args!("table version of {}", info.first_seen),
    );
    print_source(out, &info.source);
}

fn explain_orchestrator(out: &mut String, code: OrchestratorCode) {
    let info = code.info();
    put!(
        out,
        "{} {} (UiPath Orchestrator error)",
        info.code,
        info.name
    );
    field(out, "Number", info.code);
    field(out, "Name", info.name);
    field(
        out,
        "Name evidence",
        format_args!("{} (grade {})", info.name_evidence, info.name_grade),
    );
    field(out, "Name source", info.name_source);
    if info.name_evidence == NameEvidence::Inferred {
        put!(
            out,
            "  WARNING: the name {} is inferred, not stated by any source; \
             verify it against a live Orchestrator before relying on it.",
            info.name
        );
    }
    if info.aliases.is_empty() {
        field(out, "Aliases", "none");
    } else {
        field(out, "Aliases", info.aliases.join(", "));
    }
    field(
        out,
        "Category",
        format_args!(
            "{} ({})",
            info.category,
            if info.category_from_label {
                "from the table's label"
            } else {
                "by number range"
            }
        ),
    );
    field(out, "Message", info.message.unwrap_or("not documented"));
    field(
        out,
        "Message source",
        info.message_source.unwrap_or(match info.message {
            Some(_) => "the row's source (below)",
            None => "-",
        }),
    );
    match info.description {
        Some(description) => block(out, "Description", description),
        None => field(out, "Description", "none"),
    }
    match info.http_status {
        Some(status) => field(
            out,
            "HTTP status",
            format_args!(
                "{status} (source: {})",
                info.http_status_source.unwrap_or("not recorded")
            ),
        ),
        None => field(out, "HTTP status", "not stated by any source"),
    }
    match info.notes {
        Some(notes) => block(out, "Notes", notes),
        None => field(out, "Notes", "none"),
    }
    print_source(out, &info.source);
}

/// Prints one line per code of both catalogs, with a header line per catalog.
fn print_list(out: &mut String) {
    let code_width = PowerAutomateError::ALL
        .iter()
        .map(|c| c.code().len())
        .max()
        .unwrap_or(0);
    let modes_width = "Attended, Unattended".len();
    put!(
        out,
        "{:<code_width$}  {:>4}  {:<modes_width$}  {:<9}  RETIRED",
        "POWER AUTOMATE CODE",
        "HTTP",
        "RUN MODES",
        "TRANSIENT"
    );
    for code in PowerAutomateError::ALL {
        let info = code.info();
        let retired = match info.retired_in {
            Some(date) => format!("retired {date}"),
            None => "-".to_string(),
        };
        put!(
            out,
            "{:<code_width$}  {:>4}  {:<modes_width$}  {:<9}  {retired}",
            info.code,
            info.http_status,
            info.run_modes.to_string(),
            if info.retry_class.is_retryable() {
                "yes"
            } else {
                "no"
            },
        );
    }

    put!(out);
    let name_width = OrchestratorCode::ALL
        .iter()
        .map(|c| c.name().len())
        .max()
        .unwrap_or(0);
    put!(
        out,
        "{:<12}  {:<name_width$}  {:<9}  {:<17}  MESSAGE",
        "ORCHESTRATOR",
        "NAME",
        "EVIDENCE",
        "CATEGORY"
    );
    for code in OrchestratorCode::ALL {
        let info = code.info();
        put!(
            out,
            "{:<12}  {:<name_width$}  {:<9}  {:<17}  {}",
            info.code,
            info.name,
            info.name_evidence.to_string(),
            info.category.as_str(),
            info.message.unwrap_or("-"),
        );
    }
}

/// Every known spelling, in catalog order: Power Automate codes, then per Orchestrator code its
/// name, aliases and number. For a numeric `input`, only the Orchestrator numbers.
fn candidates(numeric: bool) -> Vec<String> {
    let mut all = Vec::new();
    if numeric {
        all.extend(OrchestratorCode::ALL.iter().map(|c| c.code().to_string()));
        return all;
    }
    all.extend(PowerAutomateError::ALL.iter().map(|c| c.code().to_string()));
    for code in OrchestratorCode::ALL {
        let info = code.info();
        all.push(info.name.to_string());
        all.extend(info.aliases.iter().map(|a| a.to_string()));
    }
    all
}

/// The `n` known codes closest to `input`: numbers by numeric distance, names by
/// case-insensitive edit distance; ties keep catalog order.
fn closest(input: &str, n: usize) -> Vec<String> {
    let number = input.parse::<u64>().ok().filter(|_| is_number(input));
    let mut scored: Vec<(u64, String)> = candidates(is_number(input))
        .into_iter()
        .map(|c| {
            let distance = match (number, c.parse::<u64>()) {
                (Some(a), Ok(b)) => a.abs_diff(b),
                _ => levenshtein_ignore_ascii_case(input, &c) as u64,
            };
            (distance, c)
        })
        .collect();
    // A stable sort keeps catalog order among equal distances.
    scored.sort_by_key(|(distance, _)| *distance);
    scored.into_iter().take(n).map(|(_, c)| c).collect()
}

/// The Levenshtein edit distance between `a` and `b`, in characters, ignoring ASCII case.
fn levenshtein_ignore_ascii_case(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().map(|c| c.to_ascii_lowercase()).collect();
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    // `row[j]` is the distance between the first `i` chars of `a` and the first `j` of `b`.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// Telling whose JSON error body it is, and explaining it (the `serde` feature).
#[cfg(feature = "serde")]
mod body {
    use rpa_error_codes::PowerAutomateError;
    use rpa_error_codes::orchestrator::{BodyShape, ErrorResponse, OrchestratorCode};
    use rpa_error_codes::power_automate::{ErrorBody, FlowSession, FlowSessionStatus, RunMode};
    use serde::Deserialize as _;
    use serde_json::Value;

    use super::{block, closest, explain_orchestrator, explain_power_automate, field};

    /// Columns of a Dataverse `flowsession` row, and the `RunDesktopFlow` response's id.
    const FLOWSESSION_KEYS: [&str; 13] = [
        "flowsessionid",
        "flowsessionId",
        "statuscode",
        "statecode",
        "runmode",
        "errorcode",
        "errormessage",
        "errordetails",
        "startedon",
        "completedon",
        "correlationid",
        "machineid",
        "machinegroupid",
    ];

    /// Explains the body `text`; `Err` says why it cannot.
    ///
    /// UiPath's shapes are told apart first: their keys (`errorCode`, `__abp`, `StatusCode`,
    /// ...) never occur in a Power Automate body. Then an `error` key makes a Power Automate
    /// error body, and a `flowsession` column a Dataverse row.
    pub fn explain(out: &mut String, text: &str) -> Result<(), String> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| format!("the input is not JSON: {e}"))?;
        let Value::Object(map) = value else {
            return Err(format!(
                "the input is JSON but not an object, as every error body is: {}",
                shorten(&value.to_string())
            ));
        };
        let response = ErrorResponse::from(map);
        if response.shape() != BodyShape::Unrecognized {
            uipath(out, &response);
            return Ok(());
        }
        let map = response.into_map();
        if map.contains_key("error") {
            let body: ErrorBody = serde_json::from_value(Value::Object(map)).map_err(|e| {
                format!("the input has an `error` key but is not a Power Automate error body: {e}")
            })?;
            power_automate_body(out, &body);
            return Ok(());
        }
        if let Some(run_mode) = map.get("runMode") {
            // The RunDesktopFlow request sends the run mode as "attended" or "unattended".
            put!(
                out,
                "Power Automate RunDesktopFlow request (not an error body)"
            );
            match RunMode::deserialize(run_mode) {
                Ok(mode) => field(out, "Run mode", format_args!("{run_mode} ({mode})")),
                Err(e) => field(out, "Run mode", format_args!("{run_mode} ({e})")),
            }
            put!(out, "  A request carries no error code to explain.");
            return Ok(());
        }
        if FLOWSESSION_KEYS.iter().any(|key| map.contains_key(*key)) {
            let row: FlowSession = serde_json::from_value(Value::Object(map)).map_err(|e| {
                format!("the input has flowsession columns but is not a flowsession row: {e}")
            })?;
            flow_session(out, &row);
            return Ok(());
        }
        if let Some(message) = map.get("message").and_then(Value::as_str) {
            put!(out, "An error body with a message and no code");
            put!(
                out,
                "  Nothing in it tells which service sent it, and it carries no code to explain."
            );
            field(out, "Message", message);
            return Ok(());
        }
        let keys: Vec<&str> = map.keys().map(String::as_str).collect();
        Err(format!(
            "the input is not an error body of Power Automate or UiPath (its keys: {})",
            if keys.is_empty() {
                "none".to_string()
            } else {
                keys.join(", ")
            }
        ))
    }

    /// A JSON value for people: a string without its quotes, anything else as JSON.
    fn plain(value: Option<&Value>) -> String {
        match value {
            Some(Value::String(text)) => text.clone(),
            Some(other) => other.to_string(),
            None => "-".to_string(),
        }
    }

    /// A string column of a flowsession row: absent and null told apart.
    fn column(row: &FlowSession, key: &str) -> String {
        match row.get(key) {
            None => "not in this body".to_string(),
            Some(Value::Null) => "none".to_string(),
            value => plain(value),
        }
    }

    /// The three known codes closest to `input` among those `keep` accepts.
    fn closest_in(input: &str, keep: impl Fn(&str) -> bool) -> String {
        let all = closest(input, usize::MAX);
        let kept: Vec<&str> = all
            .iter()
            .map(String::as_str)
            .filter(|c| keep(c))
            .take(3)
            .collect();
        kept.join(", ")
    }

    /// The first 80 characters of `text`, marked when cut.
    fn shorten(text: &str) -> String {
        match text.char_indices().nth(80) {
            Some((end, _)) => format!("{}...", &text[..end]),
            None => text.to_string(),
        }
    }

    fn power_automate_body(out: &mut String, body: &ErrorBody) {
        put!(
            out,
            "Power Automate error body (a failed \"Run a flow built with Power Automate for \
             desktop\" action, or the Dataverse Web API)"
        );
        field(out, "Code", body.raw_code());
        field(out, "Message", body.message().unwrap_or("none"));
        match body.code() {
            Some(code) => {
                put!(out);
                explain_power_automate(out, code);
            }
            None => unknown_power_automate(out, body.raw_code()),
        }
    }

    fn flow_session(out: &mut String, row: &FlowSession) {
        put!(
            out,
            "Power Automate desktop flow run (a Dataverse flowsession row)"
        );
        field(
            out,
            "Run id",
            row.flowsession_id().unwrap_or("not in this body"),
        );
        match (row.status(), row.raw_status()) {
            (Some(status), _) => field(
                out,
                "Status",
                format_args!("{} {status}", status.picklist()),
            ),
            (None, Some(raw)) => field(
                out,
                "Status",
                format_args!("{raw} (not a statuscode this release knows)"),
            ),
            (None, None) => field(out, "Status", "not in this body"),
        }
        match (row.run_mode(), row.raw_run_mode()) {
            (Some(mode), _) => field(out, "Run mode", format_args!("{} {mode}", mode.picklist())),
            (None, Some(raw)) => field(
                out,
                "Run mode",
                format_args!("{raw} (not a runmode this release knows)"),
            ),
            (None, None) => field(out, "Run mode", "not in this body"),
        }
        field(out, "Started", column(row, "startedon"));
        field(out, "Completed", column(row, "completedon"));
        field(out, "Error code", column(row, "errorcode"));
        if let Some(message) = row.error_message() {
            block(out, "Error message", message);
        }
        match (row.error_code(), row.raw_error_code()) {
            (Some(code), _) => {
                put!(out);
                explain_power_automate(out, code);
            }
            (None, Some(raw)) if !raw.is_empty() => unknown_power_automate(out, raw),
            _ if row.raw_status().is_none() => put!(
                out,
                "  This body has no statuscode (the RunDesktopFlow response has only the id): \
                 GET flowsessions(<id>)?$select=statuscode,errorcode,errormessage tells how the \
                 run ended."
            ),
            _ => {
                let failed = matches!(
                    row.status(),
                    Some(
                        FlowSessionStatus::Failed
                            | FlowSessionStatus::Faulted
                            | FlowSessionStatus::TimedOut
                            | FlowSessionStatus::Aborted
                            | FlowSessionStatus::Terminated
                    )
                );
                if failed && row.get("errorcode").is_none() {
                    put!(
                        out,
                        "  The run did not succeed, and this body has no errorcode column: ask \
                         Dataverse for it ($select=errorcode,errormessage)."
                    );
                }
            }
        }
    }

    /// Says what a Power Automate code that is not in the catalog is.
    fn unknown_power_automate(out: &mut String, raw: &str) {
        let what = if let Some(status) = raw.parse::<i32>().ok().filter(|n| *n < 0) {
            format!(
                "a Windows status code carried as a string (NTSTATUS {:#010X}); the Windows \
                 documentation of that status explains it",
                // The bits of the negative i32 are the NTSTATUS.
                status as u32
            )
        } else if raw.starts_with("0x") || raw.starts_with("0X") {
            "an HRESULT of the Dataverse Web API, a namespace of its own".to_string()
        } else if raw.is_empty() {
            "empty".to_string()
        } else {
            format!(
                "a code this release does not know (newer, or a former name); closest known: {}",
                closest_in(raw, |c| PowerAutomateError::from_code(c).is_some())
            )
        };
        put!(
            out,
            "  {raw:?} is not in the Power Automate catalog: it is {what}."
        );
    }

    fn uipath(out: &mut String, response: &ErrorResponse) {
        match response.shape() {
            BodyShape::Orchestrator => orchestrator(out, response),
            BodyShape::AbpEnvelope => {
                put!(
                    out,
                    "UiPath Orchestrator ABP envelope (an MVC or account endpoint)"
                );
                let abp_code = response.get("error").and_then(|e| e.get("code"));
                field(out, "error.code", plain(abp_code));
                field(out, "Message", response.message().unwrap_or("none"));
                field(out, "Details", response.details().unwrap_or("none"));
                put!(
                    out,
                    "  The envelope has no errorCode: its error.code is an HTTP-like number, \
                     not an Orchestrator code, so there is no code to explain."
                );
            }
            BodyShape::MultiStatus => {
                put!(
                    out,
                    "UiPath Orchestrator multi-status body (HTTP 207, a bulk operation)"
                );
                let items = response.get("value").and_then(Value::as_array);
                for item in items.into_iter().flatten() {
                    let text = |key: &str| item.get(key).and_then(Value::as_str).unwrap_or("-");
                    field(
                        out,
                        "Item",
                        format_args!("{}: {}", text("Key"), text("Status")),
                    );
                }
                put!(
                    out,
                    "  Each item has its own status, and its Body is a JSON document inside a \
                     string; the body itself carries no code."
                );
            }
            BodyShape::Identity => {
                put!(
                    out,
                    "NOT an Orchestrator body: UiPath's Organization/Identity service \
                     (StatusCode and StatusDescription)"
                );
                field(
                    out,
                    "Status",
                    format_args!(
                        "{} {}",
                        plain(response.get("StatusCode")),
                        plain(response.get("StatusDescription"))
                    ),
                );
                field(out, "Message", response.message().unwrap_or("none"));
                match response.raw_code() {
                    Some(number) => {
                        field(out, "ErrorCode", number);
                        put!(
                            out,
                            "  The ErrorCode {number} is that service's own number, not an \
                             Orchestrator code{}; the message says what it means.",
                            u16::try_from(number)
                                .ok()
                                .and_then(OrchestratorCode::from_u16)
                                .map(|c| format!(
                                    " (Orchestrator's {number} is {}, unrelated)",
                                    c.name()
                                ))
                                .unwrap_or_default()
                        );
                    }
                    None => field(out, "ErrorCode", "none"),
                }
            }
            BodyShape::ProblemDetails => {
                put!(
                    out,
                    "NOT an Orchestrator body: an ASP.NET ProblemDetails body (UiPath's Identity \
                     API sends these for validation errors)"
                );
                field(out, "Status", plain(response.get("status")));
                field(out, "Title", plain(response.get("title")));
                if let Some(errors) = response.get("errors").and_then(Value::as_object) {
                    for (member, messages) in errors {
                        for message in messages.as_array().into_iter().flatten() {
                            block(out, member, message.as_str().unwrap_or("-"));
                        }
                    }
                }
                field(out, "Trace id", response.trace_id().unwrap_or("none"));
                put!(out, "  It carries no error code to explain.");
            }
            // Unrecognized bodies do not come here; a shape added later gets the generic words.
            _ => {
                put!(out, "A UiPath body of a shape this example does not know");
                field(out, "Message", response.message().unwrap_or("none"));
            }
        }
    }

    fn orchestrator(out: &mut String, response: &ErrorResponse) {
        put!(out, "UiPath Orchestrator error body");
        let raw = response.error_code_value();
        field(
            out,
            "errorCode",
            raw.map_or("-".to_string(), Value::to_string),
        );
        field(out, "Message", response.message().unwrap_or("none"));
        if let Some(trace_id) = response.trace_id() {
            field(out, "Trace id", trace_id);
        }
        if let Some(details) = response.details() {
            block(out, "Details", details);
        }
        match (response.code(), response.raw_code()) {
            (Some(code), _) => {
                put!(out);
                explain_orchestrator(out, code);
            }
            (None, Some(0)) => put!(
                out,
                "  errorCode 0 means no specific code: Orchestrator sends it with generic \
                 errors (\"An error has occurred.\", authorization failures). The message is \
                 all there is."
            ),
            (None, Some(number)) => put!(
                out,
                "  errorCode {number} is not in the Orchestrator catalog (a code newer than \
                 this release, or not an Orchestrator code); closest known: {}.",
                closest(&number.unsigned_abs().to_string(), 3).join(", ")
            ),
            (None, None) => match raw {
                Some(Value::String(name)) => put!(
                    out,
                    "  errorCode {name:?} is neither a number nor a name of the Orchestrator \
                     catalog; closest known: {}.",
                    closest_in(name, |c| OrchestratorCode::from_name(c).is_some())
                ),
                Some(Value::Null) => put!(out, "  errorCode is null: the body has no code."),
                Some(other) => put!(
                    out,
                    "  errorCode {other} is not a code: no code to explain."
                ),
                None => put!(out, "  The body has no errorCode."),
            },
        }
    }
}
