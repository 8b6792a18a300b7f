//! Perfect hashes for the lookups: hash and displace, in expected linear time.
//!
//! Every key is hashed once to 64 bits with the functions of `src/hash.rs`, which the lookups
//! share. The high bits pick one of about `n / 4` buckets; buckets are placed largest first,
//! each by searching the smallest `pilot` (`u16`) that moves all its keys to free slots of a
//! table about 1.1 times the key count (load factor 0.91 for large sets, at least 0.5 for any). This is the scheme
//! of PTHash (Pibiri and Trani, 2021) with CHD's bucket order. If two keys hash equal, or a
//! bucket finds no pilot, the next seed is tried; seeds are fixed, so the output is
//! deterministic.
//!
//! A lookup is then one hash, one pilot load, one slot load and one comparison.

use crate::hash;

/// A perfect hash: the seed, a pilot per bucket, and the key in each slot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PerfectHash {
    pub seed: u64,
    pub pilots: Vec<u16>,
    /// `slots[s]` is the index of the key placed in slot `s`.
    pub slots: Vec<Option<usize>>,
}

/// Why no perfect hash was built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BuildError {
    /// There are no keys.
    Empty,
    /// Keys `0` and `1` (indices) are the same (for strings, ignoring ASCII case).
    Duplicate(usize, usize),
    /// No seed separated the keys (never seen on distinct keys).
    NoSeed,
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Empty => f.write_str("there are no keys"),
            BuildError::Duplicate(a, b) => write!(f, "keys {a} and {b} are the same"),
            BuildError::NoSeed => f.write_str("no seed separates the keys"),
        }
    }
}

/// Seeds tried, in order.
const SEEDS: u64 = 64;

impl PerfectHash {
    /// The slot of a key whose hash under [`seed`](Self::seed) is `h`: what the lookups compute.
    pub fn slot_of(&self, h: u64) -> usize {
        let pilot = self.pilots[hash::bucket(h, self.pilots.len())];
        hash::slot(h, pilot, self.slots.len())
    }

    /// The share of slots that hold a key.
    pub fn load_factor(&self) -> f64 {
        self.slots.iter().flatten().count() as f64 / self.slots.len() as f64
    }
}

/// A perfect hash of string keys, which must be distinct ignoring ASCII case.
pub fn for_strs(keys: &[&str]) -> Result<PerfectHash, BuildError> {
    let mut folded: Vec<(String, usize)> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (k.to_ascii_lowercase(), i))
        .collect();
    folded.sort();
    if let Some(w) = folded.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(BuildError::Duplicate(
            w[0].1.min(w[1].1),
            w[0].1.max(w[1].1),
        ));
    }
    build(keys.len(), |seed, i| {
        hash::hash_str(seed, keys[i].as_bytes())
    })
}

/// A perfect hash of distinct numbers.
pub fn for_u32s(keys: &[u32]) -> Result<PerfectHash, BuildError> {
    let mut sorted: Vec<(u32, usize)> = keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    sorted.sort();
    if let Some(w) = sorted.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(BuildError::Duplicate(
            w[0].1.min(w[1].1),
            w[0].1.max(w[1].1),
        ));
    }
    build(keys.len(), |seed, i| hash::hash_u32(seed, keys[i]))
}

fn build(n: usize, hash_of: impl Fn(u64, usize) -> u64) -> Result<PerfectHash, BuildError> {
    if n == 0 {
        return Err(BuildError::Empty);
    }
    // About four keys a bucket, and a table 10 % larger than the key set; small sets get up to
    // eight spare slots (never more than the keys, so the table stays at least half full),
    // which keeps the search for the last buckets' pilots short.
    let buckets = n.div_ceil(4);
    let size = n + (n / 10).max(n.min(8));
    'seeds: for attempt in 0..SEEDS {
        let seed =
            0x7270_615f_6572_7273_u64.wrapping_add(attempt.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let hashes: Vec<u64> = (0..n).map(|i| hash_of(seed, i)).collect();
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
        for (i, h) in hashes.iter().enumerate() {
            members[hash::bucket(*h, buckets)].push(i);
        }
        let mut order: Vec<usize> = (0..buckets).collect();
        // Largest buckets first; ties by index, for a deterministic order.
        order.sort_by_key(|b| (std::cmp::Reverse(members[*b].len()), *b));
        let mut pilots = vec![0u16; buckets];
        let mut slots: Vec<Option<usize>> = vec![None; size];
        let mut taken: Vec<usize> = Vec::new();
        for b in order {
            let keys = &members[b];
            if keys.is_empty() {
                break;
            }
            let mut placed = false;
            for pilot in 0..=u16::MAX {
                taken.clear();
                let fits = keys.iter().all(|k| {
                    let s = hash::slot(hashes[*k], pilot, size);
                    let free = slots[s].is_none() && !taken.contains(&s);
                    taken.push(s);
                    free
                });
                if fits {
                    for (k, s) in keys.iter().zip(&taken) {
                        slots[*s] = Some(*k);
                    }
                    pilots[b] = pilot;
                    placed = true;
                    break;
                }
            }
            if !placed {
                continue 'seeds;
            }
        }
        return Ok(PerfectHash {
            seed,
            pilots,
            slots,
        });
    }
    Err(BuildError::NoSeed)
}

/// One `static` array, one entry per line.
fn array(out: &mut String, name: &str, ty: &str, items: &[String]) {
    out.push_str(&format!("static {name}: [{ty}; {}] = [\n", items.len()));
    for item in items {
        out.push_str(&format!("    {item},\n"));
    }
    out.push_str("];\n");
}

/// The pilots, eight to a line.
fn pilots(out: &mut String, name: &str, pilots: &[u16]) {
    out.push_str(&format!(
        "static {name}_PILOTS: [u16; {}] = [\n",
        pilots.len()
    ));
    for chunk in pilots.chunks(8) {
        let line: Vec<String> = chunk.iter().map(u16::to_string).collect();
        out.push_str(&format!("    {},\n", line.join(", ")));
    }
    out.push_str("];\n");
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
        if hash
            .slots
            .get(hash.slot_of(hash::hash_str(hash.seed, key.as_bytes())))
            != Some(&Some(i))
        {
            return Err(format!("the perfect hash misplaces `{key}`"));
        }
    }
    let min_len = keys.iter().map(|k| k.len()).min().unwrap_or(0);
    let max_len = keys.iter().map(|k| k.len()).max().unwrap_or(0);
    let mut out = String::new();
    pilots(&mut out, name, &hash.pilots);
    let slots: Vec<String> = hash
        .slots
        .iter()
        .map(|s| match s {
            Some(i) if keys[*i].len() + values[*i].len() > 160 => {
                format!(
                    "Some((\n        {:?},\n        {},\n    ))",
                    keys[*i], values[*i]
                )
            }
            Some(i) => format!("Some(({:?}, {}))", keys[*i], values[*i]),
            None => "None".to_owned(),
        })
        .collect();
    array(
        &mut out,
        &format!("{name}_SLOTS"),
        &format!("Option<(&str, {value_ty})>"),
        &slots,
    );
    out.push_str(&format!(
        "/// Perfect-hash table of {} keys in {} slots (load factor {:.2}).\n\
         const {name}: crate::lookup::StrTable<{value_ty}> = crate::lookup::StrTable {{\n    \
             seed: {:#x},\n    min_len: {min_len},\n    max_len: {max_len},\n    \
             pilots: &{name}_PILOTS,\n    slots: &{name}_SLOTS,\n}};\n",
        keys.len(),
        hash.slots.len(),
        hash.load_factor(),
        hash.seed,
    ));
    Ok(out)
}

/// The source of `const {name}: crate::lookup::U32Table<{value_ty}>` over `keys`.
pub fn u32_table_source(
    name: &str,
    value_ty: &str,
    keys: &[u32],
    values: &[String],
) -> Result<String, String> {
    let hash = for_u32s(keys).map_err(|e| match e {
        BuildError::Duplicate(a, _) => format!("the number {:#x} is given twice", keys[a]),
        other => other.to_string(),
    })?;
    for (i, key) in keys.iter().enumerate() {
        if hash
            .slots
            .get(hash.slot_of(hash::hash_u32(hash.seed, *key)))
            != Some(&Some(i))
        {
            return Err(format!("the perfect hash misplaces {key:#x}"));
        }
    }
    let mut out = String::new();
    pilots(&mut out, name, &hash.pilots);
    let slots: Vec<String> = hash
        .slots
        .iter()
        .map(|s| match s {
            Some(i) => format!("Some(({:#010x}, {}))", keys[*i], values[*i]),
            None => "None".to_owned(),
        })
        .collect();
    array(
        &mut out,
        &format!("{name}_SLOTS"),
        &format!("Option<(u32, {value_ty})>"),
        &slots,
    );
    out.push_str(&format!(
        "/// Perfect-hash table of {} numbers in {} slots (load factor {:.2}).\n\
         const {name}: crate::lookup::U32Table<{value_ty}> = crate::lookup::U32Table {{\n    \
             seed: {:#x},\n    pilots: &{name}_PILOTS,\n    slots: &{name}_SLOTS,\n}};\n",
        keys.len(),
        hash.slots.len(),
        hash.load_factor(),
        hash.seed,
    ));
    Ok(out)
}
