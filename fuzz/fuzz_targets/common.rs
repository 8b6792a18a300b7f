//! Checks shared by the fuzz targets.

#![allow(dead_code)]

use rpa_error_codes::{Catalog, UnknownCode};

/// How many bytes of a rejected input `UnknownCode` keeps (documented: 48).
const KEPT: usize = 48;

/// Everything `UnknownCode` promises about the error for the rejected input `s`.
pub fn check_unknown(err: &UnknownCode, catalog: Catalog, s: &str) {
    assert_eq!(err.catalog(), catalog);
    let input = err.input();
    assert!(s.starts_with(input), "input() {input:?} is not a prefix of {s:?}");
    assert_eq!(err.input_len(), s.len());
    assert!(input.len() <= KEPT);
    // Cut at a char boundary: at most 3 bytes short of KEPT when shortened.
    if input.len() < s.len() {
        assert!(input.len() > KEPT - 4, "kept {} of {} bytes", input.len(), s.len());
    }
    assert_eq!(err.is_shortened(), input.len() < s.len());

    let catalog_text = match catalog {
        Catalog::PowerAutomate => "Power Automate error",
        Catalog::Orchestrator => "UiPath Orchestrator",
        _ => unreachable!("unknown catalog"),
    };
    let expected = if err.is_shortened() {
        format!("unknown {catalog_text} code {input:?}… ({} bytes)", s.len())
    } else {
        format!("unknown {catalog_text} code {input:?}")
    };
    assert_eq!(err.to_string(), expected);
    let _ = format!("{err:?}");
}
