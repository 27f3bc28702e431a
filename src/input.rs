//! Finding and reading the articles the user named: files, folders walked in
//! sorted order, or `-` for standard input. Problems are collected, never
//! fatal, so that one bad file does not stop the others.

use std::fs;
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
    pub name: String,
    pub origin: Origin,
}

/// A path the user passed that yields no article, and why.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub name: String,
    pub reason: String,
}

/// File name endings taken from folders. A file named explicitly is read
/// whatever its ending.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm"];

/// Expands the command-line paths into inputs, sorted by name and without
/// duplicates, so that argument order never changes the output.
pub fn collect(paths: &[String]) -> (Vec<Input>, Vec<Problem>) {
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    for p in paths {
        if p == "-" {
            inputs.push(Input {
                name: "-".into(),
                origin: Origin::Stdin,
            });
            continue;
        }
        let path = Path::new(p);
        match fs::metadata(path) {
            Err(e) => problems.push(Problem {
                name: p.clone(),
                reason: io_reason(&e),
            }),
            Ok(m) if m.is_dir() => {
                let before = inputs.len();
                walk(path, &mut inputs, &mut problems);
                if inputs.len() == before {
                    problems.push(Problem {
                        name: p.clone(),
                        reason: "folder holds no article files (.txt, .md, .html, .htm)".into(),
                    });
                }
            }
            Ok(_) => inputs.push(Input {
                name: p.clone(),
                origin: Origin::File(path.to_path_buf()),
            }),
        }
    }
    inputs.sort();
    inputs.dedup_by(|a, b| a.name == b.name);
    problems.sort();
    (inputs, problems)
}

fn walk(dir: &Path, inputs: &mut Vec<Input>, problems: &mut Vec<Problem>) {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(Problem {
                name: dir.display().to_string(),
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
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        // symlink_metadata: a linked folder is not followed, so a link loop cannot trap us.
        let Ok(meta) = fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            walk(&path, inputs, problems);
        } else {
            let wanted = path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)));
            if wanted {
                let name = path.display().to_string();
                inputs.push(Input {
                    name,
                    origin: Origin::File(path),
                });
            }
        }
    }
}

/// Reads an input's bytes, refusing files over `max_bytes` before reading them.
pub fn read(input: &Input, max_bytes: u64) -> Result<Vec<u8>, String> {
    match &input.origin {
        Origin::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .take(max_bytes + 1)
                .read_to_end(&mut buf)
                .map_err(|e| io_reason(&e))?;
            if buf.len() as u64 > max_bytes {
                return Err(format!(
                    "standard input is over the limit of {max_bytes} bytes (see --max-bytes)"
                ));
            }
            Ok(buf)
        }
        Origin::File(path) => {
            let meta = fs::metadata(path).map_err(|e| io_reason(&e))?;
            if meta.len() > max_bytes {
                return Err(format!(
                    "file is {} bytes, over the limit of {max_bytes} bytes (see --max-bytes)",
                    meta.len()
                ));
            }
            fs::read(path).map_err(|e| io_reason(&e))
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
