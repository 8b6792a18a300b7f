use super::*;

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
        body: Some(InBodies {
            reads: BodyReads::Codes,
            doc: "A cloud-flow error code, such as `ActionFailed`, the wrapper a failed desktop flow arrives in (its own code is in the body's inner errors).",
        }),
    },
};
