//! `OrchestratorCode`'s `FromStr`, `from_name`, `from_name_ignore_ascii_case`, `from_u16` and
//! `TryFrom<u16>` agree with linear scans of `OrchestratorCode::ALL` (numbers, names and
//! documented aliases), and rejected inputs give a well-formed `UnknownCode`.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use rpa_error_codes::{Catalog, OrchestratorCode};

fn scan_u16(n: u16) -> Option<OrchestratorCode> {
    OrchestratorCode::ALL.iter().copied().find(|c| c.code() == n)
}

fn names(c: OrchestratorCode) -> impl Iterator<Item = &'static str> {
    std::iter::once(c.name())
        .chain(c.info().aliases.iter().copied())
        .chain(c.info().former_names.iter().copied())
}

fn scan_name(s: &str) -> Option<OrchestratorCode> {
    OrchestratorCode::ALL
        .iter()
        .copied()
        .find(|&c| names(c).any(|n| n == s))
}

fn scan_name_ignore_ascii_case(s: &str) -> Option<OrchestratorCode> {
    OrchestratorCode::ALL
        .iter()
        .copied()
        .find(|&c| names(c).any(|n| n.eq_ignore_ascii_case(s)))
}

fuzz_target!(|data: &[u8]| {
    // The first two bytes as a number.
    if let [a, b, ..] = *data {
        let n = u16::from_le_bytes([a, b]);
        let expected = scan_u16(n);
        assert_eq!(OrchestratorCode::from_u16(n), expected, "from_u16({n})");
        match OrchestratorCode::try_from(n) {
            Ok(code) => {
                assert_eq!(Some(code), expected);
                assert_eq!(u16::from(code), n);
            }
            Err(err) => {
                assert_eq!(expected, None, "try_from({n}) failed: {err}");
                common::check_unknown(&err, Catalog::Orchestrator, &n.to_string());
            }
        }
    }

    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };

    let by_name = scan_name(s);
    assert_eq!(OrchestratorCode::from_name(s), by_name, "from_name({s:?})");
    let by_name_ci = scan_name_ignore_ascii_case(s);
    assert_eq!(
        OrchestratorCode::from_name_ignore_ascii_case(s),
        by_name_ci,
        "from_name_ignore_ascii_case({s:?})"
    );
    if by_name.is_some() {
        assert_eq!(by_name_ci, by_name);
    }

    let is_number = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let expected = if is_number {
        if s.len() > 1 && s.starts_with('0') {
            None
        } else {
            s.parse::<u16>().ok().and_then(scan_u16)
        }
    } else {
        by_name
    };
    match s.parse::<OrchestratorCode>() {
        Ok(code) => {
            assert_eq!(Some(code), expected, "parse({s:?})");
            if is_number {
                assert_eq!(code.code().to_string(), s);
            }
            let _ = code.to_string();
        }
        Err(err) => {
            assert_eq!(expected, None, "parse({s:?}) failed: {err}");
            common::check_unknown(&err, Catalog::Orchestrator, s);
        }
    }
});
