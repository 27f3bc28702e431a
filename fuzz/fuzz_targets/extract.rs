//! cargo-fuzz target: `extract`. The checks live in `fuzz/entry.rs`, shared
//! with the stable replay test `tests/fuzz_corpus.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../entry.rs"]
mod entry;

fuzz_target!(|data: &[u8]| entry::extract(data));
