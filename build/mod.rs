//! The generator: every catalog of `data/` turned into Rust, by the same named steps.
//!
//! Every catalog is described once in [`catalogs`], and the same steps run on each
//! description: [`table::read`] -> [`validate::validate`] -> [`emit::catalog`] (the enum, its
//! columns, its info, its lookups, its docs and its public surface). [`run`] does that for every
//! enabled catalog and writes the results, with the files shared across catalogs, to `OUT_DIR`.
//! A table with a problem stops the build with one line per problem: file, line, column, what
//! is wrong and what was expected. Nothing here panics on any data.
//!
//! This folder is the generator's one entry point: `build.rs`, the generator tests and the scale
//! benchmark each include it once, with `#[path]`.
//!
//! # The constraint every step is written under
//!
//! Cargo builds a build script unoptimised, for every user, on every first build. So the steps
//! prefer what is cheap without the optimiser: byte loops over `char` predicates and iterator
//! chains (each a call per item at `opt-level = 0`), text written in place rather than made as
//! strings and copied, `static` tables rather than `const` arrays (copied at every use), a fixed
//! handful of allocations. Where a step looks more hand-rolled than it needs to be, this is why.

pub mod catalogs;
pub mod describe;
pub mod emit;
#[path = "../src/hash.rs"]
#[allow(dead_code)]
pub mod hash;
pub mod markup;
pub mod phash;
pub mod table;
pub mod validate;

use std::path::Path;

use describe::Catalog;

/// What the generator reads besides the tables: `build.rs`, this folder (cargo watches a folder
/// as a whole) and the hash functions it shares with the library.
pub const INPUTS: [&str; 3] = ["build.rs", "build", "src/hash.rs"];

/// Generates every catalog `enabled` accepts, and the files shared across catalogs, into
/// `out_dir`. Every problem found is returned, one line each.
pub fn run(out_dir: &Path, enabled: impl Fn(&Catalog) -> bool) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let mut on = Vec::new();
    let mut files = Vec::new();
    for catalog in catalogs::CATALOGS {
        if !enabled(catalog) {
            continue;
        }
        on.push(*catalog);
        match generate(catalog) {
            Ok(generated) => {
                files.push((format!("{}.rs", catalog.module), generated.code));
                files.push((format!("{}_table.md", catalog.module), generated.table));
            }
            Err(found) => problems.extend(found),
        }
    }
    files.push((
        "catalogs.rs".to_owned(),
        emit::surface::shared(catalogs::CATALOGS, &on),
    ));
    // The vocabularies of no catalog's module, each module's in one file.
    for (module, _) in catalogs::VOCABULARIES {
        let name = format!("{module}.rs");
        let is_catalog = catalogs::CATALOGS.iter().any(|c| c.module == *module);
        if is_catalog || files.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let mut code = String::new();
        for (_, vocab) in catalogs::VOCABULARIES.iter().filter(|(m, _)| m == module) {
            emit::emit_vocabulary(vocab, &mut code);
        }
        files.push((name, code));
    }
    for (name, contents) in files {
        if let Err(e) = write(&out_dir.join(&name), &contents) {
            problems.push(format!("cannot write {name} in OUT_DIR: {e}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The steps, for one catalog: read, validate, emit. Every problem found is returned.
pub fn generate(catalog: &'static Catalog) -> Result<emit::Generated, Vec<String>> {
    let header: Vec<&'static str> = catalog.columns.iter().map(|c| c.name).collect();
    // The file's bytes are freed once read, so that the steps after reuse their memory.
    let table = {
        let bytes = std::fs::read(catalog.file)
            .map_err(|e| vec![format!("{}: cannot read the file: {e}", catalog.file)])?;
        table::read(catalog.file, &bytes, &header).map_err(strings)?
    };
    let valid = validate::validate(catalog, table).map_err(strings)?;
    let vocabularies: Vec<&describe::Vocabulary> = catalogs::VOCABULARIES
        .iter()
        .filter(|(module, _)| *module == catalog.module)
        .map(|(_, v)| *v)
        .collect();
    emit::catalog(&valid, &vocabularies)
        .map_err(|problem| vec![format!("{}: {problem}", catalog.file)])
}

fn strings(errors: Vec<table::DataError>) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

/// Writes `contents` unless the file already holds them, so that unchanged output keeps its
/// timestamp and dependents are not rebuilt needlessly.
fn write(path: &Path, contents: &str) -> std::io::Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(contents) {
        return Ok(());
    }
    std::fs::write(path, contents)
}
