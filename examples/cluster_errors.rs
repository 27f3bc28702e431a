//! Which ECB+ articles the stories merge or split, for the tuning topics
//! (1-20) only; the held-out topics (21-35) are scored as a whole, never
//! shown story by story. `cargo run --release --example cluster_errors`
//! (`-q` totals only; `-s` also the signals the pipeline has on each article
//! of a merged story, never its text).

use std::collections::BTreeMap;

use claimdiff::analysis;
use claimdiff::cluster;

#[path = "../tests/common/ecb.rs"]
mod ecb;

fn main() {
    let Some(set) = ecb::load() else {
        eprintln!("ECB+ text not found at {}", ecb::DIR);
        return;
    };
    let show = !std::env::args().any(|a| a == "-q");
    for (name, topics, detail) in [
        ("tuning (1-20)", 1..=20, show),
        ("unseen (21-35)", 21..=35, false),
    ] {
        let (docs, gold) = set.part(topics);
        let paths: Vec<String> = docs.iter().map(|d| d.path.clone()).collect();
        let an = analysis::analyze(docs);
        let stories = cluster::cluster(&an);
        let pred = cluster::labels(&stories, an.len());
        let (p, r, f) = cluster::bcubed(&pred, &gold);
        println!(
            "{name}: {} articles, {} stories, P {p:.3} R {r:.3} F1 {f:.3}",
            an.len(),
            stories.len()
        );
        if !detail {
            continue;
        }
        // Each predicted story holding articles of several gold stories, or
        // a gold story spread over several predicted stories.
        let mut by_gold: BTreeMap<&str, BTreeMap<usize, Vec<usize>>> = BTreeMap::new();
        for (i, g) in gold.iter().enumerate() {
            by_gold
                .entry(g)
                .or_default()
                .entry(pred[i])
                .or_default()
                .push(i);
        }
        for (k, s) in stories.iter().enumerate() {
            let mut gs: BTreeMap<&str, usize> = BTreeMap::new();
            for &d in &s.docs {
                *gs.entry(gold[d].as_str()).or_default() += 1;
            }
            if gs.len() > 1 {
                println!("  merged S{k}: {gs:?}");
                if std::env::args().any(|a| a == "-s") {
                    for &d in &s.docs {
                        signals(&gold[d], &an[d]);
                    }
                }
            }
        }
        for (g, parts) in &by_gold {
            if parts.len() > 1 {
                let sizes: Vec<String> = parts
                    .iter()
                    .map(|(k, v)| {
                        let files: Vec<String> = v
                            .iter()
                            .map(|&d| paths[d].trim_start_matches("mix/").to_string())
                            .collect();
                        format!("S{k}x{} {}", v.len(), files.join(","))
                    })
                    .collect();
                println!("  split {g}: {}", sizes.join(" | "));
            }
        }
    }
}

/// The signals the pipeline has on one article (no text): publication day,
/// main event, its day and place facts, the years it names.
fn signals(gold: &str, a: &claimdiff::analysis::Analysis) {
    let main = a.facts.events.iter().find(|e| e.main);
    let mut years: BTreeMap<String, usize> = BTreeMap::new();
    for t in &a.timexes {
        if t.value.len() >= 4 && t.value[..4].bytes().all(|b| b.is_ascii_digit()) {
            *years.entry(t.value[..4].to_string()).or_default() += 1;
        }
    }
    let facts: Vec<String> = a
        .facts
        .facts
        .iter()
        .filter(|f| a.facts.events.get(f.event).is_some_and(|e| e.main))
        .filter(|f| !f.slot.is_person())
        .map(|f| {
            format!(
                "{}|{}|{}",
                f.slot.as_str(),
                f.subject.clone().unwrap_or_default(),
                serde_json::to_string(&f.value).unwrap_or_default()
            )
        })
        .take(8)
        .collect();
    println!(
        "    {gold:<11} {} date={:?} dl={:?} main={:?}@{:?} years={years:?}\n        facts={facts:?}",
        a.doc.path.trim_start_matches("mix/"),
        a.doc.date,
        a.doc.dateline.map(|s| a.doc.slice(s).chars().take(30).collect::<String>()),
        main.map(|e| e.kind.as_str()),
        main.and_then(|e| e.when.as_deref()),
    );
}
