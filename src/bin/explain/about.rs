//! `--help` and `--version`, and where each catalog comes from, told from the catalogs' own
//! data.

use rpa_error_codes::{AnyCode, Catalog, Source};

use crate::render::Out;

const USAGE: &str = "\
Usage: explain [OPTIONS] CODE...
       explain [OPTIONS] -
       explain [OPTIONS] --scan FILE...
       explain [OPTIONS] --list [CATALOG]";

/// What a code may look like.
const CODES: &str = "CODE is a code of any catalog, as a log or a console prints it: in any ASCII \
    case, with white space or quotes around it, after a label (errorCode 1670, error code: \
    1670), hexadecimal with or without 0x (0x80040217, c000015b), and 32-bit statuses signed \
    or unsigned (-2147220969, 2147746327). Negative numbers are codes, not options; -- ends \
    the options.";

/// The options and what each does.
const OPTIONS: &[(&str, &str)] = &[
    (
        "-",
        "read JSON error bodies on standard input (one or several, one a line as in a log) \
         and explain each one's code; any other text (a log, a pasted message, a body that is \
         not valid JSON) is scanned for codes as it is read",
    ),
    (
        "--scan FILE...",
        "find the codes in these files' text, each with file:line:column and its line",
    ),
    (
        "--list [CATALOG]",
        "list the codes of every catalog, or of one (its id below)",
    ),
    ("--json", "one JSON object per line instead of text"),
    (
        "--json-schema",
        "print the JSON Schema of the --json output",
    ),
    (
        "-v, --verbose",
        "also where each fact comes from: name evidence, source documents",
    ),
    (
        "--color WHEN",
        "auto (colour when standard output is a terminal and NO_COLOR is not set), always \
         or never",
    ),
    ("-h, --help", "this help"),
    (
        "-V, --version",
        "the version, and the date of each catalog's sources",
    ),
];

/// Example command lines.
const EXAMPLES: &[(&str, &str)] = &[
    ("explain 1670", "a UiPath Orchestrator code"),
    (
        "explain UIFlowAlreadyRunning",
        "a Power Automate desktop-flow code",
    ),
    (
        "explain -1073741477",
        "a Windows logon status (also 0xC000015B)",
    ),
    ("explain 80040217", "a Dataverse error (HRESULT 0x80040217)"),
    (
        "echo '{\"error\":{\"code\":\"DnsError\"}}' | explain -",
        "an error body",
    ),
    (
        "explain --list orchestrator",
        "every Orchestrator code, one a line",
    ),
    (
        "explain --scan app.log",
        "every code in a log, with file:line:column",
    ),
    ("explain - < app.log", "the same, read as it streams"),
];

/// The exit statuses.
const EXIT: &[(&str, &str)] = &[
    (
        "0",
        "every code was found and every body read (a body without a code, such as \
         Orchestrator's errorCode 0, is explained too)",
    ),
    (
        "1",
        "a code, given or carried by a body, is in no catalog (the others are still \
         explained; close known spellings are named on standard error), or a text holds \
         no code",
    ),
    (
        "2",
        "usage error (nothing is explained), an input cannot be read, standard input is \
         empty or is JSON that is no error body, or the output cannot be written",
    ),
];

/// The first line of the usage.
pub fn short_usage() -> &'static str {
    USAGE.lines().next().unwrap_or_default()
}

/// A catalog, how many codes it has, and its newest source document.
pub struct CatalogSource {
    pub catalog: Catalog,
    pub codes: usize,
    pub newest: &'static Source,
    /// Whether the newest document is chosen by its date (else, none being dated, by the
    /// number of codes transcribed from it).
    pub dated: bool,
}

/// Every catalog of this build with its newest source, from its codes' rows: the document
/// with the latest date, or, where no document states a date, the one most codes come from.
pub fn catalog_sources() -> Vec<CatalogSource> {
    let mut sources = Vec::new();
    for &catalog in Catalog::ALL.iter().filter(|c| c.is_enabled()) {
        let rows: Vec<&'static Source> = AnyCode::all()
            .filter(|code| code.catalog() == catalog)
            .map(AnyCode::source)
            .collect();
        let dated = rows
            .iter()
            .copied()
            .filter(|s| s.date.is_some())
            .max_by_key(|s| s.date);
        let most = rows
            .iter()
            .copied()
            .max_by_key(|s| rows.iter().filter(|other| ***other == **s).count());
        if let Some(newest) = dated.or(most) {
            sources.push(CatalogSource {
                catalog,
                codes: rows.len(),
                newest,
                dated: dated.is_some(),
            });
        }
    }
    sources
}

pub fn help(out: &mut Out) {
    out.line(
        "explain: what an RPA error code means, from the vendors' own tables",
        0,
    );
    out.blank();
    out.raw(USAGE);
    out.raw("\n\n");
    out.line(CODES, 0);
    for (title, items, column) in [
        ("Options:", OPTIONS, 20),
        ("Examples:", EXAMPLES, 32),
        ("Exit status:", EXIT, 5),
    ] {
        out.blank();
        out.line(title, 0);
        for (label, text) in items {
            out.item(label, text, column);
        }
    }
    out.blank();
    out.line("Catalogs (CATALOG is the id):", 0);
    for source in catalog_sources() {
        let date = source.newest.date.unwrap_or("undated");
        out.field(
            source.catalog.id(),
            &format!(
                "{}, {} codes. Newest source: {}, {date}",
                source.catalog.title(),
                source.codes,
                source.newest.document
            ),
        );
        out.url(source.newest.url);
    }
}

pub fn version(out: &mut Out) {
    out.line(
        &format!("explain {} (rpa-error-codes)", env!("CARGO_PKG_VERSION")),
        0,
    );
    out.line(
        "Catalogs, with the date of their newest source document:",
        0,
    );
    for source in catalog_sources() {
        let text = match (source.newest.date, source.dated) {
            (Some(date), true) => format!("{date} ({} codes)", source.codes),
            _ => format!(
                "undated ({} codes; newest source: {})",
                source.codes, source.newest.document
            ),
        };
        out.field(source.catalog.id(), &text);
    }
}
