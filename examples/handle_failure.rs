//! Decide what to do about a failed RPA call from its error body: retry, alert a person, or
//! escalate.
//!
//! ```text
//! cargo run --example handle_failure --features serde -- body.json
//! cargo run --example handle_failure --features serde < body.json
//! ```
//!
//! The body is a Power Automate error body (`{"error": {"code", "message"}}`), a Dataverse
//! `flowsession` row, or a UiPath error body; `body::Body` tells them apart, and `typed_code()`
//! types a Power Automate code in its catalog. The rules:
//!
//! - **Retry** a Power Automate code the catalog marks transient (a flow already running, a
//!   throttled action, no machine free yet, ...) and Orchestrator's `PendingJobsAlreadyExist`.
//! - **Alert** a person about any other catalog code, with what the vendor says to do; for a
//!   Windows logon status, KB 5021155's resolution.
//! - **Escalate** what the catalogs cannot explain, quoting the code as received: a code in no
//!   catalog (a newer code; a Dataverse HRESULT unless the `dataverse` feature is on),
//!   Orchestrator's `errorCode` 0 ("no specific code"), a body without a code, and the bodies of
//!   other UiPath services, whose numbers are not Orchestrator codes.
//!
//! The decision is printed for people. The exit status is 0 once a decision is made, and 2
//! when the input cannot be read or is not an error body.

use std::fmt;
use std::process::ExitCode;

use rpa_error_codes::OrchestratorCode;
use rpa_error_codes::body::{Body, BodyCode};
use rpa_error_codes::orchestrator::{BodyShape, ErrorResponse};
use rpa_error_codes::power_automate::{FlowSession, FlowSessionStatus};
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
    let text = match text {
        Ok(text) => text,
        Err(e) => {
            eprintln!("handle_failure: cannot read the body: {e}");
            return ExitCode::from(2);
        }
    };
    // The library tells whose body it is (`Body`'s docs give the rules).
    let body = match Body::from_json(&text) {
        Ok(body) => body,
        Err(error) => {
            // A lone message says neither the service nor the code: escalate it as it is.
            if let Some(message) = error.lone_message() {
                println!(
                    "{}",
                    Decision::Escalate(format!(
                        "an error body without a code, which does not say which service sent \
                         it: {message}"
                    ))
                );
                return ExitCode::SUCCESS;
            }
            eprintln!("handle_failure: {error}");
            return ExitCode::from(2);
        }
    };
    let decision = match &body {
        Body::PowerAutomate(body) => power_automate(body.typed_code(), body.message()),
        Body::FlowSession(row) => flow_session(row),
        Body::UiPath(response) => uipath(response),
        // A kind of body a later release may add.
        _ => Decision::Escalate("a body of a kind this example does not know".to_string()),
    };
    println!("{decision}");
    ExitCode::SUCCESS
}

/// The decision for the code of a Power Automate body or flowsession row, typed in its
/// catalog by the library.
fn power_automate(code: BodyCode<'_>, message: Option<&str>) -> Decision {
    let message = message.unwrap_or("no message");
    match code {
        BodyCode::PowerAutomate(code) if code.is_retryable() => Decision::Retry(format!(
            "{} is transient: {}",
            code.code(),
            code.retry_reason()
        )),
        BodyCode::PowerAutomate(code) => Decision::Alert {
            summary: format!(
                "desktop flow failed with {} (HTTP {}): {message}",
                code.code(),
                code.http_status()
            ),
            steps: code.mitigation().to_string(),
        },
        // The connection cannot sign in to the machine: KB 5021155 says what to fix.
        BodyCode::WindowsLogon(status) => Decision::Alert {
            summary: format!(
                "the connection cannot sign in to the machine: Windows logon status {} {} ({})",
                status.code(),
                status.name(),
                status.message()
            ),
            steps: status.resolution().to_string(),
        },
        BodyCode::Other(raw) => Decision::Escalate(format!(
            "desktop flow failed with code {raw:?}, which is in none of the catalogs: {message}"
        )),
        // A Dataverse error (with the `dataverse` feature) or a catalog added later.
        known => Decision::Escalate(format!(
            "the call failed with {}: {message}",
            known
                .known()
                .map_or_else(|| known.to_string(), |code| code.to_string())
        )),
    }
}

fn flow_session(row: &FlowSession) -> Decision {
    let run = row.flowsession_id().unwrap_or("(id not in the body)");
    if let Some(code) = row.typed_code() {
        return power_automate(code, row.error_message());
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
