//! The binary as a CI check and in a shell: baselines and fingerprints,
//! strict inputs under --fail-on, completions, the man page, the text
//! report's width and kind filters, -o, and stderr kept clean on a pipe.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap()
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    run_env(args, &[])
}

fn run_env(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = claimdiff();
    cmd.args(args).env_remove("COLUMNS");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap(),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A copy of a fixture story's articles in a fresh folder.
fn copy_story(story: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in fs::read_dir(story).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
        }
    }
    dir
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} holds {from:?}", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// `fingerprint -> (kind, topic)` of every finding of a compare run.
fn fingerprints(args: &[&str]) -> Vec<(String, String, String)> {
    let mut all = vec!["compare", "--format", "json"];
    all.extend_from_slice(args);
    let r = run(&all);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let mut out: Vec<(String, String, String)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let fp = f["fingerprint"]
                .as_str()
                .expect("every finding has a fingerprint");
            assert!(
                fp.len() == 16 && fp.chars().all(|c| c.is_ascii_hexdigit()),
                "{fp}"
            );
            (
                fp.to_string(),
                f["kind"].as_str().unwrap().to_string(),
                f["topic"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn baseline_accepts_known_findings_and_fails_on_a_new_contradiction() {
    const STORY: &str = "fixtures/stories/control-ferry-paraphrase";
    let dir = copy_story(STORY);
    let d = dir.path().to_str().unwrap();
    let base = dir.path().join("accepted.json");
    let base = base.to_str().unwrap();
    // The seeds hold contradictions: a baseline of them is accepted.
    let seeds = tempfile::tempdir().unwrap();
    let seeds_base = seeds.path().join("b.json");
    let seeds_base = seeds_base.to_str().unwrap();
    let gate = ["compare", "--fail-on", "contradiction", "fixtures/seeds"];
    assert_eq!(run(&gate).code, 1);
    let w = run(&[&gate[..], &["--write-baseline", seeds_base]].concat());
    assert_eq!(w.code, 0, "{}", w.stderr);
    let again = run(&[&gate[..], &["--baseline", seeds_base]].concat());
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(!again.stderr.contains("--fail-on"), "{}", again.stderr);

    // A story with no contradiction, then one told differently.
    let w = run(&[
        "compare",
        "--fail-on",
        "contradiction",
        "--write-baseline",
        base,
        d,
    ]);
    assert_eq!(w.code, 0, "{}", w.stderr);
    let text = fs::read_to_string(base).unwrap();
    let v: Value = serde_json::from_str(&text).expect("the baseline is JSON");
    assert!(!v["findings"].as_array().unwrap().is_empty());
    let same = run(&[
        "compare",
        "--fail-on",
        "contradiction",
        "--baseline",
        base,
        d,
    ]);
    assert_eq!(same.code, 0, "{}", same.stderr);
    edit(
        &dir.path().join("b_daily.txt"),
        "just after 11 p.m.",
        "just after 9 p.m.",
    );
    let changed = run(&[
        "compare",
        "--fail-on",
        "contradiction",
        "--baseline",
        base,
        d,
    ]);
    assert_eq!(changed.code, 1, "{}", changed.stderr);
    // The message names the new finding: id, kind and topic.
    let line = changed
        .stderr
        .lines()
        .find(|l| l.contains(" contradiction "))
        .unwrap_or_else(|| panic!("no finding named in {}", changed.stderr));
    assert!(line.trim_start().starts_with('F'), "{line}");
    assert!(line.contains("time of the strike"), "{line}");
    assert!(
        changed.stderr.contains("1 new finding"),
        "{}",
        changed.stderr
    );
}

#[test]
fn a_baseline_that_is_missing_or_not_a_baseline_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    fs::write(&bad, "{\"findings\": []}").unwrap();
    let bad = bad.to_str().unwrap();
    let r = run(&["compare", "--baseline", bad, "fixtures/seeds"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(bad) && r.stderr.contains("not a baseline"),
        "{}",
        r.stderr
    );
    let r = run(&[
        "compare",
        "--baseline",
        "no/such/baseline.json",
        "fixtures/seeds",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no/such/baseline.json"), "{}", r.stderr);
}

#[test]
fn fingerprints_survive_argument_order_folder_and_an_unrelated_sentence() {
    let a = fingerprints(&["fixtures/seeds"]);
    let names = [
        "fixtures/seeds/002_ab6c8754cacfea4c.txt",
        "fixtures/seeds/000_fb2f06446441fbd4.txt",
        "fixtures/seeds/001_04af7a6d62b6dd8f.txt",
    ];
    assert_eq!(a, fingerprints(&names), "argument order");
    let dir = copy_story("fixtures/seeds");
    assert_eq!(
        a,
        fingerprints(&[dir.path().to_str().unwrap()]),
        "another folder"
    );
    // A sentence about something else, added early in a version: ids and
    // offsets of the findings after it move, their fingerprints do not.
    let p = dir.path().join("002_ab6c8754cacfea4c.txt");
    let text = fs::read_to_string(&p).unwrap();
    let mut paras: Vec<&str> = text.split("\n\n").collect();
    paras.insert(
        3,
        "Separately, the city council voted to repaint the old library.",
    );
    fs::write(&p, paras.join("\n\n")).unwrap();
    let b = fingerprints(&[dir.path().to_str().unwrap()]);
    let missing: Vec<_> = a.iter().filter(|f| !b.contains(f)).collect();
    assert!(missing.is_empty(), "fingerprints changed: {missing:?}");
    // Distinct findings get distinct fingerprints.
    let mut fps: Vec<&String> = a.iter().map(|f| &f.0).collect();
    fps.dedup();
    assert_eq!(fps.len(), a.len());
}

#[test]
fn a_named_input_that_cannot_be_read_fails_a_gate() {
    let r = run(&[
        "compare",
        "--fail-on",
        "contradiction",
        "fixtures/seeds",
        "no-such-article.txt",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("no-such-article.txt"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
    // Without a gate it is a warning, and the others are compared.
    let r = run(&[
        "compare",
        "--format",
        "json",
        "fixtures/seeds",
        "no-such-article.txt",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("no-such-article.txt"));
    // --strict makes any warning an error; -q silences warnings only.
    let r = run(&[
        "compare",
        "--strict",
        "fixtures/seeds",
        "no-such-article.txt",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--strict"), "{}", r.stderr);
    let r = run(&[
        "compare",
        "-q",
        "--format",
        "json",
        "fixtures/seeds",
        "no-such-article.txt",
    ]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let r = run(&[
        "compare",
        "-q",
        "--strict",
        "fixtures/seeds",
        "no-such-article.txt",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no-such-article.txt"), "{}", r.stderr);
}

#[test]
fn completions_for_each_shell_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let r = run(&["completions", shell]);
        assert_eq!(r.code, 0, "{shell}: {}", r.stderr);
        for word in ["compare", "extract", "cluster", "fail-on", "baseline"] {
            assert!(r.stdout.contains(word), "{shell} completions lack {word}");
        }
    }
    assert_eq!(run(&["completions", "tcsh"]).code, 2);
}

#[test]
fn man_pages_are_roff_with_the_options() {
    let r = run(&["man"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains(".TH claimdiff 1"), "{}", &r.stdout[..200]);
    assert!(r.stdout.contains("compare") && r.stdout.contains("Examples"));
    let r = run(&["man", "compare"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains(".TH claimdiff-compare 1"));
    for opt in ["fail\\-on", "baseline", "only", "hide", "output"] {
        assert!(r.stdout.contains(opt), "man compare lacks {opt}");
    }
}

#[test]
fn help_shows_examples() {
    let r = run(&["compare", "--help"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains("Examples:\n  claimdiff compare"),
        "{}",
        r.stdout
    );
}

fn text_report(columns: &str, extra: &[&str]) -> String {
    let mut args = vec!["compare", "--format", "text", "fixtures/seeds"];
    args.extend_from_slice(extra);
    let r = run_env(&args, &[("COLUMNS", columns)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout
}

#[test]
fn the_text_report_wraps_to_the_width() {
    for (columns, width) in [("60", 60), ("80", 80), ("40", 40)] {
        let report = text_report(columns, &[]);
        for line in report.lines() {
            let n = line.chars().count();
            let single_word = line.split_whitespace().count() == 1;
            assert!(n <= width || single_word, "{n} > {width}: {line}");
        }
    }
    // Topics are cut between words: the kept text is a prefix of whole words.
    let report = text_report("60", &[]);
    let head = report
        .lines()
        .find(|l| l.starts_with("F2 "))
        .expect("a second finding");
    let kept = head.trim_end_matches('…');
    assert!(kept.len() < head.len(), "the topic was cut: {head}");
    let full = text_report("200", &[]);
    let whole = full.lines().find(|l| l.starts_with("F2 ")).unwrap();
    let next = whole[kept.len()..].chars().next();
    assert!(next.is_none_or(char::is_whitespace), "{head} / {whole}");
}

#[test]
fn only_and_hide_filter_the_text_report_by_kind() {
    let all = text_report("100", &[]);
    assert!(all.contains("CONTRADICTIONS (2)") && all.contains("AGREEMENTS ("));
    let only = text_report("100", &["--only", "contradiction,disputed"]);
    assert!(only.contains("CONTRADICTIONS (2)") && only.contains("DISPUTED"));
    assert!(!only.contains("AGREEMENTS") && !only.contains("OMISSIONS"));
    // Ids stay those of the whole report.
    let f3 = |r: &str| r.lines().find(|l| l.starts_with("F3 ")).map(String::from);
    assert_eq!(f3(&only), f3(&all));
    let hidden = text_report("100", &["--hide", "omission"]);
    assert!(!hidden.contains("OMISSIONS") && hidden.contains("AGREEMENTS"));
    let r = run(&["compare", "--only", "contradictions", "fixtures/seeds"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("contradictions") && r.stderr.contains("agreement, omission")
            || r.stderr.contains("possible values"),
        "{}",
        r.stderr
    );
}

#[test]
fn output_flag_writes_the_file_and_nothing_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    let r = run(&["compare", "fixtures/seeds", "-o", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    let piped = run(&["compare", "fixtures/seeds"]);
    assert_eq!(fs::read_to_string(&out).unwrap(), piped.stdout);
    let r = run(&[
        "compare",
        "fixtures/seeds",
        "-o",
        "/no/such/dir/report.json",
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("/no/such/dir/report.json"),
        "{}",
        r.stderr
    );
}

#[test]
fn stderr_on_a_pipe_has_no_progress_bar_and_verbose_says_more() {
    let r = run(&["compare", "--format", "json", "fixtures/seeds"]);
    assert!(
        !r.stderr.contains('\r') && !r.stderr.contains('\x1b'),
        "{:?}",
        r.stderr
    );
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    let v = run(&["compare", "-v", "--format", "json", "fixtures/seeds"]);
    assert!(v.stderr.contains("3 article(s) read"), "{}", v.stderr);
    assert_eq!(v.stdout, r.stdout);
}

/// On a terminal (a pseudo-terminal made by `script`, where installed) a run
/// longer than the bar's delay draws it on stderr and clears it at the end;
/// the same run on a pipe never does.
#[test]
fn the_progress_bar_is_drawn_on_a_terminal_only() {
    let has_script = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_script {
        eprintln!("skipped: `script` (util-linux) is not installed");
        return;
    }
    // Twelve long versions: a few seconds of work.
    let dir = tempfile::tempdir().unwrap();
    let seed = fs::read_to_string("fixtures/seeds/002_ab6c8754cacfea4c.txt").unwrap();
    for i in 0..12 {
        let text = vec![seed.as_str(); 30].join("\n");
        fs::write(dir.path().join(format!("v{i:02}.txt")), text).unwrap();
    }
    let bin = assert_cmd::cargo::cargo_bin("claimdiff");
    let out = dir.path().join("out.json");
    let cmdline = format!(
        "{} compare --one-story --format json -o {} {}",
        bin.display(),
        out.display(),
        dir.path().display()
    );
    let start = std::time::Instant::now();
    let tty = std::process::Command::new("script")
        .args(["-qec", &cmdline, "/dev/null"])
        .output()
        .unwrap();
    let took = start.elapsed();
    assert!(
        tty.status.success(),
        "{}",
        String::from_utf8_lossy(&tty.stderr)
    );
    let drawn = String::from_utf8_lossy(&tty.stdout);
    // Only a run clearly longer than the delay must show it.
    if took > std::time::Duration::from_secs(3) {
        assert!(
            drawn.contains("analysing") || drawn.contains("comparing"),
            "{drawn}"
        );
        assert!(
            drawn.trim_end_matches(['\r', '\n']).ends_with("\x1b[2K"),
            "the bar is cleared at the end"
        );
    }
    let piped = run(&[
        "compare",
        "--one-story",
        "--format",
        "json",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(piped.code, 0);
    assert!(!piped.stderr.contains('\r') && !piped.stderr.contains('\x1b'));
}
