//! Behaviour of every lookup over the whole catalog, and the catalog's documented facts.
//!
//! The facts below (HTTP statuses, run modes, platforms, retired codes, messages, ...) were read
//! from the vendors' tables in `tests/fixtures/seeds/`, not from the crate.

use std::collections::{BTreeSet, HashSet};

use rpa_error_codes::orchestrator::{self, Category, NameEvidence};
use rpa_error_codes::power_automate::{self, Platform, RunMode, RunModes};
use rpa_error_codes::{Catalog, OrchestratorCode, PowerAutomateError, RetryClass, UnknownCode};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// The `code` column of a data table, read at test time with the `csv` crate.
fn csv_codes(file: &str) -> Vec<String> {
    let path = format!("{}/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let mut reader =
        csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("cannot open {path}: {e}"));
    let headers = reader
        .headers()
        .expect("the table has a header row")
        .clone();
    let column = headers
        .iter()
        .position(|h| h == "code")
        .unwrap_or_else(|| panic!("{path} has no `code` column"));
    reader
        .records()
        .map(|record| {
            let record = record.unwrap_or_else(|e| panic!("{path}: bad record: {e}"));
            record
                .get(column)
                .unwrap_or_else(|| panic!("{path}: a record has no `code` field"))
                .to_owned()
        })
        .collect()
}

/// Alternating case, starting with lower case: `UIFlow` -> `uIfLoW`.
fn mixed_case(s: &str) -> String {
    s.chars()
        .enumerate()
        .map(|(i, c)| {
            if i % 2 == 0 {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

/// Checks an `UnknownCode` for a short input: nothing shortened, exact message.
fn assert_unknown_short(err: UnknownCode, catalog: Catalog, input: &str, message: &str) {
    assert_eq!(err.catalog(), catalog, "catalog of the error for {input:?}");
    assert_eq!(err.input(), input, "input() of the error for {input:?}");
    assert_eq!(err.input_len(), input.len(), "input_len() for {input:?}");
    assert!(!err.is_shortened(), "{input:?} must not be shortened");
    assert_eq!(
        err.to_string(),
        message,
        "message of the error for {input:?}"
    );
}

/// Checks an `UnknownCode` for a long input: shortened, full length, message ending.
fn assert_unknown_long(err: UnknownCode, catalog: Catalog, input: &str, prefix_name: &str) {
    assert_eq!(
        err.catalog(),
        catalog,
        "catalog of the error for the long input"
    );
    assert!(
        err.is_shortened(),
        "a {}-byte input is shortened",
        input.len()
    );
    assert_eq!(
        err.input_len(),
        input.len(),
        "input_len() is the full length"
    );
    assert!(err.input().len() <= 48, "input() keeps at most 48 bytes");
    assert!(
        input.starts_with(err.input()),
        "input() is a prefix of the rejected input"
    );
    let message = err.to_string();
    assert!(
        message.ends_with(&format!("… ({} bytes)", input.len())),
        "message of the long input ends with the byte count: {message:?}"
    );
    assert!(
        message.starts_with(&format!("unknown {prefix_name} code \"")),
        "message of the long input names the catalog: {message:?}"
    );
    assert!(
        message.len() < 200,
        "message of the long input stays short: {} bytes",
        message.len()
    );
}

const PA: Catalog = Catalog::PowerAutomate;
const ORCH: Catalog = Catalog::Orchestrator;

// ---------------------------------------------------------------------------------------------
// Power Automate: lookups over the whole catalog
// ---------------------------------------------------------------------------------------------

#[test]
fn power_automate_every_code_round_trips_through_exact_lookups() {
    for &error in PowerAutomateError::ALL {
        let code = error.code();
        assert_eq!(
            PowerAutomateError::from_code(code),
            Some(error),
            "from_code({code:?})"
        );
        assert_eq!(
            code.parse::<PowerAutomateError>(),
            Ok(error),
            "{code:?}.parse::<PowerAutomateError>()"
        );
        assert_eq!(error.info().code, code, "info().code of {code}");
        assert_eq!(
            power_automate::CODES.get(code).copied(),
            Some(error),
            "power_automate::CODES[{code:?}]"
        );
        assert_eq!(format!("{error:?}"), code, "Debug of {code} is the code");
    }
    let former: usize = PowerAutomateError::ALL
        .iter()
        .map(|e| e.former_codes().len())
        .sum();
    assert_eq!(
        power_automate::CODES.len(),
        PowerAutomateError::ALL.len() + former,
        "power_automate::CODES has one entry per code and per former name"
    );
    for (key, value) in power_automate::CODES.entries() {
        assert!(
            *key == value.code() || value.former_codes().contains(key),
            "power_automate::CODES key {key:?} is neither the code nor a former name of {}",
            value.code()
        );
    }
}

#[test]
fn power_automate_former_names_read_as_the_current_code() {
    use PowerAutomateError as E;
    let current = E::MSEntraMachineAlwaysPromptingForPassword;
    let former = "AADMachineAlwaysPromptingForPassword";
    assert_eq!(current.former_codes(), [former]);
    assert_eq!(current.info().former_codes, [former]);
    assert!(
        current
            .info()
            .former_codes_source
            .is_some_and(|s| s.contains("msentramachinealwayspromptingforpassword-error.md")),
        "{:?}",
        current.info().former_codes_source
    );
    assert_eq!(E::from_code(former), Some(current));
    assert_eq!(former.parse::<E>(), Ok(current));
    assert_eq!(
        E::from_code_ignore_ascii_case(&former.to_ascii_lowercase()),
        Some(current)
    );
    assert_eq!(power_automate::CODES.get(former).copied(), Some(current));
    // The former name is not a code of its own: the current code is what the catalog gives.
    assert_eq!(current.code(), "MSEntraMachineAlwaysPromptingForPassword");
    assert!(E::ALL.iter().all(|e| e.code() != former));
    // A rename whose old code has its own (retired) row keeps that row: it parses to itself
    // and says what replaced it, rather than becoming a former name of the new code.
    assert_eq!(E::from_code("AadLogonFailure"), Some(E::AadLogonFailure));
    assert!(E::AadLogonFailure.is_retired());
    assert_eq!(E::AadLogonFailure.replaced_by(), [E::MSEntraLogonFailure]);
    assert!(E::MSEntraLogonFailure.former_codes().is_empty());
    // Near misses of a former name are still misses.
    assert_eq!(E::from_code("AADMachineAlwaysPromptingForPasswor"), None);
    assert!(
        "AADMachineAlwaysPromptingForPassword "
            .parse::<E>()
            .is_err()
    );
}

#[test]
fn power_automate_every_code_round_trips_ignoring_ascii_case() {
    for &error in PowerAutomateError::ALL {
        let code = error.code();
        for variant in [
            code.to_ascii_lowercase(),
            code.to_ascii_uppercase(),
            mixed_case(code),
            code.to_owned(),
        ] {
            assert_eq!(
                PowerAutomateError::from_code_ignore_ascii_case(&variant),
                Some(error),
                "from_code_ignore_ascii_case({variant:?}) for {code}"
            );
        }
        // The exact lookups are case-sensitive.
        let lower = code.to_ascii_lowercase();
        assert_ne!(lower, code, "{code} has upper-case letters");
        assert_eq!(
            PowerAutomateError::from_code(&lower),
            None,
            "from_code({lower:?}) is case-sensitive"
        );
        assert!(
            lower.parse::<PowerAutomateError>().is_err(),
            "{lower:?}.parse() is case-sensitive"
        );
    }
}

#[test]
fn power_automate_all_is_unique_ordered_and_matches_the_csv() {
    let all = PowerAutomateError::ALL;
    let unique: HashSet<_> = all.iter().collect();
    assert_eq!(
        unique.len(),
        all.len(),
        "PowerAutomateError::ALL has duplicates"
    );
    let codes: HashSet<_> = all.iter().map(|e| e.code()).collect();
    assert_eq!(codes.len(), all.len(), "two variants share a code string");

    let csv = csv_codes("power_automate.csv");
    assert_eq!(
        all.len(),
        csv.len(),
        "PowerAutomateError::ALL has one entry per data row of data/power_automate.csv"
    );
    let ours: Vec<&str> = all.iter().map(|e| e.code()).collect();
    assert_eq!(ours, csv, "the CSV's codes equal ALL's codes, in order");

    for pair in all.windows(2) {
        assert!(
            pair[0] < pair[1],
            "ALL is in table order (Ord): {} before {}",
            pair[0].code(),
            pair[1].code()
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Orchestrator: lookups over the whole catalog
// ---------------------------------------------------------------------------------------------

#[test]
fn orchestrator_every_code_round_trips_through_numbers() {
    for &code in OrchestratorCode::ALL {
        let n = code.code();
        assert_eq!(OrchestratorCode::from_u16(n), Some(code), "from_u16({n})");
        assert_eq!(u16::from(code), n, "u16::from({code:?})");
        assert_eq!(code as u16, n, "{code:?} as u16");
        assert_eq!(OrchestratorCode::try_from(n), Ok(code), "try_from({n})");
        assert_eq!(
            n.to_string().parse::<OrchestratorCode>(),
            Ok(code),
            "\"{n}\".parse()"
        );
        assert_eq!(code.info().code, n, "info().code of {n}");
        assert_eq!(
            orchestrator::BY_CODE.get(&n).copied(),
            Some(code),
            "orchestrator::BY_CODE[{n}]"
        );
    }
    assert_eq!(
        orchestrator::BY_CODE.len(),
        OrchestratorCode::ALL.len(),
        "orchestrator::BY_CODE has one entry per code"
    );
    for (key, value) in orchestrator::BY_CODE.entries() {
        assert_eq!(*key, value.code(), "orchestrator::BY_CODE key {key}");
    }
}

#[test]
fn orchestrator_every_code_round_trips_through_names() {
    for &code in OrchestratorCode::ALL {
        let n = code.code();
        let name = code.name();
        assert_eq!(code.info().name, name, "info().name of {n}");
        assert_eq!(format!("{code:?}"), name, "Debug of {n} is its name");
        assert_eq!(
            OrchestratorCode::from_name(name),
            Some(code),
            "from_name({name:?}) for {n}"
        );
        assert_eq!(
            name.parse::<OrchestratorCode>(),
            Ok(code),
            "{name:?}.parse()"
        );
        for variant in [
            name.to_ascii_lowercase(),
            name.to_ascii_uppercase(),
            mixed_case(name),
        ] {
            assert_eq!(
                OrchestratorCode::from_name_ignore_ascii_case(&variant),
                Some(code),
                "from_name_ignore_ascii_case({variant:?}) for {n}"
            );
        }
        assert_eq!(
            OrchestratorCode::from_name(&name.to_ascii_lowercase()),
            None,
            "from_name is case-sensitive ({n})"
        );
        assert_eq!(
            orchestrator::BY_NAME.get(name).copied(),
            Some(code),
            "orchestrator::BY_NAME[{name:?}]"
        );
    }
}

#[test]
fn orchestrator_every_alias_resolves_to_its_code() {
    let mut aliases = 0;
    for &code in OrchestratorCode::ALL {
        let n = code.code();
        for &alias in code.info().aliases {
            aliases += 1;
            assert_ne!(alias, code.name(), "alias of {n} repeats its name");
            assert_eq!(
                OrchestratorCode::from_name(alias),
                Some(code),
                "from_name({alias:?}) is {n}"
            );
            assert_eq!(
                alias.parse::<OrchestratorCode>(),
                Ok(code),
                "{alias:?}.parse()"
            );
            assert_eq!(
                OrchestratorCode::from_name_ignore_ascii_case(&alias.to_ascii_lowercase()),
                Some(code),
                "from_name_ignore_ascii_case of alias {alias:?}"
            );
            assert_eq!(
                OrchestratorCode::from_name_ignore_ascii_case(&alias.to_ascii_uppercase()),
                Some(code),
                "from_name_ignore_ascii_case of alias {alias:?}"
            );
            assert_eq!(
                orchestrator::BY_NAME.get(alias).copied(),
                Some(code),
                "orchestrator::BY_NAME[{alias:?}]"
            );
        }
    }
    assert!(aliases > 0, "the catalog documents at least one alias");
    assert_eq!(
        orchestrator::BY_NAME.len(),
        OrchestratorCode::ALL.len() + aliases,
        "orchestrator::BY_NAME holds every name and every alias, each once"
    );
    for (key, value) in orchestrator::BY_NAME.entries() {
        assert!(
            *key == value.name() || value.info().aliases.contains(key),
            "orchestrator::BY_NAME[{key:?}] = {} names neither it nor an alias",
            value.code()
        );
    }
}

#[test]
fn orchestrator_all_is_strictly_ascending_and_matches_the_csv() {
    let all = OrchestratorCode::ALL;
    for pair in all.windows(2) {
        assert!(
            pair[0].code() < pair[1].code(),
            "ALL is strictly ascending: {} before {}",
            pair[0].code(),
            pair[1].code()
        );
        assert!(pair[0] < pair[1], "Ord follows the number: {:?}", pair);
    }
    let names: HashSet<_> = all.iter().map(|c| c.name()).collect();
    assert_eq!(names.len(), all.len(), "two codes share a name");

    let csv = csv_codes("orchestrator.csv");
    assert_eq!(
        all.len(),
        csv.len(),
        "OrchestratorCode::ALL has one entry per data row of data/orchestrator.csv"
    );
    let ours: Vec<String> = all.iter().map(|c| c.code().to_string()).collect();
    assert_eq!(ours, csv, "the CSV's codes equal ALL's codes, in order");
}

// ---------------------------------------------------------------------------------------------
// Misses
// ---------------------------------------------------------------------------------------------

/// Power Automate inputs that are not codes, with the exact message of their parse error.
const PA_MISSES: &[(&str, &str)] = &[
    ("", r#"unknown Power Automate error code """#),
    (
        "uiflowalreadyrunning ",
        r#"unknown Power Automate error code "uiflowalreadyrunning ""#,
    ),
    (
        "UIFlowAlreadyRunning ",
        r#"unknown Power Automate error code "UIFlowAlreadyRunning ""#,
    ),
    (
        " UIFlowAlreadyRunning",
        r#"unknown Power Automate error code " UIFlowAlreadyRunning""#,
    ),
    (
        "DnsErrör",
        r#"unknown Power Automate error code "DnsErrör""#,
    ),
    (
        "UIFlowAlreadyRunnİng",
        r#"unknown Power Automate error code "UIFlowAlreadyRunnİng""#,
    ),
    (
        "UIFlowAlready",
        r#"unknown Power Automate error code "UIFlowAlready""#,
    ),
    ("DnsErro", r#"unknown Power Automate error code "DnsErro""#),
    ("1670", r#"unknown Power Automate error code "1670""#),
    (
        "-1073741477",
        r#"unknown Power Automate error code "-1073741477""#,
    ),
];

#[test]
fn power_automate_misses_return_none_and_unknown_code() {
    for &(input, message) in PA_MISSES {
        assert_eq!(
            PowerAutomateError::from_code(input),
            None,
            "from_code({input:?})"
        );
        assert_eq!(
            PowerAutomateError::from_code_ignore_ascii_case(input),
            None,
            "from_code_ignore_ascii_case({input:?})"
        );
        assert_eq!(
            power_automate::CODES.get(input),
            None,
            "power_automate::CODES[{input:?}]"
        );
        let err = input
            .parse::<PowerAutomateError>()
            .expect_err(&format!("{input:?}.parse() must fail"));
        assert_unknown_short(err, PA, input, message);
    }
}

#[test]
fn power_automate_long_input_is_rejected_and_shortened() {
    let ascii = "a".repeat(10_000);
    // A real code followed by padding: still not a code.
    let padded = format!("UIFlowAlreadyRunning{}", "x".repeat(10_000 - 20));
    // Two-byte characters, so that byte 48 falls inside a character.
    let multibyte = format!("a{}b", "é".repeat(4_999));
    for input in [&ascii, &padded, &multibyte] {
        assert_eq!(input.len(), 10_000, "test input is 10,000 bytes");
        assert_eq!(
            PowerAutomateError::from_code(input),
            None,
            "from_code(long)"
        );
        assert_eq!(
            PowerAutomateError::from_code_ignore_ascii_case(input),
            None,
            "from_code_ignore_ascii_case(long)"
        );
        let err = input
            .parse::<PowerAutomateError>()
            .expect_err("a 10,000-byte string is not a code");
        assert_unknown_long(err, PA, input, "Power Automate error");
    }
    let err = ascii.parse::<PowerAutomateError>().unwrap_err();
    assert_eq!(err.input(), "a".repeat(48), "the first 48 bytes are kept");
    assert_eq!(
        err.to_string(),
        format!(
            "unknown Power Automate error code \"{}\"… (10000 bytes)",
            "a".repeat(48)
        )
    );
    let err = multibyte.parse::<PowerAutomateError>().unwrap_err();
    assert_eq!(
        err.input(),
        format!("a{}", "é".repeat(23)),
        "cut at the character boundary before byte 48"
    );
}

/// Orchestrator strings that are not codes, with the exact message of their parse error.
const ORCH_STR_MISSES: &[(&str, &str)] = &[
    ("", r#"unknown UiPath Orchestrator code """#),
    ("+1670", r#"unknown UiPath Orchestrator code "+1670""#),
    ("1670 ", r#"unknown UiPath Orchestrator code "1670 ""#),
    (" 1670", r#"unknown UiPath Orchestrator code " 1670""#),
    ("-1", r#"unknown UiPath Orchestrator code "-1""#),
    ("99999", r#"unknown UiPath Orchestrator code "99999""#),
    ("65536", r#"unknown UiPath Orchestrator code "65536""#),
    ("0", r#"unknown UiPath Orchestrator code "0""#),
    ("999", r#"unknown UiPath Orchestrator code "999""#),
    ("1005", r#"unknown UiPath Orchestrator code "1005""#),
    ("1921", r#"unknown UiPath Orchestrator code "1921""#),
    ("65535", r#"unknown UiPath Orchestrator code "65535""#),
    ("167", r#"unknown UiPath Orchestrator code "167""#),
    ("１６７０", r#"unknown UiPath Orchestrator code "１６７０""#),
    (
        "PendingJobs",
        r#"unknown UiPath Orchestrator code "PendingJobs""#,
    ),
    (
        "pendingjobsalreadyexist ",
        r#"unknown UiPath Orchestrator code "pendingjobsalreadyexist ""#,
    ),
    (
        "PendingJobsAlreadyExíst",
        r#"unknown UiPath Orchestrator code "PendingJobsAlreadyExíst""#,
    ),
    (
        "UIFlowAlreadyRunning",
        r#"unknown UiPath Orchestrator code "UIFlowAlreadyRunning""#,
    ),
];

#[test]
fn orchestrator_string_misses_return_none_and_unknown_code() {
    for &(input, message) in ORCH_STR_MISSES {
        assert_eq!(
            OrchestratorCode::from_name(input),
            None,
            "from_name({input:?})"
        );
        assert_eq!(
            OrchestratorCode::from_name_ignore_ascii_case(input),
            None,
            "from_name_ignore_ascii_case({input:?})"
        );
        assert_eq!(
            orchestrator::BY_NAME.get(input),
            None,
            "orchestrator::BY_NAME[{input:?}]"
        );
        let err = input
            .parse::<OrchestratorCode>()
            .expect_err(&format!("{input:?}.parse::<OrchestratorCode>() must fail"));
        assert_unknown_short(err, ORCH, input, message);
    }
}

/// A strict parse accepts the number only as written in the catalog: "01670" is not "1670".
#[test]
fn orchestrator_number_with_leading_zero_is_rejected() {
    for (input, message) in [
        ("01670", r#"unknown UiPath Orchestrator code "01670""#),
        ("0001002", r#"unknown UiPath Orchestrator code "0001002""#),
    ] {
        let err = input
            .parse::<OrchestratorCode>()
            .expect_err(&format!("{input:?}.parse::<OrchestratorCode>() must fail"));
        assert_unknown_short(err, ORCH, input, message);
    }
}

#[test]
fn orchestrator_number_misses_return_none_and_unknown_code() {
    for (n, message) in [
        (0u16, r#"unknown UiPath Orchestrator code "0""#),
        (999, r#"unknown UiPath Orchestrator code "999""#),
        (1005, r#"unknown UiPath Orchestrator code "1005""#),
        (1921, r#"unknown UiPath Orchestrator code "1921""#),
        (65535, r#"unknown UiPath Orchestrator code "65535""#),
    ] {
        assert_eq!(OrchestratorCode::from_u16(n), None, "from_u16({n})");
        assert_eq!(orchestrator::BY_CODE.get(&n), None, "BY_CODE[{n}]");
        let err = OrchestratorCode::try_from(n).expect_err(&format!("try_from({n}) must fail"));
        assert_unknown_short(err, ORCH, &n.to_string(), message);
    }
    // Every number the catalog does not hold is a miss, and every miss is consistent.
    let known: BTreeSet<u16> = OrchestratorCode::ALL.iter().map(|c| c.code()).collect();
    for n in 0..=u16::MAX {
        let found = OrchestratorCode::from_u16(n);
        assert_eq!(found.is_some(), known.contains(&n), "from_u16({n})");
        if let Some(code) = found {
            assert_eq!(code.code(), n, "from_u16({n}) returns the code {n}");
        }
    }
}

#[test]
fn orchestrator_long_input_is_rejected_and_shortened() {
    let digits = "1".repeat(10_000);
    let name = format!("PendingJobsAlreadyExist{}", "x".repeat(10_000 - 23));
    for input in [&digits, &name] {
        assert_eq!(input.len(), 10_000, "test input is 10,000 bytes");
        assert_eq!(OrchestratorCode::from_name(input), None, "from_name(long)");
        assert_eq!(
            OrchestratorCode::from_name_ignore_ascii_case(input),
            None,
            "from_name_ignore_ascii_case(long)"
        );
        let err = input
            .parse::<OrchestratorCode>()
            .expect_err("a 10,000-byte string is not a code");
        assert_unknown_long(err, ORCH, input, "UiPath Orchestrator");
    }
    let err = digits.parse::<OrchestratorCode>().unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "unknown UiPath Orchestrator code \"{}\"… (10000 bytes)",
            "1".repeat(48)
        )
    );
}

#[test]
fn unknown_code_new_and_catalog_display() {
    let err = UnknownCode::new(Catalog::Orchestrator, "1005");
    assert_eq!(err, OrchestratorCode::try_from(1005).unwrap_err());
    assert_eq!(Catalog::PowerAutomate.to_string(), "Power Automate error");
    assert_eq!(Catalog::Orchestrator.to_string(), "UiPath Orchestrator");
    // Exactly 48 bytes is kept whole; 49 is shortened.
    let exact = "z".repeat(48);
    let err = UnknownCode::new(Catalog::PowerAutomate, &exact);
    assert!(!err.is_shortened(), "48 bytes are kept whole");
    assert_eq!(err.input(), exact);
    let longer = "z".repeat(49);
    let err = UnknownCode::new(Catalog::PowerAutomate, &longer);
    assert!(err.is_shortened(), "49 bytes are shortened");
    assert_eq!(err.input_len(), 49);
    assert!(err.to_string().ends_with("… (49 bytes)"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Power Automate metadata (values read from the vendor's tables)
// ---------------------------------------------------------------------------------------------

#[test]
fn power_automate_http_status_and_run_modes_facts() {
    use PowerAutomateError as E;
    let e = E::UIFlowAlreadyRunning;
    assert_eq!(e.http_status(), 429, "UIFlowAlreadyRunning HTTP status");
    assert_eq!(
        e.run_modes(),
        RunModes::of(&[RunMode::Attended, RunMode::Unattended]),
        "UIFlowAlreadyRunning run modes"
    );
    assert!(!e.run_modes().contains(RunMode::Local));

    let e = E::LocalPlaybackOrRecordingOngoing;
    assert_eq!(e.http_status(), 429, "LocalPlaybackOrRecordingOngoing HTTP");
    assert!(
        e.run_modes().is_all(),
        "LocalPlaybackOrRecordingOngoing is All"
    );
    assert_eq!(e.run_modes(), RunModes::ALL);

    assert_eq!(
        E::ExistingRecordingSession.run_modes(),
        RunModes::of(&[RunMode::Local]),
        "ExistingRecordingSession is Local"
    );
    assert_eq!(E::OnPremiseDataGatewayNotAvailable.http_status(), 502);
    assert_eq!(E::UnattendedUnsupportedWithOldConnection.http_status(), 403);
    assert_eq!(E::NoUnlockedActiveSessionForAttended.http_status(), 400);
    assert_eq!(
        E::NoUnlockedActiveSessionForAttended.run_modes(),
        RunModes::of(&[RunMode::Attended])
    );

    for &error in E::ALL {
        assert!(
            !error.run_modes().is_empty(),
            "{} has at least one run mode",
            error.code()
        );
        assert!(
            (400..600).contains(&error.http_status()),
            "{} has an error HTTP status, not {}",
            error.code(),
            error.http_status()
        );
        assert_eq!(error.info().http_status, error.http_status());
        assert_eq!(error.info().run_modes, error.run_modes());
    }
}

#[test]
fn power_automate_platform_facts() {
    use PowerAutomateError as E;
    assert_eq!(
        E::TooManyActiveSessions.platform(),
        Some(Platform::WindowsServer),
        "TooManyActiveSessions is Windows Server only"
    );
    assert_eq!(
        E::ExistingRecordingSession.platform(),
        Some(Platform::WindowsServer),
        "ExistingRecordingSession is Windows Server only"
    );
    assert_eq!(
        E::Win10AlreadyHasActiveSession.platform(),
        Some(Platform::Windows10),
        "Win10AlreadyHasActiveSession is Windows 10 only"
    );
    assert_eq!(E::UIFlowAlreadyRunning.platform(), None);
    assert_eq!(Platform::WindowsServer.to_string(), "Windows Server");
    assert_eq!(Platform::Windows10.to_string(), "Windows 10");
    // The platform is exactly what the text states.
    for &error in E::ALL {
        let text = error.info().mitigation_markup;
        let stated = if text.contains("Windows Server only.") {
            Some(Platform::WindowsServer)
        } else if text.contains("Windows 10 only.") {
            Some(Platform::Windows10)
        } else {
            None
        };
        assert_eq!(error.platform(), stated, "platform of {}", error.code());
    }
}

#[test]
fn power_automate_retired_codes_and_replacements() {
    use PowerAutomateError as E;
    let e = E::NoUnlockedActiveSessionForAttended;
    assert!(
        e.is_retired(),
        "NoUnlockedActiveSessionForAttended is retired"
    );
    assert!(e.info().retired_in.is_some());
    assert_eq!(
        e.replaced_by(),
        [E::AttendedUserSessionNotActive, E::AttendedUserNotLoggedIn],
        "NoUnlockedActiveSessionForAttended replacements"
    );
    let e = E::AadLogonFailure;
    assert!(e.is_retired(), "AadLogonFailure is retired");
    assert_eq!(
        e.replaced_by(),
        [E::MSEntraLogonFailure],
        "AadLogonFailure replacements"
    );
    assert!(!E::MSEntraLogonFailure.is_retired());
    assert!(!E::UIFlowAlreadyRunning.is_retired());

    for &error in E::ALL {
        if !error.is_retired() {
            assert!(
                error.replaced_by().is_empty(),
                "{} is current, so replaced_by is empty",
                error.code()
            );
        }
        for replacement in error.replaced_by() {
            assert!(
                !replacement.is_retired(),
                "{} is replaced by the retired {}",
                error.code(),
                replacement.code()
            );
            assert_ne!(*replacement, error, "{} replaces itself", error.code());
        }
    }
}

#[test]
fn power_automate_exactly_the_transient_codes() {
    use PowerAutomateError as E;
    // The four codes the catalog always called transient, and LocalPlaybackOrRecordingOngoing:
    // it answers HTTP 429, so it is throttled (wait and retry).
    let expected: BTreeSet<E> = [
        E::LocalPlaybackOrRecordingOngoing,
        E::UIFlowAlreadyRunning,
        E::AuthTokenNotYetValid,
        E::DesktopFlowsActionThrottled,
        E::NoCandidateMachine,
    ]
    .into_iter()
    .collect();
    let transient: BTreeSet<E> = E::ALL
        .iter()
        .copied()
        .filter(|e| e.is_retryable())
        .collect();
    assert_eq!(transient, expected, "the transient codes");
    assert_eq!(
        E::LocalPlaybackOrRecordingOngoing.retry_class(),
        RetryClass::Throttled
    );
    assert_eq!(E::NoCandidateMachine.retry_class(), RetryClass::Transient);
    assert_eq!(E::RDPIsNotEnabled.retry_class(), RetryClass::NeedsPerson);
    assert_eq!(E::SessionHasLoggedOff.retry_class(), RetryClass::Unknown);
}

// ---------------------------------------------------------------------------------------------
// Retry classes: every reason rests on its own row
// ---------------------------------------------------------------------------------------------

/// The phrases a reason quotes: the text between each pair of double quotes.
fn quoted_phrases(reason: &str) -> Result<Vec<&str>, String> {
    let parts: Vec<&str> = reason.split('"').collect();
    if parts.len() % 2 == 0 {
        return Err(format!("unbalanced double quotes in {reason:?}"));
    }
    Ok(parts.iter().skip(1).step_by(2).copied().collect())
}

/// Words that show a quoted phrase asks the caller to wait.
const WAIT_WORDS: &[&str] = &[
    "wait",
    "later",
    "busy",
    "throttl",
    "too many",
    "concurren",
    "soon",
    "after",
    "minutes",
];

/// Checks one code's retry class and reason against its own row: `texts` are the vendor's
/// texts of the row (plain text), `http_status` its status where one is stated.
fn check_retry(
    what: &str,
    class: RetryClass,
    reason: &str,
    texts: &[&str],
    http_status: Option<u16>,
) -> Result<(), String> {
    if reason.trim().is_empty() {
        return Err(format!("{what}: the retry reason is empty"));
    }
    let phrases = quoted_phrases(reason).map_err(|e| format!("{what}: {e}"))?;
    for phrase in &phrases {
        if phrase.is_empty() || !texts.iter().any(|t| t.contains(phrase)) {
            return Err(format!(
                "{what}: the reason quotes {phrase:?}, which is not in the row's text {texts:?}"
            ));
        }
    }
    let says_429 = http_status == Some(429);
    if says_429 != reason.contains("HTTP 429") {
        return Err(format!(
            "{what}: HTTP status {http_status:?}, but the reason {reason:?} {} HTTP 429",
            if says_429 { "does not name" } else { "names" }
        ));
    }
    match class {
        RetryClass::Throttled => {
            let waits = phrases.iter().any(|p| {
                let p = p.to_ascii_lowercase();
                WAIT_WORDS.iter().any(|w| p.contains(w))
            });
            if !says_429 && !waits {
                return Err(format!(
                    "{what}: throttled without HTTP 429 or a quoted phrase that says to wait: {reason:?}"
                ));
            }
        }
        RetryClass::Transient | RetryClass::NeedsPerson => {
            if phrases.is_empty() {
                return Err(format!(
                    "{what}: class {class} quotes none of the vendor's words: {reason:?}"
                ));
            }
            if says_429 {
                return Err(format!("{what}: HTTP 429 is throttled, not {class}"));
            }
        }
        RetryClass::Unknown => {
            if says_429 {
                return Err(format!("{what}: HTTP 429 is throttled, not unknown"));
            }
        }
        _ => return Err(format!("{what}: a class this test does not know: {class}")),
    }
    Ok(())
}

#[test]
fn retry_check_rejects_reasons_that_do_not_rest_on_the_row() {
    let text = ["You need to wait for its completion."];
    assert_eq!(
        check_retry("x", RetryClass::Transient, "", &text, None),
        Err("x: the retry reason is empty".to_owned())
    );
    assert!(
        check_retry(
            "x",
            RetryClass::Transient,
            "The text says \"wait for them\".",
            &text,
            None
        )
        .unwrap_err()
        .contains("quotes \"wait for them\", which is not in the row's text")
    );
    assert!(
        check_retry("x", RetryClass::Transient, "It says \"wait", &text, None)
            .unwrap_err()
            .contains("unbalanced double quotes")
    );
    assert!(
        check_retry(
            "x",
            RetryClass::NeedsPerson,
            "A person must act.",
            &text,
            None
        )
        .unwrap_err()
        .contains("quotes none of the vendor's words")
    );
    assert!(
        check_retry("x", RetryClass::Unknown, "Nothing said.", &text, Some(429))
            .unwrap_err()
            .contains("does not name HTTP 429")
    );
    assert!(
        check_retry(
            "x",
            RetryClass::NeedsPerson,
            "HTTP 429, \"You need\"",
            &text,
            Some(429)
        )
        .unwrap_err()
        .contains("HTTP 429 is throttled, not needs_person")
    );
    assert!(
        check_retry(
            "x",
            RetryClass::Throttled,
            "It says \"its completion\".",
            &text,
            None
        )
        .unwrap_err()
        .contains("throttled without HTTP 429")
    );
    assert_eq!(
        check_retry(
            "x",
            RetryClass::Throttled,
            "It says \"You need to wait\".",
            &text,
            None
        ),
        Ok(())
    );
    assert_eq!(
        check_retry(
            "x",
            RetryClass::Throttled,
            "HTTP 429 (Too Many Requests).",
            &text,
            Some(429)
        ),
        Ok(())
    );
}

/// Counts of each class, in the order Throttled, Transient, NeedsPerson, Unknown.
fn class_counts(classes: impl Iterator<Item = RetryClass>) -> [usize; 4] {
    let mut counts = [0; 4];
    for class in classes {
        counts[RetryClass::ALL.iter().position(|c| *c == class).unwrap()] += 1;
    }
    counts
}

#[test]
fn power_automate_retry_reasons_rest_on_their_rows() {
    for &error in PowerAutomateError::ALL {
        let info = error.info();
        assert_eq!(info.retry_class, error.retry_class());
        assert_eq!(info.retry_reason, error.retry_reason());
        #[allow(deprecated)]
        let transient = error.is_transient();
        assert_eq!(
            transient,
            error.is_retryable(),
            "the deprecated alias is is_retryable"
        );
        assert_eq!(error.is_retryable(), error.retry_class().is_retryable());
        check_retry(
            error.code(),
            error.retry_class(),
            error.retry_reason(),
            &[error.mitigation()],
            Some(error.http_status()),
        )
        .unwrap();
    }
    assert_eq!(
        class_counts(PowerAutomateError::ALL.iter().map(|e| e.retry_class())),
        [4, 1, 40, 10]
    );
}

#[test]
fn orchestrator_retry_reasons_rest_on_their_rows() {
    for &code in OrchestratorCode::ALL {
        let info = code.info();
        assert_eq!(info.retry_class, code.retry_class());
        assert_eq!(info.retry_reason, code.retry_reason());
        assert_eq!(code.is_retryable(), code.retry_class().is_retryable());
        let texts: Vec<&str> = [code.message(), code.description()]
            .into_iter()
            .flatten()
            .collect();
        check_retry(
            code.name(),
            code.retry_class(),
            code.retry_reason(),
            &texts,
            code.http_status(),
        )
        .unwrap();
        if texts.is_empty() {
            assert_eq!(code.retry_class(), RetryClass::Unknown, "{}", code.name());
        }
    }
    // "Try again later." (1011, 1655) is throttled.
    assert_eq!(orch(1011).retry_class(), RetryClass::Throttled);
    assert_eq!(orch(1655).retry_class(), RetryClass::Throttled);
    assert!(orch(1655).is_retryable());
    assert_eq!(
        class_counts(OrchestratorCode::ALL.iter().map(|c| c.retry_class())),
        [2, 3, 63, 52]
    );
}

#[test]
fn catalogs_name_the_date_of_their_newest_document() {
    let newest = PowerAutomateError::ALL
        .iter()
        .filter_map(|e| e.info().source.date)
        .max();
    assert_eq!(power_automate::SOURCE_DATE, Some("2025-09-11"));
    assert_eq!(power_automate::SOURCE_DATE, newest);
    assert_eq!(power_automate::NEWEST_SOURCE.date, newest);
    assert!(
        PowerAutomateError::ALL
            .iter()
            .any(|e| e.info().source == power_automate::NEWEST_SOURCE)
    );
    // UiPath's table, as copied, is undated: no date, and the document most rows come from.
    assert_eq!(orchestrator::SOURCE_DATE, None);
    assert_eq!(
        orchestrator::NEWEST_SOURCE.url,
        "https://docs.uipath.com/orchestrator/v0/reference/response-codes"
    );
    assert_eq!(
        rpa_error_codes::windows_logon::SOURCE_DATE,
        Some("2025-04-03")
    );
}

#[test]
fn power_automate_links_and_plain_mitigations() {
    use PowerAutomateError as E;
    for &error in E::ALL {
        let code = error.code();
        let mitigation = error.mitigation();
        assert_eq!(error.info().mitigation, mitigation);
        assert!(!mitigation.is_empty(), "{code} has a mitigation");
        for bad in ["<", "**", "](", "`"] {
            assert!(
                !mitigation.contains(bad),
                "plain mitigation of {code} contains {bad:?}: {mitigation:?}"
            );
        }
        for line in mitigation.lines() {
            assert_eq!(line, line.trim(), "{code}: mitigation line is trimmed");
            assert!(!line.is_empty(), "{code}: mitigation has an empty line");
        }
        assert_eq!(error.links(), error.info().links);
        assert_eq!(
            error.links().len(),
            error.info().mitigation_markup.matches("](").count(),
            "{code}: one link per Markdown link in the markup"
        );
        for link in error.links() {
            assert!(
                link.url.starts_with("https://"),
                "{code}: link URL {:?} is not https",
                link.url
            );
            assert!(
                !link.url.contains(".md#") && !link.url.ends_with(".md"),
                "{code}: link URL {:?} still names a .md file",
                link.url
            );
            assert!(
                mitigation.contains(link.text),
                "{code}: link text {:?} is in the mitigation",
                link.text
            );
            assert_eq!(link.to_string(), format!("{} <{}>", link.text, link.url));
        }
    }
    assert_eq!(
        E::UIFlowAgentNotAvailable.links()[0].url,
        "https://support.microsoft.com/help/4564550/",
        "UIFlowAgentNotAvailable first link"
    );
    assert_eq!(
        E::UIFlowAgentNotAvailable.links()[0].text,
        "Desktop flows failure"
    );
    let link = E::AttendedUserSessionNotActive
        .links()
        .iter()
        .find(|l| l.text == "AttendedUserSessionNotActive")
        .expect("AttendedUserSessionNotActive links to its own section");
    assert_eq!(
        link.url,
        "https://learn.microsoft.com/troubleshoot/power-platform/power-automate/desktop-flows/troubleshoot-desktop-flow-run-queue-errors#attendedusersessionnotactive",
        "AttendedUserSessionNotActive link resolves"
    );
    assert_eq!(
        E::UnableToCallCrlEndpoint.links()[0].url,
        "https://learn.microsoft.com/power-automate/limits-and-config#ui-flows-required-services"
    );
}

/// Checks that `line` is one line that begins with `prefix` and goes on with the first
/// sentence of `text` (a sentence ends at `.`, `!` or `?` before a space, or at the end of
/// the line), and returns that sentence.
fn assert_one_line<'a>(line: &'a str, prefix: &str, text: &str) -> &'a str {
    assert!(!line.contains('\n'), "one line: {line:?}");
    let sentence = line
        .strip_prefix(prefix)
        .unwrap_or_else(|| panic!("{line:?} starts with {prefix:?}"));
    let text = text.trim();
    assert!(text.starts_with(sentence), "{sentence:?} begins {text:?}");
    let rest = &text[sentence.len()..];
    assert!(
        rest.is_empty() || rest.starts_with('\n') || rest.starts_with(' '),
        "{sentence:?} ends at a sentence's end in {text:?}"
    );
    assert!(!sentence.is_empty(), "a sentence for {prefix:?}");
    sentence
}

#[test]
fn power_automate_display() {
    // The first sentence of the vendor's text, on one line (the texts as published).
    assert_eq!(
        PowerAutomateError::UIFlowAlreadyRunning.to_string(),
        "UIFlowAlreadyRunning: A desktop flow is already running on the machine."
    );
    assert_eq!(
        PowerAutomateError::RDPIsNotEnabled.to_string(),
        "RDPIsNotEnabled: You need to enable Remote Desktop on the machine."
    );
    // A text that only points to another page gets the page's URL.
    assert_eq!(
        PowerAutomateError::SessionHasLoggedOff.to_string(),
        "SessionHasLoggedOff: To solve this issue, see SessionHasLoggedOff occurs during a \
         desktop flow run connected with the cloud (https://learn.microsoft.com/troubleshoot/\
         power-platform/power-automate/desktop-flows/session-has-logged-off-troubleshooting)."
    );
    let mut with_url = 0;
    for &error in PowerAutomateError::ALL {
        let line = error.to_string();
        let prefix = format!("{}: ", error.code());
        let one_sentence = error.mitigation().lines().count() == 1
            && !error.mitigation()[..error.mitigation().len() - 1].contains(". ");
        match error.links().first() {
            Some(link) if one_sentence && line.contains(link.url) => {
                with_url += 1;
                let without = line.replacen(&format!(" ({})", link.url), "", 1);
                assert_eq!(without, format!("{prefix}{}", error.mitigation()));
            }
            _ => {
                assert_one_line(&line, &prefix, error.mitigation());
            }
        }
        // `{:#}` prints everything: the whole text, then every link.
        let all = format!("{error:#}");
        assert!(all.starts_with(&format!("{prefix}{}", error.mitigation())));
        for link in error.links() {
            assert!(all.contains(&format!("\n{} <{}>", link.text, link.url)));
        }
    }
    // The ten codes whose whole text is "see [page](url)".
    assert_eq!(with_url, 10);
}

// ---------------------------------------------------------------------------------------------
// Orchestrator metadata (values read from UiPath's table)
// ---------------------------------------------------------------------------------------------

#[test]
fn orchestrator_display() {
    assert_eq!(
        OrchestratorCode::PendingJobsAlreadyExist.to_string(),
        "1670 PendingJobsAlreadyExist: The robots already have pending jobs for this process."
    );
    assert_eq!(
        OrchestratorCode::LicenseLimitExceeded.to_string(),
        "1904 LicenseLimitExceeded (License)"
    );
    // "Cannot open libraries feed. Try again later.": the first sentence only.
    assert_eq!(
        orch(1011).to_string(),
        "1011 LibrariesFeedInUse: Cannot open libraries feed."
    );
    for &code in OrchestratorCode::ALL {
        let line = code.to_string();
        let prefix = format!("{} {}", code.code(), code.name());
        let all = format!("{code:#}");
        match code.message() {
            Some(m) => {
                assert_one_line(&line, &format!("{prefix}: "), m);
                assert!(all.starts_with(&format!("{prefix}: {m}")));
            }
            None => {
                assert_eq!(line, format!("{prefix} ({})", code.category()));
                assert!(all.starts_with(&line));
            }
        }
        if let Some(description) = code.description() {
            assert!(all.ends_with(&format!("\n\n{description}")));
        }
    }
}

fn orch(n: u16) -> OrchestratorCode {
    OrchestratorCode::from_u16(n).unwrap_or_else(|| panic!("{n} is in the catalog"))
}

#[test]
fn orchestrator_conflict_codes_are_http_409() {
    for n in 1300..=1302 {
        assert_eq!(orch(n).http_status(), Some(409), "HTTP status of {n}");
        assert_eq!(orch(n).category(), Category::Conflict, "category of {n}");
    }
    assert_eq!(
        orch(1670).http_status(),
        None,
        "1670 has no stated HTTP status"
    );
    for &code in OrchestratorCode::ALL {
        assert_eq!(
            code.http_status().is_some(),
            code.info().http_status_source.is_some(),
            "{}: an HTTP status comes with its source",
            code.code()
        );
    }
}

#[test]
fn orchestrator_message_facts() {
    assert_eq!(
        orch(1676).message(),
        Some("Tenant [NameOfTenant] is disabled!")
    );
    assert_eq!(orch(1676).name(), "TenantIsDisabled");
    assert_eq!(
        orch(1670).message(),
        Some("The robots already have pending jobs for this process.")
    );
    assert_eq!(
        orch(1670).description(),
        Some(
            "This message is displayed when you already have a pending job on the same process and Robot."
        )
    );
    assert_eq!(orch(1002), OrchestratorCode::ItemNotFound);
    assert_eq!(orch(1904).message(), None, "1904 has no message");
}

#[test]
fn orchestrator_category_facts() {
    for (n, category) in [
        (1000, Category::Generic),
        (1050, Category::Audit),
        (1100, Category::OrganizationUnits),
        (1200, Category::Robots),
        (1400, Category::Authorization),
        (1500, Category::Assets),
        (1600, Category::Schedules),
        (1670, Category::Jobs),
        (1700, Category::ThirdParty),
        (1750, Category::Logs),
        (1800, Category::Configuration),
        (1850, Category::Queues),
        (1904, Category::License),
    ] {
        assert_eq!(orch(n).category(), category, "category of {n}");
    }
    // Every code's category is that of its range (Category's documentation).
    for &code in OrchestratorCode::ALL {
        let n = code.code();
        let range = match n {
            1000..=1049 => Category::Generic,
            1050..=1099 => Category::Audit,
            1100..=1199 => Category::OrganizationUnits,
            1200..=1299 => Category::Robots,
            1300..=1399 => Category::Conflict,
            1400..=1499 => Category::Authorization,
            1500..=1599 => Category::Assets,
            1600..=1649 => Category::Schedules,
            1650..=1699 => Category::Jobs,
            1700..=1749 => Category::ThirdParty,
            1750..=1799 => Category::Logs,
            1800..=1849 => Category::Configuration,
            1850..=1899 => Category::Queues,
            1900..=1999 => Category::License,
            _ => panic!("{n} is outside every documented range"),
        };
        assert_eq!(code.category(), range, "category of {n} is its range's");
        assert_eq!(code.category().to_string(), code.category().as_str());
    }
}

#[test]
fn orchestrator_name_evidence_facts() {
    assert_eq!(orch(1001).name_evidence(), NameEvidence::Stated, "1001");
    assert_eq!(orch(1670).name_evidence(), NameEvidence::EnumOrder, "1670");
    assert_eq!(orch(1904).name_evidence(), NameEvidence::Inferred, "1904");
    for &code in OrchestratorCode::ALL {
        let grade = code.info().name_grade;
        let expected = match grade {
            'S' | 'J' => NameEvidence::Stated,
            'B' => NameEvidence::EnumOrder,
            'M' | 'C' => NameEvidence::Inferred,
            other => panic!("{}: unknown grade {other:?}", code.code()),
        };
        assert_eq!(
            code.name_evidence(),
            expected,
            "evidence of {}",
            code.code()
        );
    }
}

#[test]
fn orchestrator_1230_and_1208_aliases() {
    let code = OrchestratorCode::from_u16(1230).expect("1230 is in the catalog");
    assert_eq!(code.name(), "UserDoesNotHaveRobot", "name of 1230");
    assert_eq!(code, OrchestratorCode::UserDoesNotHaveRobot);

    let code = orch(1208);
    assert_eq!(code.name(), "MachineLicenseCannotChange", "name of 1208");
    assert_eq!(
        code.info().aliases,
        [
            "InvalidNonProductionMachineSlots",
            "InvalidUnattendedMachineSlots"
        ],
        "aliases of 1208"
    );
    assert_eq!(
        OrchestratorCode::from_name("InvalidUnattendedMachineSlots"),
        Some(OrchestratorCode::MachineLicenseCannotChange)
    );
    assert_eq!(
        "InvalidNonProductionMachineSlots".parse(),
        Ok(OrchestratorCode::MachineLicenseCannotChange)
    );
}

// ---------------------------------------------------------------------------------------------
// Traits
// ---------------------------------------------------------------------------------------------

fn describe(error: &dyn core::error::Error) -> (String, bool) {
    (error.to_string(), error.source().is_none())
}

fn copy_twice<T: Send + Sync + 'static + Copy + PartialEq + core::fmt::Debug>(value: T) -> (T, T) {
    let a = value;
    let b = value;
    (a, b)
}

#[test]
fn error_types_implement_core_error() {
    let pa = PowerAutomateError::UIFlowAlreadyRunning;
    assert_eq!(describe(&pa), (pa.to_string(), true));
    let or = OrchestratorCode::PendingJobsAlreadyExist;
    assert_eq!(describe(&or), (or.to_string(), true));
    let unknown = UnknownCode::new(Catalog::Orchestrator, "1005");
    assert_eq!(
        describe(&unknown),
        (
            r#"unknown UiPath Orchestrator code "1005""#.to_owned(),
            true
        )
    );
    let boxed: Box<dyn std::error::Error + Send + Sync + 'static> = Box::new(unknown);
    assert_eq!(boxed.to_string(), unknown.to_string());
}

#[test]
fn error_types_are_send_sync_static_copy() {
    let (a, b) = copy_twice(PowerAutomateError::DnsError);
    assert_eq!(a, b);
    let (a, b) = copy_twice(OrchestratorCode::ItemNotFound);
    assert_eq!(a, b);
    let (a, b) = copy_twice("x".parse::<PowerAutomateError>().unwrap_err());
    assert_eq!(a, b);
    let (a, b) = copy_twice(Catalog::PowerAutomate);
    assert_eq!(a, b);
    // Errors can cross threads.
    let err = "nope".parse::<OrchestratorCode>().unwrap_err();
    let text = std::thread::spawn(move || err.to_string()).join().unwrap();
    assert_eq!(text, r#"unknown UiPath Orchestrator code "nope""#);
}

// ---------------------------------------------------------------------------------------------
// RunMode / RunModes
// ---------------------------------------------------------------------------------------------

#[test]
fn run_mode_picklist() {
    assert_eq!(RunMode::from_picklist(0), Some(RunMode::Local));
    assert_eq!(RunMode::from_picklist(1), Some(RunMode::Attended));
    assert_eq!(RunMode::from_picklist(2), Some(RunMode::Unattended));
    for value in 3..=255u8 {
        assert_eq!(
            RunMode::from_picklist(value),
            None,
            "picklist value {value}"
        );
    }
    for mode in RunMode::ALL {
        assert_eq!(
            RunMode::from_picklist(mode.picklist()),
            Some(mode),
            "{mode} round-trips through its picklist value"
        );
        assert_eq!(mode.to_string(), mode.as_str());
    }
}

#[test]
fn run_modes_display_and_iteration() {
    assert_eq!(RunModes::ALL.to_string(), "All");
    assert_eq!(
        PowerAutomateError::LocalPlaybackOrRecordingOngoing
            .run_modes()
            .to_string(),
        "All"
    );
    assert_eq!(
        RunModes::of(&[RunMode::Unattended, RunMode::Attended]).to_string(),
        "Attended, Unattended"
    );
    assert_eq!(
        PowerAutomateError::UIFlowAlreadyRunning
            .run_modes()
            .to_string(),
        "Attended, Unattended"
    );
    assert_eq!(RunModes::of(&[RunMode::Local]).to_string(), "Local");
    assert_eq!(RunModes::EMPTY.to_string(), "");
    assert!(RunModes::EMPTY.is_empty());
    assert_eq!(RunModes::EMPTY.len(), 0);
    assert_eq!(RunModes::ALL.len(), 3);

    let modes = RunModes::of(&[RunMode::Local, RunMode::Unattended, RunMode::Attended]);
    assert!(modes.is_all());
    assert_eq!(
        modes.iter().collect::<Vec<_>>(),
        [RunMode::Attended, RunMode::Unattended, RunMode::Local],
        "iteration order is Attended, Unattended, Local"
    );
    let modes = RunModes::of(&[RunMode::Local, RunMode::Attended]);
    assert_eq!(
        modes.iter().collect::<Vec<_>>(),
        [RunMode::Attended, RunMode::Local]
    );
    assert_eq!(modes.to_string(), "Attended, Local");
    let collected: RunModes = [RunMode::Unattended, RunMode::Unattended]
        .into_iter()
        .collect();
    assert_eq!(collected, RunModes::of(&[RunMode::Unattended]));
    assert_eq!(collected.len(), 1);
}

mod windows_logon_catalog {
    use rpa_error_codes::windows_logon::{LogonStatus, NameBasis};
    use rpa_error_codes::{Catalog, UnknownCode};

    #[test]
    fn every_status_round_trips_through_every_lookup() {
        for &status in LogonStatus::ALL {
            assert_eq!(LogonStatus::from_i32(status.code()), Some(status));
            assert_eq!(LogonStatus::try_from(status.code()), Ok(status));
            assert_eq!(i32::from(status), status.code());
            assert_eq!(
                LogonStatus::from_code(&status.code().to_string()),
                Some(status)
            );
            assert_eq!(
                LogonStatus::from_code(&format!("0x{:08X}", status.hex())),
                Some(status)
            );
            assert_eq!(
                LogonStatus::from_code(&format!("0x{:08x}", status.hex())),
                Some(status)
            );
            assert_eq!(LogonStatus::from_name(status.name()), Some(status));
            assert_eq!(
                LogonStatus::from_name_ignore_ascii_case(&status.name().to_ascii_lowercase()),
                Some(status)
            );
            assert_eq!(status.name().parse::<LogonStatus>(), Ok(status));
            assert_eq!(status.code().to_string().parse::<LogonStatus>(), Ok(status));
            super::assert_one_line(
                &status.to_string(),
                &format!("{} {}: ", status.code(), status.name()),
                status.message(),
            );
            let all = format!("{status:#}");
            assert!(all.starts_with(&format!(
                "{} {}: {}",
                status.code(),
                status.name(),
                status.message()
            )));
            assert!(all.contains(status.resolution()));
            for link in status.resolution_links() {
                assert!(all.contains(link.url));
            }
            // The name comes from an NTSTATUS constant exactly where one is stated.
            assert_eq!(
                status.ntstatus().is_some(),
                status.name_basis() == NameBasis::NtStatus
            );
        }
    }

    #[test]
    fn misses() {
        assert_eq!(LogonStatus::from_i32(0), None);
        assert_eq!(LogonStatus::from_code("3221225819"), None); // the bits of 0xC000015B, unsigned
        assert_eq!(LogonStatus::from_code("-01073741477"), None);
        assert_eq!(LogonStatus::from_code("+1073741477"), None);
        assert_eq!(LogonStatus::from_code("0x"), None);
        assert_eq!(LogonStatus::from_name("logonfailure"), None);
        let err = "-1".parse::<LogonStatus>().unwrap_err();
        assert_eq!(err, UnknownCode::new(Catalog::WindowsLogon, "-1"));
        assert_eq!(err.to_string(), r#"unknown Windows logon status code "-1""#);
        assert_eq!(
            LogonStatus::try_from(-5).unwrap_err().to_string(),
            r#"unknown Windows logon status code "-5""#
        );
    }

    #[test]
    fn kb_example() {
        let status = LogonStatus::from_code("-1073741477").unwrap();
        assert_eq!(status, LogonStatus::LogonTypeNotGranted);
        assert_eq!(status.ntstatus(), Some("STATUS_LOGON_TYPE_NOT_GRANTED"));
        assert_eq!(
            status.resolution_links()[0].url,
            "https://learn.microsoft.com/troubleshoot/power-platform/power-automate/desktop-flows/logon-type-has-not-been-granted"
        );
    }

    #[test]
    fn retry_reasons_rest_on_their_rows() {
        for &status in LogonStatus::ALL {
            assert_eq!(status.info().retry_class, status.retry_class());
            assert_eq!(status.info().retry_reason, status.retry_reason());
            let texts: Vec<&str> = [
                Some(status.message()),
                status.cause(),
                Some(status.resolution()),
            ]
            .into_iter()
            .flatten()
            .collect();
            super::check_retry(
                status.name(),
                status.retry_class(),
                status.retry_reason(),
                &texts,
                None,
            )
            .unwrap();
            // The KB asks a person to act for every status.
            assert_eq!(status.retry_class(), super::RetryClass::NeedsPerson);
            assert!(!status.is_retryable());
        }
    }
}

#[cfg(feature = "dataverse")]
mod dataverse_catalog {
    use rpa_error_codes::dataverse::DataverseError;

    #[test]
    fn misses_and_spellings() {
        assert_eq!(DataverseError::from_hresult(0), None);
        assert_eq!(DataverseError::from_code("80040220"), None);
        assert_eq!(DataverseError::from_code("0x"), None);
        assert_eq!(DataverseError::from_code("0x080040220"), None);
        let e = DataverseError::from_code("0X80040220").unwrap();
        assert_eq!(DataverseError::from_code("0x80040220"), Some(e));
        assert_eq!(DataverseError::try_from(0x8004_0220), Ok(e));
        // The one seven-digit value of the table.
        let short = DataverseError::from_code("0x8006074").unwrap();
        assert_eq!(short.hresult(), 0x0800_6074);
        assert_eq!(short.decimal(), 134_242_420);
        assert_eq!(short.name(), "CaseStateChangeInvalid");
        // A name that starts in lower case keeps its spelling; the variant is capitalised.
        let lower = DataverseError::from_name("unManagedObjectTypeUnexpected").unwrap();
        assert_eq!(lower, DataverseError::UnManagedObjectTypeUnexpected);
        assert_eq!(
            DataverseError::AccessDenied.to_string(),
            "0x80048405 AccessDenied: Access is denied."
        );
    }

    #[test]
    fn display_is_one_line_and_alternate_is_the_whole_message() {
        // The vendor's text: "An active queue item already exists for the given object.
        // Cannot create more than one active queue item for this object."
        assert_eq!(
            DataverseError::ActiveQueueItemAlreadyExists.to_string(),
            "0x80040526 ActiveQueueItemAlreadyExists: An active queue item already exists for \
             the given object."
        );
        for &error in DataverseError::ALL {
            let prefix = format!("0x{:08x} {}", error.hresult(), error.name());
            let all = format!("{error:#}");
            match error.message().filter(|m| !m.trim().is_empty()) {
                Some(message) => {
                    super::assert_one_line(&error.to_string(), &format!("{prefix}: "), message);
                    assert_eq!(all, format!("{prefix}: {}", message.trim()));
                }
                None => assert!(all.starts_with(&prefix)),
            }
        }
    }

    #[test]
    fn retry_reasons_rest_on_their_rows() {
        use super::RetryClass;
        for &error in DataverseError::ALL {
            assert_eq!(error.info().retry_class, error.retry_class());
            assert_eq!(error.info().retry_reason, error.retry_reason());
            assert_eq!(error.is_retryable(), error.retry_class().is_retryable());
            super::check_retry(
                error.name(),
                error.retry_class(),
                error.retry_reason(),
                &[error.message().unwrap_or_default()],
                None,
            )
            .unwrap();
        }
        assert_eq!(
            super::class_counts(DataverseError::ALL.iter().map(|e| e.retry_class())),
            [47, 42, 14, 3956]
        );
        assert_eq!(
            DataverseError::Throttling.retry_class(),
            RetryClass::Throttled
        );
        assert_eq!(
            DataverseError::AccessDenied.retry_class(),
            RetryClass::Unknown
        );
        assert_eq!(rpa_error_codes::dataverse::SOURCE_DATE, None);
    }
}

#[test]
fn alternate_display_of_a_retired_code_says_since_when_and_what_replaced_it() {
    // data/power_automate.csv: AadLogonFailure, retired_in 2025-02-11, replaced_by
    // MSEntraLogonFailure.
    let long = format!("{:#}", PowerAutomateError::AadLogonFailure);
    assert!(
        long.contains("\n\nRetired in the table of: 2025-02-11"),
        "{long}"
    );
    assert!(
        long.contains("\n\nReplaced by: MSEntraLogonFailure"),
        "{long}"
    );
    // The one-line form stays one line.
    assert!(
        !PowerAutomateError::AadLogonFailure
            .to_string()
            .contains('\n')
    );
    // A current code says neither.
    let current = format!("{:#}", PowerAutomateError::UIFlowAlreadyRunning);
    assert!(
        !current.contains("Retired") && !current.contains("Replaced by"),
        "{current}"
    );
    // Every retired code says so, and names each code that replaced it.
    for code in PowerAutomateError::ALL {
        let long = format!("{code:#}");
        assert_eq!(
            code.retired_in().is_some(),
            long.contains("Retired in the table of: "),
            "{long}"
        );
        for replacement in code.replaced_by() {
            assert!(long.contains(replacement.as_str()), "{long}");
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn maybe_known_is_known_agrees_with_known() {
    use rpa_error_codes::MaybeKnown;

    // `"1670"`, a string where Orchestrator writes a number: a known code in another spelling.
    let code: MaybeKnown<OrchestratorCode> = serde_json::from_str(r#""1670""#).unwrap();
    assert_eq!(
        code.known(),
        Some(OrchestratorCode::PendingJobsAlreadyExist)
    );
    assert!(code.is_known());
    assert!(code.is_other_spelling());
    // As Orchestrator writes it: known, and not another spelling.
    let code: MaybeKnown<OrchestratorCode> = serde_json::from_str("1670").unwrap();
    assert!(code.is_known() && !code.is_other_spelling());
    // Unknown: neither.
    let code: MaybeKnown<OrchestratorCode> = serde_json::from_str(r#""16700""#).unwrap();
    assert!(!code.is_known() && !code.is_other_spelling());
    assert_eq!(code.known(), None);
}

/// The README is a landing page: short, and the features a first program needs are stated
/// before its first example that needs them.
#[test]
fn readme_is_a_landing_page() {
    let readme = include_str!("../README.md");
    let lines = readme.lines().count();
    assert!(lines <= 300, "README.md has {lines} lines");
    let features = readme
        .find("| `serde` |")
        .expect("the feature table names serde");
    let first_body = readme.find("body::").expect("the README shows the bodies");
    assert!(
        features < first_body,
        "the feature table comes after the first body example"
    );
    for name in [
        "PowerAutomateError",
        "CloudFlowError",
        "OrchestratorCode",
        "LogonStatus",
        "DataverseError",
        "AnyCode",
        "MaybeKnown",
        "scan",
        "explain",
    ] {
        assert!(readme.contains(name), "the README does not name {name}");
    }
    assert!(!readme.contains("two RPA platforms") && !readme.contains("both enums"));
}
