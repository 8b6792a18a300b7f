//! The JSON error bodies of UiPath Orchestrator and its neighbouring services (the `serde`
//! feature).
//!
//! [`ErrorResponse`] keeps the whole JSON object as received, in a `serde_json` map (and, where
//! the map cannot hold a value exactly, the text too: see the crate docs'
//! [exact values](crate#exact-values)), and reads its typed values from it on demand, without
//! allocating. Serializing one gives back the object it was read from: same keys in the same
//! case, every value digit for digit (a numeric-string code stays a string), unknown keys and
//! nulls included. `serde(flatten)` would not guarantee that (it
//! buffers the input through serde's internal representation and re-encodes numbers), so it is
//! not used.

use alloc::string::String;

use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, Serializer};
use serde_json::{Map, Value};

use super::OrchestratorCode;
use crate::json::{Exact, object};

/// Which kind of body an [`ErrorResponse`] is, told from its keys
/// ([`ErrorResponse::shape`] gives the rules).
///
/// ```
/// use rpa_error_codes::orchestrator::{BodyShape, ErrorResponse};
///
/// let body: ErrorResponse = serde_json::from_str(
///     r#"{"StatusCode": 409, "StatusDescription": "Conflict", "ErrorCode": 1002, "Message": "Found duplicated tenant"}"#,
/// )
/// .unwrap();
/// assert_eq!(body.shape(), BodyShape::Identity);
/// assert!(!BodyShape::Identity.is_orchestrator());
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub enum BodyShape {
    /// An Orchestrator error body, with an `errorCode` or `ErrorCode` key: the current shape
    /// `{message, errorCode, traceId}`, the older `{message, errorCode, resourceIds}` (releases
    /// of 2018 to 2020), the OpenAPI's PascalCase `ErrorResult` `{Message, ErrorCode, TraceId,
    /// ResourceIds, Details}`, or the current shape merged into an ABP envelope.
    Orchestrator,
    /// An ABP envelope without `errorCode`: `{result, targetUrl, success, error: {code,
    /// message, details, validationErrors}, unAuthorizedRequest, __abp}`, from Orchestrator's
    /// MVC and account endpoints, sometimes with HTTP 200. Its `error.code` is an HTTP-like
    /// number or 0, never an Orchestrator code.
    AbpEnvelope,
    /// The multi-status body of an Orchestrator bulk operation (HTTP 207): `{"@odata.context",
    /// "value": [{"Key", "Status", "Body"}]}`. Each item has its own status, and its `Body` is
    /// a JSON document inside a string; the body itself has no code.
    MultiStatus,
    /// **Not Orchestrator**: a body of UiPath's Organization or Identity service,
    /// `{StatusCode, StatusDescription, ErrorCode, Message}` (PascalCase, `ErrorCode` optional).
    /// Its `ErrorCode` numbers mean other things than Orchestrator's: 1002 is "duplicate
    /// tenant" there, "item not found" in Orchestrator.
    Identity,
    /// An ASP.NET Core ProblemDetails body (RFC 9457), `{type, title, status, errors,
    /// traceId}`, as UiPath's Identity API sends for validation errors. It has no code, and
    /// does not tell which service sent it.
    ProblemDetails,
    /// None of the above, such as `{}` or a lone `{"message": ...}`.
    Unrecognized,
}

impl BodyShape {
    /// Whether Orchestrator sends bodies of this shape, and other UiPath services (as far as
    /// known) do not: [`Orchestrator`](Self::Orchestrator), [`AbpEnvelope`](Self::AbpEnvelope)
    /// and [`MultiStatus`](Self::MultiStatus).
    ///
    /// ```
    /// use rpa_error_codes::orchestrator::BodyShape;
    ///
    /// assert!(BodyShape::Orchestrator.is_orchestrator());
    /// assert!(!BodyShape::ProblemDetails.is_orchestrator());
    /// ```
    pub const fn is_orchestrator(self) -> bool {
        matches!(
            self,
            BodyShape::Orchestrator | BodyShape::AbpEnvelope | BodyShape::MultiStatus
        )
    }
}

/// The error body of a failed UiPath Orchestrator API call, in every shape Orchestrator sends,
/// and the bodies of neighbouring UiPath services that reach the same clients.
///
/// [`shape`](Self::shape) tells the shapes apart ([`BodyShape`]). [`code`](Self::code) is the
/// catalog code of an Orchestrator body; a number in another service's body is never taken for
/// one (UiPath's Identity service sends `ErrorCode` 1002 for a duplicate tenant, which is not
/// Orchestrator's 1002 `ItemNotFound`).
///
/// # What the accessors return
///
/// Keys are read in camelCase first, as every body seen on the wire has them, then in the
/// OpenAPI's PascalCase. For the texts, the first of the two keys that holds a string wins; the
/// code is read from `errorCode` whenever that key is present (whatever its value), else from
/// `ErrorCode`.
///
/// | shape | [`code`](Self::code) | [`raw_code`](Self::raw_code) | [`message`](Self::message) | [`trace_id`](Self::trace_id) | [`details`](Self::details) |
/// |---|---|---|---|---|---|
/// | current, older, `ErrorResult` | `errorCode` / `ErrorCode`, if a catalog code | `errorCode` / `ErrorCode` | `message` / `Message` | `traceId` / `TraceId` | `details` / `Details` |
/// | ABP envelope, merged | as above (envelope only: `None`) | as above (envelope only: `None`) | top level, else `error.message` | as above | top level, else `error.details` |
/// | Identity | `None` | `ErrorCode` | `Message` | `None` | `None` (`Description` is kept) |
/// | ProblemDetails | `None` | `None` | `None` (`title` is kept) | `traceId` | `None` |
/// | multi-status | `None` | `None` | `None` | `None` | `None` |
///
/// [`get`](Self::get) reads any other key as received (`resourceIds`, `error`,
/// `StatusDescription`, `title`, `value`, ...).
///
/// # What is accepted
///
/// Any JSON object: the shapes vary too much between Orchestrator releases and services to
/// reject a body for a key of an unexpected type. Such a value is kept as received, and the
/// accessor that reads it returns `None`: `"errorCode": true` or `"errorCode": 1670.5` gives
/// `code()` and `raw_code()` `None`, [`error_code_value`](Self::error_code_value) gives the
/// value. Anything but an object (an array, a string, `null`) is a deserialization error, and
/// so is malformed JSON.
///
/// # Lossless
///
/// Serializing gives back the body as received, digit for digit: numbers of any size and
/// precision (`18446744073709551616`, `-0`, `1e400`, 17 significant digits) and strings with a
/// lone surrogate (`"\ud800"`) included, so nothing valid is refused for a value elsewhere in
/// it. The accessors, [`get`](Self::get) and [`as_map`](Self::as_map) read a view in
/// `serde_json`'s [`Value`], which cannot hold all of these; the crate docs'
/// [exact values](crate#exact-values) say how each appears there. Key order is kept where the
/// view is not exact (the body is then written from its text) or with `serde_json`'s
/// `preserve_order` feature.
///
/// # Repeated keys
///
/// A key that appears more than once (`{"a": 1, "a": 2}`): the view, and so every accessor,
/// has its **last** value, as `serde_json::Value` reads one; serializing writes every
/// occurrence, as received. So `{"errorCode": 1670, "errorCode": 1002}` has
/// [`code`](Self::code) `Some(OrchestratorCode::ItemNotFound)` (1002) and serializes with both
/// keys.
///
/// Two values are equal (`==`) when their views are equal and so are the texts kept where the
/// views are not exact.
///
/// ```
/// use rpa_error_codes::orchestrator::{ErrorResponse, OrchestratorCode};
///
/// let json = r#"{"message": "The robots already have pending jobs for this process.",
///                "errorCode": 1670,
///                "traceId": "00-a1748eae82a7add9cd2870735bcd51ef-9a46a107cf90b991-00"}"#;
/// let body: ErrorResponse = serde_json::from_str(json).unwrap();
/// assert_eq!(body.code(), Some(OrchestratorCode::PendingJobsAlreadyExist));
/// assert_eq!(body.raw_code(), Some(1670));
/// assert_eq!(body.trace_id(), Some("00-a1748eae82a7add9cd2870735bcd51ef-9a46a107cf90b991-00"));
///
/// let value = serde_json::to_value(&body).unwrap();
/// assert_eq!(value, serde_json::from_str::<serde_json::Value>(json).unwrap());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub struct ErrorResponse {
    /// The whole body, in its view.
    body: Map<String, Value>,
    /// The body's text, where `body` does not hold it exactly.
    exact: Exact,
}

impl ErrorResponse {
    /// The kind of body, from its keys, by the first rule that matches:
    ///
    /// 1. `StatusCode` and `StatusDescription`: [`Identity`](BodyShape::Identity), even with an
    ///    `ErrorCode`;
    /// 2. `errorCode` or `ErrorCode`, whatever its value: [`Orchestrator`](BodyShape::Orchestrator);
    /// 3. `__abp` or `unAuthorizedRequest`: [`AbpEnvelope`](BodyShape::AbpEnvelope);
    /// 4. `value` holding an array: [`MultiStatus`](BodyShape::MultiStatus);
    /// 5. `title` and `status`: [`ProblemDetails`](BodyShape::ProblemDetails);
    /// 6. otherwise [`Unrecognized`](BodyShape::Unrecognized).
    ///
    /// ```
    /// use rpa_error_codes::orchestrator::{BodyShape, ErrorResponse};
    ///
    /// let abp: ErrorResponse = serde_json::from_str(
    ///     r#"{"result": null, "success": false, "error": {"code": 400, "message": "Incorrect password."},
    ///         "unAuthorizedRequest": false, "__abp": true}"#,
    /// )
    /// .unwrap();
    /// assert_eq!(abp.shape(), BodyShape::AbpEnvelope);
    /// assert_eq!(abp.code(), None);
    /// assert_eq!(abp.message(), Some("Incorrect password."));
    /// ```
    pub fn shape(&self) -> BodyShape {
        let has = |key: &str| self.body.contains_key(key);
        if has("StatusCode") && has("StatusDescription") {
            BodyShape::Identity
        } else if has("errorCode") || has("ErrorCode") {
            BodyShape::Orchestrator
        } else if has("__abp") || has("unAuthorizedRequest") {
            BodyShape::AbpEnvelope
        } else if self.body.get("value").is_some_and(Value::is_array) {
            BodyShape::MultiStatus
        } else if has("title") && has("status") {
            BodyShape::ProblemDetails
        } else {
            BodyShape::Unrecognized
        }
    }

    /// Whether the body has a shape only Orchestrator sends ([`BodyShape::is_orchestrator`]).
    ///
    /// ```
    /// use rpa_error_codes::orchestrator::ErrorResponse;
    ///
    /// let body: ErrorResponse =
    ///     serde_json::from_str(r#"{"message": "Please provide a Machine name", "errorCode": 1204, "resourceIds": null}"#)
    ///         .unwrap();
    /// assert!(body.is_orchestrator());
    /// ```
    pub fn is_orchestrator(&self) -> bool {
        self.shape().is_orchestrator()
    }

    /// The catalog code of an Orchestrator body: `errorCode` (else `ErrorCode`) read as
    /// [`OrchestratorCode`]'s `Deserialize` reads it (an integer, a numeric string such as
    /// `"1002"`, or a symbolic name or alias).
    ///
    /// `None` when there is no code to give: the key is absent, null or of another type; it
    /// is 0 ("no specific code", common with generic errors); it is a number or name not in
    /// the catalog; or the body is not Orchestrator's ([`BodyShape::Identity`]).
    ///
    /// ```
    /// use rpa_error_codes::orchestrator::{ErrorResponse, OrchestratorCode};
    ///
    /// let body: ErrorResponse =
    ///     serde_json::from_str(r#"{"message": "Process not found", "errorCode": "1002", "traceId": "abc-123"}"#)
    ///         .unwrap();
    /// assert_eq!(body.code(), Some(OrchestratorCode::ItemNotFound));
    ///
    /// let body: ErrorResponse =
    ///     serde_json::from_str(r#"{"message": "You are not authorized!", "errorCode": 0}"#).unwrap();
    /// assert_eq!(body.code(), None);
    /// assert_eq!(body.raw_code(), Some(0));
    /// ```
    pub fn code(&self) -> Option<OrchestratorCode> {
        if self.shape() == BodyShape::Identity {
            return None;
        }
        match self.error_code_value()? {
            Value::Number(number) => number
                .as_u64()
                .and_then(|n| u16::try_from(n).ok())
                .and_then(OrchestratorCode::from_u16),
            Value::String(text) => text.parse().ok(),
            _ => None,
        }
    }

    /// The number in `errorCode` (else `ErrorCode`) as received, catalog code or not, from
    /// any service: an integer written without fraction or exponent (the number `-0` is 0), or
    /// a string holding one in its one spelling (`"1002"`, not `"01002"`, `"+1002"` or `"-0"`,
    /// as every strict parse of the crate).
    ///
    /// `None` when the key is absent or null, holds a symbolic name, a fraction or exponent
    /// (`1670.0`, `1e3`), a number beyond `i64`, or another type
    /// ([`error_code_value`](Self::error_code_value) has it).
    ///
    /// ```
    /// use rpa_error_codes::orchestrator::ErrorResponse;
    ///
    /// // UiPath's Identity service: its 1002 is not Orchestrator's, but the number is given.
    /// let body: ErrorResponse = serde_json::from_str(
    ///     r#"{"StatusCode": 409, "StatusDescription": "Conflict", "ErrorCode": 1002, "Message": "Found duplicated tenant"}"#,
    /// )
    /// .unwrap();
    /// assert_eq!(body.code(), None);
    /// assert_eq!(body.raw_code(), Some(1002));
    /// ```
    pub fn raw_code(&self) -> Option<i64> {
        match self.error_code_value()? {
            Value::Number(number) => number.as_i64(),
            Value::String(text) => crate::parse::decimal_i64(text),
            _ => None,
        }
    }

    /// The value of `errorCode` (else `ErrorCode`) as received, whatever its JSON type; `None`
    /// when neither key is there.
    ///
    /// ```
    /// use rpa_error_codes::orchestrator::ErrorResponse;
    /// use serde_json::json;
    ///
    /// let body: ErrorResponse = serde_json::from_str(r#"{"errorCode": "DuplicateReference"}"#).unwrap();
    /// assert_eq!(body.raw_code(), None);
    /// assert_eq!(body.error_code_value(), Some(&json!("DuplicateReference")));
    /// ```
    pub fn error_code_value(&self) -> Option<&Value> {
        self.body
            .get("errorCode")
            .or_else(|| self.body.get("ErrorCode"))
    }

    /// The message: `message`, else `Message`, else the ABP envelope's `error.message`; the
    /// first that is a string.
    ///
    /// ```
    /// use rpa_error_codes::orchestrator::ErrorResponse;
    ///
    /// let body: ErrorResponse =
    ///     serde_json::from_str(r#"{"Message": "Robot does not exist.", "ErrorCode": 1002}"#).unwrap();
    /// assert_eq!(body.message(), Some("Robot does not exist."));
    /// ```
    pub fn message(&self) -> Option<&str> {
        self.top_level_string("message", "Message")
            .or_else(|| self.abp_error_string("message"))
    }

    /// The trace id, `traceId` else `TraceId`: on current Orchestrator a W3C traceparent
    /// (`00-<32 hex>-<16 hex>-<2 hex>`), to quote to UiPath support.
    ///
    /// ```
    /// use rpa_error_codes::orchestrator::ErrorResponse;
    ///
    /// let body: ErrorResponse =
    ///     serde_json::from_str(r#"{"message": "Please provide a Machine name", "errorCode": 1204, "resourceIds": null}"#)
    ///         .unwrap();
    /// assert_eq!(body.trace_id(), None);
    /// ```
    pub fn trace_id(&self) -> Option<&str> {
        self.top_level_string("traceId", "TraceId")
    }

    /// The details: `details`, else `Details` (the `ErrorResult` shape), else the ABP
    /// envelope's `error.details`; the first that is a string.
    ///
    /// ```
    /// use rpa_error_codes::orchestrator::ErrorResponse;
    ///
    /// let body: ErrorResponse = serde_json::from_str(
    ///     r#"{"message": "You are not authorized!", "errorCode": 0, "success": false,
    ///         "error": {"code": 0, "message": "You are not authorized!",
    ///                   "details": "You are not allowed to perform this operation."},
    ///         "__abp": true}"#,
    /// )
    /// .unwrap();
    /// assert_eq!(body.details(), Some("You are not allowed to perform this operation."));
    /// ```
    pub fn details(&self) -> Option<&str> {
        self.top_level_string("details", "Details")
            .or_else(|| self.abp_error_string("details"))
    }

    /// The value of any key, as received.
    ///
    /// ```
    /// use rpa_error_codes::orchestrator::ErrorResponse;
    ///
    /// let body: ErrorResponse =
    ///     serde_json::from_str(r#"{"message": "m", "errorCode": 1204, "resourceIds": null}"#).unwrap();
    /// assert_eq!(body.get("resourceIds"), Some(&serde_json::Value::Null));
    /// assert_eq!(body.get("traceId"), None);
    /// ```
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.body.get(key)
    }

    /// The whole body, in its view (exact unless [Lossless](Self#lossless) says otherwise).
    ///
    /// ```
    /// use rpa_error_codes::orchestrator::ErrorResponse;
    ///
    /// let body: ErrorResponse = serde_json::from_str(r#"{"errorCode": 1670}"#).unwrap();
    /// assert_eq!(body.as_map().len(), 1);
    /// ```
    pub fn as_map(&self) -> &Map<String, Value> {
        &self.body
    }

    /// The whole body, in its view (exact unless [Lossless](Self#lossless) says otherwise).
    ///
    /// ```
    /// use rpa_error_codes::orchestrator::ErrorResponse;
    ///
    /// let body: ErrorResponse = serde_json::from_str(r#"{"errorCode": 1670}"#).unwrap();
    /// assert_eq!(body.into_map()["errorCode"], 1670);
    /// ```
    pub fn into_map(self) -> Map<String, Value> {
        self.body
    }

    /// The string value of `camel`, else of `pascal`.
    fn top_level_string(&self, camel: &str, pascal: &str) -> Option<&str> {
        let string = |key| self.body.get(key).and_then(Value::as_str);
        string(camel).or_else(|| string(pascal))
    }

    /// The string value of `key` in the ABP envelope's `error` object.
    fn abp_error_string(&self, key: &str) -> Option<&str> {
        self.body.get("error")?.as_object()?.get(key)?.as_str()
    }
}

/// Any JSON object is an error response (see [What is accepted](ErrorResponse#what-is-accepted)).
///
/// ```
/// use rpa_error_codes::orchestrator::{BodyShape, ErrorResponse};
///
/// let mut map = serde_json::Map::new();
/// map.insert("errorCode".into(), 1670.into());
/// let body = ErrorResponse::from(map);
/// assert_eq!(body.shape(), BodyShape::Orchestrator);
/// ```
impl From<Map<String, Value>> for ErrorResponse {
    fn from(body: Map<String, Value>) -> Self {
        ErrorResponse {
            body,
            exact: Exact::default(),
        }
    }
}

/// Writes the body back as received.
impl Serialize for ErrorResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.exact.serialize(&self.body, serializer)
    }
}

/// Reads any JSON object (see [What is accepted](ErrorResponse#what-is-accepted)).
///
/// ```
/// use rpa_error_codes::orchestrator::ErrorResponse;
///
/// let body: ErrorResponse = serde_json::from_str(r#"{"errorCode": true}"#).unwrap();
/// assert_eq!(body.code(), None);
/// assert!(serde_json::from_str::<ErrorResponse>(r#"[{"errorCode": 1670}]"#).is_err());
/// assert!(serde_json::from_str::<ErrorResponse>(r#"{"errorCode": 16"#).is_err());
/// ```
impl<'de> Deserialize<'de> for ErrorResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (body, exact) = object(deserializer, "a UiPath error body: an object")?;
        Ok(ErrorResponse { body, exact })
    }
}
