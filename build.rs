//! Generates the catalogs from `data/*.csv`: read -> validate -> emit, into `OUT_DIR`.
//!
//! A table with a problem stops the build with one line per problem: file, line, column, what
//! is wrong and what was expected.

#[path = "build/emit.rs"]
mod emit;
#[path = "build/markup.rs"]
mod markup;
#[path = "build/model.rs"]
mod model;
#[path = "build/phash.rs"]
mod phash;
#[path = "build/table.rs"]
mod table;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use table::DataError;

/// The generator's own modules (the `#[path]` modules above). Declaring any
/// `rerun-if-changed` replaces Cargo's default of rerunning on any change in the package, so
/// every file the build script depends on is listed.
const GENERATOR: [&str; 5] = [
    "build/emit.rs",
    "build/markup.rs",
    "build/model.rs",
    "build/phash.rs",
    "build/table.rs",
];

fn main() -> ExitCode {
    for file in GENERATOR {
        println!("cargo:rerun-if-changed={file}");
    }
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut failed = false;

    let power_automate = load(
        "data/power_automate.csv",
        model::POWER_AUTOMATE_COLUMNS,
        model::power_automate,
    );
    let orchestrator = load(
        "data/orchestrator.csv",
        model::ORCHESTRATOR_COLUMNS,
        model::orchestrator,
    );
    let generated = [
        power_automate
            .and_then(|rows| generate("data/power_automate.csv", emit::power_automate(&rows))),
        orchestrator.and_then(|rows| generate("data/orchestrator.csv", emit::orchestrator(&rows))),
    ];
    for (name, generated) in ["power_automate", "orchestrator"]
        .into_iter()
        .zip(generated)
    {
        match generated {
            Ok(generated) => write(&out_dir, name, &generated),
            Err(()) => failed = true,
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

/// Reads and validates one table, printing every problem.
fn load<T>(
    file: &str,
    columns: &[&'static str],
    validate: fn(&table::Table) -> Result<Vec<T>, Vec<DataError>>,
) -> Result<Vec<T>, ()> {
    println!("cargo:rerun-if-changed={file}");
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("error: {file}: cannot read the file: {e}");
            return Err(());
        }
    };
    table::read(file, &bytes, columns)
        .and_then(|t| validate(&t))
        .or_else(|errors| report(&errors))
}

fn generate(file: &str, result: Result<emit::Generated, String>) -> Result<emit::Generated, ()> {
    result.map_err(|problem| eprintln!("error: {file}: {problem}"))
}

fn report<T>(errors: &[DataError]) -> Result<T, ()> {
    for e in errors {
        eprintln!("error: {e}");
    }
    Err(())
}

fn write(out_dir: &Path, name: &str, generated: &emit::Generated) {
    for (file, contents) in [
        (format!("{name}.rs"), &generated.code),
        (format!("{name}_table.md"), &generated.table),
        (format!("{name}_bench.rs"), &generated.bench),
    ] {
        let path = out_dir.join(file);
        // Unchanged output keeps its timestamp, so dependents are not rebuilt needlessly.
        if std::fs::read_to_string(&path).ok().as_ref() != Some(contents) {
            std::fs::write(&path, contents)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        }
    }
}
