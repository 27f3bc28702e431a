//! How `compare` grows on the shapes of issue 17, each at 1× to 16×: two
//! versions with many distinct names (the omission check), two versions with
//! many distinct quotations (quote clustering), many versions of one story
//! (the size of the output, which omission explanations once made
//! quadratic), two long versions, and two versions that repeat one toll
//! thousands of times (the fact comparer's check that a version agrees with
//! itself). Each row prints the time of the
//! comparison alone (analysis apart) and the bytes of its JSON output; the
//! last column is the time relative to 1×, to compare with the scale.
//!
//! Run with `cargo bench --bench hostile_scale` (optionally `-- names quotes
//! versions pair tolls` to pick shapes, and `max=8` to stop at 8×).

use std::time::Instant;

use claimdiff::analysis;
use claimdiff::compare;
use claimdiff::dating;
use claimdiff::document::Document;
use claimdiff::render;

/// Deterministic pseudo-random numbers (an LCG), so every run builds the same text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

const SYLLABLES: [&str; 24] = [
    "ba", "ko", "ri", "ta", "mel", "no", "sa", "vu", "den", "li", "ra", "go", "pe", "zan", "to",
    "mi", "ka", "lor", "fe", "du", "wen", "si", "har", "bo",
];

/// The `i`-th of many distinct made-up words (three syllables or more).
fn word(i: usize) -> String {
    let mut n = i;
    let mut w = String::new();
    for _ in 0..3 {
        w.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
    }
    while n > 0 {
        w.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
    }
    w
}

fn capital(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A person's name no gazetteer knows, distinct for each `i`.
fn person(i: usize) -> String {
    format!(
        "{} {}",
        capital(&word(i * 2 + 7)),
        capital(&word(i * 2 + 8))
    )
}

/// Two versions; the first names `n` people, the second the first half.
fn names(n: usize) -> Vec<(String, String)> {
    let line = |i: usize| format!("{} met the council on Monday.\n", person(i));
    let a: String = (0..n).map(line).collect();
    let b: String = (0..n / 2).map(line).collect();
    vec![
        ("a.txt".into(), format!(" date 2025-03-10 {a}")),
        ("b.txt".into(), format!(" date 2025-03-11 {b}")),
    ]
}

/// Two versions with `n` distinct quotations each; every fourth is reworded
/// in the second.
fn quotes(n: usize) -> Vec<(String, String)> {
    let mut rng = Rng(17);
    let mut a = String::new();
    let mut b = String::new();
    for i in 0..n {
        let words: Vec<String> = (0..9)
            .map(|k| {
                // Some common words, mostly rare ones, as in real quotations.
                if k % 3 == 1 {
                    ["the", "of", "we", "will", "and"][rng.next() as usize % 5].to_string()
                } else {
                    word(rng.next() as usize % (n * 20 + 100))
                }
            })
            .collect();
        let q = words.join(" ");
        let speaker = person(i % 50);
        a.push_str(&format!("“{q},” {speaker} said.\n"));
        let q2 = if i % 4 == 0 {
            let mut w = words.clone();
            w[4] = "entirely".into();
            w.join(" ")
        } else {
            q
        };
        b.push_str(&format!("“{q2},” {speaker} said.\n"));
    }
    vec![
        ("a.txt".into(), format!(" date 2025-03-10 {a}")),
        ("b.txt".into(), format!(" date 2025-03-11 {b}")),
    ]
}

const SEEDS: [&str; 3] = [
    include_str!("../fixtures/seeds/000_fb2f06446441fbd4.txt"),
    include_str!("../fixtures/seeds/001_04af7a6d62b6dd8f.txt"),
    include_str!("../fixtures/seeds/002_ab6c8754cacfea4c.txt"),
];

/// `n` versions of the seed story, each with one figure of its own.
fn versions(n: usize) -> Vec<(String, String)> {
    (0..n)
        .map(|i| {
            let text = format!(
                "{}\n\nOfficials said {} people were evacuated from the district.\n",
                SEEDS[i % 3],
                1000 + i
            );
            (format!("v{i:05}.txt"), text)
        })
        .collect()
}

/// Two long versions of `kb` kilobytes each: paragraphs of distinct people,
/// quotations and figures, the second with every third paragraph changed.
fn pair(kb: usize) -> Vec<(String, String)> {
    let mut rng = Rng(29);
    let mut a = String::new();
    let mut b = String::new();
    let mut i = 0;
    while a.len() < kb * 1024 {
        let words: Vec<String> = (0..8)
            .map(|_| word(rng.next() as usize % 100_000))
            .collect();
        let para = format!(
            "{} of {} said {} people were hurt in {} on Monday. “{},” {} told reporters.\n\n",
            person(i),
            capital(&word(i + 500_000)),
            10 + i % 90,
            capital(&word(i % 40 + 900_000)),
            words.join(" "),
            person(i + 1),
        );
        a.push_str(&para);
        if i % 3 == 0 {
            b.push_str(&para.replace(" people were hurt", " people were injured"));
        } else {
            b.push_str(&para);
        }
        i += 1;
    }
    vec![
        ("a.txt".into(), format!(" date 2025-03-10 {a}")),
        ("b.txt".into(), format!(" date 2025-03-11 {b}")),
    ]
}

fn measure(shape: &str, scale: usize, files: Vec<(String, String)>) -> f64 {
    let bytes: usize = files.iter().map(|(_, t)| t.len()).sum();
    let docs: Vec<Document> = files
        .iter()
        .map(|(p, t)| Document::parse(p, t.as_bytes(), None).expect("parses"))
        .collect();
    let t0 = Instant::now();
    let mut an = analysis::analyze(docs);
    dating::infer(&mut an);
    let analyze_s = t0.elapsed().as_secs_f64();
    let t1 = Instant::now();
    let cmp = compare::compare(&an);
    let compare_s = t1.elapsed().as_secs_f64();
    let mut out = Vec::new();
    render::compare_json(&mut out, &an, &cmp).expect("renders");
    println!(
        "{shape:>9} {scale:>4}x {:>10.2} {:>10.3} {:>10.3} {:>12} {:>9}",
        bytes as f64 / 1e6,
        analyze_s,
        compare_s,
        out.len(),
        cmp.findings.len(),
    );
    compare_s
}

/// Two versions that state one toll `n` times each.
fn tolls(n: usize) -> Vec<(String, String)> {
    let text = "The quake killed 5 people in the town. ".repeat(n);
    vec![
        ("a.txt".into(), format!(" date 2025-03-10 {text}")),
        ("b.txt".into(), format!(" date 2025-03-11 {text}")),
    ]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let max: usize = args
        .iter()
        .find_map(|a| a.strip_prefix("max=").and_then(|m| m.parse().ok()))
        .unwrap_or(16);
    let picked: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| ["names", "quotes", "versions", "pair", "tolls"].contains(a))
        .collect();
    let shapes: Vec<&str> = if picked.is_empty() {
        vec!["names", "quotes", "versions", "pair", "tolls"]
    } else {
        picked
    };
    println!(
        "{:>9} {:>5} {:>10} {:>10} {:>10} {:>12} {:>9}",
        "shape", "scale", "MB", "analyze s", "compare s", "output B", "findings"
    );
    for shape in shapes {
        let mut scale = 1;
        while scale <= max {
            let files = match shape {
                "names" => names(1000 * scale),
                "quotes" => quotes(500 * scale),
                "versions" => versions(125 * scale),
                "tolls" => tolls(2000 * scale),
                _ => pair(128 * scale),
            };
            measure(shape, scale, files);
            scale *= 2;
        }
    }
}
