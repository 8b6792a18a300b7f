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

include!(concat!(env!("OUT_DIR"), "/windows_logon.rs"));

windows_logon_enum! {
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
    pub enum LogonStatus
}

impl LogonStatus {
    /// The status as an unsigned 32-bit NTSTATUS value: write it with `{:#010X}` or
    /// `0x{:08X}` to get Microsoft's hexadecimal form (`0xC000015B`).
    pub const fn hex(self) -> u32 {
        self as i32 as u32
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
