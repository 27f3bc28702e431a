//! `compare --format html`: one self-contained page that loads nothing,
//! escapes the articles' text (hostile input), has one element per finding
//! whose values are marked in the text of every version stating them, the
//! same bytes on every run, and — in a real headless Chromium where one is
//! installed — loads without console errors and lights up a clicked
//! finding's words in every version.

use std::fs;
use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;
use serde_json::Value;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap()
}

/// `compare --format FORMAT ARGS...`: (exit code, stdout).
fn compare(format: &str, args: &[&str]) -> (i32, Vec<u8>) {
    let out = claimdiff()
        .args(["compare", "--format", format])
        .args(args)
        .output()
        .unwrap();
    (out.status.code().unwrap(), out.stdout)
}

fn html(args: &[&str]) -> String {
    let (code, out) = compare("html", args);
    assert_eq!(code, 0);
    String::from_utf8(out).expect("the page is UTF-8")
}

fn json(args: &[&str]) -> Value {
    let (code, out) = compare("json", args);
    assert_eq!(code, 0);
    serde_json::from_slice(&out).unwrap()
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The `<article class="version">` element of `file` in `page`.
fn version<'a>(page: &'a str, file: &str) -> &'a str {
    let head = format!(
        "<article class=\"version\" data-file=\"{}\">",
        file.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;")
    );
    let start = page
        .find(&head)
        .unwrap_or_else(|| panic!("no version for {file}"));
    let end = start + page[start..].find("</article>").unwrap();
    &page[start..end]
}

/// The text of the marks of finding `id` in one version's element, in order.
fn marked_value(version: &str, id: &str) -> String {
    let re = regex::Regex::new(r#"<mark [^>]*data-v="([^"]*)"[^>]*>([^<]*)</mark>"#).unwrap();
    re.captures_iter(version)
        .filter(|c| c[1].split(' ').any(|x| x == id))
        .map(|c| unescape(&c[2]))
        .collect()
}

#[test]
fn the_page_is_one_file_that_loads_nothing_from_anywhere() {
    let page = html(&["fixtures/seeds"]);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.trim_end().ends_with("</html>"));
    // Style and script are inline; nothing names a resource to fetch.
    assert_eq!(page.matches("<style>").count(), 1);
    assert_eq!(page.matches("<script").count(), 1);
    assert!(page.contains("<script>\n"), "the one script is inline");
    for banned in [
        "http://", "https://", "src=", "href=", "@import", "url(", "<link", "<iframe", "<img",
    ] {
        assert!(!page.contains(banned), "the page contains {banned:?}");
    }
    // And the browser is told to refuse anything that could still slip in.
    assert!(page.contains("Content-Security-Policy\" content=\"default-src 'none';"));
}

#[test]
fn every_finding_has_one_element_and_its_values_are_marked_in_each_version() {
    let page = html(&["fixtures/seeds"]);
    let report = json(&["fixtures/seeds"]);
    let findings = report["findings"].as_array().unwrap();
    assert!(findings.len() > 20);
    assert_eq!(page.matches("<li class=\"finding ").count(), findings.len());
    for f in findings {
        let id = f["id"].as_str().unwrap();
        let kind = f["kind"].as_str().unwrap();
        assert_eq!(
            page.matches(&format!(" id=\"{id}\" data-kind=\"{kind}\""))
                .count(),
            1,
            "{id}"
        );
        for (file, value) in f["values"].as_object().unwrap() {
            assert_eq!(
                marked_value(version(&page, file), id),
                value.as_str().unwrap(),
                "{id} in {file}"
            );
        }
    }
    // The versions in version order, with their publication dates on the timeline.
    let docs: Vec<&str> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    let at: Vec<usize> = docs.iter().map(|f| page.find(f).unwrap()).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{docs:?}");
    assert!(page.contains(
        "<li class=\"pub\"><time>2025-11-08</time> <span class=\"what\">published</span> 002_ab6c8754cacfea4c.txt</li>"
    ));
    assert!(page.contains("<li class=\"date main\" data-t=\""));
}

#[test]
fn hostile_article_text_and_file_names_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "<script>alert(\"pwned\")</script> <img src=\"https://evil.example/x.png\" onerror='alert(1)'> & friends";
    let body = |killed: u32| {
        format!(
            " date 2025-03-1{} A bus crash in Peru killed {killed} people, police said on Monday.\n\n\
             \"The road was closed,\" the governor said. {hostile}\n",
            killed % 7
        )
    };
    let a = dir.path().join("a<b>&\"c'.txt");
    fs::write(&a, body(12)).unwrap();
    fs::write(dir.path().join("b.txt"), body(31)).unwrap();
    let path = dir.path().to_str().unwrap();
    let page = html(&["--one-story", path]);
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only the page's own script"
    );
    for banned in [
        "<img",
        "<b>",
        "src=\"https",
        "onerror='",
        "alert(\"pwned\")",
    ] {
        assert!(!page.contains(banned), "{banned:?} came through unescaped");
    }
    // The text of the page without its own tags: the article's, escaped.
    let text = regex::Regex::new("<[^>]*>").unwrap().replace_all(&page, "");
    assert!(text.contains(
        "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &lt;img src=&quot;https://evil.example/x.png&quot; onerror=&#39;alert(1)&#39;&gt; &amp; friends"
    ));
    assert!(page.contains("a&lt;b&gt;&amp;&quot;c&#39;.txt"));
    // The hostile version's marks are still there, over escaped text.
    let report = json(&["--one-story", path]);
    let file = a.to_str().unwrap();
    let finding = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["values"].get(file).is_some())
        .expect("a finding with a value in the hostile file");
    assert_eq!(
        marked_value(version(&page, file), finding["id"].as_str().unwrap()),
        finding["values"][file].as_str().unwrap()
    );
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let a = compare("html", &["--threads", "1", "fixtures/seeds"]);
    let b = compare("html", &["--threads", "2", "fixtures/seeds/"]);
    assert_eq!(a.0, 0);
    let strip =
        |v: &[u8]| String::from_utf8_lossy(v).replace("fixtures/seeds//", "fixtures/seeds/");
    assert_eq!(strip(&a.1), strip(&b.1));
    let c = compare(
        "html",
        &[
            "fixtures/stories/quote-reworded",
            "fixtures/stories/quake-toll-rises",
        ],
    );
    let d = compare(
        "html",
        &[
            "fixtures/stories/quake-toll-rises",
            "fixtures/stories/quote-reworded",
        ],
    );
    assert_eq!(c, d);
}

#[test]
fn a_mixed_folder_gets_one_section_per_story_with_ids_unique_across_them() {
    let lone = "fixtures/seeds/000_fb2f06446441fbd4.txt";
    let args = [
        "fixtures/stories/quake-toll-rises",
        "fixtures/stories/quote-reworded",
        lone,
    ];
    let page = html(&args);
    let report = json(&args);
    let stories = report["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 3);
    for s in stories {
        let id = s["id"].as_str().unwrap();
        let sections = page
            .matches(&format!("<section class=\"story\" id=\"{id}\">"))
            .count();
        // A story of one article is listed at the end, not compared.
        let single = s["files"].as_array().unwrap().len() == 1;
        assert_eq!(sections, usize::from(!single), "{id}");
    }
    let singles = &page[page.find("<section class=\"singles\">").unwrap()..];
    assert!(singles.contains(&format!(
        "<span title=\"{lone}\">000_fb2f06446441fbd4.txt</span>"
    )));
    let findings = report["findings"].as_array().unwrap();
    for f in findings {
        // The finding sits in its own story's section.
        let id = f["id"].as_str().unwrap();
        let at = page.find(&format!(" id=\"{id}\" ")).unwrap();
        let section = page[..at].rfind("<section class=\"story\" id=\"").unwrap();
        let story = f["story"].as_str().unwrap();
        assert!(page[section..].starts_with(&format!("<section class=\"story\" id=\"{story}\">")));
    }
    assert_eq!(page.matches("<li class=\"finding ").count(), findings.len());
}

#[test]
fn html_is_for_compare_only() {
    let out = claimdiff()
        .args(["extract", "--format", "html", "fixtures/seeds"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format html is for compare only"));
}

/// Why the browser test cannot run here, if it cannot.
fn browser_missing() -> Option<String> {
    for tool in ["/usr/bin/chromium", "/usr/bin/chromedriver"] {
        if !Path::new(tool).exists() {
            return Some(format!(
                "{tool} is absent (apt-get install chromium chromium-driver)"
            ));
        }
    }
    match Process::new("python3").arg("--version").output() {
        Ok(o) if o.status.success() => None,
        _ => Some("python3 is absent".into()),
    }
}

/// Runs `tests/browser/report_check.py` on the report of `args`, clicking
/// the first finding (or the last: one in a later story).
fn browser_check(args: &[&str], last: bool, screenshot: Option<std::ffi::OsString>) {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    fs::write(&page, html(args)).unwrap();
    let report = json(args);
    let findings = report["findings"].as_array().unwrap();
    let pick = if last {
        findings.last()
    } else {
        findings.first()
    }
    .unwrap();
    let kind = pick["kind"].as_str().unwrap();
    let expect = serde_json::json!({
        "findings": findings.len(),
        "finding": pick["id"],
        "files": pick["values"].as_object().unwrap().keys().collect::<Vec<_>>(),
        "kind": kind,
        "of_kind": findings.iter().filter(|f| f["kind"] == kind).count(),
    });
    let expect_path = dir.path().join("expect.json");
    fs::write(&expect_path, expect.to_string()).unwrap();
    let mut cmd = Process::new("python3");
    cmd.arg("tests/browser/report_check.py")
        .arg(&page)
        .arg(&expect_path);
    if let Some(shot) = screenshot {
        cmd.arg(shot);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "browser checks of {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn in_a_real_browser_the_page_loads_clean_and_a_click_lights_up_the_finding() {
    if let Some(why) = browser_missing() {
        eprintln!("skipped: {why}");
        return;
    }
    // CLAIMDIFF_SCREENSHOT=docs/report.png refreshes the README's picture.
    browser_check(
        &["fixtures/seeds"],
        false,
        std::env::var_os("CLAIMDIFF_SCREENSHOT"),
    );
    // Several stories: a finding of the second story lights up there.
    browser_check(
        &[
            "fixtures/stories/quake-toll-rises",
            "fixtures/stories/quote-reworded",
        ],
        true,
        None,
    );
}
