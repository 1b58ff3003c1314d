//! Fuzz target: the number grammar on any UTF-8 input: spans on char
//! boundaries, values finite.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        govfacts::__fuzz::number_grammar(text);
    }
});
