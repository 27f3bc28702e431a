//! Replays the fuzz seed corpus (`fuzz/corpus/<target>/`) and every input
//! that ever failed (`fuzz/regressions/<target>/`) through the fuzz targets'
//! own entry points (`fuzz/entry.rs`), on the stable toolchain: `cargo test`
//! keeps what the fuzzers found without nightly or cargo-fuzz.
//!
//! When a fuzzer finds a crash, copy the input from `fuzz/artifacts/<target>/`
//! into `fuzz/regressions/<target>/` with a name that says what it was.

use std::fs;
use std::path::Path;

#[path = "../fuzz/entry.rs"]
mod entry;

/// Runs `f` on every file under `fuzz/<kind>/<target>/`; returns how many.
fn replay(kind: &str, target: &str, f: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(kind)
        .join(target);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    for p in &files {
        let data = fs::read(p).unwrap();
        let result = std::panic::catch_unwind(|| f(&data));
        assert!(result.is_ok(), "{} fails {target}", p.display());
    }
    files.len()
}

#[test]
fn parse_corpus_and_regressions() {
    assert!(replay("corpus", "parse", entry::parse) > 0);
    assert!(replay("regressions", "parse", entry::parse) > 0);
}

#[test]
fn extract_corpus_and_regressions() {
    assert!(replay("corpus", "extract", entry::extract) > 0);
    assert!(replay("regressions", "extract", entry::extract) > 0);
}

#[test]
fn compare_corpus_and_regressions() {
    assert!(replay("corpus", "compare", entry::compare) > 0);
    assert!(replay("regressions", "compare", entry::compare) > 0);
}
