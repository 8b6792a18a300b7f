//! The reference for `rpa_error_codes::scan`: the rules of its documentation, written as
//! plainly as they read and with no regard for speed, for the tests and the fuzz target to
//! compare the scan with.
//!
//! It tries every substring that starts at a char boundary and holds only ASCII letters,
//! digits, `_` and `-` (every spelling of every code is such a string, no longer than
//! [`LONGEST`] bytes: `tests/scan.rs` checks both of every spelling), keeps those whose
//! neighbours and cue the rules accept, and looks each up with `AnyCode::lookup`.

#![allow(dead_code)]

use std::ops::Range;

use rpa_error_codes::AnyCode;

/// No spelling of any code is longer (the longest is 91 bytes).
pub const LONGEST: usize = 128;

/// Every code `scan` must find in `text`, with its span, in order.
pub fn reference_scan(text: &str) -> Vec<(AnyCode, Range<usize>)> {
    let mut found = Vec::new();
    for (start, _) in text.char_indices() {
        for (offset, c) in text[start..].char_indices() {
            if offset >= LONGEST || !(c.is_ascii_alphanumeric() || c == '_' || c == '-') {
                break;
            }
            let end = start + offset + 1;
            if counts(text, start..end) {
                for code in AnyCode::lookup(&text[start..end]) {
                    found.push((code, start..end));
                }
            }
        }
    }
    found
}

/// A letter or digit of any script, or `_`.
pub fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The quoting characters.
pub fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '\\' | '«' | '»' | '‘' | '’' | '‚' | '‛' | '“' | '”' | '„' | '‟'
    )
}

/// What a gap is made of, besides one `:`, `=` or `>`.
pub fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{A0}' | '\u{202F}') || is_quote(c)
}

/// Whether the spelling at `span` counts where it stands (whether it is a spelling at all is
/// the lookup's business).
pub fn counts(text: &str, span: Range<usize>) -> bool {
    let spelling = &text[span.clone()];
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    if before.is_some_and(is_word) || after.is_some_and(is_word) {
        return false;
    }
    let starts_with_digit = spelling.starts_with(|c: char| c.is_ascii_digit());
    if starts_with_digit && before == Some('-') {
        return false;
    }
    if starts_with_digit || spelling.starts_with('-') {
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        let mut left = text[..span.start].chars().rev();
        if left.next() == Some('.') && digit(left.next()) {
            return false;
        }
        let mut right = text[span.end..].chars();
        if right.next() == Some('.') && digit(right.next()) {
            return false;
        }
    }
    !needs_cue(spelling) || has_cue(&text[..span.start])
}

/// Whether a spelling counts only after a cue: an unsigned decimal, a `0x` number other than
/// eight digits with the top bit set, an ordinary word.
pub fn needs_cue(spelling: &str) -> bool {
    if spelling.starts_with('-') {
        return false;
    }
    if let Some(digits) = spelling
        .strip_prefix("0x")
        .or_else(|| spelling.strip_prefix("0X"))
    {
        if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_hexdigit()) {
            return !(digits.len() == 8 && u8::from_str_radix(&digits[..1], 16).unwrap() >= 8);
        }
    }
    if spelling.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let mut chars = spelling.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    spelling.chars().all(|c| c.is_ascii_alphabetic())
        && (!rest.chars().any(|c| c.is_ascii_uppercase())
            || (first.is_ascii_uppercase() && !rest.chars().any(|c| c.is_ascii_lowercase())))
}

/// Whether `before` ends with a cue and a gap.
pub fn has_cue(before: &str) -> bool {
    let trimmed = before.trim_end_matches(is_gap);
    let (cue_end, assign) = match trimmed.strip_suffix([':', '=', '>']) {
        Some(t) => (t.trim_end_matches(is_gap), true),
        None => (trimmed, false),
    };
    let word_starts_at = |start: usize| !cue_end[..start].chars().next_back().is_some_and(is_word);
    let ends_with = |cue: &str| {
        cue_end.len() >= cue.len()
            && cue_end.is_char_boundary(cue_end.len() - cue.len())
            && cue_end[cue_end.len() - cue.len()..].eq_ignore_ascii_case(cue)
    };
    for cue in ["errorcode", "error code", "error_code", "error-code"] {
        if ends_with(cue) && word_starts_at(cue_end.len() - cue.len()) {
            return true;
        }
    }
    if assign && ends_with("error") && word_starts_at(cue_end.len() - 5) {
        return true;
    }
    ends_with("code")
        && cue_end[..cue_end.len() - 4]
            .chars()
            .next_back()
            .is_some_and(is_quote)
        && before[cue_end.len()..].chars().next().is_some_and(is_quote)
}
