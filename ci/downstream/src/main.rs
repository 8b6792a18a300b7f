//! Uses the packaged `rpa-error-codes` from outside, through its public API only: matches on
//! both `#[non_exhaustive]` enums, prints them, reads one error body of each vendor, checks a
//! few facts, and lists every code with its metadata, one line each.

use rpa_error_codes::orchestrator::{Category, ErrorResponse, NameEvidence};
use rpa_error_codes::power_automate::{ErrorBody, RunMode};
use rpa_error_codes::{OrchestratorCode, PowerAutomateError};

/// What to do about a Power Automate code. The wildcard arm is required: the enum is
/// `#[non_exhaustive]`.
fn power_automate_action(error: PowerAutomateError) -> &'static str {
    match error {
        PowerAutomateError::UIFlowAlreadyRunning => "wait for the running flow",
        PowerAutomateError::DnsError => "register the machine again",
        _ if error.is_retryable() => "retry later",
        _ => "alert a person",
    }
}

/// What to do about an Orchestrator code, again with the required wildcard arm.
fn orchestrator_action(code: OrchestratorCode) -> &'static str {
    match code {
        OrchestratorCode::PendingJobsAlreadyExist => "wait for the pending jobs",
        OrchestratorCode::ItemNotFound => "check the id",
        _ => match code.category() {
            Category::License => "check the licenses",
            _ => "alert a person",
        },
    }
}

fn main() {
    // Display of each enum.
    let pa = PowerAutomateError::UIFlowAlreadyRunning;
    println!("{pa}");
    println!("  -> {}", power_automate_action(pa));
    let orch = OrchestratorCode::PendingJobsAlreadyExist;
    println!("{orch}");
    println!("  -> {}", orchestrator_action(orch));

    // One error body of each vendor, from JSON.
    let body: ErrorBody = serde_json::from_str(
        r#"{"error": {"code": "WindowsIdentityIncorrect",
                      "message": "The credentials provided with the request are invalid.",
                      "innerError": {"id": 7}}}"#,
    )
    .expect("a Power Automate error body");
    println!(
        "Power Automate body: code {:?}, raw code {:?}, message {:?}",
        body.code(),
        body.raw_code(),
        body.message()
    );
    assert_eq!(
        body.code(),
        Some(PowerAutomateError::WindowsIdentityIncorrect)
    );
    assert_eq!(body.raw_code(), "WindowsIdentityIncorrect");

    let response: ErrorResponse = serde_json::from_str(
        r#"{"message": "The robots already have pending jobs for this process.",
            "errorCode": 1670,
            "traceId": "00-a1748eae82a7add9cd2870735bcd51ef-9a46a107cf90b991-00"}"#,
    )
    .expect("an Orchestrator error body");
    println!(
        "Orchestrator body: code {:?}, raw code {:?}, message {:?}",
        response.code(),
        response.raw_code(),
        response.message()
    );
    assert_eq!(
        response.code(),
        Some(OrchestratorCode::PendingJobsAlreadyExist)
    );
    assert_eq!(response.raw_code(), Some(1670));
    assert!(response.is_orchestrator());

    // A few facts of the catalogs.
    assert!(
        PowerAutomateError::ALL.len() >= 55,
        "{}",
        PowerAutomateError::ALL.len()
    );
    assert!(
        OrchestratorCode::ALL.len() >= 120,
        "{}",
        OrchestratorCode::ALL.len()
    );
    assert_eq!(
        OrchestratorCode::from_u16(1670),
        Some(OrchestratorCode::PendingJobsAlreadyExist)
    );
    assert_eq!(u16::from(OrchestratorCode::PendingJobsAlreadyExist), 1670);
    assert_eq!(
        "1670".parse(),
        Ok(OrchestratorCode::PendingJobsAlreadyExist)
    );
    assert_eq!(
        PowerAutomateError::from_code("DnsError"),
        Some(PowerAutomateError::DnsError)
    );
    assert!("NoSuchCode".parse::<PowerAutomateError>().is_err());
    assert!(pa.is_retryable() && pa.run_modes().contains(RunMode::Unattended));
    assert_eq!(
        serde_json::to_string(&OrchestratorCode::PendingJobsAlreadyExist).unwrap(),
        "1670"
    );

    // Every code, with its metadata.
    println!("\nPower Automate: {} codes", PowerAutomateError::ALL.len());
    for &error in PowerAutomateError::ALL {
        let info = error.info();
        let replaced: Vec<&str> = error.replaced_by().iter().map(|c| c.code()).collect();
        println!(
            "{} | HTTP {} | {} | platform {} | transient {} | first seen {} | {} | links {} | {}",
            error.code(),
            error.http_status(),
            error.run_modes(),
            error
                .platform()
                .map_or_else(|| "any".to_owned(), |p| p.to_string()),
            error.is_retryable(),
            info.first_seen,
            match info.retired_in {
                Some(date) if replaced.is_empty() => format!("retired {date}"),
                Some(date) => format!("retired {date}, replaced by {}", replaced.join(", ")),
                None => "current".to_owned(),
            },
            error.links().len(),
            power_automate_action(error),
        );
    }
    println!("\nOrchestrator: {} codes", OrchestratorCode::ALL.len());
    for &code in OrchestratorCode::ALL {
        let evidence = match code.name_evidence() {
            NameEvidence::Stated => "stated",
            NameEvidence::EnumOrder => "enum order",
            NameEvidence::Inferred => "inferred",
        };
        println!(
            "{} | {} ({evidence}, grade {}) | {} | HTTP {} | {} | {}",
            code.code(),
            code.name(),
            code.info().name_grade,
            code.category(),
            code.http_status()
                .map_or_else(|| "-".to_owned(), |s| s.to_string()),
            code.message().unwrap_or("(no message)"),
            orchestrator_action(code),
        );
    }
}
