//! One typed lookup and its `Display`.
use rpa_error_codes::PowerAutomateError;

fn main() {
    let code = std::env::args().nth(1).unwrap_or_default();
    match PowerAutomateError::from_code(&code) {
        Some(error) => println!("{error}"),
        None => println!("{code}"),
    }
}
