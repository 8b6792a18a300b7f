use super::*;

/// Checks and types one cell.
pub(super) fn cell(
    catalog: &Catalog,
    column: &Column,
    text: &str,
    at: &At<'_>,
) -> Result<Value, DataError> {
    let verbatim = matches!(column.kind, Kind::Text { verbatim: true });
    // The ends are tested rather than the text trimmed, which steps through the characters.
    if !verbatim && (text.starts_with(char::is_whitespace) || text.ends_with(char::is_whitespace)) {
        return Err(at.error(
            format!("the text {text:?} has leading or trailing white space"),
            "no white space at either end of a cell",
        ));
    }
    if text.is_empty() {
        return if column.required {
            Err(at.error("the cell is empty", "a value (this column is required)"))
        } else {
            Ok(Value::Empty)
        };
    }
    Ok(match column.kind {
        Kind::Ident(rule) => {
            let ident =
                identifier(text, rule).map_err(|problem| at.error(problem, rule_expected(rule)))?;
            if ident == "Self" || catalog.reserved.contains(&ident.as_str()) {
                return Err(at.error(
                    format!("`{text}` would name the variant `{ident}`, which is taken by the API (`{}::{ident}`) or the language", catalog.enum_name),
                    "a name other than `Self` and the enum's associated items",
                ));
            }
            Value::Ident {
                name: text.to_owned(),
                ident,
            }
        }
        Kind::NameList | Kind::RefList => Value::List(list(text, at)?),
        Kind::FormerNames => {
            let names = list(text, at)?;
            // Each becomes an associated constant of the enum.
            if let Some(taken) = names
                .iter()
                .find(|n| *n == "Self" || catalog.reserved.contains(&n.as_str()))
            {
                return Err(at.error(
                    format!("the former name `{taken}` would name the constant `{}::{taken}`, which is taken by the API or the language", catalog.enum_name),
                    "names other than `Self` and the enum's associated items",
                ));
            }
            Value::List(names)
        }
        Kind::Text { .. } | Kind::SourceDocument => Value::Text(text.to_owned()),
        Kind::Markup { base, .. } => Value::Markup {
            raw: text.to_owned(),
            markup: markup::parse(text, base).map_err(|e| {
                at.error(
                    format!("broken markup at character {}: {}", e.position, e.problem),
                    e.expected,
                )
            })?,
        },
        Kind::HttpStatus => match text.parse::<u16>() {
            Ok(n)
                if text.len() == 3
                    && text.bytes().all(|b| b.is_ascii_digit())
                    && (100..=599).contains(&n) =>
            {
                Value::Int(i64::from(n))
            }
            _ => {
                return Err(at.error(
                    format!("malformed HTTP status `{text}`"),
                    "a three-digit HTTP status from 100 to 599",
                ));
            }
        },
        Kind::Int { ty, min, max } => Value::Int(integer(text, ty, min, max).ok_or_else(|| {
            at.error(
                format!("malformed {} `{text}`", at.name.replace('_', " ")),
                format!(
                    "a whole number from {min} to {max} without leading zeros{}",
                    if min > 0 { " (0 means no code)" } else { "" }
                ),
            )
        })?),
        Kind::Hex32 => {
            let digits = text.strip_prefix("0x").unwrap_or("");
            match u32::from_str_radix(digits, 16) {
                Ok(n)
                    if (1..=8).contains(&digits.len())
                        && digits.bytes().all(|b| b.is_ascii_hexdigit()) =>
                {
                    Value::Int(i64::from(n))
                }
                _ => {
                    return Err(at.error(
                        format!("malformed hexadecimal number `{text}`"),
                        "`0x` and one to eight hexadecimal digits",
                    ));
                }
            }
        }
        Kind::Date | Kind::SourceDate => {
            if !is_date(text) {
                return Err(at.error(
                    format!("malformed date `{text}`"),
                    "a date YYYY-MM-DD that exists in the calendar",
                ));
            }
            Value::Text(text.to_owned())
        }
        Kind::Flag { yes, no } => match text {
            t if t == yes => Value::Bool(true),
            t if t == no => Value::Bool(false),
            other => {
                return Err(at.error(
                    format!("unknown {} `{other}`", at.name.replace('_', " ")),
                    format!("`{yes}` or `{no}`"),
                ));
            }
        },
        Kind::Vocab(vocab) => Value::Item(item(vocab, text, at)?),
        Kind::Grade { vocab, .. } => {
            let item = item(vocab, text, at)?;
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Value::Grade(c, item),
                _ => {
                    return Err(at.error(
                        format!("the grade `{text}` is not one letter"),
                        "a one-letter grade",
                    ));
                }
            }
        }
        Kind::VocabSet { vocab, all, .. } => {
            if text == all {
                Value::Set(vocab.items.iter().collect())
            } else {
                let mut items: Vec<&'static Item> = Vec::new();
                for word in text.split(';') {
                    let Some(found) = vocab.items.iter().find(|i| spellings(i).contains(&word))
                    else {
                        return Err(at.error(
                            format!("unknown {} `{word}`", words(vocab.name)),
                            format!(
                                "`{all}`, or {}s from {} separated by `;`",
                                words(vocab.name),
                                quoted(vocab.items.iter().flat_map(spellings))
                            ),
                        ));
                    };
                    if items.iter().any(|i| std::ptr::eq(*i, found)) {
                        return Err(at.error(
                            format!("{} `{word}` given twice", words(vocab.name)),
                            format!("each {} once", words(vocab.name)),
                        ));
                    }
                    items.push(found);
                }
                items.sort_by_key(|i| vocab.items.iter().position(|x| std::ptr::eq(x, *i)));
                Value::Set(items)
            }
        }
        Kind::SourceUrl => {
            if text.starts_with("https://")
                && text.len() > "https://".len()
                && !markup::has_whitespace(text)
            {
                Value::Text(text.to_owned())
            } else {
                return Err(at.error(
                    format!("`{text}` is not an https URL"),
                    "an absolute https URL",
                ));
            }
        }
    })
}

/// The spellings of an item in cells: its own, or its name.
pub fn spellings(item: &'static Item) -> &'static [&'static str] {
    if item.spellings.is_empty() {
        std::slice::from_ref(&item.name)
    } else {
        item.spellings
    }
}

pub(super) fn item(
    vocab: &'static Vocabulary,
    text: &str,
    at: &At<'_>,
) -> Result<&'static Item, DataError> {
    vocab
        .items
        .iter()
        .find(|i| spellings(i).contains(&text))
        .ok_or_else(|| {
            at.error(
                format!("unknown {} `{text}`", at.name.replace('_', " ")),
                format!("one of {}", quoted(vocab.items.iter().flat_map(spellings))),
            )
        })
}

/// `RunMode` -> `run mode`.
pub(super) fn words(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push(' ');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

pub fn quoted<'a>(items: impl IntoIterator<Item = &'a &'a str>) -> String {
    items
        .into_iter()
        .map(|o| format!("`{o}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn rule_expected(rule: IdentRule) -> &'static str {
    match rule {
        IdentRule::Exact => "an UpperCamelCase name of ASCII letters and digits",
        IdentRule::CapitalizeFirst => {
            "a name of ASCII letters, digits and `_` that starts with a letter"
        }
    }
}

/// The identifier a name becomes, by the rule.
pub(super) fn identifier(text: &str, rule: IdentRule) -> Result<String, String> {
    let first = text.chars().next().ok_or("an empty name")?;
    // The first character the rule does not allow, found with a byte loop over a table. Every
    // allowed byte is ASCII, so the first other byte starts a character.
    static ALLOWED: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = (b as u8).is_ascii_alphanumeric();
            b += 1;
        }
        table
    };
    let underscore = matches!(rule, IdentRule::CapitalizeFirst);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() && (ALLOWED[bytes[i] as usize] || underscore && bytes[i] == b'_') {
        i += 1;
    }
    let other = text.get(i..).and_then(|rest| rest.chars().next());
    match rule {
        IdentRule::Exact => {
            if !first.is_ascii_uppercase() {
                return Err(format!(
                    "`{text}` does not start with an uppercase ASCII letter"
                ));
            }
            if let Some(c) = other {
                return Err(format!("`{text}` holds {c:?}"));
            }
            Ok(text.to_owned())
        }
        IdentRule::CapitalizeFirst => {
            if !first.is_ascii_alphabetic() {
                return Err(format!("`{text}` does not start with an ASCII letter"));
            }
            if let Some(c) = other {
                return Err(format!("`{text}` holds {c:?}"));
            }
            let mut ident = text.to_owned();
            ident[..1].make_ascii_uppercase();
            Ok(ident)
        }
    }
}

/// A `;` list of names, each once.
pub(super) fn list(text: &str, at: &At<'_>) -> Result<Vec<String>, DataError> {
    let mut items: Vec<String> = Vec::new();
    for item in text.split(';') {
        identifier(item, IdentRule::Exact).map_err(|problem| {
            at.error(
                format!("in the list `{text}`: {problem}"),
                "names separated by `;`, without spaces",
            )
        })?;
        if items.iter().any(|i| i == item) {
            return Err(at.error(
                format!("in the list `{text}`: `{item}` is given twice"),
                "each name once in the list",
            ));
        }
        items.push(item.to_owned());
    }
    Ok(items)
}

pub(super) fn integer(text: &str, ty: IntType, min: i64, max: i64) -> Option<i64> {
    let digits = match ty {
        IntType::I32 => text.strip_prefix('-').unwrap_or(text),
        IntType::U16 => text,
    };
    if digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || (digits.len() > 1 && digits.starts_with('0'))
        || text == "-0"
    {
        return None;
    }
    let n: i64 = text.parse().ok()?;
    (min..=max).contains(&n).then_some(n)
}

/// Whether `text` is a date `YYYY-MM-DD` of the Gregorian calendar.
pub(super) fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let (Ok(year), Ok(month), Ok(day)) = (
        text[..4].parse::<u32>(),
        text[5..7].parse::<u32>(),
        text[8..].parse::<u32>(),
    ) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}
