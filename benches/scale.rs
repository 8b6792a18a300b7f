//! The generator and the perfect hash at 1, 10 and 100 times the Power Automate table, with the
//! Dataverse table (4,059 rows), and a 100,000-key stress set.
//!
//! ```text
//! cargo bench --bench scale
//! ```
//!
//! - `generate`: the build script's steps (read, validate, emit) on one table, in-process: the
//!   build script's own time for that catalog.
//! - `construct`: the perfect hash of `build/phash.rs` beside `phf_codegen` (what the public
//!   `phf` maps are built with) on the same keys.
//! - `lookup`: exact hits in random order on a table built at run time with the same code the
//!   generated tables use (`src/lookup.rs`), at every size.
//!
//! Each size's load factor is printed once.

#![allow(dead_code)]

#[path = "../build/mod.rs"]
mod generator;
#[path = "../src/lookup.rs"]
mod lookup;

use generator::{catalogs, describe, emit, hash, phash, table, validate};

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn data(file: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap()
}

/// The Power Automate table `times` times over: copy `j > 0` appends `V{j}` to each code, to
/// its former codes and to the codes its `replaced_by` names.
fn scaled_power_automate(times: usize) -> String {
    let text = data("data/power_automate.csv");
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let renamed: Vec<usize> = ["code", "replaced_by", "former_codes"]
        .iter()
        .map(|name| header.iter().position(|h| h == *name).unwrap())
        .collect();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&header).unwrap();
    for j in 0..times {
        for record in &records {
            let mut cells: Vec<String> = record.iter().map(str::to_owned).collect();
            if j > 0 {
                for &i in &renamed {
                    if !cells[i].is_empty() {
                        cells[i] = cells[i]
                            .split(';')
                            .map(|c| format!("{c}V{j}"))
                            .collect::<Vec<_>>()
                            .join(";");
                    }
                }
            }
            writer.write_record(&cells).unwrap();
        }
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

/// The steps of the build script for one catalog.
fn generate(catalog: &'static describe::Catalog, text: &str) -> emit::Generated {
    let header: Vec<&'static str> = catalog.columns.iter().map(|c| c.name).collect();
    let table = table::read(catalog.file, text.as_bytes(), &header).unwrap();
    let valid = validate::validate(catalog, table).unwrap();
    let vocabularies: Vec<&describe::Vocabulary> = catalogs::VOCABULARIES
        .iter()
        .filter(|(module, _)| *module == catalog.module)
        .map(|(_, v)| *v)
        .collect();
    emit::catalog(&valid, &vocabularies).unwrap()
}

fn key_sets() -> Vec<(String, Vec<String>)> {
    let text = data("data/power_automate.csv");
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let base: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_owned()).collect();
    let codes = |times: usize| -> Vec<String> {
        (0..times)
            .flat_map(|j| {
                base.iter().map(move |c| {
                    if j == 0 {
                        c.clone()
                    } else {
                        format!("{c}V{j}")
                    }
                })
            })
            .collect()
    };
    let stress: Vec<String> = (0..100_000)
        .map(|i| format!("SyntheticErrorName{i}Code"))
        .collect();
    vec![
        ("55".to_owned(), codes(1)),
        ("550".to_owned(), codes(10)),
        ("5500".to_owned(), codes(100)),
        ("100000".to_owned(), stress),
    ]
}

fn bench_generate(c: &mut Criterion) {
    let mut group = c.benchmark_group("generate");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for times in [1, 10, 100] {
        let text = scaled_power_automate(times);
        group.bench_with_input(
            BenchmarkId::new("power_automate", times * 55),
            &text,
            |b, text| b.iter(|| generate(&catalogs::POWER_AUTOMATE, black_box(text))),
        );
    }
    let dataverse = data("data/dataverse.csv");
    group.bench_function(BenchmarkId::new("dataverse", 4059), |b| {
        b.iter(|| generate(&catalogs::DATAVERSE, black_box(&dataverse)))
    });
    group.finish();
}

fn bench_construct(c: &mut Criterion) {
    let mut group = c.benchmark_group("construct");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for (size, keys) in key_sets() {
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let hash = phash::for_strs(&keys).unwrap();
        eprintln!(
            "{size} keys: {} slots, load factor {:.3}",
            hash.slots.len(),
            hash.load_factor()
        );
        group.bench_with_input(BenchmarkId::new("phash", &size), &keys, |b, keys| {
            b.iter(|| phash::for_strs(black_box(keys)).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("phf_codegen", &size), &keys, |b, keys| {
            b.iter(|| {
                let mut map = phf_codegen::Map::new();
                for k in keys {
                    map.entry(*k, "0");
                }
                black_box(map.build().to_string().len())
            })
        });
    }
    group.finish();
}

fn bench_lookup(c: &mut Criterion) {
    let mut group = c.benchmark_group("lookup");
    for (size, keys) in key_sets() {
        let keys: Vec<&'static str> = keys
            .into_iter()
            .map(|k| &*Box::leak(k.into_boxed_str()))
            .collect();
        let hash = phash::for_strs(&keys).unwrap();
        let slots: Vec<(&'static str, usize)> = hash
            .slots
            .iter()
            .map(|s| s.map_or(("", 0), |i| (keys[i], i)))
            .collect();
        let table = lookup::StrTable {
            seed: hash.seed,
            scheme: hash.scheme,
            min_len: keys.iter().map(|k| k.len()).min().unwrap(),
            max_len: keys.iter().map(|k| k.len()).max().unwrap(),
            tags: Box::leak(phash::str_tags(&hash, &keys).into_boxed_slice()),
            pilots: Box::leak(hash.pilots.clone().into_boxed_slice()),
            slots: Box::leak(slots.into_boxed_slice()),
        };
        // 4096 hits in a fixed pseudo-random order.
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        let inputs: Vec<&str> = (0..4096)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                keys[(state % keys.len() as u64) as usize]
            })
            .collect();
        group.bench_with_input(BenchmarkId::new("hit", &size), &inputs, |b, inputs| {
            let mut i = 0;
            b.iter(|| {
                i = (i + 1) & 4095;
                table.get(black_box(inputs[i]))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_generate, bench_construct, bench_lookup);
criterion_main!(benches);
