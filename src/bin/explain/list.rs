//! `--list [CATALOG]`: every code of every catalog, or of one, a line each.

use rpa_error_codes::{AnyCode, Catalog};

use crate::code::code_json;
use crate::render::{Out, retry_style};

/// Lists the codes of `catalog`, or of every catalog this build has: in text, a heading per
/// catalog and a line per code (its retry class, then the code's one-line `Display`), cut to
/// the width; in JSON, one object per code.
pub fn list(out: &mut Out, catalog: Option<Catalog>) {
    for &listed in Catalog::ALL {
        if !listed.is_enabled() || catalog.is_some_and(|c| c != listed) {
            continue;
        }
        let codes = AnyCode::all().filter(|code| code.catalog() == listed);
        if out.json {
            for code in codes {
                out.json_line(&code_json(code, None, None));
            }
            continue;
        }
        let count = codes.clone().count();
        out.heading(&format!(
            "{} ({}): {count} codes",
            listed.title(),
            listed.id()
        ));
        let class_width = "needs_person".len();
        for code in codes {
            let class = code.retry_class();
            let line = format!("{:<class_width$}  {code}", class.as_str());
            out.cut_line(&line, Some((class.as_str().len(), retry_style(class))));
        }
    }
}
