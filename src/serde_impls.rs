//! `Serialize` and `Deserialize` for the codes, and `Serialize` where a catalog type's shape is
//! chosen by hand (the `serde` feature).
//!
//! The other catalog types derive `Serialize` where they are defined.

use core::fmt::{self, Write as _};

use alloc::string::String;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Unexpected, Visitor};
use serde::ser::{Serialize, SerializeStruct, Serializer};
use serde_json::{Map, Value};

use crate::orchestrator::OrchestratorCode;
use crate::power_automate::{PowerAutomateError, RunMode, RunModes};
use crate::{Catalog, Source, UnknownCode};

/// The code as a string, as it travels on the wire.
///
/// ```
/// use rpa_error_codes::PowerAutomateError;
///
/// let json = serde_json::to_string(&PowerAutomateError::UIFlowAlreadyRunning).unwrap();
/// assert_eq!(json, r#""UIFlowAlreadyRunning""#);
/// ```
impl Serialize for PowerAutomateError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// From the exact code string, as [`PowerAutomateError::from_code`]. A string that is not in
/// the catalog is an error naming it.
///
/// ```
/// use rpa_error_codes::PowerAutomateError;
///
/// let code: PowerAutomateError = serde_json::from_str(r#""DnsError""#).unwrap();
/// assert_eq!(code, PowerAutomateError::DnsError);
///
/// let err = serde_json::from_str::<PowerAutomateError>(r#""-1073741477""#).unwrap_err();
/// assert!(err.to_string().contains(r#"unknown Power Automate error code "-1073741477""#));
/// ```
impl<'de> Deserialize<'de> for PowerAutomateError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(PowerAutomateErrorVisitor)
    }
}

struct PowerAutomateErrorVisitor;

impl Visitor<'_> for PowerAutomateErrorVisitor {
    type Value = PowerAutomateError;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Power Automate desktop-flow error code such as \"UIFlowAlreadyRunning\"")
    }

    // Borrowed and owned strings are forwarded here by serde's defaults.
    fn visit_str<E: de::Error>(self, v: &str) -> Result<PowerAutomateError, E> {
        v.parse().map_err(E::custom)
    }
}

/// The number, as a `u16`.
///
/// ```
/// use rpa_error_codes::OrchestratorCode;
///
/// let json = serde_json::to_string(&OrchestratorCode::PendingJobsAlreadyExist).unwrap();
/// assert_eq!(json, "1670");
/// ```
impl Serialize for OrchestratorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

/// From a number of any integer type (`1670`), a numeric string (`"1670"`) or a symbolic name
/// or alias (`"PendingJobsAlreadyExist"`). Strings follow [`FromStr`](core::str::FromStr): no
/// sign, no leading zero, exact names. Anything not in the catalog is an error naming it:
/// `0`, `1005`, `70000`, `-1`, `"01670"`, `"NoSuch"`.
///
/// Formats that are not self-describing ([`Deserializer::is_human_readable`] false) are read
/// as the `u16` that [`Serialize`] writes.
///
/// ```
/// use rpa_error_codes::OrchestratorCode;
///
/// for json in ["1670", r#""1670""#, r#""PendingJobsAlreadyExist""#] {
///     let code: OrchestratorCode = serde_json::from_str(json).unwrap();
///     assert_eq!(code, OrchestratorCode::PendingJobsAlreadyExist);
/// }
///
/// let err = serde_json::from_str::<OrchestratorCode>("70000").unwrap_err();
/// assert!(err.to_string().contains(r#"unknown UiPath Orchestrator code "70000""#));
/// ```
impl<'de> Deserialize<'de> for OrchestratorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(OrchestratorCodeVisitor)
        } else {
            deserializer.deserialize_u16(OrchestratorCodeVisitor)
        }
    }
}

struct OrchestratorCodeVisitor;

impl OrchestratorCodeVisitor {
    /// The code with number `n` of any integer type, or an error naming `n`.
    fn number<E: de::Error, N: TryInto<u16> + fmt::Display + Copy>(
        n: N,
    ) -> Result<OrchestratorCode, E> {
        n.try_into()
            .ok()
            .and_then(OrchestratorCode::from_u16)
            .ok_or_else(|| E::custom(unknown_number(n)))
    }
}

impl Visitor<'_> for OrchestratorCodeVisitor {
    type Value = OrchestratorCode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "a UiPath Orchestrator error code: a number such as 1670, \
             or a symbolic name such as \"PendingJobsAlreadyExist\"",
        )
    }

    // Smaller integer types are forwarded to these by serde's defaults.
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<OrchestratorCode, E> {
        Self::number(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<OrchestratorCode, E> {
        Self::number(v)
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<OrchestratorCode, E> {
        Self::number(v)
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<OrchestratorCode, E> {
        Self::number(v)
    }

    // Borrowed and owned strings are forwarded here by serde's defaults.
    fn visit_str<E: de::Error>(self, v: &str) -> Result<OrchestratorCode, E> {
        v.parse().map_err(E::custom)
    }
}

/// An [`UnknownCode`] of the Orchestrator catalog for the number `n`, written without
/// allocating.
fn unknown_number(n: impl fmt::Display) -> UnknownCode {
    /// Room for any `i128` or `u128` in decimal (at most 40 bytes).
    struct Digits {
        bytes: [u8; 40],
        len: usize,
    }

    impl fmt::Write for Digits {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            let end = self.len + s.len();
            self.bytes
                .get_mut(self.len..end)
                .ok_or(fmt::Error)?
                .copy_from_slice(s.as_bytes());
            self.len = end;
            Ok(())
        }
    }

    let mut digits = Digits {
        bytes: [0; 40],
        len: 0,
    };
    // Integers always fit; were one not to, the error would name what was written.
    let _ = write!(digits, "{n}");
    let text = core::str::from_utf8(&digits.bytes[..digits.len]).unwrap_or_default();
    UnknownCode::new(Catalog::Orchestrator, text)
}

/// From the run mode's name as the vendor's table writes it (`"Attended"`, `"Unattended"`,
/// `"Local"`) or in lower case, as the Dataverse `RunDesktopFlow` request sends it
/// (`"attended"`, `"unattended"`, `"local"`). `Serialize` writes the table's spelling.
///
/// The `flowsession.runmode` column is a number: read it with [`RunMode::from_picklist`].
///
/// ```
/// use rpa_error_codes::power_automate::RunMode;
///
/// let mode: RunMode = serde_json::from_str(r#""unattended""#).unwrap();
/// assert_eq!(mode, RunMode::Unattended);
/// assert_eq!(serde_json::to_string(&mode).unwrap(), r#""Unattended""#);
/// assert!(serde_json::from_str::<RunMode>(r#""UNATTENDED""#).is_err());
/// ```
impl<'de> Deserialize<'de> for RunMode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(RunModeVisitor)
    }
}

struct RunModeVisitor;

impl Visitor<'_> for RunModeVisitor {
    type Value = RunMode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a run mode: \"Attended\", \"Unattended\" or \"Local\", or in lower case")
    }

    // Borrowed and owned strings are forwarded here by serde's defaults.
    fn visit_str<E: de::Error>(self, v: &str) -> Result<RunMode, E> {
        match v {
            "Attended" | "attended" => Ok(RunMode::Attended),
            "Unattended" | "unattended" => Ok(RunMode::Unattended),
            "Local" | "local" => Ok(RunMode::Local),
            _ => Err(E::invalid_value(Unexpected::Str(v), &self)),
        }
    }
}

/// The list of the run modes' names, in the order Attended, Unattended, Local
/// (the vendor's "All" is the list of all three).
///
/// ```
/// use rpa_error_codes::PowerAutomateError;
///
/// let modes = PowerAutomateError::UIFlowAlreadyRunning.run_modes();
/// assert_eq!(serde_json::to_string(&modes).unwrap(), r#"["Attended","Unattended"]"#);
/// ```
impl Serialize for RunModes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// An object with the fields `document`, `date` (a string or null) and `url`.
///
/// ```
/// use rpa_error_codes::OrchestratorCode;
///
/// let source = serde_json::to_value(OrchestratorCode::ItemNotFound.info().source).unwrap();
/// assert!(source["url"].as_str().unwrap().starts_with("https://"));
/// ```
impl Serialize for Source {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Source", 3)?;
        state.serialize_field("document", self.document)?;
        state.serialize_field("date", &self.date)?;
        state.serialize_field("url", self.url)?;
        state.end()
    }
}

// ---------------------------------------------------------------------------------------------
// Shared by the wire types (`power_automate::{ErrorBody, FlowSession}`,
// `orchestrator::ErrorResponse`): each keeps the whole JSON object as received.
// ---------------------------------------------------------------------------------------------

/// Reads a JSON object, every key and value as received; `expecting` names what the object is
/// for the error of any other JSON type.
pub(crate) fn object<'de, D: Deserializer<'de>>(
    deserializer: D,
    expecting: &'static str,
) -> Result<Map<String, Value>, D::Error> {
    deserializer.deserialize_map(ObjectVisitor { expecting })
}

struct ObjectVisitor {
    expecting: &'static str,
}

impl<'de> Visitor<'de> for ObjectVisitor {
    type Value = Map<String, Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut map = Map::new();
        // A repeated key keeps its last value, as `serde_json::Value` does.
        while let Some((key, value)) = access.next_entry::<String, Value>()? {
            map.insert(key, value);
        }
        Ok(map)
    }
}

/// Checks the type of the value of `key` in `map`, if the key is there: an error saying that
/// `shown` must hold `what` unless `is_expected` accepts the value.
pub(crate) fn check_key<E: de::Error>(
    map: &Map<String, Value>,
    key: &str,
    shown: &'static str,
    what: &'static str,
    is_expected: fn(&Value) -> bool,
) -> Result<(), E> {
    match map.get(key) {
        Some(value) if !is_expected(value) => {
            Err(E::invalid_type(unexpected(value), &InKey { what, shown }))
        }
        _ => Ok(()),
    }
}

/// Whether `value` is a string or null.
pub(crate) fn is_string_or_null(value: &Value) -> bool {
    value.is_string() || value.is_null()
}

/// Whether `value` is an integer that fits an `i64`, or null.
pub(crate) fn is_i64_or_null(value: &Value) -> bool {
    value.is_i64() || value.is_null()
}

/// What a key should have held, for an `invalid_type` error: "a string or null in `errorcode`".
struct InKey {
    what: &'static str,
    shown: &'static str,
}

impl de::Expected for InKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} in `{}`", self.what, self.shown)
    }
}

/// The JSON type and value of `value`, for an `invalid_type` error.
fn unexpected(value: &Value) -> Unexpected<'_> {
    match value {
        // serde_json writes `Unit` as "null".
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                Unexpected::Unsigned(u)
            } else if let Some(i) = n.as_i64() {
                Unexpected::Signed(i)
            } else {
                Unexpected::Float(n.as_f64().unwrap_or(f64::NAN))
            }
        }
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}
