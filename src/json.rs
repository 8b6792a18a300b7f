//! The exact-JSON layer of the error bodies (`power_automate::{ErrorBody, FlowSession}`,
//! `orchestrator::ErrorResponse`): each keeps the whole JSON object as received, every value
//! exact (see "Exact values" in the crate docs).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::ser::{Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

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
