//! UiPath Orchestrator API error codes (the custom `errorCode` numbers, 1000 and up).
//!
//! Orchestrator answers a failed API call with an HTTP status and a body whose `errorCode` is
//! one of these numbers, such as 1670 when the robots already have pending jobs for a process.
//! [`OrchestratorCode`] has one variant per documented number, named by UiPath's symbolic name,
//! with the discriminant equal to the number.
//!
//! The vendor's table gives numbers, messages and descriptions, not always names. Where no
//! source states the name for a number, it was derived from the order of UiPath's published
//! name list, and [`NameEvidence`] says how sure that is. Documentation of each variant gives
//! the grade and its source.
//!
//! ```
//! use rpa_error_codes::orchestrator::{Category, OrchestratorCode};
//!
//! let code = OrchestratorCode::from_u16(1670).unwrap();
//! assert_eq!(code, OrchestratorCode::PendingJobsAlreadyExist);
//! assert_eq!(code.category(), Category::Jobs);
//! assert_eq!(code.message(), Some("The robots already have pending jobs for this process."));
//! ```
//!
//! Whether retrying can help is [`OrchestratorCode::retry_class`], with its reason; most codes
//! have no text that says, and are [`RetryClass::Unknown`]. [`NEWEST_SOURCE`] names the document the
//! table comes from ([`SOURCE_DATE`] is `None`: the copy it was transcribed from is undated).
//!
//! # Corrected names
//!
//! Many names are [inferred](NameEvidence::Inferred) or come from the
//! [order of UiPath's name list](NameEvidence::EnumOrder), so a later source may show that a
//! name is wrong. When this crate corrects a name, the variant takes the right name and the
//! old one keeps working, for at least the rest of the major version:
//!
//! - it stays an associated constant of [`OrchestratorCode`], equal to the renamed variant and
//!   marked `#[deprecated]` with a note naming the new name, so code that uses it, in
//!   expressions and in `match` patterns, still compiles and gets a warning;
//! - [`OrchestratorCode::from_name`], `FromStr`, serde and [`BY_NAME`] still read it as the
//!   code;
//! - the code's [`former_names`](OrchestratorCodeInfo::former_names) list it.
//!
//! The former names are data: the `former_names` column of `data/orchestrator.csv`, from which
//! the build generates the constants. No name has been corrected yet, so the list is empty.
//! A corrected name `OldName` of `NewName` would read:
//!
//! ```ignore
//! # use rpa_error_codes::OrchestratorCode;
//! # fn alert() {} fn other() {}
//! # let code = OrchestratorCode::NewName;
//! match code {
//!     #[allow(deprecated)]
//!     OrchestratorCode::OldName => alert(), // warning without the allow: use `NewName`
//!     _ => other(),
//! }
//! ```
//!
//! # Every code
//!
//! Generated from `data/orchestrator.csv`; each name links to its full documentation.
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/orchestrator_table.md"))]

#[cfg(feature = "serde")]
mod wire;
#[cfg(feature = "serde")]
pub use wire::{BodyShape, ErrorResponse};

include!(concat!(env!("OUT_DIR"), "/orchestrator.rs"));

orchestrator_enum! {
    /// Each variant is named by UiPath's symbolic name and its discriminant is the number, so
    /// `code as u16` and [`u16::from`] give the number. The enum is `#[non_exhaustive]`: new
    /// vendor codes are added in minor releases, so a `match` needs a wildcard arm.
    ///
    /// `Display` prints one line: the number, the name and the first sentence of the message,
    /// or the category when the message is unknown. The alternate form `{:#}` prints the whole
    /// message and the description:
    ///
    /// ```
    /// use rpa_error_codes::OrchestratorCode;
    ///
    /// assert_eq!(
    ///     OrchestratorCode::PendingJobsAlreadyExist.to_string(),
    ///     "1670 PendingJobsAlreadyExist: The robots already have pending jobs for this process.",
    /// );
    /// assert_eq!(OrchestratorCode::LicenseLimitExceeded.to_string(), "1904 LicenseLimitExceeded (License)");
    /// ```
    pub enum OrchestratorCode
}
