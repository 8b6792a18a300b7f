//! The crate's `rust-version` is true of everything it builds with: no dependency a user
//! compiles (normal and build dependencies, with every feature, transitively) asks for a newer
//! Rust. An older toolchain cannot be installed to try, so the check reads what each package
//! declares, through `cargo metadata`.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use serde_json::Value;

/// `"1.85"` or `"1.85.0"` as `(1, 85, 0)`; `None` for anything else.
fn version(text: &str) -> Option<(u64, u64, u64)> {
    let mut parts = text.split('.').map(|p| p.parse::<u64>().ok());
    let major = parts.next()??;
    let minor = parts.next()??;
    let patch = parts.next().unwrap_or(Some(0))?;
    parts.next().is_none().then_some((major, minor, patch))
}

#[test]
fn versions_parse() {
    assert_eq!(version("1.85"), Some((1, 85, 0)));
    assert_eq!(version("1.63.1"), Some((1, 63, 1)));
    assert_eq!(version("1"), None);
    assert_eq!(version("1.x"), None);
    assert_eq!(version("1.2.3.4"), None);
    assert!(version("1.85").unwrap() < version("1.85.1").unwrap());
}

#[test]
fn no_dependency_needs_a_newer_rust_than_the_crate_declares() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--all-features"])
        .arg("--manifest-path")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: Value = serde_json::from_slice(&output.stdout).unwrap();
    let packages: BTreeMap<&str, &Value> = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p))
        .collect();
    let nodes: BTreeMap<&str, &Value> = metadata["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n))
        .collect();
    let root = metadata["resolve"]["root"].as_str().unwrap();
    let declared = packages[root]["rust_version"]
        .as_str()
        .expect("the crate declares a rust-version");
    let msrv = version(declared).expect("the crate's rust-version is a version");

    // Every package reached from the crate by normal or build edges (never dev ones).
    let mut seen = BTreeSet::from([root]);
    let mut todo = vec![root];
    while let Some(id) = todo.pop() {
        for dep in nodes[id]["deps"].as_array().unwrap() {
            let compiled = dep["dep_kinds"]
                .as_array()
                .unwrap()
                .iter()
                .any(|kind| kind["kind"].as_str() != Some("dev"));
            let dep_id = dep["pkg"].as_str().unwrap();
            if compiled && seen.insert(dep_id) {
                todo.push(dep_id);
            }
        }
    }
    assert!(
        seen.iter().any(|id| packages[id]["name"] == "phf"),
        "the walk reaches the dependencies"
    );
    assert!(
        !seen.iter().any(|id| packages[id]["name"] == "criterion"),
        "the walk leaves out dev-dependencies"
    );
    let newer: Vec<String> = seen
        .iter()
        .filter_map(|id| {
            let package = packages[id];
            let needs = package["rust_version"].as_str()?;
            (version(needs)? > msrv).then(|| {
                format!(
                    "{} {} needs Rust {needs}",
                    package["name"].as_str().unwrap(),
                    package["version"].as_str().unwrap()
                )
            })
        })
        .collect();
    assert!(
        newer.is_empty(),
        "the crate declares rust-version {declared}, but {newer:?}"
    );
}
