//! Strict parses of the number forms the catalogs accept in strings.
//!
//! Written by hand rather than with `str::parse` because the forms are narrower than Rust's:
//! no `+`, no leading zeros, `0x` only where hexadecimal is meant. A code that round-trips
//! through its text must have one spelling.

/// A signed decimal `i64`: an optional `-`, then digits without leading zeros (`0` itself is
/// allowed, `-0` is not), as JSON writes an integer but with one spelling per number. Every
/// strict parse of a decimal code in a string goes through here, so `"01670"`, `"+1670"`,
/// `"-0"` and `" 1670"` are refused alike by `from_code`, `FromStr`, the serde impls and the
/// body accessors.
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

/// A signed decimal `i32`, as [`decimal_i64`] reads one.
pub(crate) fn decimal_i32(s: &str) -> Option<i32> {
    decimal_i64(s).and_then(|n| i32::try_from(n).ok())
}

/// `0x` or `0X`, then one to eight hexadecimal digits of any case: a `u32`.
pub(crate) fn hex_u32(s: &str) -> Option<u32> {
    let digits = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X"))?;
    if digits.is_empty() || digits.len() > 8 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(digits, 16).ok()
}

/// A 32-bit code written as a signed decimal (`-1073741477`) or in hexadecimal
/// (`0xC000015B`): its bits.
pub(crate) fn code_u32(s: &str) -> Option<u32> {
    if s.starts_with("0x") || s.starts_with("0X") {
        hex_u32(s)
    } else {
        decimal_i32(s).map(|n| n as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
