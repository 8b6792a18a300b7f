use super::*;

/// Whether `key` can be a key of a `lookup::ShortTable`: 1 to 16 bytes, each below
/// `@` or a lowercase ASCII letter.
pub fn is_short_key(key: &str) -> bool {
    (1..=16).contains(&key.len()) && key.bytes().all(|b| b < b'@' || b.is_ascii_lowercase())
}

/// The keys a short table lists, and the key of the caller's each stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShortKeys {
    /// Whether the table lists every ASCII-case variant of each key, so that a lookup hashes
    /// and compares the query as it is; otherwise it lists the keys (in lower case) and a
    /// lookup folds the query first.
    pub every_case: bool,
    pub keys: Vec<String>,
    /// `of[i]` is the index of the caller's key that `keys[i]` spells.
    pub of: Vec<usize>,
}

/// Every ASCII-case variant of `key`, or `None` past `limit` of them.
pub(super) fn case_variants(key: &str, limit: usize) -> Option<Vec<String>> {
    let letters: Vec<usize> = key
        .bytes()
        .enumerate()
        .filter(|(_, b)| b.is_ascii_alphabetic())
        .map(|(i, _)| i)
        .collect();
    if letters.len() >= usize::BITS as usize || 1usize << letters.len() > limit {
        return None;
    }
    Some(
        (0..1usize << letters.len())
            .map(|mask| {
                let mut bytes = key.as_bytes().to_vec();
                for (bit, at) in letters.iter().enumerate() {
                    if mask >> bit & 1 == 1 {
                        bytes[*at] = bytes[*at].to_ascii_uppercase();
                    }
                }
                String::from_utf8(bytes).unwrap_or_default()
            })
            .collect(),
    )
}

/// A short key's words as the lookup reads them: its [`hash::ends`], folded by
/// [`hash::fold_lower`] unless the table lists every case (the fold leaves a short key as it
/// is, and the lookup folds the query the same way).
pub fn short_ends(key: &str, every_case: bool) -> (u64, u64) {
    let (a, b) = hash::ends(key.as_bytes());
    if every_case {
        (a, b)
    } else {
        (hash::fold_lower(a), hash::fold_lower(b))
    }
}

/// The slot the lookup computes for the short key (or query) `key` under `placement`.
pub fn short_slot(placement: &Placement, every_case: bool, key: &str) -> usize {
    let ends = short_ends(key, every_case);
    match placement {
        Placement::Direct(d) => hash::direct(hash::short_direct_input(ends), d.seed, d.shift),
        Placement::Pilots(h) => h.slot_of(hash::hash_short(h.seed, ends, key.len())),
    }
}

/// The keys that a short table of distinct short keys (see [`is_short_key`]) lists, and
/// their placement: every ASCII-case variant of each key, placed by one multiply, where there
/// are at most [`DIRECT_MAX_KEYS`] of them and [`direct`] finds a seed; otherwise the keys
/// themselves, by one multiply where [`direct`] finds a seed, by pilots under
/// [`hash::hash_short`] otherwise.
pub fn place_shorts(keys: &[&str]) -> Result<(ShortKeys, Placement), BuildError> {
    if keys.is_empty() {
        return Err(BuildError::Empty);
    }
    let inputs = |keys: &[String], every_case: bool| -> Vec<u64> {
        keys.iter()
            .map(|k| hash::short_direct_input(short_ends(k, every_case)))
            .collect()
    };
    // Every case, if few enough.
    let mut every: Option<ShortKeys> = Some(ShortKeys {
        every_case: true,
        keys: Vec::new(),
        of: Vec::new(),
    });
    for (i, key) in keys.iter().enumerate() {
        let Some(listed) = every.as_mut() else {
            break;
        };
        match case_variants(key, DIRECT_MAX_KEYS - listed.keys.len()) {
            Some(variants) => {
                listed.of.extend(std::iter::repeat_n(i, variants.len()));
                listed.keys.extend(variants);
            }
            None => every = None,
        }
    }
    if let Some(listed) = every {
        if let Some(direct) = direct(&inputs(&listed.keys, true)) {
            return Ok((listed, Placement::Direct(direct)));
        }
    }
    let listed = ShortKeys {
        every_case: false,
        keys: keys.iter().map(|k| (*k).to_owned()).collect(),
        of: (0..keys.len()).collect(),
    };
    if let Some(direct) = direct(&inputs(&listed.keys, false)) {
        return Ok((listed, Placement::Direct(direct)));
    }
    let ends: Vec<(u64, u64)> = keys.iter().map(|k| short_ends(k, false)).collect();
    let mut hashes = Vec::with_capacity(keys.len());
    let mut sorted = Vec::with_capacity(keys.len());
    for attempt in 0..SEEDS {
        let seed = seed(attempt);
        hashes.clear();
        hashes.extend(
            ends.iter()
                .zip(keys)
                .map(|(e, k)| hash::hash_short(seed, *e, k.len())),
        );
        sorted.clear();
        sorted.extend(hashes.iter().zip(0u32..).map(|(h, i)| (*h, i)));
        // The words and the length determine a short key: keys that feed the hash the same
        // input are the same key.
        match check(&mut sorted, |a, b| {
            (ends[a] != ends[b] || keys[a].len() != keys[b].len()).then_some(false)
        })? {
            Hashes::Distinct => {}
            Hashes::Collide | Hashes::SameInput => continue,
        }
        if let Some((pilots, slots)) = place(&hashes) {
            let placement = Placement::Pilots(PerfectHash {
                seed,
                scheme: hash::Scheme::ALL[0],
                pilots,
                slots,
            });
            return Ok((listed, placement));
        }
    }
    Err(BuildError::NoSeed)
}

/// The source of `const {name}: crate::lookup::ShortTable<{value_ty}>` over `keys`, each
/// mapped to the Rust expression of the same index in `values`.
pub fn short_table_source(
    name: &str,
    value_ty: &str,
    keys: &[&str],
    values: &[String],
) -> Result<String, String> {
    if let Some(key) = keys.iter().find(|k| !is_short_key(k)) {
        return Err(format!(
            "`{key}` is no short key (1 to 16 bytes, each below `@` or a lowercase ASCII letter)"
        ));
    }
    let (listed, placement) = place_shorts(keys).map_err(|e| match e {
        BuildError::Duplicate(a, b) => format!("`{}` and `{}` are the same", keys[a], keys[b]),
        other => other.to_string(),
    })?;
    let every_case = listed.every_case;
    for (i, key) in listed.keys.iter().enumerate() {
        if placement
            .slots()
            .get(short_slot(&placement, every_case, key))
            != Some(&Some(i))
        {
            return Err(format!("the perfect hash misplaces `{key}`"));
        }
    }
    let min_len = keys.iter().map(|k| k.len()).min().unwrap_or(0);
    let max_len = keys.iter().map(|k| k.len()).max().unwrap_or(0);
    // Placed by pilots, each slot's tag (see `lookup::ShortTable::tags`); 0 where empty.
    let mut tags = String::new();
    let tags_field = match &placement {
        Placement::Pilots(hash) => {
            let each: Vec<u8> = hash
                .slots
                .iter()
                .map(|slot| slot.map_or(0, |i| short_tag(hash.seed, &listed.keys[i])))
                .collect();
            tags_static(&mut tags, name, &each);
            format!("&{name}_TAGS")
        }
        Placement::Direct(_) => "&[]".to_owned(),
    };
    let fields = format!(
        "    min_len: {min_len},\n    max_len: {max_len},\n    every_case: {every_case},\n    \
         tags: {tags_field},\n"
    );
    let what = if every_case {
        format!("ASCII-case variants of {} keys", keys.len())
    } else {
        "keys".to_owned()
    };
    tags.push_str(&table_source(
        name,
        &what,
        "ShortTable",
        "u64, u64, u32",
        value_ty,
        &placement,
        true,
        &fields,
        // Length 0, which no query that reaches a slot has (see `lookup::ShortTable::slots`).
        &format!("(0, 0, 0, {})", values.first().map_or("", String::as_str)),
        |out, i| {
            use std::fmt::Write as _;
            let key = &listed.keys[i];
            let (a, b) = short_ends(key, every_case);
            let _ = writeln!(
                out,
                "    ({a:#018x}, {b:#018x}, {}, {}), // {key:?}",
                key.len(),
                values[listed.of[i]],
            );
        },
    ));
    Ok(tags)
}

/// The tag of a short key (folded, as a table placed by pilots lists it) under `seed`: the low
/// byte of its hash, what the lookup compares before it reads the slot.
pub fn short_tag(seed: u64, key: &str) -> u8 {
    hash::hash_short(seed, short_ends(key, false), key.len()) as u8
}
