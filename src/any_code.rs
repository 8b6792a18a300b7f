//! [`AnyCode`]: a code of any catalog, and looking a string up in every catalog at once.

use core::fmt;

#[cfg(feature = "dataverse")]
use crate::dataverse::DataverseError;
use crate::windows_logon::LogonStatus;
use crate::{Catalog, OrchestratorCode, PowerAutomateError, Source};

/// A code of one of the crate's catalogs.
///
/// [`AnyCode::lookup`] finds a string in every catalog at once, for a tool or a log reader that
/// does not know where a code came from. When the source is known, the catalog's own type is the
/// better choice: a number in a UiPath Identity body is not an Orchestrator code, and a Power
/// Automate body's code is never an Orchestrator name (see
/// [`ErrorBody::typed_code`](crate::power_automate::ErrorBody::typed_code) for those bodies).
///
/// The enum is `#[non_exhaustive]`: a catalog added later is a new variant. The `Dataverse`
/// variant exists only with the `dataverse` feature.
///
/// ```
/// use rpa_error_codes::{AnyCode, Catalog, OrchestratorCode};
///
/// let code = AnyCode::lookup("1670").only().unwrap();
/// assert_eq!(code, AnyCode::Orchestrator(OrchestratorCode::PendingJobsAlreadyExist));
/// assert_eq!(code.catalog(), Catalog::Orchestrator);
/// assert_eq!(code.name(), "PendingJobsAlreadyExist");
/// assert_eq!(code.code().to_string(), "1670");
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnyCode {
    /// A Power Automate desktop-flow code.
    PowerAutomate(PowerAutomateError),
    /// A UiPath Orchestrator code.
    Orchestrator(OrchestratorCode),
    /// A Windows logon status of KB 5021155.
    WindowsLogon(LogonStatus),
    /// A Dataverse Web API error (the `dataverse` feature).
    #[cfg(feature = "dataverse")]
    #[cfg_attr(docsrs, doc(cfg(feature = "dataverse")))]
    Dataverse(DataverseError),
}

/// How many catalogs [`AnyCode::lookup`] asks: the most matches a string can have.
const CATALOGS: usize = if cfg!(feature = "dataverse") { 4 } else { 3 };

impl AnyCode {
    /// Every code of every catalog this build has, catalog by catalog (Power Automate,
    /// Orchestrator, Windows logon, then Dataverse with its feature), each in its catalog's
    /// order.
    ///
    /// ```
    /// use rpa_error_codes::{AnyCode, OrchestratorCode, PowerAutomateError};
    /// use rpa_error_codes::windows_logon::LogonStatus;
    ///
    /// let count = AnyCode::all().count();
    /// let expected = PowerAutomateError::ALL.len() + OrchestratorCode::ALL.len() + LogonStatus::ALL.len();
    /// #[cfg(feature = "dataverse")]
    /// let expected = expected + rpa_error_codes::dataverse::DataverseError::ALL.len();
    /// assert_eq!(count, expected);
    /// ```
    pub fn all() -> impl Iterator<Item = AnyCode> + Clone {
        let all = PowerAutomateError::ALL
            .iter()
            .map(|&c| AnyCode::PowerAutomate(c))
            .chain(
                OrchestratorCode::ALL
                    .iter()
                    .map(|&c| AnyCode::Orchestrator(c)),
            )
            .chain(LogonStatus::ALL.iter().map(|&c| AnyCode::WindowsLogon(c)));
        #[cfg(feature = "dataverse")]
        let all = all.chain(DataverseError::ALL.iter().map(|&c| AnyCode::Dataverse(c)));
        all
    }

    /// Every code that `input` spells exactly, in every catalog: at most one per catalog.
    ///
    /// Each catalog reads the forms its codes are written in, strictly (no sign `+`, no
    /// leading zeros, no surrounding spaces):
    ///
    /// | catalog | forms |
    /// |---|---|
    /// | Power Automate | the code ([`PowerAutomateError::from_code`]) |
    /// | Orchestrator | the number (`1670`), the symbolic name or a documented alias ([`OrchestratorCode`]'s `FromStr`) |
    /// | Windows logon | the signed decimal (`-1073741477`), `0x` hexadecimal (`0xC000015B`), the variant name |
    /// | Dataverse | `0x` hexadecimal (`0x80040220`), the signed decimal (`-2147220960`), the vendor's name |
    ///
    /// A string can belong to several catalogs: `LogonTypeNotGranted` is a Power Automate code
    /// and a Windows logon status, `InvalidArgument` an Orchestrator name and a Dataverse name.
    /// Every match is returned, in the order of [`Catalog`]; nothing is chosen for the caller.
    ///
    /// ```
    /// use rpa_error_codes::{AnyCode, Catalog};
    ///
    /// let matches = AnyCode::lookup("LogonTypeNotGranted");
    /// assert_eq!(matches.len(), 2);
    /// assert!(matches.is_ambiguous());
    /// assert_eq!(matches.only(), None);
    /// let catalogs: Vec<Catalog> = matches.iter().map(|c| c.catalog()).collect();
    /// assert_eq!(catalogs, [Catalog::PowerAutomate, Catalog::WindowsLogon]);
    ///
    /// assert!(AnyCode::lookup("-1073741477").only().is_some());
    /// assert!(AnyCode::lookup("01670").is_empty());
    /// assert!(AnyCode::lookup("uiflowalreadyrunning").is_empty()); // exact case only
    /// ```
    pub fn lookup(input: &str) -> Matches {
        let mut matches = Matches::new();
        matches.push(PowerAutomateError::from_code(input).map(AnyCode::PowerAutomate));
        matches.push(input.parse().ok().map(AnyCode::Orchestrator));
        matches.push(
            LogonStatus::from_code(input)
                .or_else(|| LogonStatus::from_name(input))
                .map(AnyCode::WindowsLogon),
        );
        #[cfg(feature = "dataverse")]
        matches.push(
            DataverseError::from_code(input)
                .or_else(|| DataverseError::from_name(input))
                .map(AnyCode::Dataverse),
        );
        matches
    }

    /// Every code that `input` spells ignoring ASCII case, in every catalog: the forms of
    /// [`lookup`](Self::lookup), names compared without regard to ASCII case (hexadecimal
    /// digits and the `0x` prefix take any case in both).
    ///
    /// Ignoring case finds more ambiguity: `connectiontimeout` is Power Automate's
    /// `ConnectionTimeout` and Dataverse's `ConnectionTimeOut`. A caller that wants the exact
    /// spelling to win asks [`lookup`](Self::lookup) first.
    ///
    /// ```
    /// use rpa_error_codes::{AnyCode, PowerAutomateError};
    ///
    /// assert_eq!(
    ///     AnyCode::lookup_ignore_ascii_case("uiflowalreadyrunning").only(),
    ///     Some(AnyCode::PowerAutomate(PowerAutomateError::UIFlowAlreadyRunning)),
    /// );
    /// ```
    pub fn lookup_ignore_ascii_case(input: &str) -> Matches {
        let mut matches = Matches::new();
        matches.push(
            PowerAutomateError::from_code_ignore_ascii_case(input).map(AnyCode::PowerAutomate),
        );
        matches.push(
            input
                .parse()
                .ok()
                .filter(|_| input.bytes().all(|b| b.is_ascii_digit()))
                .or_else(|| OrchestratorCode::from_name_ignore_ascii_case(input))
                .map(AnyCode::Orchestrator),
        );
        matches.push(
            LogonStatus::from_code(input)
                .or_else(|| LogonStatus::from_name_ignore_ascii_case(input))
                .map(AnyCode::WindowsLogon),
        );
        #[cfg(feature = "dataverse")]
        matches.push(
            DataverseError::from_code(input)
                .or_else(|| DataverseError::from_name_ignore_ascii_case(input))
                .map(AnyCode::Dataverse),
        );
        matches
    }

    /// The catalog the code belongs to.
    pub const fn catalog(self) -> Catalog {
        match self {
            AnyCode::PowerAutomate(_) => Catalog::PowerAutomate,
            AnyCode::Orchestrator(_) => Catalog::Orchestrator,
            AnyCode::WindowsLogon(_) => Catalog::WindowsLogon,
            #[cfg(feature = "dataverse")]
            AnyCode::Dataverse(_) => Catalog::Dataverse,
        }
    }

    /// The code as it is written on the wire, for display: the Power Automate code, the
    /// Orchestrator number, the logon status as a signed decimal, the Dataverse HRESULT in
    /// `0x` hexadecimal. [`lookup`](Self::lookup) reads it back.
    ///
    /// ```
    /// use rpa_error_codes::AnyCode;
    /// use rpa_error_codes::windows_logon::LogonStatus;
    ///
    /// let code = AnyCode::WindowsLogon(LogonStatus::LogonTypeNotGranted);
    /// assert_eq!(code.code().to_string(), "-1073741477");
    /// assert_eq!(AnyCode::lookup(&code.code().to_string()).only(), Some(code));
    /// ```
    pub const fn code(self) -> CodeText {
        CodeText(self)
    }

    /// The name: the Power Automate code, the Orchestrator symbolic name, the logon status's
    /// variant name, the Dataverse name as the vendor spells it.
    pub const fn name(self) -> &'static str {
        match self {
            AnyCode::PowerAutomate(c) => c.code(),
            AnyCode::Orchestrator(c) => c.name(),
            AnyCode::WindowsLogon(c) => c.name(),
            #[cfg(feature = "dataverse")]
            AnyCode::Dataverse(c) => c.name(),
        }
    }

    /// The number of a numbered code: the Orchestrator number, the logon status and the
    /// Dataverse HRESULT as signed 32-bit numbers. `None` for Power Automate codes, which are
    /// names.
    pub const fn number(self) -> Option<i64> {
        match self {
            AnyCode::PowerAutomate(_) => None,
            AnyCode::Orchestrator(c) => Some(c.code() as i64),
            AnyCode::WindowsLogon(c) => Some(c.code() as i64),
            #[cfg(feature = "dataverse")]
            AnyCode::Dataverse(c) => Some(c.decimal() as i64),
        }
    }

    /// What the vendor says the code means, as published: the Power Automate mitigation (the
    /// only text its table gives), the Orchestrator message template, the logon status's
    /// message, the Dataverse message. `None` where the vendor gives no text.
    pub const fn message(self) -> Option<&'static str> {
        match self {
            AnyCode::PowerAutomate(c) => Some(c.mitigation()),
            AnyCode::Orchestrator(c) => c.message(),
            AnyCode::WindowsLogon(c) => Some(c.message()),
            #[cfg(feature = "dataverse")]
            AnyCode::Dataverse(c) => c.message(),
        }
    }

    /// The HTTP status that comes with the code, where the vendor's table or another source
    /// states one (always for Power Automate, some Orchestrator codes, never for the other
    /// catalogs).
    pub const fn http_status(self) -> Option<u16> {
        match self {
            AnyCode::PowerAutomate(c) => Some(c.http_status()),
            AnyCode::Orchestrator(c) => c.http_status(),
            AnyCode::WindowsLogon(_) => None,
            #[cfg(feature = "dataverse")]
            AnyCode::Dataverse(_) => None,
        }
    }

    /// Whether and how a retry can help, as the code's catalog classes it (see
    /// [`RetryClass`](crate::RetryClass)).
    pub const fn retry_class(self) -> crate::RetryClass {
        match self {
            AnyCode::PowerAutomate(c) => c.retry_class(),
            AnyCode::Orchestrator(c) => c.retry_class(),
            AnyCode::WindowsLogon(c) => c.retry_class(),
            #[cfg(feature = "dataverse")]
            AnyCode::Dataverse(c) => c.retry_class(),
        }
    }

    /// Why the code has its [`retry_class`](Self::retry_class), quoting the vendor's words it
    /// rests on.
    pub const fn retry_reason(self) -> &'static str {
        match self {
            AnyCode::PowerAutomate(c) => c.retry_reason(),
            AnyCode::Orchestrator(c) => c.retry_reason(),
            AnyCode::WindowsLogon(c) => c.retry_reason(),
            #[cfg(feature = "dataverse")]
            AnyCode::Dataverse(c) => c.retry_reason(),
        }
    }

    /// The document the code's row was transcribed from.
    pub const fn source(self) -> &'static Source {
        match self {
            AnyCode::PowerAutomate(c) => &c.info().source,
            AnyCode::Orchestrator(c) => &c.info().source,
            AnyCode::WindowsLogon(c) => &c.info().source,
            #[cfg(feature = "dataverse")]
            AnyCode::Dataverse(c) => &c.info().source,
        }
    }
}

/// The `Display` of the catalog's own type.
impl fmt::Display for AnyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnyCode::PowerAutomate(c) => fmt::Display::fmt(c, f),
            AnyCode::Orchestrator(c) => fmt::Display::fmt(c, f),
            AnyCode::WindowsLogon(c) => fmt::Display::fmt(c, f),
            #[cfg(feature = "dataverse")]
            AnyCode::Dataverse(c) => fmt::Display::fmt(c, f),
        }
    }
}

impl From<PowerAutomateError> for AnyCode {
    fn from(code: PowerAutomateError) -> Self {
        AnyCode::PowerAutomate(code)
    }
}

impl From<OrchestratorCode> for AnyCode {
    fn from(code: OrchestratorCode) -> Self {
        AnyCode::Orchestrator(code)
    }
}

impl From<LogonStatus> for AnyCode {
    fn from(code: LogonStatus) -> Self {
        AnyCode::WindowsLogon(code)
    }
}

#[cfg(feature = "dataverse")]
impl From<DataverseError> for AnyCode {
    fn from(code: DataverseError) -> Self {
        AnyCode::Dataverse(code)
    }
}

/// The code as written on the wire ([`AnyCode::code`]); `Display` writes it without
/// allocating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CodeText(AnyCode);

impl fmt::Display for CodeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            AnyCode::PowerAutomate(c) => f.write_str(c.code()),
            AnyCode::Orchestrator(c) => write!(f, "{}", c.code()),
            AnyCode::WindowsLogon(c) => write!(f, "{}", c.code()),
            #[cfg(feature = "dataverse")]
            AnyCode::Dataverse(c) => write!(f, "0x{:08X}", c.hresult()),
        }
    }
}

/// The codes a string matched in [`AnyCode::lookup`]: none, one, or one per catalog at most.
///
/// It holds the matches inline (no allocation), in the order of [`Catalog`].
///
/// ```
/// use rpa_error_codes::{AnyCode, OrchestratorCode};
///
/// let matches = AnyCode::lookup("PendingJobsAlreadyExist");
/// assert_eq!(matches.len(), 1);
/// assert_eq!(
///     matches.only(),
///     Some(AnyCode::Orchestrator(OrchestratorCode::PendingJobsAlreadyExist)),
/// );
/// for code in &matches {
///     assert_eq!(code.name(), "PendingJobsAlreadyExist");
/// }
/// assert!(AnyCode::lookup("429").is_empty());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Matches {
    found: [Option<AnyCode>; CATALOGS],
    len: usize,
}

impl Matches {
    const fn new() -> Self {
        Matches {
            found: [None; CATALOGS],
            len: 0,
        }
    }

    fn push(&mut self, code: Option<AnyCode>) {
        if let (Some(code), Some(slot)) = (code, self.found.get_mut(self.len)) {
            *slot = Some(code);
            self.len += 1;
        }
    }

    /// How many catalogs matched.
    pub const fn len(&self) -> usize {
        self.len
    }

    /// Whether no catalog matched.
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether more than one catalog matched: the string alone does not tell which code is
    /// meant.
    pub const fn is_ambiguous(&self) -> bool {
        self.len > 1
    }

    /// The match, when exactly one catalog matched; `None` when none or several did.
    pub const fn only(&self) -> Option<AnyCode> {
        if self.len == 1 { self.found[0] } else { None }
    }

    /// The matches, in the order of [`Catalog`].
    pub fn iter(&self) -> impl Iterator<Item = AnyCode> + Clone + '_ {
        self.found.iter().flatten().copied()
    }

    /// The match of `catalog`, if it matched.
    ///
    /// ```
    /// use rpa_error_codes::{AnyCode, Catalog};
    ///
    /// let matches = AnyCode::lookup("LogonTypeNotGranted");
    /// assert!(matches.get(Catalog::WindowsLogon).is_some());
    /// assert!(matches.get(Catalog::Orchestrator).is_none());
    /// ```
    pub fn get(&self, catalog: Catalog) -> Option<AnyCode> {
        self.iter().find(|code| code.catalog() == catalog)
    }
}

impl<'a> IntoIterator for &'a Matches {
    type Item = AnyCode;
    type IntoIter = core::iter::Flatten<core::iter::Copied<core::slice::Iter<'a, Option<AnyCode>>>>;

    fn into_iter(self) -> Self::IntoIter {
        self.found.iter().copied().flatten()
    }
}

impl IntoIterator for Matches {
    type Item = AnyCode;
    type IntoIter = core::iter::Flatten<core::array::IntoIter<Option<AnyCode>, CATALOGS>>;

    fn into_iter(self) -> Self::IntoIter {
        self.found.into_iter().flatten()
    }
}
