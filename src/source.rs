//! [`Source`]: the document a row of a catalog was transcribed from.

/// The document a row of the catalog was transcribed from.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Source {
    /// The document's title or reference.
    pub document: &'static str,
    /// The date of the document's version, where known (YYYY-MM-DD).
    pub date: Option<&'static str>,
    /// Where the document is published (https).
    pub url: &'static str,
}
