//! Power Automate desktop-flow error codes (Microsoft KB 4555406).
//!
//! When a desktop flow run started from the cloud fails, Power Automate reports a string code
//! such as `UIFlowAlreadyRunning`, in the failed action's body and in the Dataverse `flowsession`
//! row. [`PowerAutomateError`] has one variant per code of the vendor's table, named exactly like
//! the code, with everything the table says about it: HTTP status, [run modes](RunModes),
//! [platform](Platform) limits, the mitigation steps as plain text and [links](Link), whether
//! retrying can help ([`RetryClass`], with its reason), which codes replaced a retired one, and
//! the code's former names.
//!
//! [`SOURCE_DATE`] is the date of the newest version of the vendor's table this catalog was
//! transcribed from; log it beside a decision taken from the catalog.
//!
//! ```
//! use rpa_error_codes::power_automate::{PowerAutomateError, RunMode};
//!
//! let code = PowerAutomateError::from_code("UIFlowAlreadyRunning").unwrap();
//! assert_eq!(code.http_status(), 429);
//! assert!(code.run_modes().contains(RunMode::Unattended));
//! assert!(code.is_transient());
//! ```
//!
//! # Every code
//!
//! Generated from `data/power_automate.csv`; each code links to its full documentation.
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/power_automate_table.md"))]

use core::fmt;
use core::str::FromStr;

use crate::{Catalog, Source, UnknownCode};

#[cfg(feature = "serde")]
mod wire;
#[cfg(feature = "serde")]
pub use wire::{ErrorBody, FlowSession, FlowSessionStatus};

include!(concat!(env!("OUT_DIR"), "/power_automate.rs"));

impl RunMode {
    /// The run mode of a Dataverse `flowsession.runmode` picklist value: 0 Local, 1 Attended,
    /// 2 Unattended.
    ///
    /// ```
    /// use rpa_error_codes::power_automate::RunMode;
    /// assert_eq!(RunMode::from_picklist(2), Some(RunMode::Unattended));
    /// assert_eq!(RunMode::from_picklist(3), None);
    /// ```
    pub const fn from_picklist(value: u8) -> Option<RunMode> {
        match value {
            0 => Some(RunMode::Local),
            1 => Some(RunMode::Attended),
            2 => Some(RunMode::Unattended),
            _ => None,
        }
    }

    /// The Dataverse `flowsession.runmode` picklist value of this run mode.
    pub const fn picklist(self) -> u8 {
        match self {
            RunMode::Local => 0,
            RunMode::Attended => 1,
            RunMode::Unattended => 2,
        }
    }

    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

impl RetryClass {
    /// Whether retrying, without changing anything, can succeed:
    /// [`Throttled`](Self::Throttled) (after a wait) or [`Transient`](Self::Transient).
    ///
    /// ```
    /// use rpa_error_codes::RetryClass;
    /// assert!(RetryClass::Throttled.is_retryable());
    /// assert!(RetryClass::Transient.is_retryable());
    /// assert!(!RetryClass::NeedsPerson.is_retryable());
    /// assert!(!RetryClass::Unknown.is_retryable());
    /// ```
    pub const fn is_retryable(self) -> bool {
        matches!(self, RetryClass::Throttled | RetryClass::Transient)
    }
}

/// A set of [`RunMode`]s: the run modes a code occurs in.
///
/// The vendor's "All" is the set of all three.
///
/// ```
/// use rpa_error_codes::power_automate::{PowerAutomateError, RunMode};
///
/// let modes = PowerAutomateError::LocalPlaybackOrRecordingOngoing.run_modes();
/// assert!(modes.is_all());
/// assert_eq!(modes.to_string(), "All");
///
/// let modes = PowerAutomateError::UIFlowAlreadyRunning.run_modes();
/// assert_eq!(modes.iter().collect::<Vec<_>>(), [RunMode::Attended, RunMode::Unattended]);
/// assert_eq!(modes.to_string(), "Attended, Unattended");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct RunModes(u8);

impl RunModes {
    /// No run mode.
    pub const EMPTY: RunModes = RunModes(0);
    /// All three run modes (the vendor's "All").
    pub const ALL: RunModes = RunModes::of(&RunMode::ALL);

    /// The set of the given run modes.
    pub const fn of(modes: &[RunMode]) -> RunModes {
        let mut bits = 0;
        let mut i = 0;
        while i < modes.len() {
            bits |= modes[i].bit();
            i += 1;
        }
        RunModes(bits)
    }

    /// Whether `mode` is in the set.
    pub const fn contains(self, mode: RunMode) -> bool {
        self.0 & mode.bit() != 0
    }

    /// Whether the set holds all three run modes.
    pub const fn is_all(self) -> bool {
        self.0 == RunModes::ALL.0
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many run modes the set holds.
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The run modes in the set, in the order Attended, Unattended, Local.
    pub fn iter(self) -> impl Iterator<Item = RunMode> + Clone {
        RunMode::ALL.into_iter().filter(move |m| self.contains(*m))
    }
}

impl fmt::Debug for RunModes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl fmt::Display for RunModes {
    /// `All` for all three, otherwise the modes separated by `, `.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_all() {
            return f.write_str("All");
        }
        for (i, mode) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(mode.as_str())?;
        }
        Ok(())
    }
}

impl FromIterator<RunMode> for RunModes {
    fn from_iter<I: IntoIterator<Item = RunMode>>(iter: I) -> Self {
        RunModes(iter.into_iter().fold(0, |bits, m| bits | m.bit()))
    }
}

/// A link from a mitigation text: its text and its absolute https URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Link {
    /// The link's text, as in the mitigation.
    pub text: &'static str,
    /// The absolute https URL (relative links of the vendor's page are resolved).
    pub url: &'static str,
}

impl fmt::Display for Link {
    /// `text <url>`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} <{}>", self.text, self.url)
    }
}

power_automate_enum! {
    /// A Power Automate desktop-flow error code.
    ///
    /// Each variant is named exactly like the code it stands for, and its documentation
    /// carries the vendor's mitigation steps. Codes the vendor has retired stay, marked
    /// [retired](Self::is_retired), because older runs still carry them. The enum is
    /// `#[non_exhaustive]`: new vendor codes are added in minor releases, so a `match` needs a
    /// wildcard arm.
    ///
    /// `Display` prints one line, the code and the first sentence of the mitigation, fit for a
    /// log line or an error chain; the alternate form `{:#}` prints the whole mitigation and its
    /// links:
    ///
    /// ```
    /// use rpa_error_codes::PowerAutomateError;
    ///
    /// let error = PowerAutomateError::UIFlowAlreadyRunning;
    /// assert_eq!(
    ///     error.to_string(),
    ///     "UIFlowAlreadyRunning: A desktop flow is already running on the machine.",
    /// );
    /// assert_eq!(
    ///     format!("{error:#}"),
    ///     "UIFlowAlreadyRunning: A desktop flow is already running on the machine. \
    ///      You need to wait for its completion.",
    /// );
    /// ```
    ///
    /// Variants are ordered as in the vendor's table (`Ord`).
    #[non_exhaustive]
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum PowerAutomateError
}

impl PowerAutomateError {
    /// Every code, in table order: the 2023-08 table's codes, then the newer ones.
    pub const ALL: &'static [PowerAutomateError] = &ALL_CODES;

    /// The code for the exact string `code`, or `None` if it is not in the catalog.
    ///
    /// A former name the vendor documents for a code (its
    /// [`former_codes`](PowerAutomateErrorInfo::former_codes)) gives the current code: runs
    /// recorded before the rename still carry it. A retired code that has its own row (such as
    /// `AadLogonFailure`, renamed `MSEntraLogonFailure`) gives that row, which says what
    /// [replaced](Self::replaced_by) it.
    ///
    /// A perfect hash generated at build time finds the only code that can match in a few
    /// nanoseconds, without allocating: faster than the [`CODES`] map (see the crate's README,
    /// "Performance").
    ///
    /// ```
    /// use rpa_error_codes::PowerAutomateError;
    /// assert_eq!(PowerAutomateError::from_code("DnsError"), Some(PowerAutomateError::DnsError));
    /// assert_eq!(PowerAutomateError::from_code("dnserror"), None);
    /// assert_eq!(PowerAutomateError::from_code("-1073741477"), None);
    /// // The former name of MSEntraMachineAlwaysPromptingForPassword:
    /// assert_eq!(
    ///     PowerAutomateError::from_code("AADMachineAlwaysPromptingForPassword"),
    ///     Some(PowerAutomateError::MSEntraMachineAlwaysPromptingForPassword),
    /// );
    /// ```
    #[inline]
    pub fn from_code(code: &str) -> Option<PowerAutomateError> {
        CODE_TABLE.get(code)
    }

    /// The code for `code`, ignoring ASCII case, or `None` if it is not in the catalog.
    /// Former names count, as for [`from_code`](Self::from_code).
    ///
    /// ```
    /// use rpa_error_codes::PowerAutomateError;
    /// assert_eq!(
    ///     PowerAutomateError::from_code_ignore_ascii_case("uiflowalreadyrunning"),
    ///     Some(PowerAutomateError::UIFlowAlreadyRunning),
    /// );
    /// ```
    #[inline]
    pub fn from_code_ignore_ascii_case(code: &str) -> Option<PowerAutomateError> {
        CODE_TABLE.get_ignore_ascii_case(code)
    }

    /// The code as it travels on the wire (the variant's name).
    pub const fn code(self) -> &'static str {
        CODE[self.row()]
    }

    /// The HTTP status the vendor's table gives for the code.
    pub const fn http_status(self) -> u16 {
        HTTP_STATUS[self.row()]
    }

    /// The run modes the code occurs in.
    pub const fn run_modes(self) -> RunModes {
        RUN_MODES[self.row()]
    }

    /// The Windows edition the code is limited to ("Windows Server only.", "Windows 10 only."),
    /// or `None` where the text states no limit.
    pub const fn platform(self) -> Option<Platform> {
        PLATFORM[self.row()]
    }

    /// The vendor's mitigation steps as plain text: no Markdown, no HTML. Line breaks of the
    /// table are `\n`, and list items are lines starting with `- ` (or `1. `, `2. `, ...).
    /// Link texts stay in the text; their URLs are in [`links`](Self::links).
    ///
    /// ```
    /// use rpa_error_codes::PowerAutomateError;
    /// assert_eq!(
    ///     PowerAutomateError::SessionCreationError.mitigation(),
    ///     "Check requirements for unattended scenario:\n\
    ///      - The user specified in your connection is a member of the Remote Desktop Users group.\n\
    ///      - Remote Desktop is enabled on the computer.",
    /// );
    /// ```
    pub const fn mitigation(self) -> &'static str {
        MITIGATION[self.row()]
    }

    /// The links of the mitigation text, with absolute https URLs.
    ///
    /// ```
    /// use rpa_error_codes::PowerAutomateError;
    /// let links = PowerAutomateError::UnableToCallCrlEndpoint.links();
    /// assert_eq!(links[0].url, "https://learn.microsoft.com/power-automate/limits-and-config#ui-flows-required-services");
    /// ```
    pub const fn links(self) -> &'static [Link] {
        LINKS[self.row()]
    }

    /// What retrying can do, as this crate reads the vendor's text: wait and retry
    /// ([`Throttled`](RetryClass::Throttled)), retry ([`Transient`](RetryClass::Transient)),
    /// fix something first ([`NeedsPerson`](RetryClass::NeedsPerson)), or not said
    /// ([`Unknown`](RetryClass::Unknown)). [`retry_reason`](Self::retry_reason) says why.
    ///
    /// ```
    /// use rpa_error_codes::{PowerAutomateError, RetryClass};
    /// assert_eq!(PowerAutomateError::UIFlowAlreadyRunning.retry_class(), RetryClass::Throttled);
    /// assert_eq!(PowerAutomateError::RDPIsNotEnabled.retry_class(), RetryClass::NeedsPerson);
    /// ```
    pub const fn retry_class(self) -> RetryClass {
        RETRY_CLASS[self.row()]
    }

    /// Why the code has its [`retry_class`](Self::retry_class): the vendor's words it rests
    /// on, in double quotes, or the HTTP status.
    ///
    /// ```
    /// use rpa_error_codes::PowerAutomateError;
    /// assert_eq!(
    ///     PowerAutomateError::UIFlowAlreadyRunning.retry_reason(),
    ///     "HTTP 429 (Too Many Requests), and the text says \"You need to wait for its completion.\"",
    /// );
    /// ```
    pub const fn retry_reason(self) -> &'static str {
        RETRY_REASON[self.row()]
    }

    /// Whether retrying, without changing anything, can succeed: the
    /// [`retry_class`](Self::retry_class) is [`Throttled`](RetryClass::Throttled) (wait first)
    /// or [`Transient`](RetryClass::Transient).
    ///
    /// ```
    /// use rpa_error_codes::PowerAutomateError;
    /// assert!(PowerAutomateError::DesktopFlowsActionThrottled.is_transient());
    /// // HTTP 429: the service asks the caller to wait.
    /// assert!(PowerAutomateError::LocalPlaybackOrRecordingOngoing.is_transient());
    /// assert!(!PowerAutomateError::RDPIsNotEnabled.is_transient());
    /// ```
    pub const fn is_transient(self) -> bool {
        self.retry_class().is_retryable()
    }

    /// The codes the vendor renamed or split this code into; empty for current codes.
    ///
    /// ```
    /// use rpa_error_codes::PowerAutomateError;
    /// assert_eq!(
    ///     PowerAutomateError::AadLogonFailure.replaced_by(),
    ///     [PowerAutomateError::MSEntraLogonFailure],
    /// );
    /// ```
    pub const fn replaced_by(self) -> &'static [PowerAutomateError] {
        REPLACED_BY[self.row()]
    }

    /// Whether the code is no longer in the vendor's current table. Retired codes stay in the
    /// catalog because runs recorded before still carry them.
    pub const fn is_retired(self) -> bool {
        RETIRED_IN[self.row()].is_some()
    }

    /// The former names the vendor documents for the code; [`from_code`](Self::from_code)
    /// reads each as this code.
    ///
    /// ```
    /// use rpa_error_codes::PowerAutomateError;
    /// assert_eq!(
    ///     PowerAutomateError::MSEntraMachineAlwaysPromptingForPassword.former_codes(),
    ///     ["AADMachineAlwaysPromptingForPassword"],
    /// );
    /// ```
    pub const fn former_codes(self) -> &'static [&'static str] {
        FORMER_CODES[self.row()]
    }

    /// Every fact of the code's row.
    pub const fn info(self) -> &'static PowerAutomateErrorInfo {
        &INFO[self.row()]
    }
}

// Written out rather than derived with `thiserror`: the derive would parse the whole
// generated enum, docs and all, which is most of the macro expansion of a large catalog.
impl core::error::Error for PowerAutomateError {}

impl fmt::Display for PowerAutomateError {
    /// One line: the code and the first sentence of the mitigation, with the URL where that
    /// sentence only points to another page. The alternate form (`{:#}`) prints the whole
    /// mitigation and then every link, one per line.
    ///
    /// ```
    /// use rpa_error_codes::PowerAutomateError;
    ///
    /// let error = PowerAutomateError::UnattendedUserSessionLocked;
    /// assert_eq!(
    ///     error.to_string(),
    ///     "UnattendedUserSessionLocked: For more information about this error code, see \
    ///      UnattendedUserSessionLocked (https://learn.microsoft.com/troubleshoot/power-platform/\
    ///      power-automate/desktop-flows/troubleshoot-desktop-flow-run-queue-errors\
    ///      #unattendedusersessionlocked).",
    /// );
    /// let all = format!("{error:#}");
    /// assert!(all.starts_with("UnattendedUserSessionLocked: For more information"));
    /// assert!(all.ends_with(&error.links()[0].to_string()));
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            write!(f, "{}: {}", self.code(), self.mitigation())?;
            crate::write_links(f, self.links())
        } else {
            write!(f, "{}: {}", self.code(), ONE_LINE[self.row()])
        }
    }
}

impl FromStr for PowerAutomateError {
    type Err = UnknownCode;

    /// The exact code or a documented former name, as [`from_code`](Self::from_code).
    fn from_str(s: &str) -> Result<Self, UnknownCode> {
        Self::from_code(s).ok_or_else(|| UnknownCode::new(Catalog::PowerAutomate, s))
    }
}
