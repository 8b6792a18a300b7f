//! Writes the `phf` alternatives from the crate itself, so both sides hold the same codes and
//! texts: a map from every Power Automate code to the line its `Display` prints (`TEXTS`), and
//! one to both the texts `Display` can print, `{}` and `{:#}` (`BOTH`).

use rpa_error_codes::PowerAutomateError;

fn main() {
    let mut texts = phf_codegen::Map::new();
    let mut both = phf_codegen::Map::new();
    let rows: Vec<(String, String, String)> = PowerAutomateError::ALL
        .iter()
        .map(|c| {
            (
                c.code().to_owned(),
                format!("{:?}", c.to_string()),
                format!("({:?}, {:?})", c.to_string(), format!("{c:#}")),
            )
        })
        .collect();
    for (code, line, pair) in &rows {
        texts.entry(code.as_str(), line.as_str());
        both.entry(code.as_str(), pair.as_str());
    }
    let out = std::path::Path::new(&std::env::var_os("OUT_DIR").unwrap()).join("texts.rs");
    std::fs::write(
        out,
        format!(
            "static TEXTS: phf::Map<&'static str, &'static str> = {};\n\
             static BOTH: phf::Map<&'static str, (&'static str, &'static str)> = {};\n",
            texts.build(),
            both.build()
        ),
    )
    .unwrap();
}
