//! `scan` against an Aho-Corasick automaton and a regular expression of every spelling, on the
//! same synthetic logs, in the same run.
//!
//! ```text
//! cargo bench --bench scan --all-features -- --warm-up-time 1 --measurement-time 5 --sample-size 10
//! ```
//!
//! Three logs of 64 MiB each, generated deterministically from line templates of a service's
//! log (timestamps, levels, identifiers, paths, numbers, JSON bodies):
//!
//! - `mixed`: one line in eight holds a code, in every kind of spelling and cue;
//! - `no_codes`: no line holds any spelling of any code as a token;
//! - `code_every_line`: every line holds one.
//!
//! The alternatives find every spelling of every code (`tests/common/spellings.rs`; the
//! automaton is built at setup): `aho_corasick` in leftmost-longest mode, `regex` with the
//! alternation of the same strings (`regex::bytes`, whose engine turns a large alternation of
//! literals into an Aho-Corasick search of its own), each followed by the whole-token check (no
//! ASCII word byte on either side) and the codes of the pattern, looked up at setup. Neither
//! applies the cues, so on `mixed` they report bare numbers and ordinary words that the scan
//! rightly leaves out: they do less work than the scan, not more. Every benchmark counts the
//! codes it finds, so none can skip its work.

use std::hint::black_box;
use std::time::Duration;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rpa_error_codes::{AnyCode, Matches, scan};

#[path = "../tests/common/spellings.rs"]
mod spellings;

/// The size of each log.
const LOG_BYTES: usize = 64 << 20;

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

const LEVELS: &[&str] = &["INF", "DBG", "WRN", "ERR", "info", "debug"];
const COMPONENTS: &[&str] = &[
    "RobotService",
    "JobScheduler",
    "HttpClientHandler",
    "QueueWorker",
    "machine-agent",
    "DesktopFlowRunner",
];
const WORDS: &[&str] = &[
    "starting",
    "job",
    "completed",
    "request",
    "sent",
    "to",
    "the",
    "queue",
    "item",
    "processed",
    "in",
    "ms",
    "retrying",
    "connection",
    "opened",
    "Session",
    "Robot",
    "Machine",
    "tenant",
    "folder",
    "Shared",
    "with",
    "status",
];

/// A line that holds no spelling of any code as a token.
fn plain_line(rng: &mut Rng, out: &mut String) {
    use std::fmt::Write as _;
    let ms = rng.below(1000);
    write!(
        out,
        "2024-05-{:02}T{:02}:{:02}:{:02}.{ms:03}Z [{}] {}: ",
        1 + rng.below(28),
        rng.below(24),
        rng.below(60),
        rng.below(60),
        rng.pick(LEVELS),
        rng.pick(COMPONENTS),
    )
    .unwrap();
    match rng.below(4) {
        0 => write!(
            out,
            r#"{{"statusCode":200,"elapsed":{},"path":"/odata/Jobs({})","traceId":"00-{:016x}-{:08x}-00"}}"#,
            2000 + rng.below(90_000),
            2000 + rng.below(900_000),
            rng.next(),
            rng.next() as u32,
        )
        .unwrap(),
        1 => write!(
            out,
            r"C:\Users\robot\AppData\Local\UiPath\Logs\execution_{}.log rotated",
            2000 + rng.below(9000)
        )
        .unwrap(),
        _ => {
            for _ in 0..6 + rng.below(8) {
                out.push_str(rng.pick(WORDS));
                out.push(' ');
            }
            write!(out, "{}", 2000 + rng.below(90_000)).unwrap();
        }
    }
    out.push('\n');
}

/// A line that holds one code, in one of the spellings and cues people meet.
fn code_line(rng: &mut Rng, out: &mut String) {
    use std::fmt::Write as _;
    let spelling = match rng.below(8) {
        0 => r#"{"message":"An organization unit is required for this action.","errorCode":1101}"#,
        1 => "get-uipathprocess : The operation returned an error: 1670: pending jobs",
        2 => "installer: Error code: 0x80048306. Http status code: Forbidden.",
        3 => {
            r#"{"error":{"code":"0x80040220","message":"Principal user is missing prvReadworkflow"}}"#
        }
        4 => "logon failed with status -1073741477 for user robot",
        5 => r#"{"error":{"code":"UIFlowAlreadyRunning","message":"A flow is already running"}}"#,
        6 => "action Run_script ended: ActionFailed (see the inner error)",
        _ => "machine reported 0xC000015B while signing in",
    };
    writeln!(
        out,
        "2024-05-{:02}T{:02}:{:02}:{:02}.{:03}Z [ERR] {}: {spelling}",
        1 + rng.below(28),
        rng.below(24),
        rng.below(60),
        rng.below(60),
        rng.below(1000),
        rng.pick(COMPONENTS),
    )
    .unwrap();
}

/// A log of [`LOG_BYTES`], one line in `every` holding a code (0: none).
fn log(every: usize, seed: u64) -> String {
    let mut rng = Rng(seed);
    let mut out = String::with_capacity(LOG_BYTES + 512);
    while out.len() < LOG_BYTES {
        if every != 0 && rng.below(every) == 0 {
            code_line(&mut rng, &mut out);
        } else {
            plain_line(&mut rng, &mut out);
        }
    }
    out
}

/// Whether a match of an alternative stands as a whole token.
fn whole_token(text: &[u8], start: usize, end: usize) -> bool {
    let word = |i: Option<usize>| {
        i.and_then(|i| text.get(i))
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
    };
    !word(start.checked_sub(1)) && !word(Some(end))
}

/// How many codes `scan` finds.
fn count_scan(text: &str) -> usize {
    scan(text).count()
}

/// How many codes the automaton finds at whole tokens.
fn count_aho_corasick(automaton: &AhoCorasick, codes: &[Matches], text: &str) -> usize {
    automaton
        .find_iter(text)
        .filter(|m| whole_token(text.as_bytes(), m.start(), m.end()))
        .map(|m| codes[m.pattern().as_usize()].len())
        .sum()
}

/// How many codes the regular expression finds at whole tokens.
fn count_regex(regex: &regex::bytes::Regex, text: &str) -> usize {
    regex
        .find_iter(text.as_bytes())
        .filter(|m| whole_token(text.as_bytes(), m.start(), m.end()))
        .map(|m| {
            let spelling = std::str::from_utf8(m.as_bytes()).unwrap();
            AnyCode::lookup(spelling).len()
        })
        .sum()
}

fn bench_scan(c: &mut Criterion) {
    let spellings = spellings::spellings();
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&spellings)
        .unwrap();
    let codes: Vec<Matches> = spellings.iter().map(|s| AnyCode::lookup(s)).collect();
    // Longest first, so that the leftmost-first alternation prefers the longest spelling.
    let mut by_length: Vec<&String> = spellings.iter().collect();
    by_length.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let pattern = by_length
        .iter()
        .map(|s| regex::escape(s))
        .collect::<Vec<_>>()
        .join("|");
    let regex = regex::bytes::RegexBuilder::new(&pattern)
        .unicode(false)
        .size_limit(1 << 30)
        .dfa_size_limit(1 << 30)
        .build()
        .unwrap();

    let logs = [
        ("mixed", log(8, 1)),
        ("no_codes", log(0, 2)),
        ("code_every_line", log(1, 3)),
    ];
    // The logs are what they claim to be.
    assert_eq!(count_aho_corasick(&automaton, &codes, &logs[1].1), 0);
    assert_eq!(count_scan(&logs[1].1), 0);
    let lines = logs[2].1.lines().count();
    assert!(count_scan(&logs[2].1) >= lines);
    assert_eq!(
        count_aho_corasick(&automaton, &codes, &logs[0].1),
        count_regex(&regex, &logs[0].1)
    );

    let mut group = c.benchmark_group("scan_64MiB");
    for (name, text) in &logs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("scan/{name}"), |b| {
            b.iter(|| count_scan(black_box(text)))
        });
        group.bench_function(format!("aho_corasick/{name}"), |b| {
            b.iter(|| count_aho_corasick(&automaton, &codes, black_box(text)))
        });
        if *name == "mixed" {
            group.bench_function(format!("regex/{name}"), |b| {
                b.iter(|| count_regex(&regex, black_box(text)))
            });
        }
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .sample_size(10);
    targets = bench_scan
}
criterion_main!(benches);
