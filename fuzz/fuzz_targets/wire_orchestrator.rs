//! `orchestrator::ErrorResponse` from arbitrary bytes: deserialization never panics and
//! accepts exactly JSON objects (values serde_json's `Value` cannot hold included), every
//! accessor (`shape`, `code`, `raw_code`, `message`, `trace_id`, `details`, `get`, ...) agrees
//! with a model of its documented rules over the view, the view is what serde_json reads
//! where it can, and serializing gives back every value digit for digit.

#![no_main]

mod json_model;

use json_model::{check_written, same_view};
use libfuzzer_sys::fuzz_target;
use rpa_error_codes::orchestrator::{BodyShape, ErrorResponse, OrchestratorCode};
use serde_json::value::RawValue;
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

/// An integer in its one spelling: optional `-`, digits, no leading zero, not `-0`; within
/// `i64`.
fn model_integer(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let ok = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && (digits.len() == 1 || !digits.starts_with('0'))
        && text != "-0";
    if ok { text.parse().ok() } else { None }
}

fn check(body: &ErrorResponse, value: &Value) {
    let map = value
        .as_object()
        .expect("an ErrorResponse comes from an object");
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
        string("message")
            .or_else(|| string("Message"))
            .or_else(|| abp("message"))
    );
    assert_eq!(
        body.trace_id(),
        string("traceId").or_else(|| string("TraceId"))
    );
    assert_eq!(
        body.details(),
        string("details")
            .or_else(|| string("Details"))
            .or_else(|| abp("details"))
    );
    for (key, v) in map {
        assert_eq!(body.get(key), Some(v));
    }
    assert_eq!(body.get("\u{0}not a key"), map.get("\u{0}not a key"));
    assert_eq!(body.as_map(), map);
    assert_eq!(&body.clone().into_map(), map);
    let _ = format!("{body:?}");
}

fuzz_target!(|data: &[u8]| {
    let raw = serde_json::from_slice::<Box<RawValue>>(data);
    let value = serde_json::from_slice::<Value>(data);
    let body = serde_json::from_slice::<ErrorResponse>(data);
    let Ok(raw) = raw else {
        assert!(value.is_err());
        assert!(body.is_err(), "ErrorResponse accepted invalid JSON");
        return;
    };
    let raw = raw.get();
    match &body {
        Ok(_) => assert!(raw.starts_with('{')),
        Err(err) if raw.starts_with('{') => {
            // Too deep a text is the one JSON object that is refused.
            assert!(
                err.to_string().contains("recursion limit exceeded"),
                "{raw}: {err}"
            );
            return;
        }
        Err(err) => {
            let _ = err.to_string();
            return;
        }
    }
    let body = body.unwrap();
    let view = Value::Object(body.as_map().clone());
    if let Ok(value) = &value {
        assert!(same_view(value, &view), "view of {raw}: {view}");
        let from_value = serde_json::from_value::<ErrorResponse>(value.clone()).unwrap();
        assert_eq!(
            serde_json::to_string(&from_value).unwrap(),
            value.to_string()
        );
    }
    check(&body, &view);
    let written = serde_json::to_string(&body).unwrap();
    check_written::<ErrorResponse>(raw, &written);
    // A body whose view is exact is written from its view.
    if written != raw {
        assert_eq!(written, view.to_string());
    }
});
