//! The emit steps, the same for every catalog: enum, columns, info, lookups, docs.
//!
//! Every text from the data goes into Rust as an escaped string literal (`{:?}` of a `str`),
//! never pasted raw into code or `///` lines. The enum is emitted as a `macro_rules!` that the
//! crate's module invokes with its hand-written attributes and docs, so the generated part is
//! only what comes from the data. Each column is its own `static`, so a program links only the
//! columns it reads; `INFO` gathers them for `info()`. The output has one entry per line.

use std::fmt::Write as _;

/// `write!` into a `String`, which cannot fail (`fmt::Write for String` always returns `Ok`),
/// so the result is dropped here once rather than unwrapped at every call.
macro_rules! put {
    ($out:expr, $($arg:tt)*) => {{
        let _ = write!($out, $($arg)*);
    }};
}

/// `writeln!` into a `String`; see [`put!`].
macro_rules! put_line {
    ($out:expr, $($arg:tt)*) => {{
        let _ = writeln!($out, $($arg)*);
    }};
}

use crate::describe::{Catalog, Column, IntType, Item, Key, Kind, Vocabulary};
use crate::markup::{escape_markdown, first_sentence};
use crate::phash;
use crate::validate::{Cell, Row, Valid, Value};

// `build/surface.rs`: a file loaded through `#[path]` finds its modules beside it.
pub mod surface;

/// The Rust source of one catalog and the Markdown table for its module docs.
pub struct Generated {
    pub code: String,
    pub table: String,
}

/// The longest generated line we aim for; longer string literals are continued on the next
/// line with `\`.
const WIDTH: usize = 100;

/// A Rust string literal holding `s` exactly, continued over lines of about [`WIDTH`]
/// characters. A line is only ever broken before an ASCII letter or digit, because a `\`
/// continuation skips the white space that starts the next line.
///
/// Continued lines are indented by four spaces (the continuation skips them), as an item of
/// a static array; [`push_lit`] takes any indent.
pub fn lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_lit(&mut out, s, "\\\n    ");
    out
}

/// [`lit`], written at the end of `out`; `continuation` ends each line but the last (a `\`,
/// a line break and the next line's indent).
pub fn push_lit(out: &mut String, s: &str, continuation: &str) {
    // The build script runs unoptimised: the text is escaped with the standard library's
    // `Debug`, which is optimised, straight into `out`; a loop here over the bytes, even the
    // standard library's inlined `is_ascii`, costs several times as much.
    let start = out.len();
    put!(out, "{s:?}");
    if out.len() - start <= WIDTH + 2 {
        return;
    }
    let body = &out[start + 1..out.len() - 1];
    // Escapes other than `\"` and `\\` (`\n`, `\u{..}`) hold letters and digits, before which
    // a line must not break; `breaks` steps over them where there are any.
    let mut rest = body;
    let mut simple = true;
    while let Some(at) = rest.find('\\') {
        match rest.as_bytes().get(at + 1) {
            Some(b'"' | b'\\') => rest = &rest[at + 2..],
            _ => {
                simple = false;
                break;
            }
        }
    }
    let breaks = breaks(body, simple);
    if breaks.is_empty() {
        return;
    }
    let quoted = out.split_off(start + 1);
    let mut from = 0;
    for at in breaks {
        out.push_str(&quoted[from..at]);
        out.push_str(continuation);
        from = at;
    }
    out.push_str(&quoted[from..]);
}

/// The offsets in `text` (escaped, without its quotes) before which a line breaks: at the
/// start of a word once a line holds [`WIDTH`] bytes, or inside a word once it holds half as
/// many again. A break falls only before an ASCII letter or digit, which never falls inside a
/// multi-byte character, nor ends an escape but `\\` (whose second `\` completes it) where the
/// only escapes are `\"` and `\\` (`simple`). Otherwise escapes are stepped over whole.
fn breaks(text: &str, simple: bool) -> Vec<usize> {
    let bytes = text.as_bytes();
    let alphanumeric = |b: u8| matches!(b, b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z');
    let mut breaks = Vec::new();
    let mut from = 0;
    if simple {
        // The first break after `from` is the first word start at or after `from + WIDTH`,
        // or the first letter or digit at or after `from + WIDTH + WIDTH / 2`, whichever
        // comes first. Word starts are found with `find(' ')`, a `memchr`: the build script
        // runs unoptimised, where a step per byte is what costs.
        let mut i = WIDTH;
        while i < bytes.len() {
            let limit = from + WIDTH + WIDTH / 2;
            let mut start = i - 1;
            let word = loop {
                while !text.is_char_boundary(start) {
                    start += 1;
                }
                match text[start..].find(' ') {
                    Some(p) if start + p + 1 > limit => break None,
                    Some(p) if bytes.get(start + p + 1).is_some_and(|&b| alphanumeric(b)) => {
                        break Some(start + p + 1);
                    }
                    Some(p) => start += p + 1,
                    None => break None,
                }
            };
            let at = match word {
                Some(at) => at,
                None => match (limit..bytes.len()).find(|&j| alphanumeric(bytes[j])) {
                    Some(at) => at,
                    None => break,
                },
            };
            breaks.push(at);
            from = at;
            i = at + WIDTH;
        }
        return breaks;
    }
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\\' {
            // `\u{..}` up to its `}`; any other escape is two bytes.
            i += match bytes.get(i + 1) {
                Some(b'u') => bytes[i..]
                    .iter()
                    .position(|&c| c == b'}')
                    .map_or(bytes.len() - i, |p| p + 1),
                _ => 2,
            };
            continue;
        }
        if alphanumeric(b)
            && i > from
            && (i - from >= WIDTH && bytes[i - 1] == b' ' || i - from >= WIDTH + WIDTH / 2)
        {
            breaks.push(i);
            from = i;
        }
        i += 1;
    }
    breaks
}

fn opt<T>(value: Option<T>, f: impl FnOnce(T) -> String) -> String {
    value.map_or_else(|| "None".to_owned(), |v| format!("Some({})", f(v)))
}

/// The Rust type of a column's field, and of its extra fields.
pub fn field_types(catalog: &Catalog, column: &Column) -> Vec<(String, String, String)> {
    let wrap = |ty: &str| {
        if column.required {
            ty.to_owned()
        } else {
            format!("Option<{ty}>")
        }
    };
    let field = column.field.to_owned();
    let doc = column.doc.to_owned();
    match column.kind {
        Kind::Ident(_) | Kind::Text { .. } | Kind::Date => vec![(field, wrap("&'static str"), doc)],
        Kind::Markup { links_field, .. } => vec![
            (field.clone(), wrap("&'static str"), doc),
            (
                format!("{field}_markup"),
                wrap("&'static str"),
                format!(
                    "The `{}` cell exactly as the vendor's table writes it, markup included.",
                    column.name
                ),
            ),
            (
                links_field.to_owned(),
                "&'static [Link]".to_owned(),
                format!("The links of `{field}`, in order, with absolute https URLs."),
            ),
        ],
        Kind::HttpStatus => vec![(field, wrap("u16"), doc)],
        Kind::Int { ty, .. } => vec![(field, wrap(ty.rust()), doc)],
        Kind::Hex32 => vec![(field, wrap("u32"), doc)],
        Kind::Flag { .. } => vec![(field, wrap("bool"), doc)],
        Kind::Vocab(vocab) => vec![(field, wrap(vocab.name), doc)],
        Kind::Grade { vocab, vocab_field } => vec![
            (
                vocab_field.to_owned(),
                vocab.name.to_owned(),
                format!("How sure the {} is.", catalog.variant),
            ),
            (field, "char".to_owned(), doc),
        ],
        Kind::VocabSet { set, .. } => vec![(field, set.to_owned(), doc)],
        Kind::NameList | Kind::FormerNames => {
            vec![(field, "&'static [&'static str]".to_owned(), doc)]
        }
        Kind::RefList => vec![(field, format!("&'static [{}]", catalog.enum_name), doc)],
        Kind::SourceDocument => vec![(field, "Source".to_owned(), doc)],
        Kind::SourceDate | Kind::SourceUrl => Vec::new(),
    }
}

/// The separator after each item of a column static: the comma, and the next item's indent.
const ITEM_END: &str = ",\n    ";

/// Writes the Rust values of a cell for the fields of [`field_types`] to `outs`, one buffer per
/// field in the same order, each value followed by [`ITEM_END`]. Values are written where they
/// go, not made as strings first: every allocation and copy costs in the unoptimised build
/// script, and this runs for every cell of every row.
fn field_values(valid: &Valid, column: &Column, cell: &Cell, outs: &mut [String]) {
    let enum_name = valid.catalog.enum_name;
    let required = column.required;
    // A value of an optional column is written `Some(..)`.
    let open = |out: &mut String| {
        if !required {
            out.push_str("Some(");
        }
    };
    let close = |out: &mut String| {
        if !required {
            out.push(')');
        }
        out.push_str(ITEM_END);
    };
    let none = |out: &mut String| out.push_str("None,\n    ");
    let text = |out: &mut String, text: &str| {
        open(out);
        push_lit(out, text, "\\\n    ");
        close(out);
    };
    let [out, rest @ ..] = outs else {
        return;
    };
    match (&column.kind, &cell.value) {
        (Kind::Ident(_) | Kind::Text { .. } | Kind::Date, Value::Empty) => none(out),
        (Kind::Ident(_) | Kind::Text { .. } | Kind::Date, v) => {
            text(out, v.text().unwrap_or_default())
        }
        (Kind::Markup { .. }, Value::Markup { raw, markup }) => {
            text(out, markup.plain());
            let [raw_out, links_out, ..] = rest else {
                return;
            };
            text(raw_out, raw);
            let links = markup.links();
            if links.is_empty() {
                links_out.push_str("&[]");
            } else {
                links_out.push_str("&[\n");
                for (text, url) in &links {
                    links_out.push_str("        Link {\n            text: ");
                    push_lit(links_out, text, "\\\n        ");
                    links_out.push_str(",\n            url: ");
                    push_lit(links_out, url, "\\\n        ");
                    links_out.push_str(",\n        },\n");
                }
                links_out.push_str("    ]");
            }
            links_out.push_str(ITEM_END);
        }
        (Kind::Markup { .. }, _) => {
            none(out);
            if let [raw_out, links_out, ..] = rest {
                none(raw_out);
                links_out.push_str("&[]");
                links_out.push_str(ITEM_END);
            }
        }
        (Kind::HttpStatus | Kind::Int { .. } | Kind::Hex32 | Kind::Flag { .. }, Value::Empty) => {
            none(out)
        }
        (Kind::Hex32, v) => {
            // Hexadecimal literals read like the table.
            open(out);
            put!(out, "{:#010x}", v.int().unwrap_or_default());
            close(out);
        }
        (Kind::HttpStatus | Kind::Int { .. }, v) => {
            open(out);
            put!(out, "{}", v.int().unwrap_or_default());
            close(out);
        }
        (Kind::Flag { .. }, Value::Bool(b)) => {
            open(out);
            out.push_str(if *b { "true" } else { "false" });
            close(out);
        }
        (Kind::Vocab(vocab), Value::Item(item)) => {
            open(out);
            put!(out, "{}::{}", vocab.name, item.name);
            close(out);
        }
        (Kind::Grade { vocab, .. }, Value::Grade(c, item)) => {
            put!(out, "{}::{}{ITEM_END}", vocab.name, item.name);
            if let [grade_out, ..] = rest {
                put!(grade_out, "{c:?}{ITEM_END}");
            }
        }
        (Kind::VocabSet { vocab, set, .. }, Value::Set(items)) => {
            put!(out, "{set}::of(&[");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                put!(out, "{}::{}", vocab.name, item.name);
            }
            out.push_str("])");
            out.push_str(ITEM_END);
        }
        (Kind::NameList | Kind::FormerNames, Value::List(items)) => {
            out.push_str("&[");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                push_lit(out, item, "\\\n    ");
            }
            out.push(']');
            out.push_str(ITEM_END);
        }
        (Kind::RefList, Value::List(items)) => {
            out.push_str("&[");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                put!(out, "{enum_name}::{item}");
            }
            out.push(']');
            out.push_str(ITEM_END);
        }
        (Kind::NameList | Kind::RefList | Kind::FormerNames, _) => {
            out.push_str("&[]");
            out.push_str(ITEM_END);
        }
        // The source is written once per document, by `emit_columns` (`SOURCES`).
        (Kind::SourceDocument | Kind::SourceDate | Kind::SourceUrl, _) => {}
        _ => none(out),
    }
}

/// The row's source: the cells of the `SourceDocument`, `SourceDate` and `SourceUrl` columns.
fn source<'a>(valid: &Valid, row: &'a Row) -> (&'a str, Option<&'a str>, &'a str) {
    let cell = |kind: fn(&Kind) -> bool| {
        valid
            .catalog
            .columns
            .iter()
            .position(|c| kind(&c.kind))
            .and_then(|i| row.cells.get(i))
            .and_then(|c| c.value.text())
    };
    (
        cell(|k| matches!(k, Kind::SourceDocument)).unwrap_or_default(),
        cell(|k| matches!(k, Kind::SourceDate)),
        cell(|k| matches!(k, Kind::SourceUrl)).unwrap_or_default(),
    )
}

/// A row's source: document, date, URL.
type SourceCells<'a> = (&'a str, Option<&'a str>, &'a str);

/// The distinct sources of a catalog's rows, in order of first use, and each row's: most
/// rows share a few documents, so each is written and rendered once.
struct Sources<'a> {
    list: Vec<SourceCells<'a>>,
    /// For each row, in order, the index of its source in `list`.
    of_row: Vec<usize>,
}

impl<'a> Sources<'a> {
    fn of(valid: &'a Valid) -> Sources<'a> {
        let mut list = Vec::new();
        let mut index = std::collections::HashMap::new();
        let mut of_row: Vec<usize> = Vec::with_capacity(valid.rows.len());
        for row in &valid.rows {
            let source = source(valid, row);
            // Rows come in runs from one document: the last row's is tried before hashing.
            let same = of_row.last().filter(|&&last| list[last] == source);
            let at = match same {
                Some(&last) => last,
                None => *index.entry(source).or_insert_with(|| {
                    list.push(source);
                    list.len() - 1
                }),
            };
            of_row.push(at);
        }
        Sources { list, of_row }
    }
}

/// Runs the emit steps for a validated catalog; `vocabularies` are those its module defines.
pub fn catalog(valid: &Valid, vocabularies: &[&Vocabulary]) -> Result<Generated, String> {
    let catalog = valid.catalog;
    // Room for about what a row takes (its docs and its columns), so that the text is not
    // copied again and again as it grows.
    let mut code = String::with_capacity(4096 * (valid.rows.len() + 16));
    put!(
        code,
        "// Generated by build.rs from {}. Do not edit: edit the CSV, or the description in \
         build/catalogs.rs.\n\n",
        catalog.file
    );
    // The crate's shared types the generated items name (a glob, which a module's own
    // import of the same names shadows).
    put_line!(code, "#[allow(unused_imports)]\nuse crate::shared::*;\n");
    let sources = Sources::of(valid);
    emit_enum(valid, &sources, &mut code);
    for vocab in vocabularies {
        emit_vocabulary(vocab, &mut code);
    }
    emit_columns(valid, &sources, &mut code);
    emit_one_line(valid, &mut code);
    emit_info(valid, &mut code);
    emit_source(valid, &sources, &mut code);
    emit_lookups(valid, &mut code)?;
    surface::emit(valid, &mut code)?;
    Ok(Generated {
        code,
        table: summary_table(valid),
    })
}

/// `static NAME: [TY; N] = [items];`, one item per line.
fn static_array(out: &mut String, doc: &str, vis: &str, name: &str, ty: &str, items: &[String]) {
    static_head(out, doc, vis, name, ty, items.len());
    // Each item on its own line, indented, a comma after the last; an item's own further
    // lines carry their indent. The comma and the next line's indent are one copy: every copy
    // costs in the unoptimised build script.
    out.push_str("    ");
    for item in items {
        if item.is_empty() {
            continue;
        }
        out.push_str(item);
        out.push_str(",\n    ");
    }
    // The indent of a line that does not follow.
    out.truncate(out.len() - 4);
    put_line!(out, "];");
}

/// The docs and the first line of `static NAME: [TY; N] = [`.
fn static_head(out: &mut String, doc: &str, vis: &str, name: &str, ty: &str, len: usize) {
    put_line!(out, "#[doc = {}]", lit(doc));
    // In a `static`, every reference is `'static` already.
    let ty = ty.replace("&'static ", "&");
    put_line!(out, "{vis}static {name}: [{ty}; {len}] = [");
}

/// Items of a static array written in place: four spaces, then each item followed by
/// [`ITEM_END`] (made with [`Items::push`] or written by hand).
struct Items {
    text: String,
    len: usize,
}

impl Items {
    fn new() -> Items {
        Items {
            text: String::from("    "),
            len: 0,
        }
    }

    /// Counts one item, written to `self.text` by `write`, and ends it.
    fn push(&mut self, write: impl FnOnce(&mut String)) {
        write(&mut self.text);
        self.text.push_str(ITEM_END);
        self.len += 1;
    }

    /// `static NAME: [TY; N] = [items];` from these items.
    fn write_static(&self, out: &mut String, doc: &str, name: &str, ty: &str) {
        static_head(out, doc, "", name, ty, self.len);
        // Without the indent of a line that does not follow.
        out.push_str(&self.text[..self.text.len() - 4]);
        put_line!(out, "];");
    }
}

/// The enum (as a macro the module invokes), `ALL_CODES`, and each variant's row index.
fn emit_enum(valid: &Valid, sources: &Sources<'_>, out: &mut String) {
    let catalog = valid.catalog;
    let e = catalog.enum_name;
    // Each document's line of the facts table, rendered and escaped once: most rows share a
    // few documents, and this is the longest line of most variants' docs.
    let label = catalog
        .columns
        .iter()
        .find(|c| matches!(c.kind, Kind::SourceDocument))
        .and_then(|c| c.label);
    let source_lines: Vec<String> = sources
        .list
        .iter()
        .map(|(document, date, url)| {
            let Some(label) = label else {
                return String::new();
            };
            let mut fact = format!("[{}](<{url}>)", escape_markdown(document));
            if let Some(date) = date {
                put!(fact, ", version of {date}");
            }
            let mut line = String::new();
            fact_line(&mut line, label, &fact);
            line
        })
        .collect();
    let parts = DocParts::of(valid);
    put_line!(out, "macro_rules! {}_enum {{", catalog.module);
    put_line!(
        out,
        "    ($(#[$attr:meta])* $vis:vis enum $name:ident) => {{"
    );
    // The enum's first paragraph comes from the description, so that a module may invoke the
    // macro with no docs of its own; the module's docs follow it.
    put_line!(
        out,
        "        #[doc = {}]\n        #[doc = \"\"]",
        lit(catalog.surface.doc)
    );
    put_line!(out, "        $(#[$attr])*\n        #[non_exhaustive]");
    if let Some((repr, _)) = catalog.discriminant {
        put_line!(out, "        #[repr({repr})]");
    }
    put_line!(
        out,
        "        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]"
    );
    put_line!(out, "        $vis enum $name {{");
    for (i, row) in valid.rows.iter().enumerate() {
        let ident = valid.ident(row);
        let source_line = sources.of_row.get(i).map_or("", |&s| &source_lines[s]);
        variant_doc(valid, &parts, row, source_line, out);
        for alias in doc_aliases(valid, row) {
            if alias != ident {
                put_line!(out, "            #[doc(alias = {})]", lit(&alias));
            }
        }
        if ident.contains('_') {
            put_line!(out, "            #[allow(non_camel_case_types)]");
        }
        match catalog.discriminant {
            Some((_, column)) => put_line!(
                out,
                "            {ident} = {},",
                valid.value(row, column).int().unwrap_or_default()
            ),
            None => put_line!(out, "            {ident},"),
        }
    }
    put_line!(out, "        }}\n    }};\n}}\n");

    put_line!(out, "/// Every code, {}.", catalog.order_doc);
    put_line!(out, "const ALL_CODES: [{e}; {}] = [", valid.rows.len());
    for row in &valid.rows {
        put_line!(out, "    {e}::{},", valid.ident(row));
    }
    put_line!(out, "];\n");

    put_line!(out, "impl {e} {{");
    put_line!(
        out,
        "    /// The index of the variant's row in the table, and in every column static."
    );
    put_line!(out, "    #[inline]\n    const fn row(self) -> usize {{");
    if catalog.discriminant.is_some() {
        put_line!(out, "        match self {{");
        for (i, row) in valid.rows.iter().enumerate() {
            put_line!(out, "            {e}::{} => {i},", valid.ident(row));
        }
        put_line!(out, "        }}");
    } else {
        put_line!(out, "        self as usize");
    }
    put_line!(out, "    }}\n}}\n");
    emit_former_names(valid, out);
}

/// A `#[deprecated]` associated constant for every former name of a `FormerNames` column,
/// equal to the row's variant, so that code written against the old name (in expressions and
/// `match` patterns) still compiles, with a warning that names the new one.
fn emit_former_names(valid: &Valid, out: &mut String) {
    let catalog = valid.catalog;
    let e = catalog.enum_name;
    let mut constants = String::new();
    for (index, column) in catalog.columns.iter().enumerate() {
        if !matches!(column.kind, Kind::FormerNames) {
            continue;
        }
        for row in &valid.rows {
            let Value::List(names) = &row.cells[index].value else {
                continue;
            };
            let ident = valid.ident(row);
            for name in names {
                let note = format!("renamed to `{e}::{ident}`: the name `{name}` was corrected");
                put_line!(
                    constants,
                    "    #[doc = {}]\n    #[deprecated(note = {})]\n    #[allow(non_upper_case_globals)]\n    pub const {name}: {e} = {e}::{ident};",
                    lit(&format!(
                        "The name this crate gave [`{ident}`]({e}::{ident}) before correcting it."
                    )),
                    lit(&note),
                );
            }
        }
    }
    if !constants.is_empty() {
        put_line!(out, "impl {e} {{\n{constants}}}\n");
    }
}

/// `NEWEST_SOURCE` and `SOURCE_DATE`: the newest document the table was transcribed from (by its
/// date; among undated ones, the one most rows come from), for logs that must say which
/// version of a vendor's table classified a code.
fn emit_source(valid: &Valid, sources: &Sources<'_>, out: &mut String) {
    let catalog = valid.catalog;
    if !catalog
        .columns
        .iter()
        .any(|c| matches!(c.kind, Kind::SourceDocument))
    {
        return;
    }
    // Each distinct source (document, date, url) and how many rows cite it.
    let mut cited: Vec<(SourceCells<'_>, usize)> = sources.list.iter().map(|s| (*s, 0)).collect();
    for &s in &sources.of_row {
        cited[s].1 += 1;
    }
    // The first of equals wins: `max_by_key` keeps the last, so search from the end.
    let Some(((document, date, url), _)) = cited
        .iter()
        .rev()
        .max_by_key(|((_, date, _), count)| (*date, *count))
    else {
        return;
    };
    put_line!(
        out,
        "/// The newest vendor document this catalog was transcribed from: the one with the latest\n\
         /// date, or, where the documents state no date, the one most codes come from. Log it (or\n\
         /// [`SOURCE_DATE`]) beside a classification to say which version of the vendor's table\n\
         /// made it.\n\
         pub const NEWEST_SOURCE: Source = Source {{\n    \
             document: {},\n    \
             date: {},\n    \
             url: {},\n\
         }};\n\n\
         /// The date (YYYY-MM-DD) of [`NEWEST_SOURCE`], the newest vendor document of this catalog, or\n\
         /// `None` where that document states no date.\n\
         pub const SOURCE_DATE: Option<&str> = NEWEST_SOURCE.date;\n",
        lit(document),
        opt(*date, lit),
        lit(url),
    );
}

/// One column static per field.
fn emit_columns(valid: &Valid, sources: &Sources<'_>, out: &mut String) {
    let catalog = valid.catalog;
    for (index, column) in catalog.columns.iter().enumerate() {
        if let Kind::SourceDocument = column.kind {
            emit_sources(sources, column, out);
            continue;
        }
        let types = field_types(catalog, column);
        if types.is_empty() {
            continue;
        }
        // One buffer per field, each row's value written straight into it.
        let mut items: Vec<String> = vec![String::from("    "); types.len()];
        for row in &valid.rows {
            if let Some(cell) = row.cells.get(index) {
                field_values(valid, column, cell, &mut items);
            }
        }
        for ((field, ty, doc), text) in types.iter().zip(items) {
            let items = Items {
                text,
                len: valid.rows.len(),
            };
            items.write_static(
                out,
                &format!("Column `{field}` of every row: {doc}"),
                &field.to_ascii_uppercase(),
                ty,
            );
        }
    }
    out.push('\n');
}

/// `SOURCES`, every document the rows come from, once; and the column static of the
/// `SourceDocument` column, each row a copy of its document's entry.
fn emit_sources(sources: &Sources<'_>, column: &Column, out: &mut String) {
    let list: Vec<String> = sources
        .list
        .iter()
        .map(|(document, date, url)| {
            format!(
                "Source {{\n        document: {},\n        date: {},\n        url: {},\n    }}",
                lit(document),
                opt(*date, lit),
                lit(url),
            )
        })
        .collect();
    static_array(
        out,
        "Every document the rows come from, once.",
        "",
        "SOURCES",
        "Source",
        &list,
    );
    let mut rows = Items::new();
    for i in &sources.of_row {
        rows.push(|out| put!(out, "SOURCES[{i}]"));
    }
    rows.write_static(
        out,
        &format!("Column `{}` of every row: {}", column.field, column.doc),
        &column.field.to_ascii_uppercase(),
        "Source",
    );
}

/// `ONE_LINE`: the first sentence of the catalog's `one_line` column, for `Display`.
fn emit_one_line(valid: &Valid, out: &mut String) {
    let column = valid.catalog.one_line;
    let mut items = Items::new();
    for row in &valid.rows {
        items.push(|out| match valid.value(row, column) {
            Value::Markup { markup, .. } => push_lit(out, &markup.one_line(), "\\\n    "),
            value => push_lit(
                out,
                value.text().map(first_sentence).unwrap_or_default(),
                "\\\n    ",
            ),
        });
    }
    items.write_static(
        out,
        &format!("The first sentence of column `{column}` of every row, on one line."),
        "ONE_LINE",
        "&'static str",
    );
    out.push('\n');
}

/// The info struct, and `INFO`, built at compile time from the column statics.
fn emit_info(valid: &Valid, out: &mut String) {
    let catalog = valid.catalog;
    let info = format!("{}Info", catalog.enum_name);
    let fields: Vec<(String, String, String)> = catalog
        .columns
        .iter()
        .flat_map(|c| field_types(catalog, c))
        .collect();
    put_line!(out, "#[doc = {}]", lit(catalog.info_doc));
    put_line!(out, "#[non_exhaustive]");
    put_line!(out, "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]");
    put_line!(out, "pub struct {info} {{");
    for (field, ty, doc) in &fields {
        put_line!(out, "    #[doc = {}]\n    pub {field}: {ty},", lit(doc));
    }
    put_line!(out, "}}\n");
    // What `#[derive(Serialize)]` would write, written here so that the crate needs no
    // proc-macro of serde's: `serde_derive` is the longest step of a first build with `serde`.
    put_line!(out, "#[cfg(feature = \"serde\")]");
    put_line!(out, "impl serde::Serialize for {info} {{");
    put_line!(
        out,
        "    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {{"
    );
    put_line!(out, "        use serde::ser::SerializeStruct as _;");
    put_line!(
        out,
        "        let mut state = serializer.serialize_struct({:?}, {})?;",
        info,
        fields.len()
    );
    for (field, _, _) in &fields {
        put_line!(
            out,
            "        state.serialize_field({field:?}, &self.{field})?;"
        );
    }
    put_line!(out, "        state.end()\n    }}\n}}\n");
    put_line!(out, "/// The info of row `i`, from the column statics.");
    put_line!(
        out,
        "const fn info_row(i: usize) -> {info} {{\n    {info} {{"
    );
    for (field, _, _) in &fields {
        put_line!(out, "        {field}: {}[i],", field.to_ascii_uppercase());
    }
    put_line!(out, "    }}\n}}\n");
    let n = valid.rows.len();
    put_line!(
        out,
        "/// Every row's info, gathered from the columns at compile time.\n\
         static INFO: [{info}; {n}] = {{\n    \
             let mut rows = [info_row(0); {n}];\n    \
             let mut i = 1;\n    \
             while i < {n} {{\n        \
                 rows[i] = info_row(i);\n        \
                 i += 1;\n    \
             }}\n    \
             rows\n\
         }};\n"
    );
}

/// The value of an integer key as the `u32` the lookups use.
fn key_u32(kind: &Kind, n: i64) -> u32 {
    match kind {
        Kind::Int {
            ty: IntType::I32, ..
        } => n as i32 as u32,
        _ => n as u32,
    }
}

fn emit_lookups(valid: &Valid, out: &mut String) -> Result<(), String> {
    let catalog = valid.catalog;
    let e = catalog.enum_name;
    for key in catalog.keys {
        match *key {
            Key::Str {
                column,
                also,
                table,
                phf: (phf_name, phf_doc),
            } => {
                let mut keys: Vec<(String, String)> = Vec::new();
                for row in &valid.rows {
                    let value = format!("{e}::{}", valid.ident(row));
                    if let Some(text) = valid.value(row, column).text() {
                        keys.push((text.to_owned(), value.clone()));
                    }
                    for &also in also {
                        if let Value::List(items) = valid.value(row, also) {
                            keys.extend(items.iter().map(|i| (i.clone(), value.clone())));
                        }
                    }
                }
                let built = phf_map(keys.iter().map(|(k, v)| (k.as_str(), v.as_str())));
                put_line!(out, "#[doc = {}]", lit(phf_doc));
                put_line!(
                    out,
                    "pub static {phf_name}: phf::Map<&'static str, {e}> = {built};\n"
                );
                let strs: Vec<&str> = keys.iter().map(|(k, _)| k.as_str()).collect();
                let values: Vec<String> = keys.iter().map(|(_, v)| v.clone()).collect();
                out.push_str(&phash::str_table_source(table, e, &strs, &values).map_err(
                    |problem| format!("the keys of `{column}` have no perfect hash: {problem}"),
                )?);
                out.push('\n');
            }
            Key::Number {
                column,
                function,
                phf: (phf_name, phf_doc),
                text,
                ..
            } => {
                let Some((_, col)) = catalog.column(column) else {
                    return Err(format!("the description names no column `{column}`"));
                };
                let ty = match col.kind {
                    Kind::Int { ty, .. } => ty.rust(),
                    _ => "u32",
                };
                let mut keys: Vec<(u32, i64, String)> = Vec::new();
                for row in &valid.rows {
                    if let Some(n) = valid.value(row, column).int() {
                        keys.push((
                            key_u32(&col.kind, n),
                            n,
                            format!("{e}::{}", valid.ident(row)),
                        ));
                    }
                }
                let built = match ty {
                    "u16" => phf_map(keys.iter().map(|(_, n, v)| (*n as u16, v.as_str()))),
                    "i32" => phf_map(keys.iter().map(|(_, n, v)| (*n as i32, v.as_str()))),
                    _ => phf_map(keys.iter().map(|(u, _, v)| (*u, v.as_str()))),
                };
                put_line!(
                    out,
                    "#[doc = {}]\npub static {phf_name}: phf::Map<{ty}, {e}> = {built};\n",
                    lit(phf_doc)
                );
                number_function(out, e, column, function, &keys)?;
                if let Some(text) = text {
                    text_function(out, e, column, text, &keys)?;
                }
            }
        }
    }
    Ok(())
}

/// The source of a `phf::Map` of these entries.
fn phf_map<'a, K>(entries: impl Iterator<Item = (K, &'a str)>) -> String
where
    K: phf_shared::PhfHash + phf_shared::FmtConst + Eq + std::hash::Hash,
{
    let mut map = phf_codegen::Map::new();
    for (k, v) in entries {
        map.entry(k, v);
    }
    // One entry per line; a long entry is split after its key. Most maps have none, which
    // is found with `find` (a `memchr`) rather than a step through each line.
    let built = map.build().to_string();
    let mut rest = built.as_str();
    let mut long = false;
    while let Some(end) = rest.find('\n') {
        long |= end > 200;
        rest = &rest[end + 1..];
    }
    if !long && rest.len() <= 200 {
        return built.trim_end().to_owned();
    }
    let mut out = String::new();
    for line in built.lines() {
        match line.find("\", ") {
            Some(at) if line.len() > 200 => {
                let indent = line.len() - line.trim_start().len();
                out.push_str(&line[..at + 2]);
                out.push('\n');
                out.push_str(&" ".repeat(indent + 4));
                out.push_str(line[at + 2..].trim_start());
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out.trim_end().to_owned()
}

/// `fn {function}(n: u32) -> Option<Enum>`: a dense table where the numbers are dense (the
/// span is at most eight times the count), a perfect hash otherwise.
fn number_function(
    out: &mut String,
    e: &str,
    column: &str,
    function: &str,
    keys: &[(u32, i64, String)],
) -> Result<(), String> {
    let min = keys.iter().map(|k| k.0).min().unwrap_or(0);
    let max = keys.iter().map(|k| k.0).max().unwrap_or(0);
    let span = u64::from(max - min) + 1;
    let upper = function.to_ascii_uppercase();
    if span <= 8 * keys.len() as u64 && span <= 1 << 16 {
        let mut slots = vec!["None".to_owned(); span as usize];
        for (u, _, v) in keys {
            slots[(u - min) as usize] = format!("Some({v})");
        }
        static_array(
            out,
            &format!("The variant of each number from {min} on."),
            "",
            &format!("{upper}_DENSE"),
            &format!("Option<{e}>"),
            &slots,
        );
        put_line!(
            out,
            "/// The variant whose `{column}` is `n` (as a `u32`): one bounds check and one load.\n\
             #[inline]\n\
             const fn {function}(n: u32) -> Option<{e}> {{\n    \
                 let slot = n.wrapping_sub({min}) as usize;\n    \
                 if slot < {upper}_DENSE.len() {{ {upper}_DENSE[slot] }} else {{ None }}\n\
             }}\n"
        );
    } else {
        let numbers: Vec<u32> = keys.iter().map(|k| k.0).collect();
        let values: Vec<String> = keys.iter().map(|k| k.2.clone()).collect();
        out.push_str(
            &phash::u32_table_source(&format!("{upper}_TABLE"), e, &numbers, &values).map_err(
                |problem| format!("the numbers of `{column}` have no perfect hash: {problem}"),
            )?,
        );
        put_line!(
            out,
            "/// The variant whose `{column}` is `n` (as a `u32`).\n\
             #[inline]\n\
             fn {function}(n: u32) -> Option<{e}> {{\n    \
                 {upper}_TABLE.get(n)\n\
             }}\n"
        );
    }
    Ok(())
}

/// Every text that a [`Key::Number`]'s `text` function accepts for the number `n` (as a
/// `u32`), in lower case: its signed 32-bit decimal, then `0x` and its hexadecimal digits,
/// zero-padded to every length from the fewest digits to eight. The lookup ignores ASCII case,
/// which adds `0X` and upper-case digits.
pub fn code_spellings(n: u32) -> Vec<String> {
    let digits = format!("{n:x}").len();
    let mut spellings = vec![(n as i32).to_string()];
    spellings.extend((digits..=8).map(|width| format!("0x{n:0width$x}")));
    spellings
}

/// `fn {function}(s: &str) -> Option<Enum>`: the number written as [`code_spellings`] spell
/// it, in any ASCII case, through a table of every spelling.
fn text_function(
    out: &mut String,
    e: &str,
    column: &str,
    function: &str,
    keys: &[(u32, i64, String)],
) -> Result<(), String> {
    let mut spellings: Vec<String> = Vec::new();
    let mut values: Vec<String> = Vec::new();
    for (u, _, v) in keys {
        for spelling in code_spellings(*u) {
            spellings.push(spelling);
            values.push(v.clone());
        }
    }
    let strs: Vec<&str> = spellings.iter().map(String::as_str).collect();
    let upper = function.to_ascii_uppercase();
    out.push_str(
        &phash::short_table_source(&format!("{upper}_TABLE"), e, &strs, &values).map_err(
            |problem| format!("the spellings of `{column}` have no perfect hash: {problem}"),
        )?,
    );
    put_line!(
        out,
        "/// The variant whose `{column}` is written `s`: a signed 32-bit decimal without \
         leading zeros, or\n\
         /// `0x`/`0X` and one to eight hexadecimal digits in any case. One hash and one \
         comparison: every\n\
         /// spelling of every number is a key.\n\
         #[inline]\n\
         fn {function}(s: &str) -> Option<{e}> {{\n    \
             {upper}_TABLE.get_ignore_ascii_case(s)\n\
         }}\n"
    );
    Ok(())
}

/// The vocabulary's enum, its `ALL` and `as_str`, and `Display`.
pub fn emit_vocabulary(vocab: &Vocabulary, out: &mut String) {
    let name = vocab.name;
    for line in vocab.doc.lines() {
        put_line!(out, "#[doc = {}]", lit(line));
    }
    if vocab.non_exhaustive {
        put_line!(out, "#[non_exhaustive]");
    }
    put_line!(
        out,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]"
    );
    put_line!(out, "pub enum {name} {{");
    for item in vocab.items {
        put_line!(out, "    #[doc = {}]\n    {},", lit(item.doc), item.name);
    }
    put_line!(out, "}}\n");
    put_line!(out, "impl {name} {{");
    put_line!(out, "    /// Every value, in order.");
    put_line!(
        out,
        "    pub const ALL: [{name}; {}] = [",
        vocab.items.len()
    );
    for item in vocab.items {
        put_line!(out, "        {name}::{},", item.name);
    }
    put_line!(out, "    ];\n");
    put_line!(out, "    /// The value's name, as `Display` prints it.");
    put_line!(
        out,
        "    pub const fn as_str(self) -> &'static str {{\n        match self {{"
    );
    for item in vocab.items {
        put_line!(
            out,
            "            {name}::{} => {},",
            item.name,
            lit(item.text)
        );
    }
    put_line!(out, "        }}\n    }}\n}}\n");
    put_line!(
        out,
        "impl core::fmt::Display for {name} {{\n    \
             fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{\n        \
                 f.write_str(self.as_str())\n    \
             }}\n\
         }}\n"
    );
    // A unit variant by its identifier, as `#[derive(Serialize)]` writes it (see `emit_info`).
    put_line!(out, "#[cfg(feature = \"serde\")]");
    put_line!(out, "impl serde::Serialize for {name} {{");
    put_line!(
        out,
        "    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {{"
    );
    put_line!(out, "        let (index, variant) = match self {{");
    for (index, item) in vocab.items.iter().enumerate() {
        put_line!(
            out,
            "            {name}::{} => ({index}, {:?}),",
            item.name,
            item.name
        );
    }
    put_line!(out, "        }};");
    put_line!(
        out,
        "        serializer.serialize_unit_variant({name:?}, index, variant)\n    }}\n}}\n"
    );
}

// ---- docs ----------------------------------------------------------------------------------

/// A cell as inline Markdown, for headlines and the summary table.
fn inline(valid: &Valid, column: &Column, cell: &Cell, link_ident: bool) -> String {
    let e = valid.catalog.enum_name;
    match &cell.value {
        Value::Empty => String::new(),
        Value::Ident { name, ident } if link_ident => format!("[`{name}`]({e}::{ident})"),
        Value::Ident { name, .. } => name.clone(),
        Value::Text(t) => match column.kind {
            Kind::SourceDocument => escape_markdown(t),
            _ => escape_markdown(t),
        },
        Value::Markup { markup, .. } => markup.markdown(),
        Value::Int(n) => match column.kind {
            Kind::Hex32 => cell.raw.clone(),
            _ => n.to_string(),
        },
        Value::Bool(b) => if *b { "yes" } else { "no" }.to_owned(),
        Value::Item(item) | Value::Grade(_, item) => item.name.to_owned(),
        Value::Set(items) => set_text(column, items),
        Value::List(items) => match column.kind {
            Kind::RefList => items
                .iter()
                .map(|i| format!("[`{i}`]({e}::{i})"))
                .collect::<Vec<_>>()
                .join(", "),
            _ => items
                .iter()
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(", "),
        },
    }
}

fn set_text(column: &Column, items: &[&'static Item]) -> String {
    let names: Vec<&str> = items.iter().map(|i| i.name).collect();
    match column.kind {
        Kind::VocabSet { vocab, all, .. } if items.len() == vocab.items.len() => {
            format!("{all} ({})", names.join(", "))
        }
        _ => names.join(", "),
    }
}

/// A cell as the right-hand side of its row in a variant's facts table (the source document
/// excepted: its line is rendered once per document).
fn fact(valid: &Valid, column: &Column, cell: &Cell) -> String {
    match (&cell.value, column.kind) {
        (Value::Ident { name, .. }, _) => format!("`{name}`"),
        (Value::Item(item), Kind::Vocab(vocab)) => {
            format!("[`{0}`]({1}::{0})", item.name, vocab.name)
        }
        (Value::Grade(c, item), Kind::Grade { vocab, .. }) => {
            format!("[`{0}`]({1}::{0}) (grade {c})", item.name, vocab.name)
        }
        (Value::Int(n), Kind::Hex32) => format!("`{n:#010X}`").replace("0X", "0x"),
        _ => inline(valid, column, cell, false),
    }
}

const DOC_PREFIX: &str = "            #[doc = ";

/// One `#[doc]` line of a variant's docs holding `text`.
fn doc_line(out: &mut String, text: &str) {
    out.push_str(DOC_PREFIX);
    push_lit(out, text, "\\\n                ");
    out.push_str("]\n");
}

/// The `#[doc]` line of a row `| {label} | {fact} |` of a variant's facts table.
fn fact_line(out: &mut String, label: &str, fact: &str) {
    // `contains` finds nothing in most facts, far faster than `replace` copies.
    if fact.contains('|') {
        doc_line(out, &format!("| {label} | {} |", fact.replace('|', "\\|")));
    } else {
        doc_line(out, &format!("| {label} | {fact} |"));
    }
}

/// The parts of a catalog's variant docs that are the same for every row, resolved once: the
/// headline templates and the body columns, with each column found by name only here.
struct DocParts<'t> {
    headlines: Vec<Template<'t>>,
    body: Vec<(usize, &'static Column)>,
}

/// A headline template: each piece of text with the column whose value follows it, then the
/// text after the last placeholder.
struct Template<'t> {
    pieces: Vec<(&'t str, usize, &'static Column)>,
    tail: &'t str,
}

impl DocParts<'static> {
    fn of(valid: &Valid) -> DocParts<'static> {
        let catalog = valid.catalog;
        DocParts {
            // A template naming a column the catalog lacks (or left unclosed) fills for no row.
            headlines: catalog
                .headline
                .iter()
                .filter_map(|template| Template::parse(catalog, template))
                .collect(),
            body: catalog
                .body
                .iter()
                .filter_map(|name| catalog.column(name))
                .collect(),
        }
    }
}

impl<'t> Template<'t> {
    /// `template` split at its `{column}` placeholders, or `None` if one names no column or is
    /// not closed.
    fn parse(catalog: &Catalog, template: &'t str) -> Option<Template<'t>> {
        let mut pieces = Vec::new();
        let mut rest = template;
        while let Some(start) = rest.find('{') {
            let end = rest[start..].find('}')? + start;
            let (index, column) = catalog.column(&rest[start + 1..end])?;
            pieces.push((&rest[..start], index, column));
            rest = &rest[end + 1..];
        }
        Some(Template { pieces, tail: rest })
    }

    /// The template filled from `row`, or `None` if a cell it names is empty.
    fn fill(&self, valid: &Valid, row: &Row) -> Option<String> {
        let mut out = String::new();
        for &(text, index, column) in &self.pieces {
            out.push_str(text);
            let cell = row.cells.get(index)?;
            if cell.value.is_empty() {
                return None;
            }
            let text = inline(valid, column, cell, false);
            // Inside backticks the text is code: no Markdown escapes.
            if out.ends_with('`') {
                out.push_str(cell.value.text().unwrap_or(&text));
            } else {
                out.push_str(&text);
            }
        }
        out.push_str(self.tail);
        Some(out)
    }
}

/// A variant's docs, one `#[doc]` attribute per line: headline, body paragraphs, vocabulary
/// notes and the facts table, whose source line is `source_line`. Lines are written as they
/// are made, and the fixed ones as they stand: every copy and every escape costs in the
/// unoptimised build script.
fn variant_doc(
    valid: &Valid,
    parts: &DocParts<'_>,
    row: &Row,
    source_line: &str,
    out: &mut String,
) {
    const BLANK: &str = "            #[doc = \"\"]\n";
    let catalog = valid.catalog;
    let headline = parts
        .headlines
        .iter()
        .find_map(|template| template.fill(valid, row));
    doc_line(out, headline.as_deref().unwrap_or_default());
    out.push_str(BLANK);
    for &(index, column) in &parts.body {
        if let Some(cell) = row.cells.get(index) {
            if !cell.value.is_empty() {
                for text in inline(valid, column, cell, false).split('\n') {
                    doc_line(out, text);
                }
                out.push_str(BLANK);
            }
        }
    }
    for cell in &row.cells {
        if let Value::Item(item) | Value::Grade(_, item) = cell.value {
            if let Some(note) = item.note {
                doc_line(out, note);
                out.push_str(BLANK);
            }
        }
    }
    out.push_str(DOC_PREFIX);
    out.push_str("\"| | |\"]\n");
    out.push_str(DOC_PREFIX);
    out.push_str("\"|---|---|\"]\n");
    for (column, cell) in catalog.columns.iter().zip(&row.cells) {
        if let Some(label) = column.label {
            if !cell.value.is_empty() {
                if matches!(column.kind, Kind::SourceDocument) {
                    out.push_str(source_line);
                } else {
                    fact_line(out, label, &fact(valid, column, cell));
                }
            }
        }
    }
}

/// The `#[doc(alias)]` terms of a row: the values of alias columns, integers also in hex.
fn doc_aliases(valid: &Valid, row: &Row) -> Vec<String> {
    let mut aliases = Vec::new();
    for (column, cell) in valid.catalog.columns.iter().zip(&row.cells) {
        if !column.alias {
            continue;
        }
        match (&cell.value, column.kind) {
            (
                Value::Int(n),
                Kind::Int {
                    ty: IntType::I32, ..
                },
            ) => {
                aliases.push(n.to_string());
                aliases.push(format!("{:#010X}", *n as i32 as u32).replace("0X", "0x"));
            }
            (Value::Int(n), Kind::Hex32) => {
                aliases.push(format!("{:#010x}", *n as u32));
                aliases.push(format!("{:#010X}", *n as u32).replace("0X", "0x"));
            }
            (Value::Int(n), _) => aliases.push(n.to_string()),
            (Value::Ident { name, .. }, _) => aliases.push(name.clone()),
            (Value::Text(t), _) => aliases.push(t.clone()),
            (Value::List(items), _) => aliases.extend(items.iter().cloned()),
            _ => {}
        }
    }
    aliases.sort();
    aliases.dedup();
    aliases
}

/// The Markdown table of every code for the module docs.
fn summary_table(valid: &Valid) -> String {
    let catalog = valid.catalog;
    if catalog.summary.is_empty() {
        return String::new();
    }
    let mut table = String::new();
    let headers: Vec<&str> = catalog.summary.iter().map(|(h, _)| *h).collect();
    put_line!(table, "| {} |", headers.join(" | "));
    put_line!(table, "|{}", "---|".repeat(headers.len()));
    // Each column found by name once, not once a row.
    let columns: Vec<Option<(usize, &Column, bool)>> = catalog
        .summary
        .iter()
        .map(|(_, name)| {
            let (index, column) = catalog.column(name)?;
            Some((index, column, *name == catalog.variant))
        })
        .collect();
    for row in &valid.rows {
        table.push('|');
        for column in &columns {
            table.push(' ');
            if let Some((cell, column, link)) =
                column.and_then(|(i, c, link)| Some((row.cells.get(i)?, c, link)))
            {
                let text = inline(valid, column, cell, link);
                // `contains` finds nothing in most cells, far faster than `replace`.
                if text.contains('|') {
                    table.push_str(&text.replace('|', "\\|"));
                } else {
                    table.push_str(&text);
                }
            }
            table.push_str(" |");
        }
        table.push('\n');
    }
    table
}
