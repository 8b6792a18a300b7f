//! Running the `explain` program as a user runs it, and checking its `--json` output against
//! the JSON Schema it prints. Each test file uses part of it.

#![allow(dead_code)]

use std::ffi::OsString;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use rpa_error_codes::AnyCode;
use serde_json::Value;

/// What a run gave.
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `explain` with `args`, `stdin` on standard input (else none), and `env` set. The
/// width and colour do not come from the environment the tests run in: `COLUMNS`,
/// `NO_COLOR` and `CLICOLOR_FORCE` are unset unless `env` sets them.
pub fn run_with(args: &[OsString], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_explain"));
    command
        .args(args)
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR");
    for (key, value) in env {
        command.env(key, value);
    }
    let mut child = command
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("explain starts");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        // The program may stop reading once it knows the input is no body; what it says
        // about it is what the tests check.
        match pipe.write_all(input) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            written => written.expect("stdin takes the body"),
        }
    }
    let output = child.wait_with_output().expect("explain ends");
    let run = Run {
        status: output.status.code().expect("explain exits, no signal"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "explain panicked: {}",
        run.stderr
    );
    run
}

pub fn os(args: &[&str]) -> Vec<OsString> {
    args.iter().map(OsString::from).collect()
}

pub fn run_os(args: &[OsString], stdin: Option<&[u8]>) -> Run {
    run_with(args, stdin, &[])
}

pub fn run(args: &[&str]) -> Run {
    run_with(&os(args), None, &[])
}

pub fn run_stdin(args: &[&str], stdin: &[u8]) -> Run {
    run_with(&os(args), Some(stdin), &[])
}

/// A run with `COLUMNS` set.
pub fn run_columns(columns: usize, args: &[&str]) -> Run {
    run_with(&os(args), None, &[("COLUMNS", &columns.to_string())])
}

pub fn sample(path: &str) -> Vec<u8> {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/samples")
        .join(path);
    std::fs::read(&full).unwrap_or_else(|e| panic!("cannot read {}: {e}", full.display()))
}

/// The JSON lines of a `--json` run.
pub fn json_lines(run: &Run) -> Vec<Value> {
    run.stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}")))
        .collect()
}

/// The catalog name of the JSON output: the catalog's module.
pub fn catalog_id(code: AnyCode) -> &'static str {
    code.catalog().id()
}

/// Checks a JSON object against the catalog's facts for `code`.
pub fn assert_describes(object: &Value, code: AnyCode) {
    assert_eq!(object["catalog"], catalog_id(code), "{object}");
    assert_eq!(object["code"], code.as_str(), "{object}");
    assert_eq!(object["name"], code.name(), "{object}");
    assert_eq!(
        object["message"],
        serde_json::json!(code.message()),
        "{object}"
    );
    assert_eq!(
        object["http_status"],
        serde_json::json!(code.http_status()),
        "{object}"
    );
    assert_eq!(
        object["retry"]["class"],
        code.retry_class().as_str(),
        "{object}"
    );
    assert_eq!(object["retry"]["reason"], code.retry_reason(), "{object}");
    let source = code.source();
    assert_eq!(object["source"]["document"], source.document);
    assert_eq!(object["source"]["date"], serde_json::json!(source.date));
    assert_eq!(object["source"]["url"], source.url);
}

/// The words of `text` one space apart: text wrapped over several lines reads as one line.
pub fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The lines of `text` wider than `width` characters that are not a URL alone on its line
/// (a URL is never broken, so it may be wider).
pub fn too_wide(text: &str, width: usize) -> Vec<&str> {
    text.lines()
        .filter(|line| line.chars().count() > width)
        .filter(|line| {
            let alone = line.trim_start();
            !alone.starts_with("https://") || alone.contains(' ')
        })
        .collect()
}

/// Checks `value` against the JSON Schema `schema` (the parts of the vocabulary the schema of
/// `explain` uses: `type`, `enum`, `required`, `dependentRequired`, `properties`,
/// `additionalProperties: false`, `items`). Returns what does not hold, with its path.
pub fn schema_errors(schema: &Value, value: &Value, path: &str) -> Vec<String> {
    let mut errors = Vec::new();
    if let Some(types) = schema.get("type") {
        let types: Vec<&str> = match types {
            Value::String(one) => vec![one.as_str()],
            Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
            _ => panic!("{path}: a type is a string or an array"),
        };
        let is = |name: &str| match name {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            other => panic!("{path}: type {other} is not handled"),
        };
        if !types.iter().any(|t| is(t)) {
            errors.push(format!("{path}: {value} is not of type {types:?}"));
        }
    }
    if let Some(Value::Array(allowed)) = schema.get("enum") {
        if !allowed.contains(value) {
            errors.push(format!("{path}: {value} is none of {allowed:?}"));
        }
    }
    if let Value::Object(object) = value {
        let properties = schema.get("properties").and_then(Value::as_object);
        for key in schema["required"].as_array().into_iter().flatten() {
            let key = key.as_str().expect("required keys are strings");
            if !object.contains_key(key) {
                errors.push(format!("{path}: required key {key} is missing"));
            }
        }
        if let Some(Value::Object(dependent)) = schema.get("dependentRequired") {
            for (present, needed) in dependent {
                if !object.contains_key(present) {
                    continue;
                }
                for key in needed.as_array().into_iter().flatten() {
                    let key = key.as_str().expect("dependent keys are strings");
                    if !object.contains_key(key) {
                        errors.push(format!("{path}: {key} is missing beside {present}"));
                    }
                }
            }
        }
        for (key, item) in object {
            match properties.and_then(|p| p.get(key)) {
                Some(described) => {
                    errors.extend(schema_errors(described, item, &format!("{path}.{key}")));
                }
                None if schema["additionalProperties"] == Value::Bool(false) => {
                    errors.push(format!("{path}: key {key} is not described"));
                }
                None => {}
            }
        }
    }
    if let (Value::Array(items), Some(each)) = (value, schema.get("items")) {
        for (index, item) in items.iter().enumerate() {
            errors.extend(schema_errors(each, item, &format!("{path}[{index}]")));
        }
    }
    errors
}
