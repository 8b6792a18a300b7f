//! The "validate" step, the same for every catalog: each cell is checked and typed by its
//! column's [`Kind`], then the keys, the rules across cells, the references and the order are
//! checked across rows. Every problem is collected, located at its cell.
//!
//! A validated cell keeps its position, so a check across rows names the cell it is about
//! without searching the table again.

use std::collections::HashMap;

use super::describe::{
    Catalog, Column, IdentRule, IntType, Item, Key, Kind, Order, Rule, Vocabulary,
};
use super::markup::{self, Markup};
use super::table::{At, DataError, Table};

/// A typed cell.
#[derive(Clone, Debug)]
pub enum Value {
    /// An empty optional cell.
    Empty,
    /// Text of any text-like kind (text, date, source document, URL).
    Text(String),
    /// A variant name: as the vendor spells it, and the identifier it becomes.
    Ident {
        name: String,
        ident: String,
    },
    /// A `;` list.
    List(Vec<String>),
    Markup {
        raw: String,
        markup: Markup,
    },
    Int(i64),
    Bool(bool),
    Item(&'static Item),
    Grade(char, &'static Item),
    Set(Vec<&'static Item>),
}

impl Value {
    pub fn is_empty(&self) -> bool {
        matches!(self, Value::Empty)
    }

    pub fn text(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            Value::Ident { name, .. } => Some(name),
            Value::Markup { raw, .. } => Some(raw),
            _ => None,
        }
    }

    pub fn int(&self) -> Option<i64> {
        match self {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }
}

/// A validated cell: its value and where it stands.
#[derive(Clone, Debug)]
pub struct Cell {
    pub value: Value,
    /// The cell's text as written.
    pub raw: String,
    pub line: u64,
    pub column: usize,
}

/// A validated row: one cell per column, in the description's order.
#[derive(Clone, Debug)]
pub struct Row {
    pub cells: Vec<Cell>,
}

/// A validated catalog.
pub struct Valid {
    pub catalog: &'static Catalog,
    pub rows: Vec<Row>,
    /// The index of the variant column, found once: every step asks for each row's variant.
    variant: Option<usize>,
}

impl std::fmt::Debug for Valid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Valid")
            .field("file", &self.catalog.file)
            .field("rows", &self.rows)
            .finish()
    }
}

impl Valid {
    /// The cell of `row` in the column named `name`.
    pub fn cell<'a>(&self, row: &'a Row, name: &str) -> Option<&'a Cell> {
        let (index, _) = self.catalog.column(name)?;
        row.cells.get(index)
    }

    /// The value of `row` in the column named `name` ([`Value::Empty`] for a column the
    /// catalog does not have).
    pub fn value<'a>(&self, row: &'a Row, name: &str) -> &'a Value {
        const EMPTY: &Value = &Value::Empty;
        self.cell(row, name).map_or(EMPTY, |c| &c.value)
    }

    /// The identifier of the row's variant.
    pub fn ident<'a>(&self, row: &'a Row) -> &'a str {
        match self
            .variant
            .and_then(|i| row.cells.get(i))
            .map(|c| &c.value)
        {
            Some(Value::Ident { ident, .. }) => ident,
            _ => "",
        }
    }
}

/// Collects every error instead of stopping at the first.
#[derive(Default)]
struct Errors(Vec<DataError>);

impl Errors {
    fn take<T>(&mut self, result: Result<T, DataError>) -> Option<T> {
        result.map_err(|e| self.0.push(e)).ok()
    }
}

/// Runs the step on a table read by `table::read` with the catalog's header.
pub fn validate(catalog: &'static Catalog, table: Table) -> Result<Valid, Vec<DataError>> {
    // The table's cells are moved into the validated rows, not copied.
    let Table {
        file,
        rows: records,
    } = table;
    let mut errors = Errors::default();
    if records.is_empty() {
        errors.0.push(DataError {
            file: file.clone(),
            line: 1,
            column: None,
            column_name: None,
            problem: "the table has no rows".to_owned(),
            expected: "at least one row after the header".to_owned(),
        });
    }
    let mut rows = Vec::new();
    for record in records {
        let mut cells = Vec::new();
        let mut complete = true;
        let mut texts = record.cells.into_iter();
        for (index, column) in catalog.columns.iter().enumerate() {
            let at = At {
                file: &file,
                line: record.line,
                column: index + 1,
                name: column.name,
            };
            let text = texts.next().unwrap_or_default();
            // A cell is typed by its text and column alone, so one that repeats the cell above
            // (a source, a date, a class) takes its value rather than being checked again.
            let above = rows
                .last()
                .and_then(|row: &Row| row.cells.get(index))
                .filter(|above| above.raw == text);
            let value = match above {
                Some(above) => Some(above.value.clone()),
                None => errors.take(cell(catalog, column, &text, &at)),
            };
            match value {
                Some(value) => cells.push(Cell {
                    value,
                    raw: text,
                    line: record.line,
                    column: index + 1,
                }),
                None => complete = false,
            }
        }
        if complete {
            rows.push(Row { cells });
        }
    }
    let variant = catalog.column(catalog.variant).map(|(i, _)| i);
    let valid = Valid {
        catalog,
        rows,
        variant,
    };
    let at = |cell: &Cell| At {
        file: &file,
        line: cell.line,
        column: cell.column,
        name: catalog.columns[cell.column - 1].name,
    };
    keys(&valid, &at, &mut errors);
    for rule in catalog.rules {
        for row in &valid.rows {
            errors.take(check_rule(&valid, rule, row, &at));
        }
    }
    references(&valid, &at, &mut errors);
    if let Order::Ascending(name) = catalog.order {
        for pair in valid.rows.windows(2) {
            let (Some(a), Some(b)) = (valid.cell(&pair[0], name), valid.cell(&pair[1], name))
            else {
                continue;
            };
            if let (Some(x), Some(y)) = (a.value.int(), b.value.int()) {
                // Equal numbers are reported as duplicates.
                if y < x {
                    errors.0.push(at(b).error(
                        format!("{name} {y} comes after {x}"),
                        format!("rows in ascending order of {name}"),
                    ));
                }
            }
        }
    }
    if errors.0.is_empty() {
        Ok(valid)
    } else {
        errors.0.sort_by_key(|e| (e.line, e.column));
        Err(errors.0)
    }
}

/// Checks and types one cell.
fn cell(catalog: &Catalog, column: &Column, text: &str, at: &At<'_>) -> Result<Value, DataError> {
    let verbatim = matches!(column.kind, Kind::Text { verbatim: true });
    // The ends are tested rather than the text trimmed, which steps through the characters.
    if !verbatim && (text.starts_with(char::is_whitespace) || text.ends_with(char::is_whitespace)) {
        return Err(at.error(
            format!("the text {text:?} has leading or trailing white space"),
            "no white space at either end of a cell",
        ));
    }
    if text.is_empty() {
        return if column.required {
            Err(at.error("the cell is empty", "a value (this column is required)"))
        } else {
            Ok(Value::Empty)
        };
    }
    Ok(match column.kind {
        Kind::Ident(rule) => {
            let ident =
                identifier(text, rule).map_err(|problem| at.error(problem, rule_expected(rule)))?;
            if ident == "Self" || catalog.reserved.contains(&ident.as_str()) {
                return Err(at.error(
                    format!("`{text}` would name the variant `{ident}`, which is taken by the API (`{}::{ident}`) or the language", catalog.enum_name),
                    "a name other than `Self` and the enum's associated items",
                ));
            }
            Value::Ident {
                name: text.to_owned(),
                ident,
            }
        }
        Kind::NameList | Kind::RefList => Value::List(list(text, at)?),
        Kind::FormerNames => {
            let names = list(text, at)?;
            // Each becomes an associated constant of the enum.
            if let Some(taken) = names
                .iter()
                .find(|n| *n == "Self" || catalog.reserved.contains(&n.as_str()))
            {
                return Err(at.error(
                    format!("the former name `{taken}` would name the constant `{}::{taken}`, which is taken by the API or the language", catalog.enum_name),
                    "names other than `Self` and the enum's associated items",
                ));
            }
            Value::List(names)
        }
        Kind::Text { .. } | Kind::SourceDocument => Value::Text(text.to_owned()),
        Kind::Markup { base, .. } => Value::Markup {
            raw: text.to_owned(),
            markup: markup::parse(text, base).map_err(|e| {
                at.error(
                    format!("broken markup at character {}: {}", e.position, e.problem),
                    e.expected,
                )
            })?,
        },
        Kind::HttpStatus => match text.parse::<u16>() {
            Ok(n)
                if text.len() == 3
                    && text.bytes().all(|b| b.is_ascii_digit())
                    && (100..=599).contains(&n) =>
            {
                Value::Int(i64::from(n))
            }
            _ => {
                return Err(at.error(
                    format!("malformed HTTP status `{text}`"),
                    "a three-digit HTTP status from 100 to 599",
                ));
            }
        },
        Kind::Int { ty, min, max } => Value::Int(integer(text, ty, min, max).ok_or_else(|| {
            at.error(
                format!("malformed {} `{text}`", at.name.replace('_', " ")),
                format!(
                    "a whole number from {min} to {max} without leading zeros{}",
                    if min > 0 { " (0 means no code)" } else { "" }
                ),
            )
        })?),
        Kind::Hex32 => {
            let digits = text.strip_prefix("0x").unwrap_or("");
            match u32::from_str_radix(digits, 16) {
                Ok(n)
                    if (1..=8).contains(&digits.len())
                        && digits.bytes().all(|b| b.is_ascii_hexdigit()) =>
                {
                    Value::Int(i64::from(n))
                }
                _ => {
                    return Err(at.error(
                        format!("malformed hexadecimal number `{text}`"),
                        "`0x` and one to eight hexadecimal digits",
                    ));
                }
            }
        }
        Kind::Date | Kind::SourceDate => {
            if !is_date(text) {
                return Err(at.error(
                    format!("malformed date `{text}`"),
                    "a date YYYY-MM-DD that exists in the calendar",
                ));
            }
            Value::Text(text.to_owned())
        }
        Kind::Flag { yes, no } => match text {
            t if t == yes => Value::Bool(true),
            t if t == no => Value::Bool(false),
            other => {
                return Err(at.error(
                    format!("unknown {} `{other}`", at.name.replace('_', " ")),
                    format!("`{yes}` or `{no}`"),
                ));
            }
        },
        Kind::Vocab(vocab) => Value::Item(item(vocab, text, at)?),
        Kind::Grade { vocab, .. } => {
            let item = item(vocab, text, at)?;
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Value::Grade(c, item),
                _ => {
                    return Err(at.error(
                        format!("the grade `{text}` is not one letter"),
                        "a one-letter grade",
                    ));
                }
            }
        }
        Kind::VocabSet { vocab, all, .. } => {
            if text == all {
                Value::Set(vocab.items.iter().collect())
            } else {
                let mut items: Vec<&'static Item> = Vec::new();
                for word in text.split(';') {
                    let Some(found) = vocab.items.iter().find(|i| spellings(i).contains(&word))
                    else {
                        return Err(at.error(
                            format!("unknown {} `{word}`", words(vocab.name)),
                            format!(
                                "`{all}`, or {}s from {} separated by `;`",
                                words(vocab.name),
                                quoted(vocab.items.iter().flat_map(spellings))
                            ),
                        ));
                    };
                    if items.iter().any(|i| std::ptr::eq(*i, found)) {
                        return Err(at.error(
                            format!("{} `{word}` given twice", words(vocab.name)),
                            format!("each {} once", words(vocab.name)),
                        ));
                    }
                    items.push(found);
                }
                items.sort_by_key(|i| vocab.items.iter().position(|x| std::ptr::eq(x, *i)));
                Value::Set(items)
            }
        }
        Kind::SourceUrl => {
            if text.starts_with("https://")
                && text.len() > "https://".len()
                && !markup::has_whitespace(text)
            {
                Value::Text(text.to_owned())
            } else {
                return Err(at.error(
                    format!("`{text}` is not an https URL"),
                    "an absolute https URL",
                ));
            }
        }
    })
}

/// The spellings of an item in cells: its own, or its name.
pub fn spellings(item: &'static Item) -> &'static [&'static str] {
    if item.spellings.is_empty() {
        std::slice::from_ref(&item.name)
    } else {
        item.spellings
    }
}

fn item(vocab: &'static Vocabulary, text: &str, at: &At<'_>) -> Result<&'static Item, DataError> {
    vocab
        .items
        .iter()
        .find(|i| spellings(i).contains(&text))
        .ok_or_else(|| {
            at.error(
                format!("unknown {} `{text}`", at.name.replace('_', " ")),
                format!("one of {}", quoted(vocab.items.iter().flat_map(spellings))),
            )
        })
}

/// `RunMode` -> `run mode`.
fn words(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push(' ');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

pub fn quoted<'a>(items: impl IntoIterator<Item = &'a &'a str>) -> String {
    items
        .into_iter()
        .map(|o| format!("`{o}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn rule_expected(rule: IdentRule) -> &'static str {
    match rule {
        IdentRule::Exact => "an UpperCamelCase name of ASCII letters and digits",
        IdentRule::CapitalizeFirst => {
            "a name of ASCII letters, digits and `_` that starts with a letter"
        }
    }
}

/// The identifier a name becomes, by the rule.
fn identifier(text: &str, rule: IdentRule) -> Result<String, String> {
    let first = text.chars().next().ok_or("an empty name")?;
    // The first character the rule does not allow, found with a byte loop over a table. Every
    // allowed byte is ASCII, so the first other byte starts a character.
    static ALLOWED: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = (b as u8).is_ascii_alphanumeric();
            b += 1;
        }
        table
    };
    let underscore = matches!(rule, IdentRule::CapitalizeFirst);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() && (ALLOWED[bytes[i] as usize] || underscore && bytes[i] == b'_') {
        i += 1;
    }
    let other = text.get(i..).and_then(|rest| rest.chars().next());
    match rule {
        IdentRule::Exact => {
            if !first.is_ascii_uppercase() {
                return Err(format!(
                    "`{text}` does not start with an uppercase ASCII letter"
                ));
            }
            if let Some(c) = other {
                return Err(format!("`{text}` holds {c:?}"));
            }
            Ok(text.to_owned())
        }
        IdentRule::CapitalizeFirst => {
            if !first.is_ascii_alphabetic() {
                return Err(format!("`{text}` does not start with an ASCII letter"));
            }
            if let Some(c) = other {
                return Err(format!("`{text}` holds {c:?}"));
            }
            let mut ident = text.to_owned();
            ident[..1].make_ascii_uppercase();
            Ok(ident)
        }
    }
}

/// A `;` list of names, each once.
fn list(text: &str, at: &At<'_>) -> Result<Vec<String>, DataError> {
    let mut items: Vec<String> = Vec::new();
    for item in text.split(';') {
        identifier(item, IdentRule::Exact).map_err(|problem| {
            at.error(
                format!("in the list `{text}`: {problem}"),
                "names separated by `;`, without spaces",
            )
        })?;
        if items.iter().any(|i| i == item) {
            return Err(at.error(
                format!("in the list `{text}`: `{item}` is given twice"),
                "each name once in the list",
            ));
        }
        items.push(item.to_owned());
    }
    Ok(items)
}

fn integer(text: &str, ty: IntType, min: i64, max: i64) -> Option<i64> {
    let digits = match ty {
        IntType::I32 => text.strip_prefix('-').unwrap_or(text),
        IntType::U16 => text,
    };
    if digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || (digits.len() > 1 && digits.starts_with('0'))
        || text == "-0"
    {
        return None;
    }
    let n: i64 = text.parse().ok()?;
    (min..=max).contains(&n).then_some(n)
}

/// Whether `text` is a date `YYYY-MM-DD` of the Gregorian calendar.
fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let (Ok(year), Ok(month), Ok(day)) = (
        text[..4].parse::<u32>(),
        text[5..7].parse::<u32>(),
        text[8..].parse::<u32>(),
    ) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// Keys must be unique: variant identifiers and string keys ignoring ASCII case (the
/// ignore-case lookups must find one entry), numbers exactly.
fn keys<'a>(valid: &'a Valid, at: &dyn Fn(&'a Cell) -> At<'a>, errors: &mut Errors) {
    let catalog = valid.catalog;
    let mut check = |what: &str,
                     seen: &mut HashMap<String, (String, u64)>,
                     key: String,
                     folded: String,
                     cell: &'a Cell| {
        match seen.get(&folded) {
            Some((first, line)) if *first == key => errors.0.push(at(cell).error(
                format!("duplicate {what} `{key}` (first on line {line})"),
                format!("each {what} once in the table"),
            )),
            Some((first, line)) => errors.0.push(at(cell).error(
                format!("{what} `{key}` differs from `{first}` (line {line}) only in ASCII case"),
                format!("each {what} once in the table, ignoring ASCII case"),
            )),
            None => {
                seen.insert(folded, (key, cell.line));
            }
        }
    };
    let mut idents = HashMap::new();
    // The variant names and the further names looked up with them share one namespace, named
    // after the variant column and the first further column: "name or alias".
    let what = catalog
        .keys
        .iter()
        .find_map(|k| match k {
            Key::Str { column, also, .. } if *column == catalog.variant => also.first(),
            _ => None,
        })
        .map_or_else(
            || catalog.variant.replace('_', " "),
            |also| {
                format!(
                    "{} or {}",
                    catalog.variant.replace('_', " "),
                    singular(also)
                )
            },
        );
    for row in &valid.rows {
        if let Some(cell) = valid.cell(row, catalog.variant) {
            if let Value::Ident { name, ident } = &cell.value {
                check(
                    &what,
                    &mut idents,
                    name.clone(),
                    ident.to_ascii_lowercase(),
                    cell,
                );
            }
        }
    }
    let former_names: Vec<&str> = catalog
        .columns
        .iter()
        .filter(|c| matches!(c.kind, Kind::FormerNames))
        .map(|c| c.name)
        .collect();
    for key in catalog.keys {
        match *key {
            Key::Str { also, .. } if !also.is_empty() => {
                // The names go with the variant identifiers checked above (same namespace).
                for row in &valid.rows {
                    for &also in also.iter().filter(|a| !former_names.contains(a)) {
                        if let (Some(cell), Value::List(items)) =
                            (valid.cell(row, also), valid.value(row, also))
                        {
                            for item in items {
                                check(
                                    &what,
                                    &mut idents,
                                    item.clone(),
                                    item.to_ascii_lowercase(),
                                    cell,
                                );
                            }
                        }
                    }
                }
            }
            Key::Str { column, .. } if column != catalog.variant => {
                let mut seen = HashMap::new();
                for row in &valid.rows {
                    if let Some(cell) = valid.cell(row, column) {
                        if let Some(text) = cell.value.text() {
                            check(
                                column,
                                &mut seen,
                                text.to_owned(),
                                text.to_ascii_lowercase(),
                                cell,
                            );
                        }
                    }
                }
            }
            Key::Str { .. } => {}
            Key::Number { column, .. } => {
                let mut seen = HashMap::new();
                for row in &valid.rows {
                    if let Some(cell) = valid.cell(row, column) {
                        if let Some(n) = cell.value.int() {
                            let what = if column == "code" { "code" } else { column };
                            check(what, &mut seen, n.to_string(), n.to_string(), cell);
                        }
                    }
                }
            }
        }
    }
    // Former names become associated constants of the enum beside the variants, whether or
    // not a lookup reads them: one namespace with the variant names, checked last.
    for row in &valid.rows {
        for &name in &former_names {
            if let (Some(cell), Value::List(items)) =
                (valid.cell(row, name), valid.value(row, name))
            {
                for item in items {
                    check(
                        &what,
                        &mut idents,
                        item.clone(),
                        item.to_ascii_lowercase(),
                        cell,
                    );
                }
            }
        }
    }
    // A variant identifier derived from a name (CapitalizeFirst) must not collide with
    // another name's identifier: checked above, ignoring case, on the identifiers.
}

/// `aliases` -> `alias`, `former_codes` -> `former code`.
fn singular(column: &str) -> String {
    let words = column.replace('_', " ");
    if let Some(stem) = words.strip_suffix("ses") {
        format!("{stem}s")
    } else {
        words.strip_suffix('s').unwrap_or(&words).to_owned()
    }
}

fn check_rule<'a>(
    valid: &'a Valid,
    rule: &Rule,
    row: &'a Row,
    at: &dyn Fn(&'a Cell) -> At<'a>,
) -> Result<(), DataError> {
    let cell = |name: &str| valid.cell(row, name);
    match *rule {
        Rule::Needs { column, needs } => {
            if let (Some(c), Some(n)) = (cell(column), cell(needs)) {
                if !c.value.is_empty() && n.value.is_empty() {
                    return Err(at(c).error(
                        format!("`{column}` is filled but `{needs}` is empty"),
                        format!("`{column}` only where `{needs}` is filled"),
                    ));
                }
            }
        }
        Rule::After { later, earlier } => {
            if let (Some(l), Some(e)) = (cell(later), cell(earlier)) {
                if let (Some(l_date), Some(e_date)) = (l.value.text(), e.value.text()) {
                    if l_date <= e_date {
                        return Err(at(l).error(
                            format!("`{later}` {l_date} is not after `{earlier}` {e_date}"),
                            format!("a date after `{earlier}`"),
                        ));
                    }
                }
            }
        }
        Rule::StatedBy { column, text } => {
            let (Some(c), Some(t)) = (cell(column), cell(text)) else {
                return Ok(());
            };
            let Kind::Vocab(vocab) = valid.catalog.columns[c.column - 1].kind else {
                return Ok(());
            };
            let plain = match &t.value {
                Value::Markup { markup, .. } => markup.plain(),
                other => other.text().unwrap_or_default(),
            };
            let stated = vocab
                .items
                .iter()
                .find(|i| i.sentence.is_some_and(|s| plain.starts_with(s)));
            let given = match c.value {
                Value::Item(i) => Some(i),
                _ => None,
            };
            if stated.map(|i| i.name) != given.map(|i| i.name) {
                let sentences: Vec<&str> = vocab.items.iter().filter_map(|i| i.sentence).collect();
                return Err(at(c).error(
                    format!(
                        "the {column} is `{}` but the {text} {}",
                        given.map_or("", |i| i.name),
                        match stated {
                            Some(s) => format!("states `{}`", s.name),
                            None => format!("states no {column}"),
                        }
                    ),
                    format!(
                        "the {column} that the {text}'s first sentence states ({}), or empty",
                        quoted(sentences.iter())
                    ),
                ));
            }
        }
        Rule::Quotes { column, texts } => {
            let Some(c) = cell(column) else {
                return Ok(());
            };
            let Some(text) = c.value.text() else {
                return Ok(());
            };
            // Only an error names them.
            let named = || {
                texts
                    .iter()
                    .map(|t| format!("`{t}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            };
            let parts: Vec<&str> = text.split('"').collect();
            if parts.len() % 2 == 0 {
                return Err(at(c).error(
                    "a double quote is never closed",
                    format!("quotes of {} in pairs of double quotes", named()),
                ));
            }
            let plain: Vec<&str> = texts
                .iter()
                .filter_map(|t| cell(t))
                .map(|t| match &t.value {
                    Value::Markup { markup, .. } => markup.plain(),
                    other => other.text().unwrap_or_default(),
                })
                .collect();
            for phrase in parts.iter().skip(1).step_by(2) {
                if phrase.is_empty() || !plain.iter().any(|p| p.contains(phrase)) {
                    return Err(at(c).error(
                        format!("the quote \"{phrase}\" is not in {}", named()),
                        format!(
                            "quotes copied exactly from the plain text of {} of the same row",
                            named()
                        ),
                    ));
                }
            }
        }
        Rule::SameNumber { hex, decimal } => {
            if let (Some(h), Some(d)) = (cell(hex), cell(decimal)) {
                if let (Some(h_n), Some(d_n)) = (h.value.int(), d.value.int()) {
                    // The signed reading of the 32 bits.
                    let signed = i64::from(h_n as u32 as i32);
                    if signed != d_n {
                        return Err(at(d).error(
                            format!("{d_n} is not the signed 32-bit reading of `{hex}` ({signed})"),
                            format!("the number of `{hex}`, read as a signed 32-bit integer"),
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}

/// `RefList` cells name other rows' variants.
fn references<'a>(valid: &'a Valid, at: &dyn Fn(&'a Cell) -> At<'a>, errors: &mut Errors) {
    // Every row's identifier, so that each reference is one set lookup, not a scan.
    let idents: std::collections::HashSet<&str> =
        valid.rows.iter().map(|r| valid.ident(r)).collect();
    for (index, column) in valid.catalog.columns.iter().enumerate() {
        if !matches!(column.kind, Kind::RefList) {
            continue;
        }
        for row in &valid.rows {
            let cell = &row.cells[index];
            let Value::List(targets) = &cell.value else {
                continue;
            };
            let own = valid.ident(row);
            for target in targets {
                if target == own {
                    errors.0.push(at(cell).error(
                        format!("`{target}` refers to its own row"),
                        "other rows of this table",
                    ));
                } else if !idents.contains(target.as_str()) {
                    errors.0.push(at(cell).error(
                        format!("`{target}` is no {} of this table", valid.catalog.variant),
                        format!("a {} that has its own row", valid.catalog.variant),
                    ));
                }
            }
        }
    }
}
