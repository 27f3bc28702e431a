//! Baselines for CI: a content fingerprint for each finding, and the file of
//! accepted findings that `compare --baseline` checks a run against, so that
//! `--fail-on` fails only on findings that are new.
//!
//! A finding's identity must survive what changes from run to run and with
//! unrelated edits: its id (F3 becomes F4 when a finding is added before it),
//! the claims it cites (their ids and offsets move when a sentence is added),
//! the order the files were given in and the folder they were read from. So
//! the fingerprint hashes only what the finding says: its kind, category and
//! topic (the event, slot and subject it is about), and each version's value
//! with the name of its file, values normalized and sorted.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{json, Value};
use unicode_normalization::UnicodeNormalization;

use crate::analysis::Analysis;
use crate::compare::Finding;

/// Marks a baseline file, and its format's version.
const FORMAT_KEY: &str = "claimdiff_baseline";
const FORMAT_VERSION: u64 = 1;

/// The finding's fingerprint: 16 hex digits, the same for the same finding
/// whatever the run.
pub fn fingerprint(an: &[Analysis], f: &Finding) -> String {
    let mut values: Vec<(String, String)> = f
        .values
        .iter()
        .map(|&(d, s)| {
            let path = &an[d].doc.path;
            let file = Path::new(path)
                .file_name()
                .map_or_else(|| path.clone(), |n| n.to_string_lossy().into_owned());
            (file, normalize(an[d].doc.slice(s)))
        })
        .collect();
    values.sort();
    let mut key = format!(
        "{}\u{1f}{}\u{1f}{}",
        f.kind.as_str(),
        crate::model::wire_name(&f.category),
        normalize(&f.topic)
    );
    for (file, value) in values {
        key.push('\u{1e}');
        key.push_str(&file);
        key.push('\u{1f}');
        key.push_str(&value);
    }
    format!("{:016x}", fnv1a(key.as_bytes()))
}

/// Typography that varies between outlets and edits but not in meaning
/// (curly or straight quotes, dashes, compatibility forms, case, spacing)
/// folded away.
fn normalize(s: &str) -> String {
    const FOLD: &[(char, char)] = &[
        ('\u{2018}', '\''),
        ('\u{2019}', '\''),
        ('\u{201C}', '"'),
        ('\u{201D}', '"'),
        ('\u{2013}', '-'),
        ('\u{2014}', '-'),
        ('\u{2212}', '-'),
    ];
    let folded: String = s
        .nfkc()
        .map(|c| FOLD.iter().find(|(from, _)| *from == c).map_or(c, |p| p.1))
        .flat_map(char::to_lowercase)
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// 64-bit FNV-1a: fixed by its definition, so fingerprints stay the same
/// across Rust versions and platforms (std's hasher promises neither).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// One accepted finding as written to a baseline file: the fingerprint is
/// what counts; kind, category and topic are there for the person reading it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    pub fingerprint: String,
    pub kind: String,
    pub category: String,
    pub topic: String,
}

impl Entry {
    pub fn of(an: &[Analysis], f: &Finding) -> Entry {
        Entry {
            fingerprint: fingerprint(an, f),
            kind: f.kind.as_str().to_string(),
            category: crate::model::wire_name(&f.category),
            topic: f.topic.clone(),
        }
    }
}

/// The baseline file's text: entries sorted, so the same findings give the
/// same bytes.
pub fn to_json(entries: &[Entry]) -> String {
    let mut entries = entries.to_vec();
    entries.sort();
    let findings: Vec<Value> = entries
        .iter()
        .map(|e| {
            json!({"fingerprint": e.fingerprint, "kind": e.kind,
                   "category": e.category, "topic": e.topic})
        })
        .collect();
    let v = json!({FORMAT_KEY: FORMAT_VERSION, "findings": findings});
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

/// Accepted fingerprints, each with how many findings it accepts (two
/// findings may say the same thing about the same files).
#[derive(Clone, Debug, Default)]
pub struct Baseline {
    accepted: BTreeMap<String, usize>,
}

impl Baseline {
    pub fn from_entries(entries: &[Entry]) -> Baseline {
        let mut accepted = BTreeMap::new();
        for e in entries {
            *accepted.entry(e.fingerprint.clone()).or_insert(0) += 1;
        }
        Baseline { accepted }
    }

    /// Reads a baseline file's text; the error says what is wrong with it.
    pub fn parse(text: &str) -> Result<Baseline, String> {
        let v: Value = serde_json::from_str(text)
            .map_err(|e| format!("not a baseline (invalid JSON: {e})"))?;
        match v.get(FORMAT_KEY).and_then(Value::as_u64) {
            Some(FORMAT_VERSION) => {}
            Some(n) => {
                return Err(format!(
                    "baseline format {n} is not known (expected {FORMAT_VERSION})"
                ))
            }
            None => {
                return Err(format!(
                    "not a baseline (no \"{FORMAT_KEY}\" key; write one with --write-baseline)"
                ))
            }
        }
        let Some(list) = v.get("findings").and_then(Value::as_array) else {
            return Err("not a baseline (no \"findings\" list)".into());
        };
        let mut accepted = BTreeMap::new();
        for (i, item) in list.iter().enumerate() {
            let Some(fp) = item.get("fingerprint").and_then(Value::as_str) else {
                return Err(format!(
                    "finding {} of the baseline has no fingerprint",
                    i + 1
                ));
            };
            *accepted.entry(fp.to_string()).or_insert(0) += 1;
        }
        Ok(Baseline { accepted })
    }

    /// Takes the finding with this fingerprint as accepted: true when the
    /// baseline still had one to accept.
    pub fn accept(&mut self, fingerprint: &str) -> bool {
        match self.accepted.get_mut(fingerprint) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_typography_case_and_spacing() {
        assert_eq!(
            normalize("Iran\u{2019}s  \u{201C}Global\u{201D}\n campaign \u{2013} now"),
            "iran's \"global\" campaign - now"
        );
    }

    #[test]
    fn fnv1a_matches_its_published_test_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn a_baseline_accepts_each_fingerprint_as_often_as_listed() {
        let e = |fp: &str| Entry {
            fingerprint: fp.into(),
            kind: "contradiction".into(),
            category: "number".into(),
            topic: "t".into(),
        };
        let text = to_json(&[e("b"), e("a"), e("a")]);
        let mut b = Baseline::parse(&text).unwrap();
        assert!(b.accept("a") && b.accept("a") && !b.accept("a"));
        assert!(b.accept("b") && !b.accept("c"));
        assert!(text.find("\"a\"").unwrap() < text.find("\"b\"").unwrap());
    }

    #[test]
    fn a_file_that_is_not_a_baseline_says_so() {
        assert!(Baseline::parse("{}")
            .unwrap_err()
            .contains("not a baseline"));
        assert!(Baseline::parse("[1,").unwrap_err().contains("invalid JSON"));
        let wrong = r#"{"claimdiff_baseline": 9, "findings": []}"#;
        assert!(Baseline::parse(wrong).unwrap_err().contains("format 9"));
    }
}
