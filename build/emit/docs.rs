use super::*;

/// A cell as inline Markdown, for headlines and the summary table.
pub(super) fn inline(valid: &Valid, column: &Column, cell: &Cell, link_ident: bool) -> String {
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

pub(super) fn set_text(column: &Column, items: &[&'static Item]) -> String {
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
pub(super) fn fact(valid: &Valid, column: &Column, cell: &Cell) -> String {
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

pub(super) const DOC_PREFIX: &str = "            #[doc = ";

/// One `#[doc]` line of a variant's docs holding `text`.
pub(super) fn doc_line(out: &mut String, text: &str) {
    out.push_str(DOC_PREFIX);
    push_lit(out, text, "\\\n                ");
    out.push_str("]\n");
}

/// The `#[doc]` line of a row `| {label} | {fact} |` of a variant's facts table.
pub(super) fn fact_line(out: &mut String, label: &str, fact: &str) {
    // `contains` finds nothing in most facts, far faster than `replace` copies.
    if fact.contains('|') {
        doc_line(out, &format!("| {label} | {} |", fact.replace('|', "\\|")));
    } else {
        doc_line(out, &format!("| {label} | {fact} |"));
    }
}

/// The parts of a catalog's variant docs that are the same for every row, resolved once: the
/// headline templates and the body columns, with each column found by name only here.
pub(super) struct DocParts<'t> {
    headlines: Vec<Template<'t>>,
    body: Vec<(usize, &'static Column)>,
}

/// A headline template: each piece of text with the column whose value follows it, then the
/// text after the last placeholder.
pub(super) struct Template<'t> {
    pieces: Vec<(&'t str, usize, &'static Column)>,
    tail: &'t str,
}

impl DocParts<'static> {
    pub(super) fn of(valid: &Valid) -> DocParts<'static> {
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
/// are made, and the fixed ones as they stand.
pub(super) fn variant_doc(
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
pub(super) fn doc_aliases(valid: &Valid, row: &Row) -> Vec<String> {
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
pub(super) fn summary_table(valid: &Valid) -> String {
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
