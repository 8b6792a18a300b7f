//! `explain`: everything the catalogs know about an RPA error code, or about the code an error
//! body carries.
//!
//! ```text
//! cargo install rpa-error-codes --features cli
//! explain UIFlowAlreadyRunning            # a Power Automate code
//! explain 1670 PendingJobsAlreadyExist    # an Orchestrator number and name
//! explain -1073741477                     # a Windows logon status
//! explain 80040217 2147746327             # a Dataverse error, hex without 0x, unsigned
//! explain - < bodies.json                 # the codes of error bodies on standard input
//! explain --json --list orchestrator      # one catalog's codes, one JSON object each
//! ```
//!
//! The library does the lookups ([`rpa_error_codes::AnyCode::lookup`]) and tells bodies apart
//! ([`rpa_error_codes::body::Body`]); this program reads what a person pastes, prints, and
//! suggests close spellings. Each module has one responsibility:
//!
//! - [`args`]: the command line;
//! - [`input`]: what a pasted code may stand for, and close spellings of unknown ones;
//! - [`render`]: the text output (width, wrapping, colour);
//! - [`code`]: one code of any catalog, in text and in JSON;
//! - [`body`]: error bodies on standard input;
//! - [`list`]: the `--list` output;
//! - [`about`]: `--help` and `--version`, and where each catalog comes from;
//! - [`json`]: the `--json` output's schema.

mod about;
mod args;
mod body;
mod code;
mod input;
mod json;
mod list;
mod render;
mod text;

use std::io::Write as _;
use std::process::ExitCode;

use args::{Parsed, Request};
use render::Out;

/// Writes a line on standard error. Unlike `eprintln!`, it does not panic when standard error
/// is closed: there is nowhere left to say anything then.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}
pub(crate) use say;

/// The exit status: the worst outcome so far.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Found = 0,
    Unknown = 1,
    Failed = 2,
}

fn main() -> ExitCode {
    let parsed = match args::parse(std::env::args_os().skip(1).collect()) {
        Ok(parsed) => parsed,
        Err(message) => {
            say!(
                "explain: {message}\n{}\n(explain --help says more)",
                about::short_usage()
            );
            return ExitCode::from(Status::Failed as u8);
        }
    };
    let options = match parsed {
        Parsed::Run(options) => options,
        Parsed::Help(color) => {
            let mut out = Out::new(false, false, color);
            about::help(&mut out);
            return finish(&mut out, Status::Found);
        }
        Parsed::Version(color) => {
            let mut out = Out::new(false, false, color);
            about::version(&mut out);
            return finish(&mut out, Status::Found);
        }
        Parsed::JsonSchema => {
            let mut out = Out::new(true, false, args::ColorWhen::Never);
            out.raw(json::SCHEMA);
            return finish(&mut out, Status::Found);
        }
    };

    let mut out = Out::new(options.json, options.verbose, options.color);
    let mut status = Status::Found;
    for request in &options.requests {
        let outcome = match request {
            Request::Code(input) => code::explain_argument(&mut out, input),
            Request::List(catalog) => {
                list::list(&mut out, *catalog);
                Status::Found
            }
            Request::Stdin => body::explain_stdin(&mut out),
            Request::Scan(files) => {
                let mut seen = text::Seen::default();
                text::scan_files(&mut out, files, &mut seen).max(seen.status())
            }
        };
        status = status.max(outcome);
    }
    finish(&mut out, status)
}

/// Writes what `out` holds on standard output (colour as asked), and empties it.
pub fn write_out(out: &mut Out) -> std::io::Result<()> {
    let stdout = std::io::stdout();
    let choice = match out.color {
        args::ColorWhen::Always => anstream::ColorChoice::Always,
        args::ColorWhen::Never => anstream::ColorChoice::Never,
        // A terminal, and neither NO_COLOR nor CLICOLOR=0 set.
        args::ColorWhen::Auto => anstream::AutoStream::choice(&stdout),
    };
    let mut stream = anstream::AutoStream::new(stdout.lock(), choice);
    let written = stream
        .write_all(out.text().as_bytes())
        .and_then(|()| stream.flush());
    out.clear();
    written
}

/// Writes the rest of the output and gives the exit status.
fn finish(out: &mut Out, status: Status) -> ExitCode {
    match write_out(out) {
        // A reader that stops early (`explain --list | head`) is not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            say!("explain: cannot write the output: {e}");
            ExitCode::from(Status::Failed as u8)
        }
        _ => ExitCode::from(status as u8),
    }
}
