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
//! taken slots) and allocates a fixed handful of vectors whatever the key count. The tables
//! written from a placement are in `tables.rs`; the short keys (code numbers as text), placed
//! by one multiply, in `short.rs`.

use super::hash;

mod short;
mod tables;

pub use short::*;
pub use tables::*;

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
