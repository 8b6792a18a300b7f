//! [`Body`]: reading a JSON body and telling whose it is.

use core::fmt;

use alloc::string::String;

use serde::Deserialize as _;
use serde_json::{Map, Value};

use crate::AnyCode;
use crate::orchestrator::{BodyShape, ErrorResponse};
use crate::power_automate::{ErrorBody, FlowSession};

/// An error body of Power Automate, Dataverse or UiPath, told apart by its keys.
///
/// [`Body::from_json`] and [`Body::from_value`] read any JSON and classify it, in this order:
///
/// 1. A UiPath body: an object whose [`ErrorResponse::shape`] is not
///    [`Unrecognized`](BodyShape::Unrecognized) (keys `errorCode`/`ErrorCode`, `__abp`,
///    `StatusCode` with `StatusDescription`, ...). This comes first because those keys never
///    occur in Power Automate bodies, while an ABP envelope has an `error` object too. Bodies of
///    UiPath services other than Orchestrator are this variant as well:
///    [`ErrorResponse::shape`] says which, and [`ErrorResponse::code`] never takes their
///    numbers for Orchestrator codes.
/// 2. A Power Automate error body: an object with an `error` key, which must then read as an
///    [`ErrorBody`] (else [`BodyErrorKind::InvalidErrorBody`]).
/// 3. A Dataverse `flowsession` row: an object with one of
///    [`FLOWSESSION_KEYS`](super::FLOWSESSION_KEYS), which must then read as a [`FlowSession`]
///    (else [`BodyErrorKind::InvalidFlowSession`]).
/// 4. Anything else is an error: not JSON, JSON but not an object, or an object that is none of
///    the above ([`BodyErrorKind::Unrecognized`], such as `{}`, a lone `{"message": ...}` or a
///    `RunDesktopFlow` request; [`BodyError::object`] gives it back).
///
/// The enum is `#[non_exhaustive]`: a body of another kind is a new variant.
///
/// ```
/// use rpa_error_codes::body::{Body, BodyErrorKind};
/// use rpa_error_codes::orchestrator::BodyShape;
/// use rpa_error_codes::{AnyCode, OrchestratorCode};
///
/// let body = Body::from_json(r#"{"message": "The robots already have pending jobs for this process.",
///                               "errorCode": 1670, "traceId": "00-a1-b2-00"}"#).unwrap();
/// assert!(matches!(&body, Body::UiPath(response) if response.shape() == BodyShape::Orchestrator));
/// assert_eq!(body.code(), Some(AnyCode::Orchestrator(OrchestratorCode::PendingJobsAlreadyExist)));
///
/// let body = Body::from_json(r#"{"statuscode": 8, "errorcode": "NoCandidateMachine"}"#).unwrap();
/// assert!(matches!(body, Body::FlowSession(_)));
///
/// let error = Body::from_json("{}").unwrap_err();
/// assert_eq!(error.kind(), BodyErrorKind::Unrecognized);
/// let error = Body::from_json(r#"{"error": {"message": "no code"}}"#).unwrap_err();
/// assert_eq!(error.kind(), BodyErrorKind::InvalidErrorBody);
/// assert!(error.to_string().contains("error.code"));
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub enum Body {
    /// A Power Automate error body, `{"error": {"code", "message"}}`: a failed cloud-flow
    /// action that runs a desktop flow, or the Dataverse Web API.
    PowerAutomate(ErrorBody),
    /// A Dataverse `flowsession` row (a desktop flow run), or the `RunDesktopFlow` response.
    FlowSession(FlowSession),
    /// A UiPath body: Orchestrator's in any of its shapes, or another UiPath service's
    /// ([`ErrorResponse::shape`] tells which).
    UiPath(ErrorResponse),
}

impl Body {
    /// Reads `text` as JSON and classifies it (see [`Body`] for the rules).
    ///
    /// ```
    /// use rpa_error_codes::body::{Body, BodyErrorKind};
    ///
    /// assert_eq!(Body::from_json("not json").unwrap_err().kind(), BodyErrorKind::NotJson);
    /// assert_eq!(Body::from_json("[1, 2]").unwrap_err().kind(), BodyErrorKind::NotAnObject);
    /// ```
    pub fn from_json(text: &str) -> Result<Body, BodyError> {
        let value: Value = serde_json::from_str(text)
            .map_err(|error| BodyError::new(BodyErrorKind::NotJson).with_json(error))?;
        Body::from_value(value)
    }

    /// Classifies a JSON value (see [`Body`] for the rules).
    ///
    /// ```
    /// use rpa_error_codes::body::Body;
    /// use serde_json::json;
    ///
    /// let body = Body::from_value(json!({"error": {"code": "DnsError"}})).unwrap();
    /// assert!(matches!(body, Body::PowerAutomate(_)));
    /// ```
    pub fn from_value(value: Value) -> Result<Body, BodyError> {
        match value {
            Value::Object(map) => Body::from_map(map),
            other => Err(BodyError::new(BodyErrorKind::NotAnObject).with_type(json_type(&other))),
        }
    }

    /// Classifies a JSON object (see [`Body`] for the rules).
    pub fn from_map(map: Map<String, Value>) -> Result<Body, BodyError> {
        let response = ErrorResponse::from(map);
        if response.shape() != BodyShape::Unrecognized {
            return Ok(Body::UiPath(response));
        }
        let value = Value::Object(response.into_map());
        let is = |key: &str| value.get(key).is_some();
        if is("error") {
            return match ErrorBody::deserialize(&value) {
                Ok(body) => Ok(Body::PowerAutomate(body)),
                Err(error) => Err(BodyError::new(BodyErrorKind::InvalidErrorBody)
                    .with_json(error)
                    .with_object(value)),
            };
        }
        if value.as_object().is_some_and(super::has_flowsession_key) {
            return match FlowSession::deserialize(&value) {
                Ok(row) => Ok(Body::FlowSession(row)),
                Err(error) => Err(BodyError::new(BodyErrorKind::InvalidFlowSession)
                    .with_json(error)
                    .with_object(value)),
            };
        }
        Err(BodyError::new(BodyErrorKind::Unrecognized).with_object(value))
    }

    /// The catalog code the body carries, typed: a Power Automate body's or row's code when a
    /// catalog knows it ([`BodyCode::known`](super::BodyCode::known)), an Orchestrator body's
    /// code ([`ErrorResponse::code`]: never from another UiPath service). `None` when the body
    /// has no code or one no catalog knows; the body's own accessors have it as received.
    ///
    /// ```
    /// use rpa_error_codes::body::Body;
    ///
    /// // UiPath's Identity service: its ErrorCode 1002 is not Orchestrator's 1002.
    /// let body = Body::from_json(r#"{"StatusCode": 409, "StatusDescription": "Conflict",
    ///                              "ErrorCode": 1002, "Message": "Found duplicated tenant"}"#).unwrap();
    /// assert_eq!(body.code(), None);
    /// ```
    pub fn code(&self) -> Option<AnyCode> {
        match self {
            Body::PowerAutomate(body) => body.typed_code().known(),
            Body::FlowSession(row) => row.typed_code().and_then(|code| code.known()),
            Body::UiPath(response) => response.code().map(AnyCode::Orchestrator),
        }
    }

    /// The whole body, as received.
    pub fn as_map(&self) -> &Map<String, Value> {
        match self {
            Body::PowerAutomate(body) => body.as_map(),
            Body::FlowSession(row) => row.as_map(),
            Body::UiPath(response) => response.as_map(),
        }
    }
}

/// Classifies the value ([`Body::from_value`]).
impl TryFrom<Value> for Body {
    type Error = BodyError;

    fn try_from(value: Value) -> Result<Body, BodyError> {
        Body::from_value(value)
    }
}

/// Writes the body back as received.
impl serde::Serialize for Body {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_map().serialize(serializer)
    }
}

/// Why [`BodyError`] was returned.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub enum BodyErrorKind {
    /// The text is not JSON.
    NotJson,
    /// The JSON is not an object (an array, a string, a number, `true`, `null`).
    NotAnObject,
    /// An object with an `error` key that does not read as an [`ErrorBody`] (`"error": 5`, no
    /// `error.code`, a `code` that is no string).
    InvalidErrorBody,
    /// An object with `flowsession` keys that does not read as a [`FlowSession`]
    /// (`"statuscode": "8"`).
    InvalidFlowSession,
    /// An object that is none of the bodies [`Body`] knows.
    Unrecognized,
}

/// Why a JSON text or value is not a [`Body`]. `Display` says it in one line.
///
/// ```
/// use rpa_error_codes::body::{Body, BodyErrorKind};
///
/// let error = Body::from_json(r#"{"runMode": "attended", "timeout": 7200}"#).unwrap_err();
/// assert_eq!(error.kind(), BodyErrorKind::Unrecognized);
/// assert!(error.to_string().contains("runMode"));
/// assert_eq!(error.object().unwrap()["timeout"], 7200);
/// ```
#[derive(Debug)]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub struct BodyError {
    kind: BodyErrorKind,
    json: Option<serde_json::Error>,
    json_type: &'static str,
    object: Option<Map<String, Value>>,
}

impl BodyError {
    fn new(kind: BodyErrorKind) -> Self {
        BodyError {
            kind,
            json: None,
            json_type: "",
            object: None,
        }
    }

    fn with_json(mut self, error: serde_json::Error) -> Self {
        self.json = Some(error);
        self
    }

    fn with_type(mut self, json_type: &'static str) -> Self {
        self.json_type = json_type;
        self
    }

    fn with_object(mut self, value: Value) -> Self {
        if let Value::Object(map) = value {
            self.object = Some(map);
        }
        self
    }

    /// Why the input is not a body.
    pub fn kind(&self) -> BodyErrorKind {
        self.kind
    }

    /// The JSON object, when the input was one ([`InvalidErrorBody`](BodyErrorKind::InvalidErrorBody),
    /// [`InvalidFlowSession`](BodyErrorKind::InvalidFlowSession),
    /// [`Unrecognized`](BodyErrorKind::Unrecognized)): a caller can still read what it holds.
    pub fn object(&self) -> Option<&Map<String, Value>> {
        self.object.as_ref()
    }

    /// The JSON object, when the input was one (see [`object`](Self::object)).
    pub fn into_object(self) -> Option<Map<String, Value>> {
        self.object
    }

    /// The `message` string of an [`Unrecognized`](BodyErrorKind::Unrecognized) object: an
    /// error body that says neither whose it is nor its code, but still tells a person what
    /// went wrong.
    ///
    /// ```
    /// use rpa_error_codes::body::Body;
    ///
    /// let error = Body::from_json(r#"{"message": "An error has occurred."}"#).unwrap_err();
    /// assert_eq!(error.lone_message(), Some("An error has occurred."));
    /// assert_eq!(Body::from_json("[]").unwrap_err().lone_message(), None);
    /// ```
    pub fn lone_message(&self) -> Option<&str> {
        self.object
            .as_ref()
            .filter(|_| self.kind == BodyErrorKind::Unrecognized)
            .and_then(|object| object.get("message"))
            .and_then(Value::as_str)
    }
}

/// How many of an unrecognized object's keys the message names.
const KEYS_SHOWN: usize = 8;
/// How many characters of a key the message shows.
const KEY_CHARS: usize = 40;

impl fmt::Display for BodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let json = |f: &mut fmt::Formatter<'_>| match &self.json {
            Some(error) => write!(f, ": {error}"),
            None => Ok(()),
        };
        match self.kind {
            BodyErrorKind::NotJson => {
                f.write_str("not JSON")?;
                json(f)
            }
            BodyErrorKind::NotAnObject => write!(
                f,
                "JSON {}, not an object as every error body is",
                self.json_type
            ),
            BodyErrorKind::InvalidErrorBody => {
                f.write_str("an object with an `error` key, but not a Power Automate error body")?;
                json(f)
            }
            BodyErrorKind::InvalidFlowSession => {
                f.write_str("an object with flowsession columns, but not a flowsession row")?;
                json(f)
            }
            BodyErrorKind::Unrecognized => {
                f.write_str("not an error body of Power Automate, Dataverse or UiPath")?;
                let Some(object) = &self.object else {
                    return Ok(());
                };
                if object.is_empty() {
                    return f.write_str(" (an empty object)");
                }
                f.write_str(" (keys: ")?;
                for (i, key) in object.keys().take(KEYS_SHOWN).enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    match key.char_indices().nth(KEY_CHARS) {
                        Some((end, _)) => write!(f, "{:?}...", &key[..end])?,
                        None => write!(f, "{key:?}")?,
                    }
                }
                if object.len() > KEYS_SHOWN {
                    write!(f, " and {} more", object.len() - KEYS_SHOWN)?;
                }
                f.write_str(")")
            }
        }
    }
}

impl core::error::Error for BodyError {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.json
            .as_ref()
            .map(|error| error as &(dyn core::error::Error + 'static))
    }
}

/// The JSON type of `value`, with its article.
fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
