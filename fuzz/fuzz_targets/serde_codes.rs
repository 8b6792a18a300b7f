//! The codes' serde implementations on arbitrary JSON: `PowerAutomateError`,
//! `OrchestratorCode`, `LogonStatus` and `RunMode` deserialize exactly the documented values
//! (checked against the lookups and a model over `serde_json::Value`), never panic, name the
//! rejected value in the error, and serializing a code and reading it back gives the same
//! code. `MaybeKnown` of each code type reads every value and writes it back as it came.

#![no_main]

use libfuzzer_sys::fuzz_target;
use rpa_error_codes::maybe_known::Code;
use rpa_error_codes::power_automate::RunMode;
use rpa_error_codes::windows_logon::LogonStatus;
use rpa_error_codes::{Catalog, MaybeKnown, OrchestratorCode, PowerAutomateError, UnknownCode};
use serde_json::Value;

/// The error `err` (from serde_json) starts with the message of `UnknownCode` for `input`.
fn names_input<E: std::fmt::Display>(err: &E, catalog: Catalog, input: &str) {
    let expected = UnknownCode::new(catalog, input).to_string();
    let text = err.to_string();
    assert!(
        text.starts_with(&expected),
        "{text:?} does not start with {expected:?}"
    );
}

fn check_power_automate(data: &[u8], value: Option<&Value>) {
    let parsed = serde_json::from_slice::<PowerAutomateError>(data);
    let Some(value) = value else {
        assert!(parsed.is_err(), "accepted invalid JSON");
        return;
    };
    let expected = value.as_str().and_then(PowerAutomateError::from_code);
    assert_eq!(
        parsed.as_ref().ok().copied(),
        expected,
        "PowerAutomateError from {value}"
    );
    let from_value = serde_json::from_value::<PowerAutomateError>(value.clone());
    assert_eq!(from_value.as_ref().ok().copied(), expected);
    match parsed {
        Ok(code) => {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("{:?}", code.code()));
            assert_eq!(
                serde_json::from_str::<PowerAutomateError>(&json).unwrap(),
                code
            );
            assert_eq!(
                serde_json::from_value::<PowerAutomateError>(serde_json::to_value(code).unwrap())
                    .unwrap(),
                code
            );
        }
        Err(err) => {
            if let Some(s) = value.as_str() {
                names_input(&err, Catalog::PowerAutomate, s);
            }
        }
    }
}

fn check_orchestrator(data: &[u8], value: Option<&Value>) {
    let parsed = serde_json::from_slice::<OrchestratorCode>(data);
    let Some(value) = value else {
        assert!(parsed.is_err(), "accepted invalid JSON");
        return;
    };
    let scan = |n: u16| {
        OrchestratorCode::ALL
            .iter()
            .copied()
            .find(|c| c.code() == n)
    };
    let expected = match value {
        Value::Number(n) => n
            .as_u64()
            .and_then(|n| u16::try_from(n).ok())
            .and_then(scan),
        Value::String(s) => s.parse::<OrchestratorCode>().ok(),
        _ => None,
    };
    assert_eq!(
        parsed.as_ref().ok().copied(),
        expected,
        "OrchestratorCode from {value}"
    );
    let from_value = serde_json::from_value::<OrchestratorCode>(value.clone());
    assert_eq!(from_value.as_ref().ok().copied(), expected);
    match parsed {
        Ok(code) => {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, code.code().to_string());
            assert_eq!(
                serde_json::from_str::<OrchestratorCode>(&json).unwrap(),
                code
            );
            let as_name = serde_json::to_string(code.name()).unwrap();
            assert_eq!(
                serde_json::from_str::<OrchestratorCode>(&as_name).unwrap(),
                code
            );
            assert_eq!(
                serde_json::from_value::<OrchestratorCode>(serde_json::to_value(code).unwrap())
                    .unwrap(),
                code
            );
        }
        Err(err) => match value {
            Value::String(s) => names_input(&err, Catalog::Orchestrator, s),
            Value::Number(n) if n.is_u64() || n.is_i64() => {
                names_input(&err, Catalog::Orchestrator, &n.to_string())
            }
            _ => {
                let _ = err.to_string();
            }
        },
    }
}

fn check_run_mode(data: &[u8], value: Option<&Value>) {
    let parsed = serde_json::from_slice::<RunMode>(data);
    let Some(value) = value else {
        assert!(parsed.is_err(), "accepted invalid JSON");
        return;
    };
    let expected = match value {
        Value::String(s) => match s.as_str() {
            "Attended" | "attended" => Some(RunMode::Attended),
            "Unattended" | "unattended" => Some(RunMode::Unattended),
            "Local" | "local" => Some(RunMode::Local),
            _ => None,
        },
        // The `flowsession.runmode` picklist.
        Value::Number(n) => match n.as_u64() {
            Some(0) => Some(RunMode::Local),
            Some(1) => Some(RunMode::Attended),
            Some(2) => Some(RunMode::Unattended),
            _ => None,
        },
        _ => None,
    };
    assert_eq!(
        parsed.as_ref().ok().copied(),
        expected,
        "RunMode from {value}"
    );
    if let Ok(mode) = parsed {
        let json = serde_json::to_string(&mode).unwrap();
        assert_eq!(json, format!("{:?}", mode.as_str()));
        assert_eq!(serde_json::from_str::<RunMode>(&json).unwrap(), mode);
    }
}

fn check_logon_status(data: &[u8], value: Option<&Value>) {
    let parsed = serde_json::from_slice::<LogonStatus>(data);
    let Some(value) = value else {
        assert!(parsed.is_err(), "accepted invalid JSON");
        return;
    };
    let scan = |n: i64| {
        LogonStatus::ALL
            .iter()
            .copied()
            .find(|s| i64::from(s.code()) == n)
    };
    let expected = match value {
        Value::Number(n) => n.as_i64().and_then(scan),
        Value::String(s) => s.parse::<LogonStatus>().ok(),
        _ => None,
    };
    assert_eq!(
        parsed.as_ref().ok().copied(),
        expected,
        "LogonStatus from {value}"
    );
    if let Ok(status) = parsed {
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(json, status.code().to_string());
        assert_eq!(serde_json::from_str::<LogonStatus>(&json).unwrap(), status);
    }
}

/// `MaybeKnown<T>` reads every value serde_json reads, holds a `Known` code exactly when the
/// value is the code as `T` serializes it, and writes the value back as it came.
fn check_maybe_known<T>(data: &[u8], value: Option<&Value>)
where
    T: Code + std::fmt::Debug + PartialEq + std::fmt::Display,
{
    let parsed = serde_json::from_slice::<MaybeKnown<T>>(data);
    let Some(value) = value else {
        assert!(
            parsed.is_err(),
            "accepted what serde_json's Value does not read"
        );
        return;
    };
    let parsed = parsed.expect("any value reads");
    assert_eq!(serde_json::to_value(&parsed).unwrap(), *value);
    assert_eq!(serde_json::to_string(&parsed).unwrap(), value.to_string());
    match &parsed {
        MaybeKnown::Known(code) => {
            assert_eq!(serde_json::to_value(code).unwrap(), *value);
            assert_eq!(parsed.known().as_ref(), Some(code));
            assert_eq!(parsed.as_known(), Some(code));
        }
        MaybeKnown::Unknown(unknown) => {
            assert_eq!(unknown, value);
            // No code serializes as this value.
            if let Some(code) = parsed.known() {
                assert_ne!(serde_json::to_value(code).unwrap(), *value);
            }
        }
    }
    let from_value = serde_json::from_value::<MaybeKnown<T>>(value.clone()).unwrap();
    assert_eq!(from_value, parsed);
    let _ = (parsed.to_string(), format!("{parsed:?}"));
}

fuzz_target!(|data: &[u8]| {
    let value = serde_json::from_slice::<Value>(data).ok();
    check_power_automate(data, value.as_ref());
    check_orchestrator(data, value.as_ref());
    check_logon_status(data, value.as_ref());
    check_run_mode(data, value.as_ref());
    check_maybe_known::<PowerAutomateError>(data, value.as_ref());
    check_maybe_known::<OrchestratorCode>(data, value.as_ref());
    check_maybe_known::<LogonStatus>(data, value.as_ref());
});
