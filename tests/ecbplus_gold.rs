//! The comparer on real coverage: the blind gold of `fixtures/ecbplus/`
//! (13 development stories and 4 more in dev2, 4 held out, 4 fresh, 3
//! fresh2, 4 fresh3, 4 fresh4, 4 more in dev3 and 4 fresh5, annotated from
//! the articles and `../shared/tools/ANNOTATING.md` alone) scored with the
//! project's scorer `../shared/tools/score_stories.py`. Reads the articles
//! from `../shared` and skips cleanly without them (or without python3).

use std::path::Path;
use std::process::Command;

/// The scorer's last line on one part of the gold, or None when it cannot run.
fn score(part: &str) -> Option<String> {
    let scorer = Path::new("../shared/tools/score_stories.py");
    let articles = Path::new("../shared/data/ecbplus/text");
    if !scorer.exists() || !articles.exists() {
        eprintln!("skipped: ../shared (scorer or ECB+ articles) is not here");
        return None;
    }
    let out = Command::new("python3")
        .arg(scorer)
        .arg(env!("CARGO_BIN_EXE_claimdiff"))
        .arg(format!("fixtures/ecbplus/{part}"))
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let last = text.lines().last()?.to_string();
    eprintln!("{part}: {last}");
    last.starts_with("stories:").then_some(last)
}

/// The number of false alarms in the scorer's line.
fn false_alarms(line: &str) -> f64 {
    line.split("false alarms ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap()
}

/// "a/b" after `label` in the scorer's line.
fn ratio(line: &str, label: &str) -> (f64, f64) {
    let rest = &line[line.find(label).expect(label) + label.len()..];
    let frac = rest.split([',', ' ']).find(|w| w.contains('/')).unwrap();
    let (a, b) = frac.split_once('/').unwrap();
    (a.trim().parse().unwrap(), b.trim().parse().unwrap())
}

#[test]
fn development_stories_hold_their_scores() {
    let Some(line) = score("dev") else { return };
    let (found, total) = ratio(&line, "contradiction recall");
    assert!(found / total >= 0.3, "{line}");
    let fa = false_alarms(&line);
    let reported: f64 = line
        .rsplit(" of ")
        .next()
        .and_then(|r| r.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(fa <= 3.0 && 1.0 - fa / reported.max(1.0) >= 0.8, "{line}");
    let (agree, of) = ratio(&line, "agree");
    assert!(agree / of >= 0.3, "{line}");
}

#[test]
fn held_out_stories_are_scored() {
    // Reported, not tuned on: the floor only catches a collapse.
    let Some(line) = score("heldout") else { return };
    let (agree, of) = ratio(&line, "agree");
    assert!(agree / of >= 0.15, "{line}");
}

/// A blind part holds: no collapse into false contradictions or lost
/// agreements. Reported, never tuned on.
fn no_collapse(part: &str) {
    let Some(line) = score(part) else { return };
    assert!(false_alarms(&line) <= 4.0, "{line}");
    let (agree, of) = ratio(&line, "agree");
    assert!(agree / of >= 0.15, "{line}");
}

#[test]
fn fresh_stories_are_scored() {
    // Four stories annotated in session 6 and never tuned on (their first
    // run was recorded before any rule of the session was written).
    no_collapse("fresh");
}

#[test]
fn second_fresh_stories_are_scored() {
    // Three stories annotated in session 8 and never tuned on (first run,
    // with session 7's binary: 1 of 3 reported contradictions true).
    no_collapse("fresh2");
}

#[test]
fn third_fresh_stories_are_scored() {
    // Four stories annotated in session 9 and never opened (first run, with
    // session 8's binary: contradictions 1/19, 1 of 2 reported true).
    no_collapse("fresh3");
}

#[test]
fn second_development_stories_are_scored() {
    // Four stories annotated in session 10 and tuned on from then (first
    // run, with session 9's binary: contradictions 0/23, 4 of 6 reported
    // false). The floor catches a collapse, not a target.
    no_collapse("dev2");
}

#[test]
fn fourth_fresh_stories_are_scored() {
    // Four stories annotated in session 10 and never opened (first run, with
    // session 9's binary: contradictions 5/38, 2 of 6 reported false).
    no_collapse("fresh4");
}

#[test]
fn third_development_stories_are_scored() {
    // Four stories annotated in session 12 and tuned on from then (first
    // run, with session 11's binary: contradictions 0/26, 3 of 6 reported
    // false). The floor catches a collapse, not a target.
    no_collapse("dev3");
}

#[test]
fn fifth_fresh_stories_are_scored() {
    // Four stories annotated in session 12 and never opened (first run, with
    // session 11's binary: contradictions 0/15, updates 0/10, none reported).
    no_collapse("fresh5");
}
