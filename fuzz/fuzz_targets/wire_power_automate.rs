//! `power_automate::{ErrorBody, FlowSession}` from arbitrary bytes: deserialization never
//! panics, accepts exactly the documented shapes (checked against a model over
//! `serde_json::Value`), every accessor agrees with a reading of the `Value`, and serializing
//! gives back the input exactly (lossless, compared as `serde_json::Value`).

#![no_main]

use libfuzzer_sys::fuzz_target;
use rpa_error_codes::power_automate::{
    ErrorBody, FlowSession, FlowSessionStatus, PowerAutomateError, RunMode,
};
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

/// The documented shape of a `FlowSession`.
fn is_flow_session(value: &Value) -> bool {
    let Some(row) = value.as_object() else {
        return false;
    };
    ["statuscode", "runmode"]
        .iter()
        .all(|k| absent_null_or(row, k, Value::is_i64))
        && [
            "errorcode",
            "errormessage",
            "flowsessionid",
            "flowsessionId",
            "startedon",
            "completedon",
        ]
        .iter()
        .all(|k| absent_null_or(row, k, Value::is_string))
}

fn check_error_body(body: &ErrorBody, value: &Value) {
    let object = value.as_object().expect("an ErrorBody comes from an object");
    let error = object["error"].as_object().expect("`error` is an object");

    let raw = body.raw_code();
    assert_eq!(Some(raw), error["code"].as_str());
    assert_eq!(body.code(), PowerAutomateError::from_code(raw));
    assert_eq!(body.message(), error.get("message").and_then(Value::as_str));
    for (key, v) in error {
        assert_eq!(body.error_field(key), Some(v));
    }
    assert_eq!(body.error_field("\u{0}not a key"), error.get("\u{0}not a key"));
    assert_eq!(body.as_map(), object);
    assert_eq!(&body.clone().into_map(), object);
    let _ = format!("{body:?}");

    // Lossless, as a Value and through JSON text.
    assert_eq!(&serde_json::to_value(body).unwrap(), value);
    // The written text reads back, as the same JSON serde_json reads from that text. (Not
    // compared with `body` itself: without serde_json's `float_roundtrip` feature, parsing a
    // float may be 1 ULP off, so a float in an unknown key can move by an ULP per trip.)
    let text = serde_json::to_string(body).unwrap();
    let reread = serde_json::from_str::<ErrorBody>(&text).expect("the written JSON reads back");
    assert_eq!(
        serde_json::to_value(&reread).unwrap(),
        serde_json::from_str::<Value>(&text).unwrap()
    );
}

fn check_flow_session(row: &FlowSession, value: &Value) {
    let object = value.as_object().expect("a FlowSession comes from an object");
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

    assert_eq!(&serde_json::to_value(row).unwrap(), value);
    // The written text reads back, as the same JSON serde_json reads from that text. (Not
    // compared with `row` itself: without serde_json's `float_roundtrip` feature, parsing a
    // float may be 1 ULP off, so a float in an unknown key can move by an ULP per trip.)
    let text = serde_json::to_string(row).unwrap();
    let reread = serde_json::from_str::<FlowSession>(&text).expect("the written JSON reads back");
    assert_eq!(
        serde_json::to_value(&reread).unwrap(),
        serde_json::from_str::<Value>(&text).unwrap()
    );
}

fuzz_target!(|data: &[u8]| {
    let value = serde_json::from_slice::<Value>(data);
    let body = serde_json::from_slice::<ErrorBody>(data);
    let row = serde_json::from_slice::<FlowSession>(data);

    let Ok(value) = value else {
        // Not JSON: neither type may accept it.
        assert!(body.is_err(), "ErrorBody accepted invalid JSON");
        assert!(row.is_err(), "FlowSession accepted invalid JSON");
        return;
    };

    assert_eq!(body.is_ok(), is_error_body(&value), "ErrorBody of {value}: {body:?}");
    assert_eq!(row.is_ok(), is_flow_session(&value), "FlowSession of {value}: {row:?}");

    // Reading from a Value agrees with reading from the bytes.
    let body_from_value = serde_json::from_value::<ErrorBody>(value.clone());
    assert_eq!(body_from_value.as_ref().ok(), body.as_ref().ok());
    let row_from_value = serde_json::from_value::<FlowSession>(value.clone());
    assert_eq!(row_from_value.as_ref().ok(), row.as_ref().ok());

    match &body {
        Ok(body) => check_error_body(body, &value),
        Err(err) => {
            let _ = err.to_string();
        }
    }
    match &row {
        Ok(row) => check_flow_session(row, &value),
        Err(err) => {
            let _ = err.to_string();
        }
    }
});
