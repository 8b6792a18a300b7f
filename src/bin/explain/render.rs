//! The text output: one fact a line under its label, wrapped to the terminal's width, with
//! continuation lines under the value and URLs never broken; colour for labels and retry
//! classes (written as ANSI styles, removed on output when colour is off).

use std::fmt::Write as _;

use anstyle::{AnsiColor, Style};
use rpa_error_codes::RetryClass;
use serde_json::Value;

use crate::args::ColorWhen;

/// Where a value starts: two spaces, the label, its colon, padding.
pub const VALUE_COLUMN: usize = 20;

/// The narrowest width text is wrapped to, whatever the terminal says.
const MIN_WIDTH: usize = VALUE_COLUMN + 20;

const LABEL: Style = Style::new().bold();
const HEADING: Style = Style::new().bold().underline();

/// The colour of a retry class: what a reader must do stands out.
pub fn retry_style(class: RetryClass) -> Style {
    let color = match class {
        RetryClass::Throttled => AnsiColor::Yellow,
        RetryClass::Transient => AnsiColor::Green,
        RetryClass::NeedsPerson => AnsiColor::Red,
        _ => return Style::new(),
    };
    Style::new().fg_color(Some(color.into())).bold()
}

/// The width to wrap to: `COLUMNS`, else the terminal's, else 80.
fn terminal_width() -> usize {
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0);
    let width = from_env
        .or_else(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
        .unwrap_or(80);
    width.max(MIN_WIDTH)
}

/// The output, text or JSON lines, kept until the end (a usage error prints nothing).
pub struct Out {
    pub json: bool,
    pub verbose: bool,
    pub color: ColorWhen,
    pub width: usize,
    text: String,
    /// Whether an explanation was written (the next one is set off by a blank line).
    written: bool,
}

impl Out {
    pub fn new(json: bool, verbose: bool, color: ColorWhen) -> Self {
        Out {
            json,
            verbose,
            color,
            width: terminal_width(),
            text: String::new(),
            written: false,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Forgets what was written (once it is on standard output).
    pub fn clear(&mut self) {
        self.text.clear();
    }

    /// Text as is (the JSON schema).
    pub fn raw(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// A JSON line.
    pub fn json_line(&mut self, value: &Value) {
        let _ = writeln!(self.text, "{value}");
    }

    /// An empty line.
    pub fn blank(&mut self) {
        self.text.push('\n');
    }

    /// Starts an explanation: a blank line after the one before, then its heading.
    pub fn heading(&mut self, heading: &str) {
        if self.written {
            self.blank();
        }
        self.written = true;
        for line in wrap(heading, self.width, 0, 4) {
            let _ = writeln!(self.text, "{HEADING}{line}{HEADING:#}");
        }
    }

    /// `label: value`, the value wrapped under itself; each line of the value starts a new
    /// line.
    pub fn field(&mut self, label: &str, value: &str) {
        self.styled_field(label, value, None);
    }

    /// A field whose value begins with `lead`, styled.
    pub fn styled_field(&mut self, label: &str, value: &str, lead: Option<(&str, Style)>) {
        let label = format!("{label}:");
        let first = (2 + label.len() + 1).max(VALUE_COLUMN);
        let mut lines = Vec::new();
        // An ordered list is numbered as Markdown renders it: from its first item's number on,
        // whatever the later items' numbers (vendor texts write `1.` for every item).
        let mut next_number: Option<u64> = None;
        for paragraph in value.trim().lines().filter(|l| !l.trim().is_empty()) {
            let renumbered;
            let paragraph = match ordered_item(paragraph) {
                Some((number, text)) => {
                    let number = next_number.unwrap_or(number);
                    next_number = Some(number + 1);
                    renumbered = format!("{number}. {text}");
                    renumbered.as_str()
                }
                None => {
                    next_number = None;
                    paragraph
                }
            };
            let start = if lines.is_empty() {
                first
            } else {
                VALUE_COLUMN
            };
            // A list item's continuation lines go under its text, not under its marker.
            let marker = list_marker(paragraph);
            let wrapped = wrap(paragraph, self.width, start, VALUE_COLUMN + marker);
            for (index, line) in wrapped.into_iter().enumerate() {
                match index {
                    0 => lines.push(line),
                    _ => lines.push(format!("{:marker$}{line}", "")),
                }
            }
        }
        for (index, line) in lines.iter().enumerate() {
            if index == 0 {
                let pad = first - 2 - label.len();
                let _ = write!(self.text, "  {LABEL}{label}{LABEL:#}{:pad$}", "");
                match lead.filter(|(lead, _)| line.starts_with(lead)) {
                    Some((lead, style)) => {
                        let rest = &line[lead.len()..];
                        let _ = writeln!(self.text, "{style}{lead}{style:#}{rest}");
                    }
                    None => {
                        let _ = writeln!(self.text, "{line}");
                    }
                }
            } else {
                let _ = writeln!(self.text, "{:VALUE_COLUMN$}{line}", "");
            }
        }
    }

    /// Links under a label: each one's text, then its URL on a line of its own.
    pub fn links(&mut self, label: &str, links: &[(String, String)]) {
        for (index, (text, url)) in links.iter().enumerate() {
            let label = if index == 0 { label } else { "" };
            if label.is_empty() {
                for line in wrap(text, self.width, VALUE_COLUMN, VALUE_COLUMN) {
                    let _ = writeln!(self.text, "{:VALUE_COLUMN$}{line}", "");
                }
            } else {
                self.field(label, text);
            }
            self.url(url);
        }
    }

    /// A URL on a line of its own, under the values.
    pub fn url(&mut self, url: &str) {
        let _ = writeln!(self.text, "{:VALUE_COLUMN$}{url}", "");
    }

    /// A sentence about what is explained, indented and wrapped.
    pub fn note(&mut self, text: &str) {
        for line in wrap(text, self.width, 2, 2) {
            let _ = writeln!(self.text, "  {line}");
        }
    }

    /// An item of a table (`--help`): `label` at column 2, `text` wrapped at `column` (on the
    /// next line when the label is too wide for it).
    pub fn item(&mut self, label: &str, text: &str, column: usize) {
        let mut lines = wrap(text, self.width, column, column).into_iter();
        if 2 + label.chars().count() < column {
            let first = lines.next().unwrap_or_default();
            let pad = column - 2 - label.chars().count();
            let _ = writeln!(self.text, "  {label}{:pad$}{first}", "");
        } else {
            let _ = writeln!(self.text, "  {label}");
        }
        for line in lines {
            let _ = writeln!(self.text, "{:column$}{line}", "");
        }
    }

    /// A line as is, wrapped with its continuation lines indented by `indent`.
    pub fn line(&mut self, text: &str, indent: usize) {
        for (index, line) in wrap(text, self.width, 0, indent).iter().enumerate() {
            let pad = if index == 0 { 0 } else { indent };
            let _ = writeln!(self.text, "{:pad$}{line}", "");
        }
    }

    /// A line cut to the width (`--list`), marked `...` where cut; the first `styled` bytes
    /// styled.
    pub fn cut_line(&mut self, text: &str, styled: Option<(usize, Style)>) {
        let line = match text.char_indices().nth(self.width) {
            Some(_) => {
                let keep = self.width - 3;
                let end = text.char_indices().nth(keep).map_or(text.len(), |(i, _)| i);
                format!("{}...", text[..end].trim_end())
            }
            None => text.to_owned(),
        };
        match styled {
            Some((len, style)) if len <= line.len() && line.is_char_boundary(len) => {
                let (lead, rest) = line.split_at(len);
                let _ = writeln!(self.text, "{style}{lead}{style:#}{rest}");
            }
            _ => {
                let _ = writeln!(self.text, "{line}");
            }
        }
    }
}

/// The number and the text of an ordered list item (`3. text`), or `None`.
fn ordered_item(line: &str) -> Option<(u64, &str)> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let text = line[digits..].strip_prefix(". ")?;
    Some((line[..digits].parse().ok()?, text))
}

/// The width of a list item's marker (`- `, `1. `) at the start of `line`, or 0.
fn list_marker(line: &str) -> usize {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &line[digits..];
    match (digits, rest.as_bytes()) {
        (0, [b'-' | b'*', b' ', ..]) => 2,
        (1.., [b'.' | b')', b' ', ..]) => digits + 2,
        _ => 0,
    }
}

/// The lines of `text` wrapped to `width`, the first starting at column `first`, the others
/// at `rest` (the returned lines hold no indentation). Words are never broken, so a URL is
/// whole on its line even when it is wider than the terminal.
fn wrap(text: &str, width: usize, first: usize, rest: usize) -> Vec<String> {
    let (first_indent, rest_indent) = (" ".repeat(first), " ".repeat(rest));
    let options = textwrap::Options::new(width)
        .initial_indent(&first_indent)
        .subsequent_indent(&rest_indent)
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
    textwrap::wrap(text.trim_end(), &options)
        .into_iter()
        .enumerate()
        .map(|(index, line)| {
            let indent = if index == 0 { first } else { rest };
            line.get(indent..).unwrap_or_default().to_owned()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_hyphenated_words_are_never_broken() {
        let url = "https://learn.microsoft.com/troubleshoot/power-platform/power-automate/x-y-z";
        let lines = wrap(&format!("see {url} for more"), 40, 4, 4);
        assert!(lines.iter().any(|l| l == url), "{lines:?}");
        assert_eq!(
            wrap("a well-known word", 10, 0, 0),
            ["a", "well-known", "word"]
        );
    }
}
