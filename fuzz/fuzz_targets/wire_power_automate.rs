//! `power_automate::{ErrorBody, FlowSession}` from arbitrary bytes: deserialization never
//! panics, accepts every JSON text of the documented shapes (values serde_json's `Value`
//! cannot hold included) and nothing else, every accessor agrees with a reading of the view,
//! the view is what serde_json reads where it can, and serializing gives back every value
//! digit for digit.

#![no_main]

mod json_model;

use json_model::{check_written, same_view};
use libfuzzer_sys::fuzz_target;
use rpa_error_codes::body::FLOWSESSION_KEYS;
use rpa_error_codes::orchestrator::ErrorResponse;
use rpa_error_codes::power_automate::{
    ErrorBody, FlowSession, FlowSessionStatus, PowerAutomateError, RunMode,
};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

/// A key that is absent, null or passes `is`.
fn absent_null_or(map: &Map<String, Value>, key: &str, is: fn(&Value) -> bool) -> bool {
    map.get(key).is_none_or(|v| v.is_null() || is(v))
}

/// The documented shape of an `ErrorBody`.
fn is_error_body(value: &Value) -> bool {
    let Some(error) = value.get("error").and_then(Value::as_object) else {
        return false;
    };
    value.is_object()
        && error.get("code").is_some_and(Value::is_string)
        && absent_null_or(error, "message", Value::is_string)
}

/// The columns that `FlowSession` requires to hold a string or null.
const STRING_COLUMNS: [&str; 6] = [
    "errorcode",
    "errormessage",
    "flowsessionid",
    "flowsessionId",
    "startedon",
    "completedon",
];

/// The documented shape of a `FlowSession`.
fn is_flow_session(value: &Value) -> bool {
    let Some(row) = value.as_object() else {
        return false;
    };
    // A row has at least one of its columns, whatever it holds; `statuscode` and `runmode` may
    // hold anything.
    FLOWSESSION_KEYS.iter().any(|k| row.contains_key(*k))
        && STRING_COLUMNS
            .iter()
            .all(|k| absent_null_or(row, k, Value::is_string))
}

fn check_error_body(body: &ErrorBody, value: &Value) {
    let object = value
        .as_object()
        .expect("an ErrorBody comes from an object");
    let error = object["error"].as_object().expect("`error` is an object");

    let raw = body.raw_code();
    assert_eq!(Some(raw), error["code"].as_str());
    assert_eq!(body.code(), PowerAutomateError::from_code(raw));
    assert_eq!(body.message(), error.get("message").and_then(Value::as_str));
    for (key, v) in error {
        assert_eq!(body.error_field(key), Some(v));
    }
    assert_eq!(
        body.error_field("\u{0}not a key"),
        error.get("\u{0}not a key")
    );
    assert_eq!(body.as_map(), object);
    assert_eq!(&body.clone().into_map(), object);
    let _ = format!("{body:?}");
}

fn check_flow_session(row: &FlowSession, value: &Value) {
    let object = value
        .as_object()
        .expect("a FlowSession comes from an object");
    let string = |key: &str| object.get(key).and_then(Value::as_str);
    let integer = |key: &str| object.get(key).and_then(Value::as_i64);

    assert_eq!(row.raw_status(), integer("statuscode"));
    let status = row.status();
    match row.raw_status() {
        Some(n @ 0..=14) => {
            let s = status.expect("0..=14 are statuses");
            assert_eq!(i64::from(s.picklist()), n);
            assert_eq!(FlowSessionStatus::ALL[n as usize], s);
            assert!(!s.as_str().is_empty());
            assert_eq!(s.to_string(), s.as_str());
        }
        _ => assert_eq!(status, None),
    }

    assert_eq!(row.raw_run_mode(), integer("runmode"));
    let expected_mode = match row.raw_run_mode() {
        Some(0) => Some(RunMode::Local),
        Some(1) => Some(RunMode::Attended),
        Some(2) => Some(RunMode::Unattended),
        _ => None,
    };
    assert_eq!(row.run_mode(), expected_mode);
    if let Some(mode) = row.run_mode() {
        assert_eq!(Some(i64::from(mode.picklist())), row.raw_run_mode());
    }

    assert_eq!(row.raw_error_code(), string("errorcode"));
    assert_eq!(
        row.error_code(),
        string("errorcode").and_then(PowerAutomateError::from_code)
    );
    assert_eq!(row.error_message(), string("errormessage"));
    assert_eq!(
        row.flowsession_id(),
        string("flowsessionid").or_else(|| string("flowsessionId"))
    );
    assert_eq!(row.started_on(), string("startedon"));
    assert_eq!(row.completed_on(), string("completedon"));
    for (key, v) in object {
        assert_eq!(row.get(key), Some(v));
    }
    assert_eq!(row.get("\u{0}not a key"), object.get("\u{0}not a key"));
    assert_eq!(row.as_map(), object);
    assert_eq!(&row.clone().into_map(), object);
    let _ = format!("{row:?}");
}

fuzz_target!(|data: &[u8]| {
    let raw = serde_json::from_slice::<Box<RawValue>>(data);
    let value = serde_json::from_slice::<Value>(data);
    let body = serde_json::from_slice::<ErrorBody>(data);
    let row = serde_json::from_slice::<FlowSession>(data);

    let Ok(raw) = raw else {
        // Not JSON: neither type may accept it.
        assert!(value.is_err());
        assert!(body.is_err(), "ErrorBody accepted invalid JSON");
        assert!(row.is_err(), "FlowSession accepted invalid JSON");
        return;
    };
    let raw = raw.get();

    // The view, as `ErrorResponse` (any object) reads it; too deep a text is the one JSON
    // object that is refused.
    let view = match serde_json::from_str::<ErrorResponse>(raw) {
        Ok(view) => Value::Object(view.into_map()),
        Err(err) if raw.starts_with('{') => {
            assert!(
                err.to_string().contains("recursion limit exceeded"),
                "{raw}: {err}"
            );
            assert!(body.is_err() && row.is_err());
            return;
        }
        Err(_) => Value::Null,
    };
    if let Ok(value) = &value {
        assert!(
            same_view(value, &view) || !value.is_object(),
            "view of {raw}: {view}"
        );
    }

    assert_eq!(
        body.is_ok(),
        is_error_body(&view),
        "ErrorBody of {raw}: {body:?}"
    );
    assert_eq!(
        row.is_ok(),
        is_flow_session(&view),
        "FlowSession of {raw}: {row:?}"
    );

    // Reading from a Value agrees with reading from the bytes, and writes that Value back.
    if let Ok(value) = &value {
        let body_from_value = serde_json::from_value::<ErrorBody>(value.clone());
        assert_eq!(body_from_value.is_ok(), body.is_ok());
        if let Ok(from_value) = body_from_value {
            assert_eq!(
                serde_json::to_string(&from_value).unwrap(),
                value.to_string()
            );
        }
        let row_from_value = serde_json::from_value::<FlowSession>(value.clone());
        assert_eq!(row_from_value.is_ok(), row.is_ok());
        if let Ok(from_value) = row_from_value {
            assert_eq!(
                serde_json::to_string(&from_value).unwrap(),
                value.to_string()
            );
        }
    }

    match &body {
        Ok(body) => {
            check_error_body(body, &view);
            check_written::<ErrorBody>(raw, &serde_json::to_string(body).unwrap());
        }
        Err(err) => {
            let _ = err.to_string();
        }
    }
    match &row {
        Ok(row) => {
            check_flow_session(row, &view);
            check_written::<FlowSession>(raw, &serde_json::to_string(row).unwrap());
        }
        Err(err) => {
            let _ = err.to_string();
        }
    }
});
