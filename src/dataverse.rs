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

include!(concat!(env!("OUT_DIR"), "/dataverse.rs"));

dataverse_enum! {
    /// The enum is `#[non_exhaustive]`: errors the vendor adds come in minor releases.
    pub enum DataverseError
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
