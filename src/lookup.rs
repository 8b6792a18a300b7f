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
//! the hash lets one table serve both lookups without a lowercase copy; and the hash reads a key
//! in 8-byte words, where `phf`'s SipHash costs several times more on short keys.

use crate::hash;

/// A perfect-hash table from strings to `T`.
pub(crate) struct StrTable<T: 'static> {
    pub(crate) seed: u64,
    /// Shortest and longest key in bytes: other lengths miss without hashing.
    pub(crate) min_len: usize,
    pub(crate) max_len: usize,
    pub(crate) pilots: &'static [u16],
    pub(crate) slots: &'static [Option<(&'static str, T)>],
}

impl<T: Copy> StrTable<T> {
    /// The key and value in `key`'s slot, if `key` could be a key at all.
    #[inline(always)]
    fn candidate(&self, key: &[u8]) -> Option<(&'static str, T)> {
        if key.len() < self.min_len || key.len() > self.max_len {
            return None;
        }
        let h = hash::hash_str(self.seed, key);
        let pilot = *self.pilots.get(hash::bucket(h, self.pilots.len()))?;
        *self.slots.get(hash::slot(h, pilot, self.slots.len()))?
    }

    /// The value of exactly `key`.
    #[inline]
    pub(crate) fn get(&self, key: &str) -> Option<T> {
        let (candidate, value) = self.candidate(key.as_bytes())?;
        (candidate == key).then_some(value)
    }

    /// The value of `key`, ignoring ASCII case.
    #[inline]
    pub(crate) fn get_ignore_ascii_case(&self, key: &str) -> Option<T> {
        let (candidate, value) = self.candidate(key.as_bytes())?;
        candidate.eq_ignore_ascii_case(key).then_some(value)
    }
}

/// A perfect-hash table from `u32` numbers to `T`.
pub(crate) struct U32Table<T: 'static> {
    pub(crate) seed: u64,
    pub(crate) pilots: &'static [u16],
    pub(crate) slots: &'static [Option<(u32, T)>],
}

impl<T: Copy> U32Table<T> {
    /// The value of `key`.
    #[inline]
    pub(crate) fn get(&self, key: u32) -> Option<T> {
        let h = hash::hash_u32(self.seed, key);
        let pilot = *self.pilots.get(hash::bucket(h, self.pilots.len()))?;
        let (candidate, value) = (*self.slots.get(hash::slot(h, pilot, self.slots.len()))?)?;
        (candidate == key).then_some(value)
    }
}
