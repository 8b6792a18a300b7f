//! Generates the catalogs from `data/*.csv` into `OUT_DIR`.
//!
//! Every catalog is described once in `build/catalogs.rs`, and the same named steps run on
//! each description: read (`build/table.rs`) -> validate (`build/validate.rs`) -> emit the
//! enum, its columns, its info, its lookups and its docs (`build/emit.rs`). A catalog behind a
//! cargo feature is generated only when the feature is on.
//!
//! A table with a problem stops the build with one line per problem: file, line, column, what
//! is wrong and what was expected. Nothing here panics on any data.

#[path = "build/catalogs.rs"]
mod catalogs;
#[path = "build/describe.rs"]
mod describe;
#[path = "build/emit.rs"]
mod emit;
#[path = "src/hash.rs"]
#[allow(dead_code)]
mod hash;
#[path = "build/markup.rs"]
mod markup;
#[path = "build/phash.rs"]
mod phash;
#[path = "build/table.rs"]
mod table;
#[path = "build/validate.rs"]
mod validate;

use std::path::Path;
use std::process::ExitCode;

use describe::Catalog;

/// Every file of the generator. Declaring any `rerun-if-changed` replaces Cargo's default of
/// rerunning on any change in the package, so every file the build script reads is listed.
const GENERATOR: [&str; 10] = [
    "build/catalogs.rs",
    "build/describe.rs",
    "build/emit.rs",
    "build/markup.rs",
    "build/phash.rs",
    "build/surface.rs",
    "build/table.rs",
    "build/validate.rs",
    "src/hash.rs",
    "build.rs",
];

fn main() -> ExitCode {
    for file in GENERATOR {
        println!("cargo:rerun-if-changed={file}");
    }
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        eprintln!("error: OUT_DIR is not set; run the build script through cargo");
        return ExitCode::FAILURE;
    };
    let out_dir = Path::new(&out_dir);
    let mut failed = false;
    let mut enabled = Vec::new();
    for catalog in catalogs::CATALOGS {
        // Declared even when the catalog's feature is off, so that every table is an input.
        println!("cargo:rerun-if-changed={}", catalog.file);
        if let Some(feature) = catalog.feature {
            let variable = format!(
                "CARGO_FEATURE_{}",
                feature.to_ascii_uppercase().replace('-', "_")
            );
            if std::env::var_os(variable).is_none() {
                continue;
            }
        }
        enabled.push(*catalog);
        match generate(catalog) {
            Ok(generated) => {
                let files = [
                    (format!("{}.rs", catalog.module), generated.code),
                    (format!("{}_table.md", catalog.module), generated.table),
                ];
                for (name, contents) in files {
                    if let Err(e) = write(&out_dir.join(&name), &contents) {
                        eprintln!("error: cannot write {name} in OUT_DIR: {e}");
                        failed = true;
                    }
                }
            }
            Err(problems) => {
                for problem in problems {
                    eprintln!("error: {problem}");
                }
                failed = true;
            }
        }
    }
    let mut shared = vec![(
        "catalogs.rs".to_owned(),
        emit::surface::shared(catalogs::CATALOGS, &enabled),
    )];
    // The vocabularies of no catalog's module, each module's in one file.
    for (module, _) in catalogs::VOCABULARIES {
        let is_catalog = catalogs::CATALOGS.iter().any(|c| c.module == *module);
        let name = format!("{module}.rs");
        if is_catalog || shared.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let mut code = String::new();
        for (_, vocab) in catalogs::VOCABULARIES.iter().filter(|(m, _)| m == module) {
            emit::emit_vocabulary(vocab, &mut code);
        }
        shared.push((name, code));
    }
    for (name, contents) in shared {
        if let Err(e) = write(&out_dir.join(&name), &contents) {
            eprintln!("error: cannot write {name} in OUT_DIR: {e}");
            failed = true;
        }
    }
    if failed {
        eprintln!(
            "error: the data tables above have problems; fix them and build again (data/README.md describes every column)"
        );
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
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
