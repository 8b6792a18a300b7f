//! Writes the benchmark's alternative lookups, `$OUT_DIR/alternatives.rs`, rendered from the
//! crate's public catalog: the `match`es, an `eq_ignore_ascii_case` chain and `phf` maps that
//! `benches/lookup.rs` compares the crate's lookups with.
//!
//! Each kind of alternative is one function below, taking the catalog as a list of (key, value
//! expression) pairs; a further catalog is a few more lines in [`render`].

use std::fmt::{Debug, Write};
use std::path::Path;

use rpa_error_codes::dataverse::DataverseError;
use rpa_error_codes::windows_logon::LogonStatus;
use rpa_error_codes::{OrchestratorCode, PowerAutomateError};

fn main() {
    // The catalog comes from the build dependency, which cargo tracks: nothing else to watch.
    println!("cargo::rerun-if-changed=build.rs");
    let out = Path::new(&std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("alternatives.rs");
    let rendered = render();
    // Unchanged output keeps its timestamp, so the benchmark is not compiled again.
    if std::fs::read_to_string(&out).ok().as_deref() != Some(rendered.as_str()) {
        std::fs::write(&out, rendered)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    }
}

/// The whole file.
fn render() -> String {
    let mut out = header(&["DataverseError", "OrchestratorCode", "PowerAutomateError"]);

    section(
        &mut out,
        "Power Automate: `PowerAutomateError::ALL`, keyed by `code()`.",
    );
    let codes: Vec<(&str, String)> = PowerAutomateError::ALL
        .iter()
        .map(|e| (e.code(), variant("PowerAutomateError", e)))
        .collect();
    match_fn(
        &mut out,
        "power_automate_match",
        "PowerAutomateError",
        &codes,
    );
    ignore_case_fn(
        &mut out,
        "power_automate_match_ignore_ascii_case",
        "PowerAutomateError",
        &codes,
    );
    lowercase_map(&mut out, "LOWERCASE_CODES", "PowerAutomateError", &codes);

    section(
        &mut out,
        "Orchestrator: `OrchestratorCode::ALL`, keyed by `name()` and `info().aliases`, and by `code()`.",
    );
    let names: Vec<(&str, String)> = OrchestratorCode::ALL
        .iter()
        .flat_map(|c| {
            std::iter::once(c.name())
                .chain(c.info().aliases.iter().copied())
                .map(|name| (name, variant("OrchestratorCode", c)))
        })
        .collect();
    match_fn(
        &mut out,
        "orchestrator_name_match",
        "OrchestratorCode",
        &names,
    );
    let numbers: Vec<(u16, String)> = OrchestratorCode::ALL
        .iter()
        .map(|c| (c.code(), variant("OrchestratorCode", c)))
        .collect();
    match_fn(
        &mut out,
        "orchestrator_u16_match",
        "OrchestratorCode",
        &numbers,
    );

    section(
        &mut out,
        "Windows logon: `LogonStatus::ALL`, keyed by `code()` in decimal and in hexadecimal \
         (`{:#010x}` of its bits), by `name()`, and by `code()`.",
    );
    let logon = |status: &LogonStatus| variant("windows_logon::LogonStatus", status);
    let decimal: Vec<(String, String)> = LogonStatus::ALL
        .iter()
        .map(|s| (s.code().to_string(), logon(s)))
        .collect();
    let hex: Vec<(String, String)> = LogonStatus::ALL
        .iter()
        .map(|s| (format!("{:#010x}", s.code() as u32), logon(s)))
        .collect();
    let names: Vec<(&str, String)> = LogonStatus::ALL
        .iter()
        .map(|s| (s.name(), logon(s)))
        .collect();
    let numbers: Vec<(i32, String)> = LogonStatus::ALL
        .iter()
        .map(|s| (s.code(), logon(s)))
        .collect();
    strings(
        &mut out,
        "windows_logon",
        "decimal",
        "LOGON_DECIMAL",
        "windows_logon::LogonStatus",
        &decimal,
    );
    strings(
        &mut out,
        "windows_logon",
        "hex",
        "LOGON_HEX",
        "windows_logon::LogonStatus",
        &hex,
    );
    match_fn(
        &mut out,
        "windows_logon_name_match",
        "windows_logon::LogonStatus",
        &names,
    );
    match_fn(
        &mut out,
        "windows_logon_i32_match",
        "windows_logon::LogonStatus",
        &numbers,
    );

    section(
        &mut out,
        "Dataverse: `DataverseError::ALL`, keyed by `hresult()` in hexadecimal (`{:#010x}`) and \
         as a signed decimal, by `name()`, and by `hresult()`.",
    );
    let dataverse = |e: &DataverseError| variant("DataverseError", e);
    let hex: Vec<(String, String)> = DataverseError::ALL
        .iter()
        .map(|e| (format!("{:#010x}", e.hresult()), dataverse(e)))
        .collect();
    let decimal: Vec<(String, String)> = DataverseError::ALL
        .iter()
        .map(|e| ((e.hresult() as i32).to_string(), dataverse(e)))
        .collect();
    let names: Vec<(&str, String)> = DataverseError::ALL
        .iter()
        .map(|e| (e.name(), dataverse(e)))
        .collect();
    let numbers: Vec<(u32, String)> = DataverseError::ALL
        .iter()
        .map(|e| (e.hresult(), dataverse(e)))
        .collect();
    strings(
        &mut out,
        "dataverse",
        "decimal",
        "DATAVERSE_DECIMAL",
        "DataverseError",
        &decimal,
    );
    strings(
        &mut out,
        "dataverse",
        "hex",
        "DATAVERSE_HEX",
        "DataverseError",
        &hex,
    );
    match_fn(&mut out, "dataverse_name_match", "DataverseError", &names);
    match_fn(&mut out, "dataverse_u32_match", "DataverseError", &numbers);
    out
}

/// A `match` and a `phf` map (`static {map}`) of one catalog's codes written as text.
fn strings(
    out: &mut String,
    catalog: &str,
    form: &str,
    map: &str,
    value_ty: &str,
    entries: &[(String, String)],
) {
    let entries: Vec<(&str, String)> = entries
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    match_fn(out, &format!("{catalog}_{form}_match"), value_ty, &entries);
    let mut built = phf_codegen::Map::new();
    built.phf_path("phf");
    for (key, value) in &entries {
        built.entry(*key, value.as_str());
    }
    write!(
        out,
        "\n/// A `phf::Map` of the codes as text.\n\
         pub static {map}: phf::Map<&'static str, {value_ty}> = {};\n",
        built.build()
    )
    .unwrap();
}

// ---------------------------------------------------------------------------------------------
// One function per kind of alternative
// ---------------------------------------------------------------------------------------------

/// The file's header: what it is, and the imports its items need. `types` are the catalog enums,
/// imported from the crate root.
fn header(types: &[&str]) -> String {
    format!(
        "// Generated by build.rs from the crate's public catalog, one entry per line: lookups\n\
         // written the other ways, for benches/lookup.rs to compare with the crate's.\n\
         \n\
         use rpa_error_codes::phf;\n\
         use rpa_error_codes::windows_logon;\n\
         use rpa_error_codes::{{{}}};\n",
        types.join(", ")
    )
}

/// A comment that opens one catalog's alternatives.
fn section(out: &mut String, title: &str) {
    write!(out, "\n// {title}\n").unwrap();
}

/// The value expression for `variant` of enum `ty`: its path (a derived `Debug` prints the
/// variant's name).
fn variant(ty: &str, variant: &impl Debug) -> String {
    format!("{ty}::{variant:?}")
}

/// A key type of a generated `match`: how its values are written, and the function's parameter.
trait Key {
    /// The parameter's name and type.
    const PARAM: (&'static str, &'static str);
    /// The generated function's doc comment.
    const DOC: &'static str;
    /// The key as a Rust literal.
    fn literal(&self) -> String;
}

impl Key for &str {
    const PARAM: (&'static str, &'static str) = ("s", "&str");
    const DOC: &'static str =
        "A generated `match` on the string, one arm per key (what `#[derive(EnumString)]` writes).";
    fn literal(&self) -> String {
        format!("{self:?}")
    }
}

impl Key for i32 {
    const PARAM: (&'static str, &'static str) = ("n", "i32");
    const DOC: &'static str = "A generated `match` on the number, one arm per key.";
    fn literal(&self) -> String {
        self.to_string()
    }
}

impl Key for u32 {
    const PARAM: (&'static str, &'static str) = ("n", "u32");
    const DOC: &'static str = "A generated `match` on the number, one arm per key.";
    fn literal(&self) -> String {
        format!("{self:#010x}")
    }
}

impl Key for u16 {
    const PARAM: (&'static str, &'static str) = ("n", "u16");
    const DOC: &'static str = "A generated `match` on the number, one arm per key.";
    fn literal(&self) -> String {
        self.to_string()
    }
}

/// `fn name(key) -> Option<value_ty>`: a `match` with one arm per key (for strings, what
/// `#[derive(EnumString)]` writes).
fn match_fn<K: Key>(out: &mut String, name: &str, value_ty: &str, entries: &[(K, String)]) {
    let (param, param_ty) = K::PARAM;
    let doc = K::DOC;
    write!(
        out,
        "\n/// {doc}\n\
         pub fn {name}({param}: {param_ty}) -> Option<{value_ty}> {{\n    match {param} {{\n"
    )
    .unwrap();
    for (key, value) in entries {
        writeln!(out, "        {} => Some({value}),", key.literal()).unwrap();
    }
    out.push_str("        _ => None,\n    }\n}\n");
}

/// `fn name(s: &str) -> Option<value_ty>`: an `eq_ignore_ascii_case` test per key, in order.
fn ignore_case_fn(out: &mut String, name: &str, value_ty: &str, entries: &[(&str, String)]) {
    write!(
        out,
        "\n/// A generated chain of `eq_ignore_ascii_case` tests, one per key, in order.\n\
         pub fn {name}(s: &str) -> Option<{value_ty}> {{\n"
    )
    .unwrap();
    for (key, value) in entries {
        writeln!(
            out,
            "    if s.eq_ignore_ascii_case({}) {{ return Some({value}); }}",
            key.literal()
        )
        .unwrap();
    }
    out.push_str("    None\n}\n");
}

/// `static name: phf::Map<&str, value_ty>` keyed by the lowercased keys, built by `phf_codegen`.
fn lowercase_map(out: &mut String, name: &str, value_ty: &str, entries: &[(&str, String)]) {
    let mut map = phf_codegen::Map::new();
    map.phf_path("phf");
    for (key, value) in entries {
        map.entry(key.to_ascii_lowercase(), value.as_str());
    }
    write!(
        out,
        "\n/// A `phf::Map` keyed by the lowercased keys: look up a lowercase copy of the input.\n\
         pub static {name}: phf::Map<&'static str, {value_ty}> = {};\n",
        map.build()
    )
    .unwrap();
}
