//! How `compare` scales with the number of versions: N versions of one story
//! (the seeds, with their figures and dates varied per version so that the
//! comparer has real work), analyzed and compared in memory.
//!
//! Run with `cargo bench --bench compare_scale` (optionally `-- 100 1000`).

use std::time::Instant;

use claimdiff::analysis;
use claimdiff::compare;
use claimdiff::dating;
use claimdiff::document::Document;

const SEEDS: [&str; 3] = [
    include_str!("../fixtures/seeds/000_fb2f06446441fbd4.txt"),
    include_str!("../fixtures/seeds/001_04af7a6d62b6dd8f.txt"),
    include_str!("../fixtures/seeds/002_ab6c8754cacfea4c.txt"),
];

/// Version `i`: a seed with its numbers nudged and its date moved.
fn version(i: usize) -> String {
    let seed = SEEDS[i % 3];
    let mut out = String::with_capacity(seed.len());
    let mut digits = String::new();
    for ch in seed.chars() {
        if ch.is_ascii_digit() {
            digits.push(ch);
            continue;
        }
        if !digits.is_empty() {
            // Years and header dates stay; counts move with the version.
            let n: u64 = digits.parse().unwrap_or(0);
            let keep =
                digits.len() == 4 && (1900..2100).contains(&n) || ch == '-' || out.ends_with('-');
            if keep || i % 7 != 0 {
                out.push_str(&digits);
            } else {
                out.push_str(&(n + (i as u64 % 5)).to_string());
            }
            digits.clear();
        }
        out.push(ch);
    }
    out.push_str(&digits);
    out
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![10, 100, 1000]
    } else {
        sizes
    };
    println!(
        "{:>8} {:>10} {:>12} {:>12} {:>10}",
        "versions", "MB", "analyze s", "compare s", "findings"
    );
    for n in sizes {
        let texts: Vec<String> = (0..n).map(version).collect();
        let bytes: usize = texts.iter().map(|t| t.len()).sum();
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .filter_map(|(i, t)| Document::parse(&format!("v{i:05}.txt"), t.as_bytes(), None).ok())
            .collect();
        let t0 = Instant::now();
        let mut an = analysis::analyze(docs);
        dating::infer(&mut an);
        let t1 = Instant::now();
        let cmp = compare::compare(&an);
        let t2 = Instant::now();
        println!(
            "{:>8} {:>10.2} {:>12.3} {:>12.3} {:>10}",
            n,
            bytes as f64 / 1e6,
            (t1 - t0).as_secs_f64(),
            (t2 - t1).as_secs_f64(),
            cmp.findings.len()
        );
    }
}
