//! The lookups of the Windows logon statuses and the Dataverse errors equal linear scans of
//! their `ALL` for any UTF-8 input: `from_name` by exact name, `from_name_ignore_ascii_case` by
//! `eq_ignore_ascii_case`, and `from_code` by the number the text spells (`0x` or `0X` and one
//! to eight hexadecimal digits in any case, or a canonical signed decimal).

#![no_main]

use libfuzzer_sys::fuzz_target;
use rpa_error_codes::dataverse::DataverseError;
use rpa_error_codes::windows_logon::LogonStatus;

/// The number `s` spells, as `from_code` documents it; written with the standard library's
/// parsers.
fn code_number(s: &str) -> Option<u32> {
    if let Some(digits) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        let hex = (1..=8).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_hexdigit());
        return hex.then(|| u32::from_str_radix(digits, 16).ok()).flatten();
    }
    let digits = s.strip_prefix('-').unwrap_or(s);
    let canonical = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
        && s != "-0";
    canonical.then(|| s.parse::<i32>().ok().map(|n| n as u32)).flatten()
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let n = code_number(s);

    let all = LogonStatus::ALL.iter().copied();
    assert_eq!(LogonStatus::from_name(s), all.clone().find(|e| e.name() == s), "{s:?}");
    assert_eq!(
        LogonStatus::from_name_ignore_ascii_case(s),
        all.clone().find(|e| e.name().eq_ignore_ascii_case(s)),
        "{s:?}"
    );
    assert_eq!(
        LogonStatus::from_code(s),
        n.and_then(|n| all.clone().find(|e| e.hex() == n)),
        "{s:?}"
    );

    let all = DataverseError::ALL.iter().copied();
    assert_eq!(DataverseError::from_name(s), all.clone().find(|e| e.name() == s), "{s:?}");
    assert_eq!(
        DataverseError::from_name_ignore_ascii_case(s),
        all.clone().find(|e| e.name().eq_ignore_ascii_case(s)),
        "{s:?}"
    );
    assert_eq!(
        DataverseError::from_code(s),
        n.and_then(|n| all.clone().find(|e| e.hresult() == n)),
        "{s:?}"
    );
});
