//! A model of what the error bodies keep, shared by the wire targets: the JSON text's leaves,
//! each with its path, and a comparison of views that allows for `-0`.

#![allow(dead_code)]

use std::fmt;

use serde::de::{Deserializer as _, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;

/// Every scalar of the JSON `text` as `(path, token)`, sorted: numbers as their exact text,
/// strings decoded (as their raw text when they hold a lone surrogate), `true`, `false`,
/// `null`. Two texts with the same leaves hold the same values digit for digit, whatever their
/// key order, spacing or string escapes. `text` must nest at most a few hundred levels.
pub fn leaves(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    walk(text, String::new(), &mut out);
    out.sort();
    out
}

fn string(raw: &str) -> String {
    serde_json::from_str::<String>(raw).unwrap_or_else(|_| format!("raw:{raw}"))
}

fn walk(text: &str, path: String, out: &mut Vec<(String, String)>) {
    match text.as_bytes()[0] {
        b'{' => {
            let entries = serde_json::Deserializer::from_str(text)
                .deserialize_map(Entries)
                .expect("an object");
            for (key, value) in entries {
                walk(value.get(), format!("{path}/{}", string(key.get())), out);
            }
        }
        b'[' => {
            let items = serde_json::from_str::<Vec<&RawValue>>(text).expect("an array");
            for (i, item) in items.into_iter().enumerate() {
                walk(item.get(), format!("{path}/{i}"), out);
            }
        }
        b'"' => out.push((path, format!("s:{}", string(text)))),
        _ => out.push((path, text.to_owned())),
    }
}

/// An object's entries in order, repeated keys included, as their texts.
struct Entries;

impl<'de> Visitor<'de> for Entries {
    type Value = Vec<(&'de RawValue, &'de RawValue)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(entries)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(serde::de::Error::custom("an array"))
    }
}

/// Whether a body's view `ours` is what serde_json's `Value` reads, `model`, allowing for the
/// documented difference: the number `-0` is the integer 0 in the view (serde_json reads
/// `-0.0`). The fuzz crate turns on serde_json's `float_roundtrip`, so other floats agree to
/// the bit.
pub fn same_view(model: &Value, ours: &Value) -> bool {
    match (model, ours) {
        (Value::Number(m), Value::Number(o)) => {
            m == o
                || (m.as_f64() == Some(0.0)
                    && m.as_f64().is_some_and(f64::is_sign_negative)
                    && o.as_i64() == Some(0))
        }
        (Value::Array(m), Value::Array(o)) => {
            m.len() == o.len() && m.iter().zip(o).all(|(m, o)| same_view(m, o))
        }
        (Value::Object(m), Value::Object(o)) => {
            m.len() == o.len()
                && m.iter()
                    .all(|(k, m)| o.get(k).is_some_and(|o| same_view(m, o)))
        }
        _ => model == ours,
    }
}

/// Checks that `written`, the serialization of a body read from `raw`, keeps every value:
/// the same leaves, and the same text when written again after reading it back.
pub fn check_written<T>(raw: &str, written: &str)
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    assert_eq!(leaves(written), leaves(raw), "{raw} written as {written}");
    let again: T = serde_json::from_str(written).expect("the written JSON reads back");
    assert_eq!(serde_json::to_string(&again).unwrap(), written);
}
