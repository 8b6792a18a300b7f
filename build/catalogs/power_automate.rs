use super::*;

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
        sections: &[
            ("Retired in the table of", "retired_in"),
            ("Replaced by", "replaced_by"),
        ],
        body: Some(InBodies {
            reads: BodyReads::Codes,
            doc: "A Power Automate desktop-flow code.",
        }),
    },
};
