//! Typed catalogs of the error codes of Microsoft Power Automate and UiPath Orchestrator, and of
//! the codes their error bodies carry, generated from the vendors' tables.
//!
//! - [`PowerAutomateError`]: Microsoft Power Automate desktop-flow codes such as
//!   `UIFlowAlreadyRunning`, with HTTP status, run modes, platform limits, mitigation steps and
//!   links, whether retrying can help, and what replaced a retired code.
//! - [`OrchestratorCode`]: UiPath Orchestrator API codes such as `1670`, with symbolic name,
//!   message template, description, category, HTTP status where a source states one, and how
//!   sure the name is.
//! - [`LogonStatus`]: the Windows logon statuses of KB 5021155 such
//!   as `-1073741477`, which a Power Automate error body carries when a connection cannot sign
//!   in to a machine.
//! - `DataverseError` (feature `dataverse`): the 4,059 Dataverse Web API errors such as
//!   `0x80040220`.
//! - [`CloudFlowError`]: the Power Automate cloud-flow errors such as `InvalidTemplate`, with
//!   category, meaning, causes, fixes and related codes.
//!
//! Every catalog's enum implements [`Code`], one trait generated for all of them, so code
//! written once works for each; [`AnyCode`] holds a code of any catalog, and
//! [`AnyCode::lookup`] finds a string in every catalog at once.
//!
//! [`scan`] finds every code in any text (a log line, a console transcript, a pasted post)
//! with where it stands, without allocating.
//!
//! With the `serde` feature, [`body`] reads the error bodies that carry these codes (a Power
//! Automate error body, a Dataverse `flowsession` row, each UiPath shape) without losing a
//! byte, and `MaybeKnown` holds a code field of your own structs that a new code does not
//! break. The `explain` program (feature `cli`) answers "what does this code mean?" at a
//! terminal; its `--json` output is described [below](#the-json-of-explain).
//!
//! Every code of every catalog has a [`RetryClass`] (wait and retry, retry, needs a person, or
//! unknown) with its reason, quoting the vendor's words it rests on: the class is this crate's
//! reading of the vendor's text, `retry_class()` and `is_retryable()` on each code type give
//! it. Each catalog module's `SOURCE_DATE` is the date of the newest vendor document it was
//! transcribed from, for logs.
//!
//! Every fact comes from the vendors' documents, transcribed into CSV tables with their sources
//! (`data/` in the package) and turned into Rust at build time. Lookups allocate nothing and
//! need no start-up work: the tables are `static` data.
//!
//! # Quick start: retry or alert
//!
//! ```
//! use rpa_error_codes::PowerAutomateError;
//!
//! enum Action {
//!     RetryLater,
//!     Alert(String),
//! }
//!
//! fn decide(code: &str) -> Action {
//!     match PowerAutomateError::from_code(code) {
//!         // A flow is still running on the machine: wait for it.
//!         Some(PowerAutomateError::UIFlowAlreadyRunning) => Action::RetryLater,
//!         // The catalog knows which other codes a retry can fix.
//!         Some(error) if error.is_retryable() => Action::RetryLater,
//!         // Everything else needs a person; tell them what the vendor says to do.
//!         Some(error) => Action::Alert(error.to_string()),
//!         None => Action::Alert(format!("unknown desktop-flow error {code}")),
//!     }
//! }
//!
//! assert!(matches!(decide("UIFlowAlreadyRunning"), Action::RetryLater));
//! assert!(matches!(decide("AuthTokenNotYetValid"), Action::RetryLater));
//! match decide("RDPIsNotEnabled") {
//!     Action::Alert(text) => {
//!         assert_eq!(text, "RDPIsNotEnabled: You need to enable Remote Desktop on the machine.")
//!     }
//!     Action::RetryLater => unreachable!(),
//! }
//! ```
//!
//! And for Orchestrator:
//!
//! ```
//! use rpa_error_codes::OrchestratorCode;
//!
//! let code: OrchestratorCode = "1670".parse().unwrap();
//! assert_eq!(code, OrchestratorCode::PendingJobsAlreadyExist);
//! assert_eq!(u16::from(code), 1670);
//! assert_eq!(
//!     code.to_string(),
//!     "1670 PendingJobsAlreadyExist: The robots already have pending jobs for this process."
//! );
//! ```
//!
//! # Features
//!
//! - `std` (default): links the standard library. Nothing in the API needs it: the crate is
//!   `no_std`, and its errors implement [`core::error::Error`].
//! - `serde` (off): [`serde`](https://serde.rs) support, for `no_std` with `alloc`.
//!   - The codes serialize as they travel on the wire: [`PowerAutomateError`] as its code
//!     string, [`OrchestratorCode`] as its number,
//!     [`LogonStatus`] as its signed number and `DataverseError`
//!     as its lower-case hex string (`"0x80040220"`). [`OrchestratorCode`] also deserializes
//!     from a numeric string (`"1670"`) or its symbolic name (`"PendingJobsAlreadyExist"`), a
//!     logon status from `"-1073741477"` or `"0xC000015B"`, a Dataverse error from any case,
//!     a signed decimal or a number. A value that is not in the catalog is an error naming it;
//!     [`MaybeKnown`] reads it instead, for your own structs.
//!   - The catalog rows ([`PowerAutomateErrorInfo`](power_automate::PowerAutomateErrorInfo),
//!     [`OrchestratorCodeInfo`](orchestrator::OrchestratorCodeInfo)) and the types in them
//!     serialize, for dashboards and exports; [`RunMode`](power_automate::RunMode) also
//!     deserializes (`"Attended"`, `"attended"`, or the `flowsession.runmode` integers 0, 1,
//!     2).
//!   - The error bodies that carry the codes: `power_automate::ErrorBody` (`{"error": {"code",
//!     "message"}}`), `power_automate::FlowSession` (a Dataverse `flowsession` row) and
//!     `orchestrator::ErrorResponse` (every shape of Orchestrator's error body, and those of
//!     other UiPath services told apart). Each keeps the JSON object as received and
//!     serializes back to it, every value exact (see [Exact values](#exact-values)); their
//!     accessors borrow from it and allocate nothing.
//!
//!   Uses `serde_json`'s `Map`, `Value` and `RawValue` (its `raw_value` feature). With `std`
//!   too, `serde` and `serde_json` get their `std` features.
//!
//! ## Exact values
//!
//! The error bodies write back every value digit for digit: numbers of any size and precision
//! (`18446744073709551616`, `-0`, `1e400`, 17 significant digits) and strings with a lone
//! surrogate (`"\ud800"`), all valid JSON. No valid body is refused for such a value, so its
//! code is never lost; text that is not JSON is still an error, with `serde_json`'s line and
//! column.
//!
//! Each value is read as the text of its JSON token (`serde_json`'s `RawValue`). The accessors
//! read a *view* of the body in `serde_json::Value`, which holds most bodies exactly. Where it
//! cannot, the view holds:
//!
//! | received | in the view |
//! |---|---|
//! | an integer within `i64` or `u64` | that integer (exact) |
//! | `-0` | the integer 0 |
//! | a fraction, an exponent, an integer beyond `u64` | the nearest `f64`, correctly rounded |
//! | a number beyond `f64` (`1e400`) | null |
//! | a string with a lone surrogate | the string with U+FFFD in its place |
//! | a key given more than once | its last value, as `serde_json::Value` reads one |
//!
//! and the body keeps its text as received too, and writes that when serialized (key order and
//! spacing included). So `{"errorCode": -0}` has `raw_code()` `Some(0)` and writes back `-0`.
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use rpa_error_codes::orchestrator::{ErrorResponse, OrchestratorCode};
//!
//! let text = r#"{"errorCode":1670,"trace":[18446744073709551616,-0,1e400,"\ud800"]}"#;
//! let body: ErrorResponse = serde_json::from_str(text).unwrap();
//! assert_eq!(body.code(), Some(OrchestratorCode::PendingJobsAlreadyExist));
//! assert_eq!(serde_json::to_string(&body).unwrap(), text);
//! assert_eq!(body.get("trace").unwrap()[2], serde_json::Value::Null);
//! # }
//! ```
//!
//! Why not `serde_json`'s `arbitrary_precision` and `float_roundtrip` features: cargo unifies
//! features, so turning them on here would change `serde_json` for every crate of a user's
//! program. `arbitrary_precision` changes how `Number` is represented and breaks numbers read
//! through `#[serde(flatten)]` and untagged enums in other crates; `float_roundtrip` makes
//! every float parse slower. Neither keeps `-0` or `1.50` as written, nor lets a string hold a
//! lone surrogate. `raw_value` only adds a type, so it is the one feature turned on.
//!
//! The cost: the bodies read from `serde_json`'s own deserializers (`from_str`, `from_slice`,
//! `from_reader`, `from_value`). Under serde's buffering (`#[serde(flatten)]`, untagged enums)
//! or from another format, read a `serde_json::Value` first and use `from_value`.
//! `serde_json::to_value` of a body that holds `1e400` or a lone surrogate fails, as `Value`
//! cannot hold them; `to_string` and `to_writer` write them.
//!
//! # Forward compatibility
//!
//! Vendors add codes, so every catalog's enum is `#[non_exhaustive]`: a new code is a minor
//! release, and a `match` on them needs a wildcard arm. Codes a vendor retires stay in the catalog, marked.
//!
//! # The JSON of `explain`
//!
//! `explain --json` (the program of the `cli` feature) writes one JSON object per line: one per
//! code found (an input several catalogs know gives one per catalog), per code of `--list`, per
//! unknown input, and per error body read on standard input. A consumer should ignore keys it does
//! not know.
//!
//! | key | value |
//! |---|---|
//! | `input` | the argument, or for `-` the code as the body carries it (`null` when the body carries none, or only another UiPath service's number); cut after 80 characters, marked `...`; `null` for `--list` |
//! | `catalog` | `"power_automate"`, `"orchestrator"`, `"windows_logon"`, `"dataverse"`, `"cloud_flow"`; `null` when no catalog has the input |
//! | `code` | the code as written on the wire: `"UIFlowAlreadyRunning"`, `"1670"`, `"-1073741477"`, `"0x80040220"` |
//! | `name` | the code, Orchestrator's symbolic name, the logon status's name, Dataverse's name |
//! | `message` | what the vendor says: the Power Automate mitigation, the Orchestrator message template, the logon or Dataverse message; `null` where none is given |
//! | `http_status` | the HTTP status a source states, or `null` |
//! | `retry` | `{"class", "reason"}`: `class` is `"throttled"`, `"transient"`, `"needs_person"` or `"unknown"`; `reason` says why, quoting the vendor's words it rests on |
//! | `source` | `{"document", "date", "url"}`: where the row comes from (`date` may be `null`) |
//! | `body` | only for `-`: what the body itself says, `{"kind", "line", "code", "message", "trace_id", "inner"}`; `kind` is `"power_automate"`, `"flowsession"`, `"orchestrator"`, `"orchestrator_abp_envelope"`, `"orchestrator_multi_status"`, `"uipath_identity"`, `"problem_details"` or `"unattributed"` (a lone `message`); `inner` lists the errors inside its error (`{"code", "message", "catalog", "name"}`) |
//! | `suggestions` | only when `catalog` is `null` and the input is an argument: close known spellings, possibly none |
//!
//! `explain --json-schema` prints the same as a JSON Schema:
//!
//! ```json
#![doc = include_str!("bin/explain/schema.json")]
//! ```
#![no_std]
#![forbid(unsafe_code)]
// The docs name the `serde` items (the bodies, `MaybeKnown`) wherever they fit; without the
// feature those links have no target, and rustdoc prints their text instead.
#![cfg_attr(not(feature = "serde"), allow(rustdoc::broken_intra_doc_links))]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "serde")]
extern crate alloc;
// Unit tests use the standard library whatever the features.
#[cfg(any(feature = "std", test))]
extern crate std;

// `Catalog`, `AnyCode`, and the `dispatch!` and `each_catalog!` macros the modules below use,
// generated from every catalog's description.
include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

mod any_code;
pub mod body;
pub mod cloud_flow;
mod code;
#[cfg(feature = "dataverse")]
#[cfg_attr(docsrs, doc(cfg(feature = "dataverse")))]
pub mod dataverse;
mod hash;
#[cfg(feature = "serde")]
mod json;
mod link;
mod lookup;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod maybe_known;
pub mod orchestrator;
mod parse;
pub mod power_automate;
mod retry;
mod scan;
#[cfg(feature = "serde")]
mod serde_impls;
mod source;
mod unknown;
pub mod windows_logon;

pub use any_code::{CodeText, Matches};
pub use cloud_flow::CloudFlowError;
pub use code::Code;
#[cfg(feature = "dataverse")]
pub use dataverse::DataverseError;
pub use link::Link;
pub(crate) use link::{write_codes, write_links, write_section};
#[cfg(feature = "serde")]
pub use maybe_known::MaybeKnown;
pub use orchestrator::OrchestratorCode;
pub use power_automate::PowerAutomateError;
pub use retry::RetryClass;
pub use scan::{Found, Scan, scan};
pub use source::Source;
pub use unknown::UnknownCode;
pub use windows_logon::LogonStatus;

/// The types every catalog's generated module names.
mod shared {
    pub use crate::{Link, RetryClass, Source};
}

/// The `phf` crate, whose [`Map`](phf::Map) type the public lookup maps
/// ([`power_automate::CODES`], [`orchestrator::BY_CODE`], [`orchestrator::BY_NAME`]) use.
pub use phf;

/// The README's examples, run as doc tests (they use the bodies, so they need `serde`).
#[cfg(all(doctest, feature = "serde"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
