//! Scores the temporal tagger on the held-out TimeML articles of
//! `fixtures/dates/articles` (written and annotated by people who never saw
//! the rules; see the README there) the way TempEval-3 does: strict and
//! relaxed span F1, and value F1 over the relaxed matches. The floors are the
//! targets of issue 3, so a rule that helps TimeBank but hurts unseen news
//! shows up here.

use std::path::Path;

use chrono::NaiveDate;
use claimdiff::timex::tag_text;

/// One annotated expression: byte span in the article text, and its value.
#[derive(Debug)]
struct Gold {
    start: usize,
    end: usize,
    value: String,
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!("{name}=\""))? + name.len() + 2;
    Some(&tag[at..at + tag[at..].find('"')?])
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The publication date, the text and the gold expressions of a TimeML file.
fn parse(tml: &str) -> (NaiveDate, String, Vec<Gold>) {
    let dct_tag = &tml[tml.find("<DCT>").expect("DCT")..];
    let dct = attr(dct_tag, "value").expect("DCT value");
    let dct = NaiveDate::parse_from_str(&dct[..10], "%Y-%m-%d").expect("DCT date");
    let body = &tml[tml.find("<TEXT>").expect("TEXT") + 6..tml.find("</TEXT>").expect("/TEXT")];
    let (mut text, mut gold, mut open) = (String::new(), Vec::new(), None);
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        text.push_str(&unescape(&rest[..lt]));
        let gt = lt + rest[lt..].find('>').expect("closed tag");
        let tag = &rest[lt..=gt];
        if tag.starts_with("<TIMEX3") {
            open = Some((text.len(), attr(tag, "value").unwrap_or("").to_string()));
        } else if tag == "</TIMEX3>" {
            let (start, value) = open.take().expect("TIMEX3 opened");
            gold.push(Gold {
                start,
                end: text.len(),
                value,
            });
        }
        rest = &rest[gt + 1..];
    }
    text.push_str(&unescape(rest));
    (dct, text, gold)
}

#[derive(Default, Debug)]
struct Counts {
    gold: usize,
    system: usize,
    strict: usize,
    relaxed: usize,
    value: usize,
}

fn f1(tp: usize, sys: usize, gold: usize) -> f64 {
    let (p, r) = (tp as f64 / sys as f64, tp as f64 / gold as f64);
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[test]
fn held_out_articles_meet_the_date_targets() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/dates/articles");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("articles folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "tml"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "{} articles", files.len());
    let mut c = Counts::default();
    for f in &files {
        let (dct, text, gold) = parse(&std::fs::read_to_string(f).expect("read"));
        let sys = tag_text(&text, Some(dct));
        c.gold += gold.len();
        c.system += sys.len();
        // one-to-one: exact spans first, then the largest overlap
        let mut used = vec![false; sys.len()];
        let mut pairs = Vec::new();
        let mut loose = Vec::new();
        for (gi, g) in gold.iter().enumerate() {
            match sys
                .iter()
                .position(|t| t.span.start == g.start && t.span.end == g.end)
            {
                Some(si) => {
                    used[si] = true;
                    c.strict += 1;
                    pairs.push((gi, si));
                }
                None => loose.push(gi),
            }
        }
        for gi in loose {
            let g = &gold[gi];
            let overlap = |si: usize| {
                let t = &sys[si].span;
                t.end.min(g.end) as isize - t.start.max(g.start) as isize
            };
            if let Some(si) = (0..sys.len())
                .filter(|&si| !used[si] && overlap(si) > 0)
                .max_by_key(|&si| overlap(si))
            {
                used[si] = true;
                pairs.push((gi, si));
            }
        }
        c.relaxed += pairs.len();
        c.value += pairs
            .iter()
            .filter(|&&(gi, si)| sys[si].value == gold[gi].value)
            .count();
    }
    let strict = f1(c.strict, c.system, c.gold);
    let relaxed = f1(c.relaxed, c.system, c.gold);
    let value = f1(c.value, c.system, c.gold);
    eprintln!(
        "held-out articles: {c:?}; strict {strict:.3}, relaxed {relaxed:.3}, value {value:.3}"
    );
    assert!(c.gold >= 450, "{} gold expressions", c.gold);
    assert!(strict >= 0.85, "strict span F1 {strict:.3}");
    assert!(relaxed >= 0.92, "relaxed span F1 {relaxed:.3}");
    assert!(value >= 0.85, "value F1 {value:.3}");
}

#[test]
fn the_timeml_reader_keeps_offsets_and_entities() {
    let tml = r#"<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-13">x</TIMEX3></DCT>
<TEXT>
A &amp; B met <TIMEX3 tid="t1" type="DATE" value="2024-03-10">Sunday</TIMEX3>.
</TEXT>"#;
    let (dct, text, gold) = parse(tml);
    assert_eq!(dct, NaiveDate::from_ymd_opt(2024, 3, 13).unwrap());
    assert_eq!(&text[gold[0].start..gold[0].end], "Sunday");
    assert_eq!(gold[0].value, "2024-03-10");
    assert!(text.contains("A & B"));
}
