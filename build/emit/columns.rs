use super::*;

pub(super) fn opt<T>(value: Option<T>, f: impl FnOnce(T) -> String) -> String {
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
pub(super) const ITEM_END: &str = ",\n    ";

/// Writes the Rust values of a cell for the fields of [`field_types`] to `outs`, one buffer per
/// field in the same order, each value followed by [`ITEM_END`]. Values are written where they
/// go, not made as strings first: this runs for every cell of every row.
pub(super) fn field_values(valid: &Valid, column: &Column, cell: &Cell, outs: &mut [String]) {
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

/// One column static per field.
pub(super) fn emit_columns(valid: &Valid, sources: &Sources<'_>, out: &mut String) {
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
pub(super) fn emit_sources(sources: &Sources<'_>, column: &Column, out: &mut String) {
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
pub(super) fn emit_one_line(valid: &Valid, out: &mut String) {
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
pub(super) fn emit_info(valid: &Valid, out: &mut String) {
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
