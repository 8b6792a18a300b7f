//! The JSON bodies that carry Power Automate desktop-flow codes (the `serde` feature).
//!
//! Each type keeps the whole JSON object as received, in a `serde_json` map (and, where the map
//! cannot hold a value exactly, the text too: see the crate docs' [exact values](crate#exact-values)),
//! and reads its typed values from it on demand, without allocating. Serializing one gives back
//! the object it was read from: same keys in the same case, every value digit for digit,
//! unknown keys and nulls included.
//! `serde(flatten)` would not guarantee that (it buffers the input through serde's internal
//! representation and re-encodes numbers), so no type here uses it.

use core::fmt;

use alloc::string::String;

use serde::de::{self, Deserialize, Deserializer};
use serde::ser::{Serialize, Serializer};
use serde_json::{Map, Value};

use super::{PowerAutomateError, RunMode};
use crate::json::{Exact, check_key, is_string_or_null, object};

/// The error body of a failed Power Automate call: `{"error": {"code": ..., "message": ...}}`.
///
/// Two places send this shape:
///
/// - the output body of the failed cloud-flow action "Run a flow built with Power Automate for
///   desktop", whose `code` is normally a catalog code (`WindowsIdentityIncorrect`) but can be a
///   numeric Windows status carried as a string (`"-1073741477"`);
/// - the Dataverse Web API (`RunDesktopFlow`, `CancelDesktopFlowRun`), whose `code` is a hex
///   HRESULT (`"0x80040220"`), another namespace than the catalog's.
///
/// [`code`](Self::code) gives the catalog code, [`raw_code`](Self::raw_code) the code exactly
/// as received, whatever its namespace.
///
/// # What is accepted
///
/// The body must be a JSON object with an `error` object whose `code` is a string: OData, which
/// the Dataverse Web API follows, requires `code`, and without one the body is not this shape.
/// `error.message` may be a string, null or absent. Any other key, at the top level or in
/// `error` (`innerError`, `details`, `target`, ...), may hold anything and is kept. A wrong
/// type (`"error": 5`, `"code": 42`, a top-level array) is a deserialization error.
///
/// # Lossless
///
/// Serializing gives back the body as received, digit for digit: numbers of any size and
/// precision (`18446744073709551616`, `-0`, `1e400`, 17 significant digits) and strings with a
/// lone surrogate (`"\ud800"`) included, so nothing valid is refused for a value elsewhere in
/// it. The accessors, [`error_field`](Self::error_field) and [`as_map`](Self::as_map) read a view in
/// `serde_json`'s [`Value`], which cannot hold all of these; the crate docs'
/// [exact values](crate#exact-values) say how each appears there. Key order is kept where the
/// view is not exact (the body is then written from its text) or with `serde_json`'s
/// `preserve_order` feature.
///
/// # Repeated keys
///
/// A key that appears more than once (`{"a": 1, "a": 2}`): the view, and so every accessor,
/// has its **last** value, as `serde_json::Value` reads one; serializing writes every
/// occurrence, as received.
///
/// Two values are equal (`==`) when their views are equal and so are the texts kept where the
/// views are not exact.
///
/// ```
/// use rpa_error_codes::power_automate::{ErrorBody, PowerAutomateError};
///
/// let json = r#"{"error": {"code": "WindowsIdentityIncorrect",
///                          "message": "The credentials provided with the request are invalid.",
///                          "innerError": {"id": 7}}}"#;
/// let body: ErrorBody = serde_json::from_str(json).unwrap();
/// assert_eq!(body.code(), Some(PowerAutomateError::WindowsIdentityIncorrect));
/// assert_eq!(body.message(), Some("The credentials provided with the request are invalid."));
///
/// // Nothing is lost: the unknown `innerError` is written back.
/// let value = serde_json::to_value(&body).unwrap();
/// assert_eq!(value, serde_json::from_str::<serde_json::Value>(json).unwrap());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub struct ErrorBody {
    /// The whole body. Invariant: `error` is an object whose `code` is a string.
    body: Map<String, Value>,
    /// The body's text, where `body` does not hold it exactly.
    exact: Exact,
}

impl ErrorBody {
    /// The catalog code, or `None` when `error.code` is not in the catalog: a numeric Windows
    /// status (`"-1073741477"`), a Dataverse HRESULT (`"0x80040220"`), or a code newer than this
    /// release. The match is exact, as [`PowerAutomateError::from_code`].
    ///
    /// ```
    /// use rpa_error_codes::power_automate::{ErrorBody, PowerAutomateError};
    ///
    /// let body: ErrorBody =
    ///     serde_json::from_str(r#"{"error": {"code": "UIFlowAlreadyRunning"}}"#).unwrap();
    /// assert_eq!(body.code(), Some(PowerAutomateError::UIFlowAlreadyRunning));
    ///
    /// let body: ErrorBody =
    ///     serde_json::from_str(r#"{"error": {"code": "0x80040220", "message": "..."}}"#).unwrap();
    /// assert_eq!(body.code(), None);
    /// ```
    pub fn code(&self) -> Option<PowerAutomateError> {
        PowerAutomateError::from_code(self.raw_code())
    }

    /// `error.code` exactly as received, catalog code or not. It is always there: a body
    /// without it does not deserialize.
    ///
    /// ```
    /// use rpa_error_codes::power_automate::ErrorBody;
    ///
    /// let body: ErrorBody =
    ///     serde_json::from_str(r#"{"error": {"code": "-1073741477", "message": "..."}}"#).unwrap();
    /// assert_eq!(body.code(), None);
    /// assert_eq!(body.raw_code(), "-1073741477");
    /// ```
    pub fn raw_code(&self) -> &str {
        // The invariant makes this a string; the empty string is never returned in practice.
        self.error_field("code")
            .and_then(Value::as_str)
            .unwrap_or_default()
    }

    /// `error.message`, or `None` when it is absent or null.
    ///
    /// ```
    /// use rpa_error_codes::power_automate::ErrorBody;
    ///
    /// let body: ErrorBody = serde_json::from_str(
    ///     r#"{"error": {"code": "0x80040220", "message": "Principal user is missing prvReadworkflow privilege"}}"#,
    /// )
    /// .unwrap();
    /// assert_eq!(body.message(), Some("Principal user is missing prvReadworkflow privilege"));
    ///
    /// let body: ErrorBody = serde_json::from_str(r#"{"error": {"code": "DnsError"}}"#).unwrap();
    /// assert_eq!(body.message(), None);
    /// ```
    pub fn message(&self) -> Option<&str> {
        self.error_field("message").and_then(Value::as_str)
    }

    /// The value of `key` in the `error` object, as received: for keys the type does not read,
    /// such as `innerError`, `details` or `target`.
    ///
    /// ```
    /// use rpa_error_codes::power_automate::ErrorBody;
    ///
    /// let body: ErrorBody = serde_json::from_str(
    ///     r#"{"error": {"code": "DnsError", "target": "machine", "innerError": null}}"#,
    /// )
    /// .unwrap();
    /// assert_eq!(body.error_field("target"), Some(&serde_json::json!("machine")));
    /// assert_eq!(body.error_field("innerError"), Some(&serde_json::Value::Null));
    /// assert_eq!(body.error_field("details"), None);
    /// ```
    pub fn error_field(&self, key: &str) -> Option<&Value> {
        self.body.get("error")?.as_object()?.get(key)
    }

    /// The whole body, in its view (exact unless [Lossless](Self#lossless) says otherwise).
    ///
    /// ```
    /// use rpa_error_codes::power_automate::ErrorBody;
    ///
    /// let body: ErrorBody = serde_json::from_str(r#"{"error": {"code": "DnsError"}}"#).unwrap();
    /// assert_eq!(body.as_map().len(), 1);
    /// assert!(body.as_map()["error"].is_object());
    /// ```
    pub fn as_map(&self) -> &Map<String, Value> {
        &self.body
    }

    /// The whole body, in its view (exact unless [Lossless](Self#lossless) says otherwise).
    ///
    /// ```
    /// use rpa_error_codes::power_automate::ErrorBody;
    ///
    /// let body: ErrorBody = serde_json::from_str(r#"{"error": {"code": "DnsError"}}"#).unwrap();
    /// let map = body.into_map();
    /// assert_eq!(map["error"]["code"], "DnsError");
    /// ```
    pub fn into_map(self) -> Map<String, Value> {
        self.body
    }
}

/// Writes the body back as received.
impl Serialize for ErrorBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.exact.serialize(&self.body, serializer)
    }
}

/// Reads a JSON object with an `error` object whose `code` is a string (see
/// [What is accepted](ErrorBody#what-is-accepted)).
///
/// ```
/// use rpa_error_codes::power_automate::ErrorBody;
///
/// assert!(serde_json::from_str::<ErrorBody>(r#"{"error": 5}"#).is_err());
/// assert!(serde_json::from_str::<ErrorBody>(r#"{"error": {"message": "no code"}}"#).is_err());
/// assert!(serde_json::from_str::<ErrorBody>(r#"[{"error": {"code": "DnsError"}}]"#).is_err());
/// ```
impl<'de> Deserialize<'de> for ErrorBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (body, exact) = object(
            deserializer,
            "a Power Automate error body: an object with an `error` object",
        )?;
        check_key(&body, "error", "error", "an object", Value::is_object)?;
        let error = body
            .get("error")
            .and_then(Value::as_object)
            .ok_or_else(|| de::Error::missing_field("error"))?;
        if !error.contains_key("code") {
            return Err(de::Error::missing_field("error.code"));
        }
        check_key(error, "code", "error.code", "a string", Value::is_string)?;
        check_key(
            error,
            "message",
            "error.message",
            "a string or null",
            is_string_or_null,
        )?;
        Ok(ErrorBody { body, exact })
    }
}

/// The status of a desktop flow run: the Dataverse `flowsession.statuscode` picklist.
///
/// Dataverse may add statuses, so the enum is `#[non_exhaustive]`, and
/// [`FlowSession::raw_status`] keeps a number it does not know.
///
/// ```
/// use rpa_error_codes::power_automate::FlowSessionStatus;
///
/// let status = FlowSessionStatus::from_picklist(8).unwrap();
/// assert_eq!(status, FlowSessionStatus::Failed);
/// assert_eq!(status.picklist(), 8);
/// assert_eq!(status.to_string(), "Failed");
/// assert_eq!(FlowSessionStatus::from_picklist(15), None);
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub enum FlowSessionStatus {
    /// 0: no status given.
    NotSpecified = 0,
    /// 1: paused.
    Paused = 1,
    /// 2: running.
    Running = 2,
    /// 3: waiting (queued for a machine).
    Waiting = 3,
    /// 4: succeeded.
    Succeeded = 4,
    /// 5: skipped.
    Skipped = 5,
    /// 6: suspended.
    Suspended = 6,
    /// 7: cancelled.
    Cancelled = 7,
    /// 8: failed.
    Failed = 8,
    /// 9: faulted.
    Faulted = 9,
    /// 10: timed out.
    TimedOut = 10,
    /// 11: aborted.
    Aborted = 11,
    /// 12: ignored.
    Ignored = 12,
    /// 13: deleted.
    Deleted = 13,
    /// 14: terminated.
    Terminated = 14,
}

impl FlowSessionStatus {
    /// Every status, in picklist order.
    ///
    /// ```
    /// use rpa_error_codes::power_automate::FlowSessionStatus;
    ///
    /// for (value, status) in FlowSessionStatus::ALL.into_iter().enumerate() {
    ///     assert_eq!(usize::from(status.picklist()), value);
    /// }
    /// ```
    pub const ALL: [FlowSessionStatus; 15] = [
        FlowSessionStatus::NotSpecified,
        FlowSessionStatus::Paused,
        FlowSessionStatus::Running,
        FlowSessionStatus::Waiting,
        FlowSessionStatus::Succeeded,
        FlowSessionStatus::Skipped,
        FlowSessionStatus::Suspended,
        FlowSessionStatus::Cancelled,
        FlowSessionStatus::Failed,
        FlowSessionStatus::Faulted,
        FlowSessionStatus::TimedOut,
        FlowSessionStatus::Aborted,
        FlowSessionStatus::Ignored,
        FlowSessionStatus::Deleted,
        FlowSessionStatus::Terminated,
    ];

    /// The status of a `statuscode` picklist value, or `None` for a value the picklist does not
    /// define (yet).
    ///
    /// ```
    /// use rpa_error_codes::power_automate::FlowSessionStatus;
    ///
    /// assert_eq!(FlowSessionStatus::from_picklist(4), Some(FlowSessionStatus::Succeeded));
    /// assert_eq!(FlowSessionStatus::from_picklist(-1), None);
    /// ```
    pub const fn from_picklist(value: i64) -> Option<FlowSessionStatus> {
        if value >= 0 && value < FlowSessionStatus::ALL.len() as i64 {
            Some(FlowSessionStatus::ALL[value as usize])
        } else {
            None
        }
    }

    /// The `statuscode` picklist value.
    ///
    /// ```
    /// use rpa_error_codes::power_automate::FlowSessionStatus;
    /// assert_eq!(FlowSessionStatus::TimedOut.picklist(), 10);
    /// ```
    pub const fn picklist(self) -> u8 {
        self as u8
    }

    /// The status's name, as Dataverse's option set labels it.
    ///
    /// ```
    /// use rpa_error_codes::power_automate::FlowSessionStatus;
    /// assert_eq!(FlowSessionStatus::TimedOut.as_str(), "TimedOut");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            FlowSessionStatus::NotSpecified => "NotSpecified",
            FlowSessionStatus::Paused => "Paused",
            FlowSessionStatus::Running => "Running",
            FlowSessionStatus::Waiting => "Waiting",
            FlowSessionStatus::Succeeded => "Succeeded",
            FlowSessionStatus::Skipped => "Skipped",
            FlowSessionStatus::Suspended => "Suspended",
            FlowSessionStatus::Cancelled => "Cancelled",
            FlowSessionStatus::Failed => "Failed",
            FlowSessionStatus::Faulted => "Faulted",
            FlowSessionStatus::TimedOut => "TimedOut",
            FlowSessionStatus::Aborted => "Aborted",
            FlowSessionStatus::Ignored => "Ignored",
            FlowSessionStatus::Deleted => "Deleted",
            FlowSessionStatus::Terminated => "Terminated",
        }
    }
}

impl fmt::Display for FlowSessionStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A row of the Dataverse `flowsession` table: one desktop flow run.
///
/// It is what `GET flowsessions(id)` returns, and what Power Automate posts to a
/// `RunDesktopFlow` `callbackUrl` when the run ends. Any `$select` of columns is a row, so
/// every column is optional. The columns read here:
///
/// | column | JSON type | accessors |
/// |---|---|---|
/// | `statuscode` | integer (anything else is unknown) | [`status`](Self::status), [`raw_status`](Self::raw_status) |
/// | `runmode` | integer (anything else is unknown) | [`run_mode`](Self::run_mode), [`raw_run_mode`](Self::raw_run_mode) |
/// | `errorcode` | string | [`error_code`](Self::error_code), [`raw_error_code`](Self::raw_error_code) |
/// | `errormessage` | string | [`error_message`](Self::error_message) |
/// | `flowsessionid` | string | [`flowsession_id`](Self::flowsession_id) |
/// | `startedon`, `completedon` | string | [`started_on`](Self::started_on), [`completed_on`](Self::completed_on) |
///
/// Timestamps are the strings as received (ISO 8601, UTC: `2022-06-16T12:54:40Z`).
///
/// # What is accepted
///
/// A JSON object with at least one of the keys of a `flowsession` row
/// ([`FLOWSESSION_KEYS`](crate::body::FLOWSESSION_KEYS)): `{}`, an [`ErrorBody`] or an
/// Orchestrator body is no row. The string columns above, where present, hold a string or
/// null; another type there (`"errorcode": 42`) is a deserialization error. `statuscode` and
/// `runmode` may hold anything: a value that is not an integer (`8.0`, `"8"`, `1e308`, `true`)
/// is reported as unknown ([`status`](Self::status) and [`raw_status`](Self::raw_status), or
/// [`run_mode`](Self::run_mode) and [`raw_run_mode`](Self::raw_run_mode), return `None`;
/// [`get`](Self::get) has the value), and the row keeps its `errorcode`. The `RunDesktopFlow`
/// response names the id `flowsessionId` (capital `I`): that key is kept as received, must be
/// a string or null too, and [`flowsession_id`](Self::flowsession_id) falls back to it. Every
/// other key (`@odata.context`, `@odata.etag`, `statecode`,
/// `errordetails`, `correlationid`, ...) may hold anything and is kept.
///
/// # Lossless
///
/// Serializing gives back the row as received, digit for digit: numbers of any size and
/// precision (`18446744073709551616`, `-0`, `1e400`, 17 significant digits) and strings with a
/// lone surrogate (`"\ud800"`) included, so nothing valid is refused for a value elsewhere in
/// it. The accessors, [`get`](Self::get) and [`as_map`](Self::as_map) read a view in
/// `serde_json`'s [`Value`], which cannot hold all of these; the crate docs'
/// [exact values](crate#exact-values) say how each appears there. Key order is kept where the
/// view is not exact (the row is then written from its text) or with `serde_json`'s
/// `preserve_order` feature.
///
/// # Repeated keys
///
/// A key that appears more than once (`{"a": 1, "a": 2}`): the view, and so every accessor,
/// has its **last** value, as `serde_json::Value` reads one; serializing writes every
/// occurrence, as received.
///
/// Two values are equal (`==`) when their views are equal and so are the texts kept where the
/// views are not exact.
///
/// ```
/// use rpa_error_codes::power_automate::{FlowSession, FlowSessionStatus, PowerAutomateError, RunMode};
///
/// let row: FlowSession = serde_json::from_str(r#"{
///     "@odata.etag": "W/\"1276122\"",
///     "statuscode": 8,
///     "statecode": 0,
///     "runmode": 2,
///     "errorcode": "NoCandidateMachine",
///     "errormessage": "There is no machine available.",
///     "startedon": "2022-06-16T12:54:40Z",
///     "completedon": "2022-06-16T12:57:46Z"
/// }"#).unwrap();
/// assert_eq!(row.status(), Some(FlowSessionStatus::Failed));
/// assert_eq!(row.run_mode(), Some(RunMode::Unattended));
/// assert_eq!(row.error_code(), Some(PowerAutomateError::NoCandidateMachine));
/// assert_eq!(row.error_message(), Some("There is no machine available."));
/// assert_eq!(row.completed_on(), Some("2022-06-16T12:57:46Z"));
/// assert_eq!(row.get("statecode"), Some(&serde_json::json!(0)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub struct FlowSession {
    /// The whole row. Invariant: the string columns read here hold a string or null.
    row: Map<String, Value>,
    /// The row's text, where `row` does not hold it exactly.
    exact: Exact,
}

impl FlowSession {
    /// The run's status, or `None` when `statuscode` is absent, null, a number the picklist
    /// does not define ([`raw_status`](Self::raw_status) has it), or not an integer (`8.0`,
    /// `"8"`: [`get`](Self::get) has it).
    ///
    /// ```
    /// use rpa_error_codes::power_automate::{FlowSession, FlowSessionStatus};
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"statuscode": 4}"#).unwrap();
    /// assert_eq!(row.status(), Some(FlowSessionStatus::Succeeded));
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"statuscode": 99}"#).unwrap();
    /// assert_eq!(row.status(), None);
    /// assert_eq!(row.raw_status(), Some(99));
    /// ```
    pub fn status(&self) -> Option<FlowSessionStatus> {
        self.raw_status().and_then(FlowSessionStatus::from_picklist)
    }

    /// `statuscode` as received, or `None` when it is absent, null, or not an integer within
    /// `i64` (`8.0`, `"8"`, `1e308`; `-0` is 0).
    ///
    /// ```
    /// use rpa_error_codes::power_automate::FlowSession;
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"statuscode": 8}"#).unwrap();
    /// assert_eq!(row.raw_status(), Some(8));
    /// let row: FlowSession = serde_json::from_str(r#"{"statuscode": null}"#).unwrap();
    /// assert_eq!(row.raw_status(), None);
    /// let row: FlowSession = serde_json::from_str(r#"{"statuscode": 8.0, "errorcode": "DnsError"}"#).unwrap();
    /// assert_eq!(row.raw_status(), None);
    /// assert_eq!(row.raw_error_code(), Some("DnsError"));
    /// ```
    pub fn raw_status(&self) -> Option<i64> {
        self.row.get("statuscode").and_then(Value::as_i64)
    }

    /// The run mode, from the `runmode` picklist ([`RunMode::from_picklist`]: 0 Local,
    /// 1 Attended, 2 Unattended), or `None` when it is absent, null, another number
    /// ([`raw_run_mode`](Self::raw_run_mode) has it) or not an integer ([`get`](Self::get)
    /// has it).
    ///
    /// ```
    /// use rpa_error_codes::power_automate::{FlowSession, RunMode};
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"runmode": 1}"#).unwrap();
    /// assert_eq!(row.run_mode(), Some(RunMode::Attended));
    /// ```
    pub fn run_mode(&self) -> Option<RunMode> {
        self.raw_run_mode()
            .and_then(|value| u8::try_from(value).ok())
            .and_then(RunMode::from_picklist)
    }

    /// `runmode` as received, or `None` when it is absent, null, or not an integer within
    /// `i64` (`1.0`, `"1"`; `-0` is 0).
    ///
    /// ```
    /// use rpa_error_codes::power_automate::FlowSession;
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"runmode": 7}"#).unwrap();
    /// assert_eq!(row.run_mode(), None);
    /// assert_eq!(row.raw_run_mode(), Some(7));
    /// ```
    pub fn raw_run_mode(&self) -> Option<i64> {
        self.row.get("runmode").and_then(Value::as_i64)
    }

    /// The catalog code in `errorcode`, or `None` when the column is absent, null, empty, or
    /// holds a code that is not in the catalog ([`raw_error_code`](Self::raw_error_code) has
    /// it). The match is exact, as [`PowerAutomateError::from_code`].
    ///
    /// ```
    /// use rpa_error_codes::power_automate::{FlowSession, PowerAutomateError};
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"errorcode": "SessionNotFound"}"#).unwrap();
    /// assert_eq!(row.error_code(), Some(PowerAutomateError::SessionNotFound));
    /// ```
    pub fn error_code(&self) -> Option<PowerAutomateError> {
        self.raw_error_code()
            .and_then(PowerAutomateError::from_code)
    }

    /// `errorcode` as received, catalog code or not; `None` when it is absent or null.
    ///
    /// ```
    /// use rpa_error_codes::power_automate::FlowSession;
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"errorcode": "-1073741477"}"#).unwrap();
    /// assert_eq!(row.error_code(), None);
    /// assert_eq!(row.raw_error_code(), Some("-1073741477"));
    /// ```
    pub fn raw_error_code(&self) -> Option<&str> {
        self.string("errorcode")
    }

    /// `errormessage`, or `None` when it is absent or null.
    ///
    /// ```
    /// use rpa_error_codes::power_automate::FlowSession;
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"errormessage": "Timed out."}"#).unwrap();
    /// assert_eq!(row.error_message(), Some("Timed out."));
    /// ```
    pub fn error_message(&self) -> Option<&str> {
        self.string("errormessage")
    }

    /// The run's id: `flowsessionid`, or else `flowsessionId` as the `RunDesktopFlow` response
    /// names it; `None` when neither is there (or both are null).
    ///
    /// ```
    /// use rpa_error_codes::power_automate::FlowSession;
    ///
    /// let id = "d9687093-d0c0-ec11-983e-0022480b428a";
    /// let row: FlowSession = serde_json::from_str(&format!(r#"{{"flowsessionid": "{id}"}}"#)).unwrap();
    /// assert_eq!(row.flowsession_id(), Some(id));
    /// let response: FlowSession = serde_json::from_str(&format!(r#"{{"flowsessionId": "{id}"}}"#)).unwrap();
    /// assert_eq!(response.flowsession_id(), Some(id));
    /// ```
    pub fn flowsession_id(&self) -> Option<&str> {
        self.string("flowsessionid")
            .or_else(|| self.string("flowsessionId"))
    }

    /// `startedon` as received, or `None` when it is absent or null.
    ///
    /// ```
    /// use rpa_error_codes::power_automate::FlowSession;
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"startedon": "2022-09-05T08:04:11Z"}"#).unwrap();
    /// assert_eq!(row.started_on(), Some("2022-09-05T08:04:11Z"));
    /// ```
    pub fn started_on(&self) -> Option<&str> {
        self.string("startedon")
    }

    /// `completedon` as received, or `None` when it is absent or null (a run not finished).
    ///
    /// ```
    /// use rpa_error_codes::power_automate::FlowSession;
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"completedon": null}"#).unwrap();
    /// assert_eq!(row.completed_on(), None);
    /// ```
    pub fn completed_on(&self) -> Option<&str> {
        self.string("completedon")
    }

    /// The value of any column or key, as received.
    ///
    /// ```
    /// use rpa_error_codes::power_automate::FlowSession;
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"@odata.etag": "W1276122", "statecode": 0}"#).unwrap();
    /// assert_eq!(row.get("@odata.etag").and_then(|v| v.as_str()), Some("W1276122"));
    /// assert_eq!(row.get("machineid"), None);
    /// ```
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.row.get(key)
    }

    /// The whole row, in its view (exact unless [Lossless](Self#lossless) says otherwise).
    ///
    /// ```
    /// use rpa_error_codes::power_automate::FlowSession;
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"statuscode": 4, "statecode": 0}"#).unwrap();
    /// assert_eq!(row.as_map().len(), 2);
    /// ```
    pub fn as_map(&self) -> &Map<String, Value> {
        &self.row
    }

    /// The whole row, in its view (exact unless [Lossless](Self#lossless) says otherwise).
    ///
    /// ```
    /// use rpa_error_codes::power_automate::FlowSession;
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"statuscode": 4}"#).unwrap();
    /// assert_eq!(row.into_map()["statuscode"], 4);
    /// ```
    pub fn into_map(self) -> Map<String, Value> {
        self.row
    }

    fn string(&self, key: &str) -> Option<&str> {
        self.row.get(key).and_then(Value::as_str)
    }
}

/// Writes the row back as received.
impl Serialize for FlowSession {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.exact.serialize(&self.row, serializer)
    }
}

/// Reads a JSON object with a `flowsession` key whose typed columns hold their JSON type or
/// null (see [What is accepted](FlowSession#what-is-accepted)).
///
/// ```
/// use rpa_error_codes::power_automate::FlowSession;
///
/// assert!(serde_json::from_str::<FlowSession>("{}").is_err());
/// assert!(serde_json::from_str::<FlowSession>(r#"{"error": {"code": "DnsError"}}"#).is_err());
///
/// let row = serde_json::from_str::<FlowSession>(r#"{"statuscode": "8", "errorcode": "DnsError"}"#).unwrap();
/// assert_eq!(row.status(), None);
/// assert_eq!(row.raw_error_code(), Some("DnsError"));
/// assert!(serde_json::from_str::<FlowSession>(r#"{"errorcode": 42}"#).is_err());
/// assert!(serde_json::from_str::<FlowSession>("[]").is_err());
/// ```
impl<'de> Deserialize<'de> for FlowSession {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// The typed columns (and the response's `flowsessionId`) that are strings.
        const STRINGS: [&str; 6] = [
            "errorcode",
            "errormessage",
            "flowsessionid",
            "flowsessionId",
            "startedon",
            "completedon",
        ];

        // `statuscode` and `runmode` may hold anything: an odd value (`8.0`, `"8"`) is read
        // as an unknown status or mode, and the row keeps its `errorcode`.
        let (row, exact) = object(deserializer, "a Dataverse flowsession row: an object")?;
        if !crate::body::has_flowsession_key(&row) {
            return Err(de::Error::custom(
                "not a Dataverse flowsession row: none of its columns (body::FLOWSESSION_KEYS)",
            ));
        }
        for key in STRINGS {
            check_key(&row, key, key, "a string or null", is_string_or_null)?;
        }
        Ok(FlowSession { row, exact })
    }
}
