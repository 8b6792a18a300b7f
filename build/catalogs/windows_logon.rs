use super::*;

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
        body: Some(InBodies {
            reads: BodyReads::Numbers,
            doc: "A Windows logon status, as a signed decimal (`\"-1073741477\"`) or in `0x` hexadecimal.",
        }),
    },
};
