//! Every typed lookup against the alternatives, in the same run.
//!
//! ```text
//! CARGO_TARGET_DIR=target cargo bench --manifest-path benches/lookup/Cargo.toml
//! ```
//!
//! (from the root of the repository: the package shares the crate's target directory).
//!
//! Each benchmark does one lookup per iteration, on inputs taken in turn from a list of 4096:
//!
//! - `cycle`: hits from a short fixed cycle of 8 codes spread over the catalog, which the
//!   branch predictor learns;
//! - `random`: hits drawn at random from the whole catalog (for the ignore-case lookups, in
//!   random letter case), which it cannot learn;
//! - `miss`: strings or numbers that are not codes: typos, other namespaces that travel in the
//!   same fields (Windows statuses, HRESULTs), other casing (exact lookups), random text.
//!
//! The Windows logon statuses and the Dataverse errors are looked up by their code as text
//! (hexadecimal and decimal), by name and by number, on `random` hits and on `miss`es.
//!
//! Before it measures anything, each benchmark checks that the generated alternatives find
//! every key of the catalog as the typed lookup does.
//!
//! The alternatives are the crate's public `phf` maps, a `std` `HashMap` and a `hashbrown` map
//! with `foldhash`, both built once, a generated `match` (what `#[derive(EnumString)]` writes),
//! a linear scan, and `floor`: the same loop with no lookup, the cost of the harness itself.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use rpa_error_codes::phf;

use criterion::{
    BenchmarkGroup, Criterion, criterion_group, criterion_main, measurement::WallTime,
};
use rpa_error_codes::windows_logon::{self, LogonStatus};
use rpa_error_codes::{OrchestratorCode, PowerAutomateError, orchestrator, power_automate};

/// Lookups written the other ways (`match`es, an ignore-case chain, `phf` maps): generated
/// from the crate's public catalog by `build.rs`.
#[rustfmt::skip]
mod alternatives {
    include!(concat!(env!("OUT_DIR"), "/alternatives.rs"));
}

/// How many inputs each benchmark cycles through (a power of two).
const INPUTS: usize = 4096;

#[path = "../../common/rng.rs"]
mod rng;
use rng::Rng;

/// A fixed cycle of 8 items spread evenly over `items` (not the first 8, which would favour a
/// linear scan), repeated.
fn cycle<T: Clone>(items: &[T]) -> Vec<T> {
    let spread: Vec<T> = (0..8)
        .map(|i| items[i * items.len() / 8 + items.len() / 16].clone())
        .collect();
    spread.iter().cycle().take(INPUTS).cloned().collect()
}

/// Each query in an allocation of its own, apart from every table's keys, as text read from a
/// body is: a lookup then reads its key from memory that the query did not bring into the
/// cache (a map built from the query strings themselves would find its key already there).
fn copies<S: AsRef<str>>(inputs: &[S]) -> Vec<String> {
    inputs.iter().map(|s| s.as_ref().to_owned()).collect()
}

fn random_draws<T: Clone>(items: &[T], rng: &mut Rng) -> Vec<T> {
    (0..INPUTS)
        .map(|_| items[rng.below(items.len())].clone())
        .collect()
}

/// Strings that are not keys: typos of keys, other casing, other namespaces, random text.
fn string_misses(keys: &[&str], rng: &mut Rng, other_casing: bool) -> Vec<String> {
    const OTHER: [&str; 6] = [
        "-1073741477",
        "0x80040220",
        "-1073445812",
        "InvalidConnectionCredentials",
        "",
        "x",
    ];
    (0..INPUTS)
        .map(|i| {
            let key = keys[rng.below(keys.len())];
            match i % 4 {
                0 => {
                    let mut bytes = key.as_bytes().to_vec();
                    let at = rng.below(bytes.len());
                    bytes[at] = if bytes[at] == b'q' { b'z' } else { b'q' };
                    String::from_utf8(bytes).unwrap()
                }
                1 if other_casing => key.to_ascii_lowercase(),
                1 => format!("{key}s"),
                2 => OTHER[rng.below(OTHER.len())].to_owned(),
                _ => (0..1 + rng.below(40))
                    .map(|_| (b'A' + rng.below(26) as u8) as char)
                    .collect(),
            }
        })
        .collect()
}

/// Lowercases `s` into `buf` (no allocation), or `None` if it does not fit.
fn lowercase_into<'b>(s: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    let bytes = s.as_bytes();
    let out = buf.get_mut(..bytes.len())?;
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(400))
        .measurement_time(Duration::from_millis(1200))
        .sample_size(40)
}

/// Benchmarks `lookup` on `inputs`, one lookup per iteration.
fn run<I: Copy, T>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    inputs: &[I],
    lookup: impl Fn(I) -> T,
) {
    assert_eq!(inputs.len(), INPUTS);
    group.bench_function(name, |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) & (INPUTS - 1);
            lookup(black_box(inputs[i]))
        })
    });
}

fn power_automate_code(c: &mut Criterion) {
    let mut rng = Rng(1);
    let codes: Vec<&str> = PowerAutomateError::ALL.iter().map(|e| e.code()).collect();
    let std_map: HashMap<&str, PowerAutomateError> = PowerAutomateError::ALL
        .iter()
        .map(|e| (e.code(), *e))
        .collect();
    let brown: hashbrown::HashMap<&str, PowerAutomateError, foldhash::fast::FixedState> =
        PowerAutomateError::ALL
            .iter()
            .map(|e| (e.code(), *e))
            .collect();
    for e in PowerAutomateError::ALL {
        assert_eq!(alternatives::power_automate_match(e.code()), Some(*e));
    }

    let misses = string_misses(&codes, &mut rng, true);
    let sets: [(&str, Vec<String>); 3] = [
        ("cycle", copies(&cycle(&codes))),
        ("random", copies(&random_draws(&codes, &mut rng))),
        ("miss", misses),
    ];
    for (kind, owned) in &sets {
        let inputs: &[&str] = &owned.iter().map(String::as_str).collect::<Vec<_>>();
        let mut g = c.benchmark_group(format!("power_automate_code/{kind}"));
        run(&mut g, "typed", inputs, PowerAutomateError::from_code);
        run(&mut g, "phf", inputs, |s: &str| {
            power_automate::CODES.get(s).copied()
        });
        run(&mut g, "std_hashmap", inputs, |s: &str| {
            std_map.get(s).copied()
        });
        run(&mut g, "hashbrown_foldhash", inputs, |s: &str| {
            brown.get(s).copied()
        });
        run(&mut g, "match", inputs, alternatives::power_automate_match);
        run(&mut g, "linear_scan", inputs, |s: &str| {
            PowerAutomateError::ALL
                .iter()
                .copied()
                .find(|e| e.code() == s)
        });
        run(&mut g, "floor", inputs, |s: &str| s.len());
        g.finish();
    }
}

fn power_automate_code_ignore_case(c: &mut Criterion) {
    let mut rng = Rng(2);
    let codes: Vec<&str> = PowerAutomateError::ALL.iter().map(|e| e.code()).collect();
    let lower: Vec<String> = codes.iter().map(|c| c.to_ascii_lowercase()).collect();
    let std_map: HashMap<&str, PowerAutomateError> = lower
        .iter()
        .map(String::as_str)
        .zip(PowerAutomateError::ALL.iter().copied())
        .collect();
    let brown: hashbrown::HashMap<&str, PowerAutomateError, foldhash::fast::FixedState> = lower
        .iter()
        .map(String::as_str)
        .zip(PowerAutomateError::ALL.iter().copied())
        .collect();

    let cycled: Vec<String> = codes[..8].iter().map(|c| rng.random_case(c)).collect();
    let random: Vec<String> = (0..INPUTS)
        .map(|_| {
            let code = codes[rng.below(codes.len())];
            rng.random_case(code)
        })
        .collect();
    // A generator of its own, so the check leaves the benchmark's inputs as they were.
    let mut check = Rng(0);
    for (code, e) in codes.iter().zip(PowerAutomateError::ALL) {
        for key in [
            code.to_string(),
            code.to_ascii_lowercase(),
            check.random_case(code),
        ] {
            let typed = PowerAutomateError::from_code_ignore_ascii_case(&key);
            assert_eq!(typed, Some(*e), "{key}");
            assert_eq!(
                alternatives::power_automate_match_ignore_ascii_case(&key),
                typed,
                "{key}"
            );
            let mut buf = [0; 64];
            let lower = lowercase_into(&key, &mut buf);
            let found = lower.and_then(|k| alternatives::LOWERCASE_CODES.get(k).copied());
            assert_eq!(found, typed, "{key}");
        }
    }
    let misses = string_misses(&codes, &mut rng, false);
    let sets: [(&str, Vec<String>); 3] = [
        ("cycle", copies(&cycle(&cycled))),
        ("random", random),
        ("miss", misses),
    ];
    for (kind, owned) in &sets {
        let inputs: &[&str] = &owned.iter().map(String::as_str).collect::<Vec<_>>();
        let mut g = c.benchmark_group(format!("power_automate_code_ignore_case/{kind}"));
        run(
            &mut g,
            "typed",
            inputs,
            PowerAutomateError::from_code_ignore_ascii_case,
        );
        run(&mut g, "phf_lowercase_copy", inputs, |s: &str| {
            let mut buf = [0; 64];
            alternatives::LOWERCASE_CODES
                .get(lowercase_into(s, &mut buf)?)
                .copied()
        });
        run(&mut g, "std_hashmap_lowercase_copy", inputs, |s: &str| {
            let mut buf = [0; 64];
            std_map.get(lowercase_into(s, &mut buf)?).copied()
        });
        run(
            &mut g,
            "hashbrown_foldhash_lowercase_copy",
            inputs,
            |s: &str| {
                let mut buf = [0; 64];
                brown.get(lowercase_into(s, &mut buf)?).copied()
            },
        );
        run(
            &mut g,
            "match",
            inputs,
            alternatives::power_automate_match_ignore_ascii_case,
        );
        run(&mut g, "linear_scan", inputs, |s: &str| {
            PowerAutomateError::ALL
                .iter()
                .copied()
                .find(|e| e.code().eq_ignore_ascii_case(s))
        });
        run(&mut g, "floor", inputs, |s: &str| s.len());
        g.finish();
    }
}

fn orchestrator_number(c: &mut Criterion) {
    let mut rng = Rng(3);
    let numbers: Vec<u16> = OrchestratorCode::ALL.iter().map(|c| c.code()).collect();
    let std_map: HashMap<u16, OrchestratorCode> = OrchestratorCode::ALL
        .iter()
        .map(|c| (c.code(), *c))
        .collect();
    let brown: hashbrown::HashMap<u16, OrchestratorCode, foldhash::fast::FixedState> =
        OrchestratorCode::ALL
            .iter()
            .map(|c| (c.code(), *c))
            .collect();
    for n in &numbers {
        assert_eq!(
            alternatives::orchestrator_u16_match(*n),
            OrchestratorCode::from_u16(*n)
        );
    }

    let misses: Vec<u16> = (0..INPUTS)
        .map(|i| match i % 3 {
            0 => 0,
            1 => 1000 + rng.below(1000) as u16,
            _ => rng.next() as u16,
        })
        .map(|n| {
            if OrchestratorCode::from_u16(n).is_some() {
                1005
            } else {
                n
            }
        })
        .collect();
    let sets: [(&str, Vec<u16>); 3] = [
        ("cycle", cycle(&numbers)),
        ("random", random_draws(&numbers, &mut rng)),
        ("miss", misses),
    ];
    for (kind, inputs) in &sets {
        let mut g = c.benchmark_group(format!("orchestrator_number/{kind}"));
        run(&mut g, "typed", inputs, OrchestratorCode::from_u16);
        run(&mut g, "phf", inputs, |n: u16| {
            orchestrator::BY_CODE.get(&n).copied()
        });
        run(&mut g, "std_hashmap", inputs, |n: u16| {
            std_map.get(&n).copied()
        });
        run(&mut g, "hashbrown_foldhash", inputs, |n: u16| {
            brown.get(&n).copied()
        });
        run(
            &mut g,
            "match",
            inputs,
            alternatives::orchestrator_u16_match,
        );
        run(&mut g, "linear_scan", inputs, |n: u16| {
            OrchestratorCode::ALL
                .iter()
                .copied()
                .find(|c| c.code() == n)
        });
        run(&mut g, "binary_search", inputs, |n: u16| {
            let all = OrchestratorCode::ALL;
            all.binary_search_by_key(&n, |c| c.code())
                .ok()
                .map(|i| all[i])
        });
        run(&mut g, "floor", inputs, |n: u16| n);
        g.finish();
    }
}

fn orchestrator_name(c: &mut Criterion) {
    let mut rng = Rng(4);
    let names: Vec<(&str, OrchestratorCode)> = OrchestratorCode::ALL
        .iter()
        .flat_map(|c| {
            std::iter::once(c.name())
                .chain(c.info().aliases.iter().copied())
                .map(move |n| (n, *c))
        })
        .collect();
    let keys: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
    let std_map: HashMap<&str, OrchestratorCode> = names.iter().copied().collect();
    let brown: hashbrown::HashMap<&str, OrchestratorCode, foldhash::fast::FixedState> =
        names.iter().copied().collect();
    for key in &keys {
        let typed = OrchestratorCode::from_name(key);
        assert!(typed.is_some(), "{key}");
        assert_eq!(alternatives::orchestrator_name_match(key), typed, "{key}");
    }

    let misses = string_misses(&keys, &mut rng, true);
    let sets: [(&str, Vec<String>); 3] = [
        ("cycle", copies(&cycle(&keys))),
        ("random", copies(&random_draws(&keys, &mut rng))),
        ("miss", misses),
    ];
    for (kind, owned) in &sets {
        let inputs: &[&str] = &owned.iter().map(String::as_str).collect::<Vec<_>>();
        let mut g = c.benchmark_group(format!("orchestrator_name/{kind}"));
        run(&mut g, "typed", inputs, OrchestratorCode::from_name);
        run(&mut g, "phf", inputs, |s: &str| {
            orchestrator::BY_NAME.get(s).copied()
        });
        run(&mut g, "std_hashmap", inputs, |s: &str| {
            std_map.get(s).copied()
        });
        run(&mut g, "hashbrown_foldhash", inputs, |s: &str| {
            brown.get(s).copied()
        });
        run(
            &mut g,
            "match",
            inputs,
            alternatives::orchestrator_name_match,
        );
        run(&mut g, "linear_scan", inputs, |s: &str| {
            names.iter().find(|(n, _)| *n == s).map(|(_, c)| *c)
        });
        run(&mut g, "floor", inputs, |s: &str| s.len());
        g.finish();
    }
}

/// A map with `foldhash`, as `hashbrown` is used with it.
type Brown<K, V> = hashbrown::HashMap<K, V, foldhash::fast::FixedState>;

/// Misses for a lookup by code text: the other catalog's codes, run codes, near misses.
fn code_misses(codes: &[String], rng: &mut Rng) -> Vec<String> {
    const OTHER: [&str; 6] = ["-1", "0x0", "0", "InvalidCredentials", "", "0x80040220x"];
    (0..INPUTS)
        .map(|i| {
            let code = &codes[rng.below(codes.len())];
            match i % 3 {
                // One digit changed (and found to be no code by the typed lookup's caller).
                0 => {
                    let mut bytes = code.as_bytes().to_vec();
                    let at = bytes.len() - 1 - rng.below(4);
                    bytes[at] = if bytes[at] == b'7' { b'3' } else { b'7' };
                    String::from_utf8(bytes).unwrap()
                }
                1 => OTHER[rng.below(OTHER.len())].to_owned(),
                _ => format!("{}", rng.next() as i32),
            }
        })
        .collect()
}

/// Benchmarks of one catalog's lookups by text against a `match`, a `phf` map, a `hashbrown`
/// map and a binary search of a sorted slice, on `random` hits and `miss`es.
#[allow(clippy::too_many_arguments)]
fn text_lookups<V: Copy + Eq + std::fmt::Debug>(
    c: &mut Criterion,
    group: &str,
    entries: &[(String, V)],
    misses: Vec<String>,
    rng: &mut Rng,
    typed: impl Fn(&str) -> Option<V>,
    matched: impl Fn(&str) -> Option<V>,
    phf_map: &phf::Map<&'static str, V>,
) {
    let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
    let brown: Brown<&str, V> = entries.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let mut sorted: Vec<(&str, V)> = entries.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    sorted.sort_by(|a, b| a.0.cmp(b.0));
    for key in &keys {
        assert!(typed(key).is_some(), "{key}");
        assert_eq!(typed(key), matched(key), "{key}");
        assert_eq!(typed(key), phf_map.get(*key).copied(), "{key}");
    }
    let sets: [(&str, Vec<String>); 2] = [
        ("random", copies(&random_draws(&keys, rng))),
        ("miss", misses),
    ];
    for (kind, owned) in &sets {
        let inputs: &[&str] = &owned.iter().map(String::as_str).collect::<Vec<_>>();
        let mut g = c.benchmark_group(format!("{group}/{kind}"));
        run(&mut g, "typed", inputs, &typed);
        run(&mut g, "phf", inputs, |s: &str| phf_map.get(s).copied());
        run(&mut g, "hashbrown_foldhash", inputs, |s: &str| {
            brown.get(s).copied()
        });
        run(&mut g, "match", inputs, &matched);
        run(&mut g, "binary_search", inputs, |s: &str| {
            sorted
                .binary_search_by(|(k, _)| (*k).cmp(s))
                .ok()
                .map(|i| sorted[i].1)
        });
        run(&mut g, "floor", inputs, |s: &str| s.len());
        g.finish();
    }
}

/// Benchmarks of one catalog's lookup by number, as [`text_lookups`].
#[allow(clippy::too_many_arguments)]
fn number_lookups<K, V>(
    c: &mut Criterion,
    group: &str,
    entries: &[(K, V)],
    misses: Vec<K>,
    rng: &mut Rng,
    typed: impl Fn(K) -> Option<V>,
    matched: impl Fn(K) -> Option<V>,
    phf_map: &phf::Map<K, V>,
) where
    K: Copy + Ord + std::hash::Hash + phf::PhfHash + phf_shared::PhfBorrow<K>,
    V: Copy + Eq,
{
    let keys: Vec<K> = entries.iter().map(|(k, _)| *k).collect();
    let brown: Brown<K, V> = entries.iter().copied().collect();
    let mut sorted: Vec<(K, V)> = entries.to_vec();
    sorted.sort_by_key(|(k, _)| *k);
    for key in &keys {
        assert!(typed(*key).is_some());
        assert!(typed(*key) == matched(*key) && typed(*key) == phf_map.get(key).copied());
    }
    let sets: [(&str, Vec<K>); 2] = [("random", random_draws(&keys, rng)), ("miss", misses)];
    for (kind, inputs) in &sets {
        let mut g = c.benchmark_group(format!("{group}/{kind}"));
        run(&mut g, "typed", inputs, &typed);
        run(&mut g, "phf", inputs, |n: K| phf_map.get(&n).copied());
        run(&mut g, "hashbrown_foldhash", inputs, |n: K| {
            brown.get(&n).copied()
        });
        run(&mut g, "match", inputs, &matched);
        run(&mut g, "binary_search", inputs, |n: K| {
            sorted
                .binary_search_by_key(&n, |(k, _)| *k)
                .ok()
                .map(|i| sorted[i].1)
        });
        run(&mut g, "floor", inputs, |n: K| n);
        g.finish();
    }
}

fn windows_logon(c: &mut Criterion) {
    let mut rng = Rng(5);
    let all = LogonStatus::ALL;
    let hex: Vec<(String, LogonStatus)> = all
        .iter()
        .map(|s| (format!("{:#010x}", s.code() as u32), *s))
        .collect();
    let decimal: Vec<(String, LogonStatus)> =
        all.iter().map(|s| (s.code().to_string(), *s)).collect();
    let names: Vec<(String, LogonStatus)> = all.iter().map(|s| (s.name().to_owned(), *s)).collect();
    let codes: Vec<String> = hex.iter().chain(&decimal).map(|(k, _)| k.clone()).collect();
    let misses = code_misses(&codes, &mut rng);
    let misses: Vec<String> = misses
        .into_iter()
        .map(|m| {
            if LogonStatus::from_code(&m).is_some() {
                "0".to_owned()
            } else {
                m
            }
        })
        .collect();
    text_lookups(
        c,
        "windows_logon_hex",
        &hex,
        misses.clone(),
        &mut rng,
        LogonStatus::from_code,
        alternatives::windows_logon_hex_match,
        &alternatives::LOGON_HEX,
    );
    text_lookups(
        c,
        "windows_logon_decimal",
        &decimal,
        misses,
        &mut rng,
        LogonStatus::from_code,
        alternatives::windows_logon_decimal_match,
        &alternatives::LOGON_DECIMAL,
    );
    let keys: Vec<&str> = names.iter().map(|(k, _)| k.as_str()).collect();
    let misses = string_misses(&keys, &mut rng, true);
    text_lookups(
        c,
        "windows_logon_name",
        &names,
        misses,
        &mut rng,
        LogonStatus::from_name,
        alternatives::windows_logon_name_match,
        &windows_logon::BY_NAME,
    );
    let numbers: Vec<(i32, LogonStatus)> = all.iter().map(|s| (s.code(), *s)).collect();
    let misses: Vec<i32> = (0..INPUTS)
        .map(|_| rng.next() as i32)
        .map(|n| {
            if LogonStatus::from_i32(n).is_some() {
                0
            } else {
                n
            }
        })
        .collect();
    number_lookups(
        c,
        "windows_logon_i32",
        &numbers,
        misses,
        &mut rng,
        LogonStatus::from_i32,
        alternatives::windows_logon_i32_match,
        &windows_logon::BY_CODE,
    );
}

fn dataverse(c: &mut Criterion) {
    use rpa_error_codes::dataverse::{self, DataverseError};
    let mut rng = Rng(6);
    let all = DataverseError::ALL;
    let hex: Vec<(String, DataverseError)> = all
        .iter()
        .map(|e| (format!("{:#010x}", e.hresult()), *e))
        .collect();
    let decimal: Vec<(String, DataverseError)> = all
        .iter()
        .map(|e| ((e.hresult() as i32).to_string(), *e))
        .collect();
    let names: Vec<(String, DataverseError)> =
        all.iter().map(|e| (e.name().to_owned(), *e)).collect();
    let codes: Vec<String> = hex.iter().chain(&decimal).map(|(k, _)| k.clone()).collect();
    let misses: Vec<String> = code_misses(&codes, &mut rng)
        .into_iter()
        .map(|m| {
            if DataverseError::from_code(&m).is_some() {
                "0".to_owned()
            } else {
                m
            }
        })
        .collect();
    text_lookups(
        c,
        "dataverse_hex",
        &hex,
        misses.clone(),
        &mut rng,
        DataverseError::from_code,
        alternatives::dataverse_hex_match,
        &alternatives::DATAVERSE_HEX,
    );
    text_lookups(
        c,
        "dataverse_decimal",
        &decimal,
        misses,
        &mut rng,
        DataverseError::from_code,
        alternatives::dataverse_decimal_match,
        &alternatives::DATAVERSE_DECIMAL,
    );
    let keys: Vec<&str> = names.iter().map(|(k, _)| k.as_str()).collect();
    let misses = string_misses(&keys, &mut rng, true);
    text_lookups(
        c,
        "dataverse_name",
        &names,
        misses,
        &mut rng,
        DataverseError::from_name,
        alternatives::dataverse_name_match,
        &dataverse::BY_NAME,
    );
    let numbers: Vec<(u32, DataverseError)> = all.iter().map(|e| (e.hresult(), *e)).collect();
    let misses: Vec<u32> = (0..INPUTS)
        .map(|_| rng.next() as u32 | 0x8000_0000)
        .map(|n| {
            if DataverseError::from_hresult(n).is_some() {
                0
            } else {
                n
            }
        })
        .collect();
    number_lookups(
        c,
        "dataverse_u32",
        &numbers,
        misses,
        &mut rng,
        DataverseError::from_hresult,
        alternatives::dataverse_u32_match,
        &dataverse::BY_HRESULT,
    );
}

criterion_group! {
    name = lookups;
    config = config();
    targets = power_automate_code, power_automate_code_ignore_case, orchestrator_number,
        orchestrator_name, windows_logon, dataverse
}
criterion_main!(lookups);
