//! Plain text (a log, a console transcript, a pasted post, a body that is not valid JSON): every
//! code [`rpa_error_codes::scan`] finds in it, with where it stood (`name:line:column`) and
//! the line it stands in, cut to the width; each code is explained the first time it is found.
//!
//! The text is read a line at a time and the output written after each line, so a log of any
//! size is read in bounded memory and the answer starts before the input ends. A line longer
//! than [`MAX_LINE`] is read in pieces of that size, each scanned on its own.

use std::collections::HashSet;
use std::io::{self, BufRead, Read as _};

use rpa_error_codes::{AnyCode, scan};
use serde_json::json;

use crate::code::{code_json, explain};
use crate::render::Out;
use crate::{Status, say, write_out};

/// The longest piece of a line read at once.
pub const MAX_LINE: u64 = 1 << 20;

/// What the codes found so far are, so that each is explained once.
#[derive(Default)]
pub struct Seen {
    codes: HashSet<AnyCode>,
    finds: usize,
}

impl Seen {
    /// The status once the text is read: no code in it is a code not found (1).
    pub fn status(&self) -> Status {
        if self.finds == 0 {
            Status::Unknown
        } else {
            Status::Found
        }
    }
}

/// Scans `reader` as the text of `name`; `Err` when it cannot be read or the output written.
pub fn scan_reader(
    out: &mut Out,
    name: &str,
    mut reader: impl BufRead,
    skipped_lines: usize,
    seen: &mut Seen,
) -> io::Result<()> {
    let mut buffer = Vec::new();
    let mut number = skipped_lines;
    let mut continued = false;
    loop {
        buffer.clear();
        let read = reader
            .by_ref()
            .take(MAX_LINE)
            .read_until(b'\n', &mut buffer)?;
        if read == 0 {
            return Ok(());
        }
        if !continued {
            number += 1;
        }
        continued = buffer.last() != Some(&b'\n');
        let line = String::from_utf8_lossy(&buffer);
        scan_line(out, name, number, line.trim_end_matches(['\n', '\r']), seen);
        write_out(out)?;
    }
}

/// Explains the codes of `text`, already read, as the text of `name`.
pub fn scan_text(out: &mut Out, name: &str, text: &str, seen: &mut Seen) {
    for (index, line) in text.lines().enumerate() {
        scan_line(out, name, index + 1, line, seen);
    }
}

/// Says where each code of `line` stands, and explains the ones not seen before.
fn scan_line(out: &mut Out, name: &str, number: usize, line: &str, seen: &mut Seen) {
    for found in scan(line) {
        seen.finds += 1;
        let column = 1 + line[..found.span.start].chars().count();
        let spelling = &line[found.span.clone()];
        let first = seen.codes.insert(found.code);
        if out.json {
            let mut object = code_json(found.code, Some(spelling), None);
            if let Some(map) = object.as_object_mut() {
                map.insert(
                    "found".into(),
                    json!({"in": name, "line": number, "column": column, "text": line.trim()}),
                );
            }
            out.json_line(&object);
            continue;
        }
        out.heading(&format!(
            "{name}:{number}:{column}: {spelling} ({})",
            found.code.catalog()
        ));
        out.cut_line(&format!("  {}", line.trim()), None);
        if first {
            explain(out, found.code);
        } else {
            out.line("  (explained above)", 2);
        }
    }
}

/// Scans the files of `--scan`, in order.
pub fn scan_files(out: &mut Out, files: &[std::path::PathBuf], seen: &mut Seen) -> Status {
    for file in files {
        let name = file.display().to_string();
        let result = if name == "-" {
            scan_reader(out, "standard input", io::stdin().lock(), 0, seen)
        } else {
            std::fs::File::open(file)
                .and_then(|f| scan_reader(out, &name, io::BufReader::new(f), 0, seen))
        };
        if let Err(e) = result {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return Status::Found;
            }
            say!("explain: cannot read {name}: {e}");
            return Status::Failed;
        }
    }
    Status::Found
}
