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
//! Numbers and short keys (the spellings of code numbers) of a small set are first offered a
//! cheaper placement, by one multiply ([`direct`]): the key's input times a searched odd seed,
//! whose high bits are the slot in a table of a power-of-two size, at most four times the
//! smallest that holds the keys. A lookup is then one multiply, one slot load and one
//! comparison; the set falls back to pilots where no seed separates its keys.
//!
//! Construction works on flat arrays (keys grouped by bucket with a counting sort, a bitmap of
//! taken slots) and allocates a fixed handful of vectors whatever the key count.

use super::hash;

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

/// Key sets of up to this many are first offered a placement by one multiply ([`direct`]);
/// past it a table of at most four slots a key seldom has a seed without a collision, and
/// the search would only cost build time.
pub const DIRECT_MAX_KEYS: usize = 128;

/// Seeds tried for each table size of a placement by one multiply.
const DIRECT_SEEDS: u64 = 1024;

/// A placement by one multiply: key `i`, whose input is `x`, is in slot
/// `hash::direct(x, seed, shift)` of `1 << (64 - shift)` slots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Direct {
    pub seed: u64,
    pub shift: u32,
    /// `slots[s]` is the index of the key placed in slot `s`.
    pub slots: Vec<Option<usize>>,
}

/// A placement of the keys whose inputs are `xs` by one multiply, in the smallest table of a
/// power-of-two size from the smallest that holds them to four times that for which one of
/// [`DIRECT_SEEDS`] seeds separates them; `None` if there are no keys or more than
/// [`DIRECT_MAX_KEYS`], two inputs are equal, or no seed separates them.
pub fn direct(xs: &[u64]) -> Option<Direct> {
    let n = xs.len();
    if n == 0 || n > DIRECT_MAX_KEYS {
        return None;
    }
    let mut sorted = xs.to_vec();
    sorted.sort_unstable();
    if sorted.windows(2).any(|w| w[0] == w[1]) {
        return None;
    }
    // At least two slots, so that the shift stays below 64.
    let smallest = n.next_power_of_two().trailing_zeros().max(1);
    let mut slots = Vec::new();
    for bits in smallest..smallest + 3 {
        let shift = 64 - bits;
        'seeds: for attempt in 0..DIRECT_SEEDS {
            // An odd multiplier: a bijection of the inputs before the shift.
            let seed = seed(attempt) | 1;
            slots.clear();
            slots.resize(1 << bits, None);
            for (i, x) in xs.iter().enumerate() {
                let slot = &mut slots[hash::direct(*x, seed, shift)];
                if slot.is_some() {
                    continue 'seeds;
                }
                *slot = Some(i);
            }
            return Some(Direct { seed, shift, slots });
        }
    }
    None
}

/// Where a table's keys went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Placement {
    Direct(Direct),
    Pilots(PerfectHash),
}

impl Placement {
    pub fn seed(&self) -> u64 {
        match self {
            Placement::Direct(d) => d.seed,
            Placement::Pilots(h) => h.seed,
        }
    }

    /// `slots()[s]` is the index of the key placed in slot `s`.
    pub fn slots(&self) -> &[Option<usize>] {
        match self {
            Placement::Direct(d) => &d.slots,
            Placement::Pilots(h) => &h.slots,
        }
    }

    /// The share of slots that hold a key.
    pub fn load_factor(&self) -> f64 {
        match self {
            Placement::Direct(d) => d.slots.iter().flatten().count() as f64 / d.slots.len() as f64,
            Placement::Pilots(h) => h.load_factor(),
        }
    }
}

/// The source of one table: `{name}_PILOTS` if it is placed by pilots, `{name}_SLOTS` of
/// `({key_ty}, {value_ty})` with `entry(i)` in key `i`'s slot and `empty` in the others, and
/// `const {name}: {table_ty}<{value_ty}>` with `fields` after the seed, then the placement:
/// the field `pilots` (of a `StrTable`), or `place` where `with_place`.
#[allow(clippy::too_many_arguments)]
fn table_source(
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
fn tags_static(out: &mut String, name: &str, tags: &[u8]) {
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
fn case_variants(key: &str, limit: usize) -> Option<Vec<String>> {
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
