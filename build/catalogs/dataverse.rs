use super::*;

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
        body: Some(InBodies {
            reads: BodyReads::Numbers,
            doc: "A Dataverse Web API error, as `0x` hexadecimal (`\"0x80040220\"`) or a signed decimal (the `dataverse` feature; without it these codes are [`Other`](BodyCode::Other)).",
        }),
    },
};
