//! `explain`: everything the catalogs know about an RPA error code, or about the code an error
//! body carries.
//!
//! ```text
//! cargo install rpa-error-codes --features cli
//! explain UIFlowAlreadyRunning            # a Power Automate code
//! explain 1670 PendingJobsAlreadyExist    # an Orchestrator number and name
//! explain -1073741477                     # a Windows logon status
//! explain 0x80040220 -2147220960          # a Dataverse error, in hex and decimal
//! explain - < body.json                   # the code of an error body on standard input
//! explain --json --list                   # every code of every catalog, one JSON object each
//! ```
//!
//! The library does the lookups ([`AnyCode::lookup`]) and tells bodies apart ([`Body`]); this
//! program reads the arguments, prints, and suggests close spellings.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::{Read as _, Write as _};
use std::process::ExitCode;

use rpa_error_codes::body::{Body, BodyCode};
use rpa_error_codes::dataverse::DataverseError;
use rpa_error_codes::orchestrator::{BodyShape, ErrorResponse, NameEvidence};
use rpa_error_codes::power_automate::{ErrorBody, FlowSession, FlowSessionStatus};
use rpa_error_codes::windows_logon::LogonStatus;
use rpa_error_codes::{AnyCode, OrchestratorCode, PowerAutomateError};
use serde_json::{Value, json};

const USAGE: &str = "\
usage: explain [--json] [--] CODE...
       explain [--json] -
       explain [--json] --list
       explain --help | --version

CODE is any code of the catalogs, in any ASCII case:
  a Power Automate desktop-flow code        UIFlowAlreadyRunning
  a UiPath Orchestrator number or name      1670, PendingJobsAlreadyExist
  a Windows logon status (KB 5021155)       -1073741477, 0xC000015B, LogonTypeNotGranted
  a Dataverse Web API error                 0x80040220, -2147220960, a name
Negative numbers are codes, not options; -- ends the options.

  -              read a JSON error body on standard input (Power Automate, Dataverse
                 flowsession row, UiPath) and explain its code
  --list         every code of every catalog, one line each
  --json         one JSON object per line and code instead of text (schema in the README)
  -h, --help     this help
  -V, --version  the version

Exit status:
  0  every code was found, every body read (a body without a code is explained too)
  1  a code, given or carried by a body, is in no catalog (the closest known spellings are
     named on standard error when one is close)
  2  usage error (unknown option, argument not UTF-8, no argument; nothing is
     explained), standard input cannot be read or is not an error body, or the output
     cannot be written";

/// The first line of the usage.
fn short_usage() -> &'static str {
    USAGE.lines().next().unwrap_or_default()
}

/// How many characters of an input an error message or a JSON `input` echoes.
const ECHO_CHARS: usize = 80;

/// Appends a line to the output (writing to a `String` cannot fail).
macro_rules! put {
    ($out:expr) => {
        $out.push('\n')
    };
    ($out:expr, $($arg:tt)*) => {{
        let _ = writeln!($out, $($arg)*);
    }};
}

/// Writes a line on standard error. Unlike `eprintln!`, it does not panic when standard error
/// is closed: there is nowhere left to say anything then.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

/// What one argument asks for.
enum Request {
    Code(String),
    Stdin,
    List,
}

/// The parsed command line.
struct Options {
    json: bool,
    requests: Vec<Request>,
}

/// What the command line asks when it is not a list of requests.
enum Parsed {
    Run(Options),
    Help,
    Version,
}

/// Reads the arguments; `Err` is a usage error, said in one line.
fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Parsed, String> {
    let mut json = false;
    let mut requests = Vec::new();
    let mut options_ended = false;
    for (index, arg) in args.into_iter().enumerate() {
        let Some(arg) = arg.to_str().map(str::to_owned) else {
            return Err(format!(
                "argument {} is not valid UTF-8: {}",
                index + 1,
                shorten(&arg.to_string_lossy())
            ));
        };
        if arg == "-" {
            if requests.iter().any(|r| matches!(r, Request::Stdin)) {
                return Err("- is given more than once: standard input is read once".into());
            }
            requests.push(Request::Stdin);
            continue;
        }
        if options_ended || !looks_like_option(&arg) {
            requests.push(Request::Code(arg));
            continue;
        }
        match arg.as_str() {
            "--" => options_ended = true,
            "-h" | "--help" => return Ok(Parsed::Help),
            "-V" | "--version" => return Ok(Parsed::Version),
            "--json" => json = true,
            "--list" => requests.push(Request::List),
            _ => {
                return Err(format!(
                    "unknown option {} (codes that start with - are negative numbers; \
                     -- ends the options; try --help)",
                    shorten(&arg)
                ));
            }
        }
    }
    if requests.is_empty() {
        return Err("no code to explain".into());
    }
    Ok(Parsed::Run(Options { json, requests }))
}

/// Whether `arg` is an option: it starts with `-` and is not a negative number.
fn looks_like_option(arg: &str) -> bool {
    arg.starts_with('-') && !arg[1..].starts_with(|c: char| c.is_ascii_digit())
}

/// `text` quoted, cut after [`ECHO_CHARS`] characters with the full length said.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(ECHO_CHARS) {
        Some((end, _)) => format!("{:?}... ({} bytes)", &text[..end], text.len()),
        None => format!("{text:?}"),
    }
}

/// `text` cut after [`ECHO_CHARS`] characters, for the JSON `input`.
fn cut(text: &str) -> String {
    match text.char_indices().nth(ECHO_CHARS) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text.to_string(),
    }
}

/// The exit status: the worst outcome so far.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Status {
    Found = 0,
    Unknown = 1,
    Failed = 2,
}

fn main() -> ExitCode {
    let options = match parse(std::env::args_os().skip(1)) {
        Ok(Parsed::Run(options)) => options,
        Ok(Parsed::Help) => {
            return finish(&format!("{USAGE}\n"), Status::Found);
        }
        Ok(Parsed::Version) => {
            return finish(
                &format!("explain {}\n", env!("CARGO_PKG_VERSION")),
                Status::Found,
            );
        }
        Err(message) => {
            say!(
                "explain: {message}\n{}\n(explain --help says more)",
                short_usage()
            );
            return ExitCode::from(Status::Failed as u8);
        }
    };

    let mut out = Output::new(options.json);
    let mut status = Status::Found;
    for request in &options.requests {
        let outcome = match request {
            Request::Code(input) => explain_argument(&mut out, input),
            Request::List => {
                list(&mut out);
                Status::Found
            }
            Request::Stdin => explain_stdin(&mut out),
        };
        status = status.max(outcome);
    }
    finish(&out.text, status)
}

/// Writes `text` on standard output and gives the exit status.
fn finish(text: &str, status: Status) -> ExitCode {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        // A reader that stops early (`explain --list | head`) is not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            say!("explain: cannot write the output: {e}");
            ExitCode::from(Status::Failed as u8)
        }
        _ => ExitCode::from(status as u8),
    }
}

/// The output, text or JSON lines.
struct Output {
    json: bool,
    text: String,
    /// Whether a text explanation was written (the next one is set off by a blank line).
    written: bool,
}

impl Output {
    fn new(json: bool) -> Self {
        Output {
            json,
            text: String::new(),
            written: false,
        }
    }

    /// Starts a text explanation.
    fn start(&mut self) -> &mut String {
        if self.written {
            put!(self.text);
        }
        self.written = true;
        &mut self.text
    }

    fn json_line(&mut self, value: &Value) {
        put!(self.text, "{value}");
    }
}

/// Explains one argument: its matches in every catalog, exact spelling first.
fn explain_argument(out: &mut Output, input: &str) -> Status {
    let mut matches = AnyCode::lookup(input);
    if matches.is_empty() {
        matches = AnyCode::lookup_ignore_ascii_case(input);
    }
    if matches.is_empty() {
        let suggestions = closest(input);
        let mut message = format!("explain: {} is in no catalog", shorten(input));
        if !suggestions.is_empty() {
            let _ = write!(message, "; did you mean {}?", suggestions.join(", "));
        }
        say!("{message}");
        if out.json {
            out.json_line(&json!({
                "input": cut(input),
                "catalog": null,
                "suggestions": suggestions,
            }));
        }
        return Status::Unknown;
    }
    if out.json {
        for code in &matches {
            out.json_line(&code_json(code, Some(input), None));
        }
        return Status::Found;
    }
    if matches.is_ambiguous() {
        let catalogs: Vec<String> = matches.iter().map(|c| c.catalog().to_string()).collect();
        let text = out.start();
        put!(
            text,
            "{} is in {} catalogs ({}): each is explained below.",
            shorten(input),
            matches.len(),
            catalogs.join(", ")
        );
    }
    for code in &matches {
        let text = out.start();
        explain_code(text, code);
    }
    Status::Found
}

/// The JSON object of one code (the schema is in the README).
fn code_json(code: AnyCode, input: Option<&str>, body: Option<&str>) -> Value {
    let source = code.source();
    let mut object = json!({
        "input": input.map(cut),
        "catalog": code.catalog().id(),
        "code": code.as_str(),
        "name": code.name(),
        "message": code.message(),
        "http_status": code.http_status(),
        "source": {
            "document": source.document,
            "date": source.date,
            "url": source.url,
        },
        "retry": {
            "class": code.retry_class().as_str(),
            "reason": code.retry_reason(),
        },
    });
    if let (Some(body), Some(map)) = (body, object.as_object_mut()) {
        map.insert("body".into(), body.into());
    }
    object
}

/// Explains a code in text.
fn explain_code(out: &mut String, code: AnyCode) {
    match code {
        AnyCode::PowerAutomate(code) => explain_power_automate(out, code),
        AnyCode::Orchestrator(code) => explain_orchestrator(out, code),
        AnyCode::WindowsLogon(status) => explain_logon(out, status),
        AnyCode::Dataverse(error) => explain_dataverse(out, error),
        // A catalog a later release adds: what every catalog has.
        other => {
            let name = if other.name() == other.as_str() {
                ""
            } else {
                other.name()
            };
            put!(
                out,
                "{}{}{name} ({})",
                other.as_str(),
                if name.is_empty() { "" } else { " " },
                other.catalog()
            );
            field(out, "Message", other.message().unwrap_or("none"));
            print_retry_and_source(out, other);
        }
    }
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

/// The code's retry class with its reason, then the document its row comes from.
fn print_retry_and_source(out: &mut String, code: AnyCode) {
    field(
        out,
        "Retry",
        format_args!("{}: {}", code.retry_class(), code.retry_reason()),
    );
    let source = code.source();
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

fn print_links(out: &mut String, label: &str, links: &[rpa_error_codes::Link]) {
    if links.is_empty() {
        return;
    }
    put!(out, "  {label}:");
    for link in links {
        put!(out, "      {}", link.text);
        put!(out, "        {}", link.url);
    }
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
        "Retry",
        format_args!("{}: {}", info.retry_class, info.retry_reason),
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
        print_links(out, "Links", info.links);
    }
    field(
        out,
        "First seen",
        format_args!("table version of {}", info.first_seen),
    );
    print_retry_and_source(out, code.into());
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
    print_retry_and_source(out, code.into());
}

fn explain_logon(out: &mut String, status: LogonStatus) {
    let info = status.info();
    put!(
        out,
        "{} {} (Windows logon status, KB 5021155)",
        info.code,
        info.name
    );
    field(out, "Number", info.code);
    field(out, "Hexadecimal", format_args!("0x{:08X}", status.hex()));
    field(
        out,
        "Name from",
        format_args!("{} ({})", info.name_basis, info.name_source),
    );
    field(out, "NTSTATUS", info.ntstatus.unwrap_or("none stated"));
    block(out, "Message", info.message);
    match info.cause {
        Some(cause) => block(out, "Cause", cause),
        None => field(out, "Cause", "not given"),
    }
    print_links(out, "Cause links", info.cause_links);
    block(out, "Resolution", info.resolution);
    print_links(out, "Resolution links", info.resolution_links);
    print_retry_and_source(out, status.into());
}

fn explain_dataverse(out: &mut String, error: DataverseError) {
    let info = error.info();
    put!(
        out,
        "0x{:08X} {} (Dataverse Web API error)",
        info.hresult,
        info.name
    );
    field(out, "HRESULT", format_args!("0x{:08X}", info.hresult));
    field(out, "Decimal", info.decimal);
    field(out, "Name", info.name);
    match info.message {
        Some(message) => block(out, "Message", message),
        None => field(out, "Message", "not given"),
    }
    print_retry_and_source(out, error.into());
}

/// Prints one line per code of every catalog, with a header line per catalog.
fn list(out: &mut Output) {
    if out.json {
        for code in AnyCode::all() {
            out.json_line(&code_json(code, None, None));
        }
        return;
    }
    let out = out.start();
    let code_width = PowerAutomateError::ALL
        .iter()
        .map(|c| c.code().len())
        .max()
        .unwrap_or(0);
    let modes_width = "Attended, Unattended".len();
    put!(
        out,
        "{:<code_width$}  {:>4}  {:<modes_width$}  {:<12}  RETIRED",
        "POWER AUTOMATE CODE",
        "HTTP",
        "RUN MODES",
        "RETRY"
    );
    for code in PowerAutomateError::ALL {
        let info = code.info();
        let retired = match info.retired_in {
            Some(date) => format!("retired {date}"),
            None => "-".to_string(),
        };
        put!(
            out,
            "{:<code_width$}  {:>4}  {:<modes_width$}  {:<12}  {retired}",
            info.code,
            info.http_status,
            info.run_modes.to_string(),
            info.retry_class.as_str(),
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

    put!(out);
    let name_width = LogonStatus::ALL
        .iter()
        .map(|c| c.name().len())
        .max()
        .unwrap_or(0);
    put!(
        out,
        "{:<12}  {:<10}  {:<name_width$}  MESSAGE",
        "WINDOWS LOGON",
        "HEX",
        "NAME"
    );
    for status in LogonStatus::ALL {
        put!(
            out,
            "{:<13}  0x{:08X}  {:<name_width$}  {}",
            status.code(),
            status.hex(),
            status.name(),
            status.message()
        );
    }

    put!(out);
    put!(out, "{:<10}  {:<11}  NAME: MESSAGE", "DATAVERSE", "DECIMAL");
    for error in DataverseError::ALL {
        put!(
            out,
            "0x{:08X}  {:<11}  {}: {}",
            error.hresult(),
            error.decimal(),
            error.name(),
            error.message().map(str::trim).unwrap_or("-")
        );
    }
}

/// The known spellings closest to `input`, only when close enough to be a typo: names by
/// case-insensitive edit distance (a transposition counts one), Orchestrator numbers when the
/// input has as many digits and differs in one digit or one swap. Nothing is suggested for an
/// empty input or one far from every code.
fn closest(input: &str) -> Vec<String> {
    const MAX: usize = 3;
    let length = input.chars().count();
    if length == 0 {
        return Vec::new();
    }
    let numeric = input.bytes().all(|b| b.is_ascii_digit());
    // One edit in four characters, at most three.
    let allowed = if numeric { 1 } else { (length / 4).clamp(1, 3) };
    let mut scored: Vec<(usize, String)> = Vec::new();
    let mut consider = |candidate: String| {
        let other = candidate.chars().count();
        if numeric && other != length {
            return;
        }
        if other.abs_diff(length) > allowed {
            return;
        }
        let distance = edit_distance_ignore_ascii_case(input, &candidate);
        if distance <= allowed {
            scored.push((distance, candidate));
        }
    };
    if numeric {
        for code in OrchestratorCode::ALL {
            consider(code.code().to_string());
        }
    } else {
        for code in AnyCode::all() {
            consider(code.name().to_string());
            if let AnyCode::Orchestrator(code) = code {
                for alias in code.info().aliases {
                    consider(alias.to_string());
                }
            }
        }
    }
    // A stable sort keeps catalog order among equal distances.
    scored.sort_by_key(|(distance, _)| *distance);
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(MAX).map(|(_, c)| c).collect()
}

/// The optimal string alignment distance between `a` and `b` (insertions, deletions,
/// substitutions and swaps of neighbours), in characters, ignoring ASCII case.
fn edit_distance_ignore_ascii_case(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().map(|c| c.to_ascii_lowercase()).collect();
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    // rows[i % 3][j]: the distance between the first i chars of `a` and the first j of `b`.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// Reads a JSON body on standard input and explains its code.
fn explain_stdin(out: &mut Output) -> Status {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
        say!("explain: cannot read standard input: {e}");
        return Status::Failed;
    }
    let Ok(text) = std::str::from_utf8(&bytes) else {
        say!("explain: standard input is not UTF-8 text, as JSON is");
        return Status::Failed;
    };
    match Body::from_json(text) {
        Ok(body) => explain_body(out, &body),
        Err(error) => {
            // A lone message is an error body that does not say whose it is: it is shown.
            if let Some(message) = error.lone_message() {
                if out.json {
                    out.json_line(&json!({
                        "input": null,
                        "catalog": null,
                        "body": "unattributed",
                        "message": message,
                    }));
                } else {
                    let text = out.start();
                    put!(text, "An error body with a message and no code");
                    put!(
                        text,
                        "  Nothing in it tells which service sent it, and it carries no code to \
                         explain."
                    );
                    field(text, "Message", message);
                }
                return Status::Found;
            }
            let request = error
                .object()
                .is_some_and(|object| object.contains_key("runMode"));
            if request {
                say!(
                    "explain: standard input is a Power Automate RunDesktopFlow request \
                     (it has runMode), not an error body"
                );
            } else {
                say!("explain: standard input is {error}");
            }
            Status::Failed
        }
    }
}

/// The kind of body in the JSON output.
fn body_id(body: &Body) -> &'static str {
    match body {
        Body::PowerAutomate(_) => "power_automate",
        Body::FlowSession(_) => "flowsession",
        Body::UiPath(response) => match response.shape() {
            BodyShape::Orchestrator => "orchestrator",
            BodyShape::AbpEnvelope => "orchestrator_abp_envelope",
            BodyShape::MultiStatus => "orchestrator_multi_status",
            BodyShape::Identity => "uipath_identity",
            BodyShape::ProblemDetails => "problem_details",
            _ => "uipath",
        },
        _ => "other",
    }
}

/// The code a body carries, as received, when it has one.
fn raw_body_code(body: &Body) -> Option<String> {
    match body {
        Body::PowerAutomate(body) => Some(body.raw_code().to_string()),
        Body::FlowSession(row) => row
            .raw_error_code()
            .filter(|code| !code.is_empty())
            .map(str::to_string),
        Body::UiPath(response) if response.shape() == BodyShape::Orchestrator => {
            response.error_code_value().map(|value| match value {
                Value::String(text) => text.clone(),
                other => other.to_string(),
            })
        }
        _ => None,
    }
}

/// Whether a body's code is one no catalog knows (Orchestrator's 0 means "no specific code").
fn has_unknown_code(body: &Body) -> bool {
    match body {
        Body::PowerAutomate(body) => !body.typed_code().is_known(),
        Body::FlowSession(row) => row.typed_code().is_some_and(|code| !code.is_known()),
        Body::UiPath(response) => {
            response.shape() == BodyShape::Orchestrator
                && response.code().is_none()
                && response.raw_code() != Some(0)
                && response
                    .error_code_value()
                    .is_some_and(|value| !value.is_null())
        }
        _ => false,
    }
}

fn explain_body(out: &mut Output, body: &Body) -> Status {
    let unknown = has_unknown_code(body);
    let raw = raw_body_code(body);
    if unknown {
        let raw = raw.as_deref().unwrap_or_default();
        let suggestions = closest(raw);
        let mut message = format!("explain: the body's code {} is in no catalog", shorten(raw));
        if !suggestions.is_empty() {
            let _ = write!(message, "; did you mean {}?", suggestions.join(", "));
        }
        say!("{message}");
    }
    if out.json {
        let line = match body.code() {
            Some(code) => code_json(code, raw.as_deref(), Some(body_id(body))),
            None => json!({
                "input": raw.as_deref().map(cut),
                "catalog": null,
                "body": body_id(body),
            }),
        };
        out.json_line(&line);
    } else {
        let text = out.start();
        match body {
            Body::PowerAutomate(body) => power_automate_body(text, body),
            Body::FlowSession(row) => flow_session(text, row),
            Body::UiPath(response) => uipath(text, response),
            _ => put!(text, "A body of a kind this release does not know"),
        }
    }
    if unknown {
        Status::Unknown
    } else {
        Status::Found
    }
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

fn power_automate_body(out: &mut String, body: &ErrorBody) {
    put!(
        out,
        "Power Automate error body (a failed \"Run a flow built with Power Automate for \
         desktop\" action, or the Dataverse Web API)"
    );
    field(out, "Code", body.raw_code());
    field(out, "Message", body.message().unwrap_or("none"));
    body_code(out, body.typed_code());
}

/// Explains the typed code of a Power Automate body or flowsession row.
fn body_code(out: &mut String, code: BodyCode<'_>) {
    match code.known() {
        Some(code) => {
            put!(out);
            explain_code(out, code);
        }
        None => {
            let raw = code.to_string();
            let what = if raw.is_empty() {
                "empty".to_string()
            } else {
                "a code this release does not know (newer, or from another service)".to_string()
            };
            put!(
                out,
                "  {} is in none of the catalogs: it is {what}.",
                shorten(&raw)
            );
        }
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
    match row.typed_code() {
        Some(code) => body_code(out, code),
        None if row.raw_status().is_none() => put!(
            out,
            "  This body has no statuscode (the RunDesktopFlow response has only the id): \
             GET flowsessions(<id>)?$select=statuscode,errorcode,errormessage tells how the \
             run ended."
        ),
        None => {
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
        // A shape added later gets the generic words.
        _ => {
            put!(out, "A UiPath body of a shape this release does not know");
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
             this release, or not an Orchestrator code)."
        ),
        (None, None) => match raw {
            Some(Value::String(name)) => put!(
                out,
                "  errorCode {} is neither a number nor a name of the Orchestrator catalog.",
                shorten(name)
            ),
            Some(Value::Null) => put!(out, "  errorCode is null: the body has no code."),
            Some(other) => put!(
                out,
                "  errorCode {} is not a code: no code to explain.",
                shorten(&other.to_string())
            ),
            None => put!(out, "  The body has no errorCode."),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance() {
        assert_eq!(edit_distance_ignore_ascii_case("", ""), 0);
        assert_eq!(edit_distance_ignore_ascii_case("abc", ""), 3);
        assert_eq!(edit_distance_ignore_ascii_case("", "abc"), 3);
        assert_eq!(edit_distance_ignore_ascii_case("ABC", "abc"), 0);
        assert_eq!(edit_distance_ignore_ascii_case("1607", "1670"), 1);
        assert_eq!(edit_distance_ignore_ascii_case("kitten", "sitting"), 3);
    }

    #[test]
    fn options_and_negative_numbers() {
        assert!(looks_like_option("--json"));
        assert!(looks_like_option("-x"));
        assert!(!looks_like_option("-1073741477"));
        assert!(!looks_like_option("UIFlowAlreadyRunning"));
    }
}
