//! [`Code`]: what every catalog's code type can do, for code generic over the catalogs.

use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::str::FromStr;

use crate::{Catalog, RetryClass, Source};

/// A code of one of the crate's catalogs: [`PowerAutomateError`](crate::PowerAutomateError),
/// [`OrchestratorCode`](crate::OrchestratorCode), [`LogonStatus`](crate::LogonStatus),
/// [`CloudFlowError`](crate::CloudFlowError), and `DataverseError` (feature `dataverse`).
///
/// Every catalog's type implements it, generated from the same description as the type, so
/// code written once works for each: a retry policy, a log formatter, a lookup in a catalog
/// chosen at compile time. The trait is sealed: only the crate's catalogs implement it. With
/// the `serde` feature every code is also `Serialize` and `Deserialize` (as it travels on the
/// wire), and `C: Code` says so.
///
/// Each type also has the same methods as inherent `const fn`s (and more, one per column of
/// its table); an inherent method of the same name may return a more precise type (for
/// example [`OrchestratorCode::message`](crate::OrchestratorCode::message) is an `Option`,
/// since some codes have no documented message).
///
/// ```
/// use rpa_error_codes::{Code, LogonStatus, OrchestratorCode, PowerAutomateError, RetryClass};
///
/// /// Whether to retry a failure reported with `text`, in the catalog `C`.
/// fn should_retry<C: Code>(text: &str) -> bool {
///     C::from_code(text.trim()).is_some_and(|code| code.is_retryable())
/// }
///
/// assert!(should_retry::<PowerAutomateError>("UIFlowAlreadyRunning"));
/// assert!(should_retry::<OrchestratorCode>("1670")); // pending jobs: they pass by themselves
/// assert!(!should_retry::<OrchestratorCode>("1101"));
/// assert!(!should_retry::<LogonStatus>("-1073741477"));
///
/// fn describe<C: Code>(code: C) -> String {
///     format!("{} ({}): {:?}", code.as_str(), C::CATALOG, code.retry_class())
/// }
/// assert_eq!(
///     describe(OrchestratorCode::PendingJobsAlreadyExist),
///     "1670 (UiPath Orchestrator): Transient"
/// );
/// assert_eq!(OrchestratorCode::PendingJobsAlreadyExist.retry_class(), RetryClass::Transient);
/// ```
pub trait Code:
    Copy
    + Eq
    + Ord
    + Hash
    + Debug
    + Display
    + FromStr
    + core::error::Error
    + Send
    + Sync
    + 'static
    + sealed::Sealed
{
    /// The catalog the type holds the codes of.
    const CATALOG: Catalog;

    /// Every code of the catalog, in the order of its data table.
    const ALL: &'static [Self];

    /// The code written in any spelling the catalog documents on the wire, or `None`:
    ///
    /// | catalog | spellings |
    /// |---|---|
    /// | Power Automate | the code, or a former code the vendor documents (`UIFlowAlreadyRunning`) |
    /// | Orchestrator | the number in decimal (`1670`), the symbolic name, an alias or a former name |
    /// | Windows logon | the signed decimal (`-1073741477`), `0x` hexadecimal in any case (`0xC000015B`), the name |
    /// | Dataverse | `0x` hexadecimal in any case (`0x80040220`), the signed decimal (`-2147220960`), the name |
    /// | cloud flows | the code (`InvalidTemplate`) |
    ///
    /// Strict: no white space, no sign `+`, no leading zeros, names in their exact case.
    fn from_code(text: &str) -> Option<Self>;

    /// As [`from_code`](Self::from_code), names compared ignoring ASCII case.
    fn from_code_ignore_ascii_case(text: &str) -> Option<Self>;

    /// The code whose symbolic name (or documented further or former name) is `name`
    /// exactly, or `None`. For catalogs whose codes are names, the same as
    /// [`from_code`](Self::from_code).
    fn from_name(name: &str) -> Option<Self>;

    /// The canonical wire spelling: `"UIFlowAlreadyRunning"`, `"1670"`, `"-1073741477"`,
    /// `"0x80040220"` (lower-case digits). [`from_code`](Self::from_code) reads it back.
    fn as_str(self) -> &'static str;

    /// The symbolic name: the code itself where codes are names, `"PendingJobsAlreadyExist"`
    /// for `1670`.
    fn name(self) -> &'static str;

    /// What the vendor says the code means, as plain text: the mitigation of a Power
    /// Automate code, the message of the other catalogs, the meaning of a cloud-flow error.
    /// Empty where the vendor gives no text.
    fn message(self) -> &'static str;

    /// The HTTP status that comes with the code, where a source states one.
    fn http_status(self) -> Option<u16>;

    /// What retrying can do, as this crate reads the vendor's text (see [`RetryClass`]).
    fn retry_class(self) -> RetryClass;

    /// Why the code has its [`retry_class`](Self::retry_class): the vendor's words it rests
    /// on, in double quotes, or the HTTP status.
    fn retry_reason(self) -> &'static str;

    /// Whether retrying without changing anything can succeed: the class is
    /// [`Throttled`](RetryClass::Throttled) (wait first) or
    /// [`Transient`](RetryClass::Transient).
    fn is_retryable(self) -> bool;

    /// The document the code's row was transcribed from.
    fn source(self) -> &'static Source;
}

pub(crate) mod sealed {
    /// With the `serde` feature, every code serializes and deserializes, so `C: Code` is
    /// enough for generic code to do both.
    #[cfg(feature = "serde")]
    pub trait Serde: serde::Serialize + for<'de> serde::Deserialize<'de> {}
    #[cfg(feature = "serde")]
    impl<T: serde::Serialize + for<'de> serde::Deserialize<'de>> Serde for T {}
    /// Without the `serde` feature, nothing.
    #[cfg(not(feature = "serde"))]
    pub trait Serde {}
    #[cfg(not(feature = "serde"))]
    impl<T> Serde for T {}

    /// What the crate's generic code (serde, [`MaybeKnown`](crate::MaybeKnown)) needs of a
    /// catalog beyond [`Code`](super::Code); private, so that only the catalogs implement
    /// `Code`.
    pub trait Sealed: Sized + Serde {
        /// What a deserializer expected, for its error message.
        const EXPECTING: &'static str;
        /// Whether the code travels as a JSON number (else as a string).
        const WIRE_IS_NUMBER: bool;
        /// Whether the catalog's codes have numbers at all (else they are names).
        const HAS_NUMBERS: bool;
        /// The code with the number `n`: the catalog's number, or for a 32-bit code its
        /// unsigned or signed reading. `None` for catalogs of names.
        fn from_number(n: i64) -> Option<Self>;
    }
}
