//! The `--json` output's schema (`explain --json-schema`): a JSON Schema of one output line.

/// The JSON Schema of one line of `--json` output.
pub const SCHEMA: &str = include_str!("schema.json");
