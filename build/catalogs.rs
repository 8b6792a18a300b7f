//! The description of every catalog and vocabulary: the only place in the generator that
//! names a vendor. `data/README.md` documents the same columns for the people who edit them.

use crate::describe::{
    Catalog, Column, IdentRule, IntType, Item, Key, Kind, Order, Rule, Surface, Vocabulary, Wire,
};
use crate::markup::LinkBase;

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

pub static RUN_MODE: Vocabulary = Vocabulary {
    name: "RunMode",
    doc: "A mode a desktop flow runs in.",
    non_exhaustive: false,
    items: &[
        Item {
            name: "Attended",
            spellings: &["Attended"],
            text: "Attended",
            sentence: None,
            doc: "Runs in the session of a signed-in user.",
            note: None,
        },
        Item {
            name: "Unattended",
            spellings: &["Unattended"],
            text: "Unattended",
            sentence: None,
            doc: "Runs in a session Power Automate creates on the machine.",
            note: None,
        },
        Item {
            name: "Local",
            spellings: &["Local"],
            text: "Local",
            sentence: None,
            doc: "Runs locally, from Power Automate for desktop (recording and test playback).",
            note: None,
        },
    ],
};

pub static PLATFORM: Vocabulary = Vocabulary {
    name: "Platform",
    doc: "The Windows edition a code is limited to, where the vendor's text states one.",
    non_exhaustive: true,
    items: &[
        Item {
            name: "WindowsServer",
            spellings: &["WindowsServer"],
            text: "Windows Server",
            sentence: Some("Windows Server only."),
            doc: "\"Windows Server only.\"",
            note: None,
        },
        Item {
            name: "Windows10",
            spellings: &["Windows10"],
            text: "Windows 10",
            sentence: Some("Windows 10 only."),
            doc: "\"Windows 10 only.\"",
            note: None,
        },
    ],
};

const fn category(name: &'static str, doc: &'static str) -> Item {
    Item {
        name,
        spellings: &[],
        text: name,
        sentence: None,
        doc,
        note: None,
    }
}

pub static CATEGORY: Vocabulary = Vocabulary {
    name: "Category",
    doc: "The area of Orchestrator a code belongs to.\n\n\
          These are the area labels of UiPath's response-code table (\"Processes/Packages/Jobs\" is \
          [`Jobs`](Self::Jobs), \"Conflict (409)\" is [`Conflict`](Self::Conflict), \"Authorization, \
          Users, Roles\" is [`Authorization`](Self::Authorization), \"Queue/Queue item\" is \
          [`Queues`](Self::Queues), \"Third-party components\" is [`ThirdParty`](Self::ThirdParty)). \
          Codes the table gives no label take the label of their range \
          ([`OrchestratorCodeInfo::category_from_label`] tells which).",
    non_exhaustive: true,
    items: &[
        category("Generic", "General errors (1000s)."),
        category("Audit", "Audit (1050s)."),
        category(
            "OrganizationUnits",
            "Organization units, now folders (1100s).",
        ),
        category("Robots", "Robots and machines (1200s)."),
        category("Conflict", "Conflicts, HTTP 409 (1300s)."),
        category("Authorization", "Authorization, users and roles (1400s)."),
        category("Assets", "Assets (1500s)."),
        category("Schedules", "Schedules (1600–1649)."),
        category("Jobs", "Processes, packages and jobs (1650s to 1680s)."),
        category("ThirdParty", "Third-party components (1700s)."),
        category("Logs", "Logs (1750s)."),
        category("Configuration", "Configuration (1800s)."),
        category("Queues", "Queues and queue items (1850s)."),
        category("License", "Licensing (1900s)."),
    ],
};

pub static NAME_EVIDENCE: Vocabulary = Vocabulary {
    name: "NameEvidence",
    doc: "How sure the catalog is of a code's symbolic name.\n\n\
          UiPath publishes its symbolic names without numbers (the `ErrorCode` enum of the \
          Orchestrator OpenAPI, in numeric order) and its numbers mostly without names. The grades \
          S, J, B, M and C of each row ([`OrchestratorCodeInfo::name_grade`]) map to these.",
    non_exhaustive: false,
    items: &[
        Item {
            name: "Stated",
            spellings: &["S", "J"],
            text: "Stated",
            sentence: None,
            doc: "A source states the name for this number (grade S), or two sources join it \
                  through the same message (grade J).",
            note: None,
        },
        Item {
            name: "EnumOrder",
            spellings: &["B"],
            text: "EnumOrder",
            sentence: None,
            doc: "Derived from the order of UiPath's name list, inside a block anchored at both \
                  ends whose name count matches the numbers exactly (grade B). No source states it.",
            note: None,
        },
        Item {
            name: "Inferred",
            spellings: &["M", "C"],
            text: "Inferred",
            sentence: None,
            doc: "Inferred: the name at the expected position fits the message (grade M), or is a \
                  guess from the order alone (grade C). Verify against a live Orchestrator before \
                  relying on it.",
            note: Some(
                "**The name is inferred**: no source states it for this number; verify it against \
                 a live Orchestrator before relying on it.",
            ),
        },
    ],
};

pub static NAME_BASIS: Vocabulary = Vocabulary {
    name: "NameBasis",
    doc: "Where a logon status's variant name comes from: KB 5021155 gives numbers, not names.",
    non_exhaustive: false,
    items: &[
        Item {
            name: "NtStatus",
            spellings: &["NtStatus"],
            text: "NtStatus",
            sentence: None,
            doc: "Microsoft's NTSTATUS name for the value, as a Microsoft document states it \
                  (`STATUS_LOGON_TYPE_NOT_GRANTED` is `LogonTypeNotGranted`).",
            note: None,
        },
        Item {
            name: "Message",
            spellings: &["Message"],
            text: "Message",
            sentence: None,
            doc: "Derived from the KB's message, because no Microsoft document found states an \
                  NTSTATUS name for the value.",
            note: Some(
                "**The name is derived from the message**: no Microsoft document found states an \
                 NTSTATUS name for this value.",
            ),
        },
    ],
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

pub static POWER_AUTOMATE: Catalog = Catalog {
    module: "power_automate",
    file: "data/power_automate.csv",
    feature: None,
    enum_name: "PowerAutomateError",
    info_doc: "Everything the catalog knows about one [`PowerAutomateError`]: every column of its row.",
    columns: &[
        Column {
            name: "code",
            kind: Kind::Ident(IdentRule::Exact),
            field: "code",
            doc: "The code as it travels on the wire.",
            label: Some("Code"),
            ..PLAIN
        },
        Column {
            name: "http_status",
            kind: Kind::HttpStatus,
            field: "http_status",
            doc: "The HTTP status the vendor's table gives.",
            label: Some("HTTP status"),
            ..PLAIN
        },
        Column {
            name: "run_modes",
            kind: Kind::VocabSet {
                vocab: &RUN_MODE,
                set: "RunModes",
                all: "All",
            },
            field: "run_modes",
            doc: "The run modes the code occurs in.",
            label: Some("Run modes"),
            ..PLAIN
        },
        Column {
            name: "platform",
            kind: Kind::Vocab(&PLATFORM),
            required: false,
            field: "platform",
            doc: "The Windows edition the code is limited to, if the text states one.",
            label: Some("Platform"),
            ..PLAIN
        },
        RETRY_CLASS_COLUMN,
        RETRY_REASON_COLUMN,
        Column {
            name: "retired_in",
            kind: Kind::Date,
            required: false,
            field: "retired_in",
            doc: "The date of the first table version without this code, if it was retired.",
            label: Some("Retired in the table of"),
            ..PLAIN
        },
        Column {
            name: "replaced_by",
            kind: Kind::RefList,
            required: false,
            field: "replaced_by",
            doc: "The codes the vendor renamed or split this code into.",
            label: Some("Replaced by"),
            ..PLAIN
        },
        Column {
            name: "former_codes",
            kind: Kind::NameList,
            required: false,
            field: "former_codes",
            doc: "The code's former names, as the vendor documents them: [`PowerAutomateError::from_code`] \
                  reads them as this code.",
            label: Some("Formerly"),
            alias: true,
        },
        Column {
            name: "former_codes_source",
            required: false,
            field: "former_codes_source",
            doc: "The document that states the [`former_codes`](Self::former_codes).",
            label: Some("Former names from"),
            ..PLAIN
        },
        Column {
            name: "first_seen",
            kind: Kind::Date,
            field: "first_seen",
            doc: "The date of the first known table version with this code.",
            label: Some("First seen in the table of"),
            ..PLAIN
        },
        Column {
            name: "mitigation",
            kind: Kind::Markup {
                base: DESKTOP_FLOWS,
                links_field: "links",
            },
            field: "mitigation",
            doc: "The mitigation steps as plain text (see [`PowerAutomateError::mitigation`]).",
            ..PLAIN
        },
        SOURCE_DOCUMENT,
        SOURCE_DATE,
        SOURCE_URL,
    ],
    variant: "code",
    discriminant: None,
    reserved: &["ALL"],
    order: Order::AsWritten,
    keys: &[Key::Str {
        column: "code",
        also: &["former_codes"],
        table: "CODE_TABLE",
        phf: (
            "CODES",
            "Every code string, and every former name the vendor documents for a code, mapped to \
             its variant: a [`phf::Map`] built at compile time. A former name maps to the current \
             code (`\"AADMachineAlwaysPromptingForPassword\"` to \
             [`PowerAutomateError::MSEntraMachineAlwaysPromptingForPassword`]), so the map has more \
             entries than [`PowerAutomateError::ALL`].\n\n\
             [`PowerAutomateError::from_code`] answers the same question faster; this map is here \
             for code that wants a map (to iterate, or to pass around).",
        ),
    }],
    rules: &[
        Rule::StatedBy {
            column: "platform",
            text: "mitigation",
        },
        Rule::Quotes {
            column: "retry_reason",
            texts: &["mitigation"],
        },
        Rule::Needs {
            column: "replaced_by",
            needs: "retired_in",
        },
        Rule::Needs {
            column: "former_codes",
            needs: "former_codes_source",
        },
        Rule::Needs {
            column: "former_codes_source",
            needs: "former_codes",
        },
        Rule::After {
            later: "retired_in",
            earlier: "first_seen",
        },
    ],
    headline: &["`{code}`: HTTP {http_status}, {run_modes}."],
    body: &["mitigation"],
    summary: &[
        ("Code", "code"),
        ("HTTP", "http_status"),
        ("Run modes", "run_modes"),
        ("Retry", "retry_class"),
        ("Retired", "retired_in"),
    ],
    order_doc: "in table order",
    one_line: "mitigation",
    surface: Surface {
        variant: "PowerAutomate",
        doc: "A Power Automate desktop-flow error code.",
        title: "Power Automate error",
        wire: Wire::Name("code"),
        name: "code",
        http_status: Some("http_status"),
        fallback: None,
        sections: &[],
    },
};

pub static ORCHESTRATOR: Catalog = Catalog {
    module: "orchestrator",
    file: "data/orchestrator.csv",
    feature: None,
    enum_name: "OrchestratorCode",
    info_doc: "Everything the catalog knows about one [`OrchestratorCode`]: every column of its row.",
    columns: &[
        Column {
            name: "code",
            kind: Kind::Int {
                ty: IntType::U16,
                min: 1,
                max: 65535,
            },
            field: "code",
            doc: "The number.",
            label: Some("Code"),
            alias: true,
            ..PLAIN
        },
        Column {
            name: "name",
            kind: Kind::Ident(IdentRule::Exact),
            field: "name",
            doc: "UiPath's symbolic name.",
            label: Some("Name"),
            ..PLAIN
        },
        Column {
            name: "name_grade",
            kind: Kind::Grade {
                vocab: &NAME_EVIDENCE,
                vocab_field: "name_evidence",
            },
            field: "name_grade",
            doc: "The evidence grade: `S`, `J` ([`Stated`](NameEvidence::Stated)), `B` \
                  ([`EnumOrder`](NameEvidence::EnumOrder)), `M` or `C` \
                  ([`Inferred`](NameEvidence::Inferred)).",
            label: Some("Name evidence"),
            ..PLAIN
        },
        Column {
            name: "name_source",
            field: "name_source",
            doc: "Where the name comes from.",
            label: Some("Name source"),
            ..PLAIN
        },
        Column {
            name: "aliases",
            kind: Kind::NameList,
            required: false,
            field: "aliases",
            doc: "Further names documented for the same number.",
            label: Some("Aliases"),
            alias: true,
        },
        Column {
            name: "former_names",
            kind: Kind::FormerNames,
            required: false,
            field: "former_names",
            doc: "Names this crate gave the code before correcting its name: each stays a \
                  `#[deprecated]` associated constant and a name [`OrchestratorCode::from_name`] \
                  reads.",
            label: Some("Former names in this crate"),
            alias: true,
        },
        Column {
            name: "category",
            kind: Kind::Vocab(&CATEGORY),
            field: "category",
            doc: "The area of Orchestrator.",
            label: Some("Category"),
            ..PLAIN
        },
        Column {
            name: "category_basis",
            kind: Kind::Flag {
                yes: "label",
                no: "range",
            },
            field: "category_from_label",
            doc: "Whether the table labels the code with its category (`true`) or the category is \
                  that of the code's range (`false`).",
            label: Some("Category from the table's label"),
            ..PLAIN
        },
        Column {
            name: "message",
            required: false,
            field: "message",
            doc: "The message template as documented, placeholders in brackets.",
            ..PLAIN
        },
        Column {
            name: "message_source",
            required: false,
            field: "message_source",
            doc: "Where the message comes from, when not from [`source`](Self::source).",
            label: Some("Message source"),
            ..PLAIN
        },
        Column {
            name: "description",
            required: false,
            field: "description",
            doc: "When the code occurs, as documented.",
            ..PLAIN
        },
        Column {
            name: "http_status",
            kind: Kind::HttpStatus,
            required: false,
            field: "http_status",
            doc: "The HTTP status, only where a source states one.",
            label: Some("HTTP status"),
            ..PLAIN
        },
        Column {
            name: "http_status_source",
            required: false,
            field: "http_status_source",
            doc: "The source of [`http_status`](Self::http_status).",
            label: Some("HTTP status source"),
            ..PLAIN
        },
        RETRY_CLASS_COLUMN,
        RETRY_REASON_COLUMN,
        Column {
            doc: "The document the row was transcribed from.",
            ..SOURCE_DOCUMENT
        },
        SOURCE_URL,
        Column {
            name: "notes",
            required: false,
            field: "notes",
            doc: "Remarks on the row: evidence, doubts, what was seen on the wire.",
            label: Some("Notes"),
            ..PLAIN
        },
    ],
    variant: "name",
    discriminant: Some(("u16", "code")),
    reserved: &["ALL"],
    order: Order::Ascending("code"),
    keys: &[
        Key::Number {
            column: "code",
            function: "find_code",
            public: "from_u16",
            phf: (
                "BY_CODE",
                "Every code number, mapped to its variant: a [`phf::Map`] built at compile time.\n\n\
                 [`OrchestratorCode::from_u16`] answers the same question faster; this map is here \
                 for code that wants a map.",
            ),
            text: None,
        },
        Key::Str {
            column: "name",
            also: &["aliases", "former_names"],
            table: "NAME_TABLE",
            phf: (
                "BY_NAME",
                "Every symbolic name, documented alias and former name, mapped to its variant: a \
                 [`phf::Map`] built at compile time.\n\n[`OrchestratorCode::from_name`] answers the same \
                 question faster.",
            ),
        },
    ],
    rules: &[
        Rule::Needs {
            column: "message_source",
            needs: "message",
        },
        Rule::Needs {
            column: "http_status_source",
            needs: "http_status",
        },
        Rule::Needs {
            column: "http_status",
            needs: "http_status_source",
        },
        Rule::Quotes {
            column: "retry_reason",
            texts: &["message", "description"],
        },
    ],
    headline: &[
        "`{code}` `{name}`: {message}",
        "`{code}` `{name}` ({category})",
    ],
    body: &["description"],
    summary: &[
        ("Code", "code"),
        ("Name", "name"),
        ("Evidence", "name_grade"),
        ("Category", "category"),
        ("Retry", "retry_class"),
        ("Message", "message"),
    ],
    order_doc: "in ascending order",
    one_line: "message",
    surface: Surface {
        variant: "Orchestrator",
        doc: "A UiPath Orchestrator API error code.",
        title: "UiPath Orchestrator",
        wire: Wire::Decimal("code"),
        name: "name",
        http_status: Some("http_status"),
        fallback: Some("({category})"),
        sections: &[("", "description")],
    },
};

pub static WINDOWS_LOGON: Catalog = Catalog {
    module: "windows_logon",
    file: "data/windows_logon.csv",
    feature: None,
    enum_name: "LogonStatus",
    info_doc: "Everything the catalog knows about one [`LogonStatus`]: every column of its row.",
    columns: &[
        Column {
            name: "code",
            kind: Kind::Int {
                ty: IntType::I32,
                min: i32::MIN as i64,
                max: i32::MAX as i64,
            },
            field: "code",
            doc: "The status as a signed 32-bit number, as the KB and the error body write it.",
            label: Some("Code"),
            alias: true,
            ..PLAIN
        },
        Column {
            name: "name",
            kind: Kind::Ident(IdentRule::Exact),
            field: "name",
            doc: "The variant's name (see [`name_basis`](Self::name_basis)).",
            ..PLAIN
        },
        Column {
            name: "name_basis",
            kind: Kind::Vocab(&NAME_BASIS),
            field: "name_basis",
            doc: "Where the name comes from.",
            label: Some("Name from"),
            ..PLAIN
        },
        Column {
            name: "ntstatus",
            required: false,
            field: "ntstatus",
            doc: "Microsoft's NTSTATUS constant for the value, where a Microsoft document states it.",
            label: Some("NTSTATUS"),
            alias: true,
            ..PLAIN
        },
        Column {
            name: "name_source",
            field: "name_source",
            doc: "The document that states the NTSTATUS name, or how the name was derived.",
            label: Some("Name source"),
            ..PLAIN
        },
        Column {
            name: "message",
            field: "message",
            doc: "The error message, as the KB writes it.",
            ..PLAIN
        },
        Column {
            name: "cause",
            kind: Kind::Markup {
                base: DESKTOP_FLOWS,
                links_field: "cause_links",
            },
            required: false,
            field: "cause",
            doc: "The cause as plain text, where the KB gives one.",
            ..PLAIN
        },
        Column {
            name: "resolution",
            kind: Kind::Markup {
                base: DESKTOP_FLOWS,
                links_field: "resolution_links",
            },
            field: "resolution",
            doc: "The resolution as plain text: one line per line break, steps as lines.",
            ..PLAIN
        },
        RETRY_CLASS_COLUMN,
        RETRY_REASON_COLUMN,
        SOURCE_DOCUMENT,
        SOURCE_DATE,
        SOURCE_URL,
    ],
    variant: "name",
    discriminant: Some(("i32", "code")),
    reserved: &["ALL"],
    order: Order::AsWritten,
    keys: &[
        Key::Number {
            column: "code",
            function: "find_code",
            public: "from_i32",
            phf: (
                "BY_CODE",
                "Every status number, mapped to its variant: a [`phf::Map`] built at compile \
                 time.\n\n[`LogonStatus::from_i32`] answers the same question faster.",
            ),
            text: Some("find_code_text"),
        },
        Key::Str {
            column: "name",
            also: &[],
            table: "NAME_TABLE",
            phf: (
                "BY_NAME",
                "Every variant name, mapped to its variant: a [`phf::Map`] built at compile \
                 time.\n\n[`LogonStatus::from_name`] answers the same question faster.",
            ),
        },
    ],
    rules: &[Rule::Quotes {
        column: "retry_reason",
        texts: &["message", "cause", "resolution"],
    }],
    headline: &["`{code}` `{name}`: {message}"],
    body: &["cause", "resolution"],
    summary: &[
        ("Code", "code"),
        ("Name", "name"),
        ("Retry", "retry_class"),
        ("Message", "message"),
    ],
    order_doc: "in the KB's order",
    one_line: "message",
    surface: Surface {
        variant: "WindowsLogon",
        doc: "A Windows logon status of KB 5021155.",
        title: "Windows logon status",
        wire: Wire::Decimal("code"),
        name: "name",
        http_status: None,
        fallback: None,
        sections: &[("Cause", "cause"), ("Resolution", "resolution")],
    },
};

pub static DATAVERSE: Catalog = Catalog {
    module: "dataverse",
    file: "data/dataverse.csv",
    feature: Some("dataverse"),
    enum_name: "DataverseError",
    info_doc: "Everything the catalog knows about one [`DataverseError`]: every column of its row.",
    columns: &[
        Column {
            name: "hex",
            kind: Kind::Hex32,
            field: "hresult",
            doc: "The HRESULT.",
            label: Some("HRESULT"),
            alias: true,
            ..PLAIN
        },
        Column {
            name: "decimal",
            kind: Kind::Int {
                ty: IntType::I32,
                min: i32::MIN as i64,
                max: i32::MAX as i64,
            },
            field: "decimal",
            doc: "The HRESULT as a signed 32-bit number, as the table writes it.",
            label: Some("Decimal"),
            alias: true,
            ..PLAIN
        },
        Column {
            name: "name",
            kind: Kind::Ident(IdentRule::CapitalizeFirst),
            field: "name",
            doc: "The name as the vendor spells it.",
            label: Some("Name"),
            alias: true,
            ..PLAIN
        },
        Column {
            name: "message",
            kind: Kind::Text { verbatim: true },
            required: false,
            field: "message",
            doc: "The message as the vendor writes it, `{0}` placeholders and spaces at either \
                  end included.",
            ..PLAIN
        },
        RETRY_CLASS_COLUMN,
        RETRY_REASON_COLUMN,
        SOURCE_DOCUMENT,
        SOURCE_URL,
    ],
    variant: "name",
    discriminant: None,
    reserved: &["ALL"],
    order: Order::AsWritten,
    keys: &[
        Key::Number {
            column: "hex",
            function: "find_hresult",
            public: "from_hresult",
            phf: (
                "BY_HRESULT",
                "Every HRESULT, mapped to its variant: a [`phf::Map`] built at compile time.\n\n\
                 [`DataverseError::from_hresult`] answers the same question faster.",
            ),
            text: Some("find_hresult_text"),
        },
        Key::Str {
            column: "name",
            also: &[],
            table: "NAME_TABLE",
            phf: (
                "BY_NAME",
                "Every name as the vendor spells it, mapped to its variant: a [`phf::Map`] built \
                 at compile time.\n\n[`DataverseError::from_name`] answers the same question faster.",
            ),
        },
    ],
    rules: &[
        Rule::SameNumber {
            hex: "hex",
            decimal: "decimal",
        },
        Rule::Quotes {
            column: "retry_reason",
            texts: &["message"],
        },
    ],
    headline: &["`{hex}` `{name}`: {message}", "`{hex}` `{name}`"],
    body: &[],
    summary: &[],
    order_doc: "in the table's order (by name)",
    one_line: "message",
    surface: Surface {
        variant: "Dataverse",
        doc: "A Microsoft Dataverse Web API error.",
        title: "Dataverse error",
        wire: Wire::Hex("hex"),
        name: "name",
        http_status: None,
        fallback: None,
        sections: &[],
    },
};

/// How the links of Power Automate's cloud-flow error reference resolve: its anchors are on
/// its own page.
const CLOUD_FLOWS: LinkBase<'static> = LinkBase {
    site: "https://learn.microsoft.com",
    folder: "https://learn.microsoft.com/power-automate/",
    page: Some("https://learn.microsoft.com/power-automate/error-reference"),
};

const fn cloud_category(
    name: &'static str,
    spelling: &'static [&'static str],
    doc: &'static str,
) -> Item {
    Item {
        name,
        spellings: spelling,
        text: spelling[0],
        sentence: None,
        doc,
        note: None,
    }
}

pub static CLOUD_CATEGORY: Vocabulary = Vocabulary {
    name: "Category",
    doc: "The category of a cloud-flow error, as the \"Quick reference table\" of the vendor's \
          reference names it.",
    non_exhaustive: true,
    items: &[
        cloud_category(
            "DesignTime",
            &["Design-time"],
            "\"Design-time\": saving, validating or publishing a flow.",
        ),
        cloud_category("Runtime", &["Runtime"], "\"Runtime\": while the flow runs."),
        cloud_category(
            "Connection",
            &["Connection"],
            "\"Connection\": a connection of the flow.",
        ),
        cloud_category(
            "Auth",
            &["Auth"],
            "\"Auth\": authentication and authorization.",
        ),
        cloud_category(
            "Api",
            &["API"],
            "\"API\": a connector's or an API's answer.",
        ),
        cloud_category("Trigger", &["Trigger"], "\"Trigger\": the flow's trigger."),
        cloud_category(
            "Timeout",
            &["Timeout"],
            "\"Timeout\": an action or operation took too long.",
        ),
        cloud_category(
            "Throttling",
            &["Throttling"],
            "\"Throttling\": a quota or limit was reached.",
        ),
        cloud_category(
            "Licensing",
            &["Licensing"],
            "\"Licensing\": the caller's license.",
        ),
    ],
};

pub static CLOUD_FLOW: Catalog = Catalog {
    module: "cloud_flow",
    file: "data/cloud_flow.csv",
    feature: None,
    enum_name: "CloudFlowError",
    info_doc: "Everything the catalog knows about one [`CloudFlowError`]: every column of its row.",
    columns: &[
        Column {
            name: "code",
            kind: Kind::Ident(IdentRule::Exact),
            field: "code",
            doc: "The code as the reference's heading names it, without the HTTP status some \
                  headings add.",
            label: Some("Code"),
            ..PLAIN
        },
        Column {
            name: "category",
            kind: Kind::Vocab(&CLOUD_CATEGORY),
            field: "category",
            doc: "The category, as the reference's quick-reference table gives it.",
            label: Some("Category"),
            ..PLAIN
        },
        Column {
            name: "http_status",
            kind: Kind::HttpStatus,
            required: false,
            field: "http_status",
            doc: "The HTTP status, where the reference's heading states one (`Unauthorized (401)`).",
            label: Some("HTTP status"),
            ..PLAIN
        },
        Column {
            name: "meaning",
            kind: Kind::Markup {
                base: CLOUD_FLOWS,
                links_field: "meaning_links",
            },
            field: "meaning",
            doc: "What the error means (\"What it means\"), as plain text.",
            ..PLAIN
        },
        Column {
            name: "causes",
            kind: Kind::Markup {
                base: CLOUD_FLOWS,
                links_field: "causes_links",
            },
            field: "causes",
            doc: "The common causes (\"Common causes\"), one per line, each starting with `- `.",
            ..PLAIN
        },
        Column {
            name: "fixes",
            kind: Kind::Markup {
                base: CLOUD_FLOWS,
                links_field: "fixes_links",
            },
            field: "fixes",
            doc: "How to fix it (\"How to fix\"), one step per line, in order, each starting with \
                  `1. ` as the reference writes it.",
            ..PLAIN
        },
        Column {
            name: "notes",
            kind: Kind::Markup {
                base: CLOUD_FLOWS,
                links_field: "notes_links",
            },
            required: false,
            field: "notes",
            doc: "The callouts (notes, tips, important remarks) the reference adds to the entry, \
                  one per line.",
            ..PLAIN
        },
        Column {
            name: "most_likely_fix",
            field: "most_likely_fix",
            doc: "The most likely fix, as the quick-reference table gives it.",
            label: Some("Most likely fix"),
            ..PLAIN
        },
        Column {
            name: "related",
            kind: Kind::RefList,
            required: false,
            field: "related",
            doc: "The related codes the reference names (\"Related information\").",
            label: Some("Related"),
            ..PLAIN
        },
        RETRY_CLASS_COLUMN,
        RETRY_REASON_COLUMN,
        SOURCE_DOCUMENT,
        SOURCE_DATE,
        SOURCE_URL,
    ],
    variant: "code",
    discriminant: None,
    reserved: &["ALL"],
    order: Order::AsWritten,
    keys: &[Key::Str {
        column: "code",
        also: &[],
        table: "CODE_TABLE",
        phf: (
            "CODES",
            "Every code string, mapped to its variant: a [`phf::Map`] built at compile time.\n\n\
             [`CloudFlowError::from_code`] answers the same question faster.",
        ),
    }],
    rules: &[Rule::Quotes {
        column: "retry_reason",
        texts: &["meaning", "causes", "fixes", "notes"],
    }],
    headline: &["`{code}` ({category}): {meaning}"],
    body: &["causes", "fixes", "notes"],
    summary: &[
        ("Code", "code"),
        ("Category", "category"),
        ("HTTP", "http_status"),
        ("Retry", "retry_class"),
        ("Most likely fix", "most_likely_fix"),
    ],
    order_doc: "in the reference's order",
    one_line: "meaning",
    surface: Surface {
        variant: "CloudFlow",
        doc: "A Power Automate cloud-flow error code.",
        title: "Power Automate cloud-flow error",
        wire: Wire::Name("code"),
        name: "code",
        http_status: Some("http_status"),
        fallback: None,
        sections: &[
            ("Common causes", "causes"),
            ("How to fix", "fixes"),
            ("Notes", "notes"),
            ("Most likely fix", "most_likely_fix"),
        ],
    },
};
