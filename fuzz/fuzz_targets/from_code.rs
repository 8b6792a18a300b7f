//! `PowerAutomateError::from_code` (a perfect hash) and `FromStr` agree with a linear scan of
//! `PowerAutomateError::ALL` (codes and documented former codes) for any UTF-8 input, and the
//! `UnknownCode` of a rejected input keeps a prefix of it and formats as documented.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use rpa_error_codes::{Catalog, PowerAutomateError};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let expected = PowerAutomateError::ALL
        .iter()
        .copied()
        .find(|e| e.code() == s || e.former_codes().contains(&s));
    let found = PowerAutomateError::from_code(s);
    assert_eq!(found, expected, "from_code({s:?})");

    match s.parse::<PowerAutomateError>() {
        Ok(code) => {
            assert_eq!(Some(code), expected, "parse({s:?})");
            assert!(code.code() == s || code.former_codes().contains(&s), "{s:?}");
            let _ = code.to_string();
        }
        Err(err) => {
            assert_eq!(expected, None, "parse({s:?}) failed: {err}");
            common::check_unknown(&err, Catalog::PowerAutomate, s);
        }
    }
});
