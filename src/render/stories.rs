//! Story-level output: `cluster` (the stories a run found) and `compare`
//! over several stories, each compared on its own.

use std::io::{self, Write};

use schemars::JsonSchema;
use serde::Serialize;

use super::json::compare_documents;
use super::records::{CompareDocument, CompareSummary, FindingRec};
use super::text::{clip, compare_text, compare_text_from, wrap};
use super::{escape_separators, push_envelope, write_pretty, Style, SCHEMA_VERSION};
use crate::analysis::Analysis;
use crate::compare::Comparison;

/// One story of a run: its id and summary, its analyses (in path order) and,
/// for `compare`, the comparison of its versions.
pub struct StoryReport<'a> {
    pub id: &'a str,
    pub summary: &'a crate::cluster::Summary,
    pub an: &'a [Analysis],
    pub cmp: Option<&'a Comparison>,
}

/// A `story` message: `{id, files, title, dates, actors}`.
#[derive(Serialize, JsonSchema)]
pub struct StoryRec<'a> {
    pub id: &'a str,
    pub files: Vec<&'a str>,
    pub title: &'a str,
    pub dates: &'a [String],
    pub actors: &'a [String],
}

impl<'a> StoryRec<'a> {
    pub fn new(s: &StoryReport<'a>) -> Self {
        StoryRec {
            id: s.id,
            files: s.an.iter().map(|a| a.doc.path.as_str()).collect(),
            title: &s.summary.title,
            dates: &s.summary.dates,
            actors: &s.summary.actors,
        }
    }
}

/// The `summary` of `cluster`: articles, stories, stories of one article.
#[derive(Serialize, JsonSchema)]
pub struct ClusterSummary {
    pub files: usize,
    pub stories: usize,
    pub single: usize,
}

impl ClusterSummary {
    fn new(stories: &[StoryReport]) -> Self {
        ClusterSummary {
            files: stories.iter().map(|s| s.an.len()).sum(),
            stories: stories.len(),
            single: stories.iter().filter(|s| s.an.len() == 1).count(),
        }
    }
}

/// The whole output of `cluster --format json`.
#[derive(Serialize, JsonSchema)]
pub struct ClusterOutput<'a> {
    pub schema_version: u32,
    pub stories: Vec<StoryRec<'a>>,
    pub summary: ClusterSummary,
}

/// `cluster --format json`.
pub fn cluster_json(out: &mut dyn Write, stories: &[StoryReport]) -> io::Result<()> {
    write_pretty(
        out,
        &ClusterOutput {
            schema_version: SCHEMA_VERSION,
            stories: stories.iter().map(StoryRec::new).collect(),
            summary: ClusterSummary::new(stories),
        },
    )
}

/// `cluster --format jsonl`: one `story` line each, then `summary`.
pub fn cluster_jsonl(out: &mut dyn Write, stories: &[StoryReport]) -> io::Result<()> {
    let mut buf = Vec::new();
    for s in stories {
        push_envelope(&mut buf, "story", &StoryRec::new(s));
    }
    push_envelope(&mut buf, "summary", &ClusterSummary::new(stories));
    out.write_all(&escape_separators(buf))
}

/// `cluster --format text`: each story with its title, dates, actors and files.
pub fn cluster_text(out: &mut dyn Write, stories: &[StoryReport], style: Style) -> io::Result<()> {
    let files: usize = stories.iter().map(|s| s.an.len()).sum();
    let single = stories.iter().filter(|s| s.an.len() == 1).count();
    writeln!(
        out,
        "{}",
        style.bold(&format!(
            "claimdiff: {files} {}, {} {} ({single} of a single article)",
            plural(files, "article", "articles"),
            stories.len(),
            plural(stories.len(), "story", "stories"),
        ))
    )?;
    for s in stories {
        writeln!(out)?;
        story_heading(out, s, style)?;
        for a in s.an {
            writeln!(out, "    {}", a.doc.path)?;
        }
    }
    Ok(())
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn story_heading(out: &mut dyn Write, s: &StoryReport, style: Style) -> io::Result<()> {
    let n = s.an.len();
    let count = format!("({n} {})", plural(n, "article", "articles"));
    let title = if s.summary.title.is_empty() {
        "(untitled)".to_string()
    } else {
        clip(
            &s.summary.title,
            style
                .width
                .saturating_sub(s.id.len() + count.len() + 4)
                .max(12),
        )
    };
    writeln!(
        out,
        "{} {} {}",
        style.bold(s.id),
        style.bold(&title),
        style.dim(&count)
    )?;
    let mut facts = Vec::new();
    if !s.summary.dates.is_empty() {
        facts.push(format!("dates: {}", s.summary.dates.join(", ")));
    }
    if !s.summary.actors.is_empty() {
        facts.push(format!("actors: {}", s.summary.actors.join(", ")));
    }
    if !facts.is_empty() {
        for line in wrap(&facts.join(" · "), 4, style.width) {
            writeln!(out, "    {}", style.dim(&line))?;
        }
    }
    Ok(())
}

/// Documents (with their `story`) and findings (with their `story`, ids
/// counted across stories) of a comparison over stories.
fn story_messages<'a>(
    stories: &[StoryReport<'a>],
) -> (
    Vec<CompareDocument<'a>>,
    Vec<FindingRec<'a>>,
    CompareSummary,
) {
    let mut docs = Vec::new();
    let mut findings = Vec::new();
    let mut next = 1;
    for s in stories {
        let Some(cmp) = s.cmp else { continue };
        docs.extend(compare_documents(s.an, cmp, Some(s.id)));
        for f in &cmp.findings {
            findings.push(FindingRec::new(s.an, next, f, Some(s.id)));
            next += 1;
        }
    }
    let summary = CompareSummary::count(
        stories
            .iter()
            .filter_map(|s| s.cmp)
            .flat_map(|c| &c.findings),
    );
    (docs, findings, summary)
}

/// The whole output of `compare --format json` over stories.
#[derive(Serialize, JsonSchema)]
pub struct CompareStoriesOutput<'a> {
    pub schema_version: u32,
    pub stories: Vec<StoryRec<'a>>,
    pub documents: Vec<CompareDocument<'a>>,
    pub findings: Vec<FindingRec<'a>>,
    pub summary: CompareSummary,
}

/// `compare --format json` over stories: `stories`, then documents and
/// findings each carrying its `story`.
pub fn compare_stories_json(out: &mut dyn Write, stories: &[StoryReport]) -> io::Result<()> {
    let (documents, findings, summary) = story_messages(stories);
    write_pretty(
        out,
        &CompareStoriesOutput {
            schema_version: SCHEMA_VERSION,
            stories: stories.iter().map(StoryRec::new).collect(),
            documents,
            findings,
            summary,
        },
    )
}

/// `compare --format jsonl` over stories: `story`, `document`, `finding`,
/// `summary` lines.
pub fn compare_stories_jsonl(out: &mut dyn Write, stories: &[StoryReport]) -> io::Result<()> {
    let (documents, findings, summary) = story_messages(stories);
    let mut buf = Vec::new();
    for s in stories {
        push_envelope(&mut buf, "story", &StoryRec::new(s));
    }
    for d in &documents {
        push_envelope(&mut buf, "document", d);
    }
    for f in &findings {
        push_envelope(&mut buf, "finding", f);
    }
    push_envelope(&mut buf, "summary", &summary);
    out.write_all(&escape_separators(buf))
}

/// `compare --format text` over stories: one story is today's report; several
/// get a heading each, and stories of a single version are listed last.
pub fn compare_stories_text(
    out: &mut dyn Write,
    stories: &[StoryReport],
    style: Style,
) -> io::Result<()> {
    if let [only] = stories {
        if let Some(cmp) = only.cmp {
            return compare_text(out, only.an, cmp, style);
        }
    }
    let files: usize = stories.iter().map(|s| s.an.len()).sum();
    writeln!(
        out,
        "{}",
        style.bold(&format!(
            "claimdiff: {files} files, {} stories, each compared on its own",
            stories.len()
        ))
    )?;
    let mut next = 1;
    for s in stories.iter().filter(|s| s.an.len() > 1) {
        let Some(cmp) = s.cmp else { continue };
        writeln!(out)?;
        writeln!(out, "{}", style.bold(&"═".repeat(style.width)))?;
        story_heading(out, s, style)?;
        compare_text_from(out, s.an, cmp, style, next)?;
        next += cmp.findings.len();
    }
    let single: Vec<&StoryReport> = stories.iter().filter(|s| s.an.len() == 1).collect();
    if !single.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", style.bold(&"═".repeat(style.width)))?;
        writeln!(
            out,
            "{}",
            style.bold(&format!(
                "SINGLE-VERSION STORIES ({}, nothing to compare)",
                single.len()
            ))
        )?;
        for s in single {
            let path = &s.an[0].doc.path;
            let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
            let head = format!("{} {name}", s.id);
            let room = style.width.saturating_sub(head.chars().count() + 2).max(10);
            writeln!(
                out,
                "{}  {}",
                head,
                style.dim(&clip(&s.summary.title, room))
            )?;
        }
    }
    Ok(())
}
