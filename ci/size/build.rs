//! Writes the `phf` alternative: a map from every Power Automate code to the text its
//! `Display` prints, from the crate itself so both sides hold the same codes and texts.

use rpa_error_codes::PowerAutomateError;

fn main() {
    let mut map = phf_codegen::Map::new();
    let texts: Vec<(String, String)> =
        PowerAutomateError::ALL.iter().map(|c| (c.code().to_owned(), format!("{:?}", c.to_string()))).collect();
    for (code, text) in &texts {
        map.entry(code.as_str(), text.as_str());
    }
    let out = std::path::Path::new(&std::env::var_os("OUT_DIR").unwrap()).join("texts.rs");
    std::fs::write(out, format!("static TEXTS: phf::Map<&'static str, &'static str> = {};\n", map.build())).unwrap();
}
