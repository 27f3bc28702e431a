//! The fuzz entry points, shared by the cargo-fuzz targets (`fuzz_targets/`)
//! and the stable replay test (`tests/fuzz_corpus.rs`), so that an input
//! found by the fuzzer is replayed by `cargo test` through the same code.
//!
//! Each entry point feeds arbitrary bytes through the library the way the
//! command line does and checks what must hold for any input: no panic,
//! spans inside the text and on character boundaries, output that is valid
//! JSON with U+2028/U+2029 escaped, and a comparison that does not depend
//! on the order the versions were given in.

#![allow(dead_code)]

use claimdiff::analysis;
use claimdiff::compare;
use claimdiff::dating;
use claimdiff::document::Document;
use claimdiff::model::Span;
use claimdiff::render::{self, Style};

/// Inputs over this size are cut: the fuzzer looks for wrong behaviour, not
/// for slow large inputs (the benchmarks cover those).
const MAX_INPUT: usize = 64 * 1024;

/// Separates versions in a `compare` input (ASCII record separator).
pub const VERSION_SEPARATOR: u8 = 0x1e;

fn check_span(text: &str, s: Span, what: &str) {
    assert!(
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end),
        "{what} span {s:?} outside a text of {} bytes",
        text.len()
    );
}

fn check_document(d: &Document) {
    check_span(&d.text, d.body, "body");
    for &p in &d.paragraphs {
        check_span(&d.text, p, "paragraph");
    }
    for w in d.sentences.windows(2) {
        assert!(w[0].start <= w[1].start, "sentences out of order");
    }
    for &s in &d.sentences {
        check_span(&d.text, s, "sentence");
        let f = d.file_span(s);
        assert!(
            f.start <= f.end && f.end <= d.bytes,
            "file span {f:?} past the file"
        );
    }
    if let Some(t) = d.title {
        check_span(&d.text, t, "title");
    }
}

/// Checks JSON output: every line (JSONL) or the whole (JSON) parses, and
/// no raw line or paragraph separator is left in it.
fn check_json(out: &[u8], lines: bool) {
    let text = std::str::from_utf8(out).expect("output is UTF-8");
    assert!(
        !text.contains('\u{2028}') && !text.contains('\u{2029}'),
        "raw U+2028/U+2029 in JSON output"
    );
    if lines {
        for l in text.lines() {
            let _: serde_json::Value = serde_json::from_str(l).expect("a JSONL line parses");
        }
    } else {
        let _: serde_json::Value = serde_json::from_str(text).expect("the JSON parses");
    }
}

/// One file's bytes through the article parser.
pub fn parse(data: &[u8]) {
    let data = &data[..data.len().min(MAX_INPUT)];
    if let Ok(d) = Document::parse("fuzz.txt", data, None) {
        check_document(&d);
    }
}

/// One file through extraction and every output format. The first byte
/// decides whether a `--date` is given.
pub fn extract(data: &[u8]) {
    let data = &data[..data.len().min(MAX_INPUT)];
    let (date, body) = match data.split_first() {
        Some((b, rest)) if b % 2 == 1 => (chrono::NaiveDate::from_ymd_opt(2024, 2, 29), rest),
        Some((_, rest)) => (None, rest),
        None => (None, data),
    };
    let Ok(d) = Document::parse("fuzz.txt", body, date) else {
        return;
    };
    check_document(&d);
    let an = analysis::analyze(vec![d]);
    for a in &an {
        for t in &a.timexes {
            check_span(&a.doc.text, t.span, "date");
        }
        for f in &a.figures {
            check_span(&a.doc.text, f.span, "figure");
        }
        for m in &a.actors {
            check_span(&a.doc.text, m.span, "actor");
        }
        for q in &a.quotes {
            check_span(&a.doc.text, q.span, "quote");
        }
        for c in &a.claims {
            check_span(&a.doc.text, c.span, "claim");
        }
    }
    let mut out = Vec::new();
    let with_text = render::ExtractOptions { with_text: true };
    render::extract_jsonl(&mut out, &an, render::extract_summary(&an, 0), with_text)
        .expect("writes");
    check_json(&out, true);
    out.clear();
    render::extract_json(&mut out, &an, render::extract_summary(&an, 0)).expect("writes");
    check_json(&out, false);
    out.clear();
    render::extract_text(&mut out, &an, Style::plain()).expect("writes");
}

/// Parses the versions of a `compare` input: split on the separator, at
/// most six, unreadable ones dropped as the command line drops them.
fn versions(data: &[u8]) -> Vec<(String, Vec<u8>)> {
    data.split(|&b| b == VERSION_SEPARATOR)
        .take(6)
        .enumerate()
        .map(|(i, v)| (format!("v{i}.txt"), v.to_vec()))
        .collect()
}

fn compare_outputs(files: &[(String, Vec<u8>)]) -> Option<(Vec<u8>, Vec<u8>)> {
    let docs: Vec<Document> = files
        .iter()
        .filter_map(|(p, b)| Document::parse(p, b, None).ok())
        .collect();
    if docs.len() < 2 {
        return None;
    }
    let mut an = analysis::analyze(docs);
    dating::infer(&mut an);
    let cmp = compare::compare(&an);
    let mut json = Vec::new();
    render::compare_json(&mut json, &an, &cmp).expect("writes");
    check_json(&json, false);
    let mut jsonl = Vec::new();
    render::compare_jsonl(&mut jsonl, &an, &cmp).expect("writes");
    check_json(&jsonl, true);
    let mut text = Vec::new();
    render::compare_text(&mut text, &an, &cmp, Style::plain()).expect("writes");
    Some((json, text))
}

/// Several versions through comparison, in path order and shuffled (the
/// first byte picks the shuffle): the output must be the same.
pub fn compare(data: &[u8]) {
    let data = &data[..data.len().min(MAX_INPUT)];
    let (shuffle, body) = match data.split_first() {
        Some((&b, rest)) => (b as usize, rest),
        None => return,
    };
    let files = versions(body);
    let Some(sorted) = compare_outputs(&files) else {
        return;
    };
    let mut shuffled = files;
    let k = shuffle % shuffled.len().max(1);
    shuffled.rotate_left(k);
    if shuffle & 0x80 != 0 {
        shuffled.reverse();
    }
    let again = compare_outputs(&shuffled).expect("the same versions");
    assert!(
        sorted == again,
        "output depends on the order of the versions"
    );
}
