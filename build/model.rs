//! The "validate" step: typed rows for each table, checked cell by cell and across rows.
//!
//! Both tables share the cell validators ([`Cell`] methods below), the duplicate check
//! ([`Unique`]) and error collection ([`Errors`]); only the column lists and the meaning of
//! each column differ.

use std::collections::HashMap;

use crate::markup::{self, LinkBase, Markup};
use crate::table::{Cell, DataError, Table};

/// The columns of `data/power_automate.csv`, in order.
pub const POWER_AUTOMATE_COLUMNS: &[&str] = &[
    "code",
    "http_status",
    "run_modes",
    "platform",
    "transient",
    "transient_reason",
    "retired_in",
    "replaced_by",
    "first_seen",
    "mitigation",
    "source",
    "source_date",
    "source_url",
];

/// The columns of `data/orchestrator.csv`, in order.
pub const ORCHESTRATOR_COLUMNS: &[&str] = &[
    "code",
    "name",
    "name_grade",
    "name_source",
    "aliases",
    "category",
    "category_basis",
    "message",
    "message_source",
    "description",
    "http_status",
    "http_status_source",
    "source",
    "source_url",
    "notes",
];

/// How the relative links of KB 4555406 resolve (the article lives in `desktop-flows/`).
pub const KB_LINKS: LinkBase<'static> = LinkBase {
    site: "https://learn.microsoft.com",
    folder: "https://learn.microsoft.com/troubleshoot/power-platform/power-automate/desktop-flows/",
};

/// The run modes, as the `RunMode` variants are named.
pub const RUN_MODES: &[&str] = &["Attended", "Unattended", "Local"];
/// The platform limits, as the `Platform` variants are named, with the sentence that states each.
pub const PLATFORMS: &[(&str, &str)] = &[
    ("WindowsServer", "Windows Server only."),
    ("Windows10", "Windows 10 only."),
];
/// The categories, as the `Category` variants are named.
pub const CATEGORIES: &[&str] = &[
    "Generic",
    "Audit",
    "OrganizationUnits",
    "Robots",
    "Conflict",
    "Authorization",
    "Assets",
    "Schedules",
    "Jobs",
    "ThirdParty",
    "Logs",
    "Configuration",
    "Queues",
    "License",
];
/// Name evidence grades and the `NameEvidence` variant each maps to.
pub const NAME_GRADES: &[(&str, &str)] = &[
    ("S", "Stated"),
    ("J", "Stated"),
    ("B", "EnumOrder"),
    ("M", "Inferred"),
    ("C", "Inferred"),
];

/// Where a row's facts come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub document: String,
    pub date: Option<String>,
    pub url: String,
}

/// A validated row of `data/power_automate.csv`.
#[derive(Clone, Debug)]
pub struct PowerAutomateRow {
    pub line: u64,
    pub code: String,
    pub http_status: u16,
    /// Variant names of `RunMode`, in the order Attended, Unattended, Local.
    pub run_modes: Vec<&'static str>,
    pub platform: Option<&'static str>,
    pub transient: bool,
    pub transient_reason: String,
    pub retired_in: Option<String>,
    pub replaced_by: Vec<String>,
    pub first_seen: String,
    /// The mitigation as the vendor wrote it.
    pub mitigation_markup: String,
    pub mitigation: Markup,
    pub source: Source,
}

/// A validated row of `data/orchestrator.csv`.
#[derive(Clone, Debug)]
pub struct OrchestratorRow {
    pub line: u64,
    pub code: u16,
    pub name: String,
    pub name_grade: &'static str,
    pub name_evidence: &'static str,
    pub name_source: String,
    pub aliases: Vec<String>,
    pub category: &'static str,
    pub category_from_label: bool,
    pub message: Option<String>,
    pub message_source: Option<String>,
    pub description: Option<String>,
    pub http_status: Option<u16>,
    pub http_status_source: Option<String>,
    pub source: Source,
    pub notes: Option<String>,
}

/// Collects every error instead of stopping at the first.
#[derive(Default)]
pub struct Errors(pub Vec<DataError>);

impl Errors {
    /// Keeps the value of `result`, or records its error and gives `None`.
    pub fn take<T>(&mut self, result: Result<T, DataError>) -> Option<T> {
        result.map_err(|e| self.0.push(e)).ok()
    }

    pub fn finish<T>(mut self, value: T) -> Result<T, Vec<DataError>> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            self.0.sort_by_key(|e| (e.line, e.column));
            Err(self.0)
        }
    }
}

/// Checks that keys (codes, names) occur once across a table, ignoring ASCII case: the lookups
/// that ignore case must find exactly one entry.
pub struct Unique<'a> {
    what: &'a str,
    seen: HashMap<String, (String, u64)>,
}

impl<'a> Unique<'a> {
    pub fn new(what: &'a str) -> Self {
        Self {
            what,
            seen: HashMap::new(),
        }
    }

    pub fn check(&mut self, key: &str, cell: &Cell<'_>) -> Result<(), DataError> {
        let folded = key.to_ascii_lowercase();
        match self.seen.get(&folded) {
            Some((first, line)) if first == key => Err(cell.at.error(
                format!("duplicate {} `{key}` (first on line {line})", self.what),
                format!("each {} once in the table", self.what),
            )),
            Some((first, line)) => Err(cell.at.error(
                format!(
                    "{} `{key}` differs from `{first}` (line {line}) only in ASCII case",
                    self.what
                ),
                format!("each {} once in the table, ignoring ASCII case", self.what),
            )),
            None => {
                self.seen.insert(folded, (key.to_owned(), cell.at.line));
                Ok(())
            }
        }
    }
}

impl<'a> Cell<'a> {
    pub fn required(&self) -> Result<&'a str, DataError> {
        if self.text.is_empty() {
            Err(self
                .at
                .error("the cell is empty", "a value (this column is required)"))
        } else {
            Ok(self.text)
        }
    }

    pub fn optional(&self) -> Option<&'a str> {
        (!self.text.is_empty()).then_some(self.text)
    }

    pub fn http_status(&self) -> Result<u16, DataError> {
        let text = self.required()?;
        match text.parse::<u16>() {
            Ok(n) if text.bytes().all(|b| b.is_ascii_digit()) && (100..=599).contains(&n) => Ok(n),
            _ => Err(self.at.error(
                format!("malformed HTTP status `{text}`"),
                "a three-digit HTTP status from 100 to 599",
            )),
        }
    }

    pub fn optional_http_status(&self) -> Result<Option<u16>, DataError> {
        self.optional().map(|_| self.http_status()).transpose()
    }

    pub fn code_number(&self) -> Result<u16, DataError> {
        let text = self.required()?;
        match text.parse::<u16>() {
            Ok(n)
                if n > 0 && text.bytes().all(|b| b.is_ascii_digit()) && !text.starts_with('0') =>
            {
                Ok(n)
            }
            _ => Err(self.at.error(
                format!("malformed code `{text}`"),
                "a whole number from 1 to 65535 without leading zeros (0 means no code)",
            )),
        }
    }

    pub fn yes_no(&self) -> Result<bool, DataError> {
        match self.required()? {
            "yes" => Ok(true),
            "no" => Ok(false),
            other => Err(self.at.error(format!("`{other}`"), "`yes` or `no`")),
        }
    }

    pub fn one_of(&self, options: &[&'static str]) -> Result<&'static str, DataError> {
        let text = self.required()?;
        options.iter().copied().find(|o| *o == text).ok_or_else(|| {
            self.at.error(
                format!("unknown {} `{text}`", self.at.name.replace('_', " ")),
                format!("one of {}", quoted_list(options)),
            )
        })
    }

    pub fn date(&self) -> Result<&'a str, DataError> {
        let text = self.required()?;
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && digits(0..4)
            && digits(5..7)
            && digits(8..10)
        {
            let month: u8 = text[5..7].parse().unwrap_or(0);
            let day: u8 = text[8..10].parse().unwrap_or(0);
            if (1..=12).contains(&month) && (1..=31).contains(&day) {
                return Ok(text);
            }
        }
        Err(self
            .at
            .error(format!("malformed date `{text}`"), "a date YYYY-MM-DD"))
    }

    pub fn optional_date(&self) -> Result<Option<&'a str>, DataError> {
        self.optional().map(|_| self.date()).transpose()
    }

    /// A name that becomes a Rust identifier (an enum variant).
    pub fn identifier(&self) -> Result<&'a str, DataError> {
        let text = self.required()?;
        check_identifier(text).map_err(|problem| {
            self.at.error(
                problem,
                "an UpperCamelCase name of ASCII letters and digits",
            )
        })?;
        Ok(text)
    }

    /// A `;`-separated list of identifiers (may be empty).
    pub fn identifier_list(&self) -> Result<Vec<&'a str>, DataError> {
        if self.text.is_empty() {
            return Ok(Vec::new());
        }
        self.text
            .split(';')
            .map(|item| {
                check_identifier(item).map(|()| item).map_err(|problem| {
                    self.at.error(
                        format!("in the list `{}`: {problem}", self.text),
                        "names separated by `;`, without spaces",
                    )
                })
            })
            .collect()
    }

    pub fn https_url(&self) -> Result<&'a str, DataError> {
        let text = self.required()?;
        if text.starts_with("https://")
            && text.len() > "https://".len()
            && !text.contains(char::is_whitespace)
        {
            Ok(text)
        } else {
            Err(self.at.error(
                format!("`{text}` is not an https URL"),
                "an absolute https URL",
            ))
        }
    }
}

fn check_identifier(text: &str) -> Result<(), String> {
    let mut chars = text.chars();
    match chars.next() {
        None => Err("an empty name".into()),
        Some(c) if !c.is_ascii_uppercase() => Err(format!(
            "`{text}` does not start with an uppercase ASCII letter"
        )),
        Some(_) if text == "Self" => Err("`Self` is a Rust keyword".into()),
        Some(_) => match chars.find(|c| !c.is_ascii_alphanumeric()) {
            Some(c) => Err(format!("`{text}` holds {c:?}")),
            None => Ok(()),
        },
    }
}

fn quoted_list(options: &[&str]) -> String {
    options
        .iter()
        .map(|o| format!("`{o}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn source(
    table: &Table,
    row: &crate::table::Row,
    date: bool,
    errors: &mut Errors,
) -> Option<Source> {
    let document = errors.take(table.cell(row, "source").required());
    let date = if date {
        errors
            .take(table.cell(row, "source_date").date())
            .map(|d| Some(d.to_owned()))
    } else {
        Some(None)
    };
    let url = errors.take(table.cell(row, "source_url").https_url());
    Some(Source {
        document: document?.to_owned(),
        date: date?,
        url: url?.to_owned(),
    })
}

/// Validates `data/power_automate.csv`.
pub fn power_automate(table: &Table) -> Result<Vec<PowerAutomateRow>, Vec<DataError>> {
    let mut errors = Errors::default();
    let mut codes = Unique::new("code");
    let mut rows = Vec::new();
    for row in &table.rows {
        let cell = |name| table.cell(row, name);
        let code = errors.take(cell("code").identifier().and_then(|c| {
            codes.check(c, &cell("code"))?;
            Ok(c)
        }));
        let http_status = errors.take(cell("http_status").http_status());
        let run_modes = errors.take(run_modes(&cell("run_modes")));
        let platform = cell("platform").optional().map(|_| {
            errors.take(cell("platform").one_of(&PLATFORMS.iter().map(|p| p.0).collect::<Vec<_>>()))
        });
        let transient = errors.take(cell("transient").yes_no());
        let transient_reason = errors.take(cell("transient_reason").required());
        let retired_in = errors.take(cell("retired_in").optional_date());
        let replaced_by = errors.take(cell("replaced_by").identifier_list());
        let first_seen = errors.take(cell("first_seen").date());
        let mitigation_cell = cell("mitigation");
        let mitigation = errors.take(mitigation_cell.required().and_then(|text| {
            markup::parse(text, KB_LINKS).map_err(|e| {
                mitigation_cell.at.error(
                    format!("broken markup at character {}: {}", e.position, e.problem),
                    e.expected,
                )
            })
        }));
        let source = source(table, row, true, &mut errors);

        let (
            Some(code),
            Some(http_status),
            Some(run_modes),
            Some(transient),
            Some(transient_reason),
            Some(retired_in),
            Some(replaced_by),
            Some(first_seen),
            Some(mitigation),
            Some(source),
        ) = (
            code,
            http_status,
            run_modes,
            transient,
            transient_reason,
            retired_in,
            replaced_by,
            first_seen,
            mitigation,
            source,
        )
        else {
            continue;
        };
        let Some(platform) = platform.map_or(Some(None), |p| p.map(Some)) else {
            continue;
        };

        // The platform column must agree with the sentence in the text that states it.
        let plain = mitigation.plain();
        let stated = PLATFORMS
            .iter()
            .find(|(_, sentence)| plain.starts_with(sentence))
            .map(|p| p.0);
        if stated != platform {
            errors.0.push(cell("platform").at.error(
                format!(
                    "the platform is `{}` but the mitigation {}",
                    platform.unwrap_or(""),
                    match stated {
                        Some(s) => format!("states `{s}`"),
                        None => "states no platform limit".to_owned(),
                    }
                ),
                "the platform that the mitigation's first sentence states (`Windows Server only.` or `Windows 10 only.`), or empty",
            ));
        }
        if !replaced_by.is_empty() && retired_in.is_none() {
            errors.0.push(cell("retired_in").at.error(
                "a code with `replaced_by` has no `retired_in` date",
                "the date of the first table version without the code",
            ));
        }
        if let Some(retired) = retired_in {
            if retired <= first_seen {
                errors.0.push(cell("retired_in").at.error(
                    format!("retired on {retired}, not after first seen on {first_seen}"),
                    "a retirement date after `first_seen`",
                ));
            }
        }
        rows.push(PowerAutomateRow {
            line: row.line,
            code: code.to_owned(),
            http_status,
            run_modes,
            platform,
            transient,
            transient_reason: transient_reason.to_owned(),
            retired_in: retired_in.map(str::to_owned),
            replaced_by: replaced_by.into_iter().map(str::to_owned).collect(),
            first_seen: first_seen.to_owned(),
            mitigation_markup: mitigation_cell.text.to_owned(),
            mitigation,
            source,
        });
    }

    // `replaced_by` must name other codes of the table.
    for row in &rows {
        for target in &row.replaced_by {
            let source_row = table.rows.iter().find(|r| r.line == row.line);
            let cell = table.cell(
                source_row.expect("every validated row has a source row"),
                "replaced_by",
            );
            if target == &row.code {
                errors.0.push(cell.at.error(
                    format!("`{target}` replaces itself"),
                    "other codes of this table",
                ));
            } else if !rows.iter().any(|r| &r.code == target) {
                errors.0.push(cell.at.error(
                    format!("`replaced_by` names `{target}`, which is no code of this table"),
                    "codes that have their own row",
                ));
            }
        }
    }
    errors.finish(rows)
}

fn run_modes(cell: &Cell<'_>) -> Result<Vec<&'static str>, DataError> {
    let text = cell.required()?;
    if text == "All" {
        return Ok(RUN_MODES.to_vec());
    }
    let mut modes = Vec::new();
    for item in text.split(';') {
        let Some(mode) = RUN_MODES.iter().find(|m| **m == item) else {
            return Err(cell.at.error(
                format!("unknown run mode `{item}`"),
                format!(
                    "`All`, or run modes from {} separated by `;`",
                    quoted_list(RUN_MODES)
                ),
            ));
        };
        if modes.contains(mode) {
            return Err(cell.at.error(
                format!("run mode `{item}` given twice"),
                "each run mode once",
            ));
        }
        modes.push(*mode);
    }
    modes.sort_by_key(|m| RUN_MODES.iter().position(|r| r == m));
    Ok(modes)
}

/// Validates `data/orchestrator.csv`.
pub fn orchestrator(table: &Table) -> Result<Vec<OrchestratorRow>, Vec<DataError>> {
    let mut errors = Errors::default();
    let mut codes = Unique::new("code");
    let mut names = Unique::new("name or alias");
    let mut rows = Vec::new();
    for row in &table.rows {
        let cell = |name| table.cell(row, name);
        let code = errors.take(cell("code").code_number().and_then(|c| {
            codes.check(&c.to_string(), &cell("code"))?;
            Ok(c)
        }));
        let name = errors.take(cell("name").identifier().and_then(|n| {
            names.check(n, &cell("name"))?;
            Ok(n)
        }));
        let grade = errors
            .take(cell("name_grade").one_of(&NAME_GRADES.iter().map(|g| g.0).collect::<Vec<_>>()));
        let name_source = errors.take(cell("name_source").required());
        let aliases = errors.take(cell("aliases").identifier_list().and_then(|list| {
            for alias in &list {
                names.check(alias, &cell("aliases"))?;
            }
            Ok(list)
        }));
        let category = errors.take(cell("category").one_of(CATEGORIES));
        let basis = errors.take(cell("category_basis").one_of(&["label", "range"]));
        let message = cell("message").optional();
        let message_source = cell("message_source").optional();
        if message.is_none() && message_source.is_some() {
            errors.0.push(cell("message_source").at.error(
                "a message source without a message",
                "`message_source` only where `message` is filled",
            ));
        }
        let http_status = errors.take(cell("http_status").optional_http_status());
        let http_status_source = cell("http_status_source").optional();
        if let Some(Some(_)) = http_status {
            if http_status_source.is_none() {
                errors.0.push(cell("http_status_source").at.error(
                    "an HTTP status without its source",
                    "the source that states the HTTP status",
                ));
            }
        } else if http_status_source.is_some() && http_status.is_some() {
            errors.0.push(cell("http_status_source").at.error(
                "a source for an HTTP status that is empty",
                "`http_status_source` only where `http_status` is filled",
            ));
        }
        let source = source(table, row, false, &mut errors);

        let (
            Some(code),
            Some(name),
            Some(grade),
            Some(name_source),
            Some(aliases),
            Some(category),
            Some(basis),
            Some(http_status),
            Some(source),
        ) = (
            code,
            name,
            grade,
            name_source,
            aliases,
            category,
            basis,
            http_status,
            source,
        )
        else {
            continue;
        };
        rows.push(OrchestratorRow {
            line: row.line,
            code,
            name: name.to_owned(),
            name_grade: grade,
            name_evidence: NAME_GRADES
                .iter()
                .find(|g| g.0 == grade)
                .map(|g| g.1)
                .unwrap_or("Inferred"),
            name_source: name_source.to_owned(),
            aliases: aliases.into_iter().map(str::to_owned).collect(),
            category,
            category_from_label: basis == "label",
            message: message.map(str::to_owned),
            message_source: message_source.map(str::to_owned),
            description: cell("description").optional().map(str::to_owned),
            http_status,
            http_status_source: http_status_source.map(str::to_owned),
            source,
            notes: cell("notes").optional().map(str::to_owned),
        });
    }
    // Lookups by number and the dense table rely on ascending order.
    for pair in rows.windows(2) {
        if pair[1].code < pair[0].code {
            let row = table
                .rows
                .iter()
                .find(|r| r.line == pair[1].line)
                .expect("row exists");
            errors.0.push(table.cell(row, "code").at.error(
                format!("code {} comes after {}", pair[1].code, pair[0].code),
                "rows in ascending order of code",
            ));
        }
    }
    errors.finish(rows)
}
