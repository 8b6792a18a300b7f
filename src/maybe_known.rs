//! [`MaybeKnown`]: a code field of a user's own serde struct that reads any value (the `serde`
//! feature).

use core::fmt;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, Serializer};
use serde_json::Value;

// The trait of the codes `MaybeKnown` holds, at its former path too.
#[doc(hidden)]
pub use crate::Code;
#[cfg(doc)]
use crate::{OrchestratorCode, PowerAutomateError};

/// A code of one of the crate's catalogs, or whatever else the field held.
///
/// Vendors add codes, and a field typed with a code enum alone refuses a body the day a new
/// code arrives. `MaybeKnown<T>` reads any JSON value instead:
///
/// - [`Known(T)`](MaybeKnown::Known) when the value is a code of the catalog **written as `T`
///   serializes it**: a string for [`PowerAutomateError`], a number for [`OrchestratorCode`]
///   and [`LogonStatus`](crate::windows_logon::LogonStatus), a `0x` and eight lower-case hex
///   digits string for `DataverseError` (feature `dataverse`);
/// - [`Unknown(Value)`](MaybeKnown::Unknown) for anything else: a code this release does not
///   know, another spelling of a known code, any other JSON value.
///
/// Serializing writes back what was read: a `Known` code as `T` serializes, which is the
/// spelling it came in, and an `Unknown` value as received (a string stays a string, a number
/// a number). That is why a known code in another spelling (`"1670"` as a string, or a
/// Dataverse code in upper case) is kept as `Unknown`: [`known`](MaybeKnown::known) and
/// [`is_known`](MaybeKnown::is_known) still find it, and
/// [`is_other_spelling`](MaybeKnown::is_other_spelling) tells it apart from a code written as
/// `T` writes it.
///
/// | the field holds | `known()` | `is_known()` | `is_other_spelling()` |
/// |---|---|---|---|
/// | a code, as `T` writes it (`1670`) | `Some` | `true` | `false` |
/// | a code, in another spelling (`"1670"`) | `Some` | `true` | `true` |
/// | anything else (`1999`, `"oops"`, `null` in a list) | `None` | `false` | `false` |
///
/// Reading a `Known` code allocates nothing; an `Unknown` value is stored in a
/// [`serde_json::Value`]. Integers within `i64`/`u64` and strings come back exactly; a number
/// that `serde_json` reads as a float (a fraction, an exponent, an integer beyond `u64`, `-0`)
/// comes back as that `f64` writes. The error bodies
/// ([`ErrorBody`](crate::power_automate::ErrorBody), ...) keep even those digit for digit.
///
/// ```
/// use rpa_error_codes::{MaybeKnown, OrchestratorCode};
/// use serde::{Deserialize, Serialize};
///
/// #[derive(Deserialize, Serialize)]
/// struct Job {
///     error_code: Option<MaybeKnown<OrchestratorCode>>,
/// }
///
/// let job: Job = serde_json::from_str(r#"{"error_code": 1670}"#).unwrap();
/// assert_eq!(job.error_code.unwrap().known(), Some(OrchestratorCode::PendingJobsAlreadyExist));
///
/// // A code newer than this release: read, and written back as it came.
/// let job: Job = serde_json::from_str(r#"{"error_code": 1999}"#).unwrap();
/// let code = job.error_code.as_ref().unwrap();
/// assert_eq!(code.known(), None);
/// assert_eq!(code.unknown(), Some(&serde_json::json!(1999)));
/// assert_eq!(serde_json::to_string(&job).unwrap(), r#"{"error_code":1999}"#);
///
/// // Null and an absent key are `None`, as for any `Option`.
/// let job: Job = serde_json::from_str(r#"{"error_code": null}"#).unwrap();
/// assert!(job.error_code.is_none());
/// ```
///
/// With Power Automate codes, which travel as strings:
///
/// ```
/// use rpa_error_codes::{MaybeKnown, PowerAutomateError};
///
/// let code: MaybeKnown<PowerAutomateError> = serde_json::from_str(r#""DnsError""#).unwrap();
/// assert_eq!(code, MaybeKnown::Known(PowerAutomateError::DnsError));
///
/// // A Windows logon status in a Power Automate body's `code`: not a desktop-flow code.
/// let code: MaybeKnown<PowerAutomateError> = serde_json::from_str(r#""-1073741477""#).unwrap();
/// assert!(!code.is_known());
/// assert_eq!(code.to_string(), "-1073741477");
/// assert_eq!(serde_json::to_string(&code).unwrap(), r#""-1073741477""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub enum MaybeKnown<T> {
    /// A code of the catalog, written as `T` serializes it.
    Known(T),
    /// Any other value, as received.
    Unknown(Value),
}

impl<T: Code> MaybeKnown<T> {
    /// The code: the `Known` one, or an `Unknown` value that `T`'s own `Deserialize` reads as a
    /// code in another spelling (`"1670"` or `"PendingJobsAlreadyExist"` for
    /// [`OrchestratorCode`]; `"0X80040220"` for `DataverseError`). `None` for anything else.
    /// Allocates nothing.
    ///
    /// ```
    /// use rpa_error_codes::{MaybeKnown, OrchestratorCode};
    ///
    /// let code: MaybeKnown<OrchestratorCode> = serde_json::from_str(r#""1670""#).unwrap();
    /// assert_eq!(code.known(), Some(OrchestratorCode::PendingJobsAlreadyExist));
    /// assert!(code.is_other_spelling()); // kept as a string, to be written back as one
    ///
    /// let code: MaybeKnown<OrchestratorCode> = serde_json::from_str(r#""01670""#).unwrap();
    /// assert_eq!(code.known(), None);
    /// ```
    pub fn known(&self) -> Option<T> {
        match self {
            MaybeKnown::Known(code) => Some(*code),
            MaybeKnown::Unknown(Value::String(text)) => T::from_any_str(text),
            MaybeKnown::Unknown(Value::Number(number)) => {
                if let Some(n) = number.as_u64() {
                    T::from_any_u64(n)
                } else {
                    number.as_i64().and_then(T::from_any_i64)
                }
            }
            MaybeKnown::Unknown(_) => None,
        }
    }

    /// Whether the value is a code of the catalog, in any spelling: `known().is_some()`.
    ///
    /// ```
    /// use rpa_error_codes::{MaybeKnown, OrchestratorCode};
    ///
    /// assert!(MaybeKnown::from(OrchestratorCode::ItemNotFound).is_known());
    /// let code: MaybeKnown<OrchestratorCode> = serde_json::from_str(r#""1002""#).unwrap();
    /// assert!(code.is_known());
    /// let code: MaybeKnown<OrchestratorCode> = serde_json::from_str("1999").unwrap();
    /// assert!(!code.is_known());
    /// ```
    pub fn is_known(&self) -> bool {
        self.known().is_some()
    }

    /// Whether the value is a code of the catalog written in another spelling than `T` writes
    /// it (`"1670"`, a string, for the number [`OrchestratorCode`] writes): read as
    /// [`Unknown`](Self::Unknown), so that it is written back as it came, yet a known code.
    ///
    /// ```
    /// use rpa_error_codes::{MaybeKnown, OrchestratorCode};
    ///
    /// let code: MaybeKnown<OrchestratorCode> = serde_json::from_str(r#""1670""#).unwrap();
    /// assert!(code.is_other_spelling());
    /// assert_eq!(serde_json::to_string(&code).unwrap(), r#""1670""#);
    ///
    /// let code: MaybeKnown<OrchestratorCode> = serde_json::from_str("1670").unwrap();
    /// assert!(!code.is_other_spelling());
    /// ```
    pub fn is_other_spelling(&self) -> bool {
        matches!(self, MaybeKnown::Unknown(_)) && self.known().is_some()
    }
}

impl<T> MaybeKnown<T> {
    /// The [`Known`](Self::Known) code, by reference.
    ///
    /// ```
    /// use rpa_error_codes::{MaybeKnown, OrchestratorCode};
    ///
    /// let code: MaybeKnown<OrchestratorCode> = serde_json::from_str("1002").unwrap();
    /// assert_eq!(code.as_known(), Some(&OrchestratorCode::ItemNotFound));
    /// ```
    pub const fn as_known(&self) -> Option<&T> {
        match self {
            MaybeKnown::Known(code) => Some(code),
            MaybeKnown::Unknown(_) => None,
        }
    }

    /// The [`Unknown`](Self::Unknown) value, as received.
    ///
    /// ```
    /// use rpa_error_codes::{MaybeKnown, PowerAutomateError};
    ///
    /// let code: MaybeKnown<PowerAutomateError> = serde_json::from_str("42").unwrap();
    /// assert_eq!(code.unknown(), Some(&serde_json::json!(42)));
    /// ```
    pub const fn unknown(&self) -> Option<&Value> {
        match self {
            MaybeKnown::Known(_) => None,
            MaybeKnown::Unknown(value) => Some(value),
        }
    }
}

impl<T> From<T> for MaybeKnown<T> {
    fn from(code: T) -> Self {
        MaybeKnown::Known(code)
    }
}

/// A `Known` code as `T` displays it; an `Unknown` string as its text, any other value as
/// JSON.
///
/// ```
/// use rpa_error_codes::{MaybeKnown, OrchestratorCode};
///
/// let code: MaybeKnown<OrchestratorCode> = serde_json::from_str(r#"{"id": 7}"#).unwrap();
/// assert_eq!(code.to_string(), r#"{"id":7}"#);
/// ```
impl<T: fmt::Display> fmt::Display for MaybeKnown<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MaybeKnown::Known(code) => code.fmt(f),
            MaybeKnown::Unknown(Value::String(text)) => f.write_str(text),
            MaybeKnown::Unknown(value) => value.fmt(f),
        }
    }
}

/// A `Known` code as `T` serializes it; an `Unknown` value as received.
impl<T: Serialize> Serialize for MaybeKnown<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            MaybeKnown::Known(code) => code.serialize(serializer),
            MaybeKnown::Unknown(value) => value.serialize(serializer),
        }
    }
}

/// Any value: see [`MaybeKnown`]. Only a format that cannot say what it holds
/// ([`Deserializer::deserialize_any`] unsupported, as in `bincode`) is an error.
impl<'de, T: Code> Deserialize<'de> for MaybeKnown<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MaybeKnownVisitor(core::marker::PhantomData))
    }
}

struct MaybeKnownVisitor<T>(core::marker::PhantomData<T>);

impl<'de, T: Code> Visitor<'de> for MaybeKnownVisitor<T> {
    type Value = MaybeKnown<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(MaybeKnown::Unknown(Value::Bool(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(T::from_wire_i64(v).map_or(MaybeKnown::Unknown(Value::from(v)), MaybeKnown::Known))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(T::from_wire_u64(v).map_or(MaybeKnown::Unknown(Value::from(v)), MaybeKnown::Known))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        // JSON has no NaN or infinity; another format's are kept as null.
        Ok(MaybeKnown::Unknown(
            serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number),
        ))
    }

    // Owned and borrowed strings are forwarded here by serde's defaults; only an unknown
    // string is copied.
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(T::from_wire_str(v)
            .map_or_else(|| MaybeKnown::Unknown(Value::from(v)), MaybeKnown::Known))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(MaybeKnown::Unknown(Value::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(MaybeKnown::Unknown(Value::Null))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        MaybeKnown::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Value::deserialize(SeqAccessDeserializer::new(seq)).map(MaybeKnown::Unknown)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Value::deserialize(MapAccessDeserializer::new(map)).map(MaybeKnown::Unknown)
    }
}

/// How [`MaybeKnown`] reads the codes of every catalog, from [`Code`] and what its sealed
/// part tells: whether the code travels as a number, and the code of a number.
trait Wire: Code {
    /// The code written as a string exactly as `Self` serializes, or `None`: another spelling
    /// would be written back differently, so it stays `Unknown`.
    fn from_wire_str(text: &str) -> Option<Self> {
        if Self::WIRE_IS_NUMBER {
            return None;
        }
        Self::from_code(text).filter(|code| code.as_str() == text)
    }

    /// The code written as an integer exactly as `Self` serializes, or `None`.
    fn from_wire_i64(n: i64) -> Option<Self> {
        if Self::WIRE_IS_NUMBER {
            Self::from_number(n)
        } else {
            None
        }
    }

    /// As `from_wire_i64`.
    fn from_wire_u64(n: u64) -> Option<Self> {
        i64::try_from(n).ok().and_then(Self::from_wire_i64)
    }

    /// The code in a string as `Self`'s `Deserialize` reads one, or `None`.
    fn from_any_str(text: &str) -> Option<Self> {
        Self::from_code(text)
    }

    /// The code in an integer as `Self`'s `Deserialize` reads one, or `None`.
    fn from_any_i64(n: i64) -> Option<Self> {
        Self::from_number(n)
    }

    /// As `from_any_i64`.
    fn from_any_u64(n: u64) -> Option<Self> {
        i64::try_from(n).ok().and_then(Self::from_any_i64)
    }
}

impl<T: Code> Wire for T {}
