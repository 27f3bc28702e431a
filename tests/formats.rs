//! Articles as people save them (issue 14, points 4 and 5): a page saved from
//! a browser, Markdown with front matter, a UTF-8 BOM, datelines near the top,
//! an article in another language. Each rule on both sides; every offset
//! points into the file as read.

use std::fs;

use assert_cmd::Command;
use serde_json::Value;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap()
}

/// Runs `claimdiff <args>` and returns (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let out = claimdiff().args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `extract --format jsonl`: (exit code, messages, stderr).
fn extract(args: &[&str]) -> (i32, Vec<Value>, String) {
    let mut all = vec!["extract", "--format", "jsonl", "--with-text"];
    all.extend_from_slice(args);
    let (code, out, err) = run(&all);
    let msgs = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    (code, msgs, err)
}

fn of_type<'a>(msgs: &'a [Value], t: &str) -> Vec<&'a Value> {
    msgs.iter()
        .filter(|m| m["type"] == t)
        .map(|m| &m["data"])
        .collect()
}

/// Every span lies in its file; where the text is the file's own bytes (no
/// entity, line break or markup inside), it is exactly those bytes.
fn spans_point_into_the_file(msgs: &[Value]) {
    for m in msgs {
        let d = &m["data"];
        let (Some(s), Some(e)) = (d["start"].as_u64(), d["end"].as_u64()) else {
            continue;
        };
        let bytes = fs::read(d["file"].as_str().unwrap()).unwrap();
        let (s, e) = (s as usize, e as usize);
        assert!(s <= e && e <= bytes.len(), "{d}");
        let text = d["text"].as_str().unwrap();
        let raw = String::from_utf8_lossy(&bytes[s..e]);
        let verbatim = !raw.contains(['&', '\n', '*', '[']);
        if verbatim && (m["type"] == "actor" || m["type"] == "date") {
            assert_eq!(
                String::from_utf8_lossy(&bytes[s..e]),
                text,
                "span of {d} in the file"
            );
        }
    }
}

#[test]
fn a_saved_html_page_is_read_as_its_article() {
    let (code, msgs, err) = extract(&["fixtures/formats/saved-page.html"]);
    assert_eq!(code, 0, "{err}");
    let doc = of_type(&msgs, "document")[0];
    assert_eq!(doc["date"], "2025-03-04");
    assert_eq!(doc["date_source"], "html_meta");
    assert_eq!(
        doc["title"],
        "Netanyahu says Cairo talks on hostages will resume"
    );
    let claims: Vec<&str> = of_type(&msgs, "claim")
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    let all = claims.join("\n");
    for furniture in [
        "Skip to content",
        "Business",
        "cookies",
        "dataLayer",
        "font-family",
        "Advertisement",
        "Read more",
        "Privacy",
        "Photo: Reuters",
        "<",
        "&ldquo;",
    ] {
        assert!(!all.contains(furniture), "{furniture:?} in {all}");
    }
    assert!(
        all.contains("Netanyahu told reporters in Jerusalem"),
        "{all}"
    );
    assert!(all.contains("Egypt\u{2019}s foreign ministry"), "{all}");
    let actors = of_type(&msgs, "actor");
    assert!(actors
        .iter()
        .any(|a| a["canonical"].as_str().unwrap().contains("Netanyahu")));
    let quotes = of_type(&msgs, "quote");
    assert!(quotes.iter().any(|q| q["text"]
        .as_str()
        .unwrap()
        .starts_with("We are sending the team back")));
    spans_point_into_the_file(&msgs);
}

#[test]
fn a_page_without_metadata_is_undated_and_a_page_without_text_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("plain.htm");
    fs::write(
        &p,
        "<html><body><nav>Home</nav><p>The council voted on Tuesday to close the bridge for repairs, the mayor said.</p></body></html>",
    )
    .unwrap();
    let (code, msgs, _) = extract(&[p.to_str().unwrap()]);
    assert_eq!(code, 0);
    let doc = of_type(&msgs, "document")[0];
    assert_eq!(doc["date_source"], "none");
    assert_eq!(doc["paragraphs"], 1);
    let empty = dir.path().join("empty.html");
    fs::write(
        &empty,
        "<html><head><script>var x = 1;</script></head></html>",
    )
    .unwrap();
    let (code, _, err) = extract(&[empty.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("empty.html") && err.contains("no article text found in the HTML file"),
        "{err}"
    );
}

#[test]
fn markdown_is_read_without_its_syntax() {
    let (code, msgs, err) = extract(&["fixtures/formats/talks.md"]);
    assert_eq!(code, 0, "{err}");
    let doc = of_type(&msgs, "document")[0];
    assert_eq!(doc["date"], "2025-03-05");
    assert_eq!(doc["date_source"], "front_matter");
    assert_eq!(doc["title"], "Netanyahu says Cairo talks will resume");
    let bytes = fs::read("fixtures/formats/talks.md").unwrap();
    let bold = bytes
        .windows(13)
        .position(|w| w == b"**Netanyahu**")
        .unwrap();
    let actors = of_type(&msgs, "actor");
    assert!(
        actors
            .iter()
            .any(|a| a["start"] == bold + 2 && a["end"] == bold + 11 && a["text"] == "Netanyahu"),
        "the bold name is one actor with its own bytes: {actors:?}"
    );
    for c in of_type(&msgs, "claim") {
        let t = c["text"].as_str().unwrap();
        for syntax in ["**", "](", "\n>", "---", "title:", "# "] {
            assert!(!t.contains(syntax), "{syntax:?} in {t:?}");
        }
    }
    spans_point_into_the_file(&msgs);
}

#[test]
fn markdown_without_front_matter_keeps_its_header_and_a_bad_front_matter_date_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.md");
    fs::write(
        &p,
        " date 2024-02-01 The *council* voted to close the bridge.\n",
    )
    .unwrap();
    let (_, msgs, _) = extract(&[p.to_str().unwrap()]);
    assert_eq!(of_type(&msgs, "document")[0]["date_source"], "header");
    let q = dir.path().join("b.md");
    fs::write(
        &q,
        "---\ndate: next week\n---\nThe council voted to close the bridge.\n",
    )
    .unwrap();
    let (code, msgs, err) = extract(&[q.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(of_type(&msgs, "document")[0]["date_source"], "none");
    assert!(
        err.contains("b.md") && err.contains("front matter date \"next week\""),
        "{err}"
    );
}

#[test]
fn a_bom_is_skipped_and_still_counted() {
    let (code, msgs, _) = extract(&["fixtures/formats/bom-header.txt"]);
    assert_eq!(code, 0);
    let doc = of_type(&msgs, "document")[0];
    assert_eq!(doc["date"], "2025-11-07");
    assert_eq!(doc["date_source"], "header");
    let claim = of_type(&msgs, "claim")[0];
    assert_eq!(claim["start"], 3 + " date 2025-11-07 ".len());
    spans_point_into_the_file(&msgs);
}

#[test]
fn a_dateline_below_the_title_dates_the_article() {
    let (_, msgs, _) = extract(&["fixtures/formats/dateline.txt"]);
    let doc = of_type(&msgs, "document")[0];
    assert_eq!(doc["date"], "2005-12-19");
    assert_eq!(doc["date_source"], "dateline");
    assert_eq!(doc["title"], "Storm floods coastal towns");
    let dates = of_type(&msgs, "date");
    assert!(dates
        .iter()
        .any(|d| d["text"] == "Dec. 22" && d["value"] == "2005-12-22"));
    assert!(dates
        .iter()
        .any(|d| d["text"] == "Monday" && d["value"] == "2005-12-19"));
}

#[test]
fn a_date_in_the_story_is_not_the_publication_date() {
    let (_, msgs, _) = extract(&["fixtures/formats/story-date.txt"]);
    let doc = of_type(&msgs, "document")[0];
    assert_eq!(doc["date"], Value::Null);
    assert_eq!(doc["date_source"], "none");
    // --date still applies to such an article.
    let (_, msgs, _) = extract(&["--date", "2005-12-20", "fixtures/formats/story-date.txt"]);
    assert_eq!(of_type(&msgs, "document")[0]["date_source"], "argument");
}

#[test]
fn a_year_less_wire_dateline_takes_its_year_from_date_or_a_sibling() {
    let dir = tempfile::tempdir().unwrap();
    let wire = dir.path().join("b_wire.txt");
    fs::write(
        &wire,
        "WASHINGTON, Nov. 7 (Reuters) - The United States accused Iran of plotting to kill the Israeli ambassador to Mexico, a U.S. official said.\n",
    )
    .unwrap();
    let w = wire.to_str().unwrap();
    let (_, msgs, _) = extract(&[w]);
    assert_eq!(of_type(&msgs, "document")[0]["date_source"], "none");
    let (_, msgs, _) = extract(&["--date", "2025-11-20", w]);
    let doc = of_type(&msgs, "document")[0];
    assert_eq!(doc["date"], "2025-11-07");
    assert_eq!(doc["date_source"], "dateline");

    let dated = dir.path().join("a_dated.txt");
    fs::write(
        &dated,
        " date 2025-11-08 The United States accused Iran of plotting to kill the Israeli ambassador to Mexico, a U.S. official said on Friday.\n",
    )
    .unwrap();
    let (code, out, err) = run(&["compare", "--format", "json", dir.path().to_str().unwrap()]);
    assert!(code == 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let docs = v["documents"].as_array().unwrap();
    let wired = docs
        .iter()
        .find(|d| d["file"].as_str().unwrap().ends_with("b_wire.txt"))
        .unwrap();
    assert_eq!(wired["date"], "2025-11-07");
    assert_eq!(wired["date_source"], "dateline");
}

#[test]
fn an_article_not_in_english_is_reported_and_read_only_with_lang_any() {
    let (code, msgs, err) = extract(&["fixtures/formats/french.txt"]);
    assert_eq!(code, 2);
    assert!(msgs.iter().all(|m| m["type"] != "document"));
    assert!(
        err.contains("french.txt") && err.contains("French") && err.contains("--lang-any"),
        "{err}"
    );
    let (code, msgs, err) = extract(&["--lang-any", "fixtures/formats/french.txt"]);
    assert_eq!(code, 0);
    assert_eq!(of_type(&msgs, "document").len(), 1);
    assert!(err.contains("French"), "still reported: {err}");
    // English articles are never reported.
    let (_, _, err) = extract(&["fixtures/formats/dateline.txt", "fixtures/seeds"]);
    assert!(!err.contains("English"), "{err}");
}

#[test]
fn folders_pick_up_html_and_markdown() {
    let (code, msgs, err) = extract(&["fixtures/formats"]);
    assert_eq!(code, 0);
    let files: Vec<&str> = of_type(&msgs, "document")
        .iter()
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert!(
        files.iter().any(|f| f.ends_with("saved-page.html")),
        "{files:?}"
    );
    assert!(files.iter().any(|f| f.ends_with("talks.md")), "{files:?}");
    assert!(err.contains("french.txt"), "{err}");
}

#[test]
fn an_html_and_a_markdown_version_of_one_story_are_compared() {
    let (code, out, err) = run(&[
        "compare",
        "--format",
        "json",
        "fixtures/formats/saved-page.html",
        "fixtures/formats/talks.md",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let findings = v["findings"].as_array().unwrap();
    // Both versions say at least 12 were killed on Monday.
    assert!(
        findings
            .iter()
            .any(|f| f["kind"] == "agreement"
                && f["values"].as_object().is_some_and(|m| m.len() == 2)),
        "{out}"
    );
}

mod props {
    use claimdiff::document::Document;
    use proptest::prelude::*;

    /// Pieces of markup and text that stress the readers.
    fn markup() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("<p>".to_string()),
            Just("</p>".to_string()),
            Just("<article>".to_string()),
            Just("<script>if (a < b) {}</script>".to_string()),
            Just("<nav>Home</nav>".to_string()),
            Just("&amp;".to_string()),
            Just("&#8217;".to_string()),
            Just("&bogus".to_string()),
            Just("**".to_string()),
            Just("*".to_string()),
            Just("[a](b)".to_string()),
            Just("> ".to_string()),
            Just("# ".to_string()),
            Just("---\n".to_string()),
            Just("date: 2024-01-02\n".to_string()),
            Just("\u{FEFF}".to_string()),
            Just("\n".to_string()),
            Just("\n\n".to_string()),
            Just("  ".to_string()),
            Just("Netanyahu said.".to_string()),
            Just("Posted: Jan 7, 2009".to_string()),
            Just("WASHINGTON, Nov. 7 (Reuters) -".to_string()),
            Just("é".to_string()),
            "[a-zA-Z ]{0,8}",
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn every_span_lies_in_the_file(src in markup()) {
            for name in ["a.html", "a.md", "a.txt"] {
                let Ok(doc) = Document::parse(name, src.as_bytes(), None) else { continue };
                for s in doc.sentences.iter().chain(&doc.paragraphs).chain(doc.title.iter()) {
                    let f = doc.file_span(*s);
                    prop_assert!(f.start <= f.end && f.end <= src.len(), "{name}: {s:?} -> {f:?}");
                    prop_assert!(src.is_char_boundary(f.start) && src.is_char_boundary(f.end));
                }
            }
        }
    }
}
