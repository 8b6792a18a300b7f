//! Strict parses of the number forms the catalogs accept in strings.
//!
//! Written by hand rather than with `str::parse` because the forms are narrower than Rust's:
//! no `+`, no leading zeros, `0x` only where hexadecimal is meant. A code that round-trips
//! through its text must have one spelling.
//!
//! The 32-bit code forms ([`code_u32`]: a signed decimal, or `0x`/`0X` and one to eight
//! hexadecimal digits) are what `from_code` of the number-coded catalogs accepts. Those
//! lookups do not parse: every spelling of every code is a key of a generated table
//! (`lookup::ShortTable`), looked up once. The parse is kept for the tests, as the statement
//! of the forms: the unit tests of `windows_logon` and `dataverse` check that each lookup
//! answers exactly what this parse followed by the lookup by number answers.

/// A signed decimal `i64`: an optional `-`, then digits without leading zeros (`0` itself is
/// allowed, `-0` is not), as JSON writes an integer but with one spelling per number. The
/// strict parses of a decimal code in a string all follow this rule (`decimal_i32` is its
/// fast 32-bit form, and the tables of `from_code` hold only such spellings), so `"01670"`,
/// `"+1670"`, `"-0"` and `" 1670"` are refused alike by `from_code`, `FromStr`, the serde
/// impls and the body accessors.
// Only the serde impls read 64-bit codes; the unit tests check the rule without them.
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
pub(crate) fn decimal_i64(s: &str) -> Option<i64> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || (digits.len() > 1 && digits.starts_with('0'))
        || s == "-0"
    {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
use crate::scan::in_range;

/// The value of eight ASCII decimal digits read little-endian (the first digit, the most
/// significant, in the low byte), or `None` if a byte is not a digit. Eight digits at once,
/// with three multiplies (the scheme of simdjson's `parse_eight_digits_unrolled`).
#[cfg(test)]
#[inline(always)]
const fn eight_digits(w: u64) -> Option<u32> {
    if in_range(w, b'0', b'9') != 0x8080_8080_8080_8080 {
        return None;
    }
    let v = w - 0x3030_3030_3030_3030;
    // Each byte pair: ten times the first digit plus the second, in the low byte.
    let v = v.wrapping_mul(10).wrapping_add(v >> 8);
    let v = ((v & 0x0000_00FF_0000_00FF).wrapping_mul(100 + (1_000_000 << 32))
        + ((v >> 16) & 0x0000_00FF_0000_00FF).wrapping_mul(1 + (10_000 << 32)))
        >> 32;
    Some(v as u32)
}

/// The value of eight ASCII hexadecimal digits of any case read little-endian (the most
/// significant first, in the low byte), or `None` if a byte is not a hexadecimal digit.
#[cfg(test)]
#[inline(always)]
const fn eight_hex_digits(w: u64) -> Option<u32> {
    let digits = in_range(w, b'0', b'9');
    let letters = in_range(w | 0x2020_2020_2020_2020, b'a', b'f');
    if digits | letters != 0x8080_8080_8080_8080 {
        return None;
    }
    // Each byte's value: its low nibble, plus 9 for a letter (`a` is 0x61, `A` 0x41).
    let v = (w & 0x0F0F_0F0F_0F0F_0F0F) + (letters >> 7) * 9;
    // The most significant digit to the high byte, then nibbles, bytes and halves packed.
    let v = v.swap_bytes();
    let v = (v | v >> 4) & 0x00FF_00FF_00FF_00FF;
    let v = (v | v >> 8) & 0x0000_FFFF_0000_FFFF;
    Some((v | v >> 16) as u32)
}

/// The value of up to eight ASCII decimal digits one at a time, or `None`.
#[cfg(test)]
#[inline(always)]
fn digits_u32(digits: &[u8]) -> Option<u32> {
    let mut v: u32 = 0;
    for b in digits {
        let d = b.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        v = v * 10 + u32::from(d);
    }
    Some(v)
}

/// A signed decimal `i32`: an optional `-`, then digits without leading zeros (`0` itself is
/// allowed, `-0` is not).
///
/// Written out rather than with `str::parse` (which accepts `+`, leading zeros and `-0`, and
/// would need a second pass to refuse them) and read eight digits at a time: a code's
/// decimal form has ten digits, and this parse is most of a lookup by decimal code.
#[cfg(test)]
#[inline]
pub(crate) fn decimal_i32(s: &str) -> Option<i32> {
    let (negative, digits) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        bytes => (false, bytes),
    };
    let value: u64 = match digits {
        [] => return None,
        [b'0'] => return if negative { None } else { Some(0) },
        [b'0', ..] => return None,
        _ if digits.len() > 10 => return None,
        _ => match digits.split_last_chunk::<8>() {
            Some((high, low)) => {
                u64::from(digits_u32(high)?) * 100_000_000
                    + u64::from(eight_digits(u64::from_le_bytes(*low))?)
            }
            None => u64::from(digits_u32(digits)?),
        },
    };
    if negative {
        (value <= 1 << 31).then(|| (value as i64).wrapping_neg() as i32)
    } else {
        i32::try_from(value).ok()
    }
}

/// `0x` or `0X`, then one to eight hexadecimal digits of any case: a `u32`.
#[cfg(test)]
#[inline]
pub(crate) fn hex_u32(s: &str) -> Option<u32> {
    let digits = match s.as_bytes() {
        [b'0', b'x' | b'X', digits @ ..] => digits,
        _ => return None,
    };
    if let Ok(eight) = <[u8; 8]>::try_from(digits) {
        return eight_hex_digits(u64::from_le_bytes(eight));
    }
    if digits.is_empty() || digits.len() > 8 {
        return None;
    }
    // Fewer than eight digits: pad on the left with zeros, then read the eight at once.
    let mut padded = [b'0'; 8];
    padded[8 - digits.len()..].copy_from_slice(digits);
    eight_hex_digits(u64::from_le_bytes(padded))
}

/// A 32-bit code written as a signed decimal (`-1073741477`) or in hexadecimal
/// (`0xC000015B`): its bits.
#[cfg(test)]
#[inline]
pub(crate) fn code_u32(s: &str) -> Option<u32> {
    match s.as_bytes() {
        [b'0', b'x' | b'X', ..] => hex_u32(s),
        _ => decimal_i32(s).map(|n| n as u32),
    }
}

/// Texts to look 32-bit codes up by, for the tests that compare a lookup by text with
/// [`code_u32`] and the lookup by number: every spelling of every code of `codes` (decimal,
/// hexadecimal at every width from its fewest digits to nine, `0x` and `0X`, digits in lower,
/// upper and mixed case), each spelling of the codes that `mutate` picks (by index) with every
/// byte replaced by every ASCII byte and by a non-ASCII character, removed, doubled, and with
/// text before and after it, and spellings of numbers near and far from the codes.
#[cfg(test)]
pub(crate) fn code_texts(
    codes: &[u32],
    mutate: impl Fn(usize) -> bool,
) -> std::vec::Vec<std::string::String> {
    use std::format;
    use std::string::{String, ToString};
    use std::vec::Vec;

    let spellings = |n: u32| {
        let mut all = Vec::new();
        all.push((n as i32).to_string());
        // Unsigned decimal is no spelling (the bits, but not as written): a near miss.
        all.push(n.to_string());
        for width in 1..=9 {
            for prefix in ["0x", "0X"] {
                let lower = format!("{prefix}{n:0width$x}");
                let upper = format!("{prefix}{n:0width$X}");
                let mixed: String = lower
                    .chars()
                    .enumerate()
                    .map(|(i, c)| {
                        if i % 2 == 1 {
                            c.to_ascii_uppercase()
                        } else {
                            c
                        }
                    })
                    .collect();
                all.extend([lower, upper, mixed]);
            }
        }
        all
    };
    let mut texts = Vec::new();
    // A small deterministic generator.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for (i, &code) in codes.iter().enumerate() {
        for n in [
            code,
            code.wrapping_add(1),
            code.wrapping_sub(1),
            code ^ 0x8000_0000,
        ] {
            texts.extend(spellings(n));
        }
        if !mutate(i) {
            continue;
        }
        for spelling in spellings(code) {
            let bytes = spelling.as_bytes();
            for at in 0..bytes.len() {
                for b in 0..=127u8 {
                    let mut changed = bytes.to_vec();
                    changed[at] = b;
                    texts.push(String::from_utf8(changed).unwrap_or_default());
                }
                let mut changed = spelling.clone();
                changed.replace_range(at..at + 1, "\u{e9}");
                texts.push(changed);
                let mut removed = spelling.clone();
                removed.remove(at);
                texts.push(removed);
                let mut doubled = spelling.clone();
                doubled.insert(at, char::from(bytes[at]));
                texts.push(doubled);
            }
            for (before, after) in [
                ("+", ""),
                ("0", ""),
                ("-", ""),
                (" ", ""),
                ("", " "),
                ("", "0"),
                ("", "\0"),
            ] {
                texts.push(format!("{before}{spelling}{after}"));
            }
        }
    }
    for _ in 0..2000 {
        texts.extend(spellings(next() as u32));
    }
    for text in [
        "",
        "-",
        "-0",
        "0",
        "0x",
        "0X",
        "x",
        "+0",
        "00",
        "0x0",
        "-2147483648",
        "2147483648",
        "-2147483649",
    ] {
        texts.push(text.to_string());
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::ToOwned;
    use std::format;
    use std::string::{String, ToString};
    use std::vec::Vec;

    #[test]
    fn decimal_forms() {
        assert_eq!(decimal_i32("-1073741477"), Some(-1_073_741_477));
        assert_eq!(decimal_i32("0"), Some(0));
        assert_eq!(decimal_i32("2147483647"), Some(i32::MAX));
        assert_eq!(decimal_i32("-2147483648"), Some(i32::MIN));
        for bad in ["", "-", "-0", "01", "+1", "1 ", "2147483648", "0x1", "１"] {
            assert_eq!(decimal_i32(bad), None, "{bad:?}");
        }
        assert_eq!(decimal_i64("9223372036854775807"), Some(i64::MAX));
        assert_eq!(decimal_i64("-9223372036854775808"), Some(i64::MIN));
        for bad in [
            "01670",
            "+1670",
            " 1670",
            "1670 ",
            "-01",
            "00",
            "9223372036854775808",
            "1e3",
            "1670.0",
        ] {
            assert_eq!(decimal_i64(bad), None, "{bad:?}");
            // The two parses agree on every refusal.
            assert_eq!(decimal_i32(bad), None, "{bad:?}");
        }
    }

    /// The forms `str::parse` accepts, narrowed as documented ([`decimal_i64`], written with
    /// the standard library's parser): the reference for every input of the fast parse.
    fn reference_decimal(s: &str) -> Option<i32> {
        decimal_i64(s).and_then(|n| i32::try_from(n).ok())
    }

    fn reference_hex(s: &str) -> Option<u32> {
        let digits = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X"))?;
        if digits.is_empty() || digits.len() > 8 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    }

    #[test]
    fn parses_agree_with_the_standard_library() {
        let mut inputs: Vec<String> = Vec::new();
        for n in [
            0i64,
            1,
            9,
            10,
            99,
            12_345_678,
            99_999_999,
            100_000_000,
            1_073_741_477,
        ] {
            for v in [
                n,
                -n,
                n + 1,
                -n - 1,
                i64::from(i32::MAX),
                i64::from(i32::MIN),
            ] {
                inputs.push(v.to_string());
                inputs.push(format!("{:#x}", v as u32));
                inputs.push(format!("{:#X}", v as u32));
                inputs.push(format!("0x{:08x}", v as u32));
            }
        }
        inputs.extend(["2147483648", "-2147483649", "4294967296", "99999999999"].map(String::from));
        // Every byte in every position of a few shapes, so each SWAR range edge is crossed.
        for template in ["-1073741477", "1234567890", "0x80040220", "0x8004022", "12"] {
            for at in 0..template.len() {
                for b in 0..=127u8 {
                    let mut bytes = template.as_bytes().to_vec();
                    bytes[at] = b;
                    inputs.push(String::from_utf8(bytes).unwrap());
                }
                let mut bytes = template.to_owned();
                bytes.replace_range(at..at + 1, "é");
                inputs.push(bytes);
            }
        }
        for s in &inputs {
            assert_eq!(decimal_i32(s), reference_decimal(s), "{s:?}");
            assert_eq!(hex_u32(s), reference_hex(s), "{s:?}");
        }
    }

    #[test]
    fn hex_forms() {
        assert_eq!(hex_u32("0x80040220"), Some(0x8004_0220));
        assert_eq!(hex_u32("0X8004f871"), Some(0x8004_F871));
        assert_eq!(hex_u32("0x8006074"), Some(0x0800_6074));
        for bad in ["", "0x", "80040220", "0x123456789", "0x-1", "0x+1", "0xg"] {
            assert_eq!(hex_u32(bad), None, "{bad:?}");
        }
        assert_eq!(code_u32("-1073741477"), Some(0xC000_015B));
        assert_eq!(code_u32("0xC000015B"), Some(0xC000_015B));
        assert_eq!(code_u32("C000015B"), None);
    }
}
