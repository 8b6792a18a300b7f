//! Reads an argument and prints it: the program the others add one lookup to.
fn main() {
    let code = std::env::args().nth(1).unwrap_or_default();
    println!("{code}");
}
