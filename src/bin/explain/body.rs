//! Error bodies on standard input: one or more JSON bodies (one a line, as in a log, or one
//! after another), each explained in order with the line it starts on. What the body itself
//! says (its message, trace id, inner errors) is shown beside what the catalog says.

use std::io::{BufRead as _, Read as _};

use rpa_error_codes::body::{Body, BodyCode};
use rpa_error_codes::orchestrator::BodyShape;
use rpa_error_codes::{AnyCode, Catalog, CloudFlowError};
use serde_json::{Value, json};

use crate::code::{code_json, explain};
use crate::input::{closest, cut, shorten};
use crate::render::Out;
use crate::text;
use crate::{Status, say};

mod shapes;

/// How deep inner errors are looked for in a body.
const INNER_DEPTH: usize = 8;

/// Reads standard input: JSON bodies are explained as bodies; any other text is scanned for
/// codes as it is read ([`crate::text`]).
pub fn explain_stdin(out: &mut Out) -> Status {
    let stdin = std::io::stdin();
    let mut reader = stdin.lock();
    // The first byte that is not white space tells a body from text; the lines skipped to it
    // are counted, so that every line number is the input's.
    let mut skipped_lines = 0;
    let first = loop {
        let buffer = match reader.fill_buf() {
            Ok(buffer) => buffer,
            Err(e) => {
                say!("explain: cannot read standard input: {e}");
                return Status::Failed;
            }
        };
        if buffer.is_empty() {
            break None;
        }
        match buffer.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(at) => {
                skipped_lines += buffer[..at].iter().filter(|&&b| b == b'\n').count();
                let first = buffer[at];
                reader.consume(at);
                break Some(first);
            }
            None => {
                let len = buffer.len();
                skipped_lines += buffer.iter().filter(|&&b| b == b'\n').count();
                reader.consume(len);
            }
        }
    };
    if first.is_some_and(|b| b != b'{' && b != b'[') {
        let mut seen = text::Seen::default();
        if let Err(e) = text::scan_reader(out, "standard input", reader, skipped_lines, &mut seen) {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                say!("explain: cannot read standard input: {e}");
                return Status::Failed;
            }
        }
        if seen.status() == Status::Unknown {
            say!("explain: no code found in standard input");
        }
        return seen.status();
    }
    let mut bytes = "\n".repeat(skipped_lines).into_bytes();
    if let Err(e) = reader.read_to_end(&mut bytes) {
        say!("explain: cannot read standard input: {e}");
        return Status::Failed;
    }
    let Ok(text) = std::str::from_utf8(&bytes) else {
        say!("explain: standard input is not UTF-8 text, as JSON is");
        return Status::Failed;
    };
    let mut status = Status::Found;
    let mut bodies = 0;
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    loop {
        let start = stream.byte_offset();
        let start = start + (text.len() - start - text[start..].trim_start().len());
        match stream.next() {
            None => break,
            Some(Ok(value)) => {
                bodies += 1;
                let line = 1 + text[..start].matches('\n').count();
                status = status.max(explain_value(out, value, line));
            }
            Some(Err(error)) if bodies == 0 => return not_json(out, text, Some(&error)),
            Some(Err(error)) => {
                say!(
                    "explain: standard input, line {}: not JSON after the bodies before it ({error})",
                    error.line()
                );
                return Status::Failed;
            }
        }
    }
    if bodies == 0 {
        return not_json(out, text, None);
    }
    status
}

/// Standard input that starts as JSON but is not a JSON body (typographic quotes, a body cut
/// off by a log's line limit): said, then read as text.
fn not_json(out: &mut Out, text: &str, error: Option<&serde_json::Error>) -> Status {
    if text.trim().is_empty() {
        say!("explain: standard input is empty: no error body to explain");
        return Status::Failed;
    }
    match error {
        Some(error) => {
            say!("explain: standard input is not valid JSON ({error}); reading it as text")
        }
        None => say!("explain: standard input is not valid JSON; reading it as text"),
    }
    let mut seen = text::Seen::default();
    text::scan_text(out, "standard input", text, &mut seen);
    if seen.status() == Status::Unknown {
        say!("explain: no code found in standard input");
    }
    seen.status()
}

/// Explains one JSON value read on standard input, starting on `line`.
fn explain_value(out: &mut Out, value: Value, line: usize) -> Status {
    match Body::from_value(value) {
        Ok(body) => explain_body(out, &body, line),
        Err(error) => {
            // A lone message is an error body that does not say whose it is: it is shown.
            if let Some(message) = error.lone_message() {
                if out.json {
                    out.json_line(&json!({
                        "input": null,
                        "catalog": null,
                        "body": {
                            "kind": "unattributed",
                            "line": line,
                            "code": null,
                            "message": message,
                            "trace_id": null,
                            "inner": [],
                        },
                    }));
                } else {
                    out.heading(&format!(
                        "Standard input, line {line}: an error body with a message and no code"
                    ));
                    out.field("Message", message);
                    out.note(
                        "Nothing in it tells which service sent it, and it carries no code to \
                         explain.",
                    );
                }
                return Status::Found;
            }
            let request = error
                .object()
                .is_some_and(|object| object.contains_key("runMode"));
            if request {
                say!(
                    "explain: standard input, line {line}, is a Power Automate RunDesktopFlow \
                     request (it has runMode), not an error body"
                );
            } else {
                say!("explain: standard input, line {line}, is {error}");
            }
            Status::Failed
        }
    }
}

/// An error inside a body's error: its code as received, its message, and the catalog code.
pub struct Inner {
    pub code: String,
    pub message: Option<String>,
    pub known: Option<AnyCode>,
}

/// Types a code as a body carries it: as [`BodyCode::parse`] does, or a cloud-flow code (a
/// failed cloud-flow action reports its error in the same `{"error": {...}}` shape).
fn typed(code: &str) -> Option<AnyCode> {
    BodyCode::parse(code)
        .known()
        .or_else(|| CloudFlowError::from_code(code).map(AnyCode::from))
}

/// The catalog code a body carries.
fn body_code(body: &Body) -> Option<AnyCode> {
    match body {
        Body::PowerAutomate(error) => typed(error.raw_code()),
        other => other.code(),
    }
}

/// The errors inside a Power Automate body's `error` (`innerError`, `details`, an output
/// body inside a string), depth first.
fn inner_errors(body: &Body) -> Vec<Inner> {
    let mut found = Vec::new();
    if let Body::PowerAutomate(error) = body {
        if let Some(Value::Object(map)) = error.as_map().get("error") {
            for (key, value) in map {
                if key != "code" && key != "message" {
                    collect(value, &mut found, 0);
                }
            }
        }
    }
    found
}

fn collect(value: &Value, found: &mut Vec<Inner>, depth: usize) {
    if depth > INNER_DEPTH {
        return;
    }
    match value {
        Value::Object(map) => {
            let code = match map.get("code") {
                Some(Value::String(code)) if !code.trim().is_empty() => Some(code.trim().into()),
                Some(Value::Number(number)) => Some(number.to_string()),
                _ => None,
            };
            if let Some(code) = code {
                let known = typed(&code);
                found.push(Inner {
                    code,
                    message: map
                        .get("message")
                        .and_then(Value::as_str)
                        .map(str::to_owned),
                    known,
                });
            }
            for (key, value) in map {
                if key != "code" && key != "message" {
                    collect(value, found, depth + 1);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect(v, found, depth + 1)),
        // An action's output body, kept as a string of JSON.
        Value::String(text) if text.trim_start().starts_with('{') => {
            if let Ok(inner) = serde_json::from_str::<Value>(text) {
                collect(&inner, found, depth + 1);
            }
        }
        _ => {}
    }
}

/// Whether a body's code is one no catalog knows (Orchestrator's 0 means "no specific code").
fn has_unknown_code(body: &Body) -> bool {
    match body {
        Body::PowerAutomate(_) => body_code(body).is_none(),
        Body::FlowSession(row) => row.typed_code().is_some_and(|code| !code.is_known()),
        Body::UiPath(response) => {
            response.shape() == BodyShape::Orchestrator
                && response.code().is_none()
                && response.raw_code() != Some(0)
                && response
                    .error_code_value()
                    .is_some_and(|value| !value.is_null())
        }
        _ => false,
    }
}

/// The body's kind in the JSON output.
fn body_id(body: &Body) -> &'static str {
    match body {
        Body::PowerAutomate(_) => "power_automate",
        Body::FlowSession(_) => "flowsession",
        Body::UiPath(response) => match response.shape() {
            BodyShape::Orchestrator => "orchestrator",
            BodyShape::AbpEnvelope => "orchestrator_abp_envelope",
            BodyShape::MultiStatus => "orchestrator_multi_status",
            BodyShape::Identity => "uipath_identity",
            BodyShape::ProblemDetails => "problem_details",
            _ => "uipath",
        },
        _ => "other",
    }
}

/// The code a body carries, as received, when it has one.
fn raw_body_code(body: &Body) -> Option<String> {
    match body {
        Body::PowerAutomate(body) => Some(body.raw_code().to_string()),
        Body::FlowSession(row) => row
            .raw_error_code()
            .filter(|code| !code.is_empty())
            .map(str::to_string),
        Body::UiPath(response) if response.shape() == BodyShape::Orchestrator => {
            response.error_code_value().map(|value| match value {
                Value::String(text) => text.clone(),
                other => other.to_string(),
            })
        }
        _ => None,
    }
}

/// The body's own message.
fn body_message(body: &Body) -> Option<&str> {
    match body {
        Body::PowerAutomate(body) => body.message(),
        Body::FlowSession(row) => row.error_message(),
        Body::UiPath(response) => response.message(),
        _ => None,
    }
}

/// What the body said, for the JSON output's `body`.
fn body_json(body: &Body, line: usize, inner: &[Inner]) -> Value {
    let trace_id = match body {
        Body::UiPath(response) => response.trace_id(),
        _ => None,
    };
    let inner: Vec<Value> = inner
        .iter()
        .map(|i| {
            json!({
                "code": i.code,
                "message": i.message,
                "catalog": i.known.map(|c| c.catalog().id()),
                "name": i.known.map(AnyCode::name),
            })
        })
        .collect();
    json!({
        "kind": body_id(body),
        "line": line,
        "code": raw_body_code(body),
        "message": body_message(body),
        "trace_id": trace_id,
        "inner": inner,
    })
}

fn explain_body(out: &mut Out, body: &Body, line: usize) -> Status {
    let unknown = has_unknown_code(body);
    let raw = raw_body_code(body);
    if unknown {
        let raw = raw.as_deref().unwrap_or_default();
        let suggestions = closest(raw);
        let mut message = format!(
            "explain: standard input, line {line}: the body's code {} is in no catalog",
            shorten(raw)
        );
        if !suggestions.is_empty() {
            message.push_str(&format!("; did you mean {}?", suggestions.join(", ")));
        }
        say!("{message}");
    }
    let inner = inner_errors(body);
    let code = body_code(body);
    if out.json {
        let record = body_json(body, line, &inner);
        let object = match code {
            Some(code) => code_json(code, raw.as_deref(), Some(record)),
            None => json!({
                "input": raw.as_deref().map(cut),
                "catalog": null,
                "body": record,
            }),
        };
        out.json_line(&object);
    } else {
        shapes::explain(out, body, line, code, &inner);
    }
    if unknown {
        Status::Unknown
    } else {
        Status::Found
    }
}

/// Says what a wrapper code (`ActionFailed`) or an inner desktop-flow code means for the
/// body, then explains the body's code and each inner code a catalog knows.
fn explain_codes(out: &mut Out, code: Option<AnyCode>, inner: &[Inner]) {
    let wrapper = code == Some(AnyCode::CloudFlow(CloudFlowError::ActionFailed));
    let desktop: Vec<&Inner> = inner
        .iter()
        .filter(|i| {
            i.known
                .is_some_and(|c| c.catalog() == Catalog::PowerAutomate)
        })
        .collect();
    let outer = code.map_or("The body", |c| c.as_str());
    match (wrapper, desktop.first()) {
        (_, Some(first)) => out.note(&format!(
            "{outer} is the wrapper a desktop-flow failure arrives in: the desktop flow \
             failed with {}, explained below.",
            first.code
        )),
        (true, None) => out.note(&format!(
            "{outer} is the wrapper a desktop-flow failure arrives in: the desktop flow's own \
             code is in the failed action's outputs, {{\"error\": {{\"code\": ...}}}}; give \
             that body to explain it."
        )),
        (false, None) => {}
    }
    if let Some(code) = code {
        explain(out, code);
    }
    for item in inner {
        if let Some(known) = item.known.filter(|&k| Some(k) != code) {
            explain(out, known);
        }
    }
}
