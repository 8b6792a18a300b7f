//! Property tests: every lookup agrees with a plain reference scan on arbitrary input (hits
//! made likely by mutating real codes), never panics, and every code round-trips.

use proptest::prelude::*;
use proptest::sample::select;

#[cfg(feature = "dataverse")]
use rpa_error_codes::dataverse::DataverseError;
use rpa_error_codes::windows_logon::LogonStatus;
use rpa_error_codes::{OrchestratorCode, PowerAutomateError};

/// The number of cases of a block: `PROPTEST_CASES` when set, else `default`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

// ---- references: the slowest obviously-correct answer ----------------------------------------

fn pa_exact(s: &str) -> Option<PowerAutomateError> {
    PowerAutomateError::ALL
        .iter()
        .copied()
        .find(|e| e.code() == s)
}

fn pa_ignore_case(s: &str) -> Option<PowerAutomateError> {
    PowerAutomateError::ALL
        .iter()
        .copied()
        .find(|e| e.code().eq_ignore_ascii_case(s))
}

fn names(code: OrchestratorCode) -> impl Iterator<Item = &'static str> {
    std::iter::once(code.name()).chain(code.info().aliases.iter().copied())
}

fn orch_name(s: &str) -> Option<OrchestratorCode> {
    OrchestratorCode::ALL
        .iter()
        .copied()
        .find(|c| names(*c).any(|n| n == s))
}

fn orch_name_ignore_case(s: &str) -> Option<OrchestratorCode> {
    OrchestratorCode::ALL
        .iter()
        .copied()
        .find(|c| names(*c).any(|n| n.eq_ignore_ascii_case(s)))
}

fn orch_number(n: u16) -> Option<OrchestratorCode> {
    OrchestratorCode::ALL
        .iter()
        .copied()
        .find(|c| c.code() == n)
}

fn orch_from_str(s: &str) -> Option<OrchestratorCode> {
    let canonical_number =
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'));
    if canonical_number {
        s.parse().ok().and_then(orch_number)
    } else {
        orch_name(s)
    }
}

/// The 32-bit code a text spells, as `from_code` of the number-coded catalogs documents it:
/// `0x` or `0X` and one to eight hexadecimal digits in any case, or a signed decimal without
/// `+`, leading zeros or `-0`. Written with the standard library's parsers.
fn code_number(s: &str) -> Option<u32> {
    if let Some(digits) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        let hex = (1..=8).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_hexdigit());
        return if hex {
            u32::from_str_radix(digits, 16).ok()
        } else {
            None
        };
    }
    let digits = s.strip_prefix('-').unwrap_or(s);
    let canonical = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
        && s != "-0";
    if canonical {
        s.parse::<i32>().ok().map(|n| n as u32)
    } else {
        None
    }
}

fn logon_code(s: &str) -> Option<LogonStatus> {
    let n = code_number(s)?;
    LogonStatus::ALL
        .iter()
        .copied()
        .find(|status| status.hex() == n)
}

#[cfg(feature = "dataverse")]
fn dataverse_code(s: &str) -> Option<DataverseError> {
    let n = code_number(s)?;
    DataverseError::ALL
        .iter()
        .copied()
        .find(|e| e.hresult() == n)
}

// ---- inputs ------------------------------------------------------------------------------

fn all_keys() -> Vec<String> {
    let mut keys: Vec<String> = PowerAutomateError::ALL
        .iter()
        .map(|e| e.code().to_owned())
        .collect();
    for code in OrchestratorCode::ALL {
        keys.extend(names(*code).map(str::to_owned));
        keys.push(code.code().to_string());
    }
    keys
}

/// A real key, then changed: letter case flipped at random, and sometimes a character
/// inserted, removed or replaced (often non-ASCII), so that hits, near misses and
/// case-only differences all occur.
fn near_key() -> impl Strategy<Value = String> {
    near(all_keys())
}

/// The names of the Windows logon statuses and (with `dataverse`) the Dataverse errors.
fn new_catalog_names() -> Vec<String> {
    let logon = LogonStatus::ALL.iter().map(|s| s.name().to_owned());
    #[cfg(feature = "dataverse")]
    let logon = logon.chain(DataverseError::ALL.iter().map(|e| e.name().to_owned()));
    logon.collect()
}

/// One of `keys` changed as [`near_key`] changes them.
fn near(keys: Vec<String>) -> impl Strategy<Value = String> {
    (
        select(keys),
        any::<u64>(),
        prop::option::of((any::<usize>(), any::<char>(), 0..3u8)),
    )
        .prop_map(|(key, case_bits, edit)| {
            let mut chars: Vec<char> = key
                .chars()
                .enumerate()
                .map(|(i, c)| {
                    if case_bits >> (i % 64) & 1 == 1 {
                        c.to_ascii_uppercase()
                    } else {
                        c.to_ascii_lowercase()
                    }
                })
                .collect();
            if let Some((at, c, kind)) = edit {
                let at = at % (chars.len() + 1);
                match kind {
                    0 => chars.insert(at, c),
                    1 if at < chars.len() => {
                        chars.remove(at);
                    }
                    _ if at < chars.len() => chars[at] = c,
                    _ => chars.push(c),
                }
            }
            chars.into_iter().collect()
        })
}

/// Arbitrary text: a real key, a near key, any Unicode, short or very long.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => select(all_keys()),
        3 => near_key(),
        2 => any::<String>(),
        1 => "[A-Za-z0-9]{0,64}",
        1 => ".{1000,5000}",
    ]
}

/// Every text that spells the code `n`: its signed decimal, and `0x` or `0X` with its
/// hexadecimal digits zero-padded to every width from the fewest to eight, in lower and upper
/// case.
fn code_spellings(n: u32) -> Vec<String> {
    let mut spellings = vec![(n as i32).to_string()];
    for width in format!("{n:x}").len()..=8 {
        for prefix in ["0x", "0X"] {
            spellings.push(format!("{prefix}{n:0width$x}"));
            spellings.push(format!("{prefix}{n:0width$X}"));
        }
    }
    spellings
}

/// A code of the number-coded catalogs as text: a code's spelling, in random letter case and
/// sometimes edited as [`near_key`] edits (often into a near miss: a digit replaced, a `+`, a
/// leading zero or a ninth hexadecimal digit, a control character in place of a digit), the
/// spelling of any number, or arbitrary text.
fn code_text() -> impl Strategy<Value = String> {
    #[allow(unused_mut)]
    let mut codes: Vec<u32> = LogonStatus::ALL.iter().map(|s| s.hex()).collect();
    #[cfg(feature = "dataverse")]
    codes.extend(DataverseError::ALL.iter().map(|e| e.hresult()));
    let spelled = (select(codes), any::<u64>(), any::<u8>()).prop_map(|(n, case_bits, width)| {
        let spellings = code_spellings(n);
        let spelling = &spellings[usize::from(width) % spellings.len()];
        spelling
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if case_bits >> (i % 64) & 1 == 1 {
                    c.to_ascii_uppercase()
                } else {
                    c
                }
            })
            .collect::<String>()
    });
    let edit = prop_oneof![
        (0..12usize, "[-+0-9a-fA-FxX \\x00-\\x1f\\x7f]").prop_map(|(at, c)| (at, c, 0u8)),
        (0..12usize, Just(String::new())).prop_map(|(at, c)| (at, c, 1u8)),
        (0..12usize, "[0-9a-fA-F+-]").prop_map(|(at, c)| (at, c, 2u8)),
    ];
    let near = (spelled.clone(), edit).prop_map(|(spelling, (at, c, kind))| {
        let mut chars: Vec<char> = spelling.chars().collect();
        let at = at % (chars.len() + 1);
        let c = c.chars().next();
        match (kind, c) {
            (0, Some(c)) if at < chars.len() => chars[at] = c,
            (1, _) if at < chars.len() => {
                chars.remove(at);
            }
            (_, Some(c)) => chars.insert(at, c),
            _ => {}
        }
        chars.into_iter().collect::<String>()
    });
    prop_oneof![
        3 => spelled,
        4 => near,
        1 => any::<i32>().prop_map(|n| n.to_string()),
        1 => (any::<u32>(), 1..=9usize).prop_map(|(n, width)| format!("0x{n:0width$x}")),
        1 => "[-+0-9a-fA-FxX]{0,12}",
        1 => any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(2000), ..ProptestConfig::default() })]

    #[test]
    fn code_lookups_by_text_agree_with_a_parse_and_a_scan(s in code_text()) {
        prop_assert_eq!(LogonStatus::from_code(&s), logon_code(&s));
        #[cfg(feature = "dataverse")]
        prop_assert_eq!(DataverseError::from_code(&s), dataverse_code(&s));
    }

    #[test]
    fn power_automate_lookups_agree_with_a_scan(s in text()) {
        prop_assert_eq!(PowerAutomateError::from_code(&s), pa_exact(&s));
        prop_assert_eq!(PowerAutomateError::from_code_ignore_ascii_case(&s), pa_ignore_case(&s));
        match s.parse::<PowerAutomateError>() {
            Ok(e) => prop_assert_eq!(Some(e), pa_exact(&s)),
            Err(err) => {
                prop_assert_eq!(pa_exact(&s), None);
                prop_assert!(s.starts_with(err.input()));
                prop_assert_eq!(err.input_len(), s.len());
                prop_assert!(!err.to_string().is_empty());
            }
        }
    }

    #[test]
    fn name_lookups_of_the_new_catalogs_agree_with_a_scan(s in prop_oneof![
        select(new_catalog_names()),
        near(new_catalog_names()),
        text(),
    ]) {
        let find = |name: &str| LogonStatus::ALL.iter().copied().find(|e| e.name() == name);
        prop_assert_eq!(LogonStatus::from_name(&s), find(&s));
        let find = |name: &str| LogonStatus::ALL.iter().copied().find(|e| e.name().eq_ignore_ascii_case(name));
        prop_assert_eq!(LogonStatus::from_name_ignore_ascii_case(&s), find(&s));
        #[cfg(feature = "dataverse")]
        {
            let find = |name: &str| DataverseError::ALL.iter().copied().find(|e| e.name() == name);
            prop_assert_eq!(DataverseError::from_name(&s), find(&s));
            let find = |name: &str| {
                DataverseError::ALL.iter().copied().find(|e| e.name().eq_ignore_ascii_case(name))
            };
            prop_assert_eq!(DataverseError::from_name_ignore_ascii_case(&s), find(&s));
        }
    }

    #[test]
    fn orchestrator_lookups_agree_with_a_scan(s in text(), n in any::<u16>()) {
        prop_assert_eq!(OrchestratorCode::from_name(&s), orch_name(&s));
        prop_assert_eq!(OrchestratorCode::from_name_ignore_ascii_case(&s), orch_name_ignore_case(&s));
        prop_assert_eq!(s.parse::<OrchestratorCode>().ok(), orch_from_str(&s));
        prop_assert_eq!(OrchestratorCode::from_u16(n), orch_number(n));
        prop_assert_eq!(OrchestratorCode::try_from(n).ok(), orch_number(n));
    }

    #[test]
    fn every_power_automate_code_round_trips(e in select(PowerAutomateError::ALL), case_bits in any::<u64>()) {
        prop_assert_eq!(PowerAutomateError::from_code(e.code()), Some(e));
        prop_assert_eq!(e.code().parse::<PowerAutomateError>(), Ok(e));
        let recased: String = e
            .code()
            .chars()
            .enumerate()
            .map(|(i, c)| if case_bits >> (i % 64) & 1 == 1 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
            .collect();
        prop_assert_eq!(PowerAutomateError::from_code_ignore_ascii_case(&recased), Some(e));
        let prefix = format!("{}: ", e.code());
        prop_assert!(e.to_string().starts_with(&prefix));
    }

    #[test]
    fn every_orchestrator_code_round_trips(c in select(OrchestratorCode::ALL)) {
        prop_assert_eq!(OrchestratorCode::from_u16(c.code()), Some(c));
        prop_assert_eq!(OrchestratorCode::try_from(u16::from(c)), Ok(c));
        prop_assert_eq!(c.code().to_string().parse::<OrchestratorCode>(), Ok(c));
        for name in names(c) {
            prop_assert_eq!(OrchestratorCode::from_name(name), Some(c));
            prop_assert_eq!(name.parse::<OrchestratorCode>(), Ok(c));
            prop_assert_eq!(OrchestratorCode::from_name_ignore_ascii_case(&name.to_ascii_lowercase()), Some(c));
        }
        let prefix = format!("{} {}", c.code(), c.name());
        prop_assert!(c.to_string().starts_with(&prefix));
    }
}

#[test]
fn every_code_in_every_spelling_is_found() {
    for &status in LogonStatus::ALL {
        for spelling in code_spellings(status.hex()) {
            assert_eq!(
                LogonStatus::from_code(&spelling),
                Some(status),
                "{spelling}"
            );
        }
        // The bits as an unsigned decimal, or with a ninth digit, are no spelling.
        assert_eq!(LogonStatus::from_code(&status.hex().to_string()), None);
        assert_eq!(
            LogonStatus::from_code(&format!("0x0{:08x}", status.hex())),
            None
        );
    }
    #[cfg(feature = "dataverse")]
    for &error in DataverseError::ALL {
        for spelling in code_spellings(error.hresult()) {
            assert_eq!(
                DataverseError::from_code(&spelling),
                Some(error),
                "{spelling}"
            );
        }
        assert_eq!(
            DataverseError::from_code(&format!("0x0{:08x}", error.hresult())),
            None
        );
    }
}

#[cfg(feature = "serde")]
proptest! {
    #![proptest_config(ProptestConfig { cases: cases(500), ..ProptestConfig::default() })]

    #[test]
    fn every_code_round_trips_through_serde(e in select(PowerAutomateError::ALL), c in select(OrchestratorCode::ALL)) {
        let json = serde_json::to_string(&e).unwrap();
        prop_assert_eq!(&json, &format!("\"{}\"", e.code()));
        prop_assert_eq!(serde_json::from_str::<PowerAutomateError>(&json).unwrap(), e);

        let json = serde_json::to_string(&c).unwrap();
        prop_assert_eq!(&json, &c.code().to_string());
        prop_assert_eq!(serde_json::from_str::<OrchestratorCode>(&json).unwrap(), c);
        prop_assert_eq!(serde_json::from_str::<OrchestratorCode>(&format!("\"{}\"", c.code())).unwrap(), c);
        prop_assert_eq!(serde_json::from_str::<OrchestratorCode>(&format!("\"{}\"", c.name())).unwrap(), c);
    }

    #[test]
    fn serde_rejects_what_the_lookups_reject(s in text()) {
        let json = serde_json::to_string(&s).unwrap();
        prop_assert_eq!(serde_json::from_str::<PowerAutomateError>(&json).ok(), pa_exact(&s));
        prop_assert_eq!(serde_json::from_str::<OrchestratorCode>(&json).ok(), orch_from_str(&s));
    }
}

// ---- the bodies keep every number and string exactly ------------------------------------------

/// A JSON number token of any size and precision: integers of up to 40 digits, `-0`, fractions,
/// 17 significant digits at any exponent, exponents beyond `f64` (`1e400`).
#[cfg(feature = "serde")]
fn number_token() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        "-?(0|[1-9][0-9]{0,39})",
        "-?(0|[1-9][0-9]{0,5})\\.[0-9]{1,20}",
        "-?[1-9](\\.[0-9]{1,16})?[eE][-+]?[0-9]{1,3}",
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| format!("{f:.16e}")),
        Just("-0".to_owned()),
        Just("-0.0".to_owned()),
        Just("1e400".to_owned()),
    ]
}

/// A JSON string token with any escapes, lone surrogates included.
#[cfg(feature = "serde")]
fn string_token() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z0-9 ]{1,4}",
        Just("\\n".to_owned()),
        Just("\\\"".to_owned()),
        (0u32..=0xFFFF).prop_map(|u| format!("\\u{u:04x}")),
        (0xD800u32..=0xDFFF).prop_map(|u| format!("\\u{u:04X}")),
        Just("é😀".to_owned()),
    ];
    prop::collection::vec(piece, 0..6).prop_map(|pieces| format!("\"{}\"", pieces.concat()))
}

#[cfg(feature = "serde")]
proptest! {
    #![proptest_config(ProptestConfig { cases: cases(1000), ..ProptestConfig::default() })]

    #[test]
    fn bodies_write_every_number_back_digit_for_digit(number in number_token(), code in select(OrchestratorCode::ALL)) {
        use rpa_error_codes::orchestrator::ErrorResponse;
        use rpa_error_codes::power_automate::{ErrorBody, FlowSession};

        // In an unknown key: the code is kept, the number written back as received.
        let text = format!(r#"{{"errorCode":{},"x":[{number}]}}"#, code.code());
        let body: ErrorResponse = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(body.code(), Some(code));
        prop_assert_eq!(serde_json::to_string(&body).unwrap(), text);
        // The view holds the correctly rounded f64 of any number that is not an integer of
        // `i64`/`u64`, and null beyond `f64`.
        let view = &body.get("x").unwrap()[0];
        match number.parse::<f64>() {
            Ok(f) if f.is_finite() => prop_assert_eq!(view.as_f64().map(f64::to_bits), Some(if number == "-0" { 0 } else { f.to_bits() })),
            _ => prop_assert!(view.is_null()),
        }

        // As the code itself: read as documented, written back as received.
        let text = format!(r#"{{"errorCode":{number}}}"#);
        let body: ErrorResponse = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&serde_json::to_string(&body).unwrap(), &text);
        let integer = number.bytes().all(|b| b == b'-' || b.is_ascii_digit());
        let expected = if number == "-0" { Some(0) } else if integer { number.parse::<i64>().ok() } else { None };
        prop_assert_eq!(body.raw_code(), expected);

        let text = format!(r#"{{"error":{{"code":"DnsError","n":{number}}}}}"#);
        let body: ErrorBody = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(serde_json::to_string(&body).unwrap(), text);

        // In `statuscode`: unknown unless an integer, and the row keeps its code.
        let text = format!(r#"{{"errorcode":"DnsError","statuscode":{number}}}"#);
        let row: FlowSession = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(row.raw_error_code(), Some("DnsError"));
        prop_assert_eq!(row.raw_status(), expected);
    }

    #[test]
    fn bodies_write_every_string_back(string in string_token(), code in select(PowerAutomateError::ALL)) {
        use rpa_error_codes::power_automate::ErrorBody;

        let text = format!(r#"{{"error":{{"code":"{}","message":{string}}},"x":{{{string}:{string}}}}}"#, code.code());
        let body: ErrorBody = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(body.code(), Some(code));
        let written = serde_json::to_string(&body).unwrap();
        // Written as received, or (when serde_json reads every string) as the same values.
        if written != text {
            prop_assert_eq!(serde_json::from_str::<serde_json::Value>(&written).unwrap(), serde_json::from_str::<serde_json::Value>(&text).unwrap());
        }
        // The view is the string, with U+FFFD for a lone surrogate.
        let message = body.message().unwrap();
        match serde_json::from_str::<String>(&string) {
            Ok(exact) => prop_assert_eq!(message, exact),
            Err(_) => prop_assert!(message.contains(char::REPLACEMENT_CHARACTER)),
        }
    }

    #[test]
    fn maybe_known_writes_back_what_it_read(n in any::<i64>(), u in any::<u64>(), s in text()) {
        use rpa_error_codes::MaybeKnown;
        use rpa_error_codes::windows_logon::LogonStatus;

        for json in [n.to_string(), u.to_string(), serde_json::to_string(&s).unwrap()] {
            let orchestrator: MaybeKnown<OrchestratorCode> = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&serde_json::to_string(&orchestrator).unwrap(), &json);
            let power_automate: MaybeKnown<PowerAutomateError> = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&serde_json::to_string(&power_automate).unwrap(), &json);
            let logon: MaybeKnown<LogonStatus> = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&serde_json::to_string(&logon).unwrap(), &json);
        }
        let known: MaybeKnown<PowerAutomateError> = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
        prop_assert_eq!(known.known(), pa_exact(&s));
        let known: MaybeKnown<OrchestratorCode> = serde_json::from_str(&n.to_string()).unwrap();
        prop_assert_eq!(known.known(), u16::try_from(n).ok().and_then(orch_number));
    }
}
