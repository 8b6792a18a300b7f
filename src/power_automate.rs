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
//! assert!(code.is_retryable());
//! ```
//!
//! # Every code
//!
//! Generated from `data/power_automate.csv`; each code links to its full documentation.
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/power_automate_table.md"))]

use core::fmt;

#[cfg(feature = "serde")]
mod wire;
#[cfg(feature = "serde")]
pub use wire::{ErrorBody, FlowSession, FlowSessionStatus};

include!(concat!(env!("OUT_DIR"), "/power_automate.rs"));

// Where these lived before they were shared by every catalog; both paths keep working.
#[doc(hidden)]
pub use crate::{Link, RetryClass};

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

power_automate_enum! {
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
    pub enum PowerAutomateError
}

impl PowerAutomateError {
    /// Whether the code is no longer in the vendor's current table (its
    /// [`retired_in`](Self::retired_in) date is set). Retired codes stay in the catalog
    /// because runs recorded before still carry them.
    ///
    /// ```
    /// use rpa_error_codes::PowerAutomateError;
    /// assert!(PowerAutomateError::AadLogonFailure.is_retired());
    /// assert_eq!(
    ///     PowerAutomateError::AadLogonFailure.replaced_by(),
    ///     [PowerAutomateError::MSEntraLogonFailure],
    /// );
    /// ```
    pub const fn is_retired(self) -> bool {
        self.retired_in().is_some()
    }
}
