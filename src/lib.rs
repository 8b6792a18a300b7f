//! Typed catalogs of the error codes of two RPA platforms, generated from the vendors' tables.
//!
//! - [`PowerAutomateError`]: Microsoft Power Automate desktop-flow codes such as
//!   `UIFlowAlreadyRunning`, with HTTP status, run modes, platform limits, mitigation steps and
//!   links, whether retrying can help, and what replaced a retired code.
//! - [`OrchestratorCode`]: UiPath Orchestrator API codes such as `1670`, with symbolic name,
//!   message template, description, category, HTTP status where a source states one, and how
//!   sure the name is.
//! - [`LogonStatus`](windows_logon::LogonStatus): the Windows logon statuses of KB 5021155 such
//!   as `-1073741477`, which a Power Automate error body carries when a connection cannot sign
//!   in to a machine.
//! - `dataverse::DataverseError` (feature `dataverse`): the 4,059 Dataverse Web API errors such
//!   as `0x80040220`.
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
//!         Some(error) if error.is_transient() => Action::RetryLater,
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
//!     string, [`OrchestratorCode`] as its number. [`OrchestratorCode`] also deserializes from
//!     a numeric string (`"1670"`) or its symbolic name (`"PendingJobsAlreadyExist"`). A value
//!     that is not in the catalog is an error naming it.
//!   - The catalog rows ([`PowerAutomateErrorInfo`](power_automate::PowerAutomateErrorInfo),
//!     [`OrchestratorCodeInfo`](orchestrator::OrchestratorCodeInfo)) and the types in them
//!     serialize, for dashboards and exports; [`RunMode`](power_automate::RunMode) also
//!     deserializes (`"Attended"` or `"attended"`).
//!   - The error bodies that carry the codes: `power_automate::ErrorBody` (`{"error": {"code",
//!     "message"}}`), `power_automate::FlowSession` (a Dataverse `flowsession` row) and
//!     `orchestrator::ErrorResponse` (every shape of Orchestrator's error body, and those of
//!     other UiPath services told apart). Each keeps the JSON object as received and
//!     serializes back to it, so nothing is lost; their accessors borrow from it and allocate
//!     nothing.
//!
//!   Uses `serde_json`'s `Map` and `Value`. With `std` too, `serde` and `serde_json` get
//!   their `std` features.
//!
//! # Forward compatibility
//!
//! Vendors add codes, so both enums are `#[non_exhaustive]`: a new code is a minor release, and
//! a `match` on them needs a wildcard arm. Codes a vendor retires stay in the catalog, marked.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "serde")]
extern crate alloc;
// Unit tests use the standard library whatever the features.
#[cfg(any(feature = "std", test))]
extern crate std;

mod any_code;
pub mod body;
#[cfg(feature = "dataverse")]
#[cfg_attr(docsrs, doc(cfg(feature = "dataverse")))]
pub mod dataverse;
mod hash;
mod lookup;
pub mod orchestrator;
mod parse;
pub mod power_automate;
#[cfg(feature = "serde")]
mod serde_impls;
mod unknown;
pub mod windows_logon;

pub use any_code::{AnyCode, CodeText, Matches};
pub use orchestrator::OrchestratorCode;
pub use power_automate::PowerAutomateError;
pub use unknown::{Catalog, UnknownCode};

/// The `phf` crate, whose [`Map`](phf::Map) type the public lookup maps
/// ([`power_automate::CODES`], [`orchestrator::BY_CODE`], [`orchestrator::BY_NAME`]) use.
pub use phf;

/// The document a row of the catalog was transcribed from.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Source {
    /// The document's title or reference.
    pub document: &'static str,
    /// The date of the document's version, where known (YYYY-MM-DD).
    pub date: Option<&'static str>,
    /// Where the document is published (https).
    pub url: &'static str,
}
