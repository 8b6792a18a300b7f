//! The "emit" step: Rust source for `OUT_DIR`, from validated rows.
//!
//! Every text from the data goes into Rust as an escaped string literal (`{:?}` of a `str`),
//! never pasted raw into code or `///` lines. The enum itself is emitted as a `macro_rules!`
//! that the crate's module invokes with its hand-written attributes and docs, so the generated
//! part is only what comes from the data: variants, their docs, tables and maps.

use std::fmt::Write as _;

use crate::markup::escape_markdown;
use crate::model::{OrchestratorRow, PowerAutomateRow, Source};
use crate::phash;

/// The Rust source of one catalog, the Markdown table for its module docs, and the
/// alternative lookups the benchmarks compare against.
pub struct Generated {
    pub code: String,
    pub table: String,
    pub bench: String,
}

/// The largest perfect-hash table searched for: 2^12 one-byte slots.
const MAX_SLOT_BITS: u32 = 12;

/// Emits a `PerfectTable` constant `{name}` over `keys` (string, value expression): the key
/// array, the slot table and the slot function found by [`phash::search`].
fn perfect_table(
    out: &mut String,
    name: &str,
    value_ty: &str,
    keys: &[(&str, String)],
) -> Result<(), String> {
    let strings: Vec<&str> = keys.iter().map(|(k, _)| *k).collect();
    let hash = phash::search(&strings, MAX_SLOT_BITS).ok_or_else(|| {
        format!(
            "no perfect hash with up to four sampled bytes and 2^{MAX_SLOT_BITS} slots separates the {} keys of {name}",
            keys.len()
        )
    })?;
    for (i, key) in strings.iter().enumerate() {
        assert_eq!(
            hash.slots[hash.slot(key.as_bytes())],
            Some(i),
            "generator bug: the perfect hash misplaces {key}"
        );
    }
    let lower = name.to_ascii_lowercase();
    out.push_str(&hash.rust_fn(&format!("{lower}_slot")));
    let slots: Vec<String> = hash
        .slots
        .iter()
        .map(|slot| match slot {
            Some(i) => format!("Some(({}, {}))", lit(keys[*i].0), keys[*i].1),
            None => "None".to_owned(),
        })
        .collect();
    static_array(
        out,
        "Each slot's key and value.",
        &format!("{name}_SLOTS"),
        &format!("Option<(&str, {value_ty})>"),
        &slots,
    );
    writeln!(
        out,
        "/// Perfect-hash lookup of {lower} strings.\n\
         const {name}: crate::lookup::PerfectTable<{value_ty}> = crate::lookup::PerfectTable {{ \
         min_len: {}, max_len: {}, slot: {lower}_slot, slots: &{name}_SLOTS }};",
        hash.min_len, hash.max_len
    )
    .unwrap();
    Ok(())
}

/// A `match` over string keys, as `#[derive(EnumString)]` generates: the alternative the
/// benchmarks compare against. With `ignore_case`, an `eq_ignore_ascii_case` chain.
fn match_fn(
    out: &mut String,
    name: &str,
    value_ty: &str,
    keys: &[(&str, String)],
    ignore_case: bool,
) {
    writeln!(
        out,
        "/// Benchmark alternative: a generated `match`.
pub fn {name}(s: &str) -> Option<{value_ty}> {{"
    )
    .unwrap();
    if ignore_case {
        for (k, v) in keys {
            writeln!(
                out,
                "    if s.eq_ignore_ascii_case({}) {{ return Some({v}); }}",
                lit(k)
            )
            .unwrap();
        }
        writeln!(out, "    None\n}}").unwrap();
    } else {
        writeln!(out, "    match s {{").unwrap();
        for (k, v) in keys {
            writeln!(out, "        {} => Some({v}),", lit(k)).unwrap();
        }
        writeln!(out, "        _ => None,\n    }}\n}}").unwrap();
    }
}

/// A Rust string literal holding `s` exactly.
pub fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn opt_lit(s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_owned(), |s| format!("Some({})", lit(s)))
}

/// One enum variant to emit.
pub struct Variant {
    pub ident: String,
    pub discriminant: Option<u16>,
    /// Markdown docs.
    pub doc: String,
    /// Extra `#[doc(alias)]` terms.
    pub aliases: Vec<String>,
}

/// Emits `macro_rules! $macro_name` that expands to the enum with these variants, taking the
/// enum's attributes, visibility and name from the invocation.
pub fn enum_macro(macro_name: &str, variants: &[Variant]) -> String {
    let mut out = String::new();
    writeln!(out, "macro_rules! {macro_name} {{").unwrap();
    writeln!(
        out,
        "    ($(#[$attr:meta])* $vis:vis enum $name:ident) => {{"
    )
    .unwrap();
    writeln!(out, "        $(#[$attr])*\n        $vis enum $name {{").unwrap();
    for v in variants {
        writeln!(out, "            #[doc = {}]", lit(&v.doc)).unwrap();
        for alias in &v.aliases {
            if alias != &v.ident {
                writeln!(out, "            #[doc(alias = {})]", lit(alias)).unwrap();
            }
        }
        match v.discriminant {
            Some(d) => writeln!(out, "            {} = {d},", v.ident).unwrap(),
            None => writeln!(out, "            {},", v.ident).unwrap(),
        }
    }
    writeln!(out, "        }}\n    }};\n}}").unwrap();
    out
}

/// The start of every catalog's source: a header naming the table it comes from, the enum
/// macro, and `ALL_CODES`, every variant in row order.
fn catalog_start(
    csv: &str,
    macro_name: &str,
    enum_name: &str,
    order: &str,
    variants: &[Variant],
) -> String {
    let mut code = format!("// Generated by build.rs from {csv}. Do not edit.\n\n");
    code.push_str(&enum_macro(macro_name, variants));
    let all: Vec<String> = variants
        .iter()
        .map(|v| format!("{enum_name}::{}", v.ident))
        .collect();
    writeln!(
        code,
        "/// Every code, {order}.\nconst ALL_CODES: [{enum_name}; {}] = [{}];",
        all.len(),
        all.join(", ")
    )
    .unwrap();
    code
}

/// `static NAME: [TY; N] = [items];`
fn static_array(out: &mut String, doc: &str, name: &str, ty: &str, items: &[String]) {
    writeln!(out, "#[doc = {}]", lit(doc)).unwrap();
    writeln!(out, "static {name}: [{ty}; {}] = [", items.len()).unwrap();
    for item in items {
        writeln!(out, "    {item},").unwrap();
    }
    writeln!(out, "];").unwrap();
}

/// A public `phf::Map` (`map` is the built map's source).
fn phf_map(out: &mut String, doc: &str, name: &str, key_ty: &str, value_ty: &str, map: &str) {
    writeln!(out, "#[doc = {}]", lit(doc)).unwrap();
    writeln!(
        out,
        "pub static {name}: phf::Map<{key_ty}, {value_ty}> = {map};"
    )
    .unwrap();
}

fn source_lit(source: &Source) -> String {
    format!(
        "Source {{ document: {}, date: {}, url: {} }}",
        lit(&source.document),
        opt_lit(source.date.as_deref()),
        lit(&source.url)
    )
}

fn source_md(source: &Source) -> String {
    let mut s = format!("[{}](<{}>)", escape_markdown(&source.document), source.url);
    if let Some(date) = &source.date {
        write!(s, ", version of {date}").unwrap();
    }
    s
}

/// A two-column Markdown table of facts.
fn facts_table(rows: &[(&str, String)]) -> String {
    let mut s = String::from("| | |\n|---|---|\n");
    for (k, v) in rows {
        writeln!(s, "| {k} | {v} |").unwrap();
    }
    s
}

fn run_modes_text(modes: &[&str]) -> String {
    if modes.len() == crate::model::RUN_MODES.len() {
        "All (Attended, Unattended, Local)".to_owned()
    } else {
        modes.join(", ")
    }
}

/// The Power Automate catalog.
pub fn power_automate(rows: &[PowerAutomateRow]) -> Result<Generated, String> {
    const ENUM: &str = "PowerAutomateError";
    let link = |code: &str| format!("[`{code}`]({ENUM}::{code})");

    let variants: Vec<Variant> = rows
        .iter()
        .map(|r| {
            let mut facts = vec![
                ("Code", format!("`{}`", r.code)),
                ("HTTP status", r.http_status.to_string()),
                ("Run modes", run_modes_text(&r.run_modes)),
            ];
            if let Some(p) = r.platform {
                let sentence = crate::model::PLATFORMS
                    .iter()
                    .find(|x| x.0 == p)
                    .map_or(p, |x| x.1);
                facts.push(("Platform", escape_markdown(sentence.trim_end_matches('.'))));
            }
            facts.push((
                "Transient",
                format!(
                    "{}: {}",
                    if r.transient { "yes" } else { "no" },
                    escape_markdown(&r.transient_reason)
                ),
            ));
            facts.push(("First seen", format!("table version of {}", r.first_seen)));
            if let Some(retired) = &r.retired_in {
                let mut s = format!("**retired**: not in the table version of {retired}");
                if !r.replaced_by.is_empty() {
                    let targets: Vec<String> = r.replaced_by.iter().map(|c| link(c)).collect();
                    write!(s, "; replaced by {}", targets.join(" and ")).unwrap();
                }
                facts.push(("Status", s));
            }
            facts.push(("Source", source_md(&r.source)));
            let doc = format!(
                "`{}`: HTTP {}, {}.\n\n{}\n\n{}",
                r.code,
                r.http_status,
                run_modes_text(&r.run_modes),
                r.mitigation.markdown(),
                facts_table(&facts)
            );
            Variant {
                ident: r.code.clone(),
                discriminant: None,
                doc,
                aliases: vec![r.code.clone()],
            }
        })
        .collect();

    let mut code = catalog_start(
        "data/power_automate.csv",
        "power_automate_error_enum",
        ENUM,
        "in table order",
        &variants,
    );

    let info: Vec<String> = rows
        .iter()
        .map(|r| {
            let modes: Vec<String> = r.run_modes.iter().map(|m| format!("RunMode::{m}")).collect();
            let links: Vec<String> = r
                .mitigation
                .links()
                .iter()
                .map(|(text, url)| format!("Link {{ text: {}, url: {} }}", lit(text), lit(url)))
                .collect();
            let replaced: Vec<String> = r.replaced_by.iter().map(|c| format!("{ENUM}::{c}")).collect();
            format!(
                "{ENUM}Info {{ code: {}, http_status: {}, run_modes: RunModes::of(&[{}]), platform: {}, \
                 transient: {}, transient_reason: {}, mitigation: {}, mitigation_markup: {}, \
                 links: &[{}], replaced_by: &[{}], retired_in: {}, first_seen: {}, source: {} }}",
                lit(&r.code),
                r.http_status,
                modes.join(", "),
                r.platform.map_or_else(|| "None".to_owned(), |p| format!("Some(Platform::{p})")),
                r.transient,
                lit(&r.transient_reason),
                lit(&r.mitigation.plain()),
                lit(&r.mitigation_markup),
                links.join(", "),
                replaced.join(", "),
                opt_lit(r.retired_in.as_deref()),
                lit(&r.first_seen),
                source_lit(&r.source),
            )
        })
        .collect();
    static_array(
        &mut code,
        "Every code's facts, in table order.",
        "INFO",
        &format!("{ENUM}Info"),
        &info,
    );

    let mut entries = phf_codegen::Map::new();
    for r in rows {
        entries.entry(r.code.as_str(), format!("{ENUM}::{}", r.code));
    }
    phf_map(
        &mut code,
        "Every code string, mapped to its variant: a [`phf::Map`] built at compile time.\n\n\
         [`PowerAutomateError::from_code`] answers the same question faster; this map is here for \
         code that wants a map (to iterate, or to pass around).",
        "CODES",
        "&'static str",
        ENUM,
        &entries.build().to_string(),
    );
    let keys: Vec<(&str, String)> = rows
        .iter()
        .map(|r| (r.code.as_str(), format!("{ENUM}::{}", r.code)))
        .collect();
    perfect_table(&mut code, "CODE_TABLE", ENUM, &keys)?;
    let mut bench =
        String::from("// Generated by build.rs for benches/lookup.rs. Do not edit.\n\n");
    match_fn(&mut bench, "power_automate_match", ENUM, &keys, false);
    match_fn(
        &mut bench,
        "power_automate_match_ignore_ascii_case",
        ENUM,
        &keys,
        true,
    );
    let mut lowercase = phf_codegen::Map::new();
    for (key, value) in &keys {
        lowercase.entry(key.to_ascii_lowercase(), value.as_str());
    }
    writeln!(
        bench,
        "/// Benchmark alternative: a `phf::Map` keyed by lowercased codes.\n\
         pub static LOWERCASE_CODES: phf::Map<&'static str, {ENUM}> = {};",
        lowercase.build()
    )
    .unwrap();

    let mut table =
        String::from("| Code | HTTP | Run modes | Transient | Status |\n|---|---|---|---|---|\n");
    for r in rows {
        writeln!(
            table,
            "| {} | {} | {} | {} | {} |",
            link(&r.code),
            r.http_status,
            run_modes_text(&r.run_modes),
            if r.transient { "yes" } else { "no" },
            match &r.retired_in {
                Some(d) => format!("retired {d}"),
                None => "current".to_owned(),
            }
        )
        .unwrap();
    }
    Ok(Generated { code, table, bench })
}

/// The Orchestrator catalog.
pub fn orchestrator(rows: &[OrchestratorRow]) -> Result<Generated, String> {
    const ENUM: &str = "OrchestratorCode";
    let link = |r: &OrchestratorRow| format!("[`{}`]({ENUM}::{})", r.name, r.name);

    let variants: Vec<Variant> = rows
        .iter()
        .map(|r| {
            let mut doc = format!("`{}` `{}`", r.code, r.name);
            match &r.message {
                Some(m) => write!(doc, ": {}", escape_markdown(m)).unwrap(),
                None => write!(doc, " ({})", r.category).unwrap(),
            }
            doc.push_str("\n\n");
            if let Some(d) = &r.description {
                writeln!(doc, "{}\n", escape_markdown(d)).unwrap();
            }
            if r.name_evidence == "Inferred" {
                writeln!(
                    doc,
                    "**The name is inferred** (grade {}): no source states it for this number; \
                     verify it against a live Orchestrator before relying on it.\n",
                    r.name_grade
                )
                .unwrap();
            }
            let mut facts = vec![
                ("Code", r.code.to_string()),
                (
                    "Name",
                    format!(
                        "`{}`: [`{}`](NameEvidence::{}) (grade {}), {}",
                        r.name,
                        r.name_evidence,
                        r.name_evidence,
                        r.name_grade,
                        escape_markdown(&r.name_source)
                    ),
                ),
            ];
            if !r.aliases.is_empty() {
                let aliases: Vec<String> = r.aliases.iter().map(|a| format!("`{a}`")).collect();
                facts.push(("Aliases", aliases.join(", ")));
            }
            facts.push((
                "Category",
                format!(
                    "[`{0}`](Category::{0}) ({1})",
                    r.category,
                    if r.category_from_label {
                        "the table's area label"
                    } else {
                        "by code range"
                    }
                ),
            ));
            if let Some(source) = &r.message_source {
                facts.push(("Message source", escape_markdown(source)));
            }
            if let (Some(status), Some(source)) = (r.http_status, &r.http_status_source) {
                facts.push((
                    "HTTP status",
                    format!("{status} ({})", escape_markdown(source)),
                ));
            }
            if let Some(notes) = &r.notes {
                facts.push(("Notes", escape_markdown(notes)));
            }
            facts.push(("Source", source_md(&r.source)));
            doc.push_str(&facts_table(&facts));
            let mut aliases = vec![r.code.to_string()];
            aliases.extend(r.aliases.iter().cloned());
            Variant {
                ident: r.name.clone(),
                discriminant: Some(r.code),
                doc,
                aliases,
            }
        })
        .collect();

    let mut code = catalog_start(
        "data/orchestrator.csv",
        "orchestrator_code_enum",
        ENUM,
        "in ascending order",
        &variants,
    );

    let info: Vec<String> = rows
        .iter()
        .map(|r| {
            let aliases: Vec<String> = r.aliases.iter().map(|a| lit(a)).collect();
            format!(
                "{ENUM}Info {{ code: {}, name: {}, aliases: &[{}], name_evidence: NameEvidence::{}, \
                 name_grade: '{grade}', name_source: {}, category: Category::{}, category_from_label: {}, \
                 message: {}, message_source: {}, description: {}, http_status: {}, \
                 http_status_source: {}, notes: {}, source: {} }}",
                r.code,
                lit(&r.name),
                aliases.join(", "),
                r.name_evidence,
                lit(&r.name_source),
                r.category,
                r.category_from_label,
                opt_lit(r.message.as_deref()),
                opt_lit(r.message_source.as_deref()),
                opt_lit(r.description.as_deref()),
                r.http_status.map_or_else(|| "None".to_owned(), |s| format!("Some({s})")),
                opt_lit(r.http_status_source.as_deref()),
                opt_lit(r.notes.as_deref()),
                source_lit(&r.source),
                grade = r.name_grade,
            )
        })
        .collect();
    static_array(
        &mut code,
        "Every code's facts, in ascending order.",
        "INFO",
        &format!("{ENUM}Info"),
        &info,
    );

    // Dense tables over `FIRST_CODE..=last`: slot `code - FIRST_CODE` holds the code (for
    // `from_u16`: one bounds check and one load) and its index in INFO (for `info()`).
    let first = rows.first().map_or(0, |r| r.code);
    let last = rows.last().map_or(0, |r| r.code);
    let mut dense_codes = vec!["None".to_owned(); usize::from(last - first) + 1];
    let mut dense_index = vec![u8::MAX.to_string(); dense_codes.len()];
    assert!(
        rows.len() < usize::from(u8::MAX),
        "more codes than a u8 index holds"
    );
    for (i, r) in rows.iter().enumerate() {
        dense_codes[usize::from(r.code - first)] = format!("Some({ENUM}::{})", r.name);
        dense_index[usize::from(r.code - first)] = i.to_string();
    }
    writeln!(
        code,
        "/// The lowest code.\nconst FIRST_CODE: u16 = {first};"
    )
    .unwrap();
    static_array(
        &mut code,
        "The code of each number from [`FIRST_CODE`] on.",
        "DENSE_CODES",
        &format!("Option<{ENUM}>"),
        &dense_codes,
    );
    static_array(
        &mut code,
        "Index into [`INFO`] of each number from [`FIRST_CODE`] on (`u8::MAX`: no code).",
        "DENSE_INDEX",
        "u8",
        &dense_index,
    );

    let mut by_code = phf_codegen::Map::new();
    for r in rows {
        by_code.entry(r.code, format!("{ENUM}::{}", r.name));
    }
    phf_map(
        &mut code,
        "Every code number, mapped to its variant: a [`phf::Map`] built at compile time.\n\n\
         [`OrchestratorCode::from_u16`] answers the same question faster; this map is here for \
         code that wants a map.",
        "BY_CODE",
        "u16",
        ENUM,
        &by_code.build().to_string(),
    );
    let mut by_name = phf_codegen::Map::new();
    let mut names: Vec<(&str, String)> = Vec::new();
    for r in rows {
        for name in std::iter::once(&r.name).chain(&r.aliases) {
            by_name.entry(name.as_str(), format!("{ENUM}::{}", r.name));
            names.push((name.as_str(), format!("{ENUM}::{}", r.name)));
        }
    }
    phf_map(
        &mut code,
        "Every symbolic name and documented alias, mapped to its variant: a [`phf::Map`] built at \
         compile time.\n\n[`OrchestratorCode::from_name`] answers the same question faster.",
        "BY_NAME",
        "&'static str",
        ENUM,
        &by_name.build().to_string(),
    );
    perfect_table(&mut code, "NAME_TABLE", ENUM, &names)?;
    let mut bench =
        String::from("// Generated by build.rs for benches/lookup.rs. Do not edit.\n\n");
    match_fn(&mut bench, "orchestrator_name_match", ENUM, &names, false);
    writeln!(bench, "/// Benchmark alternative: a generated `match` on numbers.\npub fn orchestrator_u16_match(n: u16) -> Option<{ENUM}> {{\n    match n {{").unwrap();
    for r in rows {
        writeln!(bench, "        {} => Some({ENUM}::{}),", r.code, r.name).unwrap();
    }
    writeln!(bench, "        _ => None,\n    }}\n}}").unwrap();

    let mut table =
        String::from("| Code | Name | Evidence | Category | Message |\n|---|---|---|---|---|\n");
    for r in rows {
        writeln!(
            table,
            "| {} | {} | {} | {} | {} |",
            r.code,
            link(r),
            r.name_evidence,
            r.category,
            r.message
                .as_deref()
                .map(escape_markdown)
                .unwrap_or_default()
        )
        .unwrap();
    }
    Ok(Generated { code, table, bench })
}
