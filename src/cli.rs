//! The command line: argument parsing, loading the inputs with their problems
//! reported on stderr, dispatch to extract (driven by [`extract`], which
//! streams) or compare, and exit codes.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::Instant;

use chrono::NaiveDate;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use crate::analysis::{self, Analysis};
use crate::baseline::{self, Baseline, Entry};
use crate::cluster::stories;
use crate::compare::Kind;
use crate::document::{self, Document};
use crate::input;
use crate::progress::Progress;
use crate::render::{self, Format, KindSet, Style};

mod extract;

const EXAMPLES: &str = "\
Examples:
  claimdiff compare fixtures/seeds               the report on three versions of a story
  claimdiff compare --only contradiction,update fixtures/seeds
  claimdiff compare fixtures/seeds --format json | jq '.findings[] | select(.kind == \"update\")'
  claimdiff compare --fail-on contradiction --baseline ci/claimdiff.json fixtures/
  claimdiff extract fixtures/seeds --format jsonl > facts.jsonl
  claimdiff cluster archive/ --format text
  claimdiff completions bash > ~/.local/share/bash-completion/completions/claimdiff
  claimdiff man compare | man -l -";

const COMPARE_EXAMPLES: &str = "\
Examples:
  claimdiff compare fixtures/seeds
  claimdiff compare --hide omission,agreement -o report.txt --format text fixtures/seeds
  claimdiff compare --fail-on contradiction --write-baseline ci/claimdiff.json fixtures/
  claimdiff compare --fail-on contradiction --baseline ci/claimdiff.json --strict fixtures/

Exit status: 0 success, 1 findings named by --fail-on (new ones only, with --baseline),
2 usage or input error.";

const EXTRACT_EXAMPLES: &str = "\
Examples:
  claimdiff extract fixtures/seeds/000_fb2f06446441fbd4.txt --format text
  claimdiff extract fixtures/seeds --format jsonl | jq -c 'select(.type == \"fact\") | .data'
  ls *.txt | claimdiff extract --files-from - -o facts.jsonl";

const CLUSTER_EXAMPLES: &str = "\
Examples:
  claimdiff cluster archive/ --format text
  claimdiff cluster archive/ --format jsonl | jq -c 'select(.type == \"story\") | .data.files'";

/// Extract the dated claims of news articles and compare versions of a story.
#[derive(Parser, Debug)]
#[command(name = "claimdiff", version, about, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Parse articles and print their mentions and claims.
    #[command(after_help = EXTRACT_EXAMPLES)]
    Extract(ExtractArgs),
    /// Group the articles into stories, and compare the versions of each story.
    #[command(after_help = COMPARE_EXAMPLES)]
    Compare(CompareArgs),
    /// Group the articles into stories: one story is one real event told by
    /// several articles.
    #[command(after_help = CLUSTER_EXAMPLES)]
    Cluster(Common),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    #[command(
        after_help = "Examples:\n  claimdiff completions bash > ~/.local/share/bash-completion/completions/claimdiff\n  claimdiff completions zsh > ~/.zfunc/_claimdiff\n  claimdiff completions fish > ~/.config/fish/completions/claimdiff.fish"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) of claimdiff or of one of its commands.
    #[command(
        after_help = "Examples:\n  claimdiff man | man -l -\n  claimdiff man compare > claimdiff-compare.1"
    )]
    Man {
        /// The command whose page to print (the main page when absent).
        #[arg(value_parser = ["extract", "compare", "cluster", "completions"])]
        command: Option<String>,
    },
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
    /// Write the output to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print nothing on stderr but errors (and the --fail-on verdict).
    #[arg(short, long, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also say on stderr what was done: files read, stories, baseline use.
    #[arg(short, long)]
    pub verbose: bool,
    /// Treat every warning about an input (unreadable, skipped, a doubtful
    /// date) as an error: exit with status 2 and print no report.
    #[arg(long)]
    pub strict: bool,
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
    /// Accept the findings listed in FILE (written by --write-baseline):
    /// --fail-on fails only on findings that are not in it.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Write every finding of this run to FILE as the accepted baseline.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Show only findings of these kinds in the text report (comma-separated).
    #[arg(
        long,
        value_name = "KIND",
        value_enum,
        value_delimiter = ',',
        conflicts_with = "hide"
    )]
    pub only: Vec<Kind>,
    /// Leave findings of these kinds out of the text report (comma-separated).
    #[arg(long, value_name = "KIND", value_enum, value_delimiter = ',')]
    pub hide: Vec<Kind>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Text,
    Json,
    Jsonl,
    /// One self-contained web page (`compare` only).
    Html,
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
            error(&format!("{e:#}"));
            EXIT_ERROR
        }
    }
}

/// How much goes to stderr: `-q` errors only, `-v` also what was done.
static VERBOSITY: AtomicU8 = AtomicU8::new(NORMAL);
const QUIET: u8 = 0;
const NORMAL: u8 = 1;
const VERBOSE: u8 = 2;

fn verbosity() -> u8 {
    VERBOSITY.load(Ordering::Relaxed)
}

/// A line on stderr. Never panics: with stderr closed there is no one to tell.
fn say(msg: &str) {
    let _ = writeln!(io::stderr().lock(), "claimdiff: {msg}");
}

/// An error: always printed.
fn error(msg: &str) {
    say(msg);
}

/// A warning or note: silenced by `-q`.
fn note(msg: &str) {
    if verbosity() >= NORMAL {
        say(msg);
    }
}

/// What was done: printed with `-v` only.
fn info(msg: &str) {
    if verbosity() >= VERBOSE {
        say(msg);
    }
}

/// Why writing the output failed, for the user: a closed pipe (`| head`)
/// means the output is incomplete, which is worth saying and an error.
fn output_error(e: &io::Error, to: Option<&PathBuf>) -> String {
    match to {
        Some(p) => format!("{}: cannot write the output: {e}", p.display()),
        None if e.kind() == io::ErrorKind::BrokenPipe => {
            "standard output was closed before the output was complete".into()
        }
        None => format!("cannot write the output: {e}"),
    }
}

/// Writes bytes made in memory to stdout; a closed pipe is an error, not a
/// panic.
fn print_bytes(bytes: &[u8]) -> i32 {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => 0,
        Err(e) => {
            error(&output_error(&e, None));
            EXIT_ERROR
        }
    }
}

/// `completions` and `man`: made from the argument definitions themselves,
/// so they cannot fall behind them.
fn generated(cli: &Command) -> Option<anyhow::Result<i32>> {
    let mut bytes = Vec::new();
    match cli {
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut Cli::command(), "claimdiff", &mut bytes);
        }
        Command::Man { command } => {
            let mut cmd = Cli::command();
            cmd.build();
            let page = match command {
                None => cmd,
                Some(name) => {
                    let sub = cmd.find_subcommand(name)?.clone();
                    sub.name(format!("claimdiff-{name}"))
                        .version(env!("CARGO_PKG_VERSION"))
                }
            };
            if let Err(e) = clap_mangen::Man::new(page).render(&mut bytes) {
                return Some(Err(e.into()));
            }
        }
        _ => return None,
    }
    Some(Ok(print_bytes(&bytes)))
}

/// Columns of the text report: `COLUMNS`, else the terminal's width when
/// the report goes to one, else 80.
fn report_width(tty: bool) -> usize {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0);
    let terminal = || {
        tty.then(terminal_size::terminal_size)
            .flatten()
            .map(|(w, _)| usize::from(w.0))
    };
    // Narrower than this nothing useful fits on a line.
    columns.or_else(terminal).unwrap_or(80).max(24)
}

/// Where the output goes: `-o FILE`, or standard output.
fn open_output(to: Option<&PathBuf>) -> Result<Box<dyn Write>, String> {
    match to {
        Some(p) => std::fs::File::create(p)
            .map(|f| Box::new(io::BufWriter::new(f)) as Box<dyn Write>)
            .map_err(|e| format!("{}: cannot write the output: {e}", p.display())),
        None => Ok(Box::new(io::BufWriter::new(io::stdout().lock()))),
    }
}

fn run(cli: Cli) -> anyhow::Result<i32> {
    if let Some(done) = generated(&cli.command) {
        return done;
    }
    let common = match &cli.command {
        Command::Cluster(c) => c,
        Command::Extract(ExtractArgs { common: c, .. })
        | Command::Compare(CompareArgs { common: c, .. }) => c,
        Command::Completions { .. } | Command::Man { .. } => unreachable!("handled above"),
    };
    VERBOSITY.store(
        match (common.quiet, common.verbose) {
            (true, _) => QUIET,
            (_, true) => VERBOSE,
            _ => NORMAL,
        },
        Ordering::Relaxed,
    );
    if common.threads > 0 {
        // Fails only when a pool exists already, which cannot happen here.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(common.threads)
            .build_global();
    }
    if matches!(common.format, Some(FormatArg::Html)) && !matches!(cli.command, Command::Compare(_))
    {
        note("--format html is for compare only");
        return Ok(EXIT_ERROR);
    }
    let start = Instant::now();
    // A baseline that cannot be read is an error before any work is done.
    let baseline = match &cli.command {
        Command::Compare(CompareArgs {
            baseline: Some(path),
            ..
        }) => match read_baseline(path) {
            Ok(b) => Some(b),
            Err(msg) => {
                error(&msg);
                return Ok(EXIT_ERROR);
            }
        },
        _ => None,
    };
    if let Command::Extract(c) = &cli.command {
        return Ok(extract::run(c, start));
    }
    let Some(loaded) = load(common) else {
        return Ok(EXIT_ERROR);
    };
    if common.strict && loaded.warnings > 0 {
        error(&format!(
            "{} warning(s) about the inputs, errors under --strict",
            loaded.warnings
        ));
        return Ok(EXIT_ERROR);
    }
    if let Command::Compare(c) = &cli.command {
        if !c.fail_on.is_empty() && !loaded.unreadable.is_empty() {
            error(&format!(
                "{} input(s) named on the command line could not be read ({}); \
                 under --fail-on that is an error",
                loaded.unreadable.len(),
                loaded.unreadable.join(", ")
            ));
            return Ok(EXIT_ERROR);
        }
    }
    let (docs, skipped) = (loaded.docs, loaded.skipped);
    info(&format!(
        "{} article(s) read, {skipped} skipped",
        docs.len()
    ));
    let (style, tty) = style(common);
    let to = common.output.as_ref();
    if matches!(cli.command, Command::Compare(_)) && docs.len() < 2 {
        let only = docs.first().map_or("", |d| d.path.as_str());
        error(&format!(
            "compare needs at least two versions of a story; only {only} could be read"
        ));
        return Ok(EXIT_ERROR);
    }
    let progress = Progress::start(docs.len() as u64, verbosity() >= NORMAL);
    progress.stage("analysing");
    let analyses = analysis::analyze_with(docs, &|| progress.tick());
    match &cli.command {
        Command::Cluster(c) => {
            progress.stage("grouping into stories");
            let stories = stories::group(analyses);
            let reports = stories::reports(&stories, false);
            progress.finish();
            let written = open_output(to).and_then(|mut out| {
                match resolve_format(c.format, tty, Format::Json) {
                    Format::Text => render::cluster_text(&mut out, &reports, style),
                    Format::Json => render::cluster_json(&mut out, &reports),
                    Format::Jsonl => render::cluster_jsonl(&mut out, &reports),
                }
                .and_then(|()| out.flush())
                .map_err(|e| output_error(&e, to))
            });
            if let Err(e) = written {
                error(&e);
                return Ok(EXIT_ERROR);
            }
            wrote(to);
            Ok(0)
        }
        Command::Compare(c) => {
            progress.stage("comparing");
            let mut stories = stories::split(analyses, c.one_story);
            stories::compare(&mut stories);
            progress.finish();
            if verbosity() >= NORMAL {
                stories::warn(&stories, c.one_story);
            }
            let reports = stories::reports(&stories, true);
            let format = resolve_format(c.common.format, tty, Format::Json);
            let hidden = if c.only.is_empty() {
                KindSet::of(&c.hide)
            } else {
                KindSet::of(&c.only).complement()
            };
            if format != Format::Text && (!c.only.is_empty() || !c.hide.is_empty()) {
                note(
                    "--only and --hide filter the text report; the JSON output keeps every finding",
                );
            }
            let style = Style { hidden, ..style };
            let written = open_output(to).and_then(|mut out| {
                match format {
                    _ if matches!(c.common.format, Some(FormatArg::Html)) => {
                        crate::report_html::compare_stories_html(&mut out, &reports)
                    }
                    Format::Text => render::compare_stories_text(&mut out, &reports, style),
                    Format::Json => render::compare_stories_json(&mut out, &reports),
                    Format::Jsonl => render::compare_stories_jsonl(&mut out, &reports),
                }
                .and_then(|()| out.flush())
                .map_err(|e| output_error(&e, to))
            });
            if c.common.stats {
                stats(stories.iter().flat_map(|s| &s.an), skipped, start);
            }
            if let Err(e) = &written {
                error(e);
            } else {
                wrote(to);
            }
            let verdict = verdict(&stories, c, baseline);
            if let Some(path) = &c.write_baseline {
                let text = baseline::to_json(&verdict.entries);
                if let Err(e) = std::fs::write(path, text) {
                    error(&format!(
                        "{}: cannot write the baseline: {e}",
                        path.display()
                    ));
                    return Ok(EXIT_ERROR);
                }
                info(&format!(
                    "{}: {} finding(s) written as the baseline",
                    path.display(),
                    verdict.entries.len()
                ));
            }
            if verdict.accepted > 0 {
                info(&format!(
                    "{} finding(s) of a kind given to --fail-on accepted by the baseline",
                    verdict.accepted
                ));
            }
            // The verdict the user asked for wins over a closed pipe: a CI
            // gate piped into `head` must still fail.
            if !verdict.failing.is_empty() {
                report_failing(&verdict.failing, c.baseline.is_some());
                Ok(EXIT_FINDINGS)
            } else if written.is_err() {
                Ok(EXIT_ERROR)
            } else {
                Ok(0)
            }
        }
        Command::Extract(_) | Command::Completions { .. } | Command::Man { .. } => {
            unreachable!("handled above")
        }
    }
}

/// The text report's style, and whether the output goes to a terminal.
fn style(common: &Common) -> (Style, bool) {
    let tty = common.output.is_none() && io::stdout().is_terminal();
    let style = Style {
        color: match common.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        },
        width: report_width(tty),
        hidden: KindSet::default(),
    };
    (style, tty)
}

/// With `-v`, where the output went when it is a file.
fn wrote(to: Option<&PathBuf>) {
    if let Some(p) = to {
        info(&format!("{}: output written", p.display()));
    }
}

fn read_baseline(path: &PathBuf) -> Result<Baseline, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read the baseline: {e}", path.display()))?;
    Baseline::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// What `--fail-on` and the baselines make of a run's findings.
struct Verdict {
    /// Every finding, for `--write-baseline`.
    entries: Vec<Entry>,
    /// `(id, kind, topic)` of the findings that fail the run.
    failing: Vec<(String, Kind, String)>,
    /// Findings of a failing kind that the baseline accepts.
    accepted: usize,
}

fn verdict(stories: &[stories::StoryRun], c: &CompareArgs, baseline: Option<Baseline>) -> Verdict {
    let mut v = Verdict {
        entries: Vec::new(),
        failing: Vec::new(),
        accepted: 0,
    };
    let mut baseline = baseline.unwrap_or_default();
    // Ids are counted across stories as in the report.
    let mut id = 0;
    for s in stories {
        let Some(cmp) = &s.comparison else { continue };
        for f in &cmp.findings {
            id += 1;
            let entry = Entry::of(&s.an, f);
            if c.fail_on.contains(&f.kind) {
                // Writing a baseline accepts every finding of this run.
                if c.write_baseline.is_some() || baseline.accept(&entry.fingerprint) {
                    v.accepted += 1;
                } else {
                    v.failing.push((format!("F{id}"), f.kind, f.topic.clone()));
                }
            }
            v.entries.push(entry);
        }
    }
    v
}

/// The `--fail-on` message: how many, and which (at most [`MAX_LISTED`]).
fn report_failing(failing: &[(String, Kind, String)], with_baseline: bool) {
    let new = if with_baseline { "new " } else { "" };
    error(&format!(
        "{} {new}finding(s) of a kind given to --fail-on:",
        failing.len()
    ));
    let mut err = io::stderr().lock();
    for (id, kind, topic) in failing.iter().take(MAX_LISTED) {
        let _ = writeln!(err, "  {id} {} {topic}", kind.as_str());
    }
    if failing.len() > MAX_LISTED {
        let _ = writeln!(err, "  and {} more", failing.len() - MAX_LISTED);
    }
}

/// Failing findings listed one by one on stderr.
const MAX_LISTED: usize = 50;

/// `--stats`: what was read and how long it took, on stderr only.
fn stats<'a>(analyses: impl IntoIterator<Item = &'a Analysis>, skipped: usize, start: Instant) {
    let (mut files, mut bytes, mut claims) = (0, 0, 0);
    for a in analyses {
        files += 1;
        bytes += a.doc.bytes;
        claims += a.claims.len();
    }
    stats_line(files, bytes, claims, skipped, start);
}

fn stats_line(files: usize, bytes: usize, claims: usize, skipped: usize, start: Instant) {
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
        // Only `compare` takes html, and checks for it before this.
        Some(FormatArg::Html) => piped,
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
            error("standard input cannot be both the list of paths (--files-from -) and an article (-)");
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
            error(&format!(
                "{}: cannot read the list of paths (--files-from): {e}",
                input::display_name(list)
            ));
            None
        }
    }
}

/// The articles read, and what went wrong reading the others.
struct Loaded {
    docs: Vec<Document>,
    /// Inputs that yield no article.
    skipped: usize,
    /// Warnings about the inputs (a file skipped, a doubtful date): errors
    /// under `--strict`.
    warnings: usize,
    /// Paths named by the user (not found in a folder) that yield no
    /// article: errors under `--fail-on`.
    unreadable: Vec<String>,
}

/// The inputs to read, and what reading them has shown so far.
struct Inputs {
    list: Vec<input::Input>,
    /// Paths named on the command line (not found in a folder).
    named: std::collections::BTreeSet<String>,
    skipped: usize,
    warnings: usize,
    unreadable: Vec<String>,
}

/// A warning about an input: an error under `--strict`, and said even with
/// `-q` then.
fn warn(common: &Common, msg: &str) {
    if common.strict {
        error(msg);
    } else {
        note(msg);
    }
}

/// Finds the inputs, reporting the paths that yield none. `None` (after a
/// message) when the list of paths cannot be read.
fn find_inputs(common: &Common) -> Option<Inputs> {
    let paths = paths(common)?;
    let named: std::collections::BTreeSet<String> = paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .map(|p| input::display_name(p))
        .collect();
    let collected = input::collect(&paths);
    let problems = collected.problems;
    let mut unreadable: Vec<String> = Vec::new();
    for p in &problems {
        warn(common, &format!("{}: {}", p.name, p.reason));
        if named.contains(&p.name) {
            unreadable.push(p.name.clone());
        }
    }
    for p in &collected.notes {
        note(&format!("{}: {}", p.name, p.reason));
    }
    Some(Inputs {
        list: collected.inputs,
        named,
        skipped: problems.len(),
        warnings: problems.len(),
        unreadable,
    })
}

/// Reads and parses one input (on any thread). The flag: standard input
/// that looks like a list of file names (warned about here).
fn read_doc(i: &input::Input, common: &Common) -> (Result<Document, String>, bool) {
    let bytes = match input::read(i, common.max_bytes) {
        Ok(b) => b,
        Err(e) => return (Err(e), false),
    };
    let list = i.origin == input::Origin::Stdin && input::looks_like_path_list(&bytes);
    if list {
        warn(
            common,
            "-: standard input looks like a list of file names, read here as article \
             text; to read the files it names, use --files-from -",
        );
    }
    let opts = document::ParseOptions {
        date: common.date,
        lang_any: common.lang_any,
    };
    let doc = Document::parse_with(&i.name, &bytes, opts).map_err(|e| e.to_string());
    (doc, list)
}

impl Inputs {
    /// Reports what reading input `i` gave ([`read_doc`]), in input order,
    /// and counts it; the article, if it is one.
    fn take(
        &mut self,
        common: &Common,
        i: &input::Input,
        (r, list): (Result<Document, String>, bool),
    ) -> Option<Document> {
        self.warnings += usize::from(list);
        match r {
            Ok(d) => {
                for w in &d.warnings {
                    warn(common, &format!("{}: {}", d.path, w));
                }
                self.warnings += d.warnings.len();
                Some(d)
            }
            Err(reason) => {
                // Some reasons say "skipped" already: say it once.
                let reason = reason.strip_suffix(", skipped").unwrap_or(&reason);
                warn(common, &format!("{}: {}, skipped", i.name, reason));
                self.skipped += 1;
                self.warnings += 1;
                if self.named.contains(&i.name) {
                    self.unreadable.push(i.name.clone());
                }
                None
            }
        }
    }
}

/// Reads and parses every input, reporting each problem on stderr, one line
/// per file. Returns `None` when nothing at all could be read.
fn load(common: &Common) -> Option<Loaded> {
    let mut found = find_inputs(common)?;
    let list = std::mem::take(&mut found.list);
    let results: Vec<(Result<Document, String>, bool)> =
        list.par_iter().map(|i| read_doc(i, common)).collect();
    let mut docs = Vec::new();
    for (i, r) in list.iter().zip(results) {
        docs.extend(found.take(common, i, r));
    }
    if docs.is_empty() {
        error("no article could be read");
        return None;
    }
    Some(Loaded {
        docs,
        skipped: found.skipped,
        warnings: found.warnings,
        unreadable: found.unreadable,
    })
}
