//! The same with a `phf` map of the same codes and the same one-line texts.
include!(concat!(env!("OUT_DIR"), "/texts.rs"));

fn main() {
    let code = std::env::args().nth(1).unwrap_or_default();
    match TEXTS.get(code.as_str()) {
        Some(text) => println!("{text}"),
        None => println!("{code}"),
    }
    // Only `TEXTS` is read: `BOTH` is left out of the binary.
    let _ = &BOTH;
}
