//! [`Link`], and how the alternate `Display` of every catalog writes its sections and links.

use core::fmt;

/// A link of a vendor's text: its text and its absolute https URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Link {
    /// The link's text, as in the vendor's text.
    pub text: &'static str,
    /// The absolute https URL (relative links of the vendor's page are resolved).
    pub url: &'static str,
}

impl fmt::Display for Link {
    /// `text <url>`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} <{}>", self.text, self.url)
    }
}

/// Writes a section of the alternate `Display` after a blank line: `label: text` when the
/// text is one line, else `label:` and the text's lines; the text alone without a label.
pub(crate) fn write_section(f: &mut fmt::Formatter<'_>, label: &str, text: &str) -> fmt::Result {
    let text = text.trim();
    match (label.is_empty(), text.contains('\n')) {
        (true, _) => write!(f, "\n\n{text}"),
        (false, false) => write!(f, "\n\n{label}: {text}"),
        (false, true) => write!(f, "\n\n{label}:\n{text}"),
    }
}

/// Writes `label: A, B` with the wire spelling of each code, or nothing for no codes, for the
/// alternate `Display`.
pub(crate) fn write_codes<C: crate::Code>(
    f: &mut fmt::Formatter<'_>,
    label: &str,
    codes: &[C],
) -> fmt::Result {
    for (i, code) in codes.iter().enumerate() {
        let separator = if i == 0 { "\n\n" } else { ", " };
        write!(f, "{separator}")?;
        if i == 0 {
            write!(f, "{label}: ")?;
        }
        f.write_str(code.as_str())?;
    }
    Ok(())
}

/// Writes every link of `groups` after the text, one per line (`text <url>`), for the alternate
/// `Display`.
pub(crate) fn write_links(f: &mut fmt::Formatter<'_>, groups: &[&[Link]]) -> fmt::Result {
    let mut first = true;
    for link in groups.iter().flat_map(|links| links.iter()) {
        if first {
            f.write_str("\n")?;
            first = false;
        }
        write!(f, "\n{link}")?;
    }
    Ok(())
}
