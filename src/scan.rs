//! [`scan`]: every code of every enabled catalog that stands in a text, such as a log line, a
//! console transcript or a forum post.
//!
//! The rules are in the documentation of [`scan`].
//!
//! # How it runs
//!
//! One pass over the bytes: the scan skips to the next run of ASCII word bytes (`A`-`Z`,
//! `a`-`z`, `0`-`9`, `_`) with a 256-entry table of byte classes, reads the run to its end eight
//! bytes at a time while collecting the classes of its bytes, and decides from those classes
//! alone which kind of spelling the run could be. Only a run that may count (self-evident, or an
//! ordinary word or bare number with a cue right before it, which a few byte comparisons settle)
//! is looked up, once per catalog, in the catalogs' perfect-hash tables; every spelling of every
//! catalog is made of ASCII word bytes after an optional `-`, so no other run can match.
//! Non-ASCII bytes are decoded only at the edges of a run or gap.
//!
//! Why not `memchr` or an Aho-Corasick automaton: a candidate starts at any capital letter or
//! digit, so there is no rare byte for `memchr` to jump to (a log line has several), and an
//! automaton of every spelling (some 12,500 of them) is a large state machine that still needs
//! the boundary and cue checks afterwards; the crate's benchmark (`benches/scan.rs`) measures
//! this scan against both on the same log.
//!
//! Nothing allocates and nothing panics: the scan holds the text, a position and the matches
//! of the spelling it is yielding.

use core::iter::FusedIterator;
use core::ops::Range;

use crate::{AnyCode, Matches};

/// A code found in a text by [`scan`]: the code, and where its spelling stands.
///
/// `text[found.span.clone()]` is the spelling as written (`"0xc000015b"`, `"1101"`, ...); it
/// always lies on char boundaries, and [`AnyCode::lookup`] of it returns `code`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Found {
    /// The code.
    pub code: AnyCode,
    /// The byte range of its spelling in the text.
    pub span: Range<usize>,
}

/// Every code of every enabled catalog that stands in `text`, in the order of the text.
///
/// A spelling counts as a whole token; self-evident spellings count anywhere, bare numbers and
/// ordinary words only after a cue such as `errorCode` or `Error code:`; a spelling of several
/// catalogs yields each code (see [Rules](#rules)). The scan allocates nothing, never panics,
/// and finds the same codes in a text as in its lines scanned one by one.
///
/// A log line:
///
/// ```
/// use rpa_error_codes::{scan, AnyCode, LogonStatus, PowerAutomateError};
///
/// let line = "2024-05-02 10:14:03 WARN run failed: UIFlowAlreadyRunning (status -1073741477)";
/// let found: Vec<_> = scan(line).map(|f| (f.code, &line[f.span])).collect();
/// assert_eq!(
///     found,
///     [
///         (AnyCode::PowerAutomate(PowerAutomateError::UIFlowAlreadyRunning), "UIFlowAlreadyRunning"),
///         (AnyCode::WindowsLogon(LogonStatus::LogonTypeNotGranted), "-1073741477"),
///     ]
/// );
/// ```
///
/// A bare number counts only where the text says it is an error code:
///
/// ```
/// use rpa_error_codes::{scan, AnyCode, OrchestratorCode};
///
/// assert_eq!(scan("processed 1101 items").count(), 0);
/// let text = r#"{"message":"An organization unit is required for this action.","errorCode":1101}"#;
/// let codes: Vec<AnyCode> = scan(text).map(|f| f.code).collect();
/// assert_eq!(codes, [AnyCode::Orchestrator(OrchestratorCode::from_u16(1101).unwrap())]);
/// assert_eq!(scan("get-uipathprocess : The operation returned an error: 1101: ...").count(), 1);
/// ```
///
/// A spelling of two catalogs yields both, with the same span:
///
/// ```
/// use rpa_error_codes::{scan, Catalog};
///
/// let found: Vec<_> = scan("logon refused: LogonTypeNotGranted").collect();
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[0].span, found[1].span);
/// assert_eq!(found[0].code.catalog(), Catalog::PowerAutomate);
/// assert_eq!(found[1].code.catalog(), Catalog::WindowsLogon);
/// ```
///
/// # Rules
///
/// The rules speak of the *kinds* of spelling, never of a catalog: a spelling counts where its
/// kind says it may, and then [`AnyCode::lookup`] says which codes it is.
///
/// **Tokens.** A spelling counts only as a whole token. A *word character* is a letter or digit
/// of any script ([`char::is_alphanumeric`]) or `_`; the characters on either side of a spelling
/// must not be word characters. So `UIFlowAlreadyRunning` is found in
/// `(UIFlowAlreadyRunning)` and `code=UIFlowAlreadyRunning.`, but not in
/// `FooUIFlowAlreadyRunning`, `UIFlowAlreadyRunning2`, `my_UIFlowAlreadyRunning` or
/// `UIFlowAlreadyRunningé`. A number has two more rules, so that it is never part of a longer
/// number: a number that starts with a digit must not follow a `-` (in `-1101` the number is
/// `-1101`, and in `x-1073741477` the `-` joins the number to the word before, so nothing is
/// found), and a number must not touch a `.` on whose other side there is a digit (`1101.5`,
/// `22.1101`). A sentence's full stop is fine: `Error code: 0x80048306.` finds `0x80048306`.
///
/// **Spellings that count anywhere**, because they are self-evidently codes:
///
/// - a negative decimal (`-1073741477`, `-2147220960`): a 32-bit status or HRESULT with its
///   top bit set, as Windows and Dataverse write them in decimal;
/// - a `0x` (or `0X`) number of eight hexadecimal digits, of any case, with its top bit set
///   (`0xC000015B`, `0x80040220`): how a failure HRESULT or NTSTATUS is written in hexadecimal;
/// - a name that is not an ordinary word: one with a digit or `_`, or with a capital letter
///   after its first letter that is not all capitals (`UIFlowAlreadyRunning`, `NotFound`,
///   `BDK_E_INVALID_DATE`).
///
/// **Spellings that count only after a cue**, because text is full of them:
///
/// - an unsigned decimal (`1101`): log lines are full of numbers;
/// - any other `0x` number (`0x8006074`, `0x1`): flags and addresses;
/// - an *ordinary word*: letters only, either without a capital after the first letter or in
///   capitals throughout (`Forbidden`, `Unauthorized`, `FORBIDDEN`).
///
/// A *cue* is text that says what follows is an error code. It ends right before the spelling,
/// separated from it by a *gap*, and is one of (ASCII case ignored):
///
/// - `errorcode`, `error code`, `error_code` or `error-code` (so `errorCode`, `ErrorCode`,
///   `Error code`, `ERROR_CODE`), starting at a token boundary (not preceded by a word
///   character);
/// - `error`, starting at a token boundary, when the gap holds a `:`, `=` or `>`
///   (`returned an error: 1101:`, `Error=1101`);
/// - `code` with a quoting character right before it and right after it: the key of a JSON or
///   similar body (`"code": "Unauthorized"`, `\"code\":`). `code` alone is no cue:
///   `Http status code: Forbidden` is an HTTP status.
///
/// The gap is any run of spaces, tabs, no-break spaces (U+00A0, U+202F) and quoting characters,
/// with at most one `:`, `=` or `>` in it. The *quoting characters* are `"`, `'`, `` ` ``, `\`
/// (which escapes a quote in JSON inside a string), `«`, `»` and the typographic quotes U+2018
/// to U+201F (`‘ ’ ‚ ‛ “ ” „ ‟`), which a web page puts where the text had straight quotes. So
/// `"errorCode": 1101`, `“errorCode”:1101`, `errorCode=1101`, `error code 1101`,
/// `<ErrorCode>1101` and `Error code: 0x8006074` all find the code.
///
/// **Several catalogs.** Where one spelling belongs to several catalogs, each code is yielded
/// with the same span, in the order of [`Catalog`](crate::Catalog), as [`AnyCode::lookup`]
/// returns them. Only the catalogs of this build count: without the `dataverse` feature, no
/// Dataverse code is found.
///
/// **Lines.** No rule looks across a line break (`\n` is neither part of a gap nor a word
/// character), so a reader of a stream may scan each line, or each chunk that ends at a line
/// break, on its own: it finds the same codes as a scan of the whole text, with spans relative to
/// the piece.
pub fn scan(text: &str) -> Scan<'_> {
    Scan {
        text,
        pos: 0,
        pending: Pending {
            matches: AnyCode::lookup(""),
            next: 0,
            start: 0,
            end: 0,
        },
    }
}

/// The iterator of [`scan`]: the codes found in a text, in order.
///
/// It holds the text, a position and the matches of the current spelling; cloning it gives an
/// iterator that continues from the same place.
#[derive(Clone, Debug)]
pub struct Scan<'a> {
    text: &'a str,
    /// Where the search for the next spelling goes on.
    pos: usize,
    /// The codes of the last spelling found that are still to be yielded.
    pending: Pending,
}

/// The codes of one spelling, yielded one by one.
#[derive(Clone, Copy, Debug)]
struct Pending {
    matches: Matches,
    next: usize,
    start: usize,
    end: usize,
}

impl Iterator for Scan<'_> {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        loop {
            let p = &mut self.pending;
            if let Some(code) = p.matches.iter().nth(p.next) {
                p.next += 1;
                return Some(Found {
                    code,
                    span: p.start..p.end,
                });
            }
            let (start, end, matches) = next_spelling(self.text, &mut self.pos)?;
            self.pending = Pending {
                matches,
                next: 0,
                start,
                end,
            };
        }
    }
}

impl FusedIterator for Scan<'_> {}

/// An ASCII capital letter.
const UPPER: u8 = 1;
/// An ASCII small letter.
const LOWER: u8 = 2;
/// An ASCII digit.
const DIGIT: u8 = 4;
/// `_`.
const UNDERSCORE: u8 = 8;
/// A letter `a` to `f` in either case (with `UPPER` or `LOWER`).
const HEX_LETTER: u8 = 16;

/// The class of every byte; 0 for a byte that is not an ASCII word byte.
static CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = match c {
            b'A'..=b'F' => UPPER | HEX_LETTER,
            b'a'..=b'f' => LOWER | HEX_LETTER,
            b'G'..=b'Z' => UPPER,
            b'g'..=b'z' => LOWER,
            b'0'..=b'9' => DIGIT,
            b'_' => UNDERSCORE,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// The next spelling that counts at or after `*pos`: its span and codes. Moves `*pos` past it,
/// or to the end of the text.
#[inline]
fn next_spelling(text: &str, pos: &mut usize) -> Option<(usize, usize, Matches)> {
    let bytes = text.as_bytes();
    let mut i = *pos;
    while let Some(&b) = bytes.get(i) {
        let first = CLASS[usize::from(b)];
        i += 1;
        if first == 0 {
            continue;
        }
        // A run of ASCII word bytes from `start` to `i`; `rest` holds the classes of all but
        // its first byte.
        let start = i - 1;
        let (end, rest) = run_end(bytes, i);
        i = end;
        if let Some((start, matches)) = candidate(text, start, i, first, rest) {
            *pos = i;
            return Some((start, i, matches));
        }
    }
    *pos = bytes.len();
    None
}

/// Bytes of `w` in `lo..=hi` (both ASCII): `0x80` in each such byte, 0 in the others. No sum
/// carries into the next byte: bytes of 0x80 and up are excluded before the sums count.
#[inline(always)]
pub(crate) const fn in_range(w: u64, lo: u8, hi: u8) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low7 = w & LOW7;
    let at_least_lo = low7.wrapping_add(ONES * (0x80 - lo as u64));
    let above_hi = low7.wrapping_add(ONES * (0x7F - hi as u64));
    at_least_lo & !above_hi & !w & !LOW7
}

/// The end of the run of ASCII word bytes that goes on at `i`, and the classes of its bytes
/// from `i`.
///
/// Eight bytes at a time: a word's classes are a few additions and masks on one `u64` (the
/// ranges `A`-`Z`, `a`-`z`, `0`-`9` and the byte `_`), and the run's end is the first byte of
/// no class. Most runs (words, numbers) end within one or two words, so this reads a run
/// in about a quarter of the steps of a byte-by-byte loop over the table.
#[inline(always)]
fn run_end(bytes: &[u8], mut i: usize) -> (usize, u8) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut rest = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let upper = in_range(w, b'A', b'Z');
        let lower = in_range(w, b'a', b'z');
        let digit = in_range(w, b'0', b'9');
        // `_` is the one byte whose XOR with `_` is 0.
        let underscore = in_range(w ^ 0x5F5F_5F5F_5F5F_5F5F, 0, 0);
        let other = !(upper | lower | digit | underscore) & HIGH;
        // The bytes of the run in this word: all, or those before the first other byte.
        let take = if other == 0 {
            HIGH
        } else {
            (other & other.wrapping_neg()).wrapping_sub(1) & HIGH
        };
        rest |= (u8::from(upper & take != 0) * UPPER)
            | (u8::from(lower & take != 0) * LOWER)
            | (u8::from(digit & take != 0) * DIGIT)
            | (u8::from(underscore & take != 0) * UNDERSCORE);
        if other != 0 {
            return (i + (other.trailing_zeros() / 8) as usize, rest);
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        let class = CLASS[usize::from(b)];
        if class == 0 {
            break;
        }
        rest |= class & !HEX_LETTER;
        i += 1;
    }
    (i, rest)
}

/// The codes of the maximal run of ASCII word bytes `start..end` (or of the number `-` and the
/// run), if its spelling counts there, with the spelling's start.
#[inline]
fn candidate(
    text: &str,
    start: usize,
    end: usize,
    first: u8,
    rest: u8,
) -> Option<(usize, Matches)> {
    let bytes = text.as_bytes();
    // The run is maximal, so an ASCII neighbour is no word byte; a non-ASCII one may be a
    // letter of another script.
    if !edge_is_free(text, start, end) {
        return None;
    }
    let (start, self_evident) = if first & DIGIT != 0 {
        let before = start.checked_sub(1).and_then(|i| bytes.get(i)).copied();
        if !number_is_free(bytes, start, end) {
            return None;
        }
        if rest & !DIGIT == 0 {
            if before == Some(b'-') {
                // The number is `-` and the run: negative, so self-evident.
                let minus = start - 1;
                if !before_is_free(text, minus) || !number_is_free(bytes, minus, end) {
                    return None;
                }
                (minus, true)
            } else {
                (start, false)
            }
        } else {
            if before == Some(b'-') {
                return None;
            }
            // `0x` and one or more hexadecimal digits; other runs that start with a digit are
            // no spelling of any code.
            let digits = match bytes.get(start..end) {
                Some([b'0', b'x' | b'X', digits @ ..]) if !digits.is_empty() => digits,
                _ => return None,
            };
            if !digits
                .iter()
                .all(|&b| CLASS[usize::from(b)] & (DIGIT | HEX_LETTER) != 0)
            {
                return None;
            }
            (start, digits.len() == 8 && digits[0] >= b'8')
        }
    } else {
        // A name. An ordinary word: letters only, and no capital after the first letter or
        // capitals throughout.
        let letters = (first | rest) & (DIGIT | UNDERSCORE) == 0;
        let ordinary = letters && (rest & UPPER == 0 || (first & UPPER != 0 && rest & LOWER == 0));
        (start, !ordinary)
    };
    if !self_evident && !has_cue(text, start) {
        return None;
    }
    let matches = AnyCode::lookup(text.get(start..end)?);
    (!matches.is_empty()).then_some((start, matches))
}

/// Whether `c` is a word character: a letter or digit of any script, or `_`.
#[inline]
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `c` is a quoting character (see [`scan`]).
#[inline]
fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '\\' | '\u{AB}' | '\u{BB}' | '\u{2018}'..='\u{201F}'
    )
}

/// Whether `c` may stand between a cue and the spelling, besides one `:`, `=` or `>`.
#[inline]
fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{A0}' | '\u{202F}') || is_quote(c)
}

/// The character that ends at byte `i`, if any.
#[inline]
fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The character that starts at byte `i`, if any.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// Whether no word character ends at byte `i`.
#[inline]
fn before_is_free(text: &str, i: usize) -> bool {
    match i.checked_sub(1).and_then(|j| text.as_bytes().get(j)) {
        None => true,
        Some(&b) if b < 0x80 => CLASS[usize::from(b)] == 0,
        Some(_) => !char_before(text, i).is_some_and(is_word),
    }
}

/// Whether the non-ASCII characters next to the run `start..end`, if any, are not word
/// characters (its ASCII neighbours are not, as the run is maximal).
#[inline]
fn edge_is_free(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let before = start.checked_sub(1).and_then(|i| bytes.get(i));
    if before.is_some_and(|&b| b >= 0x80) && char_before(text, start).is_some_and(is_word) {
        return false;
    }
    if bytes.get(end).is_some_and(|&b| b >= 0x80) && char_at(text, end).is_some_and(is_word) {
        return false;
    }
    true
}

/// Whether the number `start..end` touches no `.` with a digit on its other side.
#[inline]
fn number_is_free(bytes: &[u8], start: usize, end: usize) -> bool {
    let digit = |i: Option<usize>| i.and_then(|i| bytes.get(i)).is_some_and(u8::is_ascii_digit);
    let dot = |i: Option<usize>| i.and_then(|i| bytes.get(i)) == Some(&b'.');
    let inside_before = dot(start.checked_sub(1)) && digit(start.checked_sub(2));
    let inside_after = dot(Some(end)) && digit(end.checked_add(1));
    !inside_before && !inside_after
}

/// Where the gap that ends at byte `i` starts.
#[inline]
fn skip_gap(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = i.checked_sub(1).and_then(|j| bytes.get(j)) {
        if b < 0x80 {
            if !matches!(b, b' ' | b'\t' | b'"' | b'\'' | b'`' | b'\\') {
                break;
            }
            i -= 1;
        } else {
            match char_before(text, i) {
                Some(c) if is_gap(c) => i -= c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// Whether the `word` (ASCII, lower case) ends at byte `i`, ignoring ASCII case.
#[inline]
fn ends_with(bytes: &[u8], i: usize, word: &[u8]) -> bool {
    i.checked_sub(word.len())
        .and_then(|s| bytes.get(s..i))
        .is_some_and(|w| w.eq_ignore_ascii_case(word))
}

/// Whether a cue and a gap end at byte `start` (see [`scan`]).
#[inline]
fn has_cue(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    // Most runs follow a byte that can neither be part of a gap nor end a cue.
    match start.checked_sub(1).and_then(|i| bytes.get(i)) {
        Some(b' ' | b'\t' | b'"' | b'\'' | b'`' | b'\\' | b':' | b'=' | b'>' | 0x80..) => {}
        _ => return false,
    }
    let mut i = skip_gap(text, start);
    let assign = i
        .checked_sub(1)
        .and_then(|j| bytes.get(j))
        .is_some_and(|b| matches!(b, b':' | b'=' | b'>'));
    if assign {
        i = skip_gap(text, i - 1);
    }
    if ends_with(bytes, i, b"code") {
        let code = i - 4;
        // `error` and `code`, joined by nothing, a space, `_` or `-`.
        let joined = code
            .checked_sub(1)
            .and_then(|j| bytes.get(j))
            .is_some_and(|b| matches!(b, b' ' | b'_' | b'-'));
        let error_end = if joined { code - 1 } else { code };
        if ends_with(bytes, error_end, b"error") && before_is_free(text, error_end - 5) {
            return true;
        }
        // `code` as a quoted key.
        return char_before(text, code).is_some_and(is_quote)
            && char_at(text, i).is_some_and(is_quote);
    }
    assign && ends_with(bytes, i, b"error") && before_is_free(text, i - 5)
}
