//! Stories: `claimdiff cluster` and `compare` over a mixed folder. Two
//! articles of one event are one story; two similar events of the same kind
//! (two earthquakes in Peru) are two; the output does not depend on argument
//! order or thread count; articles of different stories are never compared.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use assert_cmd::Command;
use serde_json::Value;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap()
}

/// (exit code, stdout, stderr)
fn run(args: &[&str]) -> (i32, String, String) {
    let out = claimdiff().args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(args: &[&str]) -> (Value, String) {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{err}");
    (
        serde_json::from_str(&out).expect("stdout is one JSON value"),
        err,
    )
}

/// Each story's files by their names, sorted.
fn story_sets(v: &Value) -> BTreeSet<Vec<String>> {
    v["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let mut f: Vec<String> = s["files"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    let p = f.as_str().unwrap();
                    p.rsplit('/').next().unwrap().to_string()
                })
                .collect();
            f.sort();
            f
        })
        .collect()
}

fn set(groups: &[&[&str]]) -> BTreeSet<Vec<String>> {
    groups
        .iter()
        .map(|g| g.iter().map(|s| s.to_string()).collect())
        .collect()
}

#[test]
fn one_event_is_one_story_and_two_quakes_of_one_country_are_two() {
    let (v, _) = json(&["cluster", "--format", "json", "fixtures/cluster"]);
    assert_eq!(v["schema_version"], 3);
    assert_eq!(
        story_sets(&v),
        set(&[&["a1.txt", "a2.txt"], &["b1.txt", "b2.txt"], &["c1.txt"]])
    );
    let stories = v["stories"].as_array().unwrap();
    let ids: Vec<&str> = stories.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["S1", "S2", "S3"]);
    // Largest first, then by first path; the singleton last.
    assert!(stories[0]["files"][0].as_str().unwrap().ends_with("a1.txt"));
    assert_eq!(
        stories[0]["title"],
        "Earthquake kills nine in Peru's Ayacucho region"
    );
    assert!(stories[0]["dates"]
        .as_array()
        .unwrap()
        .contains(&Value::from("2025-03-10")));
    let actors = stories[1]["actors"].as_array().unwrap();
    assert!(actors.contains(&Value::from("Yurimaguas")), "{actors:?}");
    assert_eq!(v["summary"]["stories"], 3);
    assert_eq!(v["summary"]["single"], 1);
}

#[test]
fn stories_are_the_same_whatever_order_or_threads() {
    let files = [
        "fixtures/cluster/b2.txt",
        "fixtures/cluster/a1.txt",
        "fixtures/cluster/c1.txt",
        "fixtures/cluster/b1.txt",
        "fixtures/cluster/a2.txt",
    ];
    for cmd in ["cluster", "compare"] {
        for fmt in ["json", "jsonl", "text"] {
            let mut args = vec![cmd, "--format", fmt, "--threads", "1"];
            args.extend(files);
            let base = run(&args).1;
            assert!(!base.is_empty());
            let mut rev = vec![cmd, "--format", fmt, "--threads", "3"];
            rev.extend(files.iter().rev());
            assert_eq!(base, run(&rev).1, "{cmd} {fmt}");
            let (_, folder, _) = run(&[cmd, "--format", fmt, "fixtures/cluster"]);
            assert_eq!(base, folder, "{cmd} {fmt}");
        }
    }
}

#[test]
fn cluster_text_names_each_story_and_its_files() {
    let (code, out, _) = run(&["cluster", "--format", "text", "fixtures/cluster"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("claimdiff: 5 articles, 3 stories (1 of a single article)"),
        "{out}"
    );
    assert!(
        out.contains("S2 Powerful quake shakes Peru's Amazon, two dead (2 articles)"),
        "{out}"
    );
    assert!(out.contains("    fixtures/cluster/c1.txt"), "{out}");
}

#[test]
fn the_fixture_stories_are_told_apart() {
    // Twenty folders of versions written for the comparer, all mixed.
    let (v, _) = json(&[
        "cluster",
        "--format",
        "json",
        "fixtures/stories",
        "fixtures/seeds",
    ]);
    let mut folders = 0;
    for s in v["stories"].as_array().unwrap() {
        let dirs: BTreeSet<&str> = s["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap().rsplit_once('/').unwrap().0)
            .collect();
        assert_eq!(dirs.len(), 1, "one story mixes folders: {dirs:?}");
        folders += 1;
    }
    let expected = fs::read_dir("fixtures/stories")
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count()
        + 1;
    assert_eq!(folders, expected, "a folder was split");
}

#[test]
fn compare_on_a_mixed_folder_compares_each_story_on_its_own() {
    let (v, err) = json(&["compare", "--format", "json", "fixtures/cluster"]);
    assert_eq!(v["schema_version"], 3);
    assert!(
        err.contains("the 5 files tell 3 different stories") && err.contains("--one-story"),
        "{err}"
    );
    assert!(
        err.contains("story S3 has a single version (fixtures/cluster/c1.txt)"),
        "{err}"
    );
    assert_eq!(
        story_sets(&v),
        set(&[&["a1.txt", "a2.txt"], &["b1.txt", "b2.txt"], &["c1.txt"]])
    );
    let story_of: BTreeMap<String, String> = v["stories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| {
            s["files"].as_array().unwrap().iter().map(move |f| {
                (
                    f.as_str().unwrap().to_string(),
                    s["id"].as_str().unwrap().to_string(),
                )
            })
        })
        .collect();
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    for d in docs {
        assert_eq!(d["story"], story_of[d["file"].as_str().unwrap()].as_str());
    }
    let findings = v["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    let mut ids = BTreeSet::new();
    for f in findings {
        assert!(
            ids.insert(f["id"].as_str().unwrap().to_string()),
            "duplicate id"
        );
        let story = f["story"].as_str().unwrap();
        for c in f["claims"].as_array().unwrap() {
            assert_eq!(story_of[c["file"].as_str().unwrap()], story, "{f}");
        }
        for file in f["values"].as_object().unwrap().keys() {
            assert_eq!(story_of[file.as_str()], story, "{f}");
        }
    }
    // Both quake stories have findings of their own, numbered on from each other.
    let stories: BTreeSet<&str> = findings
        .iter()
        .map(|f| f["story"].as_str().unwrap())
        .collect();
    assert_eq!(stories, ["S1", "S2"].into_iter().collect());
    assert_eq!(findings.len(), ids.len());
    let total: u64 = v["summary"]
        .as_object()
        .unwrap()
        .values()
        .map(|n| n.as_u64().unwrap())
        .sum();
    assert_eq!(total as usize, findings.len());
}

#[test]
fn one_story_compares_everything_as_before() {
    let (v, err) = json(&[
        "compare",
        "--one-story",
        "--format",
        "json",
        "fixtures/cluster",
    ]);
    assert!(!err.contains("different stories"), "{err}");
    let stories = v["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 1);
    assert_eq!(stories[0]["files"].as_array().unwrap().len(), 5);
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["story"] == "S1"));
}

#[test]
fn one_story_folder_reports_no_split() {
    let (code, out, err) = run(&["compare", "--format", "text", "fixtures/seeds"]);
    assert_eq!(code, 0);
    assert!(!err.contains("stories"), "{err}");
    assert!(out.starts_with("claimdiff: 3 versions"), "{out}");
}

#[test]
fn compare_text_over_stories_has_a_section_each_and_unique_ids() {
    let (code, out, _) = run(&["compare", "--format", "text", "fixtures/cluster"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("claimdiff: 5 files, 3 stories, each compared on its own"),
        "{out}"
    );
    assert!(
        out.contains("S1 Earthquake kills nine in Peru's Ayacucho region"),
        "{out}"
    );
    assert!(
        out.contains("SINGLE-VERSION STORIES (1, nothing to compare)"),
        "{out}"
    );
    let re = regex::Regex::new(r"(?m)^F(\d+) ").unwrap();
    let ids: Vec<&str> = re
        .captures_iter(&out)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    let unique: BTreeSet<&&str> = ids.iter().collect();
    assert!(!ids.is_empty());
    assert_eq!(ids.len(), unique.len(), "{out}");
}

#[test]
fn compare_jsonl_over_stories_has_story_lines() {
    let (code, out, _) = run(&["compare", "--format", "jsonl", "fixtures/cluster"]);
    assert_eq!(code, 0);
    let types: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["type"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(types.iter().filter(|t| *t == "story").count(), 3);
    assert_eq!(types.first().map(String::as_str), Some("story"));
    assert_eq!(types.last().map(String::as_str), Some("summary"));
}

#[test]
fn cluster_with_bad_input_says_what_is_wrong() {
    let (code, _, err) = run(&["cluster", "fixtures/cluster/no-such-file.txt"]);
    assert_eq!(code, 2);
    assert!(err.contains("no-such-file.txt"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("bin.txt"), b"\x00\x01\x02binary").unwrap();
    fs::write(
        dir.path().join("ok.txt"),
        "A storm hit the coast of Chile on Monday.",
    )
    .unwrap();
    let (code, out, err) = run(&["cluster", "--format", "json", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("bin.txt"), "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["stories"].as_array().unwrap().len(), 1);
    let (code, _, err) = run(&["cluster"]);
    assert_eq!(code, 2);
    assert!(err.contains("PATH"), "{err}");
}

#[test]
fn empty_and_odd_articles_are_stories_of_their_own_without_panic() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Hello.").unwrap();
    fs::write(dir.path().join("b.txt"), "... !!! ???").unwrap();
    fs::write(dir.path().join("c.txt"), " date 2024-01-01 ").unwrap();
    fs::write(dir.path().join("d.txt"), "Ünïcödé wörds ünd nämes Ünïcödé.").unwrap();
    let (code, out, err) = run(&["cluster", "--format", "json", dir.path().to_str().unwrap()]);
    assert!(code == 0 || code == 2, "{err}");
    if code == 0 {
        let v: Value = serde_json::from_str(&out).unwrap();
        let files: usize = v["stories"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["files"].as_array().unwrap().len())
            .sum();
        assert_eq!(files as u64, v["summary"]["files"].as_u64().unwrap());
    }
}
