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

use core::fmt;
use core::str::FromStr;

use crate::{Catalog, RetryClass, Source, UnknownCode};

#[cfg(feature = "serde")]
mod wire;
#[cfg(feature = "serde")]
pub use wire::{BodyShape, ErrorResponse};

include!(concat!(env!("OUT_DIR"), "/orchestrator.rs"));

orchestrator_enum! {
    /// A UiPath Orchestrator API error code.
    ///
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
    #[non_exhaustive]
    #[repr(u16)]
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum OrchestratorCode
}

impl OrchestratorCode {
    /// Every code, in ascending order.
    pub const ALL: &'static [OrchestratorCode] = &ALL_CODES;

    /// The code with number `code`, or `None` if it is not in the catalog.
    ///
    /// One read of a dense table indexed by `code - 1000`: faster than the [`BY_CODE`] map.
    ///
    /// ```
    /// use rpa_error_codes::OrchestratorCode;
    /// assert_eq!(OrchestratorCode::from_u16(1002), Some(OrchestratorCode::ItemNotFound));
    /// assert_eq!(OrchestratorCode::from_u16(0), None);
    /// ```
    #[inline]
    pub fn from_u16(code: u16) -> Option<OrchestratorCode> {
        find_code(u32::from(code))
    }

    /// The code with the symbolic name, documented alias or former name `name`, or `None`.
    ///
    /// A former name is one this crate used before correcting the code's name (see
    /// ["Corrected names"](self#corrected-names)): it still finds the code.
    ///
    /// A perfect hash generated at build time: faster than the [`BY_NAME`] map.
    ///
    /// ```
    /// use rpa_error_codes::OrchestratorCode;
    /// assert_eq!(OrchestratorCode::from_name("ItemNotFound"), Some(OrchestratorCode::ItemNotFound));
    /// // An alias documented for 1208:
    /// assert_eq!(
    ///     OrchestratorCode::from_name("InvalidUnattendedMachineSlots"),
    ///     Some(OrchestratorCode::MachineLicenseCannotChange),
    /// );
    /// ```
    #[inline]
    pub fn from_name(name: &str) -> Option<OrchestratorCode> {
        NAME_TABLE.get(name)
    }

    /// The code with the symbolic name or alias `name`, ignoring ASCII case, or `None`.
    #[inline]
    pub fn from_name_ignore_ascii_case(name: &str) -> Option<OrchestratorCode> {
        NAME_TABLE.get_ignore_ascii_case(name)
    }

    /// The number.
    pub const fn code(self) -> u16 {
        self as u16
    }

    /// UiPath's symbolic name (see [`name_evidence`](Self::name_evidence) for how sure it is).
    pub const fn name(self) -> &'static str {
        NAME[self.row()]
    }

    /// The message template as documented, with its `[Placeholders]`, e.g.
    /// `"Tenant [NameOfTenant] is disabled!"`; `None` where no source gives one.
    pub const fn message(self) -> Option<&'static str> {
        MESSAGE[self.row()]
    }

    /// When the code occurs, as documented; `None` where the table gives no description.
    pub const fn description(self) -> Option<&'static str> {
        DESCRIPTION[self.row()]
    }

    /// The area of Orchestrator the code belongs to.
    pub const fn category(self) -> Category {
        CATEGORY[self.row()]
    }

    /// The HTTP status that comes with the code, only where a source states one.
    pub const fn http_status(self) -> Option<u16> {
        HTTP_STATUS[self.row()]
    }

    /// How sure the catalog is of the [`name`](Self::name).
    pub const fn name_evidence(self) -> NameEvidence {
        NAME_EVIDENCE[self.row()]
    }

    /// What retrying can do, as this crate reads the vendor's text (see [`RetryClass`]);
    /// [`retry_reason`](Self::retry_reason) says why.
    ///
    /// ```
    /// use rpa_error_codes::{OrchestratorCode, RetryClass};
    /// // "Cannot open the package feed. Try again later."
    /// assert_eq!(OrchestratorCode::TenantFeedInUse.retry_class(), RetryClass::Throttled);
    /// assert_eq!(
    ///     OrchestratorCode::TenantFeedInUse.retry_reason(),
    ///     "The message says \"Try again later.\"",
    /// );
    /// assert_eq!(OrchestratorCode::InvalidCron.retry_class(), RetryClass::NeedsPerson);
    /// ```
    pub const fn retry_class(self) -> RetryClass {
        RETRY_CLASS[self.row()]
    }

    /// Why the code has its [`retry_class`](Self::retry_class): the vendor's words it rests
    /// on, in double quotes, or the HTTP status; for [`RetryClass::Unknown`], why the text
    /// supports no class.
    pub const fn retry_reason(self) -> &'static str {
        RETRY_REASON[self.row()]
    }

    /// Whether retrying, without changing anything, can succeed: the
    /// [`retry_class`](Self::retry_class) is [`Throttled`](RetryClass::Throttled) (wait first)
    /// or [`Transient`](RetryClass::Transient).
    ///
    /// ```
    /// use rpa_error_codes::OrchestratorCode;
    /// assert!(!OrchestratorCode::InvalidCron.is_transient());
    /// ```
    pub const fn is_transient(self) -> bool {
        self.retry_class().is_retryable()
    }

    /// Every fact of the code's row.
    pub const fn info(self) -> &'static OrchestratorCodeInfo {
        &INFO[self.row()]
    }
}

// Written out rather than derived with `thiserror`: the derive would parse the whole
// generated enum, docs and all, which is most of the macro expansion of a large catalog.
impl core::error::Error for OrchestratorCode {}

impl fmt::Display for OrchestratorCode {
    /// One line: the number, the name and the first sentence of the message, or the category
    /// where no source gives a message. The alternate form (`{:#}`) prints the whole message
    /// and then the description, where there is one.
    ///
    /// ```
    /// use rpa_error_codes::OrchestratorCode;
    ///
    /// let code = OrchestratorCode::from_u16(1011).unwrap();
    /// assert_eq!(code.message(), Some("Cannot open libraries feed. Try again later."));
    /// assert_eq!(code.to_string(), format!("1011 {}: Cannot open libraries feed.", code.name()));
    /// assert!(format!("{code:#}").contains("Cannot open libraries feed. Try again later."));
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code(), self.name())?;
        match (self.message(), f.alternate()) {
            (Some(message), true) => write!(f, ": {message}")?,
            (Some(_), false) => write!(f, ": {}", ONE_LINE[self.row()])?,
            (None, _) => write!(f, " ({})", self.category())?,
        }
        match self.description() {
            Some(description) if f.alternate() => write!(f, "\n\n{description}"),
            _ => Ok(()),
        }
    }
}

impl From<OrchestratorCode> for u16 {
    fn from(code: OrchestratorCode) -> u16 {
        code as u16
    }
}

impl TryFrom<u16> for OrchestratorCode {
    type Error = UnknownCode;

    fn try_from(code: u16) -> Result<Self, UnknownCode> {
        Self::from_u16(code)
            .ok_or_else(|| UnknownCode::number(Catalog::Orchestrator, i64::from(code)))
    }
}

impl FromStr for OrchestratorCode {
    type Err = UnknownCode;

    /// A number (`"1670"`) or an exact symbolic name or alias (`"PendingJobsAlreadyExist"`).
    ///
    /// ```
    /// use rpa_error_codes::OrchestratorCode;
    /// assert_eq!("1670".parse(), Ok(OrchestratorCode::PendingJobsAlreadyExist));
    /// assert_eq!("PendingJobsAlreadyExist".parse(), Ok(OrchestratorCode::PendingJobsAlreadyExist));
    /// assert!("+1670".parse::<OrchestratorCode>().is_err());
    /// assert!("01670".parse::<OrchestratorCode>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, UnknownCode> {
        let is_number = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let found = if is_number {
            // Codes are written without leading zeros; "01670" is not a code.
            s.parse::<u16>()
                .ok()
                .filter(|_| !s.starts_with('0'))
                .and_then(Self::from_u16)
        } else {
            Self::from_name(s)
        };
        found.ok_or_else(|| UnknownCode::new(Catalog::Orchestrator, s))
    }
}
