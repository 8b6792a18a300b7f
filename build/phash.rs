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
//! String keys are hashed under the first [`hash::Scheme`] (cheapest first) under which no two
//! of them feed the hash the same words; keys equal ignoring ASCII case hash equal under every
//! scheme, so the same pass finds them.
//!
//! A lookup is then one hash, one pilot load, one slot load and one comparison.
//!
//! Construction works on flat arrays (keys grouped by bucket with a counting sort, a bitmap of
//! taken slots) and allocates a fixed handful of vectors whatever the key count: the build
//! script runs unoptimised, where every allocation and bounds check counts.

use crate::hash;

/// A perfect hash: the seed, a pilot per bucket, and the key in each slot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PerfectHash {
    pub seed: u64,
    /// How string keys are hashed (for numbers, unused and the first scheme).
    pub scheme: hash::Scheme,
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

/// Seeds tried for each scheme, in order.
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

/// The seed of attempt `attempt`.
fn seed(attempt: u64) -> u64 {
    0x7270_615f_6572_7273_u64.wrapping_add(attempt.wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// Whether `a` and `b` feed the hash the same words under `scheme` (then no seed separates
/// them).
fn same_input(scheme: hash::Scheme, a: &[u8], b: &[u8]) -> bool {
    let fold = |(x, y): (u64, u64)| (hash::fold(x, scheme), hash::fold(y, scheme));
    a.len() == b.len()
        && fold(hash::ends(a)) == fold(hash::ends(b))
        && (!scheme.full
            || hash::middle(a)
                .zip(hash::middle(b))
                .all(|(x, y)| hash::fold(x, scheme) == hash::fold(y, scheme)))
}

/// What the hashes of one seed say.
enum Hashes {
    /// All distinct.
    Distinct,
    /// Two keys hash equal under this seed only.
    Collide,
    /// Two keys feed the hash the same words: no seed of this scheme separates them.
    SameInput,
}

/// Sorts `sorted` (hash, key index) and finds equal hashes: duplicates, or why this seed
/// or scheme cannot serve.
fn check(
    sorted: &mut [(u64, u32)],
    same: impl Fn(usize, usize) -> Option<bool>,
) -> Result<Hashes, BuildError> {
    sorted.sort_unstable();
    let mut verdict = Hashes::Distinct;
    for w in sorted.windows(2) {
        if w[0].0 == w[1].0 {
            let (a, b) = (w[0].1 as usize, w[1].1 as usize);
            match same(a, b) {
                None => return Err(BuildError::Duplicate(a.min(b), a.max(b))),
                Some(true) => verdict = Hashes::SameInput,
                Some(false) if matches!(verdict, Hashes::Distinct) => verdict = Hashes::Collide,
                Some(false) => {}
            }
        }
    }
    Ok(verdict)
}

/// A perfect hash of string keys, which must be distinct ignoring ASCII case.
pub fn for_strs(keys: &[&str]) -> Result<PerfectHash, BuildError> {
    if keys.is_empty() {
        return Err(BuildError::Empty);
    }
    let mut hashes = Vec::with_capacity(keys.len());
    let mut sorted = Vec::with_capacity(keys.len());
    for scheme in hash::Scheme::ALL {
        'seeds: for attempt in 0..SEEDS {
            let seed = seed(attempt);
            hashes.clear();
            hashes.extend(
                keys.iter()
                    .map(|k| hash::hash_str(seed, scheme, k.as_bytes())),
            );
            sorted.clear();
            sorted.extend(hashes.iter().zip(0u32..).map(|(h, i)| (*h, i)));
            let verdict = check(&mut sorted, |a, b| {
                let (a, b) = (keys[a], keys[b]);
                if a.eq_ignore_ascii_case(b) {
                    None
                } else {
                    Some(same_input(scheme, a.as_bytes(), b.as_bytes()))
                }
            })?;
            match verdict {
                Hashes::Distinct => {}
                Hashes::Collide => continue 'seeds,
                Hashes::SameInput => break 'seeds,
            }
            if let Some((pilots, slots)) = place(&hashes) {
                return Ok(PerfectHash {
                    seed,
                    scheme,
                    pilots,
                    slots,
                });
            }
        }
    }
    Err(BuildError::NoSeed)
}

/// A perfect hash of distinct numbers.
pub fn for_u32s(keys: &[u32]) -> Result<PerfectHash, BuildError> {
    if keys.is_empty() {
        return Err(BuildError::Empty);
    }
    let mut hashes = Vec::with_capacity(keys.len());
    let mut sorted = Vec::with_capacity(keys.len());
    for attempt in 0..SEEDS {
        let seed = seed(attempt);
        hashes.clear();
        hashes.extend(keys.iter().map(|k| hash::hash_u32(seed, *k)));
        sorted.clear();
        sorted.extend(hashes.iter().zip(0u32..).map(|(h, i)| (*h, i)));
        // `hash_u32` is a bijection for a fixed seed: equal hashes are equal numbers.
        match check(&mut sorted, |_, _| None)? {
            Hashes::Distinct => {}
            Hashes::Collide | Hashes::SameInput => continue,
        }
        if let Some((pilots, slots)) = place(&hashes) {
            return Ok(PerfectHash {
                seed,
                scheme: hash::Scheme::ALL[0],
                pilots,
                slots,
            });
        }
    }
    Err(BuildError::NoSeed)
}

/// Pilots that place every key of distinct `hashes` in its own slot, and the key of each slot;
/// `None` if some bucket finds no pilot.
fn place(hashes: &[u64]) -> Option<(Vec<u16>, Vec<Option<usize>>)> {
    let n = hashes.len();
    // About four keys a bucket, and a table 10 % larger than the key set; small sets get up to
    // eight spare slots (never more than the keys, so the table stays at least half full),
    // which keeps the search for the last buckets' pilots short.
    let buckets = n.div_ceil(4);
    let size = n + (n / 10).max(n.min(8));
    // Keys grouped by bucket (a counting sort): bucket b's keys are
    // `by_bucket[start[b]..start[b + 1]]`.
    let mut start = vec![0u32; buckets + 1];
    let bucket_of: Vec<u32> = hashes
        .iter()
        .map(|h| hash::bucket(*h, buckets) as u32)
        .collect();
    for b in &bucket_of {
        start[*b as usize + 1] += 1;
    }
    let largest = start.iter().copied().max().unwrap_or(0) as usize;
    for b in 0..buckets {
        start[b + 1] += start[b];
    }
    let mut fill = start.clone();
    let mut by_bucket = vec![0u32; n];
    for (i, b) in bucket_of.iter().enumerate() {
        by_bucket[fill[*b as usize] as usize] = i as u32;
        fill[*b as usize] += 1;
    }
    // Buckets largest first, ties by index (a stable counting sort by size), for a
    // deterministic order.
    let mut order = Vec::with_capacity(buckets);
    for len in (1..=largest).rev() {
        order.extend((0..buckets).filter(|b| (start[b + 1] - start[*b]) as usize == len));
    }
    let mut pilots = vec![0u16; buckets];
    let mut key_of = vec![u32::MAX; size];
    let mut taken = Vec::with_capacity(largest);
    for b in order {
        let members = &by_bucket[start[b] as usize..start[b + 1] as usize];
        let pilot = (0..=u16::MAX).find(|pilot| {
            taken.clear();
            members.iter().all(|k| {
                let s = hash::slot(hashes[*k as usize], *pilot, size);
                let free = key_of[s] == u32::MAX && !taken.contains(&s);
                taken.push(s);
                free
            })
        })?;
        for (k, s) in members.iter().zip(&taken) {
            key_of[*s] = *k;
        }
        pilots[b] = pilot;
    }
    let slots = key_of
        .into_iter()
        .map(|k| (k != u32::MAX).then_some(k as usize))
        .collect();
    Some((pilots, slots))
}

/// The source of one table: `{name}_PILOTS`, `{name}_SLOTS` of `({key_ty}, {value_ty})` with
/// `entry(i)` in key `i`'s slot and `empty` in the others, and
/// `const {name}: {table_ty}<{value_ty}>` with `fields` between the seed and the pilots.
#[allow(clippy::too_many_arguments)]
fn table_source(
    name: &str,
    what: &str,
    table_ty: &str,
    key_ty: &str,
    value_ty: &str,
    hash: &PerfectHash,
    fields: &str,
    empty: &str,
    entry: impl Fn(&mut String, usize),
) -> String {
    use std::fmt::Write as _;
    // Writing to a `String` cannot fail.
    let mut out = String::with_capacity(64 + hash.pilots.len() * 7 + hash.slots.len() * 64);
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
    let _ = writeln!(
        out,
        "static {name}_SLOTS: [({key_ty}, {value_ty}); {}] = [",
        hash.slots.len()
    );
    for slot in &hash.slots {
        match slot {
            Some(i) => entry(&mut out, *i),
            None => {
                let _ = writeln!(out, "    {empty},");
            }
        }
    }
    out.push_str("];\n");
    let _ = write!(
        out,
        "/// Perfect-hash table of {} {what} in {} slots (load factor {:.2}).\n\
         const {name}: crate::lookup::{table_ty}<{value_ty}> = crate::lookup::{table_ty} {{\n    \
             seed: {:#x},\n{fields}    pilots: &{name}_PILOTS,\n    slots: &{name}_SLOTS,\n}};\n",
        hash.slots.iter().flatten().count(),
        hash.slots.len(),
        hash.load_factor(),
        hash.seed,
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
    let fields = format!(
        "    scheme: crate::hash::Scheme {{ full: {}, exact_fold: {} }},\n    \
         min_len: {min_len},\n    max_len: {max_len},\n",
        hash.scheme.full, hash.scheme.exact_fold
    );
    Ok(table_source(
        name,
        "keys",
        "StrTable",
        "&str",
        value_ty,
        &hash,
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
    ))
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
    Ok(table_source(
        name,
        "numbers",
        "U32Table",
        "u32",
        value_ty,
        &hash,
        "",
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
