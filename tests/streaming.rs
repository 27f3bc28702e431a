//! `extract` streams its output in two passes over the inputs (see
//! `src/cli/extract.rs`): whatever the number of worker threads, the
//! documents come out in input order and the bytes do not change, in every
//! format, and actor names still agree across the whole run.

use std::process::Command;

fn extract(threads: usize, format: &str, paths: &[&str]) -> Vec<u8> {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .current_dir(root)
        .args(["extract", "-q", "--format", format, "--threads"])
        .arg(threads.to_string())
        .args(paths)
        .output()
        .expect("claimdiff runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

const CORPUS: &[&str] = &[
    "fixtures/stories",
    "fixtures/seeds",
    "fixtures/cluster",
    "fixtures/formats",
];

#[test]
fn same_bytes_in_input_order_whatever_the_thread_count() {
    for format in ["jsonl", "json", "text"] {
        let one = extract(1, format, CORPUS);
        for threads in [2, 3, 8] {
            assert!(
                extract(threads, format, CORPUS) == one,
                "--threads {threads} --format {format} differs from --threads 1"
            );
        }
    }
    // In input order: the command reads its inputs in sorted path order,
    // whatever the order of the arguments, and writes them in that order.
    let jsonl = String::from_utf8(extract(3, "jsonl", CORPUS)).unwrap();
    let paths: Vec<String> = jsonl
        .lines()
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (v["type"] == "document").then(|| v["data"]["file"].as_str().unwrap().to_string())
        })
        .collect();
    for dir in CORPUS {
        assert!(paths.iter().any(|p| p.starts_with(dir)), "{dir}: {paths:?}");
    }
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

/// A name learnt in a later document renames a mention in an earlier one,
/// which is written first: the run must have read them all.
#[test]
fn names_learnt_late_reach_documents_written_early() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "The decision, Albanese said on Monday, was final.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Prime Minister Anthony Albanese said on Tuesday the group would be listed.\n",
    )
    .unwrap();
    let p = dir.path().to_str().unwrap();
    for threads in [1, 2] {
        let jsonl = String::from_utf8(extract(threads, "jsonl", &[p])).unwrap();
        let first_actor = jsonl
            .lines()
            .find(|l| l.contains(r#""type":"actor""#))
            .unwrap();
        assert!(first_actor.contains("Anthony Albanese"), "{first_actor}");
        assert!(jsonl.lines().next().unwrap().contains("a.txt"));
    }
}
