//! How `compare` scales with the number of versions: N versions of one story
//! (the seeds, with their figures and dates varied per version so that the
//! comparer has real work), analyzed and compared in memory.
//!
//! Also, with `-- real` (and optionally a count, `-- real 1000`), the whole
//! `claimdiff compare` command on that many real articles of about 50 KB,
//! each made of ECB+ articles laid end to end (issue 15's "1,000 real,
//! varied articles"), written once under `target/bench-corpus/`.
//!
//! Beside wall-clock seconds, each step prints the CPU seconds of the process
//! (user + system, from `/proc/self/stat`; `-` elsewhere): on a shared, busy
//! machine the wall clock says more about the neighbours than about the code
//! (10,000 versions on 2026-12-07: 344 s wall for 60 s of CPU).
//!
//! Run with `cargo bench --bench compare_scale` (optionally `-- 100 1000`).

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use claimdiff::analysis;
use claimdiff::compare;
use claimdiff::dating;
use claimdiff::document::Document;

#[path = "../tests/common/ecb.rs"]
mod ecb;

/// Bytes of one "real" article: ECB+ articles are laid end to end up to this.
const REAL_BYTES: usize = 50_000;

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
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let sizes: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    if args.iter().any(|a| a == "real") {
        real(sizes.first().copied().unwrap_or(1000));
        return;
    }
    let sizes = if sizes.is_empty() {
        vec![10, 100, 1000, 10000]
    } else {
        sizes
    };
    println!(
        "{:>8} {:>10} {:>12} {:>12} {:>12} {:>12} {:>10}",
        "versions", "MB", "analyze s", "compare s", "analyze cpu", "compare cpu", "findings"
    );
    for n in sizes {
        let texts: Vec<String> = (0..n).map(version).collect();
        let bytes: usize = texts.iter().map(|t| t.len()).sum();
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .filter_map(|(i, t)| Document::parse(&format!("v{i:05}.txt"), t.as_bytes(), None).ok())
            .collect();
        let (t0, c0) = (Instant::now(), cpu_seconds());
        let mut an = analysis::analyze(docs);
        dating::infer(&mut an);
        let (t1, c1) = (Instant::now(), cpu_seconds());
        let cmp = compare::compare(&an);
        let (t2, c2) = (Instant::now(), cpu_seconds());
        println!(
            "{:>8} {:>10.2} {:>12.3} {:>12.3} {:>12} {:>12} {:>10}",
            n,
            bytes as f64 / 1e6,
            (t1 - t0).as_secs_f64(),
            (t2 - t1).as_secs_f64(),
            cpu_between(c0, c1),
            cpu_between(c1, c2),
            cmp.findings.len()
        );
    }
}

/// User plus system CPU seconds of this process so far (all threads), from
/// `/proc/self/stat` in ticks of 1/100 s; `None` where there is no `/proc`.
fn cpu_seconds() -> Option<f64> {
    proc_ticks(11, 12)
}

/// The CPU seconds of the waited-for children (`claimdiff compare`).
fn child_cpu_seconds() -> Option<f64> {
    proc_ticks(13, 14)
}

fn proc_ticks(user: usize, system: usize) -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // fields after the command name, which is in parentheses and may hold spaces
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
    // field 3 of the line (the state) is index 0 here: utime and stime
    // (fields 14, 15) are 11 and 12, cutime and cstime (16, 17) 13 and 14
    Some((ticks(user)? + ticks(system)?) / 100.0)
}

fn cpu_between(a: Option<f64>, b: Option<f64>) -> String {
    match (a, b) {
        (Some(a), Some(b)) => format!("{:.2}", b - a),
        _ => "-".to_string(),
    }
}

/// `claimdiff compare` on `n` real articles of about [`REAL_BYTES`] each:
/// the whole command (reading, analysis, stories, comparison, JSON output).
fn real(n: usize) {
    let Some(set) = ecb::load() else {
        println!("ECB+ text not found at {}: skipped", ecb::DIR);
        return;
    };
    let texts: Vec<&[u8]> = set.articles.iter().map(|a| a.3.as_slice()).collect();
    if texts.is_empty() {
        println!("no ECB+ articles: skipped");
        return;
    }
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("target/bench-corpus/real50k-{n}"));
    std::fs::create_dir_all(&dir).expect("bench corpus folder");
    let mut bytes = 0;
    for k in 0..n {
        // A different run of articles for each: start and stride vary.
        let (start, stride) = (k * 7, 1 + 2 * (k % 5));
        let mut body = Vec::new();
        let mut j = 0;
        while body.len() < REAL_BYTES {
            body.extend_from_slice(texts[(start + j * stride) % texts.len()]);
            body.extend_from_slice(b"\n\n");
            j += 1;
        }
        bytes += body.len();
        let path = dir.join(format!("a{k:05}.txt"));
        if std::fs::metadata(&path).ok().map(|m| m.len() as usize) != Some(body.len()) {
            std::fs::write(&path, &body).expect("bench article");
        }
    }
    let (t, c) = (Instant::now(), child_cpu_seconds());
    let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(["compare", "--format", "json", "-q"])
        .arg(&dir)
        .output()
        .expect("runs claimdiff");
    let secs = t.elapsed().as_secs_f64();
    println!(
        "real articles: {n} files, {:.1} MB: claimdiff compare {secs:.1} s, {} s of CPU ({}, {} bytes of JSON)",
        bytes as f64 / 1e6,
        cpu_between(c, child_cpu_seconds()),
        out.status,
        out.stdout.len()
    );
}
