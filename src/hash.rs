//! The hash functions of the perfect-hash lookups, shared by the generator and the library.
//!
//! `build.rs` includes this file (`#[path = "src/hash.rs"]`) to place every key, and the
//! lookups in `lookup.rs` call the same functions: the two cannot disagree. It is plain `core`
//! code with no `unsafe`.
//!
//! Strings are hashed as if ASCII-lowercased (only `A`..=`Z` change, eight bytes at a time), so
//! the same table answers exact and ASCII-case-insensitive lookups: keys distinct ignoring ASCII
//! case always hash distinct inputs. A key is read in at most `len / 16 + 1` pairs of 8-byte
//! words, mixed with a folded 64×64→128-bit multiply.

const K0: u64 = 0x9E37_79B9_7F4A_7C15;
const K1: u64 = 0xD6E8_FEB8_6659_FD93;
const K2: u64 = 0xA076_1D64_78BD_642F;

/// The 128-bit product of `a` and `b`, folded to 64 bits.
#[inline(always)]
pub(crate) const fn mix(a: u64, b: u64) -> u64 {
    let p = (a as u128).wrapping_mul(b as u128);
    (p as u64) ^ ((p >> 64) as u64)
}

/// `w` with each byte in `A`..=`Z` lowered, and every other byte unchanged.
#[inline(always)]
const fn lower(w: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = w & LOW7;
    // A byte's high bit is set when the byte is at least b'A' (0x41), resp. above b'Z' (0x5A);
    // no sum carries into the next byte because `low7` bytes are at most 0x7F.
    let at_least_a = low7.wrapping_add(0x3F3F_3F3F_3F3F_3F3F);
    let above_z = low7.wrapping_add(0x2525_2525_2525_2525);
    let upper = at_least_a & !above_z & !w & HIGH;
    w | (upper >> 2)
}

/// The little-endian word of the 8 bytes at `i` (the caller keeps `i + 8 <= b.len()`).
#[inline(always)]
fn word(b: &[u8], i: usize) -> u64 {
    let mut bytes = [0; 8];
    if let Some(src) = b.get(i..i + 8) {
        bytes.copy_from_slice(src);
    }
    lower(u64::from_le_bytes(bytes))
}

/// The little-endian 4 bytes at `i` (the caller keeps `i + 4 <= b.len()`).
#[inline(always)]
fn half(b: &[u8], i: usize) -> u64 {
    let mut bytes = [0; 4];
    if let Some(src) = b.get(i..i + 4) {
        bytes.copy_from_slice(src);
    }
    lower(u64::from(u32::from_le_bytes(bytes)))
}

/// The hash of `key` as if ASCII-lowercased, under `seed`.
#[inline(always)]
pub(crate) fn hash_str(seed: u64, key: &[u8]) -> u64 {
    let len = key.len();
    let h = seed ^ (len as u64).wrapping_mul(K0);
    let (a, c, h) = if len <= 16 {
        if len >= 8 {
            (word(key, 0), word(key, len - 8), h)
        } else if len >= 4 {
            (half(key, 0), half(key, len - 4), h)
        } else if len > 0 {
            let packed =
                u64::from(key[0]) | u64::from(key[len / 2]) << 8 | u64::from(key[len - 1]) << 16;
            (lower(packed), 0, h)
        } else {
            (0, 0, h)
        }
    } else {
        let mut h = h;
        let mut i = 0;
        while i + 16 < len {
            h = mix(word(key, i) ^ K1, word(key, i + 8) ^ h);
            i += 16;
        }
        (word(key, len - 16), word(key, len - 8), h)
    };
    mix(a ^ K1 ^ h, c ^ K2)
}

/// The hash of the number `key` under `seed`.
#[inline(always)]
pub(crate) const fn hash_u32(seed: u64, key: u32) -> u64 {
    mix(key as u64 ^ seed ^ K1, K2)
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
