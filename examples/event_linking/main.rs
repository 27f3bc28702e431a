//! How well claimdiff links event instances across versions, measured on
//! ECB+'s gold cross-document event coreference (`../shared/data/ecbplus/`).
//!
//!     cargo run --release --example event_linking [-- --errors] [FOLDER ...]
//!
//! Prints one row per gold story folder and the totals; `--errors` adds, per
//! folder, lines showing each kind of error.

mod gold;
mod measure;

use measure::Tally;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let errors = args.iter().any(|a| a == "--errors");
    let asked: Vec<String> = args.into_iter().filter(|a| !a.starts_with("--")).collect();
    let Some(all) = measure::folders() else {
        eprintln!("no ECB+ articles at {}/text", measure::ROOT);
        std::process::exit(2);
    };
    let folders = if asked.is_empty() { all } else { asked };
    println!("{}", measure::HEADER);
    let mut total = Tally::default();
    let mut incident = Tally::default();
    let mut shapes: std::collections::BTreeMap<(&str, &str), usize> = Default::default();
    let mut shown: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    for name in &folders {
        match measure::folder(name) {
            Ok(f) => {
                println!("{}", measure::row(&f.name, &f.tally));
                total.add(&f.tally);
                for (k, n) in &f.shapes {
                    *shapes.entry(*k).or_default() += n;
                }
                if f.incident_story {
                    incident.add(&f.tally);
                }
                for (kind, lines) in f.errors {
                    shown
                        .entry(kind)
                        .or_default()
                        .extend(lines.into_iter().map(|l| format!("  {}: {l}", f.name)));
                }
            }
            Err(e) => eprintln!("{name}: {e}"),
        }
    }
    println!("{}", measure::row("incidents", &incident));
    println!("{}", measure::row("ALL", &total));
    let (bp, br, bf) = total.b3();
    let (mp, mr, mf) = total.muc();
    println!();
    println!(
        "{} folders, {} documents; {} of {} gold tokens not placed on the text",
        total.folders, total.docs, total.unplaced, total.tokens
    );
    println!(
        "coverage: {}/{} event mentions ({:.1}%), incident-worded {}/{} ({:.1}%); cross-doc chains {}/{}, incident-worded {}/{}; main chain covered in {}/{} documents; {} mentions under two instances' triggers",
        total.covered,
        total.mentions,
        100.0 * total.covered as f64 / total.mentions.max(1) as f64,
        total.incident_covered,
        total.incident_mentions,
        100.0 * total.incident_covered as f64 / total.incident_mentions.max(1) as f64,
        total.chains_covered,
        total.chains,
        total.incident_chains_covered,
        total.incident_chains,
        total.main_docs_covered,
        total.main_docs,
        total.ambiguous,
    );
    println!(
        "main chain uncovered in {} documents: {} with no instance (no facts), {} whose main instance has no trigger, {} whose trigger is in a sentence ECB+ left unannotated, {} whose trigger is on another gold event, {} whose trigger is on no gold event of an annotated sentence",
        total.main_docs - total.main_docs_covered,
        total.miss_no_instance,
        total.miss_no_trigger,
        total.miss_unannotated,
        total.miss_other_event,
        total.miss_no_event,
    );
    println!(
        "cross-doc pairs of covered mentions: claimdiff P {:.3} R {:.3} ({} linked, {} gold, {} both); counting class@? as unlinked P {:.3} R {:.3}; same-word baseline P {:.3} R {:.3}",
        total.pairs().0,
        total.pairs().1,
        total.sys,
        total.gold,
        total.tp,
        total.strict().0,
        total.strict().1,
        total.word().0,
        total.word().1,
    );
    println!("B-cubed P {bp:.3} R {br:.3} F {bf:.3}; MUC P {mp:.3} R {mr:.3} F {mf:.3}");
    println!(
        "facts: in main-chain sentences {}/{} on the main chain's key; in other-incident sentences {}/{} kept off it",
        total.main_facts_on, total.main_facts, total.other_facts_off, total.other_facts
    );
    println!(
        "incident stories ({} folders whose main chain is named by an incident word): pairs P {:.3} R {:.3}; B-cubed F {:.3}; main chain covered in {}/{} documents; main-event facts on its key {}/{}, other-incident facts kept off {}/{}",
        incident.folders,
        incident.pairs().0,
        incident.pairs().1,
        incident.b3().2,
        incident.main_docs_covered,
        incident.main_docs,
        incident.main_facts_on,
        incident.main_facts,
        incident.other_facts_off,
        incident.other_facts,
    );
    let shapes: Vec<String> = shapes
        .iter()
        .map(|((e, s), n)| format!("{e} {s}: {n}"))
        .collect();
    println!("wrong pairs by link keys: {}", shapes.join("; "));
    if errors {
        for (kind, lines) in shown {
            println!("\n{kind} ({} shown):", lines.len());
            for l in lines {
                println!("{l}");
            }
        }
    }
}
