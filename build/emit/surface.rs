//! The emit step of a catalog's public surface, the same for every catalog: `ALL`, the
//! lookups, one accessor per column (with the column's doc), `info()`, the retry helpers,
//! `Display`, `FromStr`, `Error`, the integer conversions, the `Code` impl and serde.
//!
//! Everything here is read from the description's [`Surface`](super::super::describe::Surface) and
//! columns; nothing names a catalog. The examples in the docs use the table's first row, so
//! every generated doc test runs against real data.

use super::super::describe::{BodyReads, Catalog, Column, InBodies, Key, Kind, Wire};
use super::super::validate::{Row, Valid, Value};
use super::columns::field_types;
use super::literal::lit;
use std::fmt::Write as _;

/// The wire spelling of a row, as `as_str` gives it.
fn wire_text(valid: &Valid, row: &Row) -> String {
    let wire = valid.catalog.surface.wire;
    match valid.value(row, wire.column()) {
        Value::Int(n) => match wire {
            Wire::Hex(_) => format!("0x{:08x}", *n as u32),
            _ => n.to_string(),
        },
        value => value.text().unwrap_or_default().to_owned(),
    }
}

/// The integer type of the wire column, for a numbered catalog.
fn wire_type(catalog: &Catalog) -> Option<&'static str> {
    let (_, column) = catalog.column(catalog.surface.wire.column())?;
    match column.kind {
        Kind::Int { ty, .. } => Some(ty.rust()),
        Kind::Hex32 => Some("u32"),
        _ => None,
    }
}

/// The public number lookup: its name and the key's column.
fn number_key(catalog: &Catalog) -> Option<(&'static str, &'static str, Option<&'static str>)> {
    catalog.keys.iter().find_map(|key| match *key {
        Key::Number {
            public,
            function,
            text,
            ..
        } => Some((public, function, text)),
        Key::Str { .. } => None,
    })
}

/// The string keys: the column and the table of each.
fn str_keys(catalog: &Catalog) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    catalog.keys.iter().filter_map(|key| match *key {
        Key::Str { column, table, .. } => Some((column, table)),
        Key::Number { .. } => None,
    })
}

/// Runs the step.
pub fn emit(valid: &Valid, out: &mut String) -> Result<(), String> {
    let catalog = valid.catalog;
    let surface = &catalog.surface;
    let e = catalog.enum_name;
    let Some(first) = valid.rows.first() else {
        return Err("the table has no row".into());
    };
    let first_ident = valid.ident(first);
    let first_wire = wire_text(valid, first);
    let ty = wire_type(catalog);
    let number = number_key(catalog);

    if !matches!(surface.wire, Wire::Name(_)) {
        let mut items = String::new();
        for row in &valid.rows {
            put_line!(items, "    {},", lit(&wire_text(valid, row)));
        }
        put_line!(
            out,
            "/// The wire spelling of every row.\nstatic WIRE: [&str; {}] = [\n{items}];\n",
            valid.rows.len()
        );
    }

    put_line!(out, "impl {e} {{");
    put_line!(
        out,
        "    /// Every code, {}.\n    pub const ALL: &'static [{e}] = &ALL_CODES;\n",
        catalog.order_doc
    );
    emit_lookups(valid, &first_wire, first_ident, out);
    emit_accessors(catalog, out);
    put_line!(
        out,
        "    /// Whether retrying, without changing anything, can succeed: the \
         [`retry_class`](Self::retry_class)\n    \
         /// is [`Throttled`](crate::RetryClass::Throttled) (wait first) or \
         [`Transient`](crate::RetryClass::Transient).\n    \
         #[inline]\n    pub const fn is_retryable(self) -> bool {{\n        \
         self.retry_class().is_retryable()\n    }}\n\n    \
         /// The former name of [`is_retryable`](Self::is_retryable), which it equals.\n    \
         #[deprecated(since = \"0.2.0\", note = \"use `is_retryable`, which means the same\")]\n    \
         #[inline]\n    pub const fn is_transient(self) -> bool {{\n        \
         self.is_retryable()\n    }}\n\n    \
         /// Every fact of the code's row.\n    \
         #[inline]\n    pub const fn info(self) -> &'static {e}Info {{\n        \
         &INFO[self.row()]\n    }}\n\n    \
         /// The canonical wire spelling (see [`Code::as_str`](crate::Code::as_str)).\n    \
         #[inline]\n    pub const fn as_str(self) -> &'static str {{\n        \
         {}[self.row()]\n    }}",
        match surface.wire {
            Wire::Name(column) => column.to_ascii_uppercase(),
            _ => "WIRE".to_owned(),
        }
    );
    put_line!(out, "}}\n");

    emit_display(valid, out)?;
    emit_traits(valid, ty, number, out);
    Ok(())
}

/// `from_code` and its ignore-case form, the other string lookups, and the number lookup.
fn emit_lookups(valid: &Valid, first_wire: &str, first_ident: &str, out: &mut String) {
    let catalog = valid.catalog;
    let e = catalog.enum_name;
    let number = number_key(catalog);
    let ty = wire_type(catalog);
    let number_first = match (number, ty) {
        (Some((_, _, Some(text))), _) => format!("{text}(text)"),
        (Some((public, _, None)), Some(ty)) => format!(
            "crate::parse::decimal_i64(text).and_then(|n| {ty}::try_from(n).ok()).and_then(Self::{public})"
        ),
        _ => String::new(),
    };
    for (ignore, suffix, get) in [
        (false, "", "get"),
        (true, "_ignore_ascii_case", "get_ignore_ascii_case"),
    ] {
        let mut body = number_first.clone();
        for (_, table) in str_keys(catalog) {
            body = if body.is_empty() {
                format!("{table}.{get}(text)")
            } else {
                format!("{body}.or_else(|| {table}.{get}(text))")
            };
        }
        if body.is_empty() {
            body = "None".to_owned();
        }
        let what = if ignore {
            "As [`from_code`](Self::from_code), names compared ignoring ASCII case."
        } else {
            "The code for `text` written in any spelling the catalog documents on the wire (see \
             [`Code::from_code`](crate::Code::from_code)), or `None`."
        };
        let shown = if ignore {
            first_wire.to_ascii_lowercase()
        } else {
            first_wire.to_owned()
        };
        put_line!(
            out,
            "    /// {what}\n    ///\n    /// ```\n    /// use rpa_error_codes::{{Code, {e}}};\n    \
             /// assert_eq!({e}::from_code{suffix}({}), Some({e}::{first_ident}));\n    \
             /// assert_eq!({e}::from_code{suffix}(\"\"), None);\n    /// ```\n    \
             #[inline]\n    pub fn from_code{suffix}(text: &str) -> Option<{e}> {{\n        {body}\n    }}\n",
            lit(&shown)
        );
    }
    for (column, table) in str_keys(catalog) {
        if column == "code" {
            continue;
        }
        put_line!(
            out,
            "    /// The code whose `{column}` is `{column}` exactly (or a further name of it), or \
             `None`.\n    #[inline]\n    pub fn from_{column}({column}: &str) -> Option<{e}> {{\n        \
             {table}.get({column})\n    }}\n\n    \
             /// As [`from_{column}`](Self::from_{column}), ignoring ASCII case.\n    \
             #[inline]\n    pub fn from_{column}_ignore_ascii_case({column}: &str) -> Option<{e}> {{\n        \
             {table}.get_ignore_ascii_case({column})\n    }}\n"
        );
    }
    if let Some((_, _, Some(text))) = number {
        put_line!(
            out,
            "    /// The code written as a number only (decimal or `0x` hexadecimal), not as a name: \
             what an error\n    /// body that carries numbers can hold.\n    \
             #[inline]\n    #[allow(dead_code)]\n    \
             pub(crate) fn from_number_text(text: &str) -> Option<{e}> {{\n        {text}(text)\n    }}\n"
        );
    }
    if let (Some((public, function, _)), Some(ty)) = (number, ty) {
        put_line!(
            out,
            "    /// The code numbered `n`, or `None`.\n    #[inline]\n    \
             pub fn {public}(n: {ty}) -> Option<{e}> {{\n        {function}({})\n    }}\n",
            if ty == "u32" { "n" } else { "n as u32" }
        );
    }
}

/// One `const fn` per field of every column, documented with the column's doc.
fn emit_accessors(catalog: &Catalog, out: &mut String) {
    for column in catalog.columns {
        if let Kind::SourceDocument = column.kind {
            put_line!(
                out,
                "    #[doc = {}]\n    #[inline]\n    pub const fn {}(self) -> &'static Source {{\n        \
                 &{}[self.row()]\n    }}\n",
                lit(column.doc),
                column.field,
                column.field.to_ascii_uppercase()
            );
            continue;
        }
        for (field, ty, doc) in field_types(catalog, column) {
            if field.ends_with("_markup") {
                continue;
            }
            let value = match catalog.discriminant {
                Some((repr, discriminant)) if is_column(column, discriminant) => {
                    format!("self as {repr}")
                }
                _ => format!("{}[self.row()]", field.to_ascii_uppercase()),
            };
            put_line!(
                out,
                "    #[doc = {}]\n    #[inline]\n    pub const fn {field}(self) -> {ty} {{\n        \
                 {value}\n    }}\n",
                lit(&doc)
            );
        }
    }
}

fn is_column(column: &Column, name: &str) -> bool {
    column.name == name
}

/// `Display`: the wire spelling, the name where it differs, and the first sentence of the
/// `one_line` column (or the fallback); the alternate form gives the whole text, each
/// section, and the links.
fn emit_display(valid: &Valid, out: &mut String) -> Result<(), String> {
    let catalog = valid.catalog;
    let surface = &catalog.surface;
    let e = catalog.enum_name;
    let accessor = |name: &str| -> Result<(&'static Column, bool), String> {
        catalog
            .column(name)
            .map(|(_, c)| (c, c.required))
            .ok_or_else(|| format!("the description names no column `{name}`"))
    };
    let (text_column, text_required) = accessor(catalog.one_line)?;
    let mut body = String::from("        f.write_str(self.as_str())?;\n");
    if surface.name != surface.wire.column() {
        put_line!(
            body,
            "        write!(f, \" {{}}\", self.{}())?;",
            surface.name
        );
    }
    let text = text_column.field;
    let text_value = if text_required {
        format!("Some(self.{text}())")
    } else {
        format!("self.{text}()")
    };
    let fallback = match surface.fallback {
        Some(template) => {
            let (before, rest) = template
                .split_once('{')
                .ok_or_else(|| format!("the fallback `{template}` has no `{{column}}`"))?;
            let (column, after) = rest
                .split_once('}')
                .ok_or_else(|| format!("the fallback `{template}` has no `{{column}}`"))?;
            accessor(column)?;
            format!(
                "None => write!(f, {}, self.{column}())?,",
                lit(&format!(" {before}{{}}{after}"))
            )
        }
        None => "None => {}".to_owned(),
    };
    put_line!(
        body,
        "        match {text_value} {{\n            \
         Some(text) if f.alternate() => write!(f, \": {{}}\", text.trim())?,\n            \
         Some(_) => write!(f, \": {{}}\", ONE_LINE[self.row()])?,\n            \
         {fallback}\n        }}\n        if !f.alternate() {{\n            return Ok(());\n        }}"
    );
    let mut links = Vec::new();
    if let Kind::Markup { links_field, .. } = text_column.kind {
        links.push(links_field);
    }
    for &(label, name) in surface.sections {
        let (column, required) = accessor(name)?;
        if let Kind::RefList = column.kind {
            // Codes of the same catalog, by their wire spelling.
            put_line!(
                body,
                "        crate::write_codes(f, {}, self.{}())?;",
                lit(label),
                column.field
            );
            continue;
        }
        let value = if required {
            format!("Some(self.{}())", column.field)
        } else {
            format!("self.{}()", column.field)
        };
        put_line!(
            body,
            "        if let Some(text) = {value} {{\n            \
             crate::write_section(f, {}, text)?;\n        }}",
            lit(label)
        );
        if let Kind::Markup { links_field, .. } = column.kind {
            links.push(links_field);
        }
    }
    let links: Vec<String> = links.iter().map(|l| format!("self.{l}()")).collect();
    put_line!(
        body,
        "        crate::write_links(f, &[{}])",
        links.join(", ")
    );
    put_line!(
        out,
        "impl core::fmt::Display for {e} {{\n    \
         /// One line: the code as written on the wire, its name where that differs, and the \
         first\n    \
         /// sentence of what the vendor says. The alternate form (`{{:#}}`) prints everything: \
         the whole\n    /// text, each further section, and every link.\n    \
         fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{\n{body}    }}\n}}\n"
    );
    Ok(())
}

/// `Error`, `FromStr`, the integer conversions, `Code`, and serde.
fn emit_traits(
    valid: &Valid,
    ty: Option<&'static str>,
    number: Option<(&'static str, &'static str, Option<&'static str>)>,
    out: &mut String,
) {
    let catalog = valid.catalog;
    let surface = &catalog.surface;
    let e = catalog.enum_name;
    let variant = surface.variant;
    let first = valid
        .rows
        .first()
        .map(|r| wire_text(valid, r))
        .unwrap_or_default();
    put_line!(
        out,
        "impl core::error::Error for {e} {{}}\n\n\
         impl core::str::FromStr for {e} {{\n    type Err = crate::UnknownCode;\n\n    \
         /// As [`from_code`]({e}::from_code); anything else is an error naming it.\n    \
         fn from_str(s: &str) -> Result<Self, crate::UnknownCode> {{\n        \
         Self::from_code(s).ok_or_else(|| crate::UnknownCode::new(crate::Catalog::{variant}, s))\n    }}\n}}\n\n\
         impl From<{e}> for crate::AnyCode {{\n    fn from(code: {e}) -> Self {{\n        \
         crate::AnyCode::{variant}(code)\n    }}\n}}\n"
    );
    let from_number = match (number, ty) {
        (Some((public, _, _)), Some(ty)) => {
            put_line!(
                out,
                "impl From<{e}> for {ty} {{\n    fn from(code: {e}) -> {ty} {{\n        \
                 code.{}()\n    }}\n}}\n\n\
                 impl TryFrom<{ty}> for {e} {{\n    type Error = crate::UnknownCode;\n\n    \
                 fn try_from(n: {ty}) -> Result<Self, crate::UnknownCode> {{\n        \
                 Self::{public}(n).ok_or_else(|| crate::UnknownCode::number(crate::Catalog::{variant}, i64::from(n)))\n    }}\n}}\n",
                surface.wire.column_field(catalog)
            );
            match surface.wire {
                Wire::Decimal(_) => format!("{ty}::try_from(n).ok().and_then(Self::{public})"),
                // A code written in hexadecimal is read from its unsigned or signed reading.
                _ => format!(
                    "{ty}::try_from(n).ok().or_else(|| i32::try_from(n).ok().map(|n| n as {ty})).and_then(Self::{public})"
                ),
            }
        }
        _ => "{ let _ = n; None }".to_owned(),
    };
    let wire_number = matches!(surface.wire, Wire::Decimal(_));
    let name_field = catalog
        .column(surface.name)
        .map_or(surface.name, |(_, c)| c.field);
    let message = match catalog.column(catalog.one_line) {
        Some((_, c)) if c.required => format!("self.{}()", c.field),
        Some((_, c)) => format!("self.{}().unwrap_or(\"\")", c.field),
        None => "\"\"".to_owned(),
    };
    let http = match surface.http_status.and_then(|h| catalog.column(h)) {
        Some((_, c)) if c.required => format!("Some({e}::{}(self))", c.field),
        Some((_, c)) => format!("{e}::{}(self)", c.field),
        None => "None".to_owned(),
    };
    put_line!(
        out,
        "impl crate::code::sealed::Sealed for {e} {{\n    \
         const EXPECTING: &'static str = {};\n    \
         const WIRE_IS_NUMBER: bool = {wire_number};\n    \
         const HAS_NUMBERS: bool = {};\n    \
         fn from_number(n: i64) -> Option<Self> {{\n        {from_number}\n    }}\n}}\n\n\
         impl crate::Code for {e} {{\n    \
         const CATALOG: crate::Catalog = crate::Catalog::{variant};\n    \
         const ALL: &'static [Self] = &ALL_CODES;\n    \
         #[inline]\n    fn from_code(text: &str) -> Option<Self> {{\n        {e}::from_code(text)\n    }}\n    \
         #[inline]\n    fn from_code_ignore_ascii_case(text: &str) -> Option<Self> {{\n        {e}::from_code_ignore_ascii_case(text)\n    }}\n    \
         #[inline]\n    fn from_name(name: &str) -> Option<Self> {{\n        {}\n    }}\n    \
         #[inline]\n    fn as_str(self) -> &'static str {{\n        {e}::as_str(self)\n    }}\n    \
         #[inline]\n    fn name(self) -> &'static str {{\n        {e}::{name_field}(self)\n    }}\n    \
         #[inline]\n    fn message(self) -> &'static str {{\n        {message}\n    }}\n    \
         #[inline]\n    fn http_status(self) -> Option<u16> {{\n        {http}\n    }}\n    \
         #[inline]\n    fn retry_class(self) -> crate::RetryClass {{\n        {e}::retry_class(self)\n    }}\n    \
         #[inline]\n    fn retry_reason(self) -> &'static str {{\n        {e}::retry_reason(self)\n    }}\n    \
         #[inline]\n    fn is_retryable(self) -> bool {{\n        {e}::is_retryable(self)\n    }}\n    \
         #[inline]\n    fn source(self) -> &'static crate::Source {{\n        {e}::source(self)\n    }}\n}}\n",
        lit(&format!("a {} such as {first:?}", surface.title)),
        number.is_some(),
        match str_keys(catalog).find(|(c, _)| *c == surface.name) {
            Some((_, table)) => format!("{table}.get(name)"),
            None => "None".to_owned(),
        },
    );
    // Written out rather than derived: the crate needs no proc-macro of serde's.
    let (serialize, read) = match (surface.wire, ty) {
        (Wire::Decimal(_), Some(ty)) => (
            format!(
                "serializer.serialize_{ty}({e}::{}(*self))",
                surface.wire.column_field(catalog)
            ),
            format!("deserialize_{ty}"),
        ),
        _ => (
            "serializer.serialize_str(crate::Code::as_str(*self))".to_owned(),
            "deserialize_str".to_owned(),
        ),
    };
    put_line!(
        out,
        "#[cfg(feature = \"serde\")]\nimpl serde::Serialize for {e} {{\n    \
         /// As the code travels on the wire ([`as_str`]({e}::as_str), a number as a number).\n    \
         fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {{\n        \
         {serialize}\n    }}\n}}\n\n\
         #[cfg(feature = \"serde\")]\nimpl<'de> serde::Deserialize<'de> for {e} {{\n    \
         /// Any spelling [`from_code`]({e}::from_code) reads, or the number; anything else is an \
         error naming it.\n    \
         fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {{\n        \
         crate::serde_impls::deserialize_code(deserializer, |d, visitor| d.{read}(visitor))\n    }}\n}}\n"
    );
}

impl Wire {
    /// The accessor of the wire column.
    fn column_field(self, catalog: &Catalog) -> &'static str {
        catalog
            .column(self.column())
            .map_or(self.column(), |(_, c)| c.field)
    }
}

/// The file shared by every catalog: `Catalog` (every described catalog, enabled or not),
/// `AnyCode` (one variant per catalog of this build), its `From` impls' counterpart
/// `dispatch!`, and `each_catalog!`, which names each catalog's type once.
pub fn shared(all: &[&Catalog], enabled: &[&Catalog]) -> String {
    let mut out = String::from(
        "// Generated by build.rs from the catalogs' descriptions in build/catalogs/.\n\n",
    );
    put_line!(
        out,
        "/// Which catalog a code belongs to, or a lookup asked.\n///\n\
         /// Every catalog the crate describes has a variant, also where its cargo feature is \
         off.\n\
         #[non_exhaustive]\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n\
         pub enum Catalog {{"
    );
    for c in all {
        let note = match c.feature {
            Some(feature) => format!(" (`{}`, with the `{feature}` feature)", c.enum_name),
            None => format!(" ([`{}`])", c.enum_name),
        };
        put_line!(
            out,
            "    #[doc = {}]\n    {},",
            lit(&format!("{}{note}", c.surface.doc.trim_end_matches('.'))),
            c.surface.variant
        );
    }
    put_line!(out, "}}\n\nimpl Catalog {{");
    put_line!(
        out,
        "    /// Every catalog the crate describes, in order.\n    pub const ALL: &'static [Catalog] = &["
    );
    for c in all {
        put_line!(out, "        Catalog::{},", c.surface.variant);
    }
    put_line!(
        out,
        "    ];\n\n    /// What the catalog's codes are, for messages: \"Power Automate error\".\n    \
         pub const fn title(self) -> &'static str {{\n        match self {{"
    );
    for c in all {
        put_line!(
            out,
            "            Catalog::{} => {},",
            c.surface.variant,
            lit(c.surface.title)
        );
    }
    put_line!(
        out,
        "        }}\n    }}\n\n    /// The catalog's module in this crate (`\"power_automate\"`), a stable identifier: \
         the JSON of\n    /// the `explain` tool names catalogs by it.\n    \
         pub const fn id(self) -> &'static str {{\n        match self {{"
    );
    for c in all {
        put_line!(
            out,
            "            Catalog::{} => {},",
            c.surface.variant,
            lit(c.module)
        );
    }
    put_line!(
        out,
        "        }}\n    }}\n\n    /// Whether this build has the catalog (its cargo feature, if any, is on).\n    \
         pub const fn is_enabled(self) -> bool {{\n        match self {{"
    );
    for c in all {
        let on = enabled.iter().any(|e| e.module == c.module);
        put_line!(out, "            Catalog::{} => {on},", c.surface.variant);
    }
    put_line!(out, "        }}\n    }}\n}}\n");

    put_line!(
        out,
        "/// A code of any catalog of this build: one variant per catalog, holding its type.\n///\n\
         /// The enum is `#[non_exhaustive]`: a catalog added later is a new variant. A catalog \
         behind a\n/// cargo feature has its variant only with that feature.\n\
         #[non_exhaustive]\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n\
         pub enum AnyCode {{"
    );
    for c in enabled {
        catalog_variant(&mut out, "    ", c.surface.doc, c);
    }
    put_line!(out, "}}\n");
    put_line!(
        out,
        "/// How many catalogs this build has.\nconst ENABLED: usize = {};\n",
        enabled.len()
    );
    put_line!(
        out,
        "/// `dispatch!(any_code, code => expression)`: the expression for the code inside, whatever \
         its\n/// catalog (`code` is bound to the catalog's own type).\n\
         macro_rules! dispatch {{\n    ($value:expr, $code:ident => $body:expr) => {{\n        \
         match $value {{"
    );
    for c in enabled {
        put_line!(
            out,
            "            crate::AnyCode::{}($code) => $body,",
            c.surface.variant
        );
    }
    put_line!(out, "        }}\n    }};\n}}\n");
    put_line!(
        out,
        "/// `each_catalog!(m)`: `m!(Type)` for each catalog's type of this build, in order.\n\
         macro_rules! each_catalog {{\n    ($m:ident) => {{"
    );
    for c in enabled {
        put_line!(out, "        $m!(crate::{}::{});", c.module, c.enum_name);
    }
    put_line!(out, "    }};\n}}\n");
    body_code(enabled, &mut out);
    out
}

/// A variant holding the catalog's type, with its doc line and, for a catalog behind a
/// feature, the feature's note on docs.rs.
fn catalog_variant(out: &mut String, indent: &str, doc: &str, c: &Catalog) {
    put_line!(out, "{indent}#[doc = {}]", lit(doc));
    if let Some(feature) = c.feature {
        put_line!(
            out,
            "{indent}#[cfg_attr(docsrs, doc(cfg(feature = {})))]",
            lit(feature)
        );
    }
    put_line!(
        out,
        "{indent}{}(crate::{}::{}),",
        c.surface.variant,
        c.module,
        c.enum_name
    );
}

/// `body_code! { attributes pub enum BodyCode }`: a variant for each catalog whose codes error
/// bodies carry (and `Other`), `parse_in_order`, which tries the catalogs in order, and
/// `known_code`.
fn body_code(enabled: &[&Catalog], out: &mut String) {
    let in_bodies: Vec<(&Catalog, InBodies)> = enabled
        .iter()
        .filter_map(|c| Some((*c, c.surface.body?)))
        .collect();
    put_line!(
        out,
        "/// `body_code! {{ attributes pub enum Name }}`: the codes error bodies carry, one variant \
         per\n/// catalog whose codes they carry, and `Other`.\n\
         macro_rules! body_code {{\n    ($(#[$meta:meta])* pub enum $name:ident) => {{\n        \
         $(#[$meta])*\n        pub enum $name<'a> {{"
    );
    for (c, body) in &in_bodies {
        catalog_variant(out, "            ", body.doc, c);
    }
    put_line!(
        out,
        "            /// A code none of the catalogs knows, exactly as received.\n            \
         Other(&'a str),\n        }}\n\n        impl<'a> $name<'a> {{\n            \
         /// The first catalog, in order, that reads `code`, else `Other`.\n            \
         fn parse_in_order(code: &'a str) -> Self {{"
    );
    for (c, body) in &in_bodies {
        let read = match body.reads {
            BodyReads::Codes => "from_code",
            BodyReads::Numbers => "from_number_text",
        };
        put_line!(
            out,
            "                if let Some(code) = crate::{}::{}::{read}(code) {{\n                    \
             return Self::{}(code);\n                }}",
            c.module,
            c.enum_name,
            c.surface.variant
        );
    }
    put_line!(
        out,
        "                Self::Other(code)\n            }}\n\n            \
         /// The code as an `AnyCode`, or `None` for `Other`.\n            \
         const fn known_code(self) -> Option<crate::AnyCode> {{\n                match self {{"
    );
    for (c, _) in &in_bodies {
        put_line!(
            out,
            "                    Self::{v}(code) => Some(crate::AnyCode::{v}(code)),",
            v = c.surface.variant
        );
    }
    put_line!(
        out,
        "                    Self::Other(_) => None,\n                }}\n            }}\n        \
         }}\n    }};\n}}"
    );
}
