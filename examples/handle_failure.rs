//! Decide what to do about a failed RPA call from its error body: retry, alert a person, or
//! escalate.
//!
//! ```text
//! cargo run --example handle_failure --features serde -- body.json
//! cargo run --example handle_failure --features serde < body.json
//! ```
//!
//! The body is a Power Automate error body (`{"error": {"code", "message"}}`), a Dataverse
//! `flowsession` row, or a UiPath error body (`orchestrator::ErrorResponse` reads all of
//! Orchestrator's shapes and tells other UiPath services apart). The rules:
//!
//! - **Retry** a Power Automate code the catalog marks transient (a flow already running, a
//!   throttled action, no machine free yet, ...) and Orchestrator's `PendingJobsAlreadyExist`.
//! - **Alert** a person about any other catalog code, with what the vendor says to do.
//! - **Escalate** what the catalog cannot explain, quoting the code as received: a code not in
//!   the catalog (a Windows status, a Dataverse HRESULT, a newer code), Orchestrator's
//!   `errorCode` 0 ("no specific code"), a body without a code, and the bodies of other UiPath
//!   services, whose numbers are not Orchestrator codes.
//!
//! The decision is printed for people. The exit status is 0 once a decision is made, and 2
//! when the input cannot be read or is not an error body.

use std::fmt;
use std::process::ExitCode;

use rpa_error_codes::orchestrator::{BodyShape, ErrorResponse};
use rpa_error_codes::power_automate::{ErrorBody, FlowSession, FlowSessionStatus};
use rpa_error_codes::{OrchestratorCode, PowerAutomateError};
use serde_json::Value;

/// What to do about a failure.
enum Decision {
    /// Nothing failed.
    Nothing(String),
    /// Try again later: why that can work.
    Retry(String),
    /// A person must act: what happened, and the vendor's steps.
    Alert { summary: String, steps: String },
    /// Hand it to whoever owns the automation, with everything the body says.
    Escalate(String),
}

impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Decision::Nothing(reason) => write!(f, "NOTHING TO DO: {reason}"),
            Decision::Retry(reason) => write!(f, "RETRY LATER: {reason}"),
            Decision::Alert { summary, steps } => {
                write!(f, "ALERT A PERSON: {summary}")?;
                if !steps.is_empty() {
                    write!(f, "\nWhat to do:")?;
                    for line in steps.lines() {
                        write!(f, "\n    {line}")?;
                    }
                }
                Ok(())
            }
            Decision::Escalate(reason) => write!(f, "ESCALATE: {reason}"),
        }
    }
}

/// The bodies this example handles.
enum Body {
    PowerAutomate(ErrorBody),
    FlowSession(FlowSession),
    UiPath(ErrorResponse),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = match args.as_slice() {
        [] => {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).map(|_| text)
        }
        [path] if path != "-h" && path != "--help" => std::fs::read_to_string(path),
        _ => {
            eprintln!(
                "usage: handle_failure [BODY.json]   (without a file, the body is read on stdin)"
            );
            return ExitCode::from(2);
        }
    };
    let body = match text.map_err(|e| e.to_string()).and_then(|text| read(&text)) {
        Ok(body) => body,
        Err(message) => {
            eprintln!("handle_failure: {message}");
            return ExitCode::from(2);
        }
    };
    let decision = match &body {
        Body::PowerAutomate(body) => {
            power_automate(body.code(), Some(body.raw_code()), body.message())
        }
        Body::FlowSession(row) => flow_session(row),
        Body::UiPath(response) => uipath(response),
    };
    println!("{decision}");
    ExitCode::SUCCESS
}

/// Reads the body and tells whose it is. UiPath's shapes come first: their keys never occur in
/// a Power Automate body.
fn read(text: &str) -> Result<Body, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(map) = value else {
        return Err("not a JSON object, as every error body is".to_string());
    };
    let response = ErrorResponse::from(map);
    if response.shape() != BodyShape::Unrecognized {
        return Ok(Body::UiPath(response));
    }
    let has = |key| response.get(key).is_some();
    if has("error") {
        return serde_json::from_value(Value::Object(response.into_map()))
            .map(Body::PowerAutomate)
            .map_err(|e| format!("not a Power Automate error body: {e}"));
    }
    let columns = ["statuscode", "errorcode", "flowsessionid", "flowsessionId"];
    if columns.into_iter().any(has) {
        return serde_json::from_value(Value::Object(response.into_map()))
            .map(Body::FlowSession)
            .map_err(|e| format!("not a flowsession row: {e}"));
    }
    if has("message") {
        // A message, and nothing that tells the service: escalate it as it is.
        return Ok(Body::UiPath(response));
    }
    Err("not an error body of Power Automate or UiPath".to_string())
}

/// The decision for a Power Automate code; `raw` is the code as received.
fn power_automate(
    code: Option<PowerAutomateError>,
    raw: Option<&str>,
    message: Option<&str>,
) -> Decision {
    let message = message.unwrap_or("no message");
    match code {
        Some(code) if code.is_transient() => Decision::Retry(format!(
            "{} is transient: {}",
            code.code(),
            code.retry_reason()
        )),
        Some(code) => Decision::Alert {
            summary: format!(
                "desktop flow failed with {} (HTTP {}): {message}",
                code.code(),
                code.http_status()
            ),
            steps: code.mitigation().to_string(),
        },
        None => Decision::Escalate(format!(
            "desktop flow failed with code {:?}, which is not in the Power Automate catalog: \
             {message}",
            raw.unwrap_or("")
        )),
    }
}

fn flow_session(row: &FlowSession) -> Decision {
    let run = row.flowsession_id().unwrap_or("(id not in the body)");
    if row.raw_error_code().is_some_and(|code| !code.is_empty()) {
        return power_automate(row.error_code(), row.raw_error_code(), row.error_message());
    }
    match row.status() {
        Some(FlowSessionStatus::Succeeded) => Decision::Nothing(format!("run {run} succeeded")),
        Some(
            status @ (FlowSessionStatus::Running
            | FlowSessionStatus::Waiting
            | FlowSessionStatus::Paused
            | FlowSessionStatus::NotSpecified),
        ) => Decision::Nothing(format!(
            "run {run} has not ended ({status}); look again later"
        )),
        Some(status) => Decision::Escalate(format!(
            "run {run} ended {status} without an errorcode in this body: \
             read its errorcode and errormessage columns"
        )),
        None => match row.raw_status() {
            Some(status) => Decision::Escalate(format!(
                "run {run}: statuscode {status} is not one this release knows"
            )),
            None => Decision::Nothing(format!(
                "no failure in this body (no statuscode, no errorcode): read run {run}'s row \
                 to learn how it ended"
            )),
        },
    }
}

fn uipath(response: &ErrorResponse) -> Decision {
    let message = response.message().unwrap_or("no message");
    let trace = response
        .trace_id()
        .map(|id| format!(" (trace id {id})"))
        .unwrap_or_default();
    match response.shape() {
        BodyShape::Orchestrator => match (response.code(), response.raw_code()) {
            (Some(OrchestratorCode::PendingJobsAlreadyExist), _) => Decision::Retry(
                "the robots already have pending jobs for this process; \
                 start it again once they have run"
                    .to_string(),
            ),
            (Some(code), _) => Decision::Alert {
                summary: format!(
                    "Orchestrator refused the call with {} {}: {message}{trace}",
                    code.code(),
                    code.name()
                ),
                // The catalog's description says when the code occurs; not every code has one.
                steps: code.description().unwrap_or_default().to_string(),
            },
            (None, Some(0)) => Decision::Escalate(format!(
                "Orchestrator gave no specific code (errorCode 0): {message}{trace}"
            )),
            (None, _) => Decision::Escalate(format!(
                "Orchestrator errorCode {} is not in the catalog: {message}{trace}",
                response
                    .error_code_value()
                    .map_or_else(|| "absent".to_string(), Value::to_string)
            )),
        },
        BodyShape::AbpEnvelope => Decision::Escalate(format!(
            "Orchestrator refused the call without an error code: {message}{}",
            response
                .details()
                .map(|details| format!(" ({details})"))
                .unwrap_or_default()
        )),
        BodyShape::MultiStatus => {
            let failed: Vec<String> = response
                .get("value")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter(|item| item.get("Status").and_then(Value::as_str) != Some("OK"))
                .map(|item| {
                    let text = |key| item.get(key).and_then(Value::as_str).unwrap_or("?");
                    format!("{} ({})", text("Key"), text("Status"))
                })
                .collect();
            if failed.is_empty() {
                Decision::Nothing("every item of the bulk operation is OK".to_string())
            } else {
                Decision::Escalate(format!("bulk items failed: {}", failed.join(", ")))
            }
        }
        BodyShape::Identity => Decision::Escalate(format!(
            "this is not an Orchestrator error but an error of UiPath's Identity/Organization \
             service{}: {message}",
            response
                .raw_code()
                .map(|code| format!(
                    " (its ErrorCode {code} is that service's own number, not an \
                     Orchestrator code)"
                ))
                .unwrap_or_default()
        )),
        BodyShape::ProblemDetails => Decision::Escalate(format!(
            "a validation error without an error code, from a UiPath service other than \
             Orchestrator as far as known: {}{trace}",
            response
                .get("title")
                .and_then(Value::as_str)
                .unwrap_or("no title")
        )),
        // Unrecognized, and shapes a later release may add.
        _ => Decision::Escalate(format!(
            "an error body without a code, which does not say which service sent it: \
             {message}{trace}"
        )),
    }
}
