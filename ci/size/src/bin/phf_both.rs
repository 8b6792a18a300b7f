//! The same with a `phf` map of the same codes and both the texts `Display` can print: the
//! line (`{}`) and everything (`{:#}`), chosen at run time as `Display` chooses.
include!(concat!(env!("OUT_DIR"), "/texts.rs"));

fn main() {
    let code = std::env::args().nth(1).unwrap_or_default();
    let all = std::env::args().nth(2).is_some_and(|a| a == "--all");
    match BOTH.get(code.as_str()) {
        Some((line, everything)) => println!("{}", if all { everything } else { line }),
        None => println!("{code}"),
    }
    let _ = &TEXTS;
}
