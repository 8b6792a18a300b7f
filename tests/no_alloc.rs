//! Every lookup, `info()` and `Display` allocate nothing: a counting global allocator proves it.

use std::fmt::{self, Write as _};
use std::hint::black_box;

use rpa_error_codes::{OrchestratorCode, PowerAutomateError, UnknownCode};

mod common;
use common::allocations;

#[global_allocator]
static ALLOCATOR: common::Counting = common::Counting;

/// A fixed-size buffer to format into.
struct Buffer {
    bytes: [u8; 4096],
    len: usize,
}

impl Buffer {
    fn new() -> Self {
        Self {
            bytes: [0; 4096],
            len: 0,
        }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap()
    }
}

impl fmt::Write for Buffer {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[test]
fn the_allocator_counts() {
    // The test would prove nothing if the counter missed allocations.
    assert_eq!(allocations(|| drop(black_box(vec![1u8; 16]))), 1);
    assert_eq!(allocations(|| drop(black_box(String::from("x")))), 1);
}

#[test]
fn power_automate_lookups_allocate_nothing() {
    let codes: Vec<&str> = PowerAutomateError::ALL.iter().map(|e| e.code()).collect();
    let upper: Vec<String> = codes.iter().map(|c| c.to_ascii_uppercase()).collect();
    let long = "X".repeat(10_000);
    let misses = [
        "",
        "DnsErro",
        "-1073741477",
        "0x80040220",
        "UIFlowAlreadyRunnin\u{e9}",
        long.as_str(),
    ];
    let n = allocations(|| {
        for (code, upper) in codes.iter().zip(&upper) {
            let e = black_box(PowerAutomateError::from_code(black_box(code))).unwrap();
            black_box(PowerAutomateError::from_code_ignore_ascii_case(black_box(
                upper,
            )));
            black_box(black_box(code).parse::<PowerAutomateError>().unwrap());
            black_box(power_automate_metadata(e));
        }
        for miss in misses {
            assert!(black_box(PowerAutomateError::from_code(black_box(miss))).is_none());
            assert!(
                black_box(PowerAutomateError::from_code_ignore_ascii_case(black_box(
                    miss
                )))
                .is_none()
            );
            black_box(black_box(miss).parse::<PowerAutomateError>().unwrap_err());
        }
    });
    assert_eq!(n, 0, "Power Automate lookups allocated {n} times");
}

fn power_automate_metadata(e: PowerAutomateError) -> usize {
    e.info().code.len()
        + usize::from(e.http_status())
        + e.run_modes().len()
        + usize::from(e.platform().is_some())
        + e.mitigation().len()
        + e.links().len()
        + e.replaced_by().len()
        + usize::from(e.is_retryable())
        + usize::from(e.is_retired())
}

#[test]
fn orchestrator_lookups_allocate_nothing() {
    let n = allocations(|| {
        for code in OrchestratorCode::ALL {
            let number = code.code();
            assert_eq!(
                black_box(OrchestratorCode::from_u16(black_box(number))),
                Some(*code)
            );
            assert_eq!(
                black_box(OrchestratorCode::try_from(black_box(number))),
                Ok(*code)
            );
            assert_eq!(
                black_box(OrchestratorCode::from_name(black_box(code.name()))),
                Some(*code)
            );
            assert_eq!(
                black_box(OrchestratorCode::from_name_ignore_ascii_case(black_box(
                    code.name()
                ))),
                Some(*code)
            );
            assert_eq!(
                black_box(code.name()).parse::<OrchestratorCode>(),
                Ok(*code)
            );
            black_box((
                code.message(),
                code.description(),
                code.category(),
                code.http_status(),
            ));
            black_box((code.name_evidence(), code.info().source, u16::from(*code)));
        }
        for miss in [0u16, 999, 1005, 1921, u16::MAX] {
            assert_eq!(black_box(OrchestratorCode::from_u16(black_box(miss))), None);
            black_box(OrchestratorCode::try_from(black_box(miss)).unwrap_err());
        }
        for miss in ["", "1005", "01670", "+1670", "NoSuchName", "itemnotfound!"] {
            assert_eq!(
                black_box(OrchestratorCode::from_name(black_box(miss))),
                None
            );
            black_box(black_box(miss).parse::<OrchestratorCode>().unwrap_err());
        }
    });
    assert_eq!(n, 0, "Orchestrator lookups allocated {n} times");
}

#[test]
fn display_into_a_fixed_buffer_allocates_nothing() {
    let mut longest = 0;
    let n = allocations(|| {
        for e in PowerAutomateError::ALL {
            let mut buffer = Buffer::new();
            write!(buffer, "{e}").unwrap();
            longest = longest.max(buffer.len);
            black_box(buffer.as_str());
        }
        for code in OrchestratorCode::ALL {
            let mut buffer = Buffer::new();
            write!(
                buffer,
                "{code} {} {}",
                code.category(),
                code.name_evidence()
            )
            .unwrap();
            black_box(buffer.as_str());
        }
        let err: UnknownCode = "NoSuchCode".parse::<PowerAutomateError>().unwrap_err();
        let mut buffer = Buffer::new();
        write!(buffer, "{err}").unwrap();
        assert_eq!(
            buffer.as_str(),
            "unknown Power Automate error code \"NoSuchCode\""
        );
    });
    assert_eq!(n, 0, "Display allocated {n} times");
    assert!(longest > 100, "the Display texts were written");
}

/// The texts of a code, written before counting: hexadecimal in both cases, signed decimal.
fn code_texts(bits: u32) -> [String; 3] {
    [
        format!("{bits:#010x}"),
        format!("{bits:#010X}").replacen("0X", "0x", 1),
        (bits as i32).to_string(),
    ]
}

#[test]
fn windows_logon_lookups_allocate_nothing() {
    use rpa_error_codes::windows_logon::LogonStatus;
    let texts: Vec<(LogonStatus, [String; 3])> = LogonStatus::ALL
        .iter()
        .map(|s| (*s, code_texts(s.code() as u32)))
        .collect();
    let n = allocations(|| {
        for (status, texts) in &texts {
            for text in texts {
                assert_eq!(
                    black_box(LogonStatus::from_code(black_box(text))),
                    Some(*status)
                );
            }
            assert_eq!(
                black_box(LogonStatus::from_i32(black_box(status.code()))),
                Some(*status)
            );
            assert_eq!(
                black_box(LogonStatus::from_name(black_box(status.name()))),
                Some(*status)
            );
            assert_eq!(
                black_box(LogonStatus::from_name_ignore_ascii_case(black_box(
                    status.name()
                ))),
                Some(*status)
            );
            black_box((status.message(), status.info()));
        }
        for miss in [
            "",
            "0",
            "-0",
            "0x",
            "3221225581",
            "0xC000015",
            "-1073741478",
            "Nope",
        ] {
            assert_eq!(black_box(LogonStatus::from_code(black_box(miss))), None);
            assert_eq!(black_box(LogonStatus::from_name(black_box(miss))), None);
        }
        assert_eq!(black_box(LogonStatus::from_i32(black_box(0))), None);
    });
    assert_eq!(n, 0, "logon status lookups allocated {n} times");
}

#[cfg(feature = "dataverse")]
#[test]
fn dataverse_lookups_allocate_nothing() {
    use rpa_error_codes::dataverse::DataverseError;
    let texts: Vec<(DataverseError, [String; 3])> = DataverseError::ALL
        .iter()
        .map(|e| (*e, code_texts(e.hresult())))
        .collect();
    let n = allocations(|| {
        for (error, texts) in &texts {
            for text in texts {
                assert_eq!(
                    black_box(DataverseError::from_code(black_box(text))),
                    Some(*error)
                );
            }
            assert_eq!(
                black_box(DataverseError::from_hresult(black_box(error.hresult()))),
                Some(*error)
            );
            assert_eq!(
                black_box(DataverseError::from_name(black_box(error.name()))),
                Some(*error)
            );
            assert_eq!(
                black_box(DataverseError::from_name_ignore_ascii_case(black_box(
                    error.name()
                ))),
                Some(*error)
            );
            black_box((error.message(), error.info()));
        }
        for miss in ["", "0", "0x0", "0x800402200", "-2147220961x", "NoSuchError"] {
            assert_eq!(black_box(DataverseError::from_code(black_box(miss))), None);
            assert_eq!(black_box(DataverseError::from_name(black_box(miss))), None);
        }
        assert_eq!(black_box(DataverseError::from_hresult(black_box(0))), None);
    });
    assert_eq!(n, 0, "Dataverse lookups allocated {n} times");
}

/// `MaybeKnown` allocates only for an unknown value: reading a known code of any catalog, and
/// its accessors, allocate nothing.
#[cfg(feature = "serde")]
#[test]
fn maybe_known_allocates_only_for_unknown_values() {
    use rpa_error_codes::MaybeKnown;
    use rpa_error_codes::windows_logon::LogonStatus;

    /// Reads a known code from JSON and says whether it was `Known`.
    type ReadKnown = fn(&str) -> bool;
    let known: [(&str, ReadKnown); 3] = [
        (r#""UIFlowAlreadyRunning""#, |json| {
            let code: MaybeKnown<PowerAutomateError> = serde_json::from_str(json).unwrap();
            black_box(code.known()).is_some() && code.is_known()
        }),
        ("1670", |json| {
            let code: MaybeKnown<OrchestratorCode> = serde_json::from_str(json).unwrap();
            black_box(code.known()).is_some() && code.is_known()
        }),
        ("-1073741477", |json| {
            let code: MaybeKnown<LogonStatus> = serde_json::from_str(json).unwrap();
            black_box(code.known()).is_some() && code.is_known()
        }),
    ];
    for (json, read_known) in known {
        let mut is_known = false;
        assert_eq!(
            allocations(|| is_known = read_known(black_box(json))),
            0,
            "{json}"
        );
        assert!(is_known, "{json}");
    }
    // An unknown value is stored: a string allocates, and the test would see it.
    let unknown = || {
        let code: MaybeKnown<PowerAutomateError> = serde_json::from_str(r#""NewCode""#).unwrap();
        black_box(code);
    };
    assert!(allocations(unknown) > 0);
}
