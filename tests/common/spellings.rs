//! Every spelling of every code of this build: the strings `AnyCode::lookup` accepts, as the
//! catalogs document them (hexadecimal in lower and upper case; mixed cases, which the lookups
//! also accept, are left out).

#![allow(dead_code)]

use rpa_error_codes::{AnyCode, OrchestratorCode, PowerAutomateError};

/// Every spelling, each once, sorted.
pub fn spellings() -> Vec<String> {
    let mut all = Vec::new();
    for code in AnyCode::all() {
        all.push(code.as_str().to_owned());
        all.push(code.name().to_owned());
        if let Some(n) = code.number() {
            all.push(n.to_string());
            let hex = n as u32;
            for prefix in ["0x", "0X"] {
                all.push(format!("{prefix}{hex:08x}"));
                all.push(format!("{prefix}{hex:08X}"));
                all.push(format!("{prefix}{hex:x}"));
                all.push(format!("{prefix}{hex:X}"));
            }
        }
    }
    for code in PowerAutomateError::ALL {
        all.extend(code.former_codes().iter().map(|s| s.to_string()));
    }
    for code in OrchestratorCode::ALL {
        all.extend(code.aliases().iter().map(|s| s.to_string()));
        all.extend(code.former_names().iter().map(|s| s.to_string()));
    }
    all.retain(|s| !AnyCode::lookup(s).is_empty());
    all.sort();
    all.dedup();
    all
}
