//! Throughput of the article parser and of the whole extract pipeline, in MB/s.
//!
//! The corpus is the TempEval-3 training text when `../shared/data/tempeval3/train`
//! exists (converted once into `target/bench-corpus/`), otherwise a synthetic
//! newswire corpus generated deterministically. It is repeated in memory so that
//! each timed run processes at least [`MIN_RUN_BYTES`]; each stage reports the
//! best of [`RUNS`] runs. Plain `fn main` (no harness): `cargo bench --bench throughput`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use claimdiff::analysis;
use claimdiff::document::Document;
use claimdiff::model::Span;
use rayon::prelude::*;

const MIN_RUN_BYTES: usize = 20 * 1024 * 1024;
const SYNTHETIC_BYTES: usize = 5 * 1024 * 1024;
const RUNS: usize = 3;

struct Corpus {
    label: String,
    files: Vec<(String, Vec<u8>)>,
}

impl Corpus {
    fn bytes(&self) -> usize {
        self.files.iter().map(|(_, b)| b.len()).sum()
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let forced = std::env::var_os("CLAIMDIFF_BENCH_SYNTHETIC").is_some();
    let found = if forced {
        Err("CLAIMDIFF_BENCH_SYNTHETIC is set".to_string())
    } else {
        tempeval_corpus(root)
    };
    let corpus = found.unwrap_or_else(|why| {
        println!("note: {why}; using the synthetic corpus");
        synthetic_corpus()
    });
    let base = corpus.bytes();
    if base == 0 {
        println!("corpus is empty; nothing to measure");
        return;
    }
    let reps = MIN_RUN_BYTES.div_ceil(base);
    let files: Vec<(String, Vec<u8>)> = (0..reps)
        .flat_map(|r| {
            corpus
                .files
                .iter()
                .map(move |(n, b)| (format!("{r}/{n}"), b.clone()))
        })
        .collect();
    let total: usize = files.iter().map(|(_, b)| b.len()).sum();

    println!("corpus: {}", corpus.label);
    println!(
        "        {} files, {} bytes; repeated {reps}x in memory = {} files, {} bytes per run",
        corpus.files.len(),
        base,
        files.len(),
        total
    );
    println!(
        "        best of {RUNS} runs; rayon threads: {}",
        rayon::current_num_threads()
    );
    println!();
    println!(
        "{:<44} {:>12} {:>9} {:>9}",
        "stage", "bytes", "seconds", "MB/s"
    );

    let (t, sentences) = best(|| {
        let mut n = 0;
        for (name, bytes) in &files {
            if let Ok(doc) = Document::parse(name, bytes, None) {
                n += doc.sentences.len();
            }
        }
        n
    });
    report("parse (Document::parse, 1 thread)", total, t);

    let texts: Vec<&str> = files
        .iter()
        .filter_map(|(_, b)| std::str::from_utf8(b).ok())
        .collect();
    let text_bytes = texts.iter().map(|t| t.len()).sum();
    let (t, _) = best(|| {
        let mut n = 0;
        for text in &texts {
            let whole = claimdiff::model::Span::new(0, text.len());
            for p in claimdiff::segment::paragraphs(text, whole) {
                n += claimdiff::segment::sentences(text, p).len();
            }
        }
        n
    });
    report("segment only (valid UTF-8 files, 1 thread)", text_bytes, t);

    let (t, _) = best(|| {
        files
            .par_iter()
            .filter_map(|(name, bytes)| Document::parse(name, bytes, None).ok())
            .map(|d| d.sentences.len())
            .sum::<usize>()
    });
    report("parse (Document::parse, all threads)", total, t);

    // Each extractor alone, on parsed documents, one thread: where the time goes.
    let docs: Vec<Document> = files
        .iter()
        .filter_map(|(name, bytes)| Document::parse(name, bytes, None).ok())
        .collect();
    // quotations are found by the attribution stage, before the dates
    let quoted: Vec<Vec<Span>> = docs
        .iter()
        .map(claimdiff::attribution::quote_spans)
        .collect();
    let (t, _) = best(|| {
        docs.iter()
            .zip(&quoted)
            .map(|(d, q)| claimdiff::timex::tag(d, q).len())
            .sum::<usize>()
    });
    report("dates alone (timex::tag, 1 thread)", total, t);
    let (t, _) = best(|| {
        docs.iter()
            .map(|d| claimdiff::actors::find(d).len())
            .sum::<usize>()
    });
    report("actors alone (actors::find, 1 thread)", total, t);
    drop(docs);

    let (t, found) = best(|| {
        let docs: Vec<Document> = files
            .par_iter()
            .filter_map(|(name, bytes)| Document::parse(name, bytes, None).ok())
            .collect();
        let out = analysis::analyze(docs);
        out.iter()
            .map(|a| a.timexes.len() + a.figures.len() + a.actors.len() + a.quotes.len())
            .sum::<usize>()
    });
    report("pipeline (parse + analysis::analyze)", total, t);

    // The JSON Lines output alone, on analyses made once: what the typed
    // records of issue 15 cost.
    let analyses = analysis::analyze(
        files
            .par_iter()
            .filter_map(|(name, bytes)| Document::parse(name, bytes, None).ok())
            .collect(),
    );
    let (t, written) = best(|| {
        let mut out = Vec::new();
        let summary = claimdiff::render::extract_summary(&analyses, 0);
        claimdiff::render::extract_jsonl(&mut out, &analyses, summary, Default::default())
            .expect("writes to a Vec");
        out.len()
    });
    report("jsonl output (render::extract_jsonl)", total, t);
    println!("        ({written} bytes of JSON Lines)");
    drop(analyses);

    // Worst case for the splitter: one huge line, every sentence over the cap,
    // abbreviations at every turn.
    let line = " date 2025-01-01 "
        .chars()
        .chain(
            "officials in the U.S. and Mr. Smith met at 3.5 p.m. on Jan. 5 -- still no end "
                .chars()
                .cycle(),
        )
        .take(MIN_RUN_BYTES)
        .collect::<String>();
    let (t, n) = best(|| {
        Document::parse("one-line.txt", line.as_bytes(), None)
            .map(|d| d.sentences.len())
            .unwrap_or(0)
    });
    report("parse, one line without newline", line.len(), t);
    println!("        ({n} capped sentences)");
    println!();
    println!("sentences per run: {sentences}; items extracted per run: {found}");
}

/// Runs `f` [`RUNS`] times; returns the fastest time and the last result.
fn best<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
    let start = Instant::now();
    let mut out = std::hint::black_box(f());
    let mut fastest = start.elapsed();
    for _ in 1..RUNS {
        let start = Instant::now();
        out = std::hint::black_box(f());
        fastest = fastest.min(start.elapsed());
    }
    (fastest, out)
}

fn report(stage: &str, bytes: usize, t: Duration) {
    let secs = t.as_secs_f64();
    let mbs = bytes as f64 / 1e6 / secs.max(1e-9);
    println!("{stage:<44} {bytes:>12} {secs:>9.3} {mbs:>9.1}");
}

/// The TempEval-3 training text, converted once with the shared tool.
fn tempeval_corpus(root: &Path) -> Result<Corpus, String> {
    let shared = root.join("../shared");
    let shared = shared.canonicalize().unwrap_or(shared);
    let train = shared.join("data/tempeval3/train");
    let tool = shared.join("tools/timeml.py");
    if !train.is_dir() {
        return Err(format!("{} not found", train.display()));
    }
    let out = root.join("target/bench-corpus/tempeval3-train");
    if txt_files(&out).is_empty() {
        if !tool.is_file() {
            return Err(format!("{} not found", tool.display()));
        }
        std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        let status = Command::new("python3")
            .arg(&tool)
            .arg("to-text")
            .arg(&train)
            .arg(&out)
            .stdout(std::process::Stdio::null())
            .status()
            .map_err(|e| format!("could not run python3: {e}"))?;
        if !status.success() {
            return Err(format!("timeml.py to-text failed ({status})"));
        }
    }
    let paths = txt_files(&out);
    if paths.is_empty() {
        return Err(format!("no .txt files in {}", out.display()));
    }
    let mut files = Vec::new();
    for p in paths {
        let bytes = std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        files.push((name, bytes));
    }
    Ok(Corpus {
        label: format!(
            "TempEval-3 train ({}), converted to {}",
            train.display(),
            out.display()
        ),
        files,
    })
}

fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// xorshift64*: small, deterministic, good enough to vary the text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const NAMES: &[&str] = &[
    "Mr. Alvarez",
    "Dr. Chen",
    "Gen. Okafor",
    "Sen. Warren",
    "George W. Bush",
    "the U.S. official",
    "a U.N. envoy",
    "Acme Inc.",
    "the Interior Ministry",
    "José Núñez",
    "Prime Minister Keir Starmer",
    "police",
];
const VERBS: &[&str] = &[
    "said",
    "reported",
    "denied",
    "announced",
    "confirmed",
    "told reporters",
    "claimed",
    "warned",
];
const EVENTS: &[&str] = &[
    "at least 42 people were killed in the attack",
    "more than 1,000 troops crossed the border",
    "the plant would close by the end of 2025",
    "talks resumed on Jan. 5 in Geneva",
    "prices rose 3.5 percent in the third quarter",
    "about 200 protesters were arrested",
    "the vote was delayed until next week",
    "$4.5 million in aid had been pledged",
    "the blast occurred at 9 a.m. local time",
    "the ship was hit by No. 2 missile battery",
];
const DATES: &[&str] = &[
    "on Friday",
    "last month",
    "on April 1, 2024",
    "in late 2024",
    "two days later",
    "earlier this year",
    "on Oct. 7",
    "a year ago",
];
const QUOTES: &[&str] = &[
    "“We will not stop until the job is done,”",
    "\"The situation is under control,\"",
    "“It is a lie…”",
    "\"Nobody expected this -- nobody,\"",
];

fn synthetic_corpus() -> Corpus {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut files = Vec::new();
    let mut total = 0;
    let mut n = 0;
    while total < SYNTHETIC_BYTES {
        let mut doc = format!(
            " date 20{:02}-{:02}-{:02} ",
            10 + rng.below(16),
            1 + rng.below(12),
            1 + rng.below(28)
        );
        let blank_lines = rng.below(2) == 0;
        for p in 0..(6 + rng.below(12)) {
            if p > 0 {
                doc.push_str(if blank_lines { "\n\n" } else { "\n" });
            }
            for s in 0..(1 + rng.below(4)) {
                if s > 0 {
                    doc.push(' ');
                }
                let sentence = match rng.below(4) {
                    0 => format!(
                        "{} {} {} {}.",
                        capitalize(rng.pick(NAMES)),
                        rng.pick(VERBS),
                        rng.pick(DATES),
                        rng.pick(EVENTS)
                    ),
                    1 => format!(
                        "{} {} {}.",
                        rng.pick(QUOTES),
                        rng.pick(NAMES),
                        rng.pick(VERBS)
                    ),
                    2 => format!(
                        "{}, {} {} that {}; officials gave no details.",
                        capitalize(rng.pick(DATES)),
                        rng.pick(NAMES),
                        rng.pick(VERBS),
                        rng.pick(EVENTS)
                    ),
                    _ => format!(
                        "According to {}, {} — a claim {} later {}.",
                        rng.pick(NAMES),
                        rng.pick(EVENTS),
                        rng.pick(NAMES),
                        rng.pick(VERBS)
                    ),
                };
                doc.push_str(&sentence);
            }
        }
        doc.push('\n');
        total += doc.len();
        files.push((format!("synthetic_{n:05}.txt"), doc.into_bytes()));
        n += 1;
    }
    Corpus {
        label: "synthetic newswire (deterministic, generated in memory)".to_string(),
        files,
    }
}

fn capitalize(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}
