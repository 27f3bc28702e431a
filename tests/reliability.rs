//! Issue 17 (and issue 14 point 6, issue 16 point 1): hostile file systems,
//! closed pipes and contract gaps. No hang, no silent loss, no wrong exit
//! status; every problem named on stderr with its file.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

const SEED0: &str = "fixtures/seeds/000_fb2f06446441fbd4.txt";
const SEED1: &str = "fixtures/seeds/001_04af7a6d62b6dd8f.txt";

fn claimdiff() -> Command {
    let mut c = Command::cargo_bin("claimdiff").unwrap();
    // A hang is a failure, not a stuck test run.
    c.timeout(Duration::from_secs(60));
    c
}

struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
}

fn run(args: &[&str], stdin: Option<&str>) -> Run {
    let mut c = claimdiff();
    c.args(args);
    if let Some(s) = stdin {
        c.write_stdin(s);
    }
    let out = c.output().unwrap();
    Run {
        code: out.status.code(),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn jsonl(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn documents(msgs: &[Value]) -> Vec<String> {
    msgs.iter()
        .filter(|m| m["type"] == "document")
        .map(|m| m["data"]["file"].as_str().unwrap().to_string())
        .collect()
}

const ARTICLE: &[u8] = b" date 2024-05-01 Police said 3 people died on Monday in Lyon.";

// ---- 1. no hang, no unbounded read ----

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let ok = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs")
        .success();
    assert!(ok, "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn fifo_found_in_a_folder_is_skipped_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    mkfifo(&dir.path().join("y.txt"));
    let r = run(
        &["extract", "--format", "jsonl", dir.path().to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(documents(&jsonl(&r.stdout)).len(), 1);
    let line = r
        .stderr
        .lines()
        .find(|l| l.contains("y.txt"))
        .unwrap_or_else(|| panic!("the FIFO is not reported: {}", r.stderr));
    assert!(line.contains("not a regular file"), "{line}");
}

#[cfg(unix)]
#[test]
fn a_link_to_a_fifo_found_in_a_folder_is_skipped_too() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let outside = tempfile::tempdir().unwrap();
    mkfifo(&outside.path().join("pipe"));
    std::os::unix::fs::symlink(outside.path().join("pipe"), dir.path().join("z.txt")).unwrap();
    let r = run(
        &["extract", "--format", "jsonl", dir.path().to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stderr.contains("z.txt"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn a_named_fifo_is_read_with_the_limit_enforced_while_reading() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    mkfifo(&fifo);
    let small = dir.path().join("a.txt").to_str().unwrap().to_string();
    fs::write(&small, ARTICLE).unwrap();
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            use std::io::Write;
            // More than the limit; the reader stops early, so errors are fine.
            if let Ok(mut f) = fs::OpenOptions::new().write(true).open(&fifo) {
                let _ = f.write_all(&vec![b'a'; 100_000]);
            }
        })
    };
    let r = run(
        &[
            "extract",
            "--format",
            "jsonl",
            "--max-bytes",
            "1000",
            fifo.to_str().unwrap(),
            &small,
        ],
        None,
    );
    writer.join().unwrap();
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let line = r
        .stderr
        .lines()
        .find(|l| l.contains("pipe.txt"))
        .unwrap_or_else(|| panic!("not reported: {}", r.stderr));
    assert!(line.contains("limit of 1000 bytes"), "{line}");
}

#[cfg(target_os = "linux")]
#[test]
fn dev_zero_and_dev_urandom_stop_at_the_byte_limit() {
    for dev in ["/dev/zero", "/dev/urandom"] {
        let r = run(
            &[
                "extract",
                "--format",
                "jsonl",
                "--max-bytes",
                "4096",
                dev,
                SEED0,
            ],
            None,
        );
        assert_eq!(r.code, Some(0), "{dev}: {}", r.stderr);
        assert_eq!(documents(&jsonl(&r.stdout)), vec![SEED0.to_string()]);
        let line = r
            .stderr
            .lines()
            .find(|l| l.contains(dev))
            .unwrap_or_else(|| panic!("{dev} not reported: {}", r.stderr));
        assert!(line.contains("limit of 4096 bytes"), "{line}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn proc_files_are_read_within_the_limit() {
    // /proc files report a length of 0; the limit must still hold.
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("a.txt");
    fs::write(&small, ARTICLE).unwrap();
    let r = run(
        &[
            "extract",
            "--format",
            "jsonl",
            "--max-bytes",
            "100",
            "/proc/self/maps",
            small.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        r.stderr.contains("/proc/self/maps") && r.stderr.contains("limit of 100 bytes"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_largest_max_bytes_does_not_overflow() {
    let r = run(
        &[
            "extract",
            "--format",
            "jsonl",
            "--max-bytes",
            "18446744073709551615",
            "-",
        ],
        Some(" date 2023-01-02 Officials said the bridge reopened."),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let msgs = jsonl(&r.stdout);
    assert_eq!(documents(&msgs), vec!["-".to_string()]);
    assert_eq!(msgs[0]["data"]["date"], "2023-01-02");
}

// ---- 2. no silent loss ----

#[cfg(target_os = "linux")]
#[test]
fn two_files_whose_names_are_not_utf8_stay_two_documents() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join(std::ffi::OsStr::from_bytes(b"v\xff.txt"));
    let b = dir.path().join(std::ffi::OsStr::from_bytes(b"v\xfe.txt"));
    if fs::write(&a, ARTICLE).is_err() {
        return; // a file system that refuses such names
    }
    fs::write(
        &b,
        b" date 2024-05-02 Police said 4 people died on Monday in Lyon.",
    )
    .unwrap();
    let r = run(
        &["extract", "--format", "jsonl", dir.path().to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let docs = documents(&jsonl(&r.stdout));
    assert_eq!(docs.len(), 2, "{docs:?}");
    assert_ne!(docs[0], docs[1]);
    // Named explicitly on the command line, too.
    let mut c = claimdiff();
    c.args(["extract", "--format", "jsonl"]).arg(&a).arg(&b);
    let out = c.output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(documents(&jsonl(&out.stdout)).len(), 2);
}

#[test]
fn the_same_folder_given_twice_is_read_once_and_said() {
    let r = run(
        &[
            "extract",
            "--format",
            "jsonl",
            "fixtures/seeds",
            "./fixtures/seeds",
        ],
        None,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let docs = documents(&jsonl(&r.stdout));
    assert_eq!(docs.len(), 3, "{docs:?}");
    assert!(r.stderr.contains("given twice"), "{}", r.stderr);
    // And the same file under two spellings.
    let r = run(
        &["extract", "--format", "jsonl", SEED0, &format!("./{SEED0}")],
        None,
    );
    assert_eq!(documents(&jsonl(&r.stdout)).len(), 1);
    assert!(r.stderr.contains("given twice"), "{}", r.stderr);
}

// ---- 3. exit status with a closed stdout ----

/// Runs the binary with its stdout closed before it writes anything.
fn with_closed_stdout(args: &[&str]) -> (Option<i32>, String) {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("claimdiff"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (child.wait().unwrap().code(), err)
}

#[test]
fn fail_on_verdict_survives_a_closed_stdout() {
    let (code, err) = with_closed_stdout(&[
        "compare",
        "--format",
        "text",
        "--fail-on",
        "contradiction",
        "fixtures/seeds",
    ]);
    assert_eq!(code, Some(1), "{err}");
}

#[test]
fn output_to_a_closed_stdout_is_an_error() {
    let (code, err) = with_closed_stdout(&["extract", "--format", "jsonl", "fixtures/seeds"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("output"), "{err}");
    let (code, _) = with_closed_stdout(&["compare", "--format", "json", "fixtures/seeds"]);
    assert_eq!(code, Some(2));
}

// ---- 4. contract gaps ----

#[test]
fn extract_json_carries_each_documents_claims() {
    let r = run(&["extract", "--format", "json", "fixtures/seeds"], None);
    assert_eq!(r.code, Some(0));
    let v: Value = serde_json::from_slice(&r.stdout).unwrap();
    // JSON Lines leave a claim's sentence out unless asked (schema 3).
    let lean = jsonl(&run(&["extract", "--format", "jsonl", "fixtures/seeds"], None).stdout);
    assert!(lean
        .iter()
        .filter(|m| m["type"] == "claim")
        .all(|m| m["data"].get("text").is_none()));
    let jl = run(
        &[
            "extract",
            "--format",
            "jsonl",
            "--with-text",
            "fixtures/seeds",
        ],
        None,
    );
    let msgs = jsonl(&jl.stdout);
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 3);
    for d in docs {
        let file = d["file"].as_str().unwrap();
        let claims = d["claims"].as_array().expect("claims array");
        let expected: Vec<&Value> = msgs
            .iter()
            .filter(|m| m["type"] == "claim" && m["data"]["file"] == file)
            .map(|m| &m["data"])
            .collect();
        assert!(!claims.is_empty());
        assert_eq!(claims.iter().collect::<Vec<_>>(), expected, "{file}");
        for key in ["dates", "figures", "actors", "quotes"] {
            assert!(d[key].is_array(), "{key}");
        }
    }
}

#[test]
fn line_and_paragraph_separators_are_escaped_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let text = " date 2024-05-01 The mayor said\u{2028}the bridge collapsed on Monday.\u{2029}Police said 3 people died.";
    fs::write(dir.path().join("a.txt"), text).unwrap();
    fs::write(dir.path().join("b.txt"), text.replace('3', "4")).unwrap();
    let p = dir.path().to_str().unwrap();
    for args in [
        &["extract", "--format", "jsonl", "--with-text", p][..],
        &["extract", "--format", "json", p][..],
        &["compare", "--format", "jsonl", p][..],
        &["compare", "--format", "json", p][..],
    ] {
        let r = run(args, None);
        assert_eq!(r.code, Some(0), "{args:?}: {}", r.stderr);
        let out = String::from_utf8(r.stdout).unwrap();
        assert!(
            !out.contains('\u{2028}') && !out.contains('\u{2029}'),
            "{args:?} leaves a separator unescaped"
        );
        assert!(out.contains("\\u2028"), "{args:?}: {out}");
        if args[2] == "jsonl" {
            for l in out.lines() {
                let _: Value = serde_json::from_str(l).unwrap();
            }
        } else {
            let v: Value = serde_json::from_str(&out).unwrap();
            assert!(
                v.to_string().contains('\u{2028}'),
                "round trip keeps the character"
            );
        }
    }
}

#[test]
fn a_binary_file_is_reported_once_with_one_skipped() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("bin.txt"), b"GIF89a\x00\x01\x02\x00binary").unwrap();
    let r = run(
        &[
            "extract",
            "--format",
            "jsonl",
            dir.path().join("bin.txt").to_str().unwrap(),
            SEED0,
        ],
        None,
    );
    let lines: Vec<&str> = r.stderr.lines().filter(|l| l.contains("bin.txt")).collect();
    assert_eq!(lines.len(), 1, "{}", r.stderr);
    assert_eq!(lines[0].matches("skipped").count(), 1, "{}", lines[0]);
}

// ---- issue 14 point 6 ----

#[test]
fn compare_with_a_single_readable_version_says_so_and_exits_2() {
    let r = run(&["compare", "--format", "json", SEED0], None);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("two versions"), "{}", r.stderr);
    // One readable among unreadable ones is the same.
    let r = run(&["compare", "--format", "json", SEED0, "no/such.txt"], None);
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("no/such.txt"), "{}", r.stderr);
}

#[test]
fn files_from_stdin_reads_a_list_of_paths() {
    let list = format!("{SEED0}\n{SEED1}\n\nfixtures/seeds/002_ab6c8754cacfea4c.txt\n");
    let r = run(
        &["compare", "--format", "json", "--files-from", "-"],
        Some(&list),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let v: Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 3);
    // Same output as naming the folder.
    let folder = run(&["compare", "--format", "json", "fixtures/seeds"], None);
    assert_eq!(r.stdout, folder.stdout);
    // Stdin cannot be both the list and an article.
    let r = run(&["extract", "--files-from", "-", "-"], Some(&list));
    assert_eq!(r.code, Some(2), "{}", r.stderr);
}

#[test]
fn a_list_of_paths_given_as_article_text_gets_a_hint() {
    let list = format!("{SEED0}\n{SEED1}\n");
    let r = run(&["extract", "--format", "jsonl", "-"], Some(&list));
    assert!(r.stderr.contains("--files-from"), "{}", r.stderr);
    // Real text gets no hint.
    let r = run(
        &["extract", "--format", "jsonl", "-"],
        Some(" date 2023-01-02 Officials said the bridge reopened."),
    );
    assert!(!r.stderr.contains("--files-from"), "{}", r.stderr);
}

#[test]
fn an_impossible_header_date_says_no_such_date() {
    let r = run(
        &["extract", "--format", "jsonl", "-"],
        Some(" date 2025-02-30 Officials said the bridge reopened."),
    );
    assert_eq!(r.code, Some(0));
    assert!(r.stderr.contains("no such date"), "{}", r.stderr);
    assert!(!r.stderr.contains("expected YYYY-MM-DD"), "{}", r.stderr);
}

// ---- issue 16 point 1 ----

#[test]
fn extract_output_carries_nothing_run_dependent() {
    let a = run(&["extract", "--format", "jsonl", "fixtures/seeds"], None);
    let text = String::from_utf8(a.stdout.clone()).unwrap();
    assert!(!text.contains("elapsed"), "timing in stdout");
    let b = run(&["extract", "--format", "jsonl", "fixtures/seeds"], None);
    assert_eq!(a.stdout, b.stdout);
    let j = run(&["extract", "--format", "json", "fixtures/seeds"], None);
    assert!(!String::from_utf8(j.stdout).unwrap().contains("elapsed"));
    // --stats puts the timing on stderr, and leaves stdout alone.
    let s = run(
        &["extract", "--format", "jsonl", "--stats", "fixtures/seeds"],
        None,
    );
    assert_eq!(s.stdout, a.stdout);
    assert!(s.stderr.contains(" ms"), "{}", s.stderr);
}

// ---- 5. omission explanations grow with the versions that state a fact ----

#[test]
fn omission_explanations_name_the_stating_versions_not_every_other() {
    let dir = tempfile::tempdir().unwrap();
    let base = "Police said 3 people died in the fire in Lyon on Monday. \
                The mayor said the building would be inspected.";
    for i in 0..6 {
        let extra = if i == 0 {
            " Officials said 40 people were evacuated. Jonathan Velmorian, a firefighter, led the rescue."
        } else {
            ""
        };
        fs::write(
            dir.path().join(format!("v{i}.txt")),
            format!(" date 2025-03-1{i} {base}{extra}"),
        )
        .unwrap();
    }
    let r = run(
        &["compare", "--format", "json", dir.path().to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let v: Value = serde_json::from_slice(&r.stdout).unwrap();
    let omissions: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "omission")
        .collect();
    assert!(omissions.len() >= 2, "{omissions:?}");
    for f in omissions {
        let e = f["explanation"].as_str().unwrap();
        assert!(e.contains("v0"), "{e}");
        for i in 1..6 {
            assert!(
                !e.contains(&format!("v{i}")),
                "lists a version that does not state it: {e}"
            );
        }
        assert!(e.contains("5 other versions"), "{e}");
    }
}
