//! Microsoft Dataverse Web API errors (the `dataverse` feature).
//!
//! The APIs that run desktop flows from code (`RunDesktopFlow`, `CancelDesktopFlowRun`) and
//! the `flowsession` rows answer with Dataverse errors, whose code is an HRESULT such as
//! `0x80040220`. [`DataverseError`] has one variant per row of Microsoft's "Web service error
//! codes" table, 4,059 of them, with the name and message as the vendor writes them.
//!
//! Variant names are the vendor's names, with one rule: the first letter is put in upper case
//! where it is not (`unManagedObjectTypeUnexpected` is
//! `UnManagedObjectTypeUnexpected`). [`DataverseError::name`] keeps the vendor's spelling, and
//! names with `_` (`BDK_E_BANNEDPERSON`) are kept as they are.
//!
//! Whether retrying can help ([`DataverseError::retry_class`]) is read from the message alone:
//! a message that says to wait or try again later, or that the server is busy or throttling,
//! is [`Throttled`](RetryClass::Throttled); one that says to retry, or describes a time-out or
//! a lock held elsewhere, is [`Transient`](RetryClass::Transient); one that tells someone to
//! change something first is [`NeedsPerson`](RetryClass::NeedsPerson). Most messages do not
//! say, and are [`Unknown`](RetryClass::Unknown) (`data/README.md` gives the counts). The
//! table states no date: [`SOURCE_DATE`] is `None`, and [`NEWEST_SOURCE`] names the version by
//! its commit.
//!
//! ```
//! use rpa_error_codes::dataverse::DataverseError;
//!
//! let error = DataverseError::from_code("0x80040220").unwrap();
//! assert_eq!(DataverseError::from_code("-2147220960"), Some(error));
//! assert_eq!(error.hresult(), 0x8004_0220);
//! assert_eq!(DataverseError::from_name(error.name()), Some(error));
//! ```

use core::fmt;
use core::str::FromStr;

use crate::{Catalog, RetryClass, Source, UnknownCode};

include!(concat!(env!("OUT_DIR"), "/dataverse.rs"));

dataverse_enum! {
    /// A Microsoft Dataverse Web API error.
    ///
    /// The enum is `#[non_exhaustive]`: errors the vendor adds come in minor releases.
    #[non_exhaustive]
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum DataverseError
}

impl DataverseError {
    /// Every error, in the table's order.
    pub const ALL: &'static [DataverseError] = &ALL_CODES;

    /// The error with the HRESULT `hresult`, or `None`.
    ///
    /// ```
    /// use rpa_error_codes::dataverse::DataverseError;
    /// assert_eq!(DataverseError::from_hresult(0x8004_8405), Some(DataverseError::AccessDenied));
    /// assert_eq!(DataverseError::from_hresult(0), None);
    /// ```
    #[inline]
    pub fn from_hresult(hresult: u32) -> Option<DataverseError> {
        find_hresult(hresult)
    }

    /// The error written in hexadecimal (`0x80040220`, any case, one to eight digits) or as a
    /// signed decimal (`-2147220960`), or `None`.
    ///
    /// No parse: every spelling of every error is a key of one perfect-hash table generated at
    /// build time and looked up ignoring ASCII case, so the lookup is one hash and one
    /// comparison.
    #[inline]
    pub fn from_code(code: &str) -> Option<DataverseError> {
        find_hresult_text(code)
    }

    /// The error named `name` as the vendor spells it, or `None`.
    ///
    /// ```
    /// use rpa_error_codes::dataverse::DataverseError;
    /// assert_eq!(DataverseError::from_name("AccessDenied"), Some(DataverseError::AccessDenied));
    /// assert_eq!(DataverseError::from_name("accessdenied"), None);
    /// ```
    #[inline]
    pub fn from_name(name: &str) -> Option<DataverseError> {
        NAME_TABLE.get(name)
    }

    /// The error named `name`, ignoring ASCII case, or `None`.
    #[inline]
    pub fn from_name_ignore_ascii_case(name: &str) -> Option<DataverseError> {
        NAME_TABLE.get_ignore_ascii_case(name)
    }

    /// The HRESULT.
    pub const fn hresult(self) -> u32 {
        HRESULT[self.row()]
    }

    /// The HRESULT as a signed 32-bit number, as the table writes it.
    pub const fn decimal(self) -> i32 {
        DECIMAL[self.row()]
    }

    /// The name as the vendor spells it.
    pub const fn name(self) -> &'static str {
        NAME[self.row()]
    }

    /// The message as the vendor writes it, with its `{0}` placeholders and any spaces at
    /// either end; `None` where the table gives none.
    pub const fn message(self) -> Option<&'static str> {
        MESSAGE[self.row()]
    }

    /// What retrying can do, as this crate reads the vendor's text (see [`RetryClass`]);
    /// [`retry_reason`](Self::retry_reason) says why.
    ///
    /// ```
    /// use rpa_error_codes::RetryClass;
    /// use rpa_error_codes::dataverse::DataverseError;
    /// assert_eq!(DataverseError::Throttling.retry_class(), RetryClass::Throttled);
    /// ```
    pub const fn retry_class(self) -> RetryClass {
        RETRY_CLASS[self.row()]
    }

    /// Why the code has its [`retry_class`](Self::retry_class): the vendor's words it rests
    /// on, in double quotes, or the HTTP status; for [`RetryClass::Unknown`], why the text
    /// supports no class.
    pub const fn retry_reason(self) -> &'static str {
        RETRY_REASON[self.row()]
    }

    /// Whether retrying, without changing anything, can succeed: the
    /// [`retry_class`](Self::retry_class) is [`Throttled`](RetryClass::Throttled) (wait first)
    /// or [`Transient`](RetryClass::Transient).
    ///
    /// ```
    /// use rpa_error_codes::dataverse::DataverseError;
    /// assert!(!DataverseError::AccessDenied.is_transient());
    /// ```
    pub const fn is_transient(self) -> bool {
        self.retry_class().is_retryable()
    }

    /// Every fact of the error's row.
    pub const fn info(self) -> &'static DataverseErrorInfo {
        &INFO[self.row()]
    }
}

// Written out rather than derived with `thiserror`: the derive would parse the whole
// generated enum, docs and all, which is most of the macro expansion of a large catalog.
impl core::error::Error for DataverseError {}

impl fmt::Display for DataverseError {
    /// One line: the HRESULT in hexadecimal, the name and the first sentence of the message
    /// (without the spaces some messages start or end with). The alternate form (`{:#}`)
    /// prints the whole message.
    ///
    /// ```
    /// use rpa_error_codes::dataverse::DataverseError;
    ///
    /// let error = DataverseError::from_code("0x80040220").unwrap();
    /// let line = error.to_string();
    /// assert!(line.starts_with(&format!("0x80040220 {}: ", error.name())));
    /// assert!(!line.contains('\n'));
    /// assert!(format!("{error:#}").ends_with(error.message().unwrap().trim()));
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:08X} {}", self.hresult(), self.name())?;
        match self.message() {
            Some(message) if f.alternate() => write!(f, ": {}", message.trim()),
            Some(_) => write!(f, ": {}", ONE_LINE[self.row()]),
            None => Ok(()),
        }
    }
}

impl TryFrom<u32> for DataverseError {
    type Error = UnknownCode;

    fn try_from(hresult: u32) -> Result<Self, UnknownCode> {
        Self::from_hresult(hresult)
            .ok_or_else(|| UnknownCode::number(Catalog::Dataverse, i64::from(hresult)))
    }
}

impl FromStr for DataverseError {
    type Err = UnknownCode;

    /// A number as [`from_code`](Self::from_code) reads it, or the exact vendor name.
    fn from_str(s: &str) -> Result<Self, UnknownCode> {
        Self::from_code(s)
            .or_else(|| Self::from_name(s))
            .ok_or_else(|| UnknownCode::new(Catalog::Dataverse, s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As for the logon statuses: `from_code` answers exactly what the parse of the
    /// documented forms followed by the lookup by number answers, on every spelling of every
    /// error and on near misses of one error in 64 and of the one whose HRESULT is 1 (the only
    /// one with shorter hexadecimal spellings).
    #[test]
    fn from_code_answers_as_the_parse_and_the_number_lookup() {
        let codes: std::vec::Vec<u32> = DataverseError::ALL.iter().map(|e| e.hresult()).collect();
        let mut hits = 0;
        for text in crate::parse::code_texts(&codes, |i| i % 64 == 0 || codes[i] < 0x1000_0000) {
            let expected = crate::parse::code_u32(&text).and_then(find_hresult);
            assert_eq!(DataverseError::from_code(&text), expected, "{text:?}");
            hits += usize::from(expected.is_some());
        }
        assert!(hits >= codes.len() * 7, "{hits} hits");
    }
}
