//! The codes error bodies carry, and telling error bodies apart.
//!
//! - [`BodyCode`]: the code of a Power Automate error body (`error.code`) or of a Dataverse
//!   `flowsession` row (`errorcode`), typed in whichever catalog it belongs to: a Power
//!   Automate run code, a Windows logon status, a Dataverse error, or a string kept verbatim.
//!   [`ErrorBody::typed_code`] and [`FlowSession::typed_code`] return it.
//! - [`FLOWSESSION_KEYS`]: the keys that make a JSON object a `flowsession` row.
//! - [`Body`] (feature `serde`): reads a JSON body and says whose it is, a Power Automate error
//!   body, a `flowsession` row or a UiPath error body, or why it is none of them
//!   ([`BodyError`]).
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use rpa_error_codes::body::{Body, BodyCode};
//! use rpa_error_codes::windows_logon::LogonStatus;
//!
//! let text = r#"{"error": {"code": "-1073741477", "message": "A user has requested a type of logon ..."}}"#;
//! match Body::from_json(text).unwrap() {
//!     Body::PowerAutomate(body) => {
//!         assert_eq!(body.typed_code(), BodyCode::WindowsLogon(LogonStatus::LogonTypeNotGranted));
//!     }
//!     other => panic!("not a Power Automate body: {other:?}"),
//! }
//! # }
//! ```

use core::fmt;

use crate::AnyCode;
#[cfg(all(doc, feature = "dataverse"))]
use crate::dataverse::DataverseError;
#[cfg(doc)]
use crate::{LogonStatus, PowerAutomateError};

#[cfg(feature = "serde")]
pub use self::classify::{Body, BodyError, BodyErrorKind};

/// The keys of a Dataverse `flowsession` row (its documented columns, including the error
/// columns), and `flowsessionId`, the run's id as the `RunDesktopFlow` response names it.
///
/// A JSON object is a `flowsession` row when it has at least one of them:
/// `FlowSession` does not deserialize from an object without one (`{}`, a Power Automate error
/// body, an Orchestrator body), and [`Body`] classifies by them. Keys are compared exactly:
/// Dataverse writes column names in lower case, and `errorCode` (Orchestrator) is not
/// `errorcode`.
///
/// ```
/// use rpa_error_codes::body::FLOWSESSION_KEYS;
///
/// assert!(FLOWSESSION_KEYS.contains(&"statuscode"));
/// assert!(FLOWSESSION_KEYS.contains(&"flowsessionId"));
/// assert!(!FLOWSESSION_KEYS.contains(&"errorCode"));
/// ```
pub const FLOWSESSION_KEYS: [&str; 14] = [
    "flowsessionid",
    "flowsessionId",
    "statuscode",
    "statecode",
    "runmode",
    "errorcode",
    "errormessage",
    "errordetails",
    "errorinnererror",
    "startedon",
    "completedon",
    "correlationid",
    "machineid",
    "machinegroupid",
];

body_code! {
    /// The code of a Power Automate error body or `flowsession` row, typed in the catalog it
    /// belongs to.
    ///
    /// The `code` of a Power Automate error body and the `errorcode` of a `flowsession` row are
    /// usually run codes (`WindowsIdentityIncorrect`), but a connection that cannot sign in
    /// carries a Windows logon status (`"-1073741477"`), and the Dataverse Web API a Dataverse
    /// HRESULT (`"0x80040220"`). [`BodyCode::parse`] tells them apart; anything else (a code newer
    /// than this release, a Dataverse error without the `dataverse` feature) is kept as received,
    /// borrowed, in [`Other`](BodyCode::Other).
    ///
    /// The enum is `#[non_exhaustive]`: a catalog added later is a new variant, and the
    /// `Dataverse` variant exists only with the `dataverse` feature, so a `match` needs a wildcard
    /// arm.
    ///
    /// ```
    /// use rpa_error_codes::PowerAutomateError;
    /// use rpa_error_codes::body::BodyCode;
    /// use rpa_error_codes::windows_logon::LogonStatus;
    ///
    /// fn advice(code: BodyCode<'_>) -> String {
    ///     match code {
    ///         BodyCode::PowerAutomate(error) if error.is_retryable() => "retry later".into(),
    ///         BodyCode::WindowsLogon(status) => format!("fix the connection's account: {}", status.message()),
    ///         BodyCode::Other(raw) => format!("unknown code {raw:?}"),
    ///         known => format!("alert a person: {}", known.known().map(|c| c.name()).unwrap_or("?")),
    ///     }
    /// }
    ///
    /// assert_eq!(advice(BodyCode::parse("UIFlowAlreadyRunning")), "retry later");
    /// assert!(advice(BodyCode::parse("-1073741477")).starts_with("fix the connection's account"));
    /// assert_eq!(advice(BodyCode::parse("NewCode2031")), r#"unknown code "NewCode2031""#);
    /// ```
    #[non_exhaustive]
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum BodyCode
}

impl<'a> BodyCode<'a> {
    /// Types `code` as a body carries it, without allocating: a Power Automate code (exact, as
    /// [`PowerAutomateError::from_code`]), else a Windows logon status
    /// (a number, as [`LogonStatus::from_code`] reads one), else a Dataverse error (a number,
    /// as [`DataverseError::from_code`] reads one,
    /// with the `dataverse` feature), else a cloud-flow code (exact, as
    /// [`CloudFlowError::from_code`](crate::CloudFlowError::from_code)), else
    /// [`Other`](BodyCode::Other). Names of the logon and Dataverse catalogs are not read:
    /// bodies carry those codes as numbers.
    ///
    /// ```
    /// use rpa_error_codes::PowerAutomateError;
    /// use rpa_error_codes::body::BodyCode;
    ///
    /// assert_eq!(
    ///     BodyCode::parse("WindowsIdentityIncorrect"),
    ///     BodyCode::PowerAutomate(PowerAutomateError::WindowsIdentityIncorrect),
    /// );
    /// assert_eq!(BodyCode::parse("windowsidentityincorrect"), BodyCode::Other("windowsidentityincorrect"));
    /// #[cfg(feature = "dataverse")]
    /// assert!(matches!(BodyCode::parse("0x80040220"), BodyCode::Dataverse(_)));
    /// #[cfg(not(feature = "dataverse"))]
    /// assert_eq!(BodyCode::parse("0x80040220"), BodyCode::Other("0x80040220"));
    /// assert_eq!(
    ///     BodyCode::parse("ActionFailed"),
    ///     BodyCode::CloudFlow(rpa_error_codes::CloudFlowError::ActionFailed),
    /// );
    /// ```
    pub fn parse(code: &'a str) -> BodyCode<'a> {
        Self::parse_in_order(code)
    }

    /// The catalog code, or `None` for [`Other`](BodyCode::Other).
    ///
    /// ```
    /// use rpa_error_codes::{AnyCode, Catalog};
    /// use rpa_error_codes::body::BodyCode;
    ///
    /// let code = BodyCode::parse("-1073741477").known().unwrap();
    /// assert_eq!(code.catalog(), Catalog::WindowsLogon);
    /// assert_eq!(BodyCode::parse("Unheard").known(), None);
    /// ```
    pub const fn known(self) -> Option<AnyCode> {
        self.known_code()
    }

    /// Whether a catalog knows the code.
    pub const fn is_known(self) -> bool {
        !matches!(self, BodyCode::Other(_))
    }
}

/// A known code as the catalog writes it ([`AnyCode::code`]); [`Other`](BodyCode::Other) as
/// received.
impl fmt::Display for BodyCode<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.known() {
            Some(code) => f.write_str(code.as_str()),
            None => match self {
                BodyCode::Other(raw) => f.write_str(raw),
                _ => Ok(()),
            },
        }
    }
}

#[cfg(feature = "serde")]
use crate::power_automate::{ErrorBody, FlowSession};

#[cfg(feature = "serde")]
impl ErrorBody {
    /// `error.code`, typed in the catalog it belongs to: a run code, a Windows logon status, a
    /// Dataverse error (with the `dataverse` feature), or the string as received
    /// ([`BodyCode::parse`]). Allocates nothing. [`code`](Self::code) gives only run codes.
    ///
    /// ```
    /// use rpa_error_codes::body::BodyCode;
    /// use rpa_error_codes::power_automate::ErrorBody;
    /// use rpa_error_codes::windows_logon::LogonStatus;
    ///
    /// let body: ErrorBody = serde_json::from_str(r#"{"error": {"code": "-1073741477"}}"#).unwrap();
    /// assert_eq!(body.code(), None);
    /// assert_eq!(body.typed_code(), BodyCode::WindowsLogon(LogonStatus::LogonTypeNotGranted));
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    pub fn typed_code(&self) -> BodyCode<'_> {
        BodyCode::parse(self.raw_code())
    }

    /// The codes of the errors inside this one, typed as [`typed_code`](Self::typed_code)
    /// types them, in order: each string `code` of `error.details`, then each `code` down the
    /// chain of `innererror` objects (`innerError` too), where the JSON format of OData and
    /// Microsoft's REST APIs puts an error's causes. A wrapper such as the cloud-flow code
    /// `ActionFailed` carries the desktop flow's own code there. Allocates nothing; a body
    /// without them yields nothing.
    ///
    /// ```
    /// use rpa_error_codes::body::BodyCode;
    /// use rpa_error_codes::power_automate::ErrorBody;
    /// use rpa_error_codes::{CloudFlowError, PowerAutomateError};
    ///
    /// let body: ErrorBody = serde_json::from_str(
    ///     r#"{"error": {"code": "ActionFailed", "message": "An action failed.",
    ///                   "details": [{"code": "UIFlowAlreadyRunning", "message": "..."}]}}"#,
    /// )
    /// .unwrap();
    /// assert_eq!(body.typed_code(), BodyCode::CloudFlow(CloudFlowError::ActionFailed));
    /// let inner: Vec<BodyCode<'_>> = body.inner_codes().collect();
    /// assert_eq!(inner, [BodyCode::PowerAutomate(PowerAutomateError::UIFlowAlreadyRunning)]);
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    pub fn inner_codes(&self) -> impl Iterator<Item = BodyCode<'_>> + '_ {
        use serde_json::Value;

        fn inner(error: &Value) -> Option<&Value> {
            let error = error.as_object()?;
            error.get("innererror").or_else(|| error.get("innerError"))
        }
        let details = self
            .error_field("details")
            .and_then(Value::as_array)
            .into_iter()
            .flatten();
        let chain =
            core::iter::successors(self.as_map().get("error").and_then(inner), |e| inner(e));
        details
            .chain(chain)
            .filter_map(|error| error.get("code")?.as_str())
            .map(BodyCode::parse)
    }
}

#[cfg(feature = "serde")]
impl FlowSession {
    /// `errorcode`, typed in the catalog it belongs to ([`BodyCode::parse`]); `None` when the
    /// column is absent, null or empty (a run that did not fail). Allocates nothing.
    /// [`error_code`](Self::error_code) gives only run codes.
    ///
    /// ```
    /// use rpa_error_codes::PowerAutomateError;
    /// use rpa_error_codes::body::BodyCode;
    /// use rpa_error_codes::power_automate::FlowSession;
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"statuscode": 8, "errorcode": "NoCandidateMachine"}"#).unwrap();
    /// assert_eq!(row.typed_code(), Some(BodyCode::PowerAutomate(PowerAutomateError::NoCandidateMachine)));
    ///
    /// let row: FlowSession = serde_json::from_str(r#"{"statuscode": 4, "errorcode": ""}"#).unwrap();
    /// assert_eq!(row.typed_code(), None);
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    pub fn typed_code(&self) -> Option<BodyCode<'_>> {
        self.raw_error_code()
            .filter(|code| !code.is_empty())
            .map(BodyCode::parse)
    }
}

/// Whether `map` has one of [`FLOWSESSION_KEYS`].
#[cfg(feature = "serde")]
pub(crate) fn has_flowsession_key(
    map: &serde_json::Map<alloc::string::String, serde_json::Value>,
) -> bool {
    FLOWSESSION_KEYS.iter().any(|key| map.contains_key(*key))
}

#[cfg(feature = "serde")]
mod classify;
