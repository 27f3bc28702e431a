//! Finding and reading the articles the user named: files, folders walked in
//! sorted order, or `-` for standard input. Problems are collected, never
//! fatal, so that one bad file does not stop the others.
//!
//! Files are identified by their path as the operating system gives it
//! (bytes on Unix), never by a lossy rendering of it: two names that differ
//! only in bytes that are not UTF-8 stay two files. The same file reached
//! twice (`seeds` and `./seeds`) is read once. Only regular files are taken
//! from folders; a FIFO, socket or device found there is reported and
//! skipped, and whatever is read honours the byte limit while reading.

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where an article comes from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    File(PathBuf),
    Stdin,
}

/// An article to read, named as the user will see it in the output.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Input {
    /// The name shown to the user: the path, with any byte that is not
    /// UTF-8 written as `\xNN` so that distinct paths keep distinct names.
    pub name: String,
    pub origin: Origin,
}

/// A path the user passed that yields no article, and why.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub name: String,
    pub reason: String,
}

/// What the command-line paths expand to.
#[derive(Clone, Debug, Default)]
pub struct Collected {
    /// Sorted by name, each file once.
    pub inputs: Vec<Input>,
    /// Paths that yield no article; each counts as a skipped input.
    pub problems: Vec<Problem>,
    /// Worth telling, nothing lost: a file given twice, read once.
    pub notes: Vec<Problem>,
}

/// File name endings taken from folders. A file named explicitly is read
/// whatever its ending.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm"];

/// A path as the user will see it. UTF-8 paths are shown as they are; in
/// others each byte that is not UTF-8 is written `\xNN`, so the name stays
/// unique where a lossy rendering (U+FFFD) would merge two files.
pub fn display_name(path: &OsStr) -> String {
    if let Some(s) = path.to_str() {
        return s.to_string();
    }
    let bytes = os_bytes(path);
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

#[cfg(unix)]
fn os_bytes(s: &OsStr) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    s.as_bytes().to_vec()
}

#[cfg(not(unix))]
fn os_bytes(s: &OsStr) -> Vec<u8> {
    s.to_string_lossy().into_owned().into_bytes()
}

#[cfg(unix)]
fn os_from_bytes(b: &[u8]) -> OsString {
    use std::os::unix::ffi::OsStrExt;
    OsStr::from_bytes(b).to_os_string()
}

#[cfg(not(unix))]
fn os_from_bytes(b: &[u8]) -> OsString {
    OsString::from(String::from_utf8_lossy(b).into_owned())
}

/// Reads a list of paths, one per line (`--files-from`). Blank lines are
/// skipped and a trailing carriage return is dropped; the bytes of each line
/// are the path, whatever their encoding.
pub fn parse_path_list(bytes: &[u8]) -> Vec<OsString> {
    bytes
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .filter(|l| !l.iter().all(|b| b.is_ascii_whitespace()))
        .map(os_from_bytes)
        .collect()
}

/// True when a text read as an article is more likely a list of file names
/// (`ls *.txt | claimdiff compare -`): every non-blank line is one short
/// word-like path that ends in an article extension or names a file.
pub fn looks_like_path_list(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    !lines.is_empty()
        && lines.len() <= 100_000
        && lines.iter().all(|l| {
            let ext = Path::new(l)
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| {
                    ["txt", "md", "html", "htm"]
                        .iter()
                        .any(|x| x.eq_ignore_ascii_case(e))
                });
            l.len() <= 4096 && l.split_whitespace().count() <= 3 && (ext || Path::new(l).is_file())
        })
}

/// Expands the command-line paths into inputs, sorted by name and without
/// duplicates, so that argument order never changes the output.
pub fn collect<P: AsRef<OsStr>>(paths: &[P]) -> Collected {
    let mut found: Vec<Input> = Vec::new();
    let mut problems = Vec::new();
    for p in paths {
        let p = p.as_ref();
        if p == "-" {
            found.push(Input {
                name: "-".into(),
                origin: Origin::Stdin,
            });
            continue;
        }
        let path = Path::new(p);
        let name = display_name(p);
        match fs::metadata(path) {
            Err(e) => problems.push(Problem {
                name,
                reason: io_reason(&e),
            }),
            Ok(m) if m.is_dir() => {
                let before = found.len();
                let problems_before = problems.len();
                walk(path, &mut found, &mut problems);
                if found.len() == before && problems.len() == problems_before {
                    problems.push(Problem {
                        name,
                        reason: "folder holds no article files (.txt, .md, .html, .htm)".into(),
                    });
                }
            }
            // Named explicitly: read whatever it is (a FIFO from `<(...)`,
            // a device), with the byte limit enforced while reading.
            Ok(_) => found.push(Input {
                name,
                origin: Origin::File(path.to_path_buf()),
            }),
        }
    }
    found.sort();
    // One input per file: by canonical path, the first name in sorted order
    // kept, so that argument order does not decide which name is shown.
    let mut inputs: Vec<Input> = Vec::new();
    let mut notes = Vec::new();
    let mut seen: BTreeMap<OsString, usize> = BTreeMap::new();
    for i in found {
        let key = match &i.origin {
            Origin::Stdin => OsString::from("\0stdin"),
            Origin::File(p) => fs::canonicalize(p)
                .map(PathBuf::into_os_string)
                .unwrap_or_else(|_| p.clone().into_os_string()),
        };
        match seen.get(&key) {
            Some(&k) => {
                if inputs[k].name != i.name || i.origin == Origin::Stdin {
                    notes.push(Problem {
                        reason: format!("given twice (same file as {}), read once", inputs[k].name),
                        name: i.name,
                    });
                }
            }
            None => {
                seen.insert(key, inputs.len());
                inputs.push(i);
            }
        }
    }
    // Distinct paths with the same shown name (a literal `\xFF` in one name):
    // the later ones get a number, so that no two documents share a name.
    let mut names: BTreeMap<String, usize> = BTreeMap::new();
    for i in &mut inputs {
        let n = names.entry(i.name.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            i.name = format!("{} #{}", i.name, n);
        }
    }
    problems.sort();
    notes.sort();
    Collected {
        inputs,
        problems,
        notes,
    }
}

fn walk(dir: &Path, inputs: &mut Vec<Input>, problems: &mut Vec<Problem>) {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(Problem {
                name: display_name(dir.as_os_str()),
                reason: io_reason(&e),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .is_some_and(|n| os_bytes(n).starts_with(b"."));
        if hidden {
            continue;
        }
        // symlink_metadata: a linked folder is not followed, so a link loop cannot trap us.
        let Ok(meta) = fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            walk(&path, inputs, problems);
            continue;
        }
        let wanted = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)));
        if !wanted {
            continue;
        }
        // A link is taken when it leads to a regular file (a linked folder is
        // not followed); a FIFO, socket or device, or a link to one, would
        // block or never end: reported and skipped.
        let target = if meta.file_type().is_symlink() {
            fs::metadata(&path).ok()
        } else {
            Some(meta)
        };
        let name = display_name(path.as_os_str());
        match target {
            Some(m) if m.is_dir() => continue,
            Some(m) if !m.is_file() => {
                problems.push(Problem {
                    name,
                    reason: "not a regular file (a FIFO, socket or device), skipped".into(),
                });
                continue;
            }
            // A dangling link is reported when read.
            _ => {}
        }
        inputs.push(Input {
            name,
            origin: Origin::File(path),
        });
    }
}

/// Reads at most `max_bytes` of a reader, failing when there is more.
fn read_limited(r: impl Read, max_bytes: u64, what: &str) -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    r.take(max_bytes.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(|e| io_reason(&e))?;
    if buf.len() as u64 > max_bytes {
        return Err(format!(
            "{what} is over the limit of {max_bytes} bytes (see --max-bytes)"
        ));
    }
    Ok(buf)
}

/// Reads an input's bytes, never more than `max_bytes` (plus one to tell
/// that there is more): a regular file over the limit is refused before
/// reading, anything else (standard input, a FIFO, `/dev/zero`, a `/proc`
/// file whose size reads as 0) is cut off while reading.
pub fn read(input: &Input, max_bytes: u64) -> Result<Vec<u8>, String> {
    match &input.origin {
        Origin::Stdin => read_limited(std::io::stdin().lock(), max_bytes, "standard input"),
        Origin::File(path) => {
            let file = File::open(path).map_err(|e| io_reason(&e))?;
            let meta = file.metadata().map_err(|e| io_reason(&e))?;
            if meta.is_dir() {
                return Err("is a folder".into());
            }
            if meta.is_file() && meta.len() > max_bytes {
                return Err(format!(
                    "file is {} bytes, over the limit of {max_bytes} bytes (see --max-bytes)",
                    meta.len()
                ));
            }
            read_limited(file, max_bytes, "file")
        }
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_lists_skip_blank_lines_and_carriage_returns() {
        let l = parse_path_list(b"a.txt\r\n\n  \nb c.md\n");
        assert_eq!(l, vec![OsString::from("a.txt"), OsString::from("b c.md")]);
    }

    #[test]
    fn a_list_of_names_looks_like_one_and_prose_does_not() {
        assert!(looks_like_path_list(b"a.txt\nsub/b.md\n"));
        assert!(!looks_like_path_list(b"Police said 3 people died.\n"));
        assert!(!looks_like_path_list(b""));
    }

    #[cfg(unix)]
    #[test]
    fn names_that_are_not_utf8_are_escaped_not_merged() {
        let a = os_from_bytes(b"v\xff.txt");
        let b = os_from_bytes(b"v\xfe.txt");
        assert_eq!(display_name(&a), "v\\xFF.txt");
        assert_ne!(display_name(&a), display_name(&b));
    }

    #[test]
    fn the_largest_limit_does_not_overflow() {
        assert_eq!(read_limited(&b"abc"[..], u64::MAX, "x").unwrap(), b"abc");
        assert!(read_limited(&b"abcd"[..], 3, "x").is_err());
        assert_eq!(read_limited(&b"abc"[..], 3, "x").unwrap(), b"abc");
    }
}
