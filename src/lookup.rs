//! The perfect-hash tables behind the lookups, generated at build time.
//!
//! `build/phash.rs` places every key of a catalog in its own slot with the hash functions of
//! `hash.rs` (hash and displace: each key's hash picks a bucket, each bucket has a small
//! `pilot` that moves its keys to free slots). A lookup hashes once, loads its bucket's pilot,
//! computes the slot, and compares the key stored there once. Strings are hashed with ASCII
//! case folded, so the same table answers exact and ASCII-case-insensitive lookups.
//!
//! Written here rather than taken from `phf` for three reasons, each measured in the README's
//! "Performance": the slot holds its key and value (no index indirection); case folding inside
//! the hash lets one table serve both lookups without a lowercase copy; and the hash reads a
//! short key's two end words, where `phf`'s SipHash costs several times more.
//!
//! The comparison is written out word by word rather than with `==` on `str`, which calls
//! `memcmp`: the words at the ends of the query are already loaded for the hash, and a call
//! costs more than the comparison of a typical key.

use crate::hash::{self, Scheme};

/// A perfect-hash table from strings to `T`.
pub(crate) struct StrTable<T: 'static> {
    pub(crate) seed: u64,
    pub(crate) scheme: Scheme,
    /// Shortest and longest key in bytes: other lengths miss without hashing.
    pub(crate) min_len: usize,
    pub(crate) max_len: usize,
    pub(crate) pilots: &'static [u16],
    /// Each slot's key and value. An empty slot holds the empty key, which no query reaches:
    /// the empty query is either shorter than every key or a key with its own slot. (An
    /// `Option` would cost a test of its own on every lookup.)
    pub(crate) slots: &'static [(&'static str, T)],
}

/// How two words of equal position in query and key must agree.
trait Compare: Copy {
    /// Nonzero if `query` and `key` differ.
    fn differ(self, query: u64, key: u64) -> u64;
}

/// Byte for byte.
#[derive(Clone, Copy)]
struct Exact;

impl Compare for Exact {
    #[inline(always)]
    fn differ(self, query: u64, key: u64) -> u64 {
        query ^ key
    }
}

/// Ignoring ASCII case: the words may differ only in the `0x20` bit of bytes where the query
/// has a letter (the key's byte is then the same letter in the other case).
#[derive(Clone, Copy)]
struct IgnoreAsciiCase;

impl Compare for IgnoreAsciiCase {
    #[inline(always)]
    fn differ(self, query: u64, key: u64) -> u64 {
        (query ^ key) & !hash::letters(query)
    }
}

impl<T: Copy> StrTable<T> {
    /// The value of `query` if it matches, under `how`, the key of its slot.
    #[inline(always)]
    fn find(&self, query: &[u8], how: impl Compare) -> Option<T> {
        let len = query.len();
        // One comparison for both bounds: below `min_len` the subtraction wraps.
        if len.wrapping_sub(self.min_len) > self.max_len.wrapping_sub(self.min_len) {
            return None;
        }
        let ends = hash::ends(query);
        let h = hash::hash_str_ends(self.seed, self.scheme, query, ends);
        let pilot = *self.pilots.get(hash::bucket(h, self.pilots.len()))?;
        let (key, value) = *self.slots.get(hash::slot(h, pilot, self.slots.len()))?;
        let key = key.as_bytes();
        if key.len() != len {
            return None;
        }
        // Under 4 bytes, `ends` packs three bytes, which cover a key of up to 3 bytes.
        let (key_a, key_b) = hash::ends(key);
        let mut differ = how.differ(ends.0, key_a) | how.differ(ends.1, key_b);
        let word = |b: &[u8], at: usize| {
            b.get(at..)
                .and_then(<[u8]>::first_chunk::<8>)
                .map_or(0, |w| u64::from_le_bytes(*w))
        };
        if len > 16 {
            // Then the words in between, from both ends inwards, in pairs that overlap where
            // they meet: no loop for keys of up to 48 bytes.
            differ |= how.differ(word(query, 8), word(key, 8))
                | how.differ(word(query, len - 16), word(key, len - 16));
            if len > 32 {
                differ |= how.differ(word(query, 16), word(key, 16))
                    | how.differ(word(query, len - 24), word(key, len - 24));
                let mut at = 24;
                while at + 24 < len {
                    differ |= how.differ(word(query, at), word(key, at));
                    at += 8;
                }
            }
        }
        (differ == 0).then_some(value)
    }

    /// The value of exactly `key`.
    #[inline(always)]
    pub(crate) fn get(&self, key: &str) -> Option<T> {
        self.find(key.as_bytes(), Exact)
    }

    /// The value of `key`, ignoring ASCII case.
    #[inline(always)]
    pub(crate) fn get_ignore_ascii_case(&self, key: &str) -> Option<T> {
        self.find(key.as_bytes(), IgnoreAsciiCase)
    }
}

/// A perfect-hash table from `u32` numbers to `T`.
pub(crate) struct U32Table<T: 'static> {
    pub(crate) seed: u64,
    pub(crate) pilots: &'static [u16],
    /// Each slot's number and value. An empty slot holds a copy of an entry placed in another
    /// slot, which no query reaches: that number hashes to its own slot.
    pub(crate) slots: &'static [(u32, T)],
}

impl<T: Copy> U32Table<T> {
    /// The value of `key`.
    #[inline(always)]
    pub(crate) fn get(&self, key: u32) -> Option<T> {
        let h = hash::hash_u32(self.seed, key);
        let pilot = *self.pilots.get(hash::bucket(h, self.pilots.len()))?;
        let (candidate, value) = *self.slots.get(hash::slot(h, pilot, self.slots.len()))?;
        (candidate == key).then_some(value)
    }
}
