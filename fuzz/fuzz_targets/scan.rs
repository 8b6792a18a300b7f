//! `scan` equals the reference scan of `tests/common/scan_reference.rs` (the rules written
//! plainly) on any text, finds the same codes line by line as in the whole text, and never
//! panics. Bytes that are not UTF-8 are read lossily, so that every input is a text.

#![no_main]

#[path = "../../tests/common/scan_reference.rs"]
mod reference;

use libfuzzer_sys::fuzz_target;
use rpa_error_codes::{AnyCode, scan};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let found: Vec<_> = scan(&text).map(|f| (f.code, f.span)).collect();
    assert_eq!(found, reference::reference_scan(&text), "{text:?}");

    let mut lines = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        lines.extend(scan(line).map(|f| (f.code, f.span.start + offset..f.span.end + offset)));
        offset += line.len();
    }
    assert_eq!(lines, found, "{text:?}");

    for (code, span) in &found {
        let spelling = text.get(span.clone()).expect("a span on char boundaries");
        assert!(AnyCode::lookup(spelling).iter().any(|c| c == *code));
    }
});
