use super::*;

/// The source of one table: `{name}_PILOTS` if it is placed by pilots, `{name}_SLOTS` of
/// `({key_ty}, {value_ty})` with `entry(i)` in key `i`'s slot and `empty` in the others, and
/// `const {name}: {table_ty}<{value_ty}>` with `fields` after the seed, then the placement:
/// the field `pilots` (of a `StrTable`), or `place` where `with_place`.
#[allow(clippy::too_many_arguments)]
pub(super) fn table_source(
    name: &str,
    what: &str,
    table_ty: &str,
    key_ty: &str,
    value_ty: &str,
    placement: &Placement,
    with_place: bool,
    fields: &str,
    empty: &str,
    entry: impl Fn(&mut String, usize),
) -> String {
    use std::fmt::Write as _;
    // Writing to a `String` cannot fail.
    let slots = placement.slots();
    let mut out = String::with_capacity(64 + slots.len() * 72);
    let place = match placement {
        Placement::Pilots(hash) => {
            let _ = writeln!(
                out,
                "static {name}_PILOTS: [u16; {}] = [",
                hash.pilots.len()
            );
            // Eight pilots a line.
            for chunk in hash.pilots.chunks(8) {
                out.push_str("   ");
                for pilot in chunk {
                    let _ = write!(out, " {pilot},");
                }
                out.push('\n');
            }
            out.push_str("];\n");
            if with_place {
                format!("place: crate::lookup::Place::Pilots(&{name}_PILOTS)")
            } else {
                format!("pilots: &{name}_PILOTS")
            }
        }
        Placement::Direct(direct) => format!(
            "place: crate::lookup::Place::Direct {{ shift: {} }}",
            direct.shift
        ),
    };
    let _ = writeln!(
        out,
        "static {name}_SLOTS: [({key_ty}, {value_ty}); {}] = [",
        slots.len()
    );
    for slot in slots {
        match slot {
            Some(i) => entry(&mut out, *i),
            None => {
                let _ = writeln!(out, "    {empty},");
            }
        }
    }
    out.push_str("];\n");
    let how = match placement {
        Placement::Direct(_) => "Perfect-hash table, placed by one multiply,",
        Placement::Pilots(_) => "Perfect-hash table",
    };
    let _ = write!(
        out,
        "/// {how} of {} {what} in {} slots (load factor {:.2}).\n\
         const {name}: crate::lookup::{table_ty}<{value_ty}> = crate::lookup::{table_ty} {{\n    \
             seed: {:#x},\n{fields}    {place},\n    slots: &{name}_SLOTS,\n}};\n",
        slots.iter().flatten().count(),
        slots.len(),
        placement.load_factor(),
        placement.seed(),
    );
    out
}

/// The source of `const {name}: crate::lookup::StrTable<{value_ty}>` over `keys`, each
/// mapped to the Rust expression of the same index in `values`.
pub fn str_table_source(
    name: &str,
    value_ty: &str,
    keys: &[&str],
    values: &[String],
) -> Result<String, String> {
    let hash = for_strs(keys).map_err(|e| match e {
        BuildError::Duplicate(a, b) => format!(
            "`{}` and `{}` are the same ignoring ASCII case",
            keys[a], keys[b]
        ),
        other => other.to_string(),
    })?;
    // Check every key against the lookup's own arithmetic before writing the table.
    for (i, key) in keys.iter().enumerate() {
        let h = hash::hash_str(hash.seed, hash.scheme, key.as_bytes());
        if hash.slots.get(hash.slot_of(h)) != Some(&Some(i)) {
            return Err(format!("the perfect hash misplaces `{key}`"));
        }
    }
    let min_len = keys.iter().map(|k| k.len()).min().unwrap_or(0);
    let max_len = keys.iter().map(|k| k.len()).max().unwrap_or(0);
    let tags = str_tags(&hash, keys);
    let mut out = String::new();
    let tags_field = if tags.is_empty() {
        "&[]".to_owned()
    } else {
        tags_static(&mut out, name, &tags);
        format!("&{name}_TAGS")
    };
    let fields = format!(
        "    scheme: crate::hash::Scheme {{ full: {}, exact_fold: {} }},\n    \
         min_len: {min_len},\n    max_len: {max_len},\n    tags: {tags_field},\n",
        hash.scheme.full, hash.scheme.exact_fold
    );
    out.push_str(&table_source(
        name,
        "keys",
        "StrTable",
        "&str",
        value_ty,
        &Placement::Pilots(hash),
        false,
        &fields,
        // The empty key, which no query reaches (see `lookup::StrTable::slots`).
        &format!("(\"\", {})", values.first().map_or("", String::as_str)),
        |out, i| {
            use std::fmt::Write as _;
            let (key, value) = (keys[i], &values[i]);
            let _ = if key.len() + value.len() > 160 {
                writeln!(out, "    (\n        {key:?},\n        {value},\n    ),")
            } else {
                writeln!(out, "    ({key:?}, {value}),")
            };
        },
    ));
    Ok(out)
}

/// From this many slots on, a string table keeps a tag per slot (see `lookup::StrTable::tags`).
/// Below, its slots (24 bytes each) take at most 24 KiB, which stays in the fastest cache of
/// the processors this crate runs on, and a tag would add a load and a comparison to every
/// lookup for nothing.
pub const TAGS_FROM_SLOTS: usize = 1024;

/// Each slot's tag for a string table of `keys` placed by `hash` (0 where empty), or none if
/// the table has fewer than [`TAGS_FROM_SLOTS`] slots.
pub fn str_tags(hash: &PerfectHash, keys: &[&str]) -> Vec<u8> {
    if hash.slots.len() < TAGS_FROM_SLOTS {
        return Vec::new();
    }
    hash.slots
        .iter()
        .map(|slot| slot.map_or(0, |i| hash::str_tag(hash::ends(keys[i].as_bytes()))))
        .collect()
}

/// Writes `static {name}_TAGS: [u8; N]`, sixteen tags a line.
pub(super) fn tags_static(out: &mut String, name: &str, tags: &[u8]) {
    use std::fmt::Write as _;
    let _ = writeln!(out, "static {name}_TAGS: [u8; {}] = [", tags.len());
    for chunk in tags.chunks(16) {
        out.push_str("   ");
        for tag in chunk {
            let _ = write!(out, " {tag},");
        }
        out.push('\n');
    }
    out.push_str("];\n");
}

/// A placement of distinct numbers: by one multiply where [`direct`] finds one, by pilots
/// otherwise.
pub fn place_u32s(keys: &[u32]) -> Result<Placement, BuildError> {
    let inputs: Vec<u64> = keys.iter().map(|k| u64::from(*k)).collect();
    match direct(&inputs) {
        Some(direct) => Ok(Placement::Direct(direct)),
        None => for_u32s(keys).map(Placement::Pilots),
    }
}

/// The slot the lookup computes for the number `key` under `placement`.
pub fn u32_slot(placement: &Placement, key: u32) -> usize {
    match placement {
        Placement::Direct(d) => hash::direct(u64::from(key), d.seed, d.shift),
        Placement::Pilots(h) => h.slot_of(hash::hash_u32(h.seed, key)),
    }
}

/// The source of `const {name}: crate::lookup::U32Table<{value_ty}>` over `keys`.
pub fn u32_table_source(
    name: &str,
    value_ty: &str,
    keys: &[u32],
    values: &[String],
) -> Result<String, String> {
    let placement = place_u32s(keys).map_err(|e| match e {
        BuildError::Duplicate(a, _) => format!("the number {:#x} is given twice", keys[a]),
        other => other.to_string(),
    })?;
    for (i, key) in keys.iter().enumerate() {
        if placement.slots().get(u32_slot(&placement, *key)) != Some(&Some(i)) {
            return Err(format!("the perfect hash misplaces {key:#x}"));
        }
    }
    // The range check costs a comparison on every lookup, hits included: it is kept only
    // where it turns away at least half of all numbers. Elsewhere the range is every number,
    // and the compiler drops the check.
    let min = keys.iter().copied().min().unwrap_or(0);
    let max = keys.iter().copied().max().unwrap_or(0);
    let (min, span) = if max - min < 1 << 31 {
        (min, max - min)
    } else {
        (0, u32::MAX)
    };
    let fields = format!("    min: {min:#x},\n    span: {span:#x},\n");
    Ok(table_source(
        name,
        "numbers",
        "U32Table",
        "u32",
        value_ty,
        &placement,
        true,
        &fields,
        // A copy of the first entry, which no query reaches (see `lookup::U32Table::slots`).
        &format!(
            "({:#010x}, {})",
            keys.first().copied().unwrap_or(0),
            values.first().map_or("", String::as_str)
        ),
        |out, i| {
            use std::fmt::Write as _;
            let _ = writeln!(out, "    ({:#010x}, {}),", keys[i], values[i]);
        },
    ))
}
