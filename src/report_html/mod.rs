//! `compare --format html`: the comparison as one self-contained web page for
//! a person — each story's versions side by side with every finding's values
//! marked in the article text, the findings (filterable by kind and category;
//! a click lights up a finding's words in every version), and a timeline of
//! the versions' publication dates and the dates the story mentions.
//!
//! The page needs no network: its style and script (`data/report/`) are
//! inlined, and a Content-Security-Policy forbids loading anything. Articles
//! are hostile input, so every piece of their text, paths included, goes
//! through [`escape`]; the script reads only ids the page itself writes.

mod marks;
mod timeline;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use crate::analysis::Analysis;
use crate::compare::{Category, Comparison, Finding, Kind};
use crate::document::DateSource;
use crate::model::wire_name;
use crate::render::StoryReport;

use marks::{Mark, Role};

const CSS: &str = include_str!("../../data/report/report.css");
const JS: &str = include_str!("../../data/report/report.js");

/// The kinds in the order a reader wants them: what needs checking first.
const KIND_ORDER: [Kind; 6] = [
    Kind::Contradiction,
    Kind::Update,
    Kind::Disputed,
    Kind::Compatible,
    Kind::Omission,
    Kind::Agreement,
];

/// Text made safe for HTML element content and quoted attribute values.
/// Control characters other than line breaks and tabs, which HTML forbids,
/// become U+FFFD.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' | '\r' => out.push(c),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// A file's name without its folders, for the narrow places of the page.
fn short_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// Ids unique across the page: findings are numbered across stories as in
/// the JSON output (`F1`...), timeline dates likewise (`T1`...).
#[derive(Default)]
struct Ids {
    finding: usize,
    date: usize,
}

/// Writes the report of every story's comparison as one HTML page.
pub fn compare_stories_html(out: &mut dyn Write, stories: &[StoryReport]) -> io::Result<()> {
    let mut page = String::new();
    head(&mut page, stories);
    let mut ids = Ids::default();
    let compared: Vec<&StoryReport> = stories.iter().filter(|s| has_section(s)).collect();
    for s in &compared {
        if let Some(cmp) = s.cmp {
            story(&mut page, s, cmp, compared.len() > 1, &mut ids);
        }
    }
    single_versions(&mut page, stories);
    let _ = write!(page, "</main>\n<script>\n{JS}</script>\n</body>\n</html>\n");
    out.write_all(page.as_bytes())
}

/// A story gets a section when it has versions to compare, or findings
/// within its one version (a dispute); the others are only listed. Finding
/// ids then run across the sections as they do in the JSON output.
fn has_section(s: &StoryReport) -> bool {
    s.cmp
        .is_some_and(|c| s.an.len() > 1 || !c.findings.is_empty())
}

/// The document head, the page title and the filters.
fn head(page: &mut String, stories: &[StoryReport]) {
    let files: usize = stories.iter().map(|s| s.an.len()).sum();
    let findings: Vec<&Finding> = stories
        .iter()
        .filter_map(|s| s.cmp)
        .flat_map(|c| &c.findings)
        .collect();
    let title = match stories {
        [only] if !only.summary.title.is_empty() => format!("claimdiff: {}", only.summary.title),
        _ => "claimdiff report".to_string(),
    };
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<header class=\"top\">\n\
         <h1>claimdiff report</h1>\n<p class=\"lede\">{files} {}, {} {}, {} {}</p>\n",
        escape(&title),
        plural(files, "file", "files"),
        stories.len(),
        plural(stories.len(), "story", "stories"),
        findings.len(),
        plural(findings.len(), "finding", "findings"),
    );
    page.push_str("<form class=\"filters\" aria-label=\"Filter the findings\">\n");
    page.push_str("<fieldset><legend>Kind</legend>\n");
    for k in KIND_ORDER {
        let n = findings.iter().filter(|f| f.kind == k).count();
        let _ = writeln!(
            page,
            "<label class=\"chip k-{k}\"><input type=\"checkbox\" name=\"kind\" value=\"{k}\" checked> \
             {k} <span class=\"n\">{n}</span></label>",
            k = k.as_str()
        );
    }
    page.push_str("</fieldset>\n<fieldset><legend>Category</legend>\n");
    let mut categories: BTreeMap<Category, usize> = BTreeMap::new();
    for f in &findings {
        *categories.entry(f.category).or_default() += 1;
    }
    for (c, n) in categories {
        let c = wire_name(&c);
        let _ = writeln!(
            page,
            "<label class=\"chip\"><input type=\"checkbox\" name=\"category\" value=\"{c}\" checked> \
             {c} <span class=\"n\">{n}</span></label>"
        );
    }
    page.push_str(
        "</fieldset>\n<p class=\"shown\" aria-live=\"polite\"></p>\n</form>\n</header>\n<main>\n",
    );
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// One story: its heading, timeline, findings and versions.
fn story(page: &mut String, s: &StoryReport, cmp: &Comparison, several: bool, ids: &mut Ids) {
    let an = s.an;
    let first = ids.finding + 1;
    ids.finding += cmp.findings.len();
    let fid = |i: usize| format!("F{}", first + i);
    let _ = writeln!(page, "<section class=\"story\" id=\"{}\">", escape(s.id));
    let heading = if s.summary.title.is_empty() {
        "(untitled)".to_string()
    } else {
        s.summary.title.clone()
    };
    let _ = write!(page, "<h2>");
    if several {
        let _ = write!(page, "<span class=\"sid\">{}</span> ", escape(s.id));
    }
    let counts: Vec<String> = KIND_ORDER
        .iter()
        .map(|k| {
            let n = cmp.findings.iter().filter(|f| f.kind == *k).count();
            format!("{n} {}", k.as_str())
        })
        .collect();
    let _ = writeln!(
        page,
        "{}</h2>\n<p class=\"counts\">{} versions · {}</p>",
        escape(&heading),
        an.len(),
        counts.join(" · ")
    );
    // Every span of each version to mark, by document index.
    let mut marks: Vec<Vec<Mark>> = vec![Vec::new(); an.len()];
    for (i, f) in cmp.findings.iter().enumerate() {
        for &(d, span) in &f.values {
            marks[d].push(Mark {
                span,
                role: Role::Value(f.kind, fid(i)),
            });
        }
        for c in &f.cites {
            marks[c.doc].push(Mark {
                span: an[c.doc].claims[c.claim].span,
                role: Role::Claim(fid(i)),
            });
        }
    }
    timeline::write(page, an, cmp, &mut marks, &mut ids.date);
    page.push_str("<div class=\"panes\">\n<ol class=\"findings\">\n");
    for (i, f) in cmp.findings.iter().enumerate() {
        finding(page, an, &cmp.order, &fid(i), f);
    }
    page.push_str("</ol>\n<div class=\"versions\">\n");
    for &d in &cmp.order {
        version(page, &an[d], &marks[d]);
    }
    page.push_str("</div>\n</div>\n</section>\n");
}

/// One finding as an item of the list: its id, kind, category, topic, the
/// event instance it is about, the value in each version, the versions an
/// omission concerns and the explanation.
fn finding(page: &mut String, an: &[Analysis], order: &[usize], id: &str, f: &Finding) {
    let kind = f.kind.as_str();
    let category = wire_name(&f.category);
    let event = crate::compare::labels::beside_topic(an, f)
        .map(|e| format!(" <span class=\"event\">{}</span>", escape(&e)))
        .unwrap_or_default();
    let _ = write!(
        page,
        "<li class=\"finding k-{kind}\" id=\"{id}\" data-kind=\"{kind}\" \
         data-category=\"{category}\" tabindex=\"0\">\n\
         <p class=\"fhead\"><span class=\"fid\">{id}</span> <span class=\"kind\">{kind}</span> \
         <span class=\"cat\">{category}</span> <span class=\"topic\">{}</span>{event}</p>\n",
        escape(&f.topic)
    );
    if f.kind == Kind::Omission {
        let names = |v: &[usize]| {
            v.iter()
                .map(|&d| escape(short_name(&an[d].doc.path)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let line = match crate::compare::omissions::concerns(order, f) {
            crate::compare::omissions::Concerns::Missing(v) => {
                format!("Left out by {}", names(&v))
            }
            crate::compare::omissions::Concerns::Only(v) => format!("Given only by {}", names(&v)),
        };
        let _ = writeln!(page, "<p class=\"concerns\">{line}</p>");
    }
    page.push_str("<dl class=\"values\">");
    for &(d, span) in &f.values {
        let path = &an[d].doc.path;
        let _ = write!(
            page,
            "<dt title=\"{}\">{}</dt><dd>{}</dd>",
            escape(path),
            escape(short_name(path)),
            escape(an[d].doc.slice(span))
        );
    }
    let _ = writeln!(
        page,
        "</dl>\n<p class=\"why\">{}</p>\n</li>",
        escape(&f.explanation)
    );
}

/// How a version's date reads: the date and where it came from.
fn date_line(a: &Analysis) -> String {
    let doc = &a.doc;
    match (doc.date, doc.date_source) {
        (Some(d), DateSource::Inferred) => match &doc.inferred_from {
            Some(from) => format!("{d} (inferred from {})", short_name(from)),
            None => format!("{d} (inferred)"),
        },
        (Some(d), source) => format!("{d} ({})", wire_name(&source).replace('_', " ")),
        (None, _) => "undated".to_string(),
    }
}

/// One version: its name, date and text with the marks.
fn version(page: &mut String, a: &Analysis, marks: &[Mark]) {
    let doc = &a.doc;
    let _ = write!(
        page,
        "<article class=\"version\" data-file=\"{}\">\n<header><h3 title=\"{0}\">{}</h3>\
         <p class=\"meta\">{} · {} claims</p></header>\n<div class=\"text\">\n",
        escape(&doc.path),
        escape(short_name(&doc.path)),
        escape(&date_line(a)),
        a.claims.len()
    );
    marks::paragraphs(page, &doc.text, &doc.paragraphs, marks);
    page.push_str("</div>\n</article>\n");
}

/// Stories told by one article only: listed, since there is nothing to
/// compare them with.
fn single_versions(page: &mut String, stories: &[StoryReport]) {
    let single: Vec<&StoryReport> = stories
        .iter()
        .filter(|s| s.an.len() == 1 && !has_section(s))
        .collect();
    if single.is_empty() {
        return;
    }
    let _ = writeln!(
        page,
        "<section class=\"singles\">\n<h2>Single-version stories ({}, nothing to compare)</h2>\n<ul>",
        single.len()
    );
    for s in single {
        let path = &s.an[0].doc.path;
        let _ = writeln!(
            page,
            "<li><span class=\"sid\">{}</span> <span title=\"{}\">{}</span> {}</li>",
            escape(s.id),
            escape(path),
            escape(short_name(path)),
            escape(&s.summary.title)
        );
    }
    page.push_str("</ul>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_leaves_no_markup_and_no_quote_that_could_end_an_attribute() {
        assert_eq!(
            escape("<script>alert(\"x\" + 'y')</script> & \u{0}"),
            "&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;)&lt;/script&gt; &amp; \u{FFFD}"
        );
    }
}
