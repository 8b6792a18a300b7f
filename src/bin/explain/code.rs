//! One code of any catalog, in text and in JSON, through what every catalog has: the `Code`
//! accessors of [`AnyCode`] and the catalog row's own columns (its `Serialize` form), each
//! shown under a label made from the column's name. Nothing here names a catalog.

use rpa_error_codes::AnyCode;
use serde_json::{Value, json};

use crate::input::{self, closest, cut, shorten};
use crate::render::{Out, retry_style};
use crate::{Status, say};

/// Columns every catalog shows elsewhere (the heading, `Retry`, `Source`).
const SHOWN_ELSEWHERE: &[&str] = &["code", "name", "retry_class", "retry_reason", "source"];

/// Columns about how a fact was established rather than the fact: shown with `--verbose`.
/// A column is also provenance when its name ends with one of [`PROVENANCE_SUFFIXES`].
const PROVENANCE: &[&str] = &["first_seen"];
const PROVENANCE_SUFFIXES: &[&str] = &["_source", "_evidence", "_grade", "_basis", "_from_label"];

/// Words of column names written otherwise in labels.
const WORDS: &[(&str, &str)] = &[
    ("http", "HTTP"),
    ("hresult", "HRESULT"),
    ("ntstatus", "NTSTATUS"),
    ("id", "ID"),
    ("url", "URL"),
];

/// Explains one argument: its matches in every catalog, exact spelling first.
pub fn explain_argument(out: &mut Out, argument: &str) -> Status {
    let matches = input::lookup(argument);
    if matches.is_empty() {
        let suggestions = closest(argument);
        let mut message = format!("explain: {} is in no catalog", shorten(argument));
        if !suggestions.is_empty() {
            message.push_str(&format!("; did you mean {}?", suggestions.join(", ")));
        }
        say!("{message}");
        if out.json {
            out.json_line(&json!({
                "input": cut(argument),
                "catalog": null,
                "suggestions": suggestions,
            }));
        }
        return Status::Unknown;
    }
    if out.json {
        for code in &matches {
            out.json_line(&code_json(code, Some(argument), None));
        }
        return Status::Found;
    }
    if matches.is_ambiguous() {
        let catalogs: Vec<String> = matches.iter().map(|c| c.catalog().to_string()).collect();
        out.heading(&format!(
            "{} is in {} catalogs ({}): each is explained below.",
            shorten(argument.trim()),
            matches.len(),
            catalogs.join(", ")
        ));
    }
    for code in &matches {
        explain(out, code);
    }
    Status::Found
}

/// The JSON object of one code (its schema is `schema.json`); `body` is what a body on
/// standard input carried with it.
pub fn code_json(code: AnyCode, input: Option<&str>, body: Option<Value>) -> Value {
    let source = code.source();
    let mut object = json!({
        "input": input.map(cut),
        "catalog": code.catalog().id(),
        "code": code.as_str(),
        "name": code.name(),
        "message": code.message(),
        "http_status": code.http_status(),
        "source": {
            "document": source.document,
            "date": source.date,
            "url": source.url,
        },
        "retry": {
            "class": code.retry_class().as_str(),
            "reason": code.retry_reason(),
        },
    });
    if let (Some(body), Some(map)) = (body, object.as_object_mut()) {
        map.insert("body".into(), body);
    }
    object
}

/// The catalog row of a code, every column under its name, in the row's order, as the row
/// serializes.
fn row(code: AnyCode) -> Vec<(String, Value)> {
    let text = match code {
        AnyCode::PowerAutomate(code) => serde_json::to_string(code.info()),
        AnyCode::Orchestrator(code) => serde_json::to_string(code.info()),
        AnyCode::WindowsLogon(code) => serde_json::to_string(code.info()),
        AnyCode::Dataverse(code) => serde_json::to_string(code.info()),
        AnyCode::CloudFlow(code) => serde_json::to_string(code.info()),
        // A catalog a later release adds: what the `Code` accessors say.
        _ => return Vec::new(),
    };
    text.ok()
        .and_then(|text| serde_json::from_str::<Ordered>(&text).ok())
        .map_or_else(Vec::new, |ordered| ordered.0)
}

/// A JSON object's members in the order written (`serde_json::Map` sorts them).
struct Ordered(Vec<(String, Value)>);

impl<'de> serde::Deserialize<'de> for Ordered {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> serde::de::Visitor<'de> for Members {
            type Value = Ordered;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Ordered, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry::<String, Value>()? {
                    members.push(member);
                }
                Ok(Ordered(members))
            }
        }
        deserializer.deserialize_map(Members)
    }
}

/// A column's label: its name in words, `http_status` as `HTTP status`.
fn label(key: &str) -> String {
    let words: Vec<String> = key
        .split('_')
        .map(|word| {
            WORDS
                .iter()
                .find(|(from, _)| *from == word)
                .map_or_else(|| word.to_owned(), |(_, to)| (*to).to_owned())
        })
        .collect();
    let text = words.join(" ");
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

/// A column's value for people; `None` when it holds nothing (null, empty).
fn plain(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(text) if text.trim().is_empty() => None,
        Value::String(text) => Some(text.trim().to_owned()),
        Value::Bool(yes) => Some(if *yes { "yes" } else { "no" }.to_owned()),
        Value::Array(items) if items.is_empty() => None,
        Value::Array(items) => {
            let items: Vec<String> = items.iter().filter_map(plain).collect();
            Some(items.join(", "))
        }
        other => Some(other.to_string()),
    }
}

/// The links of a column that holds links (`[{"text", "url"}]`).
fn links(value: &Value) -> Option<Vec<(String, String)>> {
    let items = value.as_array()?;
    items
        .iter()
        .map(|item| {
            let text = item.get("text")?.as_str()?;
            let url = item.get("url")?.as_str()?;
            Some((text.to_owned(), url.to_owned()))
        })
        .collect::<Option<Vec<_>>>()
        .filter(|links| !links.is_empty())
}

/// Whether a column says how a fact was established.
fn is_provenance(key: &str) -> bool {
    PROVENANCE.contains(&key) || PROVENANCE_SUFFIXES.iter().any(|s| key.ends_with(s))
}

/// Explains a code in text: its heading, what the vendor says, each further fact of its row
/// once, its links, its retry class; with `--verbose`, where each fact comes from.
pub fn explain(out: &mut Out, code: AnyCode) {
    let title = code.catalog().title();
    if code.name() == code.as_str() {
        out.heading(&format!("{} ({title})", code.as_str()));
    } else {
        out.heading(&format!("{} {} ({title})", code.as_str(), code.name()));
    }
    let row = row(code);
    let number = code.number();
    // The number in the other base, where the code is a 32-bit status or HRESULT.
    if let Some(n) = number.filter(|&n| n < 0 || code.as_str().starts_with("0x")) {
        let bits = n as i32;
        if code.as_str().starts_with("0x") {
            out.field("Decimal", &bits.to_string());
        } else {
            out.field("Hexadecimal", &format!("0x{:08X}", bits as u32));
        }
    }
    let is_number = |value: &Value| {
        number.is_some_and(|n| {
            value.as_i64() == Some(n) || value.as_i64() == Some(n as i32 as u32 as i64)
        })
    };
    let message = code.message().map(str::trim);
    // What the vendor says first, under its column's name.
    let lead = row
        .iter()
        .find(|(_, value)| value.as_str().map(str::trim) == message && message.is_some());
    if let Some((key, value)) = lead {
        out.field(&label(key), value.as_str().unwrap_or_default());
    } else if let Some(message) = message {
        out.field("Message", message);
    }
    let lead_key = lead.map(|(key, _)| key.as_str());
    let mut facts = Vec::new();
    let mut texts = Vec::new();
    let mut link_groups = Vec::new();
    let mut provenance = Vec::new();
    for (key, value) in &row {
        if Some(key.as_str()) == lead_key
            || SHOWN_ELSEWHERE.contains(&key.as_str())
            || key.ends_with("_markup")
            || is_number(value)
        {
            continue;
        }
        if let Some(found) = links(value) {
            link_groups.push((key, found));
            continue;
        }
        let Some(text) = plain(value) else { continue };
        if is_provenance(key) {
            provenance.push((label(key), text));
        } else if text.len() > 60 || text.contains('\n') {
            texts.push((label(key), text));
        } else {
            facts.push((label(key), text));
        }
    }
    for (label, text) in facts.iter().chain(&texts) {
        out.field(label, text);
    }
    for (key, found) in &link_groups {
        out.links(&label(key), found);
    }
    let class = code.retry_class();
    out.styled_field(
        "Retry",
        &format!("{}: {}", class.as_str(), code.retry_reason()),
        Some((class.as_str(), retry_style(class))),
    );
    if out.verbose {
        for (label, text) in &provenance {
            out.field(label, text);
        }
        let source = code.source();
        match source.date {
            Some(date) => out.field("Source", &format!("{}, {date}", source.document)),
            None => out.field("Source", source.document),
        }
        out.url(source.url);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_from_column_names() {
        assert_eq!(label("http_status"), "HTTP status");
        assert_eq!(label("most_likely_fix"), "Most likely fix");
        assert_eq!(label("ntstatus"), "NTSTATUS");
        assert!(is_provenance("name_source") && is_provenance("name_grade"));
        assert!(!is_provenance("message"));
    }
}
