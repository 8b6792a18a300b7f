//! The perfect-hash tables behind the string lookups.
//!
//! `build.rs` searches, for each key set, a hash over the length and a few ASCII-case-folded
//! bytes that gives every key its own slot (`build/phash.rs`). A lookup checks the length,
//! computes the slot, loads the key stored there and compares once. Case is folded inside the
//! hash, so the same table answers exact and ASCII-case-insensitive lookups.

/// A perfect-hash table from strings to `T`, generated at build time.
pub(crate) struct PerfectTable<T: 'static> {
    /// Shortest and longest key in bytes; the slot function reads bytes only within them.
    pub(crate) min_len: usize,
    pub(crate) max_len: usize,
    /// The slot of a string whose length is within `min_len..=max_len`.
    pub(crate) slot: fn(&[u8]) -> usize,
    /// Each slot's key and value, or `None`. Keeping them in the slot saves the dependent
    /// load of an index table.
    pub(crate) slots: &'static [Option<(&'static str, T)>],
}

impl<T: Copy> PerfectTable<T> {
    /// The key in `key`'s slot, if `key` could be a key at all.
    #[inline(always)]
    fn candidate(&self, key: &[u8]) -> Option<(&'static str, T)> {
        if key.len() < self.min_len || key.len() > self.max_len {
            return None;
        }
        *self.slots.get((self.slot)(key))?
    }

    /// The value of exactly `key`.
    #[inline(always)]
    pub(crate) fn get(&self, key: &str) -> Option<T> {
        let (candidate, value) = self.candidate(key.as_bytes())?;
        (candidate == key).then_some(value)
    }

    /// The value of `key`, ignoring ASCII case.
    #[inline(always)]
    pub(crate) fn get_ignore_ascii_case(&self, key: &str) -> Option<T> {
        let (candidate, value) = self.candidate(key.as_bytes())?;
        candidate.eq_ignore_ascii_case(key).then_some(value)
    }
}
