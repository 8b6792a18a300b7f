//! [`AnyCode`]: a code of any catalog, and looking a string up in every catalog at once.
//!
//! `AnyCode` itself, its `From` impls and the `dispatch!` macro are generated from the
//! catalogs' descriptions; what is here is written once for every catalog, through [`Code`].

use core::fmt;

use crate::{AnyCode, Catalog, Code, Source};

/// How many catalogs [`AnyCode::lookup`] asks: the most matches a string can have.
const CATALOGS: usize = crate::ENABLED;

impl AnyCode {
    /// Every code of every catalog this build has, catalog by catalog in the order of
    /// [`Catalog`], each in its catalog's order.
    ///
    /// ```
    /// use rpa_error_codes::{AnyCode, OrchestratorCode, PowerAutomateError};
    /// use rpa_error_codes::windows_logon::LogonStatus;
    ///
    /// let count = AnyCode::all().count();
    /// let expected = PowerAutomateError::ALL.len() + OrchestratorCode::ALL.len() + LogonStatus::ALL.len();
    /// #[cfg(feature = "dataverse")]
    /// let expected = expected + rpa_error_codes::dataverse::DataverseError::ALL.len();
    /// let expected = expected + rpa_error_codes::CloudFlowError::ALL.len();
    /// assert_eq!(count, expected);
    /// ```
    pub fn all() -> impl Iterator<Item = AnyCode> + Clone {
        AllCodes {
            catalog: 0,
            index: 0,
        }
    }

    /// Every code that `input` spells exactly, in every catalog: at most one per catalog.
    ///
    /// Each catalog reads the forms its codes are written in, strictly, as
    /// [`Code::from_code`] does (its table lists them): no sign `+`, no leading zeros, no
    /// surrounding spaces.
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
        macro_rules! ask {
            ($code:ty) => {
                matches.push(<$code as Code>::from_code(input).map(AnyCode::from));
            };
        }
        each_catalog!(ask);
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
        macro_rules! ask {
            ($code:ty) => {
                matches
                    .push(<$code as Code>::from_code_ignore_ascii_case(input).map(AnyCode::from));
            };
        }
        each_catalog!(ask);
        matches
    }

    /// The catalog the code belongs to.
    pub fn catalog(self) -> Catalog {
        fn of<C: Code>(_: C) -> Catalog {
            C::CATALOG
        }
        dispatch!(self, code => of(code))
    }

    /// The code as it is written on the wire, for display: [`Code::as_str`] of the code.
    /// [`lookup`](Self::lookup) reads it back.
    ///
    /// ```
    /// use rpa_error_codes::{AnyCode, LogonStatus};
    ///
    /// let code = AnyCode::WindowsLogon(LogonStatus::LogonTypeNotGranted);
    /// assert_eq!(code.as_str(), "-1073741477");
    /// assert_eq!(AnyCode::lookup(code.as_str()).only(), Some(code));
    /// ```
    pub fn as_str(self) -> &'static str {
        dispatch!(self, code => Code::as_str(code))
    }

    /// The former name of [`as_str`](Self::as_str), as a value that displays it.
    #[deprecated(since = "0.2.0", note = "use `as_str`")]
    pub const fn code(self) -> CodeText {
        CodeText(self)
    }

    /// The symbolic name ([`Code::name`]): the Power Automate code, the Orchestrator symbolic
    /// name, the logon status's variant name, the Dataverse name as the vendor spells it.
    pub fn name(self) -> &'static str {
        dispatch!(self, code => Code::name(code))
    }

    /// The number of a numbered code: the Orchestrator number, the logon status and the
    /// Dataverse HRESULT as signed 32-bit numbers. `None` for codes that are names.
    pub fn number(self) -> Option<i64> {
        fn of<C: Code>(code: C) -> Option<i64> {
            let text = code.as_str();
            match text.strip_prefix("0x") {
                Some(hex) => u32::from_str_radix(hex, 16)
                    .ok()
                    .map(|n| i64::from(n as i32)),
                None => crate::parse::decimal_i64(text),
            }
        }
        dispatch!(self, code => of(code))
    }

    /// What the vendor says the code means, as published ([`Code::message`]). `None` where
    /// the vendor gives no text.
    pub fn message(self) -> Option<&'static str> {
        Some(dispatch!(self, code => Code::message(code))).filter(|m| !m.is_empty())
    }

    /// The HTTP status that comes with the code, where a source states one.
    pub fn http_status(self) -> Option<u16> {
        dispatch!(self, code => Code::http_status(code))
    }

    /// Whether and how a retry can help, as the code's catalog classes it (see
    /// [`RetryClass`](crate::RetryClass)).
    pub fn retry_class(self) -> crate::RetryClass {
        dispatch!(self, code => Code::retry_class(code))
    }

    /// Why the code has its [`retry_class`](Self::retry_class), quoting the vendor's words it
    /// rests on.
    pub fn retry_reason(self) -> &'static str {
        dispatch!(self, code => Code::retry_reason(code))
    }

    /// Whether retrying without changing anything can succeed ([`Code::is_retryable`]).
    pub fn is_retryable(self) -> bool {
        dispatch!(self, code => Code::is_retryable(code))
    }

    /// The document the code's row was transcribed from.
    pub fn source(self) -> &'static Source {
        dispatch!(self, code => Code::source(code))
    }
}

/// The `Display` of the catalog's own type.
impl fmt::Display for AnyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        dispatch!(*self, code => fmt::Display::fmt(&code, f))
    }
}

/// Every code of every catalog of this build ([`AnyCode::all`]).
#[derive(Clone)]
struct AllCodes {
    catalog: usize,
    index: usize,
}

impl Iterator for AllCodes {
    type Item = AnyCode;

    fn next(&mut self) -> Option<AnyCode> {
        loop {
            let mut n = 0;
            let mut found = None;
            let mut exists = false;
            macro_rules! nth {
                ($code:ty) => {
                    if n == self.catalog {
                        exists = true;
                        found = <$code as Code>::ALL
                            .get(self.index)
                            .map(|&c| AnyCode::from(c));
                    }
                    n += 1;
                };
            }
            each_catalog!(nth);
            let _ = n;
            if !exists {
                return None;
            }
            if found.is_some() {
                self.index += 1;
                return found;
            }
            self.catalog += 1;
            self.index = 0;
        }
    }
}

/// The code as written on the wire ([`AnyCode::code`]); `Display` writes it without
/// allocating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CodeText(AnyCode);

impl fmt::Display for CodeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_str())
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
