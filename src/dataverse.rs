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

use crate::{Catalog, Source, UnknownCode};

include!(concat!(env!("OUT_DIR"), "/dataverse.rs"));

dataverse_enum! {
    /// A Microsoft Dataverse Web API error.
    ///
    /// The enum is `#[non_exhaustive]`: errors the vendor adds come in minor releases.
    #[non_exhaustive]
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, thiserror::Error)]
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

    /// The error written in hexadecimal (`0x80040220`, any case) or as a signed decimal
    /// (`-2147220960`), or `None`.
    #[inline]
    pub fn from_code(code: &str) -> Option<DataverseError> {
        crate::parse::code_u32(code).and_then(find_hresult)
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

    /// Every fact of the error's row.
    pub const fn info(self) -> &'static DataverseErrorInfo {
        &INFO[self.row()]
    }
}

impl fmt::Display for DataverseError {
    /// The HRESULT in hexadecimal, the name and the message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:08X} {}", self.hresult(), self.name())?;
        match self.message() {
            Some(message) => write!(f, ": {}", message.trim()),
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
