//! The small markup the vendors' tables use inside a cell, and its three renderings.
//!
//! Power Automate's mitigation texts are Markdown table cells: `</br>` or `<br>` line breaks,
//! `- ` and `1. ` list items after a break, `**bold**`, `` `code` `` and `[text](url)` links
//! (often relative), and the named character references of [`ENTITIES`] (`&mdash;`). [`parse`]
//! accepts exactly that and rejects anything else as broken markup;
//! [`Markup::plain`], [`Markup::markdown`] and [`Markup::links`] render the parsed text.

/// One piece of a line of text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(String),
    Code(String),
    /// A named character reference of [`ENTITIES`] as written (`&mdash;`): `name` without `&`
    /// and `;`, and the `text` it stands for.
    Entity {
        name: &'static str,
        text: &'static str,
    },
    /// A link; `url` is already absolute.
    Link {
        text: String,
        url: String,
    },
}

/// A parsed cell: lines (split at the line breaks), each a run of [`Inline`]s.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Markup {
    pub lines: Vec<Vec<Inline>>,
    /// The plain text, rendered once: the rules and the emit steps all read it.
    plain: String,
}

/// How relative links resolve: `site` for links starting with `/`, `folder` (ending in `/`) for
/// bare `name.md#anchor` links, whose `.md` is dropped, and `page` (the published page the
/// text is from, where one page holds every text of the table) for links to an anchor on the
/// same page (`#anchor`).
#[derive(Clone, Copy, Debug)]
pub struct LinkBase<'a> {
    pub site: &'a str,
    pub folder: &'a str,
    pub page: Option<&'a str>,
}

/// Broken markup: what is wrong, at which character of the cell, and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkupError {
    /// 1-based character position in the cell.
    pub position: usize,
    pub problem: String,
    pub expected: String,
}

const BREAKS: [&str; 3] = ["</br>", "<br>", "<br/>"];

/// The named character references the texts may hold, and what each stands for. The plain
/// text has the character; the Markdown keeps the reference as written. Another reference
/// (`&name;` or `&#...;`) is broken markup; an `&` that starts none is text.
pub const ENTITIES: [(&str, &str); 1] = [("mdash", "\u{2014}")];

/// Parses a cell written in the tables' markup.
pub fn parse(text: &str, base: LinkBase<'_>) -> Result<Markup, MarkupError> {
    let mut lines = Vec::new();
    // The line being read, and its text since the last inline element.
    let mut line = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    let position = |rest: &str| text[..text.len() - rest.len()].chars().count() + 1;

    fn flush(plain: &mut String, line: &mut Vec<Inline>) {
        if !plain.is_empty() {
            line.push(Inline::Text(std::mem::take(plain)));
        }
    }

    while let Some(c) = rest.chars().next() {
        // A run of bytes that start no markup is plain text, copied at once. They are ASCII,
        // so the run ends on a character boundary.
        let bytes = rest.as_bytes();
        let mut run = 0;
        while run < bytes.len()
            && !matches!(bytes[run], b'<' | b'*' | b'`' | b'[' | b'!' | b']' | b'&')
        {
            run += 1;
        }
        if run > 0 {
            plain.push_str(&rest[..run]);
            rest = &rest[run..];
            continue;
        }
        if c == '<' && rest[1..].starts_with(|n: char| n.is_ascii_alphabetic() || n == '/') {
            let Some(tag) = BREAKS.iter().find(|b| rest.starts_with(*b)) else {
                let end = rest.find('>').map_or(rest.len(), |i| i + 1);
                return Err(MarkupError {
                    position: position(rest),
                    problem: format!("unsupported HTML tag `{}`", &rest[..end]),
                    expected: "`</br>` or `<br>` as the only tags".into(),
                });
            };
            flush(&mut plain, &mut line);
            rest = &rest[tag.len()..];
            lines.push(std::mem::take(&mut line));
        } else if rest.starts_with("**") {
            let Some(end) = rest[2..].find("**") else {
                return Err(unclosed(position(rest), "**"));
            };
            let inner = &rest[2..2 + end];
            check_plain(inner, position(rest) + 2)?;
            flush(&mut plain, &mut line);
            line.push(Inline::Strong(inner.to_owned()));
            rest = &rest[4 + end..];
        } else if c == '`' {
            let Some(end) = rest[1..].find('`') else {
                return Err(unclosed(position(rest), "`"));
            };
            flush(&mut plain, &mut line);
            line.push(Inline::Code(rest[1..1 + end].to_owned()));
            rest = &rest[2 + end..];
        } else if c == '[' {
            let at = position(rest);
            let (link_text, url, used) = link(rest).ok_or_else(|| MarkupError {
                position: at,
                problem: "`[` starts no complete link".into(),
                expected: "a link `[text](url)` (a literal bracket is not allowed here)".into(),
            })?;
            check_plain(link_text, at + 1)?;
            let url = resolve(url, base).map_err(|problem| MarkupError {
                position: at,
                problem,
                expected: "an https URL, `/path` on the site, `name.md#anchor` or `#anchor`".into(),
            })?;
            flush(&mut plain, &mut line);
            line.push(Inline::Link {
                text: link_text.to_owned(),
                url,
            });
            rest = &rest[used..];
        } else if c == '!' && rest[1..].starts_with('[') {
            return Err(MarkupError {
                position: position(rest),
                problem: "an image".into(),
                expected: "text, links and line breaks only".into(),
            });
        } else if let Some(written) = reference(rest) {
            let name = &written[1..written.len() - 1];
            let Some(&(name, text)) = ENTITIES.iter().find(|(n, _)| *n == name) else {
                return Err(MarkupError {
                    position: position(rest),
                    problem: format!("unsupported character reference `{written}`"),
                    expected: format!(
                        "one of {} as the only character references",
                        ENTITIES
                            .iter()
                            .map(|(n, _)| format!("`&{n};`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                });
            };
            flush(&mut plain, &mut line);
            line.push(Inline::Entity { name, text });
            rest = &rest[written.len()..];
        } else if c == ']' {
            return Err(MarkupError {
                position: position(rest),
                problem: "a `]` that closes no link".into(),
                expected: "brackets only around link texts".into(),
            });
        } else {
            plain.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    flush(&mut plain, &mut line);
    lines.push(line);
    Ok(Markup::new(lines))
}

/// The character reference (`&name;`, `&#123;`, `&#x1F;`; a name of at most 32 letters and
/// digits) at the start of `s`, as written.
fn reference(s: &str) -> Option<&str> {
    let bytes = s.as_bytes();
    if bytes.first() != Some(&b'&') {
        return None;
    }
    let mut i = 1;
    if bytes.get(i) == Some(&b'#') {
        i += 1;
    }
    let start = i;
    while i < bytes.len() && i - start < 32 && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    (i > start && bytes.get(i) == Some(&b';')).then(|| &s[..=i])
}

fn unclosed(position: usize, what: &str) -> MarkupError {
    MarkupError {
        position,
        problem: format!("`{what}` is never closed"),
        expected: format!("a closing `{what}` on the same line"),
    }
}

/// Text inside bold or a link may not hold further markup.
fn check_plain(inner: &str, position: usize) -> Result<(), MarkupError> {
    // A byte loop; the bytes sought are ASCII, so where one is found is a character boundary.
    // A character reference counts as markup too; an `&` that starts none is text.
    let bytes = inner.as_bytes();
    let mut i = 0;
    while i < bytes.len()
        && !matches!(bytes[i], b'<' | b'[' | b']' | b'`' | b'*')
        && !(bytes[i] == b'&' && reference(&inner[i..]).is_some())
    {
        i += 1;
    }
    match (i < bytes.len()).then_some(i) {
        Some(i) => Err(MarkupError {
            position: position + inner[..i].chars().count(),
            problem: format!("markup inside markup (`{}`)", &inner[i..=i]),
            expected: "plain text inside bold text and link texts".into(),
        }),
        None if inner.trim().is_empty() => Err(MarkupError {
            position,
            problem: "an empty bold or link text".into(),
            expected: "some text".into(),
        }),
        None => Ok(()),
    }
}

/// `[text](url)` at the start of `s`: the text, the url, and the bytes used.
fn link(s: &str) -> Option<(&str, &str, usize)> {
    let close = s.find(']')?;
    let after = &s[close + 1..];
    let url_part = after.strip_prefix('(')?;
    let end = url_part.find(')')?;
    let url = &url_part[..end];
    if url.is_empty() || has_whitespace(url) {
        return None;
    }
    Some((&s[1..close], url, close + 1 + 1 + end + 1))
}

/// Whether `text` holds white space (`char::is_whitespace`). ASCII text is tested a byte at
/// a time.
pub fn has_whitespace(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' => return true,
            // From the first non-ASCII character on, Unicode decides (it is at a boundary:
            // every byte before it is ASCII).
            0x80.. => return text[i..].contains(char::is_whitespace),
            _ => i += 1,
        }
    }
    false
}

fn resolve(url: &str, base: LinkBase<'_>) -> Result<String, String> {
    if url.starts_with("https://") {
        Ok(url.to_owned())
    } else if url.starts_with("http://") {
        Err(format!("the link `{url}` is not https"))
    } else if url.starts_with("//") || has_scheme(url) {
        Err(format!("the link `{url}` has an unsupported scheme"))
    } else if let Some(anchor) = url.strip_prefix('#') {
        match base.page {
            Some(page) if !anchor.is_empty() => Ok(format!("{page}#{anchor}")),
            Some(_) => Err(format!("the link `{url}` names no anchor")),
            None => Err(format!(
                "the link `{url}` points into a page this table's texts come from several of"
            )),
        }
    } else if let Some(path) = url.strip_prefix('/') {
        let site = base.site.strip_suffix('/').unwrap_or(base.site);
        Ok(format!("{site}/{path}"))
    } else {
        let (file, anchor) = url
            .split_once('#')
            .map_or((url, None), |(f, a)| (f, Some(a)));
        let Some(name) = file.strip_suffix(".md") else {
            return Err(format!("the relative link `{url}` names no `.md` page"));
        };
        if name.is_empty() || name.contains('/') || name.contains('.') {
            return Err(format!("the relative link `{url}` leaves its folder"));
        }
        Ok(match anchor {
            Some(anchor) => format!("{}{name}#{anchor}", base.folder),
            None => format!("{}{name}", base.folder),
        })
    }
}

/// Whether `url` holds `://`. Its `:` are found with `find` (a `memchr`), not with a `&str`
/// pattern, which is slow to set up.
fn has_scheme(url: &str) -> bool {
    let mut rest = url;
    while let Some(at) = rest.find(':') {
        rest = &rest[at + 1..];
        if rest.starts_with("//") {
            return true;
        }
    }
    false
}

/// Escapes text for Markdown: every ASCII punctuation character that Markdown could read as
/// syntax is backslash-escaped, and bare URLs become autolinks.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    // Plain text is copied in runs up to the next byte that needs attention: the test of a
    // byte is one table load, and the rarer tests (a URL, a doubled `.` or `-`) run only on
    // their bytes.
    static SPECIAL: [bool; 256] = {
        let mut table = [false; 256];
        let bytes = b"h\"'.-\\`*_[]<>#!|~&+{}";
        let mut i = 0;
        while i < bytes.len() {
            table[bytes[i] as usize] = true;
            i += 1;
        }
        table
    };
    let bytes = text.as_bytes();
    // `run` is where the text not yet copied starts; every `SPECIAL` byte is ASCII, so both
    // `run` and `i` are character boundaries wherever text is sliced.
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !SPECIAL[b as usize] {
            i += 1;
            continue;
        }
        match b {
            // `h` is common: the slice for a URL is made only after its first bytes match.
            b'h' if bytes[i..].starts_with(b"http") && {
                let rest = &bytes[i + 4..];
                rest.starts_with(b"s://") || rest.starts_with(b"://")
            } =>
            {
                let rest = &text[i..];
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                let url = &rest[..end];
                if url.contains(['<', '>']) {
                    i += 1;
                    continue;
                }
                out.push_str(&text[run..i]);
                out.push('<');
                out.push_str(url);
                out.push('>');
                i += end;
                run = i;
            }
            // rustdoc's smart punctuation would turn straight quotes into curly ones, `...`
            // into an ellipsis and `--` into a dash; escaped, they stay as the vendor wrote
            // them.
            b'"' | b'\'' => {
                out.push_str(&text[run..i]);
                out.push('\\');
                out.push(char::from(b));
                i += 1;
                run = i;
            }
            b'.' | b'-' if bytes.get(i + 1) == Some(&b) => {
                out.push_str(&text[run..i]);
                out.push('\\');
                out.push(char::from(b));
                i += 1;
                run = i;
            }
            b'h' | b'.' | b'-' => i += 1,
            _ => {
                out.push_str(&text[run..i]);
                escape_char(&mut out, char::from(b));
                i += 1;
                run = i;
            }
        }
    }
    out.push_str(&text[run..]);
    out
}

fn escape_char(out: &mut String, c: char) {
    if matches!(
        c,
        '\\' | '`'
            | '*'
            | '_'
            | '['
            | ']'
            | '<'
            | '>'
            | '#'
            | '!'
            | '|'
            | '~'
            | '&'
            | '+'
            | '{'
            | '}'
    ) {
        out.push('\\');
    }
    out.push(c);
}

/// Escapes what would make the start of a line a block: a list marker (`-`, `1.`, `1)`), a
/// thematic break or a setext underline.
fn escape_line_start(line: String) -> String {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if line.starts_with(['-', '=']) {
        format!("\\{line}")
    } else if digits > 0 && line[digits..].starts_with(['.', ')']) {
        format!("{}\\{}", &line[..digits], &line[digits..])
    } else {
        line
    }
}

/// A line that is a list item: its marker (`-` or `N.`) and the rest.
fn list_marker(line: &[Inline]) -> Option<(String, Vec<Inline>)> {
    // Most lines are no list item: they are told apart before the line is copied.
    let Some(Inline::Text(first)) = line.first() else {
        return None;
    };
    let trimmed = first.trim_start();
    if !trimmed.starts_with("- ") && !trimmed.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut line = line.to_vec();
    let Some(Inline::Text(first)) = line.first_mut() else {
        return None;
    };
    let trimmed = first.trim_start();
    let (marker, rest) = if let Some(rest) = trimmed.strip_prefix("- ") {
        ("-".to_owned(), rest)
    } else {
        let digits = trimmed.len()
            - trimmed
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        let rest = trimmed[digits..].strip_prefix(". ")?;
        if digits == 0 {
            return None;
        }
        (format!("{}.", &trimmed[..digits]), rest)
    };
    *first = rest.to_owned();
    Some((marker, line))
}

impl Markup {
    /// The markup of these lines.
    pub fn new(lines: Vec<Vec<Inline>>) -> Markup {
        let plain = render_plain(&lines);
        Markup { lines, plain }
    }

    /// Plain text: no Markdown, no HTML. One line per source line, trimmed, empty lines dropped;
    /// list items keep their `- ` or `1. ` marker.
    pub fn plain(&self) -> &str {
        &self.plain
    }

    /// The first sentence of the [plain](Self::plain) text, for a one-line message. Where that
    /// sentence is the whole text and holds a link (the text only points elsewhere, "see
    /// [X](url)."), each link's URL follows its text in parentheses: the sentence alone would
    /// name a page without saying where it is.
    pub fn one_line(&self) -> String {
        let plain = self.plain();
        let sentence = first_sentence(plain);
        let links = self.lines.iter().flatten();
        let has_link = links.clone().any(|i| matches!(i, Inline::Link { .. }));
        if sentence.len() < plain.len() || !has_link {
            return sentence.to_owned();
        }
        let mut text = String::new();
        for inline in links {
            match inline {
                Inline::Text(s) | Inline::Strong(s) | Inline::Code(s) => text.push_str(s),
                Inline::Entity { text: t, .. } => text.push_str(t),
                Inline::Link { text: t, url } => {
                    text.push_str(t);
                    text.push_str(" (");
                    text.push_str(url);
                    text.push(')');
                }
            }
        }
        text.trim().to_owned()
    }

    /// Every link, in order, as `(text, absolute url)`.
    pub fn links(&self) -> Vec<(String, String)> {
        self.lines
            .iter()
            .flatten()
            .filter_map(|inline| match inline {
                Inline::Link { text, url } => Some((text.clone(), url.clone())),
                _ => None,
            })
            .collect()
    }

    /// Markdown for rustdoc: each plain line a paragraph, list items grouped into lists, text
    /// escaped, links absolute.
    pub fn markdown(&self) -> String {
        let mut blocks: Vec<String> = Vec::new();
        let mut list: Vec<String> = Vec::new();
        for line in &self.lines {
            if line
                .iter()
                .all(|i| matches!(i, Inline::Text(s) if s.trim().is_empty()))
            {
                continue;
            }
            if let Some((marker, rest)) = list_marker(line) {
                list.push(format!("{marker} {}", render_inlines(&rest)));
            } else {
                if !list.is_empty() {
                    blocks.push(std::mem::take(&mut list).join("\n"));
                }
                blocks.push(render_inlines(line));
            }
        }
        if !list.is_empty() {
            blocks.push(list.join("\n"));
        }
        blocks.join("\n\n")
    }
}

/// The lines as [`Markup::plain`] gives them.
fn render_plain(lines: &[Vec<Inline>]) -> String {
    let mut plain = String::new();
    for line in lines {
        let mut text = String::new();
        for inline in line {
            match inline {
                Inline::Text(s) | Inline::Strong(s) | Inline::Code(s) => text.push_str(s),
                Inline::Entity { text: t, .. } => text.push_str(t),
                Inline::Link { text: t, .. } => text.push_str(t),
            }
        }
        let text = text.trim();
        if !text.is_empty() {
            if !plain.is_empty() {
                plain.push('\n');
            }
            plain.push_str(text);
        }
    }
    plain
}

fn render_inlines(line: &[Inline]) -> String {
    let mut out = String::new();
    for inline in line {
        match inline {
            Inline::Text(s) => out.push_str(&escape_markdown(s)),
            Inline::Strong(s) => {
                out.push_str("**");
                out.push_str(&escape_markdown(s));
                out.push_str("**");
            }
            Inline::Code(s) => {
                out.push('`');
                out.push_str(s);
                out.push('`');
            }
            Inline::Entity { name, .. } => {
                out.push('&');
                out.push_str(name);
                out.push(';');
            }
            Inline::Link { text, url } => {
                out.push('[');
                out.push_str(&escape_markdown(text));
                out.push_str("](");
                out.push_str(&url.replace('(', "%28").replace(')', "%29"));
                out.push(')');
            }
        }
    }
    escape_line_start(out.trim().to_owned())
}

/// The first sentence of `text`: up to the end of its first line, or to the first `.`, `!` or
/// `?` that is followed by a space and a word that does not start in lower case (so that
/// "e.g. a" and "1.5" do not end a sentence), whichever comes first. Surrounding spaces are
/// dropped.
pub fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    let line = text.lines().next().unwrap_or_default();
    // Each of `.`, `!` and `?` is found with `find` (a `memchr`) and sought again only once
    // passed, and only the byte after each is tested.
    const ENDS: [char; 3] = ['.', '!', '?'];
    let bytes = line.as_bytes();
    let mut next = ENDS.map(|end| line.find(end));
    while let Some(end) = next.iter().flatten().min().copied() {
        let space = end + 1;
        if bytes.get(space) == Some(&b' ') {
            let following = line[space..].trim_start().chars().next();
            if following.is_some_and(|c| !c.is_lowercase()) {
                return &line[..space];
            }
        }
        for (position, sought) in next.iter_mut().zip(ENDS) {
            if *position == Some(end) {
                *position = line[space..].find(sought).map(|at| space + at);
            }
        }
    }
    line.trim_end()
}
