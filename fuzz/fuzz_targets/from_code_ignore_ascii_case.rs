//! `PowerAutomateError::from_code_ignore_ascii_case` (the same perfect hash, case folded)
//! agrees with a linear scan of `PowerAutomateError::ALL` (codes and documented former codes)
//! by `eq_ignore_ascii_case`, and is consistent with the exact `from_code`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use rpa_error_codes::PowerAutomateError;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let expected = PowerAutomateError::ALL
        .iter()
        .copied()
        .find(|e| {
            std::iter::once(e.code())
                .chain(e.former_codes().iter().copied())
                .any(|c| c.eq_ignore_ascii_case(s))
        });
    let found = PowerAutomateError::from_code_ignore_ascii_case(s);
    assert_eq!(found, expected, "from_code_ignore_ascii_case({s:?})");

    // An exact match is also a case-insensitive one.
    if let Some(exact) = PowerAutomateError::from_code(s) {
        assert_eq!(found, Some(exact), "{s:?}");
    }
    // Changing the ASCII case of the input does not change the answer.
    assert_eq!(
        PowerAutomateError::from_code_ignore_ascii_case(&s.to_ascii_uppercase()),
        found,
        "upper-cased {s:?}"
    );
    assert_eq!(
        PowerAutomateError::from_code_ignore_ascii_case(&s.to_ascii_lowercase()),
        found,
        "lower-cased {s:?}"
    );
});
