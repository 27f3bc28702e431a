//! Stories: B-cubed F1 of `cluster` on the ECB+ articles (when
//! `../shared/data/ecbplus/text` is present) and the time it takes, and a
//! synthetic scaling run.
//!
//! Run with `cargo bench --bench cluster` (optionally `-- 1000 10000` for the
//! synthetic sizes; `-- ecb` for ECB+ only).

use std::time::Instant;

use claimdiff::analysis::{self, Analysis};
use claimdiff::cluster;
use claimdiff::document::Document;

#[path = "../tests/common/ecb.rs"]
mod ecb;

fn score(name: &str, an: &[Analysis], gold: &[String]) {
    let t = Instant::now();
    let stories = cluster::cluster(an);
    let secs = t.elapsed().as_secs_f64();
    let pred = cluster::labels(&stories, an.len());
    let (p, r, f) = cluster::bcubed(&pred, gold);
    println!(
        "{name:<22} {:>5} articles {:>4} gold {:>4} stories  P {p:.3} R {r:.3} F1 {f:.3}  cluster {secs:.3} s",
        an.len(),
        gold.iter().collect::<std::collections::BTreeSet<_>>().len(),
        stories.len()
    );
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let sizes: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let ecb_only = args.iter().any(|a| a == "ecb");
    match ecb::load() {
        None => println!("ECB+ text not found at {}: skipped", ecb::DIR),
        Some(set) => {
            for (name, range) in [
                ("tuning (topics 1-20)", 1..=20),
                ("unseen (topics 21-35)", 21..=35),
                ("all (topics 1-35)", 1..=35),
            ] {
                let (docs, gold) = set.part(range);
                let t = Instant::now();
                let an = analysis::analyze(docs);
                let a = t.elapsed().as_secs_f64();
                score(name, &an, &gold);
                println!("{:>22} analysis {a:.2} s", "");
            }
        }
    }
    if ecb_only {
        return;
    }
    let sizes = if sizes.is_empty() {
        vec![1000, 10000]
    } else {
        sizes
    };
    for n in sizes {
        let (docs, gold) = synthetic(n);
        let mb = docs.iter().map(|d| d.bytes).sum::<usize>() as f64 / 1e6;
        let t = Instant::now();
        let an = analysis::analyze(docs);
        println!(
            "synthetic {n}: {mb:.1} MB, analysis {:.2} s",
            t.elapsed().as_secs_f64()
        );
        score(&format!("synthetic {n}"), &an, &gold);
    }
}

/// `n` articles in stories of 1 to 12, each story with its own place, people,
/// date and toll over a shared newswire vocabulary.
fn synthetic(n: usize) -> (Vec<Document>, Vec<String>) {
    const FIRST: [&str; 12] = [
        "Maria", "John", "Ahmed", "Li", "Olga", "Pedro", "Aisha", "Kenji", "Fatima", "Lars",
        "Priya", "Tomas",
    ];
    const LAST: [&str; 12] = [
        "Okafor",
        "Lindqvist",
        "Haddad",
        "Moreau",
        "Tanaka",
        "Kowalski",
        "Banerjee",
        "Silva",
        "Novak",
        "Mensah",
        "Petrov",
        "Duarte",
    ];
    const KINDS: [(&str, &str); 6] = [
        ("earthquake", "struck"),
        ("flood", "swept through"),
        ("fire", "destroyed"),
        ("explosion", "ripped through"),
        ("storm", "battered"),
        ("landslide", "buried"),
    ];
    const FILLER: [&str; 16] = [
        "Rescue teams worked through the night as relatives waited for news.",
        "Officials said the number of victims could still rise.",
        "Local hospitals were overwhelmed and appealed for blood donations.",
        "The government promised aid to families who lost their homes.",
        "Witnesses described scenes of panic as people ran into the streets.",
        "Schools in the area were closed until further notice.",
        "Power and water supplies were cut in several districts.",
        "The authorities opened an investigation into the cause.",
        "Neighbouring countries offered help with the rescue effort.",
        "Television footage showed collapsed buildings and damaged roads.",
        "Aid agencies warned of shortages of food and clean water.",
        "The region has been hit by similar disasters in the past.",
        "Engineers were sent to inspect bridges and dams nearby.",
        "Residents said they had received no warning before it happened.",
        "The prime minister cut short a foreign visit to return home.",
        "Volunteers set up shelters in schools and sports halls.",
    ];
    let mut rng = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mut docs = Vec::with_capacity(n);
    let mut gold = Vec::with_capacity(n);
    let mut story = 0usize;
    while docs.len() < n {
        story += 1;
        let size = 1 + (next() % 12) as usize;
        let (kind, verb) = KINDS[story % KINDS.len()];
        let town = format!("Town{}", ecb::word(story as u64 * 7919));
        let official = format!(
            "{} {}",
            FIRST[(next() % 12) as usize],
            LAST[(next() % 12) as usize]
        );
        let official = format!("{official}{}", ecb::word(story as u64).to_lowercase());
        let toll = 5 + next() % 300;
        let day = 1 + next() % 28;
        let month = 1 + next() % 12;
        let year = 2000 + next() % 25;
        for v in 0..size {
            if docs.len() == n {
                break;
            }
            let mut text = format!(
                " date {year}-{month:02}-{day:02} A {kind} {verb} {town} on Monday, killing at least {toll} people, officials said.\n\n\
                 \"We are doing everything we can,\" said {official}, the regional governor.\n\n"
            );
            for _ in 0..(4 + next() % 6) {
                text.push_str(FILLER[(next() % 16) as usize]);
                text.push('\n');
            }
            if v % 2 == 1 {
                text.push_str(&format!(
                    "The toll in {town} rose to {} by evening.\n",
                    toll + next() % 20
                ));
            }
            let name = format!("syn/{}.txt", ecb::word(docs.len() as u64 * 2654435761));
            match Document::parse(&name, text.as_bytes(), None) {
                Ok(d) => {
                    docs.push(d);
                    gold.push(format!("s{story}"));
                }
                Err(e) => panic!("synthetic article {name}: {e}"),
            }
        }
    }
    (docs, gold)
}
