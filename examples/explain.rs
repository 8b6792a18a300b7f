//! Explain an RPA error code to a person: everything the catalogs know about it.
//!
//! ```text
//! cargo run --example explain -- UIFlowAlreadyRunning       # a Power Automate code
//! cargo run --example explain -- 1670                       # an Orchestrator number
//! cargo run --example explain -- PendingJobsAlreadyExist    # an Orchestrator name
//! cargo run --example explain -- InvalidUnattendedMachineSlots   # an Orchestrator alias
//! cargo run --example explain -- uiflowalreadyrunning 1670  # several codes, any ASCII case
//! cargo run --example explain -- --list                     # every code of both catalogs
//! cargo run --example explain -- --help
//! ```
//!
//! An argument of only ASCII digits is an Orchestrator number. Anything else is looked up
//! exactly first (Power Automate code, then Orchestrator name or alias), then ignoring ASCII
//! case. Several arguments are explained in turn, separated by a blank line.
//!
//! An unknown argument prints one line on stderr naming the three closest known codes
//! (numbers by numeric distance, names by case-insensitive Levenshtein distance), and the exit
//! status is 2. Running without arguments prints the usage on stderr, also with exit status 2.

use std::io::Write as _;
use std::process::ExitCode;

use rpa_error_codes::orchestrator::NameEvidence;
use rpa_error_codes::{OrchestratorCode, PowerAutomateError, Source};

const USAGE: &str = "\
usage: explain CODE...
       explain --list
       explain --help

CODE is a Power Automate desktop-flow code (UIFlowAlreadyRunning), a UiPath Orchestrator
number (1670), or an Orchestrator name or alias (PendingJobsAlreadyExist). Case is ignored.

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
            if info.transient {
                "yes, retrying later can succeed"
            } else {
                "no, retrying alone will not help"
            },
            info.transient_reason
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
            if info.transient { "yes" } else { "no" },
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
