//! The description of every catalog and vocabulary: the only place in the generator that
//! names a vendor. Each catalog's description is a file of its own here; this file lists them
//! and holds the columns and vocabulary they share. `data/README.md` documents the same
//! columns for the people who edit them.

use super::describe::{
    BodyReads, Catalog, Column, IdentRule, InBodies, IntType, Item, Key, Kind, Order, Rule,
    Surface, Vocabulary, Wire,
};
use super::markup::LinkBase;

mod cloud_flow;
mod dataverse;
mod orchestrator;
mod power_automate;
mod windows_logon;

pub use cloud_flow::{CLOUD_CATEGORY, CLOUD_FLOW};
pub use dataverse::DATAVERSE;
pub use orchestrator::{CATEGORY, NAME_EVIDENCE, ORCHESTRATOR};
pub use power_automate::{PLATFORM, POWER_AUTOMATE, RUN_MODE};
pub use windows_logon::{NAME_BASIS, WINDOWS_LOGON};

/// Every catalog, in the order they are generated.
pub const CATALOGS: &[&Catalog] = &[
    &POWER_AUTOMATE,
    &ORCHESTRATOR,
    &WINDOWS_LOGON,
    &DATAVERSE,
    &CLOUD_FLOW,
];

/// How the relative links of Microsoft's desktop-flow articles (KB 4555406, KB 5021155)
/// resolve: both live in `desktop-flows/`.
const DESKTOP_FLOWS: LinkBase<'static> = LinkBase {
    site: "https://learn.microsoft.com",
    folder: "https://learn.microsoft.com/troubleshoot/power-platform/power-automate/desktop-flows/",
    page: None,
};

/// A column with no label, no alias: the common case, completed with `..PLAIN`.
const PLAIN: Column = Column {
    name: "",
    kind: Kind::Text { verbatim: false },
    required: true,
    field: "",
    doc: "",
    label: None,
    alias: false,
};

const SOURCE_DOCUMENT: Column = Column {
    name: "source",
    kind: Kind::SourceDocument,
    field: "source",
    doc: "The document the row was transcribed from.",
    label: Some("Source"),
    ..PLAIN
};
const SOURCE_DATE: Column = Column {
    name: "source_date",
    kind: Kind::SourceDate,
    field: "source",
    ..PLAIN
};
const SOURCE_URL: Column = Column {
    name: "source_url",
    kind: Kind::SourceUrl,
    field: "source",
    ..PLAIN
};

/// The retry class of every catalog.
const RETRY_CLASS_COLUMN: Column = Column {
    name: "retry_class",
    kind: Kind::Vocab(&RETRY_CLASS),
    field: "retry_class",
    doc: "What retrying can do: this crate's judgement of the vendor's text (see \
          [`retry_reason`](Self::retry_reason)).",
    label: Some("Retry class"),
    ..PLAIN
};

/// Why the row has its retry class.
const RETRY_REASON_COLUMN: Column = Column {
    name: "retry_reason",
    field: "retry_reason",
    doc: "Why the code has its [`retry_class`](Self::retry_class): the vendor's words it rests \
          on, in double quotes, or the HTTP status.",
    label: Some("Why this retry class"),
    ..PLAIN
};

pub static RETRY_CLASS: Vocabulary = Vocabulary {
    name: "RetryClass",
    doc: "What retrying a code can do: this crate's reading of the vendor's text, one class per \
          code of every catalog, each with its reason (`retry_reason`).\n\n\
          The class is a judgement, not a vendor fact: the vendors publish texts, not classes. \
          Every class comes with a reason that quotes the vendor's words (in double quotes) or \
          names the HTTP status it rests on, and where the text supports no class the class is \
          [`Unknown`](Self::Unknown). `data/README.md` gives the rules.",
    non_exhaustive: true,
    items: &[
        Item {
            name: "Throttled",
            spellings: &["throttled"],
            text: "throttled",
            sentence: None,
            doc: "Wait, then retry: the code comes with HTTP 429 (Too Many Requests), or the \
                  vendor's text says to wait or to try again later, or that the service is busy \
                  or throttling. Retry with a delay that grows (back off); retrying at once is \
                  likely to fail again.",
            note: None,
        },
        Item {
            name: "Transient",
            spellings: &["transient"],
            text: "transient",
            sentence: None,
            doc: "Retrying, without anyone changing anything, can succeed: the vendor's text \
                  says to retry or try again, or describes a condition that passes by itself \
                  (a time-out, a lock held by another operation, a job still running), and asks \
                  nothing else of a person.",
            note: None,
        },
        Item {
            name: "NeedsPerson",
            spellings: &["needs_person"],
            text: "needs_person",
            sentence: None,
            doc: "A person must act before a retry can succeed: the vendor's text tells someone \
                  to change a configuration, credentials, a license, an installation, a machine \
                  or the request itself. Retrying unchanged fails again.",
            note: None,
        },
        Item {
            name: "Unknown",
            spellings: &["unknown"],
            text: "unknown",
            sentence: None,
            doc: "The vendor's text does not say whether retrying can help (it gives no text, \
                  or only a link, or states the error without a cause or a remedy).",
            note: None,
        },
    ],
};

/// Every vocabulary, with the module whose generated file defines it: a catalog's module, or a
/// module of the crate shared by every catalog (`{module}.rs` in `OUT_DIR`).
pub const VOCABULARIES: &[(&str, &Vocabulary)] = &[
    ("power_automate", &RUN_MODE),
    ("power_automate", &PLATFORM),
    ("orchestrator", &CATEGORY),
    ("orchestrator", &NAME_EVIDENCE),
    ("windows_logon", &NAME_BASIS),
    ("retry", &RETRY_CLASS),
    ("cloud_flow", &CLOUD_CATEGORY),
];
