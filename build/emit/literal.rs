use super::*;

/// The longest generated line we aim for; longer string literals are continued on the next
/// line with `\`.
pub(super) const WIDTH: usize = 100;

/// A Rust string literal holding `s` exactly, continued over lines of about [`WIDTH`]
/// characters. A line is only ever broken before an ASCII letter or digit, because a `\`
/// continuation skips the white space that starts the next line.
///
/// Continued lines are indented by four spaces (the continuation skips them), as an item of
/// a static array; [`push_lit`] takes any indent.
pub fn lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_lit(&mut out, s, "\\\n    ");
    out
}

/// [`lit`], written at the end of `out`; `continuation` ends each line but the last (a `\`,
/// a line break and the next line's indent).
pub fn push_lit(out: &mut String, s: &str, continuation: &str) {
    // The text is escaped with the standard library's `Debug`, which is optimised, straight
    // into `out`; a loop here over the bytes, even the standard library's inlined `is_ascii`,
    // costs several times as much.
    let start = out.len();
    put!(out, "{s:?}");
    if out.len() - start <= WIDTH + 2 {
        return;
    }
    let body = &out[start + 1..out.len() - 1];
    // Escapes other than `\"` and `\\` (`\n`, `\u{..}`) hold letters and digits, before which
    // a line must not break; `breaks` steps over them where there are any.
    let mut rest = body;
    let mut simple = true;
    while let Some(at) = rest.find('\\') {
        match rest.as_bytes().get(at + 1) {
            Some(b'"' | b'\\') => rest = &rest[at + 2..],
            _ => {
                simple = false;
                break;
            }
        }
    }
    let breaks = breaks(body, simple);
    if breaks.is_empty() {
        return;
    }
    let quoted = out.split_off(start + 1);
    let mut from = 0;
    for at in breaks {
        out.push_str(&quoted[from..at]);
        out.push_str(continuation);
        from = at;
    }
    out.push_str(&quoted[from..]);
}

/// The offsets in `text` (escaped, without its quotes) before which a line breaks: at the
/// start of a word once a line holds [`WIDTH`] bytes, or inside a word once it holds half as
/// many again. A break falls only before an ASCII letter or digit, which never falls inside a
/// multi-byte character, nor ends an escape but `\\` (whose second `\` completes it) where the
/// only escapes are `\"` and `\\` (`simple`). Otherwise escapes are stepped over whole.
pub(super) fn breaks(text: &str, simple: bool) -> Vec<usize> {
    let bytes = text.as_bytes();
    let alphanumeric = |b: u8| matches!(b, b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z');
    let mut breaks = Vec::new();
    let mut from = 0;
    if simple {
        // The first break after `from` is the first word start at or after `from + WIDTH`,
        // or the first letter or digit at or after `from + WIDTH + WIDTH / 2`, whichever
        // comes first. Word starts are found with `find(' ')`, a `memchr`.
        let mut i = WIDTH;
        while i < bytes.len() {
            let limit = from + WIDTH + WIDTH / 2;
            let mut start = i - 1;
            let word = loop {
                while !text.is_char_boundary(start) {
                    start += 1;
                }
                match text[start..].find(' ') {
                    Some(p) if start + p + 1 > limit => break None,
                    Some(p) if bytes.get(start + p + 1).is_some_and(|&b| alphanumeric(b)) => {
                        break Some(start + p + 1);
                    }
                    Some(p) => start += p + 1,
                    None => break None,
                }
            };
            let at = match word {
                Some(at) => at,
                None => match (limit..bytes.len()).find(|&j| alphanumeric(bytes[j])) {
                    Some(at) => at,
                    None => break,
                },
            };
            breaks.push(at);
            from = at;
            i = at + WIDTH;
        }
        return breaks;
    }
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\\' {
            // `\u{..}` up to its `}`; any other escape is two bytes.
            i += match bytes.get(i + 1) {
                Some(b'u') => bytes[i..]
                    .iter()
                    .position(|&c| c == b'}')
                    .map_or(bytes.len() - i, |p| p + 1),
                _ => 2,
            };
            continue;
        }
        if alphanumeric(b)
            && i > from
            && (i - from >= WIDTH && bytes[i - 1] == b' ' || i - from >= WIDTH + WIDTH / 2)
        {
            breaks.push(i);
            from = i;
        }
        i += 1;
    }
    breaks
}
