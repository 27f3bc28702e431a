//! Shared by the comparer's rule tests: versions written in the test, run
//! through the whole pipeline as `claimdiff compare --format json` runs them,
//! and the questions the suites ask of the report. Each suite uses a part.
#![allow(dead_code)]

use claimdiff::{analysis, compare, dating, document::Document, render};
use serde_json::Value;

/// Versions given as (file name, text), analysed and dated as `compare`
/// does before it compares them.
pub fn analyze(versions: &[(&str, &str)]) -> Vec<analysis::Analysis> {
    let docs: Vec<Document> = versions
        .iter()
        .map(|(name, text)| Document::from_text(name, text, None))
        .collect();
    let mut an = analysis::analyze(docs);
    dating::infer(&mut an);
    an
}

/// Compares versions given as (file name, text); returns the JSON report.
pub fn compare_json(versions: &[(&str, &str)]) -> Value {
    let an = analyze(versions);
    let cmp = compare::compare(&an);
    let mut out = Vec::new();
    render::compare_json(&mut out, &an, &cmp).unwrap();
    serde_json::from_slice(&out).unwrap()
}

/// Findings of one kind and category.
pub fn findings<'a>(report: &'a Value, kind: &str, category: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind && f["category"] == category)
        .collect()
}

/// A finding of that kind and category gives `file` a value holding `text`.
pub fn has(report: &Value, kind: &str, category: &str, file: &str, text: &str) -> bool {
    findings(report, kind, category)
        .iter()
        .any(|f| f["values"][file].as_str().is_some_and(|v| v.contains(text)))
}

/// Findings of one kind whose topic contains `topic`.
pub fn about<'a>(report: &'a Value, kind: &str, topic: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind && f["topic"].as_str().is_some_and(|t| t.contains(topic)))
        .collect()
}

/// The quotations the quote stage finds in one text, as written.
pub fn quote_texts(text: &str) -> Vec<String> {
    let d = Document::from_text("t.txt", text, None);
    claimdiff::attribution::quotes(&d, &[])
        .iter()
        .map(|q| d.slice(q.span).to_string())
        .collect()
}
