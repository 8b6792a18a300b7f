//! The language in which a catalog is described: its CSV file, its columns and what each cell
//! holds, its vocabularies, its lookup keys, and how a row becomes an enum variant and its docs.
//!
//! The descriptions themselves are in `catalogs/`; the steps that run on every description
//! are `table.rs` (read), `validate.rs` (validate) and `emit.rs` (enum, columns, info,
//! lookups, docs). Nothing in those steps names a catalog.

use super::markup::LinkBase;

/// One catalog: one CSV file, one enum, one generated file.
pub struct Catalog {
    /// The module of the crate the catalog lives in, and the stem of its generated files.
    pub module: &'static str,
    /// The CSV file, relative to the package root.
    pub file: &'static str,
    /// The cargo feature that turns the catalog on, if it is optional.
    pub feature: Option<&'static str>,
    /// The enum's name; its info struct is `{enum_name}Info`.
    pub enum_name: &'static str,
    /// The doc line of the info struct.
    pub info_doc: &'static str,
    /// The columns, in the header's order.
    pub columns: &'static [Column],
    /// The column whose cell names the variant.
    pub variant: &'static str,
    /// The integer representation and the column giving each variant's discriminant, if the
    /// enum has explicit discriminants.
    pub discriminant: Option<(&'static str, &'static str)>,
    /// Associated items of the enum that a variant must not shadow (besides `Self`).
    pub reserved: &'static [&'static str],
    /// The order the rows must follow.
    pub order: Order,
    /// The lookups generated for the catalog.
    pub keys: &'static [Key],
    /// Rules across the cells of a row.
    pub rules: &'static [Rule],
    /// How each variant's documentation begins: the first template whose placeholders
    /// (`{column}`) are all filled is used. The rest of the docs are the `body` columns as
    /// paragraphs and a table of every column that has a `label`.
    pub headline: &'static [&'static str],
    /// Columns rendered as paragraphs after the headline, when filled.
    pub body: &'static [&'static str],
    /// The columns of the Markdown table of every code in the module docs (header, column);
    /// empty for no table.
    pub summary: &'static [(&'static str, &'static str)],
    /// How `ALL` is ordered, for its doc line ("in table order").
    pub order_doc: &'static str,
    /// The text column whose first sentence `Display` prints: the generated `ONE_LINE` static
    /// holds it for every row (empty where the cell is), so that a one-line message links
    /// neither the whole text nor the parsing of it.
    pub one_line: &'static str,
    /// What the catalog's type is to the rest of the crate: its variant of `Catalog` and
    /// `AnyCode`, its wire spelling, and the columns the `Code` trait reads.
    pub surface: Surface,
}

/// How a catalog's enum takes part in the crate's shared API (the `Code` trait, `Catalog`,
/// `AnyCode`, `Display`, serde). Every item named here is generated.
pub struct Surface {
    /// The catalog's variant of `Catalog` and of `AnyCode`.
    pub variant: &'static str,
    /// The doc line of those variants.
    pub doc: &'static str,
    /// What `Catalog`'s `Display` prints ("Power Automate error"), as in "unknown {title} code".
    pub title: &'static str,
    /// How the code is written on the wire: `as_str`, `Display` and serde use it.
    pub wire: Wire,
    /// The column of the symbolic name (`Code::name`).
    pub name: &'static str,
    /// The column of the HTTP status, if the catalog has one.
    pub http_status: Option<&'static str>,
    /// What `Display` prints after the code where the `one_line` column is empty: a template
    /// `text{column}text`, or nothing.
    pub fallback: Option<&'static str>,
    /// What the alternate `Display` (`{:#}`) prints after the whole `one_line` text: each
    /// filled column under its label (`label: text`, or `label:` and the lines of the text; a
    /// column of codes as `label: A, B`).
    pub sections: &'static [(&'static str, &'static str)],
    /// Whether error bodies carry the catalog's codes in their code field (`error.code`,
    /// `errorcode`), and how: the catalog's variant of `body::BodyCode`.
    pub body: Option<InBodies>,
}

/// How error bodies carry a catalog's codes.
#[derive(Clone, Copy)]
pub struct InBodies {
    /// What a body's code field is read as: every spelling (`from_code`), or numbers only.
    pub reads: BodyReads,
    /// The doc line of the catalog's variant of `BodyCode`.
    pub doc: &'static str,
}

/// What a body's code field is read as.
#[derive(Clone, Copy)]
pub enum BodyReads {
    /// Every spelling of the catalog (`from_code`).
    Codes,
    /// Numbers only (`from_number_text`): bodies carry the catalog's codes as numbers, and its
    /// names are other catalogs' words.
    Numbers,
}

/// How a code is written on the wire.
#[derive(Clone, Copy)]
pub enum Wire {
    /// The text of the column (a name): serialized as a string.
    Name(&'static str),
    /// The integer of the column in decimal: serialized as that integer.
    Decimal(&'static str),
    /// The `u32` of the `Hex32` column as `0x` and eight lower-case digits: serialized as that
    /// string.
    Hex(&'static str),
}

impl Wire {
    /// The column the wire spelling comes from.
    pub fn column(self) -> &'static str {
        match self {
            Wire::Name(c) | Wire::Decimal(c) | Wire::Hex(c) => c,
        }
    }
}

/// The order rows must follow.
#[derive(Clone, Copy)]
pub enum Order {
    /// Any order; the table's order is kept.
    AsWritten,
    /// Strictly ascending by an integer column.
    Ascending(&'static str),
}

/// A column of the CSV.
pub struct Column {
    /// The header name.
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
    /// The field of the info struct (and the generated static, in upper case) that holds it.
    pub field: &'static str,
    /// The field's doc line.
    pub doc: &'static str,
    /// The label of the column's row in each variant's facts table; `None` to leave it out.
    pub label: Option<&'static str>,
    /// Whether the value (and, for integers, its hexadecimal form) is a `#[doc(alias)]`.
    pub alias: bool,
}

/// What a cell holds, and so how it is validated, typed and rendered.
#[derive(Clone, Copy)]
pub enum Kind {
    /// A name that becomes an enum variant, by the rule.
    Ident(IdentRule),
    /// Further names of the same row, separated by `;`; each is looked up like the variant's
    /// when a [`Key::Str`] names the column in `also`.
    NameList,
    /// Names this crate gave the row's variant before correcting it, separated by `;`. Each
    /// stays usable: a `#[deprecated]` associated constant of the enum equal to the variant
    /// (so it works in `match` patterns), and a key of every [`Key::Str`] that names the column
    /// in `also`.
    FormerNames,
    /// Variants of this same table, separated by `;`.
    RefList,
    /// Text on one line; `verbatim` keeps white space at either end as published.
    Text { verbatim: bool },
    /// Text in the tables' small markup; links resolve against the base. Besides the plain
    /// text (`field`), the info struct holds `{field}_markup` and the links in `links_field`.
    Markup {
        base: LinkBase<'static>,
        links_field: &'static str,
    },
    /// An HTTP status: exactly three digits, 100 to 599.
    HttpStatus,
    /// A decimal integer of the given type (signed types take a leading `-`), within the range,
    /// written without leading zeros.
    Int { ty: IntType, min: i64, max: i64 },
    /// `0x` and one to eight hexadecimal digits, any case: a `u32`.
    Hex32,
    /// A calendar date `YYYY-MM-DD`.
    Date,
    /// One of two words; `yes` is `true`.
    Flag { yes: &'static str, no: &'static str },
    /// One item of a vocabulary (by any of its spellings).
    Vocab(&'static Vocabulary),
    /// An evidence grade: the cell is one letter, kept as a `char` in `field`, and the
    /// vocabulary item that spells it goes in `vocab_field`.
    Grade {
        vocab: &'static Vocabulary,
        vocab_field: &'static str,
    },
    /// Items of a vocabulary separated by `;`, or `all` for every item: a set type `set`
    /// with a `const fn of(&[Item]) -> Set`.
    VocabSet {
        vocab: &'static Vocabulary,
        set: &'static str,
        all: &'static str,
    },
    /// The title of the document the row comes from: part of the `source` field.
    SourceDocument,
    /// The date of that document: part of the `source` field.
    SourceDate,
    /// Where that document is published (https): part of the `source` field.
    SourceUrl,
}

/// The integer types of [`Kind::Int`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum IntType {
    U16,
    I32,
}

impl IntType {
    pub fn rust(self) -> &'static str {
        match self {
            IntType::U16 => "u16",
            IntType::I32 => "i32",
        }
    }
}

/// How a cell becomes a variant identifier.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum IdentRule {
    /// The cell is the identifier: UpperCamelCase ASCII letters and digits.
    Exact,
    /// The vendor's name as published, ASCII letters, digits and `_`: the identifier is the
    /// name with its first letter in upper case.
    CapitalizeFirst,
}

/// A rule across the cells of one row.
#[derive(Clone, Copy)]
pub enum Rule {
    /// `column` may be filled only where `needs` is filled.
    Needs {
        column: &'static str,
        needs: &'static str,
    },
    /// The date in `later` must come after the date in `earlier`.
    After {
        later: &'static str,
        earlier: &'static str,
    },
    /// The vocabulary column `column` is the item whose `sentence` begins the plain text of
    /// `text`, or empty where no item's sentence does.
    StatedBy {
        column: &'static str,
        text: &'static str,
    },
    /// Every phrase that the text column `column` quotes (between double quotes) occurs in
    /// the plain text of one of the columns `texts`: a judgement that cites its row cannot
    /// drift from it.
    Quotes {
        column: &'static str,
        texts: &'static [&'static str],
    },
    /// The integer column `decimal` is the signed 32-bit reading of the `Hex32` column `hex`.
    SameNumber {
        hex: &'static str,
        decimal: &'static str,
    },
}

/// A lookup of the catalog.
#[derive(Clone, Copy)]
pub enum Key {
    /// Strings of `column` (and of the `NameList` or `FormerNames` columns `also`), exactly
    /// and ignoring ASCII case: a perfect-hash table `table`, and the public `phf` map `phf`
    /// with its doc.
    Str {
        column: &'static str,
        also: &'static [&'static str],
        table: &'static str,
        phf: (&'static str, &'static str),
    },
    /// The integers of `column`: a function `function(u32) -> Option<Enum>`, over a dense
    /// table where the numbers are dense and a perfect hash otherwise, and the public `phf`
    /// map `phf` with its doc.
    Number {
        column: &'static str,
        function: &'static str,
        /// The public lookup `{public}(n) -> Option<Enum>`, whose argument has the column's
        /// type (`from_u16`).
        public: &'static str,
        phf: (&'static str, &'static str),
        /// A function `text(&str) -> Option<Enum>` that finds the number written as text: as
        /// a signed 32-bit decimal without leading zeros (`-1073741477`; no `+`, no `-0`), or
        /// as `0x` or `0X` and one to eight hexadecimal digits in any case (`0xC000015B`,
        /// `0x15b`, `0x0000015B`). It is a perfect-hash table of every such spelling of every
        /// number, looked up ignoring ASCII case: one hash and one comparison, no parse.
        text: Option<&'static str>,
    },
}

/// A closed list of words that cells may hold, generated as an enum.
pub struct Vocabulary {
    /// The enum's name.
    pub name: &'static str,
    /// The enum's docs.
    pub doc: &'static str,
    /// Whether the enum is `#[non_exhaustive]`.
    pub non_exhaustive: bool,
    /// The words, in order: the enum's variants, and the order of its `ALL`.
    pub items: &'static [Item],
}

/// One word of a [`Vocabulary`].
#[derive(Debug)]
pub struct Item {
    /// The variant's name.
    pub name: &'static str,
    /// How cells spell it.
    pub spellings: &'static [&'static str],
    /// What `as_str` and `Display` give.
    pub text: &'static str,
    /// The sentence of a vendor's text that states it, for [`Rule::StatedBy`].
    pub sentence: Option<&'static str>,
    /// The variant's doc line.
    pub doc: &'static str,
    /// A paragraph added to the docs of every code that has this item.
    pub note: Option<&'static str>,
}

impl Catalog {
    /// The column named `name`.
    pub fn column(&self, name: &str) -> Option<(usize, &'static Column)> {
        // A plain loop: this runs for many cells of every row.
        let columns = self.columns;
        let mut i = 0;
        while i < columns.len() {
            // Lengths first: most names differ in length.
            if columns[i].name.len() == name.len() && columns[i].name == name {
                return Some((i, &columns[i]));
            }
            i += 1;
        }
        None
    }
}
