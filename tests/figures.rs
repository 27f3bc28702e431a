//! Figures extractor: values, intervals, qualifiers, counted nouns and casualty
//! kinds on phrasings written for these tests, and on the fixture seeds.

use claimdiff::document::Document;
use claimdiff::figures;
use claimdiff::model::{Bound, Casualty, Figure, Qualifier};

fn figs(text: &str) -> Vec<(String, Figure)> {
    let doc = Document::from_text("t.txt", text, None);
    figures::find(&doc, &[])
        .into_iter()
        .map(|f| (doc.slice(f.span).to_string(), f))
        .collect()
}

fn dump(text: &str) -> String {
    figs(text)
        .iter()
        .map(|(s, f)| {
            format!(
                "{s}|{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
                f.value, f.qualifier, f.interval.low, f.interval.high, f.unit, f.counts, f.category
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn seeds_debug() {
    for entry in std::fs::read_dir("fixtures/seeds").unwrap() {
        let p = entry.unwrap().path();
        let bytes = std::fs::read(&p).unwrap();
        let doc = Document::parse(&p.display().to_string(), &bytes, None).unwrap();
        println!("== {}", p.display());
        for f in figures::find(&doc, &[]) {
            println!(
                "{:?} {} {:?} {:?} {:?}",
                doc.slice(f.span),
                f.value,
                f.qualifier,
                f.counts,
                f.category
            );
        }
    }
}
