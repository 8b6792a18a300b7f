//! The `serde` feature: the codes through serde, and the error bodies that carry them.
//!
//! The real bodies are in `tests/fixtures/samples/` (copied unchanged from the vendors'
//! publications and captures; `SOURCES.md` there tells where each comes from). The expected
//! codes, messages and other values below were read from those files, not from the crate.
#![cfg(feature = "serde")]

use std::collections::BTreeSet;
use std::hint::black_box;
use std::path::Path;

use proptest::prelude::*;
use proptest::sample::Index;
use rpa_error_codes::orchestrator::{BodyShape, ErrorResponse};
use rpa_error_codes::power_automate::{
    ErrorBody, FlowSession, FlowSessionStatus, Platform, RunMode,
};
use rpa_error_codes::{MaybeKnown, OrchestratorCode, PowerAutomateError};
use serde::Serialize;
use serde::de::DeserializeOwned;

mod common;
use common::allocations;
use serde::de::value::{
    BorrowedStrDeserializer, Error as ValueError, I64Deserializer, I128Deserializer,
    StringDeserializer, U8Deserializer, U16Deserializer, U128Deserializer,
};
use serde::de::{Deserialize, IntoDeserializer};
use serde_json::{Map, Value, json};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// The number of cases of a property block: `PROPTEST_CASES` when set, else `default`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// The text of `tests/fixtures/samples/{path}`.
fn sample(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/samples")
        .join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("cannot read {}: {e}", full.display()))
}

/// Reads `text` as a `T` through both of serde_json's deserializers (from text, from a
/// `Value`), and checks the round trips: `T` serializes back to a `Value` equal to `text` parsed
/// as a `Value`, and to text that reads back to the same `T` and writes the same text again.
fn lossless<T>(text: &str) -> T
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug,
{
    let input: Value = serde_json::from_str(text).expect("the input is JSON");
    let parsed: T = serde_json::from_str(text)
        .unwrap_or_else(|e| panic!("{} from {text}: {e}", std::any::type_name::<T>()));
    let from_value: T = serde_json::from_value(input.clone()).expect("from a Value too");
    assert_eq!(
        serde_json::to_string(&from_value).expect("serializes"),
        input.to_string(),
        "from a Value, round trip of {text}"
    );
    assert_eq!(
        serde_json::to_value(&parsed).expect("serializes"),
        input,
        "round trip of {text}"
    );
    let written = serde_json::to_string(&parsed).expect("serializes to text");
    let again: T = serde_json::from_str(&written).expect("reads back");
    assert_eq!(again, parsed, "written as {written}");
    assert_eq!(serde_json::to_string(&again).unwrap(), written);
    parsed
}

/// The error of reading `text` as a `T`, from text and from a `Value` (when `text` is JSON):
/// both must fail.
fn rejected<T: DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
    let err = serde_json::from_str::<T>(text).expect_err(&format!(
        "{} must reject {text}",
        std::any::type_name::<T>()
    ));
    if let Ok(value) = serde_json::from_str::<Value>(text) {
        serde_json::from_value::<T>(value).expect_err(&format!("from a Value too: {text}"));
    }
    err.to_string()
}

// ---------------------------------------------------------------------------------------------
// The fixtures
// ---------------------------------------------------------------------------------------------

/// Every fixture file is tested below: a new file needs a test.
#[test]
fn every_sample_is_tested() {
    let tested: BTreeSet<&str> = [
        "power_automate/01.json",
        "power_automate/03.json",
        "power_automate/07.json",
        "power_automate/08.json",
        "power_automate/09.json",
        "power_automate/10.json",
        "power_automate/11.json",
        "power_automate/12.json",
        "uipath/01.json",
        "uipath/05.json",
        "uipath/06.json",
        "uipath/07.json",
        "uipath/12.json",
        "uipath/13.json",
        "uipath/14.json",
        "uipath/15.json",
        "uipath/16.json",
    ]
    .into_iter()
    .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/samples");
    let mut found = BTreeSet::new();
    for vendor in ["power_automate", "uipath"] {
        for entry in std::fs::read_dir(root.join(vendor)).expect("the samples folder") {
            let name = entry.expect("a directory entry").file_name();
            found.insert(format!("{vendor}/{}", name.to_string_lossy()));
        }
    }
    let found: BTreeSet<&str> = found.iter().map(String::as_str).collect();
    assert_eq!(found, tested);
}

#[test]
fn power_automate_01_windows_identity_incorrect() {
    let body: ErrorBody = lossless(&sample("power_automate/01.json"));
    assert_eq!(
        body.code(),
        Some(PowerAutomateError::WindowsIdentityIncorrect)
    );
    assert_eq!(body.raw_code(), "WindowsIdentityIncorrect");
    assert_eq!(
        body.message(),
        Some("The credentials provided with the request are invalid.")
    );
}

#[test]
fn power_automate_03_code_newer_than_the_2023_table() {
    let body: ErrorBody = lossless(&sample("power_automate/03.json"));
    assert_eq!(
        body.code(),
        Some(PowerAutomateError::MSEntraMachineAlwaysPromptingForPassword)
    );
    assert_eq!(body.raw_code(), "MSEntraMachineAlwaysPromptingForPassword");
    assert_eq!(
        body.message(),
        Some("Could not create unattended session with these credentials.")
    );
}

#[test]
fn power_automate_07_numeric_windows_status_survives() {
    let body: ErrorBody = lossless(&sample("power_automate/07.json"));
    assert_eq!(body.code(), None);
    assert_eq!(body.raw_code(), "-1073741477");
    assert_eq!(
        body.message(),
        Some(
            "A user has requested a type of logon (e.g., interactive or network) that has not \
             been granted. An administrator has control over who may logon interactively and \
             through the network."
        )
    );
}

#[test]
fn power_automate_08_dataverse_hresult() {
    let body: ErrorBody = lossless(&sample("power_automate/08.json"));
    assert_eq!(body.code(), None);
    assert_eq!(body.raw_code(), "0x80040220");
    // The leading space is in the published body.
    assert_eq!(
        body.message(),
        Some(
            " Principal user (Id=526..., type=8) is missing prvReadworkflow privilege (Id=88...*)"
        )
    );
}

#[test]
fn power_automate_09_failed_flowsession_row() {
    let text = sample("power_automate/09.json");
    let row: FlowSession = lossless(&text);
    assert_eq!(row.status(), Some(FlowSessionStatus::Failed));
    assert_eq!(row.raw_status(), Some(8));
    assert_eq!(row.run_mode(), None);
    assert_eq!(row.raw_run_mode(), None);
    // The $select of this request asked for no error column.
    assert_eq!(row.error_code(), None);
    assert_eq!(row.raw_error_code(), None);
    assert_eq!(row.error_message(), None);
    assert_eq!(row.flowsession_id(), None);
    assert_eq!(row.started_on(), Some("2022-06-16T12:54:40Z"));
    assert_eq!(row.completed_on(), Some("2022-06-16T12:57:46Z"));
    assert_eq!(row.get("statecode"), Some(&json!(0)));
    assert_eq!(row.get("@odata.etag"), Some(&json!("W1276122")));
    assert!(
        row.get("@odata.context")
            .and_then(Value::as_str)
            .is_some_and(|c| c.ends_with("/$entity"))
    );
    // A row is not an error body.
    rejected::<ErrorBody>(&text);
}

#[test]
fn power_automate_10_callback_of_a_succeeded_run() {
    let row: FlowSession = lossless(&sample("power_automate/10.json"));
    assert_eq!(row.status(), Some(FlowSessionStatus::Succeeded));
    assert_eq!(row.raw_status(), Some(4));
    assert_eq!(
        row.flowsession_id(),
        Some("d9687093-d0c0-ec11-983e-0022480b428a")
    );
    assert_eq!(row.started_on(), Some("2022-09-05T08:04:11Z"));
    assert_eq!(row.completed_on(), Some("2022-09-05T08:04:41Z"));
    assert_eq!(row.error_code(), None);
}

#[test]
fn power_automate_11_run_desktop_flow_response_casing() {
    let row: FlowSession = lossless(&sample("power_automate/11.json"));
    // `flowsessionId` is kept as received, and read as the id.
    assert_eq!(row.get("flowsessionid"), None);
    assert_eq!(
        row.get("flowsessionId"),
        Some(&json!("d9687093-d0c0-ec11-983e-0022480b428a"))
    );
    assert_eq!(
        row.flowsession_id(),
        Some("d9687093-d0c0-ec11-983e-0022480b428a")
    );
    assert_eq!(row.status(), None);
    assert_eq!(row.raw_status(), None);
}

#[test]
fn power_automate_12_run_desktop_flow_request_run_mode() {
    #[derive(serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Request {
        run_mode: RunMode,
        timeout: u32,
    }

    let text = sample("power_automate/12.json");
    let request: Request = serde_json::from_str(&text).expect("the request reads");
    assert_eq!(request.run_mode, RunMode::Attended);
    assert_eq!(request.timeout, 7200);

    // It is no flowsession row: it has none of the columns (`runMode` is not `runmode`).
    let err = rejected::<FlowSession>(&text);
    assert!(err.contains("flowsession"), "{err}");
}

#[test]
fn uipath_01_current_shape() {
    let body: ErrorResponse = lossless(&sample("uipath/01.json"));
    assert_eq!(body.shape(), BodyShape::Orchestrator);
    assert!(body.is_orchestrator());
    assert_eq!(body.code(), Some(OrchestratorCode::InvalidArgument));
    assert_eq!(body.raw_code(), Some(1009));
    assert_eq!(
        body.message(),
        Some("The field take must be between 0 and 100")
    );
    assert_eq!(
        body.trace_id(),
        Some("00-a1748eae82a7add9cd2870735bcd51ef-9a46a107cf90b991-00")
    );
    assert_eq!(body.details(), None);
}

#[test]
fn uipath_05_merged_with_the_abp_envelope() {
    let text = sample("uipath/05.json");
    let body: ErrorResponse = lossless(&text);
    assert_eq!(body.shape(), BodyShape::Orchestrator);
    assert!(body.is_orchestrator());
    // errorCode 0 is "no specific code"; error.code 0 is not read as a code either.
    assert_eq!(body.code(), None);
    assert_eq!(body.raw_code(), Some(0));
    assert_eq!(body.message(), Some("You are not authorized!"));
    assert_eq!(
        body.details(),
        Some("You are not allowed to perform this operation.")
    );
    assert_eq!(body.trace_id(), None);
    assert_eq!(body.get("unAuthorizedRequest"), Some(&json!(true)));
    // The ABP `error` has a numeric code: not a Power Automate error body.
    rejected::<ErrorBody>(&text);
}

#[test]
fn uipath_06_abp_envelope_only() {
    let text = sample("uipath/06.json");
    let body: ErrorResponse = lossless(&text);
    assert_eq!(body.shape(), BodyShape::AbpEnvelope);
    assert!(body.is_orchestrator());
    // error.code 400 is HTTP-like, not an Orchestrator code.
    assert_eq!(body.code(), None);
    assert_eq!(body.raw_code(), None);
    assert_eq!(body.error_code_value(), None);
    assert_eq!(body.message(), Some("Incorrect password."));
    assert_eq!(body.details(), None);
    assert_eq!(body.trace_id(), None);
    rejected::<ErrorBody>(&text);
}

#[test]
fn uipath_07_older_shape_with_resource_ids() {
    let body: ErrorResponse = lossless(&sample("uipath/07.json"));
    assert_eq!(body.shape(), BodyShape::Orchestrator);
    assert_eq!(body.code(), Some(OrchestratorCode::MachineNameRequired));
    assert_eq!(body.raw_code(), Some(1204));
    assert_eq!(body.message(), Some("Please provide a Machine name"));
    assert_eq!(body.trace_id(), None);
    assert_eq!(body.get("resourceIds"), Some(&Value::Null));
}

#[test]
fn uipath_12_identity_1002_is_not_item_not_found() {
    let body: ErrorResponse = lossless(&sample("uipath/12.json"));
    assert_eq!(body.shape(), BodyShape::Identity);
    assert!(!body.is_orchestrator());
    assert_eq!(body.code(), None);
    assert_eq!(body.raw_code(), Some(1002));
    assert_eq!(
        body.message(),
        Some(
            "Found duplicated tenant with requested Id b26f486f-a585-4420-83fd-f2741385b3c8 \
             under organization 0dad76a9-7d44-447a-84d6-ce713a5324d8 (1002)"
        )
    );
    assert_eq!(body.get("StatusCode"), Some(&json!(409)));
    assert_eq!(body.get("StatusDescription"), Some(&json!("Conflict")));
}

#[test]
fn uipath_13_identity_without_error_code() {
    let body: ErrorResponse = lossless(&sample("uipath/13.json"));
    assert_eq!(body.shape(), BodyShape::Identity);
    assert!(!body.is_orchestrator());
    assert_eq!(body.code(), None);
    assert_eq!(body.raw_code(), None);
    assert_eq!(
        body.message(),
        Some("Cannot resolve users=[530534bf-86f2-47df-bfff-007e4c2554ad] in CIS")
    );
    assert_eq!(body.details(), None);
    assert_eq!(body.get("Description"), Some(&json!("")));
}

#[test]
fn uipath_14_problem_details() {
    let body: ErrorResponse = lossless(&sample("uipath/14.json"));
    assert_eq!(body.shape(), BodyShape::ProblemDetails);
    assert!(!body.is_orchestrator());
    assert_eq!(body.code(), None);
    assert_eq!(body.raw_code(), None);
    assert_eq!(body.message(), None);
    assert_eq!(
        body.trace_id(),
        Some("00-b4356a07063fc3fcc9cfc85d93806940-b5a1b0c76e7b0974-00")
    );
    assert_eq!(
        body.get("title"),
        Some(&json!("One or more validation errors occurred."))
    );
    assert_eq!(body.get("status"), Some(&json!(400)));
}

#[test]
fn uipath_15_bulk_multi_status() {
    let body: ErrorResponse = lossless(&sample("uipath/15.json"));
    assert_eq!(body.shape(), BodyShape::MultiStatus);
    assert!(body.is_orchestrator());
    assert_eq!(body.code(), None);
    assert_eq!(body.raw_code(), None);
    assert_eq!(body.message(), None);
    assert_eq!(body.trace_id(), None);
    assert_eq!(body.details(), None);
    let item = &body.get("value").expect("a value array")[0];
    assert_eq!(item["Status"], "OK");
    // `Body` stays a string holding JSON.
    assert_eq!(item["Body"], r#"{"Id":"LibraryTest","Version":"1.0.1"}"#);
}

#[test]
fn uipath_16_error_code_as_a_numeric_string() {
    let body: ErrorResponse = lossless(&sample("uipath/16.json"));
    assert_eq!(body.shape(), BodyShape::Orchestrator);
    assert_eq!(body.code(), Some(OrchestratorCode::ItemNotFound));
    assert_eq!(body.raw_code(), Some(1002));
    assert_eq!(body.message(), Some("Process not found"));
    assert_eq!(body.trace_id(), Some("abc-123"));
    // Still a string when written back.
    assert_eq!(
        serde_json::to_value(&body).unwrap()["errorCode"],
        json!("1002")
    );
}

/// Every sample is a JSON object, so each reads as an `ErrorResponse` and round-trips; none of
/// the Power Automate ones is taken for an Orchestrator body with a code.
#[test]
fn every_sample_reads_as_an_error_response() {
    for vendor in ["power_automate", "uipath"] {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/samples")
            .join(vendor);
        for entry in std::fs::read_dir(root).expect("the samples folder") {
            let path = entry.expect("a directory entry").path();
            let text = std::fs::read_to_string(&path).expect("a readable sample");
            let body: ErrorResponse = lossless(&text);
            if vendor == "power_automate" {
                assert_eq!(body.code(), None, "{}", path.display());
                assert!(!body.is_orchestrator(), "{}", path.display());
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Other documented Orchestrator shapes
// ---------------------------------------------------------------------------------------------

#[test]
fn pascal_case_error_result() {
    let body: ErrorResponse = lossless(
        r#"{"Message":"Robot does not exist.","ErrorCode":1002,
            "TraceId":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
            "ResourceIds":[17,4294967296],"Details":"Robot 17 was deleted."}"#,
    );
    assert_eq!(body.shape(), BodyShape::Orchestrator);
    assert_eq!(body.code(), Some(OrchestratorCode::ItemNotFound));
    assert_eq!(body.raw_code(), Some(1002));
    assert_eq!(body.message(), Some("Robot does not exist."));
    assert_eq!(
        body.trace_id(),
        Some("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00")
    );
    assert_eq!(body.details(), Some("Robot 17 was deleted."));
    assert_eq!(
        body.get("ResourceIds"),
        Some(&json!([17, 4_294_967_296_i64]))
    );
}

#[test]
fn older_shape_with_resource_ids() {
    let body: ErrorResponse = lossless(
        r#"{"message":"The machine name ROBOT01 is already taken","errorCode":1001,"resourceIds":null}"#,
    );
    assert_eq!(body.shape(), BodyShape::Orchestrator);
    assert_eq!(body.code(), Some(OrchestratorCode::NameAlreadyUsed));
    assert_eq!(
        body.message(),
        Some("The machine name ROBOT01 is already taken")
    );
    assert_eq!(body.trace_id(), None);
}

#[test]
fn abp_envelope_with_validation_errors() {
    let body: ErrorResponse = lossless(
        r#"{"result":null,"targetUrl":null,"success":false,
            "error":{"code":0,"message":"Your request is not valid!",
                     "details":"The following errors were detected during validation.\r\n - The Name field is required.\r\n",
                     "validationErrors":[{"message":"The Name field is required.","members":["name"]}]},
            "unAuthorizedRequest":false,"__abp":true}"#,
    );
    assert_eq!(body.shape(), BodyShape::AbpEnvelope);
    assert_eq!(body.code(), None);
    assert_eq!(body.raw_code(), None);
    assert_eq!(body.message(), Some("Your request is not valid!"));
    assert_eq!(
        body.details(),
        Some(
            "The following errors were detected during validation.\r\n - The Name field is required.\r\n"
        )
    );
    assert_eq!(
        body.get("error").unwrap()["validationErrors"][0]["members"],
        json!(["name"])
    );
}

#[test]
fn error_code_as_a_string() {
    let body: ErrorResponse =
        lossless(r#"{"message":"Queue does not exist.","errorCode":"1002","traceId":"t"}"#);
    assert_eq!(body.code(), Some(OrchestratorCode::ItemNotFound));
    assert_eq!(body.raw_code(), Some(1002));
    assert_eq!(body.error_code_value(), Some(&json!("1002")));
}

#[test]
fn error_code_null() {
    let body: ErrorResponse = lossless(
        r#"{"message":"An error has occurred.","errorCode":null,"traceId":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00"}"#,
    );
    assert_eq!(body.shape(), BodyShape::Orchestrator);
    assert_eq!(body.code(), None);
    assert_eq!(body.raw_code(), None);
    assert_eq!(body.error_code_value(), Some(&Value::Null));
    assert_eq!(body.message(), Some("An error has occurred."));
}

#[test]
fn error_code_of_every_kind() {
    let pending = Some(OrchestratorCode::PendingJobsAlreadyExist);
    // (errorCode as JSON, code(), raw_code())
    let cases: [(&str, Option<OrchestratorCode>, Option<i64>); 20] = [
        ("1670", pending, Some(1670)),
        (r#""1670""#, pending, Some(1670)),
        (r#""PendingJobsAlreadyExist""#, pending, None),
        (
            r#""DuplicateReference""#,
            Some(OrchestratorCode::DuplicateReference),
            None,
        ),
        // An alias of 1208.
        (
            r#""InvalidUnattendedMachineSlots""#,
            Some(OrchestratorCode::MachineLicenseCannotChange),
            None,
        ),
        ("0", None, Some(0)),
        (r#""0""#, None, Some(0)),
        ("1005", None, Some(1005)),
        ("-1", None, Some(-1)),
        (r#""-1""#, None, Some(-1)),
        ("70000", None, Some(70000)),
        ("9223372036854775807", None, Some(i64::MAX)),
        ("18446744073709551615", None, None),
        (r#""01670""#, None, None),
        (r#""+1670""#, None, None),
        (r#"" 1670""#, None, None),
        (r#""pendingjobsalreadyexist""#, None, None),
        ("1670.0", None, None),
        ("true", None, None),
        (r#"{"code":1670}"#, None, None),
    ];
    for (code, expected, raw) in cases {
        let text = format!(r#"{{"message":"m","errorCode":{code}}}"#);
        let body: ErrorResponse = lossless(&text);
        assert_eq!(body.shape(), BodyShape::Orchestrator, "{text}");
        assert_eq!(body.code(), expected, "code() of {text}");
        assert_eq!(body.raw_code(), raw, "raw_code() of {text}");
        assert_eq!(
            body.error_code_value(),
            Some(&serde_json::from_str::<Value>(code).unwrap())
        );
    }
}

#[test]
fn camel_case_keys_come_first() {
    let body: ErrorResponse = lossless(
        r#"{"errorCode":1670,"ErrorCode":1002,"message":"camel","Message":"Pascal",
            "traceId":"camel","TraceId":"Pascal","details":"camel","Details":"Pascal"}"#,
    );
    assert_eq!(body.code(), Some(OrchestratorCode::PendingJobsAlreadyExist));
    assert_eq!(body.message(), Some("camel"));
    assert_eq!(body.trace_id(), Some("camel"));
    assert_eq!(body.details(), Some("camel"));

    // A message of another type gives way to the next candidate; the value is kept.
    let body: ErrorResponse = lossless(
        r#"{"message":null,"Message":7,"errorCode":0,"error":{"message":"from the envelope"}}"#,
    );
    assert_eq!(body.message(), Some("from the envelope"));
    assert_eq!(body.get("Message"), Some(&json!(7)));
}

#[test]
fn identity_wins_over_an_error_code_key() {
    let body: ErrorResponse = lossless(
        r#"{"StatusCode":404,"StatusDescription":"NotFound","errorCode":1002,"Message":"m"}"#,
    );
    assert_eq!(body.shape(), BodyShape::Identity);
    assert_eq!(body.code(), None);
    assert_eq!(body.raw_code(), Some(1002));
}

#[test]
fn unrecognized_bodies() {
    for text in [
        "{}",
        r#"{"message":"An error has occurred."}"#,
        r#"{"value":"not an array"}"#,
        r#"{"title":"only a title"}"#,
    ] {
        let body: ErrorResponse = lossless(text);
        assert_eq!(body.shape(), BodyShape::Unrecognized, "{text}");
        assert!(!body.is_orchestrator());
        assert_eq!(body.code(), None);
    }
    let body: ErrorResponse = lossless(r#"{"message":"An error has occurred."}"#);
    assert_eq!(body.message(), Some("An error has occurred."));
}

#[test]
fn error_response_from_a_map() {
    let mut map = Map::new();
    map.insert("errorCode".to_owned(), json!(1670));
    let body = ErrorResponse::from(map.clone());
    assert_eq!(body.code(), Some(OrchestratorCode::PendingJobsAlreadyExist));
    assert_eq!(body.as_map(), &map);
    assert_eq!(body.into_map(), map);
}

// ---------------------------------------------------------------------------------------------
// Power Automate bodies: more shapes, and what is rejected
// ---------------------------------------------------------------------------------------------

#[test]
fn error_body_keeps_unknown_keys_and_nulls() {
    let body: ErrorBody = lossless(
        r#"{"error":{"code":"DnsError","message":null,"target":"machine",
                     "innerError":{"code":"Inner","trace":[1,2.5,-3]},"details":[]},
            "@odata.context":"x"}"#,
    );
    assert_eq!(body.code(), Some(PowerAutomateError::DnsError));
    assert_eq!(body.message(), None);
    assert_eq!(body.error_field("message"), Some(&Value::Null));
    assert_eq!(
        body.error_field("innerError").unwrap()["trace"][1],
        json!(2.5)
    );
    assert_eq!(body.as_map()["@odata.context"], "x");
}

#[test]
fn error_body_codes_are_exact() {
    for (code, expected) in [
        (
            "UIFlowAlreadyRunning",
            Some(PowerAutomateError::UIFlowAlreadyRunning),
        ),
        ("uiflowalreadyrunning", None),
        // A former name the vendor documents reads as the current code.
        (
            "AADMachineAlwaysPromptingForPassword",
            Some(PowerAutomateError::MSEntraMachineAlwaysPromptingForPassword),
        ),
        ("InvalidConnectionCredentials", None),
        ("", None),
    ] {
        let body: ErrorBody = lossless(&json!({"error": {"code": code}}).to_string());
        assert_eq!(body.code(), expected, "{code:?}");
        assert_eq!(body.raw_code(), code);
    }
}

#[test]
fn error_body_rejects_wrong_types() {
    for (text, says) in [
        (r#"{"error":5}"#, "expected an object in `error`"),
        (r#"{"error":null}"#, "expected an object in `error`"),
        (r#"{"error":[]}"#, "expected an object in `error`"),
        (r#"{"error":"DnsError"}"#, "expected an object in `error`"),
        ("{}", "missing field `error`"),
        (r#"{"code":"DnsError"}"#, "missing field `error`"),
        (r#"{"error":{}}"#, "missing field `error.code`"),
        (r#"{"error":{"message":"m"}}"#, "missing field `error.code`"),
        (
            r#"{"error":{"code":null}}"#,
            "expected a string in `error.code`",
        ),
        (
            r#"{"error":{"code":42}}"#,
            "expected a string in `error.code`",
        ),
        (
            r#"{"error":{"code":"DnsError","message":5}}"#,
            "expected a string or null in `error.message`",
        ),
        ("[]", "expected a Power Automate error body"),
        ("null", "expected a Power Automate error body"),
        (r#""DnsError""#, "expected a Power Automate error body"),
        (r#"{"error":{"code":"DnsError""#, "EOF"),
        (r#"{"error":{"code":"DnsError"}"#, "EOF"),
        (r#"{"error":{"code":"DnsError"}}}"#, "trailing characters"),
        ("", "EOF"),
    ] {
        let err = rejected::<ErrorBody>(text);
        assert!(err.contains(says), "{text}: {err:?} does not say {says:?}");
    }
}

#[test]
fn flow_session_rejects_wrong_types() {
    for (text, says) in [
        (
            r#"{"errorcode":42}"#,
            "expected a string or null in `errorcode`",
        ),
        (
            r#"{"errormessage":{}}"#,
            "expected a string or null in `errormessage`",
        ),
        (
            r#"{"flowsessionid":1}"#,
            "expected a string or null in `flowsessionid`",
        ),
        (
            r#"{"flowsessionId":[]}"#,
            "expected a string or null in `flowsessionId`",
        ),
        (
            r#"{"startedon":20220616}"#,
            "expected a string or null in `startedon`",
        ),
        (
            r#"{"completedon":false}"#,
            "expected a string or null in `completedon`",
        ),
        ("[]", "expected a Dataverse flowsession row"),
        ("8", "expected a Dataverse flowsession row"),
        (r#"{"statuscode":8"#, "EOF"),
    ] {
        let err = rejected::<FlowSession>(text);
        assert!(err.contains(says), "{text}: {err:?} does not say {says:?}");
    }
}

#[test]
fn flow_session_keeps_unknown_numbers_and_nulls() {
    let row: FlowSession = lossless(
        r#"{"statuscode":15,"runmode":-1,"errorcode":null,"errormessage":null,
            "flowsessionid":null,"flowsessionId":"from-the-response","startedon":null,
            "completedon":null,"statecode":1,"errordetails":"{\"a\":1}","errorinnererror":null}"#,
    );
    assert_eq!(row.status(), None);
    assert_eq!(row.raw_status(), Some(15));
    assert_eq!(row.run_mode(), None);
    assert_eq!(row.raw_run_mode(), Some(-1));
    assert_eq!(row.error_code(), None);
    assert_eq!(row.raw_error_code(), None);
    assert_eq!(row.error_message(), None);
    // A null `flowsessionid` gives way to `flowsessionId`.
    assert_eq!(row.flowsession_id(), Some("from-the-response"));
    assert_eq!(row.started_on(), None);
    assert_eq!(row.completed_on(), None);
    assert_eq!(row.get("errordetails"), Some(&json!("{\"a\":1}")));
}

#[test]
fn flow_session_with_every_column() {
    let row: FlowSession = lossless(
        r#"{"flowsessionid":"d9687093-d0c0-ec11-983e-0022480b428a","statuscode":8,"statecode":1,
            "runmode":0,"errorcode":"UIFlowAlreadyRunning",
            "errormessage":"A desktop flow is already running on the machine.",
            "startedon":"2022-06-16T12:54:40Z","completedon":"2022-06-16T12:57:46Z",
            "correlationid":"6a2b2f7e-1c4e-4c39-9f5e-8d0b3b2a9c11","machineid":null,"machinegroupid":null}"#,
    );
    assert_eq!(row.status(), Some(FlowSessionStatus::Failed));
    assert_eq!(row.run_mode(), Some(RunMode::Local));
    assert_eq!(
        row.error_code(),
        Some(PowerAutomateError::UIFlowAlreadyRunning)
    );
    assert_eq!(
        row.error_message(),
        Some("A desktop flow is already running on the machine.")
    );
    assert_eq!(row.as_map().len(), 11);
    assert_eq!(row.clone().into_map(), row.as_map().clone());
}

#[test]
fn flow_session_status_picklist() {
    let names = [
        "NotSpecified",
        "Paused",
        "Running",
        "Waiting",
        "Succeeded",
        "Skipped",
        "Suspended",
        "Cancelled",
        "Failed",
        "Faulted",
        "TimedOut",
        "Aborted",
        "Ignored",
        "Deleted",
        "Terminated",
    ];
    assert_eq!(FlowSessionStatus::ALL.len(), names.len());
    for (value, (status, name)) in FlowSessionStatus::ALL.into_iter().zip(names).enumerate() {
        let value = i64::try_from(value).unwrap();
        assert_eq!(FlowSessionStatus::from_picklist(value), Some(status));
        assert_eq!(i64::from(status.picklist()), value);
        assert_eq!(status.as_str(), name);
        assert_eq!(status.to_string(), name);
    }
    for value in [-1, 15, 255, 256, i64::MIN, i64::MAX] {
        assert_eq!(FlowSessionStatus::from_picklist(value), None, "{value}");
    }
}

// ---------------------------------------------------------------------------------------------
// The codes through serde
// ---------------------------------------------------------------------------------------------

#[test]
fn every_power_automate_code_round_trips_as_its_string() {
    for &code in PowerAutomateError::ALL {
        let json = serde_json::to_value(code).unwrap();
        assert_eq!(json, Value::String(code.code().to_owned()));
        assert_eq!(
            serde_json::from_value::<PowerAutomateError>(json).unwrap(),
            code
        );
        let text = serde_json::to_string(&code).unwrap();
        assert_eq!(
            serde_json::from_str::<PowerAutomateError>(&text).unwrap(),
            code
        );
        // Borrowed and owned strings.
        let borrowed = BorrowedStrDeserializer::<ValueError>::new(code.code());
        assert_eq!(PowerAutomateError::deserialize(borrowed).unwrap(), code);
        let owned: StringDeserializer<ValueError> = code.code().to_owned().into_deserializer();
        assert_eq!(PowerAutomateError::deserialize(owned).unwrap(), code);
    }
}

#[test]
fn power_automate_errors_name_the_value() {
    for (json, says) in [
        (
            r#""NoSuch""#,
            r#"unknown Power Automate error code "NoSuch""#,
        ),
        (
            r#""-1073741477""#,
            r#"unknown Power Automate error code "-1073741477""#,
        ),
        (
            r#""dnserror""#,
            r#"unknown Power Automate error code "dnserror""#,
        ),
        ("42", "invalid type: integer `42`"),
        ("null", "invalid type: null"),
    ] {
        let err = serde_json::from_str::<PowerAutomateError>(json)
            .unwrap_err()
            .to_string();
        assert!(err.contains(says), "{json}: {err:?} does not say {says:?}");
    }
}

#[test]
fn every_orchestrator_code_round_trips_as_its_number() {
    for &code in OrchestratorCode::ALL {
        let json = serde_json::to_value(code).unwrap();
        assert_eq!(json, json!(code.code()));
        assert_eq!(
            serde_json::from_value::<OrchestratorCode>(json).unwrap(),
            code
        );
        let text = serde_json::to_string(&code).unwrap();
        assert_eq!(text, code.code().to_string());
        assert_eq!(
            serde_json::from_str::<OrchestratorCode>(&text).unwrap(),
            code
        );
        // The number as a string, the name, and every alias.
        let quoted = format!("\"{text}\"");
        assert_eq!(
            serde_json::from_str::<OrchestratorCode>(&quoted).unwrap(),
            code
        );
        let info = code.info();
        for name in std::iter::once(&info.name).chain(info.aliases) {
            assert_eq!(
                serde_json::from_value::<OrchestratorCode>(json!(name)).unwrap(),
                code,
                "{name}"
            );
        }
    }
}

#[test]
fn orchestrator_code_from_any_integer_type() {
    let pending = OrchestratorCode::PendingJobsAlreadyExist;
    let u16s: U16Deserializer<ValueError> = 1670u16.into_deserializer();
    assert_eq!(OrchestratorCode::deserialize(u16s).unwrap(), pending);
    let i64s: I64Deserializer<ValueError> = 1670i64.into_deserializer();
    assert_eq!(OrchestratorCode::deserialize(i64s).unwrap(), pending);
    let u128s: U128Deserializer<ValueError> = 1670u128.into_deserializer();
    assert_eq!(OrchestratorCode::deserialize(u128s).unwrap(), pending);
    let i128s: I128Deserializer<ValueError> = 1670i128.into_deserializer();
    assert_eq!(OrchestratorCode::deserialize(i128s).unwrap(), pending);

    let u8s: U8Deserializer<ValueError> = 200u8.into_deserializer();
    let err = OrchestratorCode::deserialize(u8s).unwrap_err().to_string();
    assert_eq!(err, r#"unknown UiPath Orchestrator code "200""#);
    let i128s: I128Deserializer<ValueError> = i128::MIN.into_deserializer();
    let err = OrchestratorCode::deserialize(i128s)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        format!(r#"unknown UiPath Orchestrator code "{}""#, i128::MIN)
    );
    let u128s: U128Deserializer<ValueError> = u128::MAX.into_deserializer();
    let err = OrchestratorCode::deserialize(u128s)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        format!(r#"unknown UiPath Orchestrator code "{}""#, u128::MAX)
    );
}

#[test]
fn orchestrator_errors_name_the_value() {
    for (json, says) in [
        (r#""1005""#, r#"unknown UiPath Orchestrator code "1005""#),
        ("1005", r#"unknown UiPath Orchestrator code "1005""#),
        (
            r#""NoSuch""#,
            r#"unknown UiPath Orchestrator code "NoSuch""#,
        ),
        ("70000", r#"unknown UiPath Orchestrator code "70000""#),
        ("-1", r#"unknown UiPath Orchestrator code "-1""#),
        (r#""01670""#, r#"unknown UiPath Orchestrator code "01670""#),
        (r#""+1670""#, r#"unknown UiPath Orchestrator code "+1670""#),
        ("0", r#"unknown UiPath Orchestrator code "0""#),
        (r#""0""#, r#"unknown UiPath Orchestrator code "0""#),
        ("1670.0", "invalid type: floating point `1670.0`"),
        ("true", "invalid type: boolean `true`"),
        ("null", "invalid type: null"),
        ("[1670]", "invalid type: sequence"),
    ] {
        let err = serde_json::from_str::<OrchestratorCode>(json)
            .unwrap_err()
            .to_string();
        assert!(err.contains(says), "{json}: {err:?} does not say {says:?}");
    }
}

/// A format that is not self-describing: it can only say what it is asked for.
struct Compact(u16);

impl<'de> serde::Deserializer<'de> for Compact {
    type Error = ValueError;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, ValueError> {
        Err(serde::de::Error::custom("deserialize_any is not supported"))
    }

    fn deserialize_u16<V: serde::de::Visitor<'de>>(self, v: V) -> Result<V::Value, ValueError> {
        v.visit_u16(self.0)
    }

    fn is_human_readable(&self) -> bool {
        false
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

#[test]
fn orchestrator_code_from_a_compact_format() {
    assert_eq!(
        OrchestratorCode::deserialize(Compact(1670)).unwrap(),
        OrchestratorCode::PendingJobsAlreadyExist
    );
    assert!(OrchestratorCode::deserialize(Compact(1005)).is_err());
}

#[test]
fn run_mode_through_serde() {
    for (text, mode) in [
        ("Attended", RunMode::Attended),
        ("attended", RunMode::Attended),
        ("Unattended", RunMode::Unattended),
        ("unattended", RunMode::Unattended),
        ("Local", RunMode::Local),
        ("local", RunMode::Local),
    ] {
        assert_eq!(
            serde_json::from_value::<RunMode>(json!(text)).unwrap(),
            mode
        );
        assert_eq!(serde_json::to_value(mode).unwrap(), json!(mode.as_str()));
    }
    // The integers of the `flowsession.runmode` picklist.
    for (json, mode) in [
        ("0", RunMode::Local),
        ("1", RunMode::Attended),
        ("2", RunMode::Unattended),
    ] {
        assert_eq!(serde_json::from_str::<RunMode>(json).unwrap(), mode);
        assert_eq!(mode.picklist().to_string(), json);
    }
    for json in [
        r#""ATTENDED""#,
        r#""All""#,
        r#""""#,
        r#""1""#,
        "3",
        "-1",
        "256",
        "1.0",
        "1e0",
        "-0",
        "true",
        "null",
        "[1]",
    ] {
        let err = serde_json::from_str::<RunMode>(json)
            .unwrap_err()
            .to_string();
        assert!(err.contains("expected a run mode"), "{json}: {err}");
    }
}

#[test]
fn catalog_rows_serialize() {
    let row = serde_json::to_value(PowerAutomateError::UIFlowAlreadyRunning.info()).unwrap();
    assert_eq!(row["code"], "UIFlowAlreadyRunning");
    assert_eq!(row["http_status"], 429);
    assert_eq!(row["run_modes"], json!(["Attended", "Unattended"]));
    assert_eq!(row["platform"], Value::Null);
    assert_eq!(row["retry_class"], "Throttled");
    assert_eq!(row["replaced_by"], json!([]));
    assert_eq!(row["retired_in"], Value::Null);
    assert!(
        row["source"]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );

    let row = serde_json::to_value(PowerAutomateError::AadLogonFailure.info()).unwrap();
    assert_eq!(row["replaced_by"], json!(["MSEntraLogonFailure"]));
    let all = serde_json::to_value(PowerAutomateError::LocalPlaybackOrRecordingOngoing.run_modes())
        .unwrap();
    assert_eq!(all, json!(["Attended", "Unattended", "Local"]));
    assert_eq!(
        serde_json::to_value(Platform::WindowsServer).unwrap(),
        "WindowsServer"
    );

    let row = serde_json::to_value(OrchestratorCode::MachineLicenseCannotChange.info()).unwrap();
    assert_eq!(row["code"], 1208);
    assert_eq!(row["name"], "MachineLicenseCannotChange");
    assert_eq!(
        row["aliases"],
        json!([
            "InvalidNonProductionMachineSlots",
            "InvalidUnattendedMachineSlots"
        ])
    );
    assert_eq!(row["category"], "Robots");
    assert_eq!(row["name_evidence"], "Stated");
    assert_eq!(row["name_grade"], "S");

    // Every row of both catalogs, and its links.
    for &code in PowerAutomateError::ALL {
        let row = serde_json::to_value(code.info()).unwrap();
        assert_eq!(row["code"], code.code());
        assert_eq!(row["links"].as_array().unwrap().len(), code.links().len());
        for (link, json) in code.links().iter().zip(row["links"].as_array().unwrap()) {
            assert_eq!(json, &json!({"text": link.text, "url": link.url}));
        }
    }
    for &code in OrchestratorCode::ALL {
        let row = serde_json::to_value(code.info()).unwrap();
        assert_eq!(row["code"], code.code());
        assert_eq!(row["category"], code.category().as_str());
    }
}

// ---------------------------------------------------------------------------------------------
// Issue 13: every row of its table, as written there
// ---------------------------------------------------------------------------------------------

/// Reads `text` as a `T` and checks that it writes back character for character.
fn exact<T: DeserializeOwned + Serialize>(text: &str) -> T {
    let parsed: T = serde_json::from_str(text)
        .unwrap_or_else(|e| panic!("{} from {text}: {e}", std::any::type_name::<T>()));
    assert_eq!(
        serde_json::to_string(&parsed).unwrap(),
        text,
        "written back"
    );
    parsed
}

#[test]
fn issue_13_above_u64_comes_back_digit_for_digit() {
    let body: ErrorResponse = exact(r#"{"errorCode":18446744073709551616}"#);
    assert_eq!(body.shape(), BodyShape::Orchestrator);
    assert_eq!(body.code(), None);
    assert_eq!(body.raw_code(), None);
    // The view holds the nearest f64; the text keeps the digits.
    assert_eq!(
        body.error_code_value(),
        Some(&json!(18446744073709551616.0))
    );
    let body: ErrorResponse = exact(r#"{"errorCode":-123456789012345678901234567890}"#);
    assert_eq!(body.raw_code(), None);
}

#[test]
fn issue_13_minus_zero_comes_back_and_is_zero() {
    let body: ErrorResponse = exact(r#"{"errorCode":-0}"#);
    assert_eq!(body.raw_code(), Some(0));
    assert_eq!(body.code(), None);
    assert_eq!(body.error_code_value(), Some(&json!(0)));
    // As a string, `-0` is not the one spelling of 0.
    let body: ErrorResponse = exact(r#"{"errorCode":"-0"}"#);
    assert_eq!(body.raw_code(), None);
    let row: FlowSession = exact(r#"{"errorcode":"DnsError","runmode":-0,"statuscode":-0}"#);
    assert_eq!(row.raw_status(), Some(0));
    assert_eq!(row.status(), Some(FlowSessionStatus::NotSpecified));
    assert_eq!(row.run_mode(), Some(RunMode::Local));
}

#[test]
fn issue_13_seventeen_significant_digits_come_back() {
    for number in [
        "1.7217166551922721e+255",
        "-2.7621732964744527e+305",
        "5.507804568730041e-308",
        "-3.1014801291634454e-233",
        "1.0000000000000002e300",
        "9.9999999999999990e-300",
        "0.10000000000000001",
        "1E5",
        "1.50",
        "2.5e-0",
    ] {
        let text = format!(r#"{{"error":{{"code":"DnsError","trace":[{number}]}}}}"#);
        let body: ErrorBody = exact(&text);
        assert_eq!(body.code(), Some(PowerAutomateError::DnsError));
        // The view is the correctly rounded f64 of the text.
        let view = body.error_field("trace").unwrap()[0].as_f64().unwrap();
        assert_eq!(
            view.to_bits(),
            number.parse::<f64>().unwrap().to_bits(),
            "{number}"
        );
    }
}

/// The audit's count: 200,000 floats of 17 significant digits with exponents up to ±300, read
/// and written back twice: none changes, in the text or in the view.
#[test]
fn issue_13_two_hundred_thousand_floats_do_not_move() {
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    let mut next = move || {
        // xorshift64: a fixed sequence, so a failure reproduces.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut moved = 0;
    for _ in 0..200_000 {
        let digits = next() % 90_000_000_000_000_000 + 10_000_000_000_000_000;
        let exponent = (next() % 601) as i64 - 300;
        let sign = if next() % 2 == 0 { "" } else { "-" };
        let digits = digits.to_string();
        let number = format!("{sign}{}.{}e{exponent}", &digits[..1], &digits[1..]);
        let text = format!(r#"{{"errorCode":1670,"x":{number}}}"#);
        let body: ErrorResponse = serde_json::from_str(&text).unwrap();
        let written = serde_json::to_string(&body).unwrap();
        let again: ErrorResponse = serde_json::from_str(&written).unwrap();
        let view = |body: &ErrorResponse| body.get("x").and_then(Value::as_f64).map(f64::to_bits);
        if written != text
            || serde_json::to_string(&again).unwrap() != text
            || view(&body) != Some(number.parse::<f64>().unwrap().to_bits())
            || view(&again) != view(&body)
        {
            moved += 1;
        }
    }
    assert_eq!(moved, 0);
}

#[test]
fn issue_13_values_serde_json_cannot_hold_keep_the_code() {
    // 1e400 is beyond f64; "\ud800" is a lone surrogate. Both are valid JSON.
    for odd in [
        "1e400",
        "-1e400",
        r#""\ud800""#,
        r#""a\udc00b""#,
        r#"["\ud800",1e400]"#,
    ] {
        let text = format!(r#"{{"error":{{"code":"DnsError","message":"m","innerError":{odd}}}}}"#);
        let body: ErrorBody = exact(&text);
        assert_eq!(body.code(), Some(PowerAutomateError::DnsError), "{text}");
        assert_eq!(body.message(), Some("m"));

        let text = format!(r#"{{"errorCode":1670,"message":"m","odd":{odd}}}"#);
        let body: ErrorResponse = exact(&text);
        assert_eq!(
            body.code(),
            Some(OrchestratorCode::PendingJobsAlreadyExist),
            "{text}"
        );

        let text =
            format!(r#"{{"errorcode":"NoCandidateMachine","errordetails":{odd},"statuscode":8}}"#);
        let row: FlowSession = exact(&text);
        assert_eq!(
            row.error_code(),
            Some(PowerAutomateError::NoCandidateMachine),
            "{text}"
        );
        assert_eq!(row.status(), Some(FlowSessionStatus::Failed));
    }
    // In the read fields themselves: the view has U+FFFD for the surrogate, null for 1e400.
    let body: ErrorBody = exact(r#"{"error":{"code":"DnsError","message":"bad \ud800 text"}}"#);
    assert_eq!(body.message(), Some("bad \u{FFFD} text"));
    let body: ErrorBody = exact(r#"{"error":{"code":"\ud800x"}}"#);
    assert_eq!(body.raw_code(), "\u{FFFD}x");
    assert_eq!(body.code(), None);
    let body: ErrorResponse = exact(r#"{"errorCode":1e400}"#);
    assert_eq!(body.error_code_value(), Some(&Value::Null));
    assert_eq!(body.raw_code(), None);
    // And in a key.
    let body: ErrorResponse = exact(r#"{"\udfff":1,"errorCode":1002}"#);
    assert_eq!(body.code(), Some(OrchestratorCode::ItemNotFound));
    assert_eq!(body.get("\u{FFFD}"), Some(&json!(1)));
    // A valid surrogate pair is an ordinary string, and the view is exact.
    let body: ErrorResponse = lossless(r#"{"errorCode":1002,"message":"\ud83d\ude00"}"#);
    assert_eq!(body.message(), Some("\u{1F600}"));
}

#[test]
fn issue_13_repeated_keys_keep_the_last_and_write_all() {
    let body: ErrorResponse = exact(r#"{"errorCode":1670,"errorCode":1002}"#);
    assert_eq!(body.code(), Some(OrchestratorCode::ItemNotFound));
    assert_eq!(body.raw_code(), Some(1002));
    assert_eq!(body.as_map().len(), 1);
    let body: ErrorBody = exact(r#"{"error":{"code":"DnsError","code":"UIFlowAlreadyRunning"}}"#);
    assert_eq!(body.code(), Some(PowerAutomateError::UIFlowAlreadyRunning));
    // The last value decides the checks too.
    assert!(
        serde_json::from_str::<ErrorBody>(r#"{"error":{"code":"DnsError","code":42}}"#).is_err()
    );
    let body: ErrorBody = exact(r#"{"error":{"code":42,"code":"DnsError"}}"#);
    assert_eq!(body.code(), Some(PowerAutomateError::DnsError));
    let row: FlowSession = exact(r#"{"errorcode":"DnsError","statuscode":4,"statuscode":8}"#);
    assert_eq!(row.status(), Some(FlowSessionStatus::Failed));
}

#[test]
fn issue_13_odd_status_and_run_mode_keep_the_error_code() {
    for odd in [
        "8.0",
        r#""8""#,
        "1e308",
        "8e0",
        "-8",
        "true",
        "[8]",
        "{}",
        "1e400",
        "18446744073709551616",
    ] {
        for column in ["statuscode", "runmode"] {
            let text = format!(
                r#"{{"errorcode":"NoCandidateMachine","errormessage":"m","{column}":{odd}}}"#
            );
            let row: FlowSession = exact(&text);
            assert_eq!(
                row.error_code(),
                Some(PowerAutomateError::NoCandidateMachine),
                "{text}"
            );
            assert_eq!(row.error_message(), Some("m"));
            if column == "statuscode" {
                assert_eq!(
                    (row.status(), row.raw_status().filter(|_| odd != "-8")),
                    (None, None),
                    "{text}"
                );
            } else {
                assert_eq!(row.run_mode(), None, "{text}");
            }
        }
    }
}

#[test]
fn issue_13_text_that_is_not_json_is_a_clear_error() {
    for (text, says) in [
        ("not json", "expected ident at line 1 column 2"),
        (
            r#"{"errorCode":1670"#,
            "EOF while parsing an object at line 1 column 17",
        ),
        (
            r#"{"errorCode":01670}"#,
            "invalid number at line 1 column 15",
        ),
        (r#"{"errorCode":"\ud800\"}"#, "EOF while parsing a string"),
        (
            r#"{"errorCode":"\uZZZZ"}"#,
            "invalid escape at line 1 column 20",
        ),
        ("{\"errorCode\":\"tab\there\"}", "control character"),
        (r#"{"errorCode":NaN}"#, "expected value at line 1 column 14"),
        ("{} {}", "trailing characters at line 1 column 4"),
    ] {
        let err = serde_json::from_str::<ErrorResponse>(text)
            .unwrap_err()
            .to_string();
        assert!(err.contains(says), "{text}: {err:?} does not say {says:?}");
        assert!(serde_json::from_slice::<ErrorResponse>(text.as_bytes()).is_err());
    }
    // Bytes that are not UTF-8.
    assert!(serde_json::from_slice::<ErrorResponse>(b"{\"errorCode\":\"\xff\"}").is_err());
}

#[test]
fn nesting_is_limited_as_serde_json_limits_it() {
    let deep = |depth: usize| {
        format!(
            r#"{{"errorCode":1002,"x":{}1{}}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        )
    };
    let body: ErrorResponse = exact(&deep(126));
    assert_eq!(body.code(), Some(OrchestratorCode::ItemNotFound));
    let err = serde_json::from_str::<ErrorResponse>(&deep(100_000)).unwrap_err();
    assert!(
        err.to_string().contains("recursion limit exceeded"),
        "{err}"
    );
}

#[test]
fn bodies_read_through_a_reader_and_a_value_too() {
    let text = r#"{"errorCode":-0,"n":1e400,"s":"\ud800"}"#;
    let body: ErrorResponse = serde_json::from_reader(text.as_bytes()).unwrap();
    assert_eq!(serde_json::to_string(&body).unwrap(), text);
    // `to_value` reads the text as `Value` does, which refuses 1e400.
    assert!(serde_json::to_value(&body).is_err());
    let value = json!({"errorCode": 1002, "n": 0.1});
    let body: ErrorResponse = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(serde_json::to_value(&body).unwrap(), value);
}

/// A change that stops a fuzz target compiling fails CI, and every target has seeds.
#[test]
fn issue_13_ci_builds_the_fuzz_targets_and_seeds_are_committed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ci = std::fs::read_to_string(root.join(".ci/run")).unwrap();
    assert!(
        ci.lines().any(|line| line.starts_with("cargo check")
            && line.contains("--manifest-path fuzz/Cargo.toml")
            && line.contains("--bins")),
        ".ci/run does not build the fuzz targets"
    );
    let manifest = std::fs::read_to_string(root.join("fuzz/Cargo.toml")).unwrap();
    let targets: Vec<&str> = manifest
        .lines()
        .filter_map(|line| line.strip_prefix("name = \""))
        .filter_map(|rest| rest.strip_suffix('"'))
        .filter(|name| *name != "rpa-error-codes-fuzz")
        .collect();
    assert_eq!(targets.len(), 8, "{targets:?}");
    for target in targets {
        assert!(
            root.join(format!("fuzz/fuzz_targets/{target}.rs"))
                .is_file(),
            "{target}"
        );
        let seeds = std::fs::read_dir(root.join(format!("fuzz/seeds/{target}")))
            .unwrap_or_else(|e| panic!("fuzz/seeds/{target}: {e}"))
            .count();
        assert!(seeds >= 3, "fuzz/seeds/{target} has {seeds} files");
    }
}

/// Prints the case count a property block gets; run by the test below in a child process.
#[test]
#[ignore = "run by proptest_cases_is_honoured"]
fn print_proptest_cases() {
    let cases = cases(256);
    assert!(cases > 0, "a property block runs at least one case");
    println!("cases={cases}");
}

/// `PROPTEST_CASES=100000` is honoured; without it, the blocks keep their counts.
#[test]
fn issue_13_proptest_cases_is_honoured() {
    let run = |cases: Option<&str>| {
        let mut command = std::process::Command::new(std::env::current_exe().unwrap());
        command.args([
            "--exact",
            "print_proptest_cases",
            "--ignored",
            "--nocapture",
        ]);
        match cases {
            Some(n) => command.env("PROPTEST_CASES", n),
            None => command.env_remove("PROPTEST_CASES"),
        };
        String::from_utf8(command.output().unwrap().stdout).unwrap()
    };
    assert!(run(Some("100000")).contains("cases=100000"));
    assert!(run(None).contains("cases=256"));
}

// ---------------------------------------------------------------------------------------------
// MaybeKnown
// ---------------------------------------------------------------------------------------------

#[derive(Debug, serde::Deserialize, Serialize)]
struct Job {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    error_code: Option<MaybeKnown<OrchestratorCode>>,
}

#[test]
fn maybe_known_in_a_users_struct() {
    // Issue 12: a vendor's new code no longer breaks the user's struct.
    let job: Job = serde_json::from_str(r#"{"error_code":1999}"#).unwrap();
    let code = job.error_code.as_ref().unwrap();
    assert_eq!(code, &MaybeKnown::Unknown(json!(1999)));
    assert_eq!(code.known(), None);
    assert_eq!(
        serde_json::to_string(&job).unwrap(),
        r#"{"error_code":1999}"#
    );
    // With the code enum alone, the same body is an error.
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Strict {
        error_code: Option<OrchestratorCode>,
    }
    assert!(serde_json::from_str::<Strict>(r#"{"error_code":1999}"#).is_err());

    for (text, known, is_known) in [
        (
            r#"{"error_code":1670}"#,
            Some(OrchestratorCode::PendingJobsAlreadyExist),
            true,
        ),
        (
            r#"{"error_code":"1670"}"#,
            Some(OrchestratorCode::PendingJobsAlreadyExist),
            false,
        ),
        (
            r#"{"error_code":"PendingJobsAlreadyExist"}"#,
            Some(OrchestratorCode::PendingJobsAlreadyExist),
            false,
        ),
        (r#"{"error_code":"01670"}"#, None, false),
        (r#"{"error_code":"+1670"}"#, None, false),
        (r#"{"error_code":0}"#, None, false),
        (r#"{"error_code":-1}"#, None, false),
        (r#"{"error_code":1670.5}"#, None, false),
        (r#"{"error_code":18446744073709551615}"#, None, false),
        (r#"{"error_code":true}"#, None, false),
        (r#"{"error_code":[1670]}"#, None, false),
        (r#"{"error_code":{"code":1670}}"#, None, false),
        (r#"{"error_code":"\u00e9"}"#, None, false),
    ] {
        let job: Job = serde_json::from_str(text).unwrap();
        let code = job.error_code.as_ref().unwrap();
        assert_eq!(code.known(), known, "{text}");
        // `is_known` agrees with `known`; the variant says how it was written.
        assert_eq!(code.is_known(), known.is_some(), "{text}");
        assert_eq!(code.as_known().is_some(), is_known, "{text}");
        assert_eq!(code.unknown().is_some(), !is_known, "{text}");
        assert_eq!(
            code.is_other_spelling(),
            known.is_some() && !is_known,
            "{text}"
        );
        // Written back as it came: a string stays a string, a number a number.
        assert_eq!(
            serde_json::to_value(&job).unwrap(),
            serde_json::from_str::<Value>(text).unwrap(),
            "{text}"
        );
    }
    // Null and an absent key are `None`.
    for text in [r#"{"error_code":null}"#, "{}"] {
        assert!(
            serde_json::from_str::<Job>(text)
                .unwrap()
                .error_code
                .is_none()
        );
    }
    // Only text that is not JSON is an error.
    let err = serde_json::from_str::<Job>(r#"{"error_code":01}"#).unwrap_err();
    assert!(err.to_string().contains("invalid number"), "{err}");
    assert!(serde_json::from_str::<MaybeKnown<OrchestratorCode>>("").is_err());
}

#[test]
fn maybe_known_for_every_catalog() {
    use rpa_error_codes::windows_logon::LogonStatus;

    let code: MaybeKnown<PowerAutomateError> =
        serde_json::from_str(r#""UIFlowAlreadyRunning""#).unwrap();
    assert_eq!(
        code,
        MaybeKnown::Known(PowerAutomateError::UIFlowAlreadyRunning)
    );
    assert_eq!(
        code.to_string(),
        PowerAutomateError::UIFlowAlreadyRunning.to_string()
    );
    for unknown in [
        r#""uiflowalreadyrunning""#,
        r#""NewCode2030""#,
        "1670",
        "null",
    ] {
        let code: MaybeKnown<PowerAutomateError> = serde_json::from_str(unknown).unwrap();
        assert!(!code.is_known(), "{unknown}");
        assert_eq!(serde_json::to_string(&code).unwrap(), unknown);
    }
    let code: MaybeKnown<PowerAutomateError> = serde_json::from_str(r#""NewCode2030""#).unwrap();
    assert_eq!(code.to_string(), "NewCode2030");

    let code: MaybeKnown<LogonStatus> = serde_json::from_str("-1073741477").unwrap();
    assert_eq!(code, MaybeKnown::Known(LogonStatus::LogonTypeNotGranted));
    // As the Power Automate body carries it: a string, kept as one, still found.
    let code: MaybeKnown<LogonStatus> = serde_json::from_str(r#""-1073741477""#).unwrap();
    assert!(code.is_known() && code.is_other_spelling());
    assert_eq!(code.as_known(), None);
    assert_eq!(code.known(), Some(LogonStatus::LogonTypeNotGranted));
    assert_eq!(serde_json::to_string(&code).unwrap(), r#""-1073741477""#);
    // The unsigned form is another number: unknown, written back unchanged.
    let code: MaybeKnown<LogonStatus> = serde_json::from_str("3221225819").unwrap();
    assert_eq!(code.known(), None);
    assert_eq!(serde_json::to_string(&code).unwrap(), "3221225819");

    let code = MaybeKnown::from(OrchestratorCode::ItemNotFound);
    assert_eq!(serde_json::to_string(&code).unwrap(), "1002");
    assert_eq!(code.clone(), code);
    // Usable as a key: equal values hash alike, known or not.
    let set: std::collections::HashSet<MaybeKnown<OrchestratorCode>> =
        ["1002", "1002", "1999", "1999", r#""1002""#]
            .into_iter()
            .map(|json| serde_json::from_str(json).unwrap())
            .collect();
    assert_eq!(set.len(), 3);
    assert!(set.contains(&code));
}

#[cfg(feature = "dataverse")]
#[test]
fn maybe_known_dataverse() {
    use rpa_error_codes::dataverse::DataverseError;

    let code: MaybeKnown<DataverseError> = serde_json::from_str(r#""0x80040220""#).unwrap();
    assert!(code.is_known(), "Dataverse writes lower-case hex");
    assert!(!code.is_other_spelling());
    assert_eq!(code.known().map(DataverseError::hresult), Some(0x8004_0220));
    for other in [r#""0X80040220""#, r#""-2147220960""#, "2147746336"] {
        let code: MaybeKnown<DataverseError> = serde_json::from_str(other).unwrap();
        assert!(code.is_other_spelling(), "{other}");
        assert_eq!(
            code.known().map(DataverseError::hresult),
            Some(0x8004_0220),
            "{other}"
        );
        assert_eq!(serde_json::to_string(&code).unwrap(), other);
    }
    let code: MaybeKnown<DataverseError> = serde_json::from_str(r#""0x00000000""#).unwrap();
    assert_eq!(code.known(), None);
}

#[test]
fn logon_status_and_dataverse_through_serde() {
    use rpa_error_codes::windows_logon::LogonStatus;

    for status in LogonStatus::ALL {
        let json = serde_json::to_string(status).unwrap();
        assert_eq!(json, status.code().to_string());
        assert_eq!(serde_json::from_str::<LogonStatus>(&json).unwrap(), *status);
        let as_string = format!("{:?}", status.code().to_string());
        assert_eq!(
            serde_json::from_str::<LogonStatus>(&as_string).unwrap(),
            *status
        );
        let as_hex = format!(r#""0x{:08X}""#, status.hex());
        assert_eq!(
            serde_json::from_str::<LogonStatus>(&as_hex).unwrap(),
            *status
        );
    }
    for bad in [
        "0",
        "3221225819",
        r#""+1""#,
        r#""-01073741477""#,
        r#""-0""#,
        "-1073741477.0",
        "true",
        "null",
    ] {
        assert!(serde_json::from_str::<LogonStatus>(bad).is_err(), "{bad}");
    }
    let err = serde_json::from_str::<LogonStatus>("5")
        .unwrap_err()
        .to_string();
    assert!(err.contains(r#""5""#), "{err}");

    #[cfg(feature = "dataverse")]
    {
        use rpa_error_codes::dataverse::DataverseError;
        for error in DataverseError::ALL.iter().step_by(97) {
            let json = serde_json::to_string(error).unwrap();
            assert_eq!(json, format!(r#""0x{:08x}""#, error.hresult()));
            assert_eq!(
                serde_json::from_str::<DataverseError>(&json).unwrap(),
                *error
            );
            assert_eq!(
                serde_json::from_str::<DataverseError>(&error.hresult().to_string()).unwrap(),
                *error
            );
            assert_eq!(
                serde_json::from_str::<DataverseError>(&error.decimal().to_string()).unwrap(),
                *error
            );
        }
        for bad in [
            r#""80040220""#,
            r#""0x""#,
            "0",
            "-1",
            "4294967296",
            r#""0x080040220""#,
        ] {
            assert!(
                serde_json::from_str::<DataverseError>(bad).is_err(),
                "{bad}"
            );
        }
    }
}

/// `"01670"` and the other spellings the strict parses refuse are refused alike by every way
/// in: `from_code`/`FromStr`, serde, the body accessors and `MaybeKnown::known`.
#[test]
fn strict_number_spellings_agree_everywhere() {
    use rpa_error_codes::windows_logon::LogonStatus;

    for text in [
        "01670", "+1670", " 1670", "1670 ", "-0", "1670.0", "1e3", "0x686",
    ] {
        assert!(text.parse::<OrchestratorCode>().is_err(), "{text}");
        let json = format!("{text:?}");
        assert!(
            serde_json::from_str::<OrchestratorCode>(&json).is_err(),
            "{text}"
        );
        let maybe: MaybeKnown<OrchestratorCode> = serde_json::from_str(&json).unwrap();
        assert_eq!(maybe.known(), None, "{text}");
        let body: ErrorResponse =
            serde_json::from_str(&format!(r#"{{"errorCode":{json}}}"#)).unwrap();
        assert_eq!((body.code(), body.raw_code()), (None, None), "{text}");
    }
    for text in ["-01073741477", "+1073741477", "-0", " -1073741477"] {
        assert_eq!(LogonStatus::from_code(text), None, "{text}");
        assert!(
            serde_json::from_str::<LogonStatus>(&format!("{text:?}")).is_err(),
            "{text}"
        );
    }
    // The one spelling is read everywhere.
    assert_eq!(
        "1670".parse::<OrchestratorCode>(),
        Ok(OrchestratorCode::PendingJobsAlreadyExist)
    );
    let body: ErrorResponse = serde_json::from_str(r#"{"errorCode":"1670"}"#).unwrap();
    assert_eq!(body.raw_code(), Some(1670));
}

// ---------------------------------------------------------------------------------------------
// The accessors allocate nothing
// ---------------------------------------------------------------------------------------------

#[global_allocator]
static ALLOCATOR: common::Counting = common::Counting;

#[test]
fn accessors_do_not_allocate() {
    let body: ErrorBody = lossless(&sample("power_automate/07.json"));
    let row: FlowSession = lossless(
        r#"{"statuscode":8,"runmode":2,"errorcode":"DnsError","errormessage":"m",
            "flowsessionId":"id","startedon":"s","completedon":"c"}"#,
    );
    let responses: Vec<ErrorResponse> = ["01", "05", "06", "12", "14", "15", "16"]
        .iter()
        .map(|n| lossless(&sample(&format!("uipath/{n}.json"))))
        .collect();
    let made = allocations(|| {
        black_box((body.code(), body.raw_code(), body.message()));
        black_box((body.error_field("code"), body.as_map()));
        black_box((
            row.status(),
            row.raw_status(),
            row.run_mode(),
            row.raw_run_mode(),
        ));
        black_box((row.error_code(), row.raw_error_code(), row.error_message()));
        black_box((row.flowsession_id(), row.started_on(), row.completed_on()));
        black_box((row.get("statecode"), row.as_map()));
        for response in &responses {
            black_box((response.shape(), response.is_orchestrator()));
            black_box((
                response.code(),
                response.raw_code(),
                response.error_code_value(),
            ));
            black_box((response.message(), response.trace_id(), response.details()));
            black_box((response.get("value"), response.as_map()));
        }
    });
    assert_eq!(made, 0);
}

// ---------------------------------------------------------------------------------------------
// Properties: arbitrary objects built from the known keys
// ---------------------------------------------------------------------------------------------

/// Strings that mean something to one of the types, and some that nearly do.
const STRINGS: &[&str] = &[
    "",
    "0",
    "-0",
    "1002",
    "1670",
    "01670",
    "+1670",
    " 1670",
    "-1",
    "70000",
    "9223372036854775808",
    "-1073741477",
    "0x80040220",
    "PendingJobsAlreadyExist",
    "DuplicateReference",
    "InvalidUnattendedMachineSlots",
    "UIFlowAlreadyRunning",
    "WindowsIdentityIncorrect",
    "uiflowalreadyrunning",
    "attended",
    "Unattended",
    "2022-06-16T12:54:40Z",
    "null",
    "{\"Id\":\"LibraryTest\"}",
];

/// Every key the types read, in every casing they read, and keys of the shapes they tell apart.
const KEYS: &[&str] = &[
    "error",
    "code",
    "message",
    "Message",
    "innerError",
    "details",
    "Details",
    "target",
    "errorCode",
    "ErrorCode",
    "traceId",
    "TraceId",
    "resourceIds",
    "ResourceIds",
    "result",
    "targetUrl",
    "success",
    "validationErrors",
    "unAuthorizedRequest",
    "__abp",
    "StatusCode",
    "StatusDescription",
    "type",
    "title",
    "status",
    "errors",
    "value",
    "@odata.context",
    "@odata.etag",
    "statuscode",
    "statecode",
    "runmode",
    "errorcode",
    "errormessage",
    "errordetails",
    "flowsessionid",
    "flowsessionId",
    "startedon",
    "completedon",
];

fn string() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(STRINGS).prop_map(str::to_owned),
        1 => any::<i64>().prop_map(|n| n.to_string()),
        1 => "\\PC{0,12}",
    ]
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => prop::sample::select(&[0i64, 1, -1, 2, 4, 8, 15, 1002, 1670, 65535, 65536][..])
            .prop_map(Value::from),
        1 => prop::sample::select(&[i64::MIN, i64::MAX][..]).prop_map(Value::from),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<u64>().prop_map(Value::from),
        1 => prop::sample::select(&[u64::MAX, 1 << 63][..]).prop_map(Value::from),
        1 => any::<f64>().prop_filter_map("JSON has no NaN or infinity", |f| {
            serde_json::Number::from_f64(f).map(Value::Number)
        }),
        1 => prop::sample::select(&[0.0, -0.0, 1670.0, 0.5, 1e300][..]).prop_map(Value::from),
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::Bool),
        3 => number(),
        3 => string().prop_map(Value::String),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(KEYS).prop_map(str::to_owned),
        1 => "[A-Za-z_@.]{0,12}",
    ]
}

/// Any JSON value: leaves, and arrays and objects of them, a few levels deep, with the known
/// keys in the objects.
fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(3, 32, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

/// A JSON object of the known keys, printed as text: the shape of every error body.
fn object_text() -> impl Strategy<Value = String> {
    prop::collection::vec((key(), value()), 0..10).prop_map(|entries| {
        Value::Object(entries.into_iter().collect::<Map<String, Value>>()).to_string()
    })
}

/// An object of the known keys with an `errorCode` or `ErrorCode` that is often a catalog code,
/// written in any of the ways the types read.
fn error_response_text() -> impl Strategy<Value = String> {
    let code = prop::sample::select(OrchestratorCode::ALL);
    let error_code = prop_oneof![
        2 => code.clone().prop_map(|c| json!(c.code())),
        1 => code.clone().prop_map(|c| json!(c.code().to_string())),
        1 => code.prop_map(|c| json!(c.name())),
        1 => value(),
    ];
    (
        prop::sample::select(&["errorCode", "ErrorCode"][..]),
        error_code,
        prop::collection::vec((key(), value()), 0..6),
    )
        .prop_map(|(key, code, mut rest)| {
            rest.push((key.to_owned(), code));
            Value::Object(rest.into_iter().collect()).to_string()
        })
}

/// A Power Automate error body, often a valid one: an `error` object of the known keys.
fn error_body_text() -> impl Strategy<Value = String> {
    let inner = prop::collection::vec(
        (
            prop::sample::select(
                &["code", "code", "message", "innerError", "details", "target"][..],
            ),
            prop_oneof![2 => string().prop_map(Value::String), 1 => value()],
        ),
        0..5,
    )
    .prop_map(|entries| {
        Value::Object(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
        )
    });
    (
        prop_oneof![3 => inner, 1 => value()],
        prop::collection::vec((key(), value()), 0..3),
    )
        .prop_map(|(error, mut rest)| {
            rest.push(("error".to_owned(), error));
            Value::Object(rest.into_iter().collect()).to_string()
        })
}

/// Reads `text` as a `T`; if it reads, calls `touch` on it and checks the round trip, and
/// that reading from a `Value` agrees.
fn check<T>(text: &str, touch: impl Fn(&T)) -> Result<(), TestCaseError>
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug,
{
    let input: Value = serde_json::from_str(text).expect("the strategies make JSON");
    let from_text = serde_json::from_str::<T>(text);
    let from_value = serde_json::from_value::<T>(input.clone());
    prop_assert_eq!(
        from_text.is_ok(),
        from_value.is_ok(),
        "text and Value disagree"
    );
    if let Ok(parsed) = from_text {
        touch(&parsed);
        prop_assert_eq!(serde_json::to_value(&parsed).unwrap(), input.clone());
        // The strategies write compact JSON: it comes back character for character.
        prop_assert_eq!(serde_json::to_string(&parsed).unwrap(), text);
        // A `Value` holds floats as serde_json reads them; read from one, a body writes them
        // as that `Value` does.
        prop_assert_eq!(
            serde_json::to_string(&from_value.unwrap()).unwrap(),
            input.to_string()
        );
    }
    Ok(())
}

fn touch_error_body(body: &ErrorBody) {
    black_box((body.code(), body.raw_code(), body.message()));
    black_box(body.error_field("innerError"));
}

fn touch_flow_session(row: &FlowSession) {
    black_box((
        row.status(),
        row.raw_status(),
        row.run_mode(),
        row.raw_run_mode(),
    ));
    black_box((row.error_code(), row.raw_error_code(), row.error_message()));
    black_box((row.flowsession_id(), row.started_on(), row.completed_on()));
}

fn touch_error_response(response: &ErrorResponse) {
    let shape = response.shape();
    black_box((shape, response.is_orchestrator()));
    black_box((
        response.code(),
        response.raw_code(),
        response.error_code_value(),
    ));
    black_box((response.message(), response.trace_id(), response.details()));
    // A code only ever comes from an Orchestrator body.
    if response.code().is_some() {
        assert_eq!(shape, BodyShape::Orchestrator);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    #[test]
    fn any_object_is_an_error_response(text in prop_oneof![object_text(), error_response_text()]) {
        // Every object reads.
        prop_assert!(serde_json::from_str::<ErrorResponse>(&text).is_ok());
        check::<ErrorResponse>(&text, touch_error_response)?;
    }

    #[test]
    fn flow_sessions_never_panic_and_round_trip(text in object_text()) {
        check::<FlowSession>(&text, touch_flow_session)?;
    }

    #[test]
    fn error_bodies_never_panic_and_round_trip(text in error_body_text()) {
        check::<ErrorBody>(&text, touch_error_body)?;
        check::<ErrorResponse>(&text, touch_error_response)?;
        check::<FlowSession>(&text, touch_flow_session)?;
    }

    #[test]
    fn truncated_bodies_are_errors(text in error_body_text(), cut in any::<Index>()) {
        // Every proper prefix of an object's text is incomplete JSON.
        let cut = cut.index(text.len());
        let truncated = text.get(..cut).unwrap_or("{");
        prop_assert!(serde_json::from_str::<ErrorBody>(truncated).is_err());
        prop_assert!(serde_json::from_str::<FlowSession>(truncated).is_err());
        prop_assert!(serde_json::from_str::<ErrorResponse>(truncated).is_err());
    }

    #[test]
    fn other_json_values_are_errors(value in value().prop_filter("not an object", |v| !v.is_object())) {
        let text = value.to_string();
        prop_assert!(serde_json::from_str::<ErrorBody>(&text).is_err());
        prop_assert!(serde_json::from_str::<FlowSession>(&text).is_err());
        prop_assert!(serde_json::from_str::<ErrorResponse>(&text).is_err());
    }

    #[test]
    fn any_text_never_panics(text in "\\PC{0,64}") {
        black_box(serde_json::from_str::<ErrorBody>(&text).is_ok());
        black_box(serde_json::from_str::<FlowSession>(&text).is_ok());
        black_box(serde_json::from_str::<ErrorResponse>(&text).is_ok());
        black_box(serde_json::from_str::<OrchestratorCode>(&text).is_ok());
        black_box(serde_json::from_str::<PowerAutomateError>(&text).is_ok());
    }

    #[test]
    fn codes_from_any_json_never_panic(value in leaf()) {
        if let Ok(code) = serde_json::from_value::<OrchestratorCode>(value.clone()) {
            // Only a catalog code reads, and it reads from its number, string or name.
            prop_assert!(OrchestratorCode::ALL.contains(&code));
        }
        if let Ok(code) = serde_json::from_value::<PowerAutomateError>(value.clone()) {
            prop_assert_eq!(value, json!(code.code()));
        }
    }
}
