//! What a pasted code may stand for, and the known spellings close to an unknown one.
//!
//! People paste codes from logs, e-mails and consoles: with white space or quotes around them,
//! after a label (`errorCode 1670`, `"errorCode": 1670,`), hexadecimal without its `0x`, a
//! 32-bit status as an unsigned number. [`candidates`] turns such a string into the spellings
//! the catalogs read, by the kind of spelling, whatever the catalog; [`lookup`] asks the
//! catalogs for each in turn.

use rpa_error_codes::AnyCode;
use rpa_error_codes::Matches;

/// How many characters of an input an error message or a JSON `input` echoes.
pub const ECHO_CHARS: usize = 80;

/// Labels a pasted code may follow, compared without case, spaces or punctuation
/// (`errorCode`, `error code:`, `"ErrorCode":`).
const LABELS: &[&str] = &[
    "code",
    "error",
    "errorcode",
    "hresult",
    "ntstatus",
    "status",
    "statuscode",
];

/// Characters around a pasted value that belong to where it was copied from.
fn is_wrapping(c: char) -> bool {
    c.is_whitespace() || matches!(c, '"' | '\'' | '`' | ',' | ';')
}

/// The value without what surrounds it where it was copied from, and without a label before
/// it: `" \"errorCode\": 1670, "` is `1670`.
fn unwrap_value(text: &str) -> &str {
    let text = text.trim_matches(is_wrapping);
    let split = text
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace() || c == ':' || c == '=');
    let Some((at, separator)) = split else {
        return text;
    };
    let (label, value) = (&text[..at], &text[at + separator.len_utf8()..]);
    let key: String = label
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let value = value.trim_matches(is_wrapping);
    if LABELS.contains(&key.as_str()) && !value.is_empty() {
        value
    } else {
        text
    }
}

/// Whether `input` holds no code at all once unwrapped (a usage error).
pub fn is_blank(input: &str) -> bool {
    unwrap_value(input).is_empty()
}

/// The spellings `input` may stand for, most literal first: the value itself, then
/// - eight hexadecimal digits without `0x` (an HRESULT or NTSTATUS copied bare): with `0x`;
/// - a decimal above `i32::MAX` that fits 32 bits (an HRESULT or NTSTATUS printed unsigned):
///   the signed number with the same bits, as the catalogs write them.
pub fn candidates(input: &str) -> Vec<String> {
    let value = unwrap_value(input);
    let mut spellings = vec![value.to_owned()];
    if value.len() == 8 && value.bytes().all(|b| b.is_ascii_hexdigit()) {
        spellings.push(format!("0x{value}"));
    }
    if let Ok(unsigned) = value.parse::<u32>() {
        if i32::try_from(unsigned).is_err() {
            spellings.push((unsigned as i32).to_string());
        }
    }
    spellings
}

/// The codes `input` stands for, in every catalog: for the first of its [`candidates`] that
/// any catalog knows, the exact spelling's matches, else those ignoring ASCII case. Empty
/// when no catalog knows any.
pub fn lookup(input: &str) -> Matches {
    let mut last = AnyCode::lookup("");
    for candidate in candidates(input) {
        last = AnyCode::lookup(&candidate);
        if last.is_empty() {
            last = AnyCode::lookup_ignore_ascii_case(&candidate);
        }
        if !last.is_empty() {
            break;
        }
    }
    last
}

/// `text` quoted, cut after [`ECHO_CHARS`] characters with the full length said.
pub fn shorten(text: &str) -> String {
    match text.char_indices().nth(ECHO_CHARS) {
        Some((end, _)) => format!("{:?}... ({} bytes)", &text[..end], text.len()),
        None => format!("{text:?}"),
    }
}

/// `text` cut after [`ECHO_CHARS`] characters, for the JSON `input`.
pub fn cut(text: &str) -> String {
    match text.char_indices().nth(ECHO_CHARS) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text.to_string(),
    }
}

/// The known spellings closest to `input`, only when close enough to be a typo: names by
/// case-insensitive edit distance (a transposition counts one), numbers when the input has as
/// many digits and differs in one digit or one swap. Nothing is suggested for an empty input
/// or one far from every code.
pub fn closest(input: &str) -> Vec<String> {
    const MAX: usize = 3;
    let input = unwrap_value(input);
    let length = input.chars().count();
    if length == 0 {
        return Vec::new();
    }
    let numeric = input.bytes().all(|b| b.is_ascii_digit());
    // One edit in four characters, at most three.
    let allowed = if numeric { 1 } else { (length / 4).clamp(1, 3) };
    let mut scored: Vec<(usize, String)> = Vec::new();
    let mut consider = |candidate: &str| {
        let other = candidate.chars().count();
        if numeric && (other != length || !candidate.bytes().all(|b| b.is_ascii_digit())) {
            return;
        }
        if other.abs_diff(length) > allowed {
            return;
        }
        let distance = edit_distance_ignore_ascii_case(input, candidate);
        if distance <= allowed {
            scored.push((distance, candidate.to_owned()));
        }
    };
    for code in AnyCode::all() {
        if numeric {
            consider(code.as_str());
        } else {
            consider(code.name());
        }
    }
    // A stable sort keeps catalog order among equal distances.
    scored.sort_by_key(|(distance, _)| *distance);
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(MAX).map(|(_, c)| c).collect()
}

/// The optimal string alignment distance between `a` and `b` (insertions, deletions,
/// substitutions and swaps of neighbours), in characters, ignoring ASCII case.
fn edit_distance_ignore_ascii_case(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().map(|c| c.to_ascii_lowercase()).collect();
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance() {
        assert_eq!(edit_distance_ignore_ascii_case("", ""), 0);
        assert_eq!(edit_distance_ignore_ascii_case("abc", ""), 3);
        assert_eq!(edit_distance_ignore_ascii_case("ABC", "abc"), 0);
        assert_eq!(edit_distance_ignore_ascii_case("1607", "1670"), 1);
        assert_eq!(edit_distance_ignore_ascii_case("kitten", "sitting"), 3);
    }

    #[test]
    fn spellings_by_kind() {
        assert_eq!(candidates(" 1670 "), ["1670"]);
        assert_eq!(candidates("errorCode 1670"), ["1670"]);
        assert_eq!(candidates("error code: 1670"), ["1670"]);
        assert_eq!(candidates("\"errorCode\": 1670,"), ["1670"]);
        assert_eq!(candidates("c000015b"), ["c000015b", "0xc000015b"]);
        assert_eq!(candidates("80040217"), ["80040217", "0x80040217"]);
        assert_eq!(candidates("2147746327"), ["2147746327", "-2147220969"]);
        // A label this program does not know stays part of the text.
        assert_eq!(candidates("retry 1670"), ["retry 1670"]);
        assert!(is_blank("  \"\" "));
    }
}
