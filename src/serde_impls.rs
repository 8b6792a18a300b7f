//! `Serialize` and `Deserialize` of the types the generator does not write: the one visitor
//! every catalog's generated `Deserialize` uses, and the small shared types (the `serde`
//! feature).

use core::fmt::{self, Write as _};
use core::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::power_automate::{RunMode, RunModes};
use crate::{Catalog, Code, Link, Source, UnknownCode};

/// Reads a code of `C` as its generated `Deserialize` asks: in a self-describing format, any
/// string [`Code::from_code`] reads and any integer of the code's number (for 32-bit codes its
/// unsigned or signed reading); otherwise what `read` asks the deserializer for, the form
/// `Serialize` writes. Anything else is an error naming it, as [`UnknownCode`] does.
pub(crate) fn deserialize_code<'de, C: Code, D: Deserializer<'de>>(
    deserializer: D,
    read: impl FnOnce(D, CodeVisitor<C>) -> Result<C, D::Error>,
) -> Result<C, D::Error> {
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(CodeVisitor(PhantomData))
    } else {
        read(deserializer, CodeVisitor(PhantomData))
    }
}

/// The visitor of [`deserialize_code`].
pub(crate) struct CodeVisitor<C>(PhantomData<C>);

impl<C: Code> CodeVisitor<C> {
    /// The code numbered `n`; `unexpected` describes `n` for a catalog of names.
    fn number<E: de::Error>(
        self,
        n: impl TryInto<i64> + fmt::Display + Copy,
        unexpected: Unexpected<'_>,
    ) -> Result<C, E> {
        if !C::HAS_NUMBERS {
            return Err(E::invalid_type(unexpected, &self));
        }
        n.try_into()
            .ok()
            .and_then(C::from_number)
            .ok_or_else(|| E::custom(unknown_in(C::CATALOG, n)))
    }
}

impl<C: Code> Visitor<'_> for CodeVisitor<C> {
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(C::EXPECTING)
    }

    // Smaller integer types are forwarded to these by serde's defaults.
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<C, E> {
        self.number(v, Unexpected::Unsigned(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<C, E> {
        self.number(v, Unexpected::Signed(v))
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<C, E> {
        self.number(v, Unexpected::Other("integer"))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<C, E> {
        self.number(v, Unexpected::Other("integer"))
    }

    // Borrowed and owned strings are forwarded here by serde's defaults.
    fn visit_str<E: de::Error>(self, v: &str) -> Result<C, E> {
        C::from_code(v).ok_or_else(|| E::custom(UnknownCode::new(C::CATALOG, v)))
    }
}

/// An [`UnknownCode`] of `catalog` for the number `n`, written without allocating.
fn unknown_in(catalog: Catalog, n: impl fmt::Display) -> UnknownCode {
    /// Room for any `i128` or `u128` in decimal (at most 40 bytes).
    struct Digits {
        bytes: [u8; 40],
        len: usize,
    }

    impl fmt::Write for Digits {
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

    let mut digits = Digits {
        bytes: [0; 40],
        len: 0,
    };
    // Integers always fit; were one not to, the error would name what was written.
    let _ = write!(digits, "{n}");
    let text = core::str::from_utf8(&digits.bytes[..digits.len]).unwrap_or_default();
    UnknownCode::new(catalog, text)
}

/// From the run mode's name as the vendor's table writes it (`"Attended"`, `"Unattended"`,
/// `"Local"`) or in lower case, as the Dataverse `RunDesktopFlow` request sends it
/// (`"attended"`, `"unattended"`, `"local"`), or from the integer of the `flowsession.runmode`
/// picklist ([`RunMode::from_picklist`]: 0 Local, 1 Attended, 2 Unattended). `Serialize` writes
/// the table's spelling.
///
/// Anything else is an error naming it: another integer, a fraction (`1.0`), a numeric string
/// (`"1"`), another case (`"UNATTENDED"`). Formats that are not self-describing
/// ([`Deserializer::is_human_readable`] false) are read as the string `Serialize` writes.
///
/// ```
/// use rpa_error_codes::power_automate::RunMode;
///
/// let mode: RunMode = serde_json::from_str(r#""unattended""#).unwrap();
/// assert_eq!(mode, RunMode::Unattended);
/// assert_eq!(serde_json::to_string(&mode).unwrap(), r#""Unattended""#);
/// assert_eq!(serde_json::from_str::<RunMode>("2").unwrap(), RunMode::Unattended);
/// assert!(serde_json::from_str::<RunMode>(r#""UNATTENDED""#).is_err());
/// assert!(serde_json::from_str::<RunMode>("3").is_err());
/// ```
impl<'de> Deserialize<'de> for RunMode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(RunModeVisitor)
        } else {
            deserializer.deserialize_str(RunModeVisitor)
        }
    }
}

struct RunModeVisitor;

impl Visitor<'_> for RunModeVisitor {
    type Value = RunMode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "a run mode: \"Attended\", \"Unattended\" or \"Local\", or in lower case, \
             or a flowsession runmode picklist value 0, 1 or 2",
        )
    }

    // Smaller integer types are forwarded to these by serde's defaults.
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RunMode, E> {
        u8::try_from(v)
            .ok()
            .and_then(RunMode::from_picklist)
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(v), &self))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<RunMode, E> {
        u8::try_from(v)
            .ok()
            .and_then(RunMode::from_picklist)
            .ok_or_else(|| E::invalid_value(Unexpected::Signed(v), &self))
    }

    // Borrowed and owned strings are forwarded here by serde's defaults.
    fn visit_str<E: de::Error>(self, v: &str) -> Result<RunMode, E> {
        match v {
            "Attended" | "attended" => Ok(RunMode::Attended),
            "Unattended" | "unattended" => Ok(RunMode::Unattended),
            "Local" | "local" => Ok(RunMode::Local),
            _ => Err(E::invalid_value(Unexpected::Str(v), &self)),
        }
    }
}

/// The list of the run modes' names, in the order Attended, Unattended, Local
/// (the vendor's "All" is the list of all three).
///
/// ```
/// use rpa_error_codes::PowerAutomateError;
///
/// let modes = PowerAutomateError::UIFlowAlreadyRunning.run_modes();
/// assert_eq!(serde_json::to_string(&modes).unwrap(), r#"["Attended","Unattended"]"#);
/// ```
impl Serialize for RunModes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// An object with the fields `document`, `date` (a string or null) and `url`.
///
/// ```
/// use rpa_error_codes::OrchestratorCode;
///
/// let source = serde_json::to_value(OrchestratorCode::ItemNotFound.info().source).unwrap();
/// assert!(source["url"].as_str().unwrap().starts_with("https://"));
/// ```
/// `{"text", "url"}`, as `#[derive(Serialize)]` would write it (the crate uses no derive
/// macro; see `build/emit/`).
impl Serialize for Link {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Link", 2)?;
        state.serialize_field("text", self.text)?;
        state.serialize_field("url", self.url)?;
        state.end()
    }
}

impl Serialize for Source {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Source", 3)?;
        state.serialize_field("document", self.document)?;
        state.serialize_field("date", &self.date)?;
        state.serialize_field("url", self.url)?;
        state.end()
    }
}
