//! A perfect hash for a set of strings, searched for at build time.
//!
//! The hash reads the length and a few bytes at fixed positions (from the start or from the
//! end of the string), folds ASCII case (`| 0x20`), packs them into a `u64`, multiplies by an
//! odd constant and keeps the top bits: a slot in a table of `2^bits` entries. The search picks
//! positions and a multiplier that give every key its own slot. A lookup is then a length
//! check, a few byte loads, one multiplication, one table load and one final comparison; case
//! folding inside the hash means one table serves exact and ASCII-case-insensitive lookups.

/// Where a sampled byte is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pos {
    /// `bytes[i]`
    Start(usize),
    /// `bytes[len - 1 - i]`
    End(usize),
}

/// A perfect hash found for a key set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PerfectHash {
    pub positions: Vec<Pos>,
    pub multiplier: u64,
    pub bits: u32,
    /// Shortest and longest key, in bytes: other lengths miss without hashing.
    pub min_len: usize,
    pub max_len: usize,
    /// `slots[slot]` is the index of the key in that slot, or `None`.
    pub slots: Vec<Option<usize>>,
}

const fn fold(b: u8) -> u8 {
    b | 0x20
}

impl PerfectHash {
    /// The slot of `key`: the same function the generated code computes.
    pub fn slot(&self, key: &[u8]) -> usize {
        (pack(&self.positions, key).wrapping_mul(self.multiplier) >> (64 - self.bits)) as usize
    }

    /// Rust source of a `const fn $name(b: &[u8]) -> usize` computing [`slot`](Self::slot) for
    /// inputs whose length is within `min_len..=max_len`.
    pub fn rust_fn(&self, name: &str) -> String {
        let mut terms = vec!["b.len() as u64".to_owned()];
        for (i, pos) in self.positions.iter().enumerate() {
            let index = match pos {
                Pos::Start(i) => format!("{i}"),
                Pos::End(i) => format!("b.len() - {}", i + 1),
            };
            terms.push(format!("(((b[{index}] | 0x20) as u64) << {})", 8 * (i + 1)));
        }
        format!(
            "/// The perfect-hash slot of `b`, whose length is within the keys' lengths.\n\
             #[inline(always)]\n\
             const fn {name}(b: &[u8]) -> usize {{\n    \
                 let key = {};\n    \
                 (key.wrapping_mul({:#x}) >> {}) as usize\n\
             }}\n",
            terms.join(" | "),
            self.multiplier,
            64 - self.bits
        )
    }
}

fn pack(positions: &[Pos], key: &[u8]) -> u64 {
    let mut packed = key.len() as u64;
    for (i, pos) in positions.iter().enumerate() {
        let byte = match *pos {
            Pos::Start(p) => key[p],
            Pos::End(p) => key[key.len() - 1 - p],
        };
        packed |= u64::from(fold(byte)) << (8 * (i + 1));
    }
    packed
}

/// A small deterministic generator, so the search gives the same answer on every build.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// Searches for a perfect hash of `keys` (which must be distinct ignoring ASCII case).
///
/// Prefers fewer sampled bytes, then a smaller table. Returns `None` if no hash with up to
/// four sampled bytes and a table of up to `2^max_bits` slots separates the keys.
pub fn search(keys: &[&str], max_bits: u32) -> Option<PerfectHash> {
    let min_len = keys.iter().map(|k| k.len()).min()?;
    let max_len = keys.iter().map(|k| k.len()).max()?;
    let candidates: Vec<Pos> = (0..min_len.min(16))
        .map(Pos::Start)
        .chain((0..min_len.min(16)).map(Pos::End))
        .collect();
    let min_bits = (usize::BITS - (keys.len().max(2) - 1).leading_zeros()).max(1);
    let bytes: Vec<&[u8]> = keys.iter().map(|k| k.as_bytes()).collect();

    for count in 1..=4usize {
        // Position sets whose packed keys are already distinct; only they can work.
        let mut sets = Vec::new();
        combinations(&candidates, count, &mut Vec::new(), 0, &mut |set| {
            let mut packed: Vec<u64> = bytes.iter().map(|k| pack(set, k)).collect();
            packed.sort_unstable();
            packed.dedup();
            if packed.len() == bytes.len() {
                sets.push(set.to_vec());
            }
        });
        if sets.is_empty() {
            continue;
        }
        for bits in min_bits..=max_bits {
            let mut rng = SplitMix(0x5250_415f_636f_6465 ^ u64::from(bits) ^ (count as u64) << 8);
            for set in sets.iter().take(64) {
                let packed: Vec<u64> = bytes.iter().map(|k| pack(set, k)).collect();
                for _ in 0..256 {
                    let multiplier = rng.next() | 1;
                    let mut slots = vec![None; 1 << bits];
                    let collision_free = packed.iter().enumerate().all(|(i, p)| {
                        let slot = (p.wrapping_mul(multiplier) >> (64 - bits)) as usize;
                        slots[slot].replace(i).is_none()
                    });
                    if collision_free {
                        return Some(PerfectHash {
                            positions: set.clone(),
                            multiplier,
                            bits,
                            min_len,
                            max_len,
                            slots,
                        });
                    }
                }
            }
        }
    }
    None
}

fn combinations(
    items: &[Pos],
    k: usize,
    current: &mut Vec<Pos>,
    from: usize,
    visit: &mut dyn FnMut(&[Pos]),
) {
    if current.len() == k {
        visit(current);
        return;
    }
    for i in from..items.len() {
        current.push(items[i]);
        combinations(items, k, current, i + 1, visit);
        current.pop();
    }
}

/// Temporary: the source of a `StrTable` over `keys`.
pub fn str_table_source(
    name: &str,
    value_ty: &str,
    keys: &[&str],
    values: &[String],
) -> Result<String, String> {
    let hash =
        search(keys, 12).ok_or_else(|| format!("no hash separates the {} keys", keys.len()))?;
    let lower = name.to_ascii_lowercase();
    let mut out = hash.rust_fn(&format!("{lower}_slot"));
    out.push_str(&format!(
        "static {name}_SLOTS: [Option<(&str, {value_ty})>; {}] = [\n",
        hash.slots.len()
    ));
    for slot in &hash.slots {
        match slot {
            Some(i) => out.push_str(&format!("    Some(({:?}, {})),\n", keys[*i], values[*i])),
            None => out.push_str("    None,\n"),
        }
    }
    out.push_str("];\n");
    out.push_str(&format!("const {name}: crate::lookup::PerfectTable<{value_ty}> = crate::lookup::PerfectTable {{ min_len: {}, max_len: {}, slot: {lower}_slot, slots: &{name}_SLOTS }};\n", hash.min_len, hash.max_len));
    Ok(out)
}

/// Temporary: a sorted array searched by bisection.
pub fn u32_table_source(name: &str, value_ty: &str, keys: &[u32], values: &[String]) -> Result<String, String> {
    let mut pairs: Vec<(u32, &String)> = keys.iter().copied().zip(values).collect();
    pairs.sort();
    let mut out = format!("static {name}_SORTED: [(u32, {value_ty}); {}] = [\n", pairs.len());
    for (k, v) in pairs {
        out.push_str(&format!("    ({k:#x}, {v}),\n"));
    }
    out.push_str("];\n");
    out.push_str(&format!("struct {name}Bisect;\nimpl {name}Bisect {{ fn get(&self, n: u32) -> Option<{value_ty}> {{ {name}_SORTED.binary_search_by_key(&n, |p| p.0).ok().map(|i| {name}_SORTED[i].1) }} }}\nconst {name}: {name}Bisect = {name}Bisect;\n"));
    Ok(out)
}
