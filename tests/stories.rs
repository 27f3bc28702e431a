//! The comparer against the story fixtures (`fixtures/stories/*/expected.json`):
//! each `expect` entry must match a finding, no `forbid` entry may match one.
//!
//! A false alarm misleads a reader more than a missed finding, so forbidden
//! findings fail the test outright; expected findings are scored as recall
//! with a floor that may only go up.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

/// Least share of `expect` entries found across all stories.
const RECALL_FLOOR: f64 = 0.95;

fn findings(story: &Path) -> Vec<Value> {
    let out = Command::cargo_bin("claimdiff")
        .unwrap()
        .args(["compare", "--format", "json"])
        .arg(story)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["findings"].as_array().cloned().unwrap_or_default()
}

fn base(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Does `finding` match the entry (kind, optional category, value substrings)?
fn matches(entry: &Value, finding: &Value) -> bool {
    if entry["kind"] != finding["kind"] {
        return false;
    }
    if !entry["category"].is_null() && entry["category"] != finding["category"] {
        return false;
    }
    let Some(wanted) = entry["values"].as_object() else {
        return true;
    };
    let got = finding["values"].as_object().cloned().unwrap_or_default();
    wanted.iter().all(|(file, sub)| {
        got.iter().any(|(f, v)| {
            base(f) == file
                && v.as_str()
                    .is_some_and(|v| v.contains(sub.as_str().unwrap_or("")))
        })
    })
}

#[test]
fn stories_meet_their_expectations() {
    let root = Path::new("fixtures/stories");
    let mut dirs: Vec<_> = fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 9, "the story set is missing");
    let (mut expected, mut found) = (0, 0);
    let mut false_alarms = Vec::new();
    let mut report = String::new();
    for dir in dirs {
        let spec: Value =
            serde_json::from_str(&fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
        let got = findings(&dir);
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        for e in spec["expect"].as_array().into_iter().flatten() {
            expected += 1;
            if got.iter().any(|f| matches(e, f)) {
                found += 1;
            } else {
                report.push_str(&format!("  missed   {name}: {e}\n"));
            }
        }
        for e in spec["forbid"].as_array().into_iter().flatten() {
            for f in got.iter().filter(|f| matches(e, f)) {
                false_alarms.push(format!(
                    "{name}: {} {} {}",
                    f["kind"], f["category"], f["values"]
                ));
            }
        }
    }
    let recall = found as f64 / expected.max(1) as f64;
    eprintln!(
        "stories: {found}/{expected} expected findings ({:.0}%)\n{report}",
        recall * 100.0
    );
    assert!(
        false_alarms.is_empty(),
        "forbidden findings:\n{}",
        false_alarms.join("\n")
    );
    assert!(
        recall >= RECALL_FLOOR,
        "recall {recall:.2} is below the floor {RECALL_FLOOR}"
    );
}
