//! The hash functions shared by the generator and the lookups.
