//! The hash functions of the perfect-hash lookups, shared by the generator and the library.
//!
//! `build.rs` includes this file (`#[path = "src/hash.rs"]`) to place every key, and the
//! lookups in `lookup.rs` call the same functions: the two cannot disagree. It is plain `core`
//! code with no `unsafe`.
//!
//! Strings are hashed with ASCII case folded, so the same table answers exact and
//! ASCII-case-insensitive lookups. A string's hash reads its length and its first and last
//! eight bytes (two loads that overlap for keys under 16 bytes; shorter keys are read as two
//! 4-byte halves or three bytes) and mixes them with one 64×64→128-bit multiply. How much more
//! it reads, and how it folds case, is the table's [`Scheme`], which the generator picks for
//! each key set as the cheapest under which the keys stay distinct. Tables are `const`s, so
//! the scheme is a constant wherever a lookup is inlined and its branches cost nothing.
//!
//! Short keys (the spellings of code numbers) are hashed from their two end words, folded by
//! [`fold_lower`] where the table does not list every case ([`hash_short`]). Small sets of
//! numbers or short keys skip the hash: [`direct`] is one multiply by a seed the generator
//! searched, whose high bits are the slot.

const K0: u64 = 0x9E37_79B9_7F4A_7C15;
const K1: u64 = 0xD6E8_FEB8_6659_FD93;
const K2: u64 = 0xA076_1D64_78BD_642F;

/// How a table hashes its string keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Scheme {
    /// Also read every byte between the first and last eight (otherwise keys longer than 16
    /// bytes are told apart only by length and their ends, which the keys of most tables are).
    pub(crate) full: bool,
    /// Fold case exactly (only `A`..=`Z` change). Otherwise every byte gets its `0x20` bit
    /// set, one `or` a word, which also merges pairs such as `_` and DEL, `@` and `` ` ``:
    /// harmless for lookups (the final comparison decides), usable when no two keys differ
    /// only there.
    pub(crate) exact_fold: bool,
}

impl Scheme {
    /// Every scheme, cheapest first: the order the generator tries them in.
    #[allow(
        dead_code,
        reason = "the generator's; the lookups read one table's scheme"
    )]
    pub(crate) const ALL: [Scheme; 4] = [
        Scheme {
            full: false,
            exact_fold: false,
        },
        Scheme {
            full: true,
            exact_fold: false,
        },
        Scheme {
            full: false,
            exact_fold: true,
        },
        Scheme {
            full: true,
            exact_fold: true,
        },
    ];
}

/// The 128-bit product of `a` and `b`, folded to 64 bits.
#[inline(always)]
pub(crate) const fn mix(a: u64, b: u64) -> u64 {
    let p = (a as u128).wrapping_mul(b as u128);
    (p as u64) ^ ((p >> 64) as u64)
}

/// `0x20` in each byte of `w` that is an ASCII letter (either case), 0 in every other byte.
#[inline(always)]
pub(crate) const fn letters(w: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Each byte's low seven bits with 0x20 set: the letters are then b'a'..=b'z'. No sum
    // carries into the next byte, as no byte of `folded` exceeds 0x7F.
    let folded = (w & LOW7) | 0x2020_2020_2020_2020;
    let at_least_a = folded.wrapping_add(0x1F1F_1F1F_1F1F_1F1F);
    let above_z = folded.wrapping_add(0x0505_0505_0505_0505);
    ((at_least_a ^ above_z) & !w & HIGH) >> 2
}

/// `w` with its case folded as `scheme` says.
#[inline(always)]
pub(crate) const fn fold(w: u64, scheme: Scheme) -> u64 {
    if scheme.exact_fold {
        w | letters(w)
    } else {
        w | 0x2020_2020_2020_2020
    }
}

/// The little-endian words a key's hash starts from, before case folding: the first and last
/// eight bytes (overlapping under 16 bytes), the first and last four under 8 bytes, and under
/// 4 bytes the first, middle and last byte. With the length, they determine keys of up to 16
/// bytes.
#[inline(always)]
pub(crate) fn ends(key: &[u8]) -> (u64, u64) {
    if let (Some(first), Some(last)) = (key.first_chunk::<8>(), key.last_chunk::<8>()) {
        (u64::from_le_bytes(*first), u64::from_le_bytes(*last))
    } else if let (Some(first), Some(last)) = (key.first_chunk::<4>(), key.last_chunk::<4>()) {
        (
            u64::from(u32::from_le_bytes(*first)),
            u64::from(u32::from_le_bytes(*last)),
        )
    } else if let (Some(first), Some(middle), Some(last)) =
        (key.first(), key.get(key.len() / 2), key.last())
    {
        (
            u64::from(*first) | u64::from(*middle) << 8 | u64::from(*last) << 16,
            0,
        )
    } else {
        (0, 0)
    }
}

/// The words between a key's first and last eight bytes that [`Scheme::full`] also reads:
/// the 8-byte words from byte 8 on that start before the last eight bytes (the last may
/// overlap them).
#[inline(always)]
pub(crate) fn middle(key: &[u8]) -> impl Iterator<Item = u64> + '_ {
    let mut rest = key.get(8..).unwrap_or_default();
    core::iter::from_fn(move || {
        if rest.len() <= 8 {
            return None;
        }
        let (word, tail) = rest.split_first_chunk::<8>()?;
        rest = tail;
        Some(u64::from_le_bytes(*word))
    })
}

/// The hash of `key` with its ASCII case folded, under `seed` and `scheme`, from its
/// [`ends`] `(a, b)`.
#[inline(always)]
pub(crate) fn hash_str_ends(seed: u64, scheme: Scheme, key: &[u8], (a, b): (u64, u64)) -> u64 {
    let mut h = fold(a, scheme) ^ seed;
    if scheme.full {
        for w in middle(key) {
            h = mix(h, fold(w, scheme) ^ K1);
        }
    }
    // The length goes in last, multiplied so that it changes the high bits (which pick the
    // bucket): keys alike but for their length then seldom share a bucket.
    mix(h, fold(b, scheme) ^ K2) ^ (key.len() as u64).wrapping_mul(K0)
}

/// The hash of `key` with its ASCII case folded, under `seed` and `scheme`.
#[allow(
    dead_code,
    reason = "the generator's; the lookups reuse the words of `ends`"
)]
#[inline(always)]
pub(crate) fn hash_str(seed: u64, scheme: Scheme, key: &[u8]) -> u64 {
    hash_str_ends(seed, scheme, key, ends(key))
}

/// The tag of a string key from its [`ends`] as they are (case not folded): the high byte of
/// one multiply. A large [`StrTable`](crate::lookup::StrTable) keeps each slot's tag, and an
/// exact lookup compares the query's before it reads the slot: a query that reaches the slot
/// of another key (a miss) stops there 255 times in 256, and one that differs from the slot's
/// key only in case mostly does too, where the case-folded hash would have led it to the key.
#[inline(always)]
pub(crate) const fn str_tag((a, b): (u64, u64)) -> u8 {
    (a.wrapping_add(b.rotate_left(29)).wrapping_mul(K1) >> 56) as u8
}

/// The hash of the number `key` under `seed`.
#[inline(always)]
pub(crate) const fn hash_u32(seed: u64, key: u32) -> u64 {
    mix(key as u64 ^ seed ^ K1, K2)
}

/// `w` with `0x20` set in every byte that has `0x40` set: ASCII letters in lower case, two
/// operations a word. Other bytes from `@` (0x40) up change too, so the fold is exact only
/// against keys whose every byte is below `@` or a lowercase ASCII letter: a query byte then
/// folds to the key's byte exactly when the two are equal ignoring ASCII case (a byte with
/// `0x40` set folds to a byte with `0x40` set, never to one below `@`; one without is kept).
#[inline(always)]
pub(crate) const fn fold_lower(w: u64) -> u64 {
    w | ((w >> 1) & 0x2020_2020_2020_2020)
}

/// The hash of a short key (at most 16 bytes) from its [`ends`] folded by [`fold_lower`] and
/// its length, under `seed`: what a short-key table placed by pilots reads.
#[inline(always)]
pub(crate) const fn hash_short(seed: u64, (a, b): (u64, u64), len: usize) -> u64 {
    mix(a ^ seed, b ^ K2) ^ (len as u64).wrapping_mul(K0)
}

/// The input of a short key, from its [`ends`] (folded or not, as the table says), to a
/// table placed by one multiply: the sum of its two words.
#[inline(always)]
pub(crate) const fn short_direct_input((a, b): (u64, u64)) -> u64 {
    a.wrapping_add(b)
}

/// The slot of `x` in a table of `1 << (64 - shift)` slots placed by one multiply: the high
/// bits of `x * seed` (multiply-shift hashing; the generator searches a `seed` under which no
/// two keys share a slot).
#[inline(always)]
pub(crate) const fn direct(x: u64, seed: u64, shift: u32) -> usize {
    (x.wrapping_mul(seed) >> shift) as usize
}

/// `x` mapped onto `0..n` by its high bits (Lemire's multiply-shift range reduction).
#[inline(always)]
pub(crate) const fn reduce(x: u64, n: usize) -> usize {
    ((x as u128 * n as u128) >> 64) as usize
}

/// The bucket of hash `h` among `buckets` buckets.
#[inline(always)]
pub(crate) const fn bucket(h: u64, buckets: usize) -> usize {
    reduce(h, buckets)
}

/// The slot of hash `h`, displaced by its bucket's `pilot`, among `slots` slots. The pilot is
/// mixed into the whole hash before the range reduction, so each pilot places the keys of a
/// bucket independently (a plain XOR of the pilot would move them all alike, and two keys
/// whose slots agree would agree under every pilot).
#[inline(always)]
pub(crate) const fn slot(h: u64, pilot: u16, slots: usize) -> usize {
    reduce(mix(h ^ (pilot as u64).wrapping_mul(K0), K2), slots)
}
