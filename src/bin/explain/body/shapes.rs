//! The text of each kind of body: what the body itself says, then its codes explained.

use rpa_error_codes::AnyCode;
use rpa_error_codes::OrchestratorCode;
use rpa_error_codes::body::Body;
use rpa_error_codes::orchestrator::{BodyShape, ErrorResponse};
use rpa_error_codes::power_automate::{FlowSession, FlowSessionStatus};
use serde_json::Value;

use super::{Inner, explain_codes};
use crate::input::shorten;
use crate::render::Out;

/// Explains a body in text; `code` is the catalog code it carries, `inner` its inner errors.
pub fn explain(out: &mut Out, body: &Body, line: usize, code: Option<AnyCode>, inner: &[Inner]) {
    let at = format!("Standard input, line {line}");
    match body {
        Body::PowerAutomate(error) => {
            out.heading(&format!("{at}: a Power Automate error body"));
            out.note(
                "A failed cloud-flow action (such as \"Run a flow built with Power Automate \
                 for desktop\") or the Dataverse Web API sent it.",
            );
            out.field("Code", error.raw_code());
            if let Some(message) = error.message() {
                out.field("Message", message);
            }
            for item in inner {
                let text = match &item.message {
                    Some(message) => format!("{}: {message}", item.code),
                    None => item.code.clone(),
                };
                out.field("Inner error", &text);
            }
            if code.is_none() {
                unknown(out, error.raw_code());
            }
            explain_codes(out, code, inner);
        }
        Body::FlowSession(row) => {
            out.heading(&format!(
                "{at}: a Power Automate desktop flow run (a Dataverse flowsession row)"
            ));
            flow_session(out, row);
            explain_codes(out, code, inner);
        }
        Body::UiPath(response) => {
            uipath(out, &at, response);
            explain_codes(out, code, inner);
        }
        _ => out.heading(&format!(
            "{at}: a body of a kind this release does not know"
        )),
    }
}

/// Says that a body's code is in no catalog.
fn unknown(out: &mut Out, raw: &str) {
    let what = if raw.is_empty() {
        "empty"
    } else {
        "a code this release does not know (newer, or from another service)"
    };
    out.note(&format!(
        "{} is in none of the catalogs: it is {what}.",
        shorten(raw)
    ));
}

/// A JSON value for people: a string without its quotes, anything else as JSON.
fn plain(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
        None => "-".to_string(),
    }
}

/// A string column of a flowsession row: absent and null told apart.
fn column(row: &FlowSession, key: &str) -> String {
    match row.get(key) {
        None => "not in this body".to_string(),
        Some(Value::Null) => "none".to_string(),
        value => plain(value),
    }
}

fn flow_session(out: &mut Out, row: &FlowSession) {
    if let Some(id) = row.flowsession_id() {
        out.field("Run ID", id);
    }
    match (row.status(), row.raw_status()) {
        (Some(status), _) => out.field("Status", &format!("{} {status}", status.picklist())),
        (None, Some(raw)) => out.field(
            "Status",
            &format!("{raw} (not a statuscode this release knows)"),
        ),
        (None, None) => {}
    }
    match (row.run_mode(), row.raw_run_mode()) {
        (Some(mode), _) => out.field("Run mode", &format!("{} {mode}", mode.picklist())),
        (None, Some(raw)) => out.field(
            "Run mode",
            &format!("{raw} (not a runmode this release knows)"),
        ),
        (None, None) => {}
    }
    for (label, key) in [("Started", "startedon"), ("Completed", "completedon")] {
        if row.get(key).is_some() {
            out.field(label, &column(row, key));
        }
    }
    if row.get("errorcode").is_some() {
        out.field("Error code", &column(row, "errorcode"));
    }
    if let Some(message) = row.error_message() {
        out.field("Error message", message);
    }
    match row.typed_code() {
        Some(code) if !code.is_known() => unknown(out, &code.to_string()),
        Some(_) => {}
        None if row.raw_status().is_none() => out.note(
            "This body has no statuscode (the RunDesktopFlow response has only the id): \
             GET flowsessions(<id>)?$select=statuscode,errorcode,errormessage tells how the \
             run ended.",
        ),
        None => {
            let failed = matches!(
                row.status(),
                Some(
                    FlowSessionStatus::Failed
                        | FlowSessionStatus::Faulted
                        | FlowSessionStatus::TimedOut
                        | FlowSessionStatus::Aborted
                        | FlowSessionStatus::Terminated
                )
            );
            if failed && row.get("errorcode").is_none() {
                out.note(
                    "The run did not succeed, and this body has no errorcode column: ask \
                     Dataverse for it ($select=errorcode,errormessage).",
                );
            }
        }
    }
}

fn uipath(out: &mut Out, at: &str, response: &ErrorResponse) {
    match response.shape() {
        BodyShape::Orchestrator => orchestrator(out, at, response),
        BodyShape::AbpEnvelope => {
            out.heading(&format!(
                "{at}: a UiPath Orchestrator ABP envelope (an MVC or account endpoint)"
            ));
            let abp_code = response.get("error").and_then(|e| e.get("code"));
            out.field("error.code", &plain(abp_code));
            out.field("Message", response.message().unwrap_or("none"));
            if let Some(details) = response.details() {
                out.field("Details", details);
            }
            out.note(
                "The envelope has no errorCode: its error.code is an HTTP-like number, not an \
                 Orchestrator code, so there is no code to explain.",
            );
        }
        BodyShape::MultiStatus => {
            out.heading(&format!(
                "{at}: a UiPath Orchestrator multi-status body (HTTP 207, a bulk operation)"
            ));
            let items = response.get("value").and_then(Value::as_array);
            for item in items.into_iter().flatten() {
                let text = |key: &str| item.get(key).and_then(Value::as_str).unwrap_or("-");
                out.field("Item", &format!("{}: {}", text("Key"), text("Status")));
            }
            out.note(
                "Each item has its own status, and its Body is a JSON document inside a \
                 string; the body itself carries no code.",
            );
        }
        BodyShape::Identity => {
            out.heading(&format!(
                "{at}: NOT an Orchestrator body: UiPath's Organization/Identity service \
                 (StatusCode and StatusDescription)"
            ));
            out.field(
                "Status",
                &format!(
                    "{} {}",
                    plain(response.get("StatusCode")),
                    plain(response.get("StatusDescription"))
                ),
            );
            out.field("Message", response.message().unwrap_or("none"));
            if let Some(number) = response.raw_code() {
                out.field("ErrorCode", &number.to_string());
                let same = u16::try_from(number)
                    .ok()
                    .and_then(OrchestratorCode::from_u16)
                    .map(|c| format!(" (Orchestrator's {number} is {}, unrelated)", c.name()))
                    .unwrap_or_default();
                out.note(&format!(
                    "The ErrorCode {number} is that service's own number, not an Orchestrator \
                     code{same}; the message says what it means."
                ));
            }
        }
        BodyShape::ProblemDetails => {
            out.heading(&format!(
                "{at}: NOT an Orchestrator body: an ASP.NET ProblemDetails body (UiPath's \
                 Identity API sends these for validation errors)"
            ));
            out.field("Status", &plain(response.get("status")));
            out.field("Title", &plain(response.get("title")));
            if let Some(errors) = response.get("errors").and_then(Value::as_object) {
                for (member, messages) in errors {
                    for message in messages.as_array().into_iter().flatten() {
                        out.field(member, message.as_str().unwrap_or("-"));
                    }
                }
            }
            if let Some(trace_id) = response.trace_id() {
                out.field("Trace ID", trace_id);
            }
            out.note("It carries no error code to explain.");
        }
        // A shape added later gets the generic words.
        _ => {
            out.heading(&format!(
                "{at}: a UiPath body of a shape this release does not know"
            ));
            out.field("Message", response.message().unwrap_or("none"));
        }
    }
}

fn orchestrator(out: &mut Out, at: &str, response: &ErrorResponse) {
    out.heading(&format!("{at}: a UiPath Orchestrator error body"));
    let raw = response.error_code_value();
    out.field("errorCode", &raw.map_or("-".to_string(), Value::to_string));
    out.field("Message", response.message().unwrap_or("none"));
    if let Some(trace_id) = response.trace_id() {
        out.field("Trace ID", trace_id);
    }
    if let Some(details) = response.details() {
        out.field("Details", details);
    }
    match (response.code(), response.raw_code()) {
        (Some(_), _) => {}
        (None, Some(0)) => out.note(
            "errorCode 0 means no specific code: Orchestrator sends it with generic errors \
             (\"An error has occurred.\", authorization failures). The message is all there is.",
        ),
        (None, Some(number)) => out.note(&format!(
            "errorCode {number} is not in the Orchestrator catalog (a code newer than this \
             release, or not an Orchestrator code)."
        )),
        (None, None) => match raw {
            Some(Value::String(name)) => out.note(&format!(
                "errorCode {} is neither a number nor a name of the Orchestrator catalog.",
                shorten(name)
            )),
            Some(Value::Null) => out.note("errorCode is null: the body has no code."),
            Some(other) => out.note(&format!(
                "errorCode {} is not a code: no code to explain.",
                shorten(&other.to_string())
            )),
            None => out.note("The body has no errorCode."),
        },
    }
}
