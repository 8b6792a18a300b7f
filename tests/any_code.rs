//! The cross-catalog lookup (`AnyCode`), the typed code of a body (`body::BodyCode`), and
//! telling bodies apart (`body::Body`, the `serde` feature).
//!
//! Expected matches are derived from each catalog's own accessors (every spelling a catalog
//! documents for a code), never from the lookup under test; expected body kinds come from the
//! samples' `SOURCES.md`.

use std::collections::{BTreeMap, BTreeSet};

use rpa_error_codes::body::BodyCode;
use rpa_error_codes::windows_logon::LogonStatus;
use rpa_error_codes::{AnyCode, Catalog, CloudFlowError, OrchestratorCode, PowerAutomateError};

/// Every spelling each catalog's own API documents for `code`.
fn spellings(code: AnyCode) -> Vec<String> {
    match code {
        AnyCode::PowerAutomate(c) => vec![c.code().to_string()],
        AnyCode::Orchestrator(c) => {
            let mut all = vec![c.code().to_string(), c.name().to_string()];
            all.extend(c.info().aliases.iter().map(|a| a.to_string()));
            all
        }
        AnyCode::WindowsLogon(c) => vec![
            c.code().to_string(),
            format!("0x{:08X}", c.hex()),
            format!("0x{:08x}", c.hex()),
            c.name().to_string(),
        ],
        #[cfg(feature = "dataverse")]
        AnyCode::Dataverse(c) => vec![
            c.decimal().to_string(),
            format!("0x{:08X}", c.hresult()),
            format!("0x{:08x}", c.hresult()),
            c.name().to_string(),
        ],
        AnyCode::CloudFlow(c) => vec![c.code().to_string()],
        other => panic!("a catalog this test does not know: {other:?}"),
    }
}

fn all_codes() -> Vec<AnyCode> {
    let mut all: Vec<AnyCode> = Vec::new();
    all.extend(PowerAutomateError::ALL.iter().map(|&c| AnyCode::from(c)));
    all.extend(OrchestratorCode::ALL.iter().map(|&c| AnyCode::from(c)));
    all.extend(LogonStatus::ALL.iter().map(|&c| AnyCode::from(c)));
    #[cfg(feature = "dataverse")]
    all.extend(
        rpa_error_codes::dataverse::DataverseError::ALL
            .iter()
            .map(|&c| AnyCode::from(c)),
    );
    all.extend(CloudFlowError::ALL.iter().map(|&c| AnyCode::from(c)));
    all
}

#[test]
fn all_lists_every_code_of_every_catalog_once() {
    let listed: Vec<AnyCode> = AnyCode::all().collect();
    assert_eq!(listed, all_codes());
}

#[test]
fn every_spelling_finds_exactly_the_codes_it_spells() {
    // spelling -> every code of any catalog that documents it.
    let mut expected: BTreeMap<String, Vec<AnyCode>> = BTreeMap::new();
    for code in all_codes() {
        for spelling in spellings(code) {
            let codes = expected.entry(spelling).or_default();
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
    }
    let mut ambiguous = 0;
    for (spelling, codes) in &expected {
        let found: Vec<AnyCode> = AnyCode::lookup(spelling).iter().collect();
        assert_eq!(&found, codes, "{spelling:?}");
        let matches = AnyCode::lookup(spelling);
        assert_eq!(matches.is_ambiguous(), codes.len() > 1);
        assert_eq!(matches.only(), (codes.len() == 1).then(|| codes[0]));
        for code in codes {
            assert_eq!(matches.get(code.catalog()), Some(*code));
        }
        ambiguous += usize::from(codes.len() > 1);
    }
    // The catalogs share names (LogonTypeNotGranted: Power Automate and Windows logon).
    assert!(ambiguous > 0);
}

#[test]
fn ignoring_case_finds_every_name() {
    for code in all_codes() {
        for spelling in spellings(code) {
            for variant in [spelling.to_ascii_lowercase(), spelling.to_ascii_uppercase()] {
                let found = AnyCode::lookup_ignore_ascii_case(&variant);
                assert_eq!(found.get(code.catalog()), Some(code), "{variant:?}");
            }
        }
    }
}

#[test]
fn code_text_reads_back() {
    for code in all_codes() {
        let text = code.as_str();
        assert!(AnyCode::lookup(text).iter().any(|c| c == code), "{text}");
        assert_eq!(code.name(), spelling_name(code));
        assert!(!code.source().url.is_empty());
    }
}

fn spelling_name(code: AnyCode) -> &'static str {
    match code {
        AnyCode::PowerAutomate(c) => c.code(),
        AnyCode::Orchestrator(c) => c.name(),
        AnyCode::WindowsLogon(c) => c.name(),
        #[cfg(feature = "dataverse")]
        AnyCode::Dataverse(c) => c.name(),
        AnyCode::CloudFlow(c) => c.code(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn accessors_agree_with_the_catalogs() {
    for &c in PowerAutomateError::ALL {
        let code = AnyCode::from(c);
        assert_eq!(code.catalog(), Catalog::PowerAutomate);
        assert_eq!(code.http_status(), Some(c.http_status()));
        assert_eq!(code.message(), Some(c.mitigation()));
        assert_eq!(code.number(), None);
    }
    for &c in OrchestratorCode::ALL {
        let code = AnyCode::from(c);
        assert_eq!(code.http_status(), c.http_status());
        assert_eq!(code.message(), c.message());
        assert_eq!(code.number(), Some(i64::from(c.code())));
    }
    for &c in LogonStatus::ALL {
        let code = AnyCode::from(c);
        assert_eq!(code.http_status(), None);
        assert_eq!(code.message(), Some(c.message()));
        assert_eq!(code.number(), Some(i64::from(c.code())));
    }
}

#[test]
fn misses() {
    for input in [
        "",
        " ",
        "429",
        "0",
        "01670",
        "+1670",
        " 1670",
        "1670 ",
        "-0",
        "0x",
        "0xZ",
        "--",
        "-",
        "uiflowalreadyrunning",
        "UIFlowAlreadyRunning\0",
        "１６７０",
        "99999999999999999999999",
    ] {
        assert!(AnyCode::lookup(input).is_empty(), "{input:?}");
    }
    let long = "A".repeat(100_000);
    assert!(AnyCode::lookup(&long).is_empty());
    assert!(AnyCode::lookup_ignore_ascii_case(&long).is_empty());
    assert!(AnyCode::lookup_ignore_ascii_case("").is_empty());
    assert!(AnyCode::lookup_ignore_ascii_case("01670").is_empty());
}

#[test]
fn body_codes_are_typed_in_their_catalog() {
    for &c in PowerAutomateError::ALL {
        assert_eq!(BodyCode::parse(c.code()), BodyCode::PowerAutomate(c));
    }
    for &c in LogonStatus::ALL {
        let decimal = c.code().to_string();
        assert_eq!(BodyCode::parse(&decimal), BodyCode::WindowsLogon(c));
        assert_eq!(BodyCode::parse(&decimal).known(), Some(AnyCode::from(c)));
        assert_eq!(BodyCode::parse(&decimal).to_string(), decimal);
        // Bodies carry numbers: a name stays verbatim.
        assert_eq!(BodyCode::parse(c.name()).known().map(|k| k.catalog()), {
            PowerAutomateError::from_code(c.name()).map(|_| Catalog::PowerAutomate)
        });
    }
    #[cfg(feature = "dataverse")]
    for &c in rpa_error_codes::dataverse::DataverseError::ALL {
        let hex = format!("0x{:08X}", c.hresult());
        assert_eq!(BodyCode::parse(&hex), BodyCode::Dataverse(c));
        assert_eq!(
            BodyCode::parse(&c.decimal().to_string()),
            BodyCode::Dataverse(c)
        );
    }
    for raw in ["", "NewCode", "1670", "windowsidentityincorrect", "0xZZ"] {
        assert_eq!(BodyCode::parse(raw), BodyCode::Other(raw));
        assert!(!BodyCode::parse(raw).is_known());
        assert_eq!(BodyCode::parse(raw).to_string(), raw);
    }
}

#[test]
fn numbers_never_belong_to_two_catalogs() {
    // A body's numeric code must type one way: the logon statuses and the Dataverse HRESULTs
    // are disjoint.
    let logon: BTreeSet<u32> = LogonStatus::ALL.iter().map(|c| c.hex()).collect();
    #[cfg(feature = "dataverse")]
    for c in rpa_error_codes::dataverse::DataverseError::ALL {
        assert!(!logon.contains(&c.hresult()), "{c:?}");
    }
    assert_eq!(logon.len(), LogonStatus::ALL.len());
}

#[cfg(feature = "serde")]
mod bodies {
    use std::path::Path;

    use rpa_error_codes::body::{Body, BodyCode, BodyErrorKind, FLOWSESSION_KEYS};
    use rpa_error_codes::orchestrator::{BodyShape, ErrorResponse};
    use rpa_error_codes::power_automate::{ErrorBody, FlowSession};
    use rpa_error_codes::windows_logon::LogonStatus;
    use rpa_error_codes::{AnyCode, OrchestratorCode, PowerAutomateError};
    use serde_json::{Value, json};

    fn sample(path: &str) -> String {
        let full = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/samples")
            .join(path);
        std::fs::read_to_string(&full)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", full.display()))
    }

    /// What SOURCES.md says each sample is.
    #[derive(Debug, PartialEq)]
    enum Kind {
        PowerAutomate,
        FlowSession,
        UiPath,
        NotABody,
    }

    const SAMPLES: [(&str, Kind); 17] = [
        ("power_automate/01.json", Kind::PowerAutomate),
        ("power_automate/03.json", Kind::PowerAutomate),
        ("power_automate/07.json", Kind::PowerAutomate),
        ("power_automate/08.json", Kind::PowerAutomate),
        ("power_automate/09.json", Kind::FlowSession),
        ("power_automate/10.json", Kind::FlowSession),
        ("power_automate/11.json", Kind::FlowSession),
        // The RunDesktopFlow request.
        ("power_automate/12.json", Kind::NotABody),
        ("uipath/01.json", Kind::UiPath),
        ("uipath/05.json", Kind::UiPath),
        ("uipath/06.json", Kind::UiPath),
        ("uipath/07.json", Kind::UiPath),
        ("uipath/12.json", Kind::UiPath),
        ("uipath/13.json", Kind::UiPath),
        ("uipath/14.json", Kind::UiPath),
        ("uipath/15.json", Kind::UiPath),
        ("uipath/16.json", Kind::UiPath),
    ];

    #[test]
    fn every_sample_is_classified() {
        for (path, kind) in SAMPLES {
            let text = sample(path);
            let found = match Body::from_json(&text) {
                Ok(Body::PowerAutomate(_)) => Kind::PowerAutomate,
                Ok(Body::FlowSession(_)) => Kind::FlowSession,
                Ok(Body::UiPath(response)) => {
                    assert_ne!(response.shape(), BodyShape::Unrecognized);
                    Kind::UiPath
                }
                Ok(other) => panic!("{path}: {other:?}"),
                Err(error) => {
                    assert_eq!(error.kind(), BodyErrorKind::Unrecognized, "{path}: {error}");
                    Kind::NotABody
                }
            };
            assert_eq!(found, kind, "{path}");
            // From a Value, the same.
            let value: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(
                Body::from_value(value.clone()).is_ok(),
                kind != Kind::NotABody
            );
            if let Ok(body) = Body::from_value(value.clone()) {
                // Nothing is lost.
                assert_eq!(serde_json::to_value(&body).unwrap(), value, "{path}");
                assert_eq!(&Value::Object(body.as_map().clone()), &value);
            }
        }
    }

    #[test]
    fn body_codes_of_the_samples() {
        // 07 carries -1073741477 (KB 5021155's first row), 08 the HRESULT 0x80040220.
        let code = |path| Body::from_json(&sample(path)).unwrap().code();
        assert_eq!(
            code("power_automate/01.json"),
            Some(AnyCode::PowerAutomate(
                PowerAutomateError::WindowsIdentityIncorrect
            ))
        );
        assert_eq!(
            code("power_automate/07.json"),
            LogonStatus::from_i32(-1_073_741_477).map(AnyCode::WindowsLogon)
        );
        #[cfg(feature = "dataverse")]
        assert_eq!(
            code("power_automate/08.json"),
            rpa_error_codes::dataverse::DataverseError::from_hresult(0x8004_0220)
                .map(AnyCode::Dataverse)
        );
        #[cfg(not(feature = "dataverse"))]
        assert_eq!(code("power_automate/08.json"), None);
        assert_eq!(code("power_automate/09.json"), None);
        assert_eq!(
            code("uipath/01.json"),
            OrchestratorCode::from_u16(1009).map(AnyCode::Orchestrator)
        );
        // errorCode 0 is no code; Identity's 1002 is not Orchestrator's.
        assert_eq!(code("uipath/05.json"), None);
        assert_eq!(code("uipath/12.json"), None);

        let body: ErrorBody = serde_json::from_str(&sample("power_automate/07.json")).unwrap();
        assert_eq!(body.code(), None);
        assert_eq!(
            body.typed_code(),
            BodyCode::WindowsLogon(LogonStatus::from_i32(-1_073_741_477).unwrap())
        );
    }

    #[test]
    fn flow_session_typed_code() {
        let row: FlowSession =
            serde_json::from_value(json!({"statuscode": 8, "errorcode": "-1073741477"})).unwrap();
        assert_eq!(row.error_code(), None);
        assert_eq!(
            row.typed_code(),
            Some(BodyCode::WindowsLogon(
                LogonStatus::from_i32(-1_073_741_477).unwrap()
            ))
        );
        for empty in [
            json!({"errorcode": ""}),
            json!({"errorcode": null}),
            json!({"statuscode": 4}),
        ] {
            let row: FlowSession = serde_json::from_value(empty.clone()).unwrap();
            assert_eq!(row.typed_code(), None, "{empty}");
        }
        let row: FlowSession = serde_json::from_value(json!({"errorcode": "Brand-new"})).unwrap();
        assert_eq!(row.typed_code(), Some(BodyCode::Other("Brand-new")));
    }

    #[test]
    fn a_flowsession_row_needs_a_flowsession_key() {
        for key in FLOWSESSION_KEYS {
            let row: FlowSession = serde_json::from_value(json!({ key: null }))
                .unwrap_or_else(|e| panic!("{key}: {e}"));
            assert!(row.get(key).is_some());
            assert!(matches!(
                Body::from_value(json!({ key: null })),
                Ok(Body::FlowSession(_))
            ));
        }
        let not_rows = [
            sample("power_automate/01.json"),
            sample("power_automate/08.json"),
            sample("uipath/01.json"),
            sample("power_automate/12.json"),
            "{}".to_string(),
            r#"{"@odata.etag": "W1276122"}"#.to_string(),
            r#"{"errorCode": 1670}"#.to_string(),
            r#"{"StatusCode": 8}"#.to_string(),
        ];
        for text in not_rows {
            let error = serde_json::from_str::<FlowSession>(&text).expect_err(&text);
            assert!(error.to_string().contains("flowsession"), "{error}");
            let value: Value = serde_json::from_str(&text).unwrap();
            assert!(serde_json::from_value::<FlowSession>(value).is_err());
        }
    }

    #[test]
    fn what_is_not_a_body_says_why() {
        let cases = [
            ("", BodyErrorKind::NotJson, "not JSON"),
            ("{\"error\": ", BodyErrorKind::NotJson, "not JSON"),
            ("[1]", BodyErrorKind::NotAnObject, "an array"),
            (
                "\"UIFlowAlreadyRunning\"",
                BodyErrorKind::NotAnObject,
                "a string",
            ),
            ("null", BodyErrorKind::NotAnObject, "null"),
            ("{}", BodyErrorKind::Unrecognized, "empty object"),
            (
                r#"{"error": 5}"#,
                BodyErrorKind::InvalidErrorBody,
                "`error`",
            ),
            (
                r#"{"error": {"message": "m"}}"#,
                BodyErrorKind::InvalidErrorBody,
                "error.code",
            ),
            (
                r#"{"error": {"code": 42}}"#,
                BodyErrorKind::InvalidErrorBody,
                "error.code",
            ),
            // (An odd `statuscode`, `"8"`, is no error: the row reads it as an unknown status.)
            (
                r#"{"errorcode": 1}"#,
                BodyErrorKind::InvalidFlowSession,
                "errorcode",
            ),
            (r#"{"hello": 1}"#, BodyErrorKind::Unrecognized, "\"hello\""),
        ];
        for (text, kind, says) in cases {
            let error = Body::from_json(text).expect_err(text);
            assert_eq!(error.kind(), kind, "{text}");
            let message = error.to_string();
            assert!(
                message.contains(says),
                "{text}: {message:?} does not say {says:?}"
            );
            assert!(!message.contains('\n'), "{message:?}");
            let has_source = std::error::Error::source(&error).is_some();
            assert_eq!(
                has_source,
                matches!(
                    kind,
                    BodyErrorKind::NotJson
                        | BodyErrorKind::InvalidErrorBody
                        | BodyErrorKind::InvalidFlowSession
                ),
                "{text}"
            );
        }
        // The object comes back, and a long key list is cut.
        let mut object = serde_json::Map::new();
        for i in 0..100 {
            object.insert(format!("{}{i}", "k".repeat(1000)), Value::from(i));
        }
        let error = Body::from_value(Value::Object(object.clone())).unwrap_err();
        assert!(
            error.to_string().len() < 1000,
            "{}",
            error.to_string().len()
        );
        assert_eq!(error.into_object(), Some(object));
    }

    #[test]
    fn uipath_shapes_come_first() {
        // An ABP envelope has an `error` object too, without a code: it is UiPath's.
        let body = Body::from_json(&sample("uipath/06.json")).unwrap();
        assert!(matches!(&body, Body::UiPath(r) if r.shape() == BodyShape::AbpEnvelope));
        let response: ErrorResponse = serde_json::from_str(&sample("uipath/06.json")).unwrap();
        assert_eq!(Body::UiPath(response), body);
    }
}

#[test]
fn retry_class_and_reason_are_the_catalogs_own() {
    let mut seen = 0;
    for code in AnyCode::all() {
        let (class, reason) = match code {
            AnyCode::PowerAutomate(c) => (c.retry_class(), c.retry_reason()),
            AnyCode::Orchestrator(c) => (c.retry_class(), c.retry_reason()),
            AnyCode::WindowsLogon(c) => (c.retry_class(), c.retry_reason()),
            #[cfg(feature = "dataverse")]
            AnyCode::Dataverse(c) => (c.retry_class(), c.retry_reason()),
            AnyCode::CloudFlow(c) => (c.retry_class(), c.retry_reason()),
            other => panic!("a catalog this test does not know: {other:?}"),
        };
        assert_eq!(code.retry_class(), class, "{code:?}");
        assert_eq!(code.retry_reason(), reason, "{code:?}");
        assert!(!reason.is_empty(), "{code:?}");
        seen += 1;
    }
    assert_eq!(seen, AnyCode::all().count());
    assert!(seen >= 55 + 120 + 7);
}

#[cfg(feature = "serde")]
#[test]
fn a_wrapper_body_shows_its_inner_codes() {
    use rpa_error_codes::CloudFlowError;
    use rpa_error_codes::body::BodyCode;
    use rpa_error_codes::power_automate::ErrorBody;

    let body: ErrorBody = serde_json::from_str(
        r#"{"error": {"code": "ActionFailed", "message": "An action failed.",
            "details": [{"code": "WindowsIdentityIncorrect"}, {"message": "no code"}, {"code": 7}],
            "innerError": {"code": "-1073741477",
                           "innererror": {"code": "NewInnerCode", "innerError": {"code": "0x80040220"}}}}}"#,
    )
    .unwrap();
    assert_eq!(
        body.typed_code(),
        BodyCode::CloudFlow(CloudFlowError::ActionFailed)
    );
    let inner: Vec<String> = body.inner_codes().map(|c| c.to_string()).collect();
    assert_eq!(
        inner,
        [
            "WindowsIdentityIncorrect",
            "-1073741477",
            "NewInnerCode",
            "0x80040220"
        ]
    );
    let kinds: Vec<bool> = body.inner_codes().map(|c| c.is_known()).collect();
    assert_eq!(kinds, [true, true, false, cfg!(feature = "dataverse")]);

    // No inner errors, or inner errors of the wrong shape: nothing, and no panic.
    for text in [
        r#"{"error": {"code": "ActionFailed"}}"#,
        r#"{"error": {"code": "ActionFailed", "details": "x", "innerError": 5}}"#,
        r#"{"error": {"code": "ActionFailed", "details": [null, 1], "innerError": {"innerError": null}}}"#,
    ] {
        let body: ErrorBody = serde_json::from_str(text).unwrap();
        assert_eq!(body.inner_codes().count(), 0, "{text}");
    }
}
