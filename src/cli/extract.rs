//! The `extract` driver: streams the articles through the analysis, so that
//! memory stays flat in the size of the corpus.
//!
//! Actor names agree across the whole run, and a name learnt in the last
//! article can rename a mention in the first, so no document can be written
//! before every one has been read. Hence two passes over the inputs:
//! 1. each input is read, parsed and its actors found; the mentions' names go
//!    into the run's [`Names`], a table of distinct names (small beside the
//!    text), and the document is dropped;
//! 2. each input is read again and analysed with the table, then rendered and
//!    written, in input order, a bounded number of documents ahead across
//!    the worker threads ([`ordered::in_order`]).
//!
//! Reading a file twice costs little beside analysing it, but parsing and
//! finding actors twice does not: the first documents, up to [`HOLD`] bytes,
//! are kept from the first pass rather than redone, so a small run does the
//! work once. Standard input, which cannot be read twice, is kept whatever
//! its size (it is one document), as is an input that is also the output
//! file, which the second pass would find overwritten.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use super::*;
use crate::actors::{self, Names};
use crate::model::ActorMention;
use crate::ordered;
use crate::render::{ExtractOptions, ExtractRenderer, ExtractWriter, Rendered};

/// Bytes of articles kept from the first pass for the second.
const HOLD: usize = 8 << 20;

/// Documents in flight at once, per worker thread: enough that a slow one
/// does not leave the others idle, few enough that memory stays small.
const AHEAD_PER_THREAD: usize = 4;

/// `claimdiff extract`: the exit status.
pub(super) fn run(c: &ExtractArgs, start: Instant) -> i32 {
    run_holding(c, start, HOLD)
}

/// A document after the first pass: parsed, with its own actor mentions.
type Found = (Document, Vec<ActorMention>);

/// What the second pass starts a document from.
enum Job<'a> {
    /// Boxed: a parsed document is large beside a reference.
    Kept(Box<Found>),
    Read(&'a input::Input),
}

fn run_holding(c: &ExtractArgs, start: Instant, hold: usize) -> i32 {
    let common = &c.common;
    let Some(mut inputs) = find_inputs(common) else {
        return EXIT_ERROR;
    };
    let list = std::mem::take(&mut inputs.list);
    let ahead = AHEAD_PER_THREAD * rayon::current_num_threads();
    let output = output_file(common.output.as_ref());

    // First pass: learn the names, keep what must or may be kept.
    let progress = Progress::start(list.len() as u64, verbosity() >= NORMAL);
    progress.stage("reading names");
    let mut names = Names::default();
    let mut kept: BTreeMap<usize, Found> = BTreeMap::new();
    let mut articles: Vec<usize> = Vec::new();
    // Bytes kept so far, until a document does not fit.
    let mut held = Some(0);
    let first = |(n, i): (usize, &input::Input)| {
        let (doc, list_like) = read_doc(i, common);
        let found = doc.map(|d| {
            let a = actors::find(&d);
            (d, a)
        });
        let must_keep = i.origin == input::Origin::Stdin || is_output(i, output.as_ref());
        progress.tick();
        (n, found, list_like, must_keep)
    };
    // Learning cannot fail: the error type has no value.
    let Ok(()) = ordered::in_order::<_, _, std::convert::Infallible>(
        list.iter().enumerate(),
        ahead,
        first,
        |(n, found, list_like, must_keep)| {
            let (doc, actors) = match found {
                Ok((d, a)) => (Ok(d), Some(a)),
                Err(e) => (Err(e), None),
            };
            let (Some(doc), Some(actors)) =
                (inputs.take(common, &list[n], (doc, list_like)), actors)
            else {
                return Ok(());
            };
            names.learn(&doc, &actors);
            articles.push(n);
            // Only a first stretch of documents is kept, so that the second
            // pass meets them first and can let each go as it is written.
            match held {
                Some(h) if h + doc.bytes <= hold => {
                    held = Some(h + doc.bytes);
                    kept.insert(n, (doc, actors));
                }
                _ => {
                    held = None;
                    if must_keep {
                        kept.insert(n, (doc, actors));
                    }
                }
            }
            Ok(())
        },
    );
    progress.finish();
    if articles.is_empty() {
        error("no article could be read");
        return EXIT_ERROR;
    }
    if common.strict && inputs.warnings > 0 {
        error(&format!(
            "{} warning(s) about the inputs, errors under --strict",
            inputs.warnings
        ));
        return EXIT_ERROR;
    }
    info(&format!(
        "{} article(s) read, {} skipped",
        articles.len(),
        inputs.skipped
    ));
    let table = names.table();
    drop(names);

    // Second pass: analyse, render and write each document in order.
    let (style, tty) = style(common);
    let renderer = ExtractRenderer {
        format: resolve_format(common.format, tty, Format::Jsonl),
        style,
        opts: ExtractOptions {
            with_text: c.with_text,
        },
    };
    let progress = Progress::start(articles.len() as u64, verbosity() >= NORMAL);
    progress.stage("analysing");
    let jobs = articles.iter().map(|&n| match kept.remove(&n) {
        Some(found) => Job::Kept(Box::new(found)),
        None => Job::Read(&list[n]),
    });
    let second = |job: Job| -> Result<Rendered, String> {
        let (doc, actors) = match job {
            Job::Kept(found) => *found,
            Job::Read(i) => {
                let doc = read_doc(i, common).0.map_err(|e| {
                    format!(
                        "{}: could not be read again ({e}); the output is incomplete",
                        i.name
                    )
                })?;
                let actors = actors::find(&doc);
                (doc, actors)
            }
        };
        let analysis = analysis::finish(doc, actors, &table);
        let rendered = renderer.render(&analysis);
        progress.tick();
        Ok(rendered)
    };
    let to = common.output.as_ref();
    let written = open_output(to).and_then(|mut out| {
        let mut w = ExtractWriter::begin(&mut out, renderer.format, inputs.skipped)
            .map_err(|e| output_error(&e, to))?;
        ordered::in_order(jobs, ahead, second, |r| {
            w.document(&mut out, &r?).map_err(|e| output_error(&e, to))
        })?;
        let summary = w.end(&mut out).map_err(|e| output_error(&e, to))?;
        out.flush().map_err(|e| output_error(&e, to))?;
        Ok(summary)
    });
    progress.finish();
    match written {
        Ok(summary) => {
            if common.stats {
                let s = summary;
                stats_line(s.files, s.bytes, s.claims, s.skipped, start);
            }
            wrote(to);
            0
        }
        Err(e) => {
            error(&e);
            EXIT_ERROR
        }
    }
}

/// The output file as the file system names it, when it exists already:
/// an input that is the same file must be kept from the first pass.
fn output_file(to: Option<&PathBuf>) -> Option<PathBuf> {
    to.and_then(|p| p.canonicalize().ok())
}

fn is_output(i: &input::Input, output: Option<&PathBuf>) -> bool {
    match (&i.origin, output) {
        (input::Origin::File(p), Some(out)) => p.canonicalize().is_ok_and(|p| p == *out),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(extra: &[&str], out: &std::path::Path) -> ExtractArgs {
        let mut argv = vec!["claimdiff", "extract", "-q", "-o", out.to_str().unwrap()];
        argv.extend_from_slice(extra);
        match Cli::try_parse_from(argv).expect("arguments parse").command {
            Command::Extract(c) => c,
            _ => unreachable!(),
        }
    }

    fn output(extra: &[&str], hold: usize) -> Vec<u8> {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("out");
        let status = run_holding(&args(extra, &out), Instant::now(), hold);
        assert_eq!(status, 0);
        std::fs::read(out).expect("output written")
    }

    /// Everything read twice, everything kept, and part of it kept: the same
    /// bytes in every format, and the same as the analysis of the whole run
    /// at once rendered by the library.
    #[test]
    fn reading_twice_or_keeping_gives_the_same_bytes() {
        let root = env!("CARGO_MANIFEST_DIR");
        // In sorted path order, as the command reads its inputs whatever the
        // order of its arguments, so that the library's run below matches.
        let folders = [
            format!("{root}/fixtures/formats"),
            format!("{root}/fixtures/seeds"),
            format!("{root}/fixtures/stories"),
        ];
        for format in ["jsonl", "json", "text"] {
            let mut argv = vec!["--format", format];
            argv.extend(folders.iter().map(String::as_str));
            let all = output(&argv, usize::MAX);
            assert_eq!(output(&argv, 0), all, "{format}");
            assert_eq!(output(&argv, 6000), all, "{format}");
            if format == "jsonl" {
                let (mut docs, mut skipped) = (Vec::new(), 0);
                for f in &folders {
                    for e in input::collect(&[f.as_str()]).inputs {
                        let bytes = input::read(&e, u64::MAX).unwrap();
                        match Document::parse_with(&e.name, &bytes, Default::default()) {
                            Ok(d) => docs.push(d),
                            Err(_) => skipped += 1,
                        }
                    }
                }
                let an = analysis::analyze(docs);
                let mut lib = Vec::new();
                let summary = render::extract_summary(&an, skipped);
                render::extract_jsonl(&mut lib, &an, summary, ExtractOptions::default()).unwrap();
                assert_eq!(all, lib);
            }
        }
    }

    /// An article that is also the output file is analysed as it was before
    /// the run, not as the run overwrites it.
    #[test]
    fn an_input_that_is_the_output_is_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let seeds = format!("{}/fixtures/seeds", env!("CARGO_MANIFEST_DIR"));
        for e in std::fs::read_dir(&seeds).unwrap() {
            let p = e.unwrap().path();
            std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
        }
        let target = dir.path().join("000_fb2f06446441fbd4.txt");
        let before = std::fs::read(&target).unwrap();
        let c = args(&["--format", "text", dir.path().to_str().unwrap()], &target);
        assert_eq!(run_holding(&c, Instant::now(), 0), 0);
        // Read again, the file would be what the run is writing (empty at
        // first): an error, or another article.
        let report = String::from_utf8(std::fs::read(&target).unwrap()).unwrap();
        let section = report
            .split("\n\n")
            .find(|s| s.starts_with(target.to_str().unwrap()))
            .unwrap_or_else(|| panic!("{report}"));
        assert!(
            section.contains(&format!("  {} bytes,", before.len())),
            "{section}"
        );
    }
}
