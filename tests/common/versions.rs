//! Shared by the comparer's rule tests: versions written in the test, run
//! through the whole pipeline as `claimdiff compare --format json` runs them.

use claimdiff::{analysis, compare, dating, document::Document, render};
use serde_json::Value;

/// Compares versions given as (file name, text); returns the JSON report.
pub fn compare_json(versions: &[(&str, &str)]) -> Value {
    let docs: Vec<Document> = versions
        .iter()
        .map(|(name, text)| Document::from_text(name, text, None))
        .collect();
    let mut an = analysis::analyze(docs);
    dating::infer(&mut an);
    let cmp = compare::compare(&an);
    let mut out = Vec::new();
    render::compare_json(&mut out, &an, &cmp).unwrap();
    serde_json::from_slice(&out).unwrap()
}
