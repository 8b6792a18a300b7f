use super::*;

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
        body: None,
    },
};
