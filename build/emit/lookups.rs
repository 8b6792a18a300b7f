use super::*;

/// The value of an integer key as the `u32` the lookups use.
pub(super) fn key_u32(kind: &Kind, n: i64) -> u32 {
    match kind {
        Kind::Int {
            ty: IntType::I32, ..
        } => n as i32 as u32,
        _ => n as u32,
    }
}

pub(super) fn emit_lookups(valid: &Valid, out: &mut String) -> Result<(), String> {
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
pub(super) fn phf_map<'a, K>(entries: impl Iterator<Item = (K, &'a str)>) -> String
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
pub(super) fn number_function(
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
pub(super) fn text_function(
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
