//! The build script as cargo runs it: real `cargo build`, `cargo run` and `cargo doc` on a copy
//! of the crate, with its data tables altered.
//!
//! `tests/generator.rs` tests the generator's steps in-process; these tests check what only a
//! real build shows: the messages a maintainer sees when a table is wrong, text that survives
//! every step into the compiled crate and its documentation, byte-for-byte reproducible output,
//! and the build script's `rerun-if-changed` declarations and footprint.
//!
//! They are slow, so they are ignored by default; run them with
//! `cargo test --test build_script -- --ignored`. Every copy builds into one shared target
//! directory, `<CARGO_TARGET_TMPDIR>/build-script-target`, so dependencies compile once; cargo's
//! lock serializes the tests' builds.
//!
//! Sharing a target directory takes care: cargo names a path package's build directories by
//! its path *relative to its workspace root*, so copies that each were their own workspace root
//! would all share one build-script `OUT_DIR` and one fingerprint, and a copy written before
//! another copy's build would be taken as already built. Each copy is therefore a member at
//! `<name>/` of a workspace `<CARGO_TARGET_TMPDIR>/build-script/<name>/`, which gives each test
//! its own build directories.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

const PA_FILE: &str = "data/power_automate.csv";
const ORCH_FILE: &str = "data/orchestrator.csv";

// ---- the copy of the crate -----------------------------------------------------------------

/// The target directory every copy builds into.
fn shared_target() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("build-script-target")
}

/// What `cargo build` of the library reads: the manifest, the lock file, the build script and
/// its modules, the sources, the data, and the files the manifest names (`readme`, licenses).
fn is_copied(name: &str) -> bool {
    matches!(
        name,
        "Cargo.toml" | "Cargo.lock" | "build.rs" | "build" | "src" | "data" | "README.md"
    ) || name.starts_with("LICENSE")
}

/// A copy of the crate, the only member of a workspace of its own.
struct CrateCopy {
    /// The workspace: its manifest, the lock file and the member.
    root: PathBuf,
    /// The copy of the crate (the member).
    dir: PathBuf,
}

/// The outcome of one cargo command.
struct Run {
    command: String,
    success: bool,
    stdout: String,
    stderr: String,
}

impl Run {
    /// Panics with the command and its output unless it succeeded.
    fn assert_success(&self) -> &Self {
        assert!(self.success, "`{}` failed\n{}", self.command, self.report());
        self
    }

    fn report(&self) -> String {
        format!(
            "--- stderr of `{}`:\n{}\n--- stdout:\n{}",
            self.command, self.stderr, self.stdout
        )
    }

    /// The `OUT_DIR` of this crate's build script, from cargo's `build-script-executed`
    /// message (cargo emits it whether or not the script had to run again).
    fn out_dir(&self) -> PathBuf {
        let dirs: Vec<PathBuf> = self
            .stdout
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter(|message| {
                message["reason"] == "build-script-executed"
                    && message["package_id"]
                        .as_str()
                        .is_some_and(|id| id.contains("rpa-error-codes"))
            })
            .filter_map(|message| message["out_dir"].as_str().map(PathBuf::from))
            .collect();
        assert_eq!(
            dirs.len(),
            1,
            "expected one build-script-executed message for rpa-error-codes, found {dirs:?}\n{}",
            self.report()
        );
        dirs.into_iter().next().unwrap()
    }
}

impl CrateCopy {
    /// Copies the crate into `<CARGO_TARGET_TMPDIR>/build-script/<name>/<name>/`, the member of
    /// a workspace `<CARGO_TARGET_TMPDIR>/build-script/<name>/` that holds the lock file; the
    /// workspace is emptied first.
    ///
    /// The manifest loses what needs files that are not copied (`[[bench]]`, `[[example]]`,
    /// `[[test]]` targets), the dev-dependencies (nothing built here uses them, and
    /// `cargo run --example` would compile them all) and any `[workspace]` of its own.
    fn new(name: &str) -> CrateCopy {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("build-script")
            .join(name);
        if root.exists() {
            fs::remove_dir_all(&root)
                .unwrap_or_else(|e| panic!("cannot empty {}: {e}", root.display()));
        }
        let dir = root.join(name);
        fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        let source = Path::new(env!("CARGO_MANIFEST_DIR"));
        for entry in fs::read_dir(source).unwrap() {
            let entry = entry.unwrap();
            let file = entry.file_name();
            match file.to_str() {
                Some("Cargo.lock") => copy_recursively(&entry.path(), &root.join(&file)),
                Some(file_name) if is_copied(file_name) => {
                    copy_recursively(&entry.path(), &dir.join(&file))
                }
                _ => {}
            }
        }
        fs::write(
            root.join("Cargo.toml"),
            format!("[workspace]\nmembers = [{name:?}]\nresolver = \"3\"\n"),
        )
        .unwrap();
        let copy = CrateCopy { root, dir };
        let manifest = copy.read("Cargo.toml");
        copy.write("Cargo.toml", &member_manifest(&manifest));
        copy
    }

    fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }

    fn read(&self, file: &str) -> String {
        fs::read_to_string(self.path(file))
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", self.path(file).display()))
    }

    fn write(&self, file: &str, text: &str) {
        let path = self.path(file);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }

    /// Runs `cargo <args>` in the copy, with the shared target directory, offline first; again
    /// online only when the offline run failed for want of something not in the local cache.
    fn cargo(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let offline = self.cargo_once(args, env, true);
        let needed_network = !offline.success
            && ["--offline", "offline mode", "failed to download"]
                .iter()
                .any(|hint| offline.stderr.contains(hint));
        if needed_network {
            self.cargo_once(args, env, false)
        } else {
            offline
        }
    }

    fn cargo_once(&self, args: &[&str], env: &[(&str, &str)], offline: bool) -> Run {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"));
        let mut command = Command::new(&cargo);
        if offline {
            command.arg("--offline");
        }
        command
            .args(args)
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", shared_target())
            .env_remove("RUSTDOCFLAGS")
            .env_remove("CARGO_BUILD_TARGET_DIR");
        for (key, value) in env {
            command.env(key, value);
        }
        let described = format!(
            "{} {}{} (in {})",
            cargo.to_string_lossy(),
            if offline { "--offline " } else { "" },
            args.join(" "),
            self.dir.display()
        );
        let output = command
            .output()
            .unwrap_or_else(|e| panic!("cannot start `{described}`: {e}"));
        Run {
            command: described,
            success: output.status.success(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// `cargo build` of the library, with cargo's JSON messages on stdout (for the `OUT_DIR`)
    /// and its human-readable messages on stderr.
    fn build(&self, verbose: bool) -> Run {
        let mut args = vec!["build", "--message-format=json-render-diagnostics"];
        args.push(if verbose { "-v" } else { "--quiet" });
        self.cargo(&args, &[])
    }
}

fn copy_recursively(from: &Path, to: &Path) {
    if from.is_dir() {
        fs::create_dir_all(to).unwrap();
        for entry in fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            copy_recursively(&entry.path(), &to.join(entry.file_name()));
        }
    } else {
        fs::copy(from, to)
            .unwrap_or_else(|e| panic!("cannot copy {} to {}: {e}", from.display(), to.display()));
    }
}

/// The manifest without the sections that need files the copy lacks, nor a `[workspace]`.
fn member_manifest(manifest: &str) -> String {
    let dropped = |header: &str| {
        matches!(header, "[[bench]]" | "[[example]]" | "[[test]]")
            || header.ends_with("dev-dependencies]")
            || header == "[workspace]"
            || header.starts_with("[workspace.")
    };
    let mut out = String::new();
    let mut skipping = false;
    for line in manifest.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            skipping = dropped(trimmed);
        }
        if !skipping {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

// ---- the data ------------------------------------------------------------------------------

/// The 1-based line of the only line of `text` that starts with `prefix`.
fn line_starting_with(text: &str, prefix: &str) -> u64 {
    let lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| line.starts_with(prefix))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(
        lines.len(),
        1,
        "expected one line starting with {prefix:?}, found lines {lines:?}"
    );
    lines[0] as u64
}

/// `text` with the second cell of the record whose first cell is `first` set to `value` (both
/// cells unquoted); also gives the record's line.
fn set_second_cell(text: &str, first: &str, value: &str) -> (String, u64) {
    let line = line_starting_with(text, &format!("{first},"));
    let mut out = String::new();
    for (i, record) in text.lines().enumerate() {
        if i as u64 + 1 == line {
            let rest = &record[first.len() + 1..];
            assert!(
                !rest.starts_with('"'),
                "the second cell of {first} is quoted: {record}"
            );
            let after = rest.find(',').expect("a third cell");
            write!(out, "{first},{value}{}", &rest[after..]).unwrap();
        } else {
            out.push_str(record);
        }
        out.push('\n');
    }
    (out, line)
}

/// `text` with one more CSV record.
fn append_record(text: &str, record: &[&str]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer.write_record(record).unwrap();
    let record = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    let mut text = text.to_owned();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text + &record
}

// ---- a: a bad table stops the build with its location -------------------------------------

/// Asserts that the build failed with exactly `expected` as its `error: data/...` lines (cargo
/// indents the build script's stderr), the closing summary, and no panic.
fn assert_data_errors(run: &Run, expected: &[String]) {
    assert!(!run.success, "the build should fail\n{}", run.report());
    let found: Vec<&str> = run
        .stderr
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with("error: data/"))
        .collect();
    assert_eq!(
        found,
        expected,
        "the build script's error lines\n{}",
        run.report()
    );
    assert!(
        run.stderr
            .contains("error: the data tables above have problems; fix them and build again"),
        "no closing summary\n{}",
        run.report()
    );
    for forbidden in ["panicked", "RUST_BACKTRACE"] {
        assert!(
            !run.stderr.contains(forbidden),
            "the build script panicked instead of reporting\n{}",
            run.report()
        );
    }
}

#[test]
#[ignore = "runs cargo on a copy of the crate; run with --ignored"]
fn malformed_http_status_stops_the_build_at_its_cell() {
    let copy = CrateCopy::new("malformed-http-status");
    let (text, line) = set_second_cell(&copy.read(PA_FILE), "DnsError", "4x0");
    copy.write(PA_FILE, &text);

    let run = copy.build(false);
    assert_data_errors(
        &run,
        &[format!(
            "error: {PA_FILE}:{line}:2: column `http_status`: malformed HTTP status `4x0`; \
             expected a three-digit HTTP status from 100 to 599"
        )],
    );
}

#[test]
#[ignore = "runs cargo on a copy of the crate; run with --ignored"]
fn duplicate_orchestrator_name_stops_the_build_at_its_cell() {
    let copy = CrateCopy::new("duplicate-name");
    let original = copy.read(ORCH_FILE);
    let first = line_starting_with(&original, "1002,ItemNotFound,");
    let (text, line) = set_second_cell(&original, "1670", "ItemNotFound");
    copy.write(ORCH_FILE, &text);

    let run = copy.build(false);
    assert_data_errors(
        &run,
        &[format!(
            "error: {ORCH_FILE}:{line}:2: column `name`: duplicate name or alias `ItemNotFound` \
             (first on line {first}); expected each name or alias once in the table"
        )],
    );
}

// ---- b: any legal text reaches the crate and its docs intact -------------------------------

/// A mitigation with everything that could break a generated string literal, a doc attribute,
/// a comment, a format string or Markdown, in legal markup: breaks at the start, doubled and at
/// the end, a list, bold, code, a link, and non-ASCII text (with a combining accent).
const PROBE_MITIGATION: &str = concat!(
    r#"</br>Start "quoted" {0} {{ }} \\ and \n as text; */ then /* and # and // here, a < b > c, AT&T & co.</br></br>"#,
    r#"- item with **bold "é" {1}** and `code {{ \n */ # //` ✓<br>"#,
    r#"  1. numbered [日本語 link](https://example.com/a_b?x=1&y=2) then "#,
    "cafe\u{301} \u{301}",
    r#"</br># not a heading // not a comment \</br>trailing */ "quote"</br>"#,
);

/// An Orchestrator message with placeholders, quotes, braces, backslashes, comment markers,
/// would-be HTML and Markdown, and non-ASCII text.
const PROBE_MESSAGE: &str = concat!(
    r#"Probe "[Placeholder]" {0} {{ }} \ back\slash \n */ /* # // </br> <b>not a tag</b> | pipe "#,
    "é ✓ 日本語 cafe\u{301}"
);

/// Plain text by the documented rule: `</br>`/`<br>` break lines, lines are trimmed and empty
/// ones dropped, `**` and backticks go, a link becomes its text.
fn plain_text(markup: &str) -> String {
    let mut text = String::new();
    let mut rest = markup;
    while let Some(open) = rest.find('[') {
        text.push_str(&rest[..open]);
        let close = open + rest[open..].find("](").expect("a link");
        let end = close + rest[close..].find(')').expect("a link's end");
        text.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    text.push_str(rest);
    text.replace("**", "")
        .replace('`', "")
        .replace("<br>", "</br>")
        .split("</br>")
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

const PROBE_EXAMPLE: &str = r#"//! Prints what the catalog holds for the probe rows, one `key=value` line each, values in
//! `{:?}` form.
use rpa_error_codes::{OrchestratorCode, PowerAutomateError};

fn main() {
    let pa = PowerAutomateError::from_code("TextSafetyProbe").expect("the probe code");
    println!("pa.mitigation={:?}", pa.mitigation());
    println!("pa.display={:?}", pa.to_string());
    println!("pa.markup={:?}", pa.info().mitigation_markup);
    println!("pa.retry_reason={:?}", pa.info().retry_reason);
    println!("pa.source={:?}", pa.info().source.document);
    for link in pa.links() {
        println!("pa.link={:?}", (link.text, link.url));
    }
    println!("pa.parse={:?}", "TextSafetyProbe".parse::<PowerAutomateError>() == Ok(pa));
    let orch = OrchestratorCode::from_u16(1999).expect("the probe number");
    println!("orch.name={:?}", orch.name());
    println!("orch.message={:?}", orch.message());
    println!("orch.display={:?}", orch.to_string());
    println!("orch.description={:?}", orch.description());
    println!("orch.notes={:?}", orch.info().notes);
    println!("orch.from_name={:?}", OrchestratorCode::from_name("TextSafetyProbe").map(u16::from));
}
"#;

#[test]
#[ignore = "runs cargo on a copy of the crate; run with --ignored"]
fn any_legal_text_survives_into_the_crate_and_its_docs() {
    let copy = CrateCopy::new("text-safety");
    // A reason quotes its row's text: "quoted" is in the mitigation, "description" in the
    // Orchestrator row's description.
    let reason = r#"Probe: "quoted", {braces} {{0}}, \ backslash \n, */ /* # //, 日本語."#;
    let orch_reason = r#"Probe: "description", {braces} {{0}}, \ backslash \n, 日本語."#;
    let source = r#"Probe "source" {0} */ 日本語"#;
    let pa_row = [
        "TextSafetyProbe",
        "400",
        "Attended;Local",
        "",
        "unknown",
        reason,
        "",
        "",
        "",
        "",
        "2025-09-08",
        PROBE_MITIGATION,
        source,
        "2025-09-11",
        "https://example.com/probe?a=1&b=2",
    ];
    copy.write(PA_FILE, &append_record(&copy.read(PA_FILE), &pa_row));
    let description = r#"A "description" with `backticks`, *stars*, _underscores_, {0} and \."#;
    let notes = r#"Notes: ~tilde~ [not a link] <i>x</i> & 日本語."#;
    let orch_row = [
        "1999",
        "TextSafetyProbe",
        "S",
        r#"probe "name source""#,
        "",
        "",
        "License",
        "range",
        PROBE_MESSAGE,
        "",
        description,
        "409",
        r#"probe "status source""#,
        "unknown",
        orch_reason,
        r#"Probe "source""#,
        "https://example.com/probe",
        notes,
    ];
    copy.write(ORCH_FILE, &append_record(&copy.read(ORCH_FILE), &orch_row));
    copy.write("examples/probe.rs", PROBE_EXAMPLE);

    let run = copy.cargo(&["run", "--quiet", "--example", "probe"], &[]);
    run.assert_success();
    let plain = plain_text(PROBE_MITIGATION);
    // `Display` is one line: the probe's first line is one sentence, with no ". " inside.
    let first_line = plain.lines().next().unwrap_or_default();
    assert!(!first_line.contains(". ") && first_line.ends_with('.'));
    let expected: Vec<(&str, String)> = vec![
        ("pa.mitigation", format!("{plain:?}")),
        (
            "pa.display",
            format!("{:?}", format!("TextSafetyProbe: {first_line}")),
        ),
        ("pa.markup", format!("{PROBE_MITIGATION:?}")),
        ("pa.retry_reason", format!("{reason:?}")),
        ("pa.source", format!("{source:?}")),
        (
            "pa.link",
            format!("{:?}", ("日本語 link", "https://example.com/a_b?x=1&y=2")),
        ),
        ("pa.parse", "true".to_owned()),
        ("orch.name", format!("{:?}", "TextSafetyProbe")),
        ("orch.message", format!("{:?}", Some(PROBE_MESSAGE))),
        (
            "orch.display",
            format!("{:?}", format!("1999 TextSafetyProbe: {PROBE_MESSAGE}")),
        ),
        ("orch.description", format!("{:?}", Some(description))),
        ("orch.notes", format!("{:?}", Some(notes))),
        ("orch.from_name", format!("{:?}", Some(1999))),
    ];
    let printed: Vec<(&str, String)> = run
        .stdout
        .lines()
        .filter_map(|line| line.split_once('='))
        .map(|(key, value)| (key, value.to_owned()))
        .collect();
    assert_eq!(
        printed,
        expected,
        "what the probe example printed\n{}",
        run.report()
    );
    // The rule above is the documented one; make sure the probe exercises it.
    assert_eq!(plain.lines().count(), 5, "{plain}");
    assert!(plain.contains(
        "\n- item with bold \"é\" {1} and code {{ \\n */ # // ✓\n1. numbered 日本語 link then"
    ));

    let doc = copy.cargo(
        &["doc", "--no-deps", "--quiet"],
        &[("RUSTDOCFLAGS", "-D warnings")],
    );
    doc.assert_success();
    let html = |page: &str| {
        let path = shared_target().join("doc/rpa_error_codes").join(page);
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    };
    let pa_html = html("power_automate/enum.PowerAutomateError.html");
    for fragment in [
        "TextSafetyProbe",
        // Straight quotes stay straight: the generator escapes them against rustdoc's smart
        // punctuation.
        "Start \"quoted\" {0} {{ }} \\\\ and \\n as text; */ then /* and # and // here, \
         a &lt; b &gt; c, AT&amp;T &amp; co.",
        "# not a heading // not a comment \\",
        "日本語 link",
        "cafe\u{301}",
    ] {
        assert!(
            pa_html.contains(fragment),
            "enum.PowerAutomateError.html lacks {fragment:?}"
        );
    }
    assert!(
        !pa_html.contains("\u{201c}quoted"),
        "rustdoc curled the vendor's quotes in enum.PowerAutomateError.html"
    );
    let orch_html = html("orchestrator/enum.OrchestratorCode.html");
    for fragment in [
        "TextSafetyProbe",
        "[Placeholder]",
        "&lt;/br&gt; &lt;b&gt;not a tag&lt;/b&gt; | pipe é ✓ 日本語",
        "[not a link] &lt;i&gt;x&lt;/i&gt; &amp; 日本語",
    ] {
        assert!(
            orch_html.contains(fragment),
            "enum.OrchestratorCode.html lacks {fragment:?}"
        );
    }
    assert!(
        !orch_html.contains("<b>not a tag</b>"),
        "text of the table became HTML in enum.OrchestratorCode.html"
    );
}

// ---- c: the output is reproducible ---------------------------------------------------------

/// The generated files (`*.rs`, `*.md`) of an `OUT_DIR`, by name.
fn generated_files(dir: &Path) -> BTreeMap<String, (Vec<u8>, SystemTime)> {
    fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.unwrap())
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            (name.ends_with(".rs") || name.ends_with(".md")).then(|| {
                let path = entry.path();
                let bytes = fs::read(&path).unwrap();
                let modified = fs::metadata(&path).unwrap().modified().unwrap();
                (name, (bytes, modified))
            })
        })
        .collect()
}

/// Asserts that two sets of generated files hold the same names and bytes.
fn assert_same_files(
    expected: &BTreeMap<String, (Vec<u8>, SystemTime)>,
    found: &BTreeMap<String, (Vec<u8>, SystemTime)>,
    what: &str,
) {
    assert_eq!(
        expected.keys().collect::<Vec<_>>(),
        found.keys().collect::<Vec<_>>(),
        "{what}: different generated files"
    );
    for (name, (bytes, _)) in expected {
        let other = &found[name].0;
        if bytes != other {
            let at = bytes.iter().zip(other).position(|(a, b)| a != b);
            panic!(
                "{what}: {name} differs ({} and {} bytes, first difference at byte {at:?})",
                bytes.len(),
                other.len()
            );
        }
    }
}

#[test]
#[ignore = "runs cargo on a copy of the crate; run with --ignored"]
fn generated_code_is_reproducible() {
    let this_build = generated_files(Path::new(env!("OUT_DIR")));
    assert!(
        this_build.contains_key("power_automate.rs") && this_build.contains_key("orchestrator.rs"),
        "OUT_DIR of this test build lacks the catalogs: {:?}",
        this_build.keys()
    );

    let copy = CrateCopy::new("reproducible");
    let first = copy.build(false);
    first.assert_success();
    let out_dir = first.out_dir();
    let first_files = generated_files(&out_dir);
    assert_same_files(&this_build, &first_files, "a build of the copy");

    // A newer table makes cargo run the build script again; the output stays byte for byte,
    // and, being unchanged, is not rewritten.
    fs::File::options()
        .write(true)
        .open(copy.path(PA_FILE))
        .and_then(|file| file.set_modified(SystemTime::now() + Duration::from_secs(2)))
        .unwrap();
    let second = copy.build(true);
    second.assert_success();
    assert!(
        second
            .stderr
            .lines()
            .any(|line| line.trim_start().starts_with("Running")
                && line.contains("build-script-build")),
        "touching {PA_FILE} did not run the build script again\n{}",
        second.report()
    );
    assert_eq!(
        second.out_dir(),
        out_dir,
        "the second build used another OUT_DIR"
    );
    let second_files = generated_files(&out_dir);
    assert_same_files(&first_files, &second_files, "the second build of the copy");
    for (name, (_, modified)) in &first_files {
        assert_eq!(
            &second_files[name].1, modified,
            "{name} was rewritten with the same contents"
        );
    }
}

// ---- d: rerun-if-changed and the build script's footprint ----------------------------------

/// Every file and directory under `dir` (but `target/`), with its size and modification time.
fn tree(dir: &Path) -> BTreeMap<PathBuf, (bool, u64, SystemTime)> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, (bool, u64, SystemTime)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            let relative = path.strip_prefix(root).unwrap().to_owned();
            if relative == Path::new("target") {
                continue;
            }
            let meta = entry.metadata().unwrap();
            out.insert(
                relative,
                (meta.is_dir(), meta.len(), meta.modified().unwrap()),
            );
            if meta.is_dir() {
                walk(root, &path, out);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

#[test]
#[ignore = "runs cargo on a copy of the crate; run with --ignored"]
fn build_script_declares_its_inputs_and_writes_only_to_out_dir() {
    let copy = CrateCopy::new("rerun-if-changed");
    // Cargo rewrites the copy's Cargo.lock for the manifest without dev-dependencies; let it
    // do so before the listing.
    copy.cargo(&["metadata", "--format-version", "1"], &[])
        .assert_success();
    let before = tree(&copy.root);
    let run = copy.build(false);
    run.assert_success();
    let after = tree(&copy.root);
    let changed: Vec<_> = before
        .keys()
        .chain(after.keys())
        .filter(|path| before.get(*path) != after.get(*path))
        .collect();
    assert!(
        changed.is_empty(),
        "the build wrote outside OUT_DIR, in the crate: {changed:?}"
    );

    let out_dir = run.out_dir();
    let output_file = out_dir.parent().unwrap().join("output");
    let output = fs::read_to_string(&output_file)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", output_file.display()));
    let declared: Vec<&str> = output
        .lines()
        .filter_map(|line| {
            line.strip_prefix("cargo:rerun-if-changed=")
                .or_else(|| line.strip_prefix("cargo::rerun-if-changed="))
        })
        .collect();
    // What the build script reads: itself, its modules (every file under build/, and the hash
    // functions it shares with the library) and the tables. A declared folder covers every
    // file under it (cargo watches a folder as a whole).
    let mut read: Vec<String> = ["build.rs", "src/hash.rs"].map(str::to_owned).to_vec();
    let mut folders = vec![("build".to_owned(), ".rs"), ("data".to_owned(), ".csv")];
    while let Some((folder, extension)) = folders.pop() {
        for entry in fs::read_dir(copy.path(&folder)).unwrap() {
            let entry = entry.unwrap();
            let file = format!("{folder}/{}", entry.file_name().into_string().unwrap());
            if entry.file_type().unwrap().is_dir() {
                folders.push((file, extension));
            } else if file.ends_with(extension) {
                read.push(file);
            }
        }
    }
    let covered = |file: &str| {
        declared.iter().any(|d| {
            file == *d
                || file
                    .strip_prefix(d)
                    .is_some_and(|rest| rest.starts_with('/'))
        })
    };
    let undeclared: Vec<&String> = read.iter().filter(|file| !covered(file)).collect();
    assert!(
        undeclared.is_empty(),
        "the build script reads {undeclared:?} without `cargo:rerun-if-changed`; it declares \
         {declared:?} (from {})",
        output_file.display()
    );
    let missing: Vec<&&str> = declared
        .iter()
        .filter(|file| !copy.path(file).exists())
        .collect();
    assert!(
        missing.is_empty(),
        "`rerun-if-changed` names files that do not exist (cargo would run the script on every \
         build): {missing:?}"
    );
}

// ---- tables at scale -----------------------------------------------------------------------

/// `text` (a table with the header `code,...` or `...,name,...`) with its rows repeated
/// `times` times: copy `j > 0` of each row gets `V{j}` appended to every name in `renamed`
/// columns, and `shift(j, cell)` applied to the `shifted` column.
/// How copy `j` of a row changes a cell.
type Shift = fn(usize, &str) -> String;

fn scaled(text: &str, times: usize, renamed: &[&str], shifted: Option<(&str, Shift)>) -> String {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let index = |name: &str| header.iter().position(|h| h == name).unwrap();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer.write_record(&header).unwrap();
    for j in 0..times {
        for record in &records {
            let mut cells: Vec<String> = record.iter().map(str::to_owned).collect();
            if j > 0 {
                for column in renamed {
                    let cell = &mut cells[index(column)];
                    if !cell.is_empty() {
                        *cell = cell
                            .split(';')
                            .map(|n| format!("{n}V{j}"))
                            .collect::<Vec<_>>()
                            .join(";");
                    }
                }
                if let Some((column, shift)) = shifted {
                    let cell = &mut cells[index(column)];
                    *cell = shift(j, cell);
                }
            }
            writer.write_record(&cells).unwrap();
        }
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

/// A test, run in the copy, that every code of both catalogs round-trips through every lookup.
const ROUND_TRIP: &str = r#"
use rpa_error_codes::{orchestrator, power_automate, OrchestratorCode, PowerAutomateError};

#[test]
fn every_code_round_trips_through_every_lookup() {
    assert_eq!(PowerAutomateError::ALL.len(), PA_CODES);
    for &c in PowerAutomateError::ALL {
        assert_eq!(PowerAutomateError::from_code(c.code()), Some(c), "{}", c.code());
        assert_eq!(PowerAutomateError::from_code_ignore_ascii_case(&c.code().to_ascii_lowercase()), Some(c));
        assert_eq!(c.code().parse::<PowerAutomateError>(), Ok(c));
        assert_eq!(power_automate::CODES.get(c.code()), Some(&c));
        assert_eq!(c.info().code, c.code());
    }
    assert_eq!(OrchestratorCode::ALL.len(), ORCH_CODES);
    for &c in OrchestratorCode::ALL {
        assert_eq!(OrchestratorCode::from_u16(c.code()), Some(c), "{}", c.code());
        assert_eq!(c.code().to_string().parse::<OrchestratorCode>(), Ok(c));
        assert_eq!(orchestrator::BY_CODE.get(&c.code()), Some(&c));
        for name in std::iter::once(c.name()).chain(c.info().aliases.iter().copied()) {
            assert_eq!(OrchestratorCode::from_name(name), Some(c), "{name}");
            assert_eq!(OrchestratorCode::from_name_ignore_ascii_case(&name.to_ascii_uppercase()), Some(c));
            assert_eq!(orchestrator::BY_NAME.get(name), Some(&c));
        }
        assert_eq!(c.info().code, c.code());
    }
    assert_eq!(PowerAutomateError::from_code("NoSuchCodeV0"), None);
    assert_eq!(OrchestratorCode::from_u16(65535), None);
}
"#;

fn round_trip_at_scale(name: &str, pa_times: usize, orch_times: usize) -> Run {
    let copy = CrateCopy::new(name);
    copy.write(
        PA_FILE,
        &scaled(
            &copy.read(PA_FILE),
            pa_times,
            &["code", "replaced_by", "former_codes"],
            None,
        ),
    );
    // Orchestrator numbers are u16: copy `j` adds `1000 * j`, which keeps them ascending.
    let shift: Shift = |j, code| (code.parse::<usize>().unwrap() + 1000 * j).to_string();
    copy.write(
        ORCH_FILE,
        &scaled(
            &copy.read(ORCH_FILE),
            orch_times,
            &["name", "aliases", "former_names"],
            Some(("code", shift)),
        ),
    );
    copy.write(
        "tests/round_trip.rs",
        &ROUND_TRIP
            .replace("PA_CODES", &(55 * pa_times).to_string())
            .replace("ORCH_CODES", &(120 * orch_times).to_string()),
    );
    copy.cargo(&["test", "--quiet", "--test", "round_trip"], &[])
}

#[test]
#[ignore = "runs cargo on a copy of the crate; run with --ignored"]
fn ten_times_the_tables_round_trip() {
    let run = round_trip_at_scale("scale-10", 10, 10);
    assert!(run.success, "{}", run.report());
    assert!(run.stdout.contains("1 passed"), "{}", run.report());
}

#[test]
#[ignore = "runs cargo on a copy of the crate; run with --ignored"]
fn a_hundred_times_the_power_automate_table_round_trips() {
    // Orchestrator numbers are u16, so its table is taken 60 times (7,200 codes up to 60,920).
    let run = round_trip_at_scale("scale-100", 100, 60);
    assert!(run.success, "{}", run.report());
    assert!(run.stdout.contains("1 passed"), "{}", run.report());
}

// ---- corrected names -----------------------------------------------------------------------

/// `text` (a CSV table) with the cell in `column` of the record whose first cell is `first`
/// set to `value`.
fn set_cell(text: &str, first: &str, column: &str, value: &str) -> String {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let index = header
        .iter()
        .position(|h| h == column)
        .unwrap_or_else(|| panic!("no column {column}"));
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer.write_record(&header).unwrap();
    let mut found = false;
    for record in reader.records() {
        let mut cells: Vec<String> = record.unwrap().iter().map(str::to_owned).collect();
        if cells[0] == first {
            cells[index] = value.to_owned();
            found = true;
        }
        writer.write_record(&cells).unwrap();
    }
    assert!(found, "no record {first}");
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

/// Code written against a name before its correction: a `match` on the old name (the
/// deprecated constant), a comparison, and a parse.
const FORMER_NAME_EXAMPLE: &str = r#"//! Uses the former name of 1670.
use rpa_error_codes::{orchestrator, OrchestratorCode};

fn kind(code: OrchestratorCode) -> &'static str {
    match code {
        OrchestratorCode::PendingJobsExist => "pending",
        _ => "other",
    }
}

fn main() {
    let code = OrchestratorCode::from_u16(1670).unwrap();
    println!("match={}", kind(code));
    println!("other={}", kind(OrchestratorCode::ItemNotFound));
    println!("equal={}", OrchestratorCode::PendingJobsExist == OrchestratorCode::PendingJobsAlreadyExist);
    println!("from_name={:?}", OrchestratorCode::from_name("PendingJobsExist").map(u16::from));
    println!("parse={:?}", "PendingJobsExist".parse::<OrchestratorCode>().map(u16::from));
    println!("by_name={:?}", orchestrator::BY_NAME.get("PendingJobsExist").map(|c| c.code()));
    println!("name={}", code.name());
    println!("former={:?}", code.info().former_names);
}
"#;

#[test]
#[ignore = "runs cargo on a copy of the crate; run with --ignored"]
fn a_corrected_name_keeps_working_as_a_deprecated_constant() {
    let copy = CrateCopy::new("former-name");
    copy.write(
        ORCH_FILE,
        &set_cell(
            &copy.read(ORCH_FILE),
            "1670",
            "former_names",
            "PendingJobsExist",
        ),
    );
    copy.write("examples/former.rs", FORMER_NAME_EXAMPLE);
    let run = copy.cargo(&["run", "--example", "former"], &[]);
    run.assert_success();
    assert_eq!(
        run.stdout.lines().collect::<Vec<_>>(),
        [
            "match=pending",
            "other=other",
            "equal=true",
            "from_name=Some(1670)",
            "parse=Ok(1670)",
            "by_name=Some(1670)",
            "name=PendingJobsAlreadyExist",
            "former=[\"PendingJobsExist\"]",
        ],
        "{}",
        run.report()
    );
    // Every use of the old name warns, and the warning names the new one.
    let warning = "use of deprecated associated constant `rpa_error_codes::OrchestratorCode::PendingJobsExist`: \
                   renamed to `OrchestratorCode::PendingJobsAlreadyExist`: the name `PendingJobsExist` \
                   was corrected";
    assert_eq!(
        run.stderr.matches(warning).count(),
        2,
        "a deprecation warning for the pattern and for the comparison\n{}",
        run.report()
    );
}

// ---- a catalog costs its CSV, its description and a one-line module --------------------------

/// The description of a synthetic sixth catalog, a file of its own in `build/catalogs/` of a
/// copy: a name column, a number column with its lookup, a text and the columns every catalog has.
const SIXTH_DESCRIPTION: &str = r#"use super::*;

pub static SIXTH: Catalog = Catalog {
    module: "sixth",
    file: "data/sixth.csv",
    feature: None,
    enum_name: "SixthCode",
    info_doc: "Every column of a [`SixthCode`]'s row.",
    columns: &[
        Column {
            name: "number",
            kind: Kind::Int { ty: IntType::U16, min: 1, max: 65535 },
            field: "number",
            doc: "The number.",
            label: Some("Number"),
            ..PLAIN
        },
        Column {
            name: "name",
            kind: Kind::Ident(IdentRule::Exact),
            field: "name",
            doc: "The name.",
            label: Some("Name"),
            ..PLAIN
        },
        Column {
            name: "message",
            field: "message",
            doc: "The message.",
            ..PLAIN
        },
        RETRY_CLASS_COLUMN,
        RETRY_REASON_COLUMN,
        SOURCE_DOCUMENT,
        SOURCE_DATE,
        SOURCE_URL,
    ],
    variant: "name",
    discriminant: Some(("u16", "number")),
    reserved: &["ALL"],
    order: Order::Ascending("number"),
    keys: &[
        Key::Number {
            column: "number",
            function: "find_number",
            public: "from_u16",
            phf: ("BY_NUMBER", "Every number."),
            text: None,
        },
        Key::Str {
            column: "name",
            also: &[],
            table: "NAME_TABLE",
            phf: ("BY_NAME", "Every name."),
        },
    ],
    rules: &[],
    headline: &["`{number}` `{name}`: {message}"],
    body: &[],
    summary: &[("Number", "number"), ("Name", "name")],
    order_doc: "in ascending order",
    one_line: "message",
    surface: Surface {
        variant: "Sixth",
        doc: "A code of the sixth catalog.",
        title: "sixth catalog code",
        wire: Wire::Decimal("number"),
        name: "name",
        http_status: None,
        fallback: None,
        sections: &[],
        body: None,
    },
};
"#;

/// The table of the sixth catalog.
const SIXTH_CSV: &str = "number,name,message,retry_class,retry_reason,source,source_date,source_url
7,SeventhThing,The seventh thing failed. Try again later.,throttled,\"The text says \"\"Try again later.\"\".\",Sixth document,2026-01-02,https://example.com/sixth
42,AnswerMissing,No answer.,unknown,The text does not say whether retrying can help.,Sixth document,2026-01-02,https://example.com/sixth
";

/// Checks the sixth catalog through `Code` and `AnyCode` only, generically.
const SIXTH_PROBE: &str = r#"use rpa_error_codes::{AnyCode, Catalog, Code, sixth::SixthCode};

fn round_trip<C: Code + Into<AnyCode>>() -> usize {
    for &code in C::ALL {
        assert_eq!(C::from_code(code.as_str()), Some(code));
        assert_eq!(C::from_name(code.name()), Some(code));
        assert_eq!(code.as_str().parse::<C>().ok(), Some(code));
        let any: AnyCode = code.into();
        assert_eq!(any.catalog(), C::CATALOG);
        assert!(AnyCode::lookup(code.as_str()).iter().any(|c| c == any));
        assert_eq!(any.to_string(), code.to_string());
        assert_eq!(any.retry_class(), code.retry_class());
        assert!(AnyCode::all().any(|c| c == any));
    }
    C::ALL.len()
}

fn main() {
    assert_eq!(SixthCode::CATALOG, Catalog::Sixth);
    assert_eq!(SixthCode::from_u16(42), Some(SixthCode::AnswerMissing));
    assert!(SixthCode::SeventhThing.is_retryable());
    println!("codes={}", round_trip::<SixthCode>());
    println!("display={}", SixthCode::SeventhThing);
    println!("catalog={}", Catalog::Sixth);
}
"#;

#[test]
#[ignore = "runs cargo on a copy of the crate; run with --ignored"]
fn a_sixth_catalog_needs_only_its_csv_and_description() {
    let copy = CrateCopy::new("sixth-catalog");
    // The description, and its place in the list of catalogs.
    let catalogs = copy.read("build/catalogs/mod.rs");
    let registered = catalogs
        .replacen(
            "    &CLOUD_FLOW,\n];",
            "    &CLOUD_FLOW,\n    &SIXTH,\n];",
            1,
        )
        .replacen(
            "mod cloud_flow;",
            "mod cloud_flow;\nmod sixth;\nuse sixth::SIXTH;",
            1,
        );
    assert_eq!(
        registered.len(),
        catalogs.len() + "    &SIXTH,\n".len() + "\nmod sixth;\nuse sixth::SIXTH;".len(),
        "the list of catalogs ends with &CLOUD_FLOW, and the first module is cloud_flow"
    );
    copy.write("build/catalogs/mod.rs", &registered);
    copy.write("build/catalogs/sixth.rs", SIXTH_DESCRIPTION);
    copy.write("data/sixth.csv", SIXTH_CSV);
    // The module: one line, and one line declaring it.
    copy.write(
        "src/sixth.rs",
        "include!(concat!(env!(\"OUT_DIR\"), \"/sixth.rs\")); sixth_enum! { pub enum SixthCode }\n",
    );
    let lib = copy.read("src/lib.rs");
    copy.write(
        "src/lib.rs",
        &lib.replacen(
            "mod any_code;",
            "mod any_code;\n#[doc = \"A sixth catalog.\"] pub mod sixth;",
            1,
        ),
    );
    copy.write("examples/sixth.rs", SIXTH_PROBE);
    let run = copy.cargo(&["run", "--quiet", "--example", "sixth"], &[]);
    run.assert_success();
    assert_eq!(
        run.stdout.lines().collect::<Vec<_>>(),
        [
            "codes=2",
            "display=7 SeventhThing: The seventh thing failed.",
            "catalog=sixth catalog code",
        ],
        "{}",
        run.report()
    );
}
