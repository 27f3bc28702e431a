//! The recipes of docs/PIPES.md, run as written: each ```python block loads
//! `extract --format jsonl` of the seed articles into DuckDB, pandas or Spark,
//! and what it prints is checked against the JSON Lines read here. A recipe
//! whose Python module is not installed is skipped, with a line saying so.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The Python to run the recipes with: `CLAIMDIFF_PYTHON`, else `python3`.
fn python() -> String {
    std::env::var("CLAIMDIFF_PYTHON").unwrap_or_else(|_| "python3".into())
}

/// The recipe of docs/PIPES.md whose block is marked ```python `name`.
fn recipe(name: &str) -> String {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/PIPES.md"))
        .expect("docs/PIPES.md");
    let open = format!("```python {name}\n");
    let start = doc.find(&open).expect("the recipe is in docs/PIPES.md") + open.len();
    let len = doc[start..].find("```").expect("the block ends");
    doc[start..start + len].to_string()
}

/// Why the recipe cannot run here, if it cannot.
fn missing(module: &str) -> Option<String> {
    let py = python();
    match Command::new(&py)
        .args(["-c", &format!("import {module}")])
        .output()
    {
        Err(e) => Some(format!("{py} cannot be run: {e}")),
        Ok(o) if !o.status.success() => Some(format!("{py} has no module {module}")),
        Ok(_) => None,
    }
}

struct Setup {
    _dir: tempfile::TempDir,
    jsonl: PathBuf,
    articles: PathBuf,
    messages: Vec<Value>,
}

/// Extracts the seed articles into a JSON Lines file, as the recipes expect.
fn setup() -> Setup {
    let articles = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
    let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(["extract", "--format", "jsonl"])
        .arg(&articles)
        .output()
        .expect("claimdiff runs");
    assert!(out.status.success());
    let dir = tempfile::tempdir().expect("a temporary folder");
    let jsonl = dir.path().join("seeds.jsonl");
    std::fs::write(&jsonl, &out.stdout).expect("writes");
    let messages = String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    Setup {
        _dir: dir,
        jsonl,
        articles,
        messages,
    }
}

/// Runs a recipe with `jsonl`, `articles` and `claimdiff` set; its stdout.
fn run(name: &str, s: &Setup) -> Option<String> {
    if let Some(why) = missing(name) {
        println!("skipped: the {name} recipe of docs/PIPES.md ({why})");
        return None;
    }
    let prelude = format!(
        "jsonl = {:?}\narticles = {:?}\nclaimdiff = {:?}\n",
        s.jsonl.to_str().expect("a UTF-8 path"),
        s.articles.to_str().expect("a UTF-8 path"),
        env!("CARGO_BIN_EXE_claimdiff"),
    );
    let out = Command::new(python())
        .args(["-c", &(prelude + &recipe(name))])
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "the {name} recipe failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).expect("UTF-8"))
}

fn of_type<'a>(s: &'a Setup, t: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
    s.messages
        .iter()
        .filter(move |m| m["type"] == t)
        .map(|m| &m["data"])
}

#[test]
fn duckdb_recipe_counts_actors() {
    let s = setup();
    let Some(out) = run("duckdb", &s) else { return };
    // The most-mentioned actor, ties by name, as the recipe's query orders.
    let mut counts: std::collections::BTreeMap<&str, (usize, std::collections::BTreeSet<&str>)> =
        Default::default();
    for a in of_type(&s, "actor") {
        let e = counts.entry(a["canonical"].as_str().unwrap()).or_default();
        e.0 += 1;
        e.1.insert(a["file"].as_str().unwrap());
    }
    let (name, (n, files)) = counts
        .iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.0.cmp(a.0)))
        .expect("the seeds name actors");
    let want = format!("top actor: ('{name}', {n}, {})", files.len());
    assert!(out.contains(&want), "want {want:?} in {out:?}");
}

#[test]
fn pandas_recipe_reads_figures() {
    let s = setup();
    let Some(out) = run("pandas", &s) else { return };
    let claims = of_type(&s, "claim").count();
    let killed = of_type(&s, "figure")
        .filter(|f| f["category"] == "killed")
        .count();
    assert!(out.contains(&format!("'claim': {claims}")), "{out}");
    assert!(
        out.contains(&format!("killed figures: {killed}\n")),
        "{out}"
    );
}

#[test]
fn spark_recipe_pipes_partitions_through_the_binary() {
    let s = setup();
    let Some(out) = run("pyspark", &s) else {
        return;
    };
    let documents = of_type(&s, "document").count();
    let claims = of_type(&s, "claim").count();
    let want = format!("documents: {documents} claims: {claims} files in summaries: {documents}");
    assert!(out.contains(&want), "want {want:?} in {out:?}");
}
