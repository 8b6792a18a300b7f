//! A fixed number of lookups for `valgrind --tool=callgrind`, which counts instructions
//! exactly: on a shared, noisy machine an instruction count repeats where a time does not.
//!
//! ```text
//! cargo bench --all-features --bench instructions --no-run
//! valgrind --tool=callgrind --toggle-collect='instructions::measure*' \
//!     target/release/deps/instructions-<hash> power_automate_code 102400
//! ```
//!
//! Each lookup kind runs `N` lookups (a multiple of 4096) of hits drawn at random from its catalog (ignore-case
//! lookups in random letter case) inside `measure`, the only function callgrind counts; the
//! count divided by `N` is the cost of one lookup plus the loop (`floor` is the loop alone).
//! Every kind has 4096 inputs (for the 7 logon statuses too, each input drawn from them).
//! Run without valgrind, it prints the same count of hits, as a check that the inputs hit.

use std::hint::black_box;

use rpa_error_codes::{OrchestratorCode, PowerAutomateError, windows_logon::LogonStatus};

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

/// `n` lookups of `inputs` in turn; the count of hits. Never inlined, so that callgrind can
/// count it alone.
#[inline(never)]
fn measure<I: Copy, T>(inputs: &[I], n: usize, lookup: impl Fn(I) -> Option<T>) -> usize {
    let mut hits = 0;
    for _ in 0..n / inputs.len() {
        for input in inputs {
            hits += usize::from(lookup(black_box(*input)).is_some());
        }
    }
    hits
}

fn draws<T: Clone>(items: &[T], rng: &mut Rng) -> Vec<T> {
    (0..4096)
        .map(|_| items[rng.below(items.len())].clone())
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let kind = args.get(1).map_or("power_automate_code", String::as_str);
    let n: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(102_400);
    let mut rng = Rng(1);
    let pa: Vec<&str> = PowerAutomateError::ALL.iter().map(|e| e.code()).collect();
    let pa_case: Vec<String> = draws(&pa, &mut rng)
        .into_iter()
        .map(|c| rng.random_case(c))
        .collect();
    let pa_case: Vec<&str> = pa_case.iter().map(String::as_str).collect();
    let orch: Vec<u16> = OrchestratorCode::ALL.iter().map(|c| c.code()).collect();
    let orch_names: Vec<&str> = OrchestratorCode::ALL.iter().map(|c| c.name()).collect();
    let logon_hex: Vec<String> = LogonStatus::ALL
        .iter()
        .map(|s| format!("{:#010x}", s.code() as u32))
        .collect();
    let logon_dec: Vec<String> = LogonStatus::ALL
        .iter()
        .map(|s| s.code().to_string())
        .collect();
    let logon_names: Vec<&str> = LogonStatus::ALL.iter().map(|s| s.name()).collect();
    let hits = match kind {
        "floor" => measure(&draws(&pa, &mut rng), n, |s: &str| Some(s.len())),
        "power_automate_code" => measure(&draws(&pa, &mut rng), n, PowerAutomateError::from_code),
        "power_automate_code_ignore_case" => {
            measure(&pa_case, n, PowerAutomateError::from_code_ignore_ascii_case)
        }
        "orchestrator_u16" => measure(&draws(&orch, &mut rng), n, OrchestratorCode::from_u16),
        "orchestrator_name" => measure(
            &draws(&orch_names, &mut rng),
            n,
            OrchestratorCode::from_name,
        ),
        "logon_i32" => {
            let codes: Vec<i32> = LogonStatus::ALL.iter().map(|s| s.code()).collect();
            measure(&draws(&codes, &mut rng), n, LogonStatus::from_i32)
        }
        "logon_hex" => measure(
            &draws(&logon_hex, &mut rng)
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            n,
            LogonStatus::from_code,
        ),
        "logon_decimal" => measure(
            &draws(&logon_dec, &mut rng)
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            n,
            LogonStatus::from_code,
        ),
        "logon_name" => measure(&draws(&logon_names, &mut rng), n, LogonStatus::from_name),
        #[cfg(feature = "dataverse")]
        other => dataverse(other, n, &mut rng),
        #[cfg(not(feature = "dataverse"))]
        other => {
            eprintln!("unknown lookup {other:?} (the dataverse lookups need --features dataverse)");
            std::process::exit(2);
        }
    };
    println!("{kind}: {hits} hits of {n}");
}

#[cfg(feature = "dataverse")]
fn dataverse(kind: &str, n: usize, rng: &mut Rng) -> usize {
    use rpa_error_codes::dataverse::DataverseError;
    let all = DataverseError::ALL;
    match kind {
        "dataverse_hresult" => {
            let codes: Vec<u32> = all.iter().map(|e| e.hresult()).collect();
            measure(&draws(&codes, rng), n, DataverseError::from_hresult)
        }
        "dataverse_hex" | "dataverse_decimal" => {
            let texts: Vec<String> = all
                .iter()
                .map(|e| {
                    if kind == "dataverse_hex" {
                        format!("{:#010x}", e.hresult())
                    } else {
                        (e.hresult() as i32).to_string()
                    }
                })
                .collect();
            let texts = draws(&texts, rng);
            measure(
                &texts.iter().map(String::as_str).collect::<Vec<_>>(),
                n,
                DataverseError::from_code,
            )
        }
        "dataverse_name" => {
            let names: Vec<&str> = all.iter().map(|e| e.name()).collect();
            measure(&draws(&names, rng), n, DataverseError::from_name)
        }
        other => {
            eprintln!("unknown lookup {other:?}");
            std::process::exit(2);
        }
    }
}
