//! The binary against real folders and bad input: every problem is reported
//! with the file's name, good files are still processed, nothing panics, and
//! the output does not depend on argument order or thread count.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap()
}

/// Runs `claimdiff extract --format jsonl` and returns (exit code, messages, stderr).
fn extract(args: &[&str]) -> (i32, Vec<Value>, String) {
    let out = claimdiff()
        .arg("extract")
        .arg("--format")
        .arg("jsonl")
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).expect("stdout is UTF-8");
    let msgs = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    (
        out.status.code().unwrap(),
        msgs,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn of_type<'a>(msgs: &'a [Value], t: &str) -> Vec<&'a Value> {
    msgs.iter()
        .filter(|m| m["type"] == t)
        .map(|m| &m["data"])
        .collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

#[test]
fn seeds_have_three_documents_with_their_dates_and_title() {
    let (code, msgs, _) = extract(&["fixtures/seeds"]);
    assert_eq!(code, 0);
    let docs = of_type(&msgs, "document");
    assert_eq!(docs.len(), 3);
    assert!(docs[0]["file"]
        .as_str()
        .unwrap()
        .ends_with("000_fb2f06446441fbd4.txt"));
    assert_eq!(docs[0]["date"], "2025-11-07");
    assert_eq!(docs[0]["date_source"], "header");
    assert_eq!(docs[1]["date"], Value::Null);
    assert_eq!(docs[1]["date_source"], "none");
    assert_eq!(
        docs[1]["title"],
        "US accuses Iran of plot to kill Israeli ambassador in Mexico"
    );
    assert_eq!(docs[2]["date"], "2025-11-08");
    let summary = of_type(&msgs, "summary");
    assert_eq!(summary.len(), 1);
    assert_eq!(summary[0]["files"], 3);
    assert_eq!(msgs.last().unwrap()["type"], "summary");
}

#[test]
fn missing_path_exits_2_and_names_it() {
    let (code, msgs, err) = extract(&["no/such/article.txt"]);
    assert_eq!(code, 2);
    assert!(msgs.is_empty());
    assert!(err.contains("no/such/article.txt"), "{err}");
    assert!(err.contains("no such file"), "{err}");
}

#[test]
fn missing_path_beside_a_good_one_is_reported_and_skipped() {
    let (code, msgs, err) = extract(&["fixtures/seeds/000_fb2f06446441fbd4.txt", "nope.txt"]);
    assert_eq!(code, 0);
    assert_eq!(of_type(&msgs, "document").len(), 1);
    assert_eq!(of_type(&msgs, "summary")[0]["skipped"], 1);
    assert!(err.contains("nope.txt"), "{err}");
}

#[test]
fn folder_without_articles_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "image.png", b"\x89PNG");
    write(dir.path(), "notes.csv", b"a,b");
    let (code, _, err) = extract(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("no article files"), "{err}");
    assert!(err.contains(dir.path().to_str().unwrap()), "{err}");
}

#[test]
fn binary_and_empty_files_are_skipped_and_reported_good_files_kept() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a_good.txt",
        b" date 2024-05-01 Police said 3 people died on Monday.",
    );
    let bin = write(
        dir.path(),
        "b_binary.txt",
        b"GIF89a\x00\x01\x02\x03\x00\x00binary",
    );
    let empty = write(dir.path(), "c_empty.txt", b"");
    let blank = write(dir.path(), "d_blank.md", b"\n\n   \n");
    let (code, msgs, err) = extract(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 0);
    let docs = of_type(&msgs, "document");
    assert_eq!(docs.len(), 1);
    assert!(docs[0]["file"].as_str().unwrap().ends_with("a_good.txt"));
    assert_eq!(of_type(&msgs, "summary")[0]["skipped"], 3);
    for (path, word) in [(&bin, "binary"), (&empty, "empty"), (&blank, "empty")] {
        let line = err
            .lines()
            .find(|l| l.contains(path.as_str()))
            .unwrap_or_else(|| panic!("{path} not reported: {err}"));
        assert!(line.contains(word), "{line}");
    }
}

#[test]
fn latin1_text_is_decoded_with_replacement_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = b" date 2024-03-02 Le caf\xe9 de la Gare a ferm\xe9. The mayor said it reopens.";
    let p = write(dir.path(), "latin1.txt", bytes);
    let (code, msgs, err) = extract(&[&p]);
    assert_eq!(code, 0);
    assert!(
        err.contains("latin1.txt") && err.contains("invalid UTF-8"),
        "{err}"
    );
    let doc = &of_type(&msgs, "document")[0];
    assert_eq!(doc["bytes"], bytes.len());
    assert_eq!(doc["date"], "2024-03-02");
    // Every span printed must still index the file's bytes exactly.
    for m in msgs.iter().filter(|m| m["data"]["start"].is_u64()) {
        let (s, e) = (
            m["data"]["start"].as_u64().unwrap() as usize,
            m["data"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            String::from_utf8_lossy(&bytes[s..e]),
            m["data"]["text"].as_str().unwrap()
        );
    }
}

#[test]
fn malformed_header_is_reported_and_treated_as_undated() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "bad.txt",
        b" date 2025-13-45 The minister resigned on Friday.",
    );
    let (code, msgs, err) = extract(&[&p]);
    assert_eq!(code, 0);
    assert!(
        err.contains("bad.txt") && err.contains("2025-13-45"),
        "{err}"
    );
    let doc = &of_type(&msgs, "document")[0];
    assert_eq!(doc["date"], Value::Null);
    assert_eq!(doc["date_source"], "none");
}

#[test]
fn date_argument_dates_undated_articles_only() {
    let (code, msgs, _) = extract(&["--date", "2025-11-07", "fixtures/seeds"]);
    assert_eq!(code, 0);
    let docs = of_type(&msgs, "document");
    assert_eq!(docs[0]["date_source"], "header");
    assert_eq!(docs[1]["date"], "2025-11-07");
    assert_eq!(docs[1]["date_source"], "argument");
    let out = claimdiff()
        .args(["extract", "--date", "07/11/2025", "fixtures/seeds"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("07/11/2025"));
}

#[test]
fn stdin_is_read_with_dash() {
    let out = claimdiff()
        .args(["extract", "--format", "jsonl", "-"])
        .write_stdin(" date 2023-01-02 Officials said the bridge reopened.")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let first: Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(first["data"]["file"], "-");
    assert_eq!(first["data"]["date"], "2023-01-02");
}

#[test]
fn huge_file_without_newline_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.txt");
    // News-like density: a figure and a date now and then, no newline, no full stop.
    let plain = "the committee met again and talked about the future of the region with delegates ";
    let rare = "and on Friday 2,000 delegates from 12 nations said the talks would go on ";
    let mut s = String::with_capacity(50 * 1024 * 1024 + 200);
    let mut i = 0;
    while s.len() < 50 * 1024 * 1024 {
        s.push_str(if i % 12 == 0 { rare } else { plain });
        i += 1;
    }
    fs::write(&p, &s).unwrap();
    let out = claimdiff()
        .args(["extract", "--format", "jsonl"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    // Only the envelope's ends are parsed: the middle is a million figures.
    let stdout = String::from_utf8(out.stdout).unwrap();
    let first: Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    let last: Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert_eq!(first["data"]["bytes"], s.len());
    assert_eq!(last["type"], "summary");
    assert!(
        last["data"]["sentences"].as_u64().unwrap() >= 25_000,
        "sentences are capped in length"
    );
    // The size limit turns a file away before reading it, and says why.
    let (code, _, err) = extract(&["--max-bytes", "1000", p.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("huge.txt") && err.contains("limit"), "{err}");
}

/// Output with the timing field removed.
fn stable(args: &[&str]) -> String {
    let out = claimdiff().args(args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let re = regex::Regex::new(r#""elapsed_ms":\s*\d+"#).unwrap();
    re.replace_all(&text, "\"elapsed_ms\":0").into_owned()
}

#[test]
fn output_is_the_same_whatever_argument_order_or_threads() {
    let a = "fixtures/seeds/000_fb2f06446441fbd4.txt";
    let b = "fixtures/seeds/001_04af7a6d62b6dd8f.txt";
    let c = "fixtures/seeds/002_ab6c8754cacfea4c.txt";
    for cmd in ["extract", "compare"] {
        for fmt in ["jsonl", "json", "text"] {
            let base = stable(&[cmd, "--format", fmt, "--threads", "1", a, b, c]);
            assert!(!base.is_empty());
            assert_eq!(
                base,
                stable(&[cmd, "--format", fmt, "--threads", "4", c, a, b]),
                "{cmd} {fmt}"
            );
            assert_eq!(
                base,
                stable(&[cmd, "--format", fmt, "--threads", "2", b, c, a, a]),
                "{cmd} {fmt}"
            );
        }
    }
}
