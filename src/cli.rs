//! The command line: argument parsing, loading the inputs with their problems
//! reported on stderr, dispatch to extract or compare, and exit codes.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Read, Write};
use std::time::Instant;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use crate::analysis::{self, Analysis};
use crate::cluster::stories;
use crate::compare::Kind;
use crate::document::{self, Document};
use crate::input;
use crate::render::{self, Format, Style};

/// Extract the dated claims of news articles and compare versions of a story.
#[derive(Parser, Debug)]
#[command(name = "claimdiff", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Parse articles and print their mentions and claims.
    Extract(ExtractArgs),
    /// Group the articles into stories, and compare the versions of each story.
    Compare(CompareArgs),
    /// Group the articles into stories: one story is one real event told by
    /// several articles.
    Cluster(Common),
}

#[derive(Args, Debug)]
pub struct Common {
    /// Article files or folders (walked recursively for .txt, .md, .html and .htm); `-` reads stdin.
    #[arg(
        required_unless_present = "files_from",
        value_name = "PATH",
        value_parser = clap::value_parser!(OsString)
    )]
    pub paths: Vec<OsString>,
    /// Read further paths from FILE, one per line (`-`: standard input).
    #[arg(long, value_name = "FILE", value_parser = clap::value_parser!(OsString))]
    pub files_from: Option<OsString>,
    /// Output format (text on a terminal; when piped, jsonl for extract, json for compare and cluster).
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// Publication date for articles that give none (no header, metadata or dateline).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Analyse articles that are not in English too (they are skipped otherwise).
    #[arg(long)]
    pub lang_any: bool,
    /// Skip files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 256 * 1024 * 1024)]
    pub max_bytes: u64,
    /// Worker threads (0: one per core). The output does not depend on it.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub threads: usize,
    /// When to color the text report.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Print run statistics (files, bytes, time taken) on stderr.
    #[arg(long)]
    pub stats: bool,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub common: Common,
    /// JSON Lines: give each claim the text of its sentence (left out by
    /// default; the claim's `start` and `end` locate it in the file).
    #[arg(long)]
    pub with_text: bool,
}

#[derive(Args, Debug)]
pub struct CompareArgs {
    #[command(flatten)]
    pub common: Common,
    /// Exit with status 1 when findings of this kind exist (repeatable, or comma-separated).
    #[arg(long, value_name = "KIND", value_enum, value_delimiter = ',')]
    pub fail_on: Vec<Kind>,
    /// Compare all the articles as versions of one story, without grouping
    /// them into stories first.
    #[arg(long)]
    pub one_story: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Text,
    Json,
    Jsonl,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date of the form YYYY-MM-DD"))
}

/// Exit status: 0 success, 1 findings the user asked to fail on, 2 usage or input error.
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_ERROR: i32 = 2;

pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_ERROR } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            note(&format!("{e:#}"));
            EXIT_ERROR
        }
    }
}

/// A line on stderr. Never panics: with stderr closed there is no one to tell.
fn note(msg: &str) {
    let _ = writeln!(io::stderr().lock(), "claimdiff: {msg}");
}

/// Why writing the output failed, for the user: a closed pipe (`| head`)
/// means the output is incomplete, which is worth saying and an error.
fn output_error(e: &io::Error) -> String {
    if e.kind() == io::ErrorKind::BrokenPipe {
        "standard output was closed before the output was complete".into()
    } else {
        format!("cannot write the output: {e}")
    }
}

fn run(cli: Cli) -> anyhow::Result<i32> {
    let common = match &cli.command {
        Command::Cluster(c) => c,
        Command::Extract(ExtractArgs { common: c, .. })
        | Command::Compare(CompareArgs { common: c, .. }) => c,
    };
    if common.threads > 0 {
        // Fails only when a pool exists already, which cannot happen here.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(common.threads)
            .build_global();
    }
    let start = Instant::now();
    let Some(docs) = load(common) else {
        return Ok(EXIT_ERROR);
    };
    let stdout = io::stdout();
    let tty = stdout.is_terminal();
    let style = Style {
        color: match common.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        },
    };
    let mut out = io::BufWriter::new(stdout.lock());
    match &cli.command {
        Command::Extract(c) => {
            let (docs, skipped) = docs;
            let analyses = analysis::analyze(docs);
            let format = resolve_format(c.common.format, tty, Format::Jsonl);
            let opts = render::ExtractOptions {
                with_text: c.with_text,
            };
            let written = extract(&mut out, &analyses, format, style, skipped, opts)
                .and_then(|()| out.flush());
            if c.common.stats {
                stats(&analyses, skipped, start);
            }
            if let Err(e) = written {
                note(&output_error(&e));
                return Ok(EXIT_ERROR);
            }
            Ok(0)
        }
        Command::Cluster(c) => {
            let (docs, _) = docs;
            let stories = stories::split(analysis::analyze(docs), false);
            let reports = stories::reports(&stories, false);
            let written = match resolve_format(c.format, tty, Format::Json) {
                Format::Text => render::cluster_text(&mut out, &reports, style),
                Format::Json => render::cluster_json(&mut out, &reports),
                Format::Jsonl => render::cluster_jsonl(&mut out, &reports),
            }
            .and_then(|()| out.flush());
            if let Err(e) = written {
                note(&output_error(&e));
                return Ok(EXIT_ERROR);
            }
            Ok(0)
        }
        Command::Compare(c) => {
            let (docs, skipped) = docs;
            if docs.len() < 2 {
                let only = docs.first().map_or("", |d| d.path.as_str());
                note(&format!(
                    "compare needs at least two versions of a story; only {only} could be read"
                ));
                return Ok(EXIT_ERROR);
            }
            let mut stories = stories::split(analysis::analyze(docs), c.one_story);
            stories::warn(&stories, c.one_story);
            stories::compare(&mut stories);
            let reports = stories::reports(&stories, true);
            let format = resolve_format(c.common.format, tty, Format::Json);
            let written = match format {
                Format::Text => render::compare_stories_text(&mut out, &reports, style),
                Format::Json => render::compare_stories_json(&mut out, &reports),
                Format::Jsonl => render::compare_stories_jsonl(&mut out, &reports),
            }
            .and_then(|()| out.flush());
            if c.common.stats {
                stats(stories.iter().flat_map(|s| &s.an), skipped, start);
            }
            let failing = stories
                .iter()
                .filter_map(|s| s.comparison.as_ref())
                .flat_map(|cmp| &cmp.findings)
                .filter(|f| c.fail_on.contains(&f.kind))
                .count();
            if let Err(e) = &written {
                note(&output_error(e));
            }
            // The verdict the user asked for wins over a closed pipe: a CI
            // gate piped into `head` must still fail.
            if failing > 0 {
                note(&format!(
                    "{failing} finding(s) of a kind given to --fail-on"
                ));
                Ok(EXIT_FINDINGS)
            } else if written.is_err() {
                Ok(EXIT_ERROR)
            } else {
                Ok(0)
            }
        }
    }
}

/// `--stats`: what was read and how long it took, on stderr only.
fn stats<'a>(analyses: impl IntoIterator<Item = &'a Analysis>, skipped: usize, start: Instant) {
    let (mut files, mut bytes, mut claims) = (0, 0, 0);
    for a in analyses {
        files += 1;
        bytes += a.doc.bytes;
        claims += a.claims.len();
    }
    note(&format!(
        "stats: {files} files ({skipped} skipped), {bytes} bytes, {claims} claims in {} ms",
        start.elapsed().as_millis()
    ));
}

fn resolve_format(arg: Option<FormatArg>, tty: bool, piped: Format) -> Format {
    match arg {
        Some(FormatArg::Text) => Format::Text,
        Some(FormatArg::Json) => Format::Json,
        Some(FormatArg::Jsonl) => Format::Jsonl,
        None if tty => Format::Text,
        None => piped,
    }
}

/// The paths to read: those on the command line and those listed by
/// `--files-from`. `None` (after a message) when the list cannot be read.
fn paths(common: &Common) -> Option<Vec<OsString>> {
    let mut paths = common.paths.clone();
    let Some(list) = &common.files_from else {
        return Some(paths);
    };
    let bytes = if list == "-" {
        if paths.iter().any(|p| p == "-") {
            note("standard input cannot be both the list of paths (--files-from -) and an article (-)");
            return None;
        }
        let mut b = Vec::new();
        io::stdin().lock().read_to_end(&mut b).map(|_| b)
    } else {
        std::fs::read(list)
    };
    match bytes {
        Ok(b) => {
            paths.extend(input::parse_path_list(&b));
            Some(paths)
        }
        Err(e) => {
            note(&format!(
                "{}: cannot read the list of paths (--files-from): {e}",
                input::display_name(list)
            ));
            None
        }
    }
}

/// Reads and parses every input, reporting each problem on stderr, one line
/// per file. Returns `None` when nothing at all could be read.
fn load(common: &Common) -> Option<(Vec<Document>, usize)> {
    let paths = paths(common)?;
    let collected = input::collect(&paths);
    let (inputs, problems) = (collected.inputs, collected.problems);
    let mut skipped = problems.len();
    for p in problems.iter().chain(&collected.notes) {
        note(&format!("{}: {}", p.name, p.reason));
    }
    let results: Vec<Result<Document, String>> = inputs
        .par_iter()
        .map(|i| {
            let bytes = input::read(i, common.max_bytes)?;
            if i.origin == input::Origin::Stdin && input::looks_like_path_list(&bytes) {
                note(
                    "-: standard input looks like a list of file names, read here as article \
                     text; to read the files it names, use --files-from -",
                );
            }
            let opts = document::ParseOptions {
                date: common.date,
                lang_any: common.lang_any,
            };
            Document::parse_with(&i.name, &bytes, opts).map_err(|e| e.to_string())
        })
        .collect();
    let mut docs = Vec::new();
    for (i, r) in inputs.iter().zip(results) {
        match r {
            Ok(d) => {
                for w in &d.warnings {
                    note(&format!("{}: {}", d.path, w));
                }
                docs.push(d);
            }
            Err(reason) => {
                // Some reasons say "skipped" already: say it once.
                let reason = reason.strip_suffix(", skipped").unwrap_or(&reason);
                note(&format!("{}: {}, skipped", i.name, reason));
                skipped += 1;
            }
        }
    }
    if docs.is_empty() {
        note("no article could be read");
        return None;
    }
    Some((docs, skipped))
}

fn extract(
    out: &mut dyn Write,
    analyses: &[Analysis],
    format: Format,
    style: Style,
    skipped: usize,
    opts: render::ExtractOptions,
) -> io::Result<()> {
    let summary = render::extract_summary(analyses, skipped);
    match format {
        Format::Jsonl => render::extract_jsonl(out, analyses, summary, opts)?,
        Format::Json => render::extract_json(out, analyses, summary)?,
        Format::Text => render::extract_text(out, analyses, style)?,
    }
    Ok(())
}
