//! The command line: options, codes, `-` and `--list [CATALOG]`.

use std::ffi::{OsStr, OsString};

use rpa_error_codes::Catalog;

use crate::input;

/// What one argument asks for.
pub enum Request {
    Code(String),
    Stdin,
    /// One catalog's codes, or every catalog's.
    List(Option<Catalog>),
    /// The codes found in these files' text (`--scan FILE...`).
    Scan(Vec<std::path::PathBuf>),
}

/// When the text output is coloured (`--color`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ColorWhen {
    /// When standard output is a terminal and `NO_COLOR` is not set.
    Auto,
    Always,
    Never,
}

/// The parsed command line.
pub struct Options {
    pub json: bool,
    pub verbose: bool,
    pub color: ColorWhen,
    pub requests: Vec<Request>,
}

/// What the command line asks.
pub enum Parsed {
    Run(Options),
    Help(ColorWhen),
    Version(ColorWhen),
    JsonSchema,
}

/// Reads the arguments; `Err` is a usage error, said in one line. Nothing is explained for a
/// usage error, so every argument is checked here, before any output.
pub fn parse(args: Vec<OsString>) -> Result<Parsed, String> {
    let mut json = false;
    let mut verbose = false;
    let mut color = ColorWhen::Auto;
    let mut help = false;
    let mut version = false;
    let mut requests = Vec::new();
    let mut parser = lexopt::Parser::from_args(args.iter().cloned());
    loop {
        // A negative number is a code, not a cluster of short options.
        if let Some(mut raw) = parser.try_raw_args() {
            if let Some(arg) = raw.next_if(is_negative_number) {
                requests.push(Request::Code(utf8(&args, arg)?));
                continue;
            }
        }
        let Some(arg) = parser.next().map_err(|e| shorten_error(&e))? else {
            break;
        };
        use lexopt::Arg::{Long, Short, Value};
        match arg {
            Short('h') | Long("help") => help = true,
            Short('V') | Long("version") => version = true,
            Long("json-schema") => return Ok(Parsed::JsonSchema),
            Long("json") => json = true,
            Short('v') | Long("verbose") => verbose = true,
            Long("color" | "colour") => {
                let value = parser.value().map_err(|e| shorten_error(&e))?;
                color = match value.to_str() {
                    Some("auto") => ColorWhen::Auto,
                    Some("always") => ColorWhen::Always,
                    Some("never") => ColorWhen::Never,
                    _ => {
                        return Err(format!(
                            "--color takes auto, always or never, not {}",
                            input::shorten(&value.to_string_lossy())
                        ));
                    }
                };
            }
            Long("list") => {
                // `--list=CATALOG`, or `--list CATALOG` when the next argument is no option.
                let value = parser.optional_value().or_else(|| {
                    parser
                        .try_raw_args()
                        .and_then(|mut raw| raw.next_if(|a| !a.to_string_lossy().starts_with('-')))
                });
                let catalog = match value {
                    None => None,
                    Some(value) => Some(catalog(&value)?),
                };
                requests.push(Request::List(catalog));
            }
            Long("scan") => {
                // `--scan FILE...`: every following argument that is no option is a file.
                let mut files: Vec<std::path::PathBuf> = Vec::new();
                if let Some(value) = parser.optional_value() {
                    files.push(value.into());
                }
                while let Some(value) = parser.try_raw_args().and_then(|mut raw| {
                    raw.next_if(|a| !a.to_string_lossy().starts_with('-') || a == "-")
                }) {
                    files.push(value.into());
                }
                if files.is_empty() {
                    return Err("--scan needs at least one file".into());
                }
                requests.push(Request::Scan(files));
            }
            Value(value) if value == "-" => {
                if requests.iter().any(|r| matches!(r, Request::Stdin)) {
                    return Err("- is given more than once: standard input is read once".into());
                }
                requests.push(Request::Stdin);
            }
            Value(value) => {
                let code = utf8(&args, value)?;
                if input::is_blank(&code) {
                    return Err(format!(
                        "{} is no code: it is empty once white space is trimmed",
                        input::shorten(&code)
                    ));
                }
                requests.push(Request::Code(code));
            }
            Long(name) => {
                return Err(format!(
                    "unknown option {} (codes that start with - are negative numbers; \
                     -- ends the options; try --help)",
                    input::shorten(&format!("--{name}"))
                ));
            }
            Short(letter) => {
                return Err(format!(
                    "unknown option -{letter} (codes that start with - are negative numbers; \
                     -- ends the options; try --help)"
                ));
            }
        }
    }
    if help {
        return Ok(Parsed::Help(color));
    }
    if version {
        return Ok(Parsed::Version(color));
    }
    if requests.is_empty() {
        return Err("no code to explain".into());
    }
    Ok(Parsed::Run(Options {
        json,
        verbose,
        color,
        requests,
    }))
}

/// Whether `arg` is a negative number (`-1073741477`), which is a code, not an option.
fn is_negative_number(arg: &OsStr) -> bool {
    arg.to_str()
        .and_then(|a| a.strip_prefix('-'))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// The argument as UTF-8, or a usage error naming its position.
fn utf8(args: &[OsString], arg: OsString) -> Result<String, String> {
    arg.into_string().map_err(|arg| {
        let position = args.iter().position(|a| *a == arg).map_or(0, |i| i + 1);
        format!(
            "argument {position} is not valid UTF-8: {}",
            input::shorten(&arg.to_string_lossy())
        )
    })
}

/// The catalog `--list` names, by its identifier ([`Catalog::id`]).
fn catalog(value: &OsStr) -> Result<Catalog, String> {
    let enabled = Catalog::ALL.iter().copied().filter(|c| c.is_enabled());
    let name = value.to_string_lossy();
    let name = name.trim();
    enabled
        .clone()
        .find(|c| c.id().eq_ignore_ascii_case(name))
        .ok_or_else(|| {
            let ids: Vec<&str> = enabled.map(Catalog::id).collect();
            format!(
                "--list takes a catalog: {}; not {}",
                ids.join(", "),
                input::shorten(name)
            )
        })
}

/// A parsing error of the options, with any argument it quotes shortened.
fn shorten_error(error: &lexopt::Error) -> String {
    let text = error.to_string();
    let cut: String = text.chars().take(2 * input::ECHO_CHARS).collect();
    if cut.len() < text.len() {
        format!("{cut}... ({} bytes)", text.len())
    } else {
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_numbers_are_not_options() {
        assert!(is_negative_number(OsStr::new("-1073741477")));
        assert!(!is_negative_number(OsStr::new("--json")));
        assert!(!is_negative_number(OsStr::new("-x")));
        assert!(!is_negative_number(OsStr::new("-")));
    }
}
