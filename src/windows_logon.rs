//! Windows logon statuses that Power Automate reports when it cannot sign in to a machine
//! (Microsoft KB 5021155).
//!
//! When a desktop flow connection cannot authenticate, the `code` of the Power Automate error
//! body can be a Windows status such as `-1073741477` instead of a desktop-flow code.
//! [`LogonStatus`] has one variant per status of the KB's Resolution table, with its message,
//! cause and resolution.
//!
//! The KB gives numbers, not names. A variant is named after Microsoft's NTSTATUS constant for
//! the value where a Microsoft document states it (`STATUS_LOGON_TYPE_NOT_GRANTED` is
//! [`LogonTypeNotGranted`](LogonStatus::LogonTypeNotGranted)), and otherwise after the KB's
//! message; [`LogonStatus::name_basis`] says which.
//!
//! ```
//! use rpa_error_codes::windows_logon::LogonStatus;
//!
//! let status = LogonStatus::from_code("-1073741477").unwrap();
//! assert_eq!(status, LogonStatus::LogonTypeNotGranted);
//! assert_eq!(LogonStatus::from_code("0xC000015B"), Some(status));
//! assert_eq!(status.code(), -1073741477);
//! assert_eq!(status.hex(), 0xC000_015B);
//! assert_eq!(status.ntstatus(), Some("STATUS_LOGON_TYPE_NOT_GRANTED"));
//! ```
//!
//! Every status asks a person to act (its [`retry_class`](LogonStatus::retry_class) is
//! [`NeedsPerson`](RetryClass::NeedsPerson), with the KB's words as the reason): retrying the
//! same credentials on the same machine fails again. [`SOURCE_DATE`] is the KB's date.
//!
//! # Every status
//!
//! Generated from `data/windows_logon.csv`; each name links to its full documentation.
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/windows_logon_table.md"))]

use core::fmt;
use core::str::FromStr;

use crate::power_automate::Link;
use crate::{Catalog, RetryClass, Source, UnknownCode};

include!(concat!(env!("OUT_DIR"), "/windows_logon.rs"));

windows_logon_enum! {
    /// A Windows logon status of KB 5021155.
    ///
    /// The discriminant is the status as a signed 32-bit number, as the KB and the error body
    /// write it, so `status as i32` and [`i32::from`] give it. The enum is `#[non_exhaustive]`:
    /// statuses the vendor adds come in minor releases.
    ///
    /// ```
    /// use rpa_error_codes::windows_logon::LogonStatus;
    ///
    /// assert_eq!(
    ///     LogonStatus::LogonFailure.to_string(),
    ///     "-1073741715 LogonFailure: Bad username or authentication information",
    /// );
    /// ```
    #[non_exhaustive]
    #[repr(i32)]
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum LogonStatus
}

impl LogonStatus {
    /// Every status, in the KB's order.
    pub const ALL: &'static [LogonStatus] = &ALL_CODES;

    /// The status with the signed 32-bit number `code`, or `None`.
    ///
    /// ```
    /// use rpa_error_codes::windows_logon::LogonStatus;
    /// assert_eq!(LogonStatus::from_i32(-1073741715), Some(LogonStatus::LogonFailure));
    /// assert_eq!(LogonStatus::from_i32(0), None);
    /// ```
    #[inline]
    pub fn from_i32(code: i32) -> Option<LogonStatus> {
        find_code(code as u32)
    }

    /// The status written as a signed decimal (`-1073741477`, as the error body carries it) or
    /// in hexadecimal (`0xC000015B`, any case, one to eight digits), or `None`.
    ///
    /// No parse: every spelling of every status, in every letter case, is a key of one table
    /// generated at build time, so the lookup is one multiply, one load and one comparison.
    ///
    /// ```
    /// use rpa_error_codes::windows_logon::LogonStatus;
    /// assert_eq!(LogonStatus::from_code("0xc000006d"), Some(LogonStatus::LogonFailure));
    /// assert_eq!(LogonStatus::from_code("-1073741715"), Some(LogonStatus::LogonFailure));
    /// assert_eq!(LogonStatus::from_code("3221225581"), None); // the bits, but not as written
    /// ```
    #[inline]
    pub fn from_code(code: &str) -> Option<LogonStatus> {
        find_code_text(code)
    }

    /// The status whose variant is named `name`, or `None`.
    #[inline]
    pub fn from_name(name: &str) -> Option<LogonStatus> {
        NAME_TABLE.get(name)
    }

    /// The status whose variant is named `name`, ignoring ASCII case, or `None`.
    #[inline]
    pub fn from_name_ignore_ascii_case(name: &str) -> Option<LogonStatus> {
        NAME_TABLE.get_ignore_ascii_case(name)
    }

    /// The status as a signed 32-bit number, as the KB writes it.
    pub const fn code(self) -> i32 {
        self as i32
    }

    /// The status as an unsigned 32-bit NTSTATUS value: write it with `{:#010X}` or
    /// `0x{:08X}` to get Microsoft's hexadecimal form (`0xC000015B`).
    pub const fn hex(self) -> u32 {
        self as i32 as u32
    }

    /// The variant's name (see [`name_basis`](Self::name_basis)).
    pub const fn name(self) -> &'static str {
        NAME[self.row()]
    }

    /// Where the name comes from: an NTSTATUS constant, or the KB's message.
    pub const fn name_basis(self) -> NameBasis {
        NAME_BASIS[self.row()]
    }

    /// Microsoft's NTSTATUS constant for the value, where a Microsoft document states it.
    pub const fn ntstatus(self) -> Option<&'static str> {
        NTSTATUS[self.row()]
    }

    /// The error message, as the KB writes it.
    pub const fn message(self) -> &'static str {
        MESSAGE[self.row()]
    }

    /// The cause as plain text, where the KB gives one.
    pub const fn cause(self) -> Option<&'static str> {
        CAUSE[self.row()]
    }

    /// The resolution as plain text: no Markdown, no HTML, one line per line break of the KB,
    /// steps as lines (`1. `, `- `). Link texts stay in the text; their URLs are in
    /// [`resolution_links`](Self::resolution_links).
    pub const fn resolution(self) -> &'static str {
        RESOLUTION[self.row()]
    }

    /// The links of the resolution, with absolute https URLs.
    pub const fn resolution_links(self) -> &'static [Link] {
        RESOLUTION_LINKS[self.row()]
    }

    /// What retrying can do, as this crate reads the vendor's text (see [`RetryClass`]);
    /// [`retry_reason`](Self::retry_reason) says why.
    ///
    /// ```
    /// use rpa_error_codes::RetryClass;
    /// use rpa_error_codes::windows_logon::LogonStatus;
    /// assert_eq!(LogonStatus::LogonFailure.retry_class(), RetryClass::NeedsPerson);
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
    /// use rpa_error_codes::windows_logon::LogonStatus;
    /// assert!(!LogonStatus::LogonFailure.is_transient());
    /// ```
    pub const fn is_transient(self) -> bool {
        self.retry_class().is_retryable()
    }

    /// Every fact of the status's row.
    pub const fn info(self) -> &'static LogonStatusInfo {
        &INFO[self.row()]
    }
}

// Written out rather than derived with `thiserror`: the derive would parse the whole
// generated enum, docs and all, which is most of the macro expansion of a large catalog.
impl core::error::Error for LogonStatus {}

impl fmt::Display for LogonStatus {
    /// One line: the number, the name and the first sentence of the message. The alternate
    /// form (`{:#}`) adds the cause, the resolution and its links.
    ///
    /// ```
    /// use rpa_error_codes::windows_logon::LogonStatus;
    ///
    /// let status = LogonStatus::from_i32(-1073741477).unwrap();
    /// assert_eq!(
    ///     status.to_string(),
    ///     "-1073741477 LogonTypeNotGranted: A user has requested a type of logon (for example, \
    ///      interactive or network) that has not been granted.",
    /// );
    /// assert!(format!("{status:#}").contains(status.resolution()));
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: ", self.code(), self.name())?;
        if !f.alternate() {
            return f.write_str(ONE_LINE[self.row()]);
        }
        f.write_str(self.message())?;
        if let Some(cause) = self.cause() {
            write!(f, "\n\nCause: {cause}")?;
        }
        write!(f, "\n\nResolution:\n{}", self.resolution())?;
        crate::write_links(f, self.resolution_links())
    }
}

impl From<LogonStatus> for i32 {
    fn from(status: LogonStatus) -> i32 {
        status.code()
    }
}

impl TryFrom<i32> for LogonStatus {
    type Error = UnknownCode;

    fn try_from(code: i32) -> Result<Self, UnknownCode> {
        Self::from_i32(code)
            .ok_or_else(|| UnknownCode::number(Catalog::WindowsLogon, i64::from(code)))
    }
}

impl FromStr for LogonStatus {
    type Err = UnknownCode;

    /// A number as [`from_code`](Self::from_code) reads it, or an exact variant name.
    fn from_str(s: &str) -> Result<Self, UnknownCode> {
        Self::from_code(s)
            .or_else(|| Self::from_name(s))
            .ok_or_else(|| UnknownCode::new(Catalog::WindowsLogon, s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `from_code` looks every spelling up in one table; it answers exactly what the parse of
    /// the documented forms followed by the lookup by number answers, on every spelling of
    /// every status and on near misses of each.
    #[test]
    fn from_code_answers_as_the_parse_and_the_number_lookup() {
        let codes: std::vec::Vec<u32> = LogonStatus::ALL.iter().map(|s| s.hex()).collect();
        let mut hits = 0;
        for text in crate::parse::code_texts(&codes, |_| true) {
            let expected = crate::parse::code_u32(&text).and_then(find_code);
            assert_eq!(LogonStatus::from_code(&text), expected, "{text:?}");
            hits += usize::from(expected.is_some());
        }
        // Each status: decimal, and hexadecimal at 8 and 9 digits in six casings each, of
        // which nine digits are refused.
        assert!(hits >= codes.len() * 7, "{hits} hits");
    }
}
