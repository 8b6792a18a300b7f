//! The perfect-hash tables behind the lookups, generated at build time.
//!
//! `build/phash.rs` places every key of a catalog in its own slot with the hash functions of
//! `hash.rs`. A large set is placed by hash and displace: each key's hash picks a bucket, each
//! bucket has a small `pilot` that moves its keys to free slots; a lookup hashes once, loads
//! its bucket's pilot, computes the slot, and compares the key stored there once. A small set
//! of numbers or short keys is placed by one multiply ([`Place::Direct`]): the generator
//! searches an odd seed under which the high bits of the key times the seed differ for every
//! key, so a lookup is one multiply, one slot load and one comparison. Strings are hashed with
//! ASCII case folded, so the same table answers exact and ASCII-case-insensitive lookups.
//!
//! Three kinds of table:
//!
//! - [`StrTable`]: names and codes as text, any length; the slot holds the key as a `&str`.
//! - [`U32Table`]: numbers; where the smallest to the largest key span less than half of all
//!   numbers, numbers outside miss with one comparison, before any hash.
//! - [`ShortTable`]: keys of at most 16 bytes drawn from digits, signs and lowercase letters,
//!   as the spellings of a code number are; the slot holds the key's two end words inline. It
//!   serves `from_code` of the catalogs whose codes are numbers: every accepted spelling of
//!   every code (`-1073741477` and `0xc000015b`; `0x15b` to `0x0000015b` for 347) is a key, so a
//!   lookup by text is one hash and one comparison, with no parse. A small set lists each
//!   spelling in every ASCII case, so the query is not even folded; a large one keeps a tag
//!   byte per slot, so that most misses read no slot.
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
    /// Each slot's tag ([`hash::str_tag`] of its key; 0 where empty), which an exact lookup's
    /// query must have for the slot to be read; empty for a table small enough that its slots
    /// stay in the fastest cache (the generator's `TAGS_FROM_SLOTS`), where a tag would only
    /// add work. A miss then mostly reads one byte of this array, and no slot of the larger one
    /// nor any key behind a pointer.
    pub(crate) tags: &'static [u8],
    /// Each slot's key and value. An empty slot holds the empty key, which no query reaches:
    /// the empty query is either shorter than every key or a key with its own slot. (An
    /// `Option` would cost a test of its own on every lookup.)
    pub(crate) slots: &'static [(&'static str, T)],
}

/// How two words of equal position in query and key must agree.
trait Compare: Copy {
    /// Whether a query and its key have the same [`hash::str_tag`] (which reads case).
    const SAME_TAG: bool;

    /// Nonzero if `query` and `key` differ.
    fn differ(self, query: u64, key: u64) -> u64;
}

/// Byte for byte.
#[derive(Clone, Copy)]
struct Exact;

impl Compare for Exact {
    const SAME_TAG: bool = true;

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
    const SAME_TAG: bool = false;

    #[inline(always)]
    fn differ(self, query: u64, key: u64) -> u64 {
        (query ^ key) & !hash::letters(query)
    }
}

impl<T: Copy> StrTable<T> {
    /// The value of `query` if it matches, under `how`, the key of its slot.
    #[inline(always)]
    fn find<C: Compare>(&self, query: &[u8], how: C) -> Option<T> {
        let len = query.len();
        // One comparison for both bounds: below `min_len` the subtraction wraps.
        if len.wrapping_sub(self.min_len) > self.max_len.wrapping_sub(self.min_len) {
            return None;
        }
        let ends = hash::ends(query);
        let h = hash::hash_str_ends(self.seed, self.scheme, query, ends);
        let pilot = *self.pilots.get(hash::bucket(h, self.pilots.len()))?;
        let slot = hash::slot(h, pilot, self.slots.len());
        // A `const` table's `tags` are known where the lookup is inlined: the test is compiled
        // only into the lookups of tables that have tags.
        if C::SAME_TAG && !self.tags.is_empty() && self.tags.get(slot) != Some(&hash::str_tag(ends))
        {
            return None;
        }
        let (key, value) = *self.slots.get(slot)?;
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

/// How a table places its keys in its slots.
#[derive(Clone, Copy)]
pub(crate) enum Place {
    /// By one multiply ([`hash::direct`]): a small key set, whose table has a power-of-two
    /// number of slots, `1 << (64 - shift)`, at most four times the smallest power of two that
    /// holds the keys.
    Direct { shift: u32 },
    /// By hash and displace: the key's hash picks a bucket, whose pilot moves it to its slot.
    // Without `dataverse`, every shipped number and short-key set is small.
    #[cfg_attr(not(feature = "dataverse"), allow(dead_code))]
    Pilots(&'static [u16]),
}

/// A perfect-hash table from `u32` numbers to `T`.
pub(crate) struct U32Table<T: 'static> {
    pub(crate) seed: u64,
    /// The smallest number, and the largest less the smallest: numbers outside miss without
    /// hashing. Where that range would hold half of all numbers or more, the check would slow
    /// every hit for few misses: the range is then every number (0 and `u32::MAX`), and the
    /// compiler drops the check.
    pub(crate) min: u32,
    pub(crate) span: u32,
    pub(crate) place: Place,
    /// Each slot's number and value. An empty slot holds a copy of an entry placed in another
    /// slot, which no query reaches: that number hashes to its own slot.
    pub(crate) slots: &'static [(u32, T)],
}

impl<T: Copy> U32Table<T> {
    /// The value of `key`.
    #[inline(always)]
    pub(crate) fn get(&self, key: u32) -> Option<T> {
        if key.wrapping_sub(self.min) > self.span {
            return None;
        }
        let slot = match self.place {
            Place::Direct { shift } => hash::direct(u64::from(key), self.seed, shift),
            Place::Pilots(pilots) => {
                let h = hash::hash_u32(self.seed, key);
                let pilot = *pilots.get(hash::bucket(h, pilots.len()))?;
                hash::slot(h, pilot, self.slots.len())
            }
        };
        let (candidate, value) = *self.slots.get(slot)?;
        (candidate == key).then_some(value)
    }
}

/// A perfect-hash table from short keys to `T`, looked up ignoring ASCII case: keys of 1 to 16
/// bytes, each byte below `@` (0x40) or a lowercase ASCII letter, as the spellings of a code
/// number are (`-1073741477`, `0xc000015b`).
///
/// Such keys allow a cheaper table than [`StrTable`]: the query's two end words are at once
/// the hash's input and what is compared, and each slot holds its key's words inline, so a
/// lookup loads no key through a pointer. A small set lists every ASCII-case variant of every
/// key (`0xC000015B`, `0Xc000015b`, ...: [`every_case`](Self::every_case)), so that the query
/// is hashed and compared exactly as it is; a larger one lists each key once, in lower case,
/// and folds the query's words first with [`hash::fold_lower`] (exact for these keys, see
/// there). A small set is placed by one multiply of the sum of the two words
/// ([`Place::Direct`]), a large one by pilots under [`hash::hash_short`].
pub(crate) struct ShortTable<T: 'static> {
    pub(crate) seed: u64,
    /// Shortest and longest key in bytes (at least 1, at most 16): other lengths miss without
    /// hashing.
    pub(crate) min_len: usize,
    pub(crate) max_len: usize,
    /// Whether the slots hold every ASCII-case variant of each key (then the query is not
    /// folded).
    pub(crate) every_case: bool,
    pub(crate) place: Place,
    /// Placed by pilots: each slot's tag, the low byte of its key's hash, which a query's hash
    /// must have for the slot to be read. A miss then mostly reads one byte of this small
    /// array rather than a slot of the large one. Empty when placed by one multiply (the table
    /// is small).
    pub(crate) tags: &'static [u8],
    /// Each slot's key as the two words [`hash::ends`] reads (folded unless
    /// [`every_case`](Self::every_case)), its length and its value. An empty slot has length
    /// 0, which no query that reaches a slot has.
    pub(crate) slots: &'static [(u64, u64, u32, T)],
}

impl<T: Copy> ShortTable<T> {
    /// The value of the key equal to `query` ignoring ASCII case.
    #[inline(always)]
    pub(crate) fn get_ignore_ascii_case(&self, query: &str) -> Option<T> {
        let query = query.as_bytes();
        let len = query.len();
        if len.wrapping_sub(self.min_len) > self.max_len.wrapping_sub(self.min_len) {
            return None;
        }
        let (a, b) = hash::ends(query);
        let (a, b) = if self.every_case {
            (a, b)
        } else {
            (hash::fold_lower(a), hash::fold_lower(b))
        };
        let slot = match self.place {
            Place::Direct { shift } => {
                hash::direct(hash::short_direct_input((a, b)), self.seed, shift)
            }
            Place::Pilots(pilots) => {
                let h = hash::hash_short(self.seed, (a, b), len);
                let pilot = *pilots.get(hash::bucket(h, pilots.len()))?;
                let slot = hash::slot(h, pilot, self.slots.len());
                if *self.tags.get(slot)? != h as u8 {
                    return None;
                }
                slot
            }
        };
        let (key_a, key_b, key_len, value) = *self.slots.get(slot)?;
        // Up to 16 bytes, the two words and the length determine the key.
        ((a ^ key_a) | (b ^ key_b) | (len as u64 ^ u64::from(key_len)) == 0).then_some(value)
    }
}
