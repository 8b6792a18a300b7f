//! `Serialize` and `Deserialize` for the codes, and `Serialize` where a catalog type's shape is
//! chosen by hand (the `serde` feature).
//!
//! The other catalog types derive `Serialize` where they are defined.

use core::fmt::{self, Write as _};

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::ser::{Serialize, SerializeStruct, Serializer};
use serde_json::value::RawValue;
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
            .ok_or_else(|| E::custom(unknown_in(Catalog::Orchestrator, n)))
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

/// An [`UnknownCode`] of `catalog` for the number `n`, written without allocating.
fn unknown_in(catalog: Catalog, n: impl fmt::Display) -> UnknownCode {
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
    UnknownCode::new(catalog, text)
}

/// From the run mode's name as the vendor's table writes it (`"Attended"`, `"Unattended"`,
/// `"Local"`) or in lower case, as the Dataverse `RunDesktopFlow` request sends it
/// (`"attended"`, `"unattended"`, `"local"`), or from the integer of the `flowsession.runmode`
/// picklist ([`RunMode::from_picklist`]: 0 Local, 1 Attended, 2 Unattended). `Serialize` writes
/// the table's spelling.
///
/// Anything else is an error naming it: another integer, a fraction (`1.0`), a numeric string
/// (`"1"`), another case (`"UNATTENDED"`). Formats that are not self-describing
/// ([`Deserializer::is_human_readable`] false) are read as the string `Serialize` writes.
///
/// ```
/// use rpa_error_codes::power_automate::RunMode;
///
/// let mode: RunMode = serde_json::from_str(r#""unattended""#).unwrap();
/// assert_eq!(mode, RunMode::Unattended);
/// assert_eq!(serde_json::to_string(&mode).unwrap(), r#""Unattended""#);
/// assert_eq!(serde_json::from_str::<RunMode>("2").unwrap(), RunMode::Unattended);
/// assert!(serde_json::from_str::<RunMode>(r#""UNATTENDED""#).is_err());
/// assert!(serde_json::from_str::<RunMode>("3").is_err());
/// ```
impl<'de> Deserialize<'de> for RunMode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(RunModeVisitor)
        } else {
            deserializer.deserialize_str(RunModeVisitor)
        }
    }
}

struct RunModeVisitor;

impl Visitor<'_> for RunModeVisitor {
    type Value = RunMode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "a run mode: \"Attended\", \"Unattended\" or \"Local\", or in lower case, \
             or a flowsession runmode picklist value 0, 1 or 2",
        )
    }

    // Smaller integer types are forwarded to these by serde's defaults.
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RunMode, E> {
        u8::try_from(v)
            .ok()
            .and_then(RunMode::from_picklist)
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(v), &self))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<RunMode, E> {
        u8::try_from(v)
            .ok()
            .and_then(RunMode::from_picklist)
            .ok_or_else(|| E::invalid_value(Unexpected::Signed(v), &self))
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
/// `{"text", "url"}`, as `#[derive(Serialize)]` would write it (the crate uses no derive
/// macro; see `build/emit.rs`).
impl Serialize for crate::power_automate::Link {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Link", 2)?;
        state.serialize_field("text", self.text)?;
        state.serialize_field("url", self.url)?;
        state.end()
    }
}

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

/// Reads a JSON object exactly: the object as `serde_json`'s `Map` holds it (the *view*), and,
/// when the view does not hold every value as written, the text itself ([`Exact`]).
///
/// `expecting` names what the object is, for the error of any other JSON type. Text that is
/// not JSON is `serde_json`'s error, with its line and column.
///
/// Every value is read as the text of its JSON token (`serde_json`'s `RawValue`), so a value
/// that `serde_json::Value` cannot hold does not fail the body: the view gets the nearest value
/// it can hold (see [`read_value`]) and the text is kept for serializing.
pub(crate) fn object<'de, D: Deserializer<'de>>(
    deserializer: D,
    expecting: &'static str,
) -> Result<(Map<String, Value>, Exact), D::Error> {
    let text = Box::<RawValue>::deserialize(deserializer)?;
    let mut inexact = false;
    match read_value(text.get(), 0, &mut inexact).map_err(de::Error::custom)? {
        Value::Object(map) => Ok((map, Exact(inexact.then_some(text)))),
        other => Err(de::Error::invalid_type(unexpected(&other), &expecting)),
    }
}

/// The text of a JSON object as received, kept when its view (a `serde_json::Map`) does not
/// hold it exactly: a number the view rounds or cannot hold, a `-0`, a string with a lone
/// surrogate, a repeated key. `None` when the view is exact, the common case.
#[derive(Clone, Debug, Default)]
pub(crate) struct Exact(Option<Box<RawValue>>);

impl Exact {
    /// Serializes the text kept, else `view`.
    pub(crate) fn serialize<S: Serializer>(
        &self,
        view: &Map<String, Value>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match &self.0 {
            Some(text) => text.serialize(serializer),
            None => view.serialize(serializer),
        }
    }

    /// The text kept, if the view is not exact.
    pub(crate) fn text(&self) -> Option<&str> {
        self.0.as_deref().map(RawValue::get)
    }
}

impl PartialEq for Exact {
    fn eq(&self, other: &Self) -> bool {
        self.text() == other.text()
    }
}

impl Eq for Exact {}

/// How deep arrays and objects may nest, as `serde_json` allows when it reads a `Value`.
const MAX_DEPTH: usize = 128;

/// The view of one JSON value given as its text (already checked as JSON by `serde_json`):
///
/// - an integer that fits `i64` or `u64`: that integer, exactly;
/// - `-0`: the integer 0 (the text keeps the sign);
/// - any other number (a fraction, an exponent, an integer beyond `u64`): the nearest `f64`,
///   correctly rounded; a number beyond `f64` (`1e400`): null;
/// - a string: the string, with a lone surrogate (`"\ud800"`) as U+FFFD;
/// - a repeated key: its last value, as `serde_json::Value` reads one.
///
/// Sets `inexact` when the view differs from the text in any of these ways (every number that
/// is not an integer counts, as `serde_json` would write it back in another form).
fn read_value(text: &str, depth: usize, inexact: &mut bool) -> Result<Value, serde_json::Error> {
    match text.as_bytes().first() {
        Some(b'{' | b'[') => {
            if depth >= MAX_DEPTH {
                return Err(de::Error::custom("recursion limit exceeded"));
            }
            // Each element is read again from its own text: the nesting is at most
            // `MAX_DEPTH` deep, so the cost is at most that many passes over the body.
            serde_json::Deserializer::from_str(text).deserialize_any(Container {
                depth: depth + 1,
                inexact,
            })
        }
        Some(b'"') => Ok(Value::String(read_string(text, inexact))),
        Some(b'-' | b'0'..=b'9') => Ok(read_number(text, inexact)),
        _ => serde_json::from_str(text),
    }
}

/// The view of a number token (see [`read_value`]).
fn read_number(text: &str, inexact: &mut bool) -> Value {
    let is_integer = text.bytes().all(|b| b == b'-' || b.is_ascii_digit());
    if is_integer && text != "-0" {
        if let Ok(n) = text.parse::<u64>() {
            return Value::from(n);
        }
        if let Ok(n) = text.parse::<i64>() {
            return Value::from(n);
        }
    }
    *inexact = true;
    if text == "-0" {
        return Value::from(0);
    }
    // `str::parse` rounds correctly; `serde_json`'s default parser can be one ULP off.
    text.parse::<f64>()
        .ok()
        .and_then(serde_json::Number::from_f64)
        .map_or(Value::Null, Value::Number)
}

/// The view of a string token (see [`read_value`]).
fn read_string(text: &str, inexact: &mut bool) -> String {
    match serde_json::from_str(text) {
        Ok(string) => string,
        Err(_) => {
            *inexact = true;
            lossy_string(text)
        }
    }
}

/// A JSON string token with lone surrogates, decoded with each as U+FFFD.
///
/// Written by hand because `serde_json` refuses such a string and has no lossy mode; the token
/// has been checked by `serde_json` (quotes, escapes, four hex digits after `\u`), and a token
/// that were not would still decode to some string rather than fail.
fn lossy_string(text: &str) -> String {
    let inner = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(text);
    let mut units: Vec<u16> = Vec::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        let c = if c == '\\' {
            match chars.next() {
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    units.push(u16::from_str_radix(&hex, 16).unwrap_or(0xFFFD));
                    continue;
                }
                Some('b') => '\u{8}',
                Some('f') => '\u{c}',
                Some('n') => '\n',
                Some('r') => '\r',
                Some('t') => '\t',
                Some(other) => other,
                None => break,
            }
        } else {
            c
        };
        units.extend_from_slice(c.encode_utf16(&mut [0; 2]));
    }
    String::from_utf16_lossy(&units)
}

/// Reads an array or an object, each element from its text.
struct Container<'a> {
    depth: usize,
    inexact: &'a mut bool,
}

impl<'de> Visitor<'de> for Container<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON array or object")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut array = Vec::new();
        while let Some(text) = access.next_element::<&RawValue>()? {
            array
                .push(read_value(text.get(), self.depth, self.inexact).map_err(de::Error::custom)?);
        }
        Ok(Value::Array(array))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<&RawValue>()? {
            let key = read_string(key.get(), self.inexact);
            let value = access.next_value::<&RawValue>()?;
            let value =
                read_value(value.get(), self.depth, self.inexact).map_err(de::Error::custom)?;
            // A repeated key keeps its last value in the view, as `serde_json::Value` does;
            // the text keeps them all.
            if map.insert(key, value).is_some() {
                *self.inexact = true;
            }
        }
        Ok(Value::Object(map))
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

// ---------------------------------------------------------------------------------------------
// The newer catalogs.
// ---------------------------------------------------------------------------------------------

/// The status as its signed 32-bit number, as the KB and the error bodies write it.
///
/// ```
/// use rpa_error_codes::windows_logon::LogonStatus;
///
/// let json = serde_json::to_string(&LogonStatus::LogonTypeNotGranted).unwrap();
/// assert_eq!(json, "-1073741477");
/// ```
impl Serialize for crate::windows_logon::LogonStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.code())
    }
}

/// From the signed 32-bit number (`-1073741477`), or from a string as
/// [`FromStr`](core::str::FromStr) reads it: the signed decimal as a Power Automate error body
/// carries it (`"-1073741477"`), `0x` hexadecimal (`"0xC000015B"`) or the variant's name. A
/// number outside `i32` (such as the unsigned `3221225819`) or a status not in the KB is an
/// error naming it, and so are spellings the strict parse refuses (`"+1"`, `"01"`, `"-0"`).
///
/// Formats that are not self-describing are read as the `i32` that [`Serialize`] writes.
///
/// ```
/// use rpa_error_codes::windows_logon::LogonStatus;
///
/// for json in ["-1073741477", r#""-1073741477""#, r#""0xC000015B""#] {
///     let status: LogonStatus = serde_json::from_str(json).unwrap();
///     assert_eq!(status, LogonStatus::LogonTypeNotGranted);
/// }
/// assert!(serde_json::from_str::<LogonStatus>("3221225819").is_err());
/// assert!(serde_json::from_str::<LogonStatus>(r#""-01073741477""#).is_err());
/// ```
impl<'de> Deserialize<'de> for crate::windows_logon::LogonStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(LogonStatusVisitor)
        } else {
            deserializer.deserialize_i32(LogonStatusVisitor)
        }
    }
}

struct LogonStatusVisitor;

impl LogonStatusVisitor {
    fn number<E: de::Error, N: TryInto<i32> + fmt::Display + Copy>(
        n: N,
    ) -> Result<crate::windows_logon::LogonStatus, E> {
        n.try_into()
            .ok()
            .and_then(crate::windows_logon::LogonStatus::from_i32)
            .ok_or_else(|| E::custom(unknown_in(Catalog::WindowsLogon, n)))
    }
}

impl Visitor<'_> for LogonStatusVisitor {
    type Value = crate::windows_logon::LogonStatus;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Windows logon status such as -1073741477")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Self::number(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Self::number(v)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        v.parse().map_err(E::custom)
    }
}

/// The HRESULT as the Dataverse Web API writes it in an error body's `code`: `0x` and eight
/// lower-case hexadecimal digits (`"0x80040220"`, `"0x8004f871"`).
///
/// ```
/// use rpa_error_codes::dataverse::DataverseError;
///
/// let error = DataverseError::from_hresult(0x8004_F871).unwrap();
/// assert_eq!(serde_json::to_string(&error).unwrap(), r#""0x8004f871""#);
/// ```
#[cfg(feature = "dataverse")]
impl Serialize for crate::dataverse::DataverseError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let hex = dataverse_hex(self.hresult());
        serializer.serialize_str(core::str::from_utf8(&hex).unwrap_or_default())
    }
}

/// `0x` and the eight lower-case hexadecimal digits of `hresult`, as Dataverse writes a code.
#[cfg(feature = "dataverse")]
pub(crate) fn dataverse_hex(hresult: u32) -> [u8; 10] {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = *b"0x00000000";
    for (i, byte) in hex[2..].iter_mut().enumerate() {
        *byte = DIGITS[((hresult >> (28 - 4 * i)) & 0xF) as usize];
    }
    hex
}

/// From a string as [`FromStr`](core::str::FromStr) reads it (`"0x80040220"` in any case, the
/// signed decimal `"-2147220960"`, or the vendor's name), or from a number: the HRESULT as an
/// unsigned (`2147746336`) or signed (`-2147220960`) 32-bit integer. Anything else, or an
/// error not in the table, is an error naming it.
///
/// Formats that are not self-describing are read as the string [`Serialize`] writes.
///
/// ```
/// use rpa_error_codes::dataverse::DataverseError;
///
/// for json in [r#""0x80040220""#, r#""0X80040220""#, r#""-2147220960""#, "2147746336", "-2147220960"] {
///     let error: DataverseError = serde_json::from_str(json).unwrap();
///     assert_eq!(error.hresult(), 0x8004_0220);
/// }
/// assert!(serde_json::from_str::<DataverseError>(r#""80040220""#).is_err());
/// ```
#[cfg(feature = "dataverse")]
impl<'de> Deserialize<'de> for crate::dataverse::DataverseError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(DataverseErrorVisitor)
        } else {
            deserializer.deserialize_str(DataverseErrorVisitor)
        }
    }
}

#[cfg(feature = "dataverse")]
struct DataverseErrorVisitor;

#[cfg(feature = "dataverse")]
impl Visitor<'_> for DataverseErrorVisitor {
    type Value = crate::dataverse::DataverseError;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Dataverse error code such as \"0x80040220\"")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        let bits = u32::try_from(v)
            .ok()
            .or_else(|| i32::try_from(v).ok().map(|n| n as u32));
        bits.and_then(crate::dataverse::DataverseError::from_hresult)
            .ok_or_else(|| E::custom(unknown_in(Catalog::Dataverse, v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        u32::try_from(v)
            .ok()
            .and_then(crate::dataverse::DataverseError::from_hresult)
            .ok_or_else(|| E::custom(unknown_in(Catalog::Dataverse, v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        v.parse().map_err(E::custom)
    }
}
