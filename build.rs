//! Generates the catalogs from `data/*.csv` into `OUT_DIR`; the generator and its steps are
//! described in `build/mod.rs`. A catalog behind a cargo feature is generated only when the
//! feature is on.

#[path = "build/mod.rs"]
mod generator;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Declaring any `rerun-if-changed` replaces cargo's default of rerunning on any change in
    // the package, so everything the generator reads is declared.
    for input in generator::INPUTS {
        println!("cargo:rerun-if-changed={input}");
    }
    for catalog in generator::catalogs::CATALOGS {
        // Declared even when the catalog's feature is off, so that every table is an input.
        println!("cargo:rerun-if-changed={}", catalog.file);
    }
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        eprintln!("error: OUT_DIR is not set; run the build script through cargo");
        return ExitCode::FAILURE;
    };
    let enabled = |catalog: &generator::describe::Catalog| match catalog.feature {
        None => true,
        Some(feature) => {
            let variable = format!(
                "CARGO_FEATURE_{}",
                feature.to_ascii_uppercase().replace('-', "_")
            );
            std::env::var_os(variable).is_some()
        }
    };
    match generator::run(Path::new(&out_dir), enabled) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => {
            for problem in problems {
                eprintln!("error: {problem}");
            }
            eprintln!(
                "error: the data tables above have problems; fix them and build again \
                 (data/README.md describes every column)"
            );
            ExitCode::FAILURE
        }
    }
}
