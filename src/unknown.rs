//! [`UnknownCode`], the error of every strict parse.

use core::fmt;

use crate::Catalog;

impl fmt::Display for Catalog {
    /// What the catalog's codes are ([`Catalog::title`]): "Power Automate error".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())
    }
}

/// How many bytes of a rejected input [`UnknownCode`] keeps.
const KEPT: usize = 48;

/// The input a parse rejected, kept inline (no allocation), shortened when very long.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Rejected {
    bytes: [u8; KEPT],
    kept: u8,
    len: usize,
}

impl Rejected {
    fn new(input: &str) -> Self {
        let mut kept = input.len().min(KEPT);
        while !input.is_char_boundary(kept) {
            kept -= 1;
        }
        let mut bytes = [0; KEPT];
        bytes[..kept].copy_from_slice(&input.as_bytes()[..kept]);
        Self {
            bytes,
            // `kept` is at most KEPT (48), so it fits.
            kept: kept as u8,
            len: input.len(),
        }
    }

    fn as_str(&self) -> &str {
        // The bytes were copied from a `str` up to a char boundary, so they are UTF-8.
        core::str::from_utf8(&self.bytes[..usize::from(self.kept)]).unwrap_or_default()
    }

    fn is_shortened(&self) -> bool {
        usize::from(self.kept) < self.len
    }
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_shortened() {
            write!(f, "{:?}… ({} bytes)", self.as_str(), self.len)
        } else {
            write!(f, "{:?}", self.as_str())
        }
    }
}

impl fmt::Debug for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// A code that is not in the catalog: the error of every strict parse ([`FromStr`](core::str::FromStr),
/// [`TryFrom<u16>`](core::convert::TryFrom)).
///
/// It names the rejected input and the catalog that rejected it. It is `Copy` and allocates
/// nothing: the first 48 bytes of the input are kept inline, and the message says when the input
/// was longer.
///
/// ```
/// use rpa_error_codes::{PowerAutomateError, UnknownCode, Catalog};
///
/// let err: UnknownCode = "NoSuchCode".parse::<PowerAutomateError>().unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown Power Automate error code "NoSuchCode""#);
/// assert_eq!(err.input(), "NoSuchCode");
/// assert_eq!(err.catalog(), Catalog::PowerAutomate);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unknown {catalog} code {input}")]
pub struct UnknownCode {
    catalog: Catalog,
    input: Rejected,
}

impl UnknownCode {
    /// An error for `input`, rejected by `catalog`.
    pub fn new(catalog: Catalog, input: &str) -> Self {
        Self {
            catalog,
            input: Rejected::new(input),
        }
    }

    /// An error for a number, written in decimal.
    pub(crate) fn number(catalog: Catalog, code: i64) -> Self {
        // Written into a stack buffer: an `UnknownCode` never allocates.
        let mut digits = [0u8; 20];
        let mut n = code.unsigned_abs();
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        if code < 0 {
            start -= 1;
            digits[start] = b'-';
        }
        Self::new(
            catalog,
            core::str::from_utf8(&digits[start..]).unwrap_or_default(),
        )
    }

    /// The catalog that rejected the input.
    pub fn catalog(&self) -> Catalog {
        self.catalog
    }

    /// The rejected input, or its first 48 bytes (cut at a character boundary) when it was longer.
    pub fn input(&self) -> &str {
        self.input.as_str()
    }

    /// The length of the whole rejected input, in bytes.
    pub fn input_len(&self) -> usize {
        self.input.len
    }

    /// Whether [`input`](Self::input) is shorter than what was rejected.
    pub fn is_shortened(&self) -> bool {
        self.input.is_shortened()
    }
}
