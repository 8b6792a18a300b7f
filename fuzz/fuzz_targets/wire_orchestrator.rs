//! `orchestrator::ErrorResponse` from arbitrary bytes: deserialization never panics and
//! accepts exactly JSON objects, every accessor (`shape`, `code`, `raw_code`, `message`,
//! `trace_id`, `details`, `get`, ...) agrees with a model of its documented rules over
//! `serde_json::Value`, and serializing gives back the input exactly (lossless).

#![no_main]

use libfuzzer_sys::fuzz_target;
use rpa_error_codes::orchestrator::{BodyShape, ErrorResponse, OrchestratorCode};
use serde_json::{Map, Value};

fn model_shape(map: &Map<String, Value>) -> BodyShape {
    let has = |k: &str| map.contains_key(k);
    if has("StatusCode") && has("StatusDescription") {
        BodyShape::Identity
    } else if has("errorCode") || has("ErrorCode") {
        BodyShape::Orchestrator
    } else if has("__abp") || has("unAuthorizedRequest") {
        BodyShape::AbpEnvelope
    } else if matches!(map.get("value"), Some(Value::Array(_))) {
        BodyShape::MultiStatus
    } else if has("title") && has("status") {
        BodyShape::ProblemDetails
    } else {
        BodyShape::Unrecognized
    }
}

/// An integer as JSON writes one: optional `-`, digits, no leading zero; within `i64`.
fn model_integer(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let ok = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && (digits.len() == 1 || !digits.starts_with('0'));
    if ok { text.parse().ok() } else { None }
}

fn check(body: &ErrorResponse, value: &Value) {
    let map = value.as_object().expect("an ErrorResponse comes from an object");
    let string = |k: &str| map.get(k).and_then(Value::as_str);
    let abp = |k: &str| {
        map.get("error")
            .and_then(Value::as_object)
            .and_then(|e| e.get(k))
            .and_then(Value::as_str)
    };

    let shape = model_shape(map);
    assert_eq!(body.shape(), shape);
    assert_eq!(
        body.is_orchestrator(),
        matches!(
            shape,
            BodyShape::Orchestrator | BodyShape::AbpEnvelope | BodyShape::MultiStatus
        )
    );
    assert_eq!(body.is_orchestrator(), shape.is_orchestrator());

    let code_value = map.get("errorCode").or_else(|| map.get("ErrorCode"));
    assert_eq!(body.error_code_value(), code_value);

    // `code` reads the value as `OrchestratorCode`'s `Deserialize` does, except for Identity.
    let expected_code = match (shape, code_value) {
        (BodyShape::Identity, _) | (_, None) => None,
        (_, Some(v)) => serde_json::from_value::<OrchestratorCode>(v.clone()).ok(),
    };
    assert_eq!(body.code(), expected_code, "code() of {value}");
    if let Some(code) = body.code() {
        assert!(code.code() >= 1000);
    }

    let expected_raw = match code_value {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => model_integer(s),
        _ => None,
    };
    assert_eq!(body.raw_code(), expected_raw, "raw_code() of {value}");
    if let (Some(code), Some(Value::Number(_))) = (body.code(), code_value) {
        assert_eq!(body.raw_code(), Some(i64::from(code.code())));
    }

    assert_eq!(
        body.message(),
        string("message").or_else(|| string("Message")).or_else(|| abp("message"))
    );
    assert_eq!(body.trace_id(), string("traceId").or_else(|| string("TraceId")));
    assert_eq!(
        body.details(),
        string("details").or_else(|| string("Details")).or_else(|| abp("details"))
    );
    for (key, v) in map {
        assert_eq!(body.get(key), Some(v));
    }
    assert_eq!(body.get("\u{0}not a key"), map.get("\u{0}not a key"));
    assert_eq!(body.as_map(), map);
    assert_eq!(&body.clone().into_map(), map);
    assert_eq!(&ErrorResponse::from(map.clone()), body);
    let _ = format!("{body:?}");

    // Lossless, as a Value and through JSON text.
    assert_eq!(&serde_json::to_value(body).unwrap(), value);
    // The written text reads back, as the same JSON serde_json reads from that text. (Not
    // compared with `body` itself: without serde_json's `float_roundtrip` feature, parsing a
    // float may be 1 ULP off, so a float in an unknown key can move by an ULP per trip.)
    let text = serde_json::to_string(body).unwrap();
    let reread = serde_json::from_str::<ErrorResponse>(&text).expect("the written JSON reads back");
    assert_eq!(
        serde_json::to_value(&reread).unwrap(),
        serde_json::from_str::<Value>(&text).unwrap()
    );
}

fuzz_target!(|data: &[u8]| {
    let value = serde_json::from_slice::<Value>(data);
    let body = serde_json::from_slice::<ErrorResponse>(data);
    let Ok(value) = value else {
        assert!(body.is_err(), "ErrorResponse accepted invalid JSON");
        return;
    };
    assert_eq!(body.is_ok(), value.is_object(), "ErrorResponse of {value}: {body:?}");
    let from_value = serde_json::from_value::<ErrorResponse>(value.clone());
    assert_eq!(from_value.as_ref().ok(), body.as_ref().ok());
    match &body {
        Ok(body) => check(body, &value),
        Err(err) => {
            let _ = err.to_string();
        }
    }
});
