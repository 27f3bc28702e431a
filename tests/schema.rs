//! The JSON Schemas in docs/schema/ are the ones the output types give
//! (`CLAIMDIFF_WRITE_SCHEMA=1 cargo test --test schema` rewrites them), and
//! real output of the binary on the fixtures validates against them.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn schema_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema")
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).expect("a schema serializes") + "\n"
}

#[test]
fn committed_schemas_are_the_generated_ones() {
    let dir = schema_dir();
    let write = std::env::var_os("CLAIMDIFF_WRITE_SCHEMA").is_some();
    if write {
        std::fs::create_dir_all(&dir).expect("creates docs/schema");
    }
    let mut stale = Vec::new();
    for (name, schema) in claimdiff::render::schema::all() {
        let path = dir.join(name);
        let text = pretty(&schema);
        if write {
            std::fs::write(&path, &text).expect("writes the schema");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "docs/schema/ is out of date for {stale:?}: run CLAIMDIFF_WRITE_SCHEMA=1 cargo test --test schema"
    );
}

/// A compiled schema of docs/schema/ and what it is called there.
struct Validator {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
    name: String,
}

impl Validator {
    fn new(name: &str) -> Self {
        let path = schema_dir().join(name);
        let text = std::fs::read_to_string(&path).expect("the schema is committed");
        let json: Value = serde_json::from_str(&text).expect("the schema is JSON");
        let url = format!("file:///claimdiff/{name}");
        let mut compiler = boon::Compiler::new();
        compiler.add_resource(&url, json).expect("the schema loads");
        let mut schemas = boon::Schemas::new();
        let index = compiler
            .compile(&url, &mut schemas)
            .unwrap_or_else(|e| panic!("{name} compiles: {e}"));
        Validator {
            schemas,
            index,
            name: name.to_string(),
        }
    }

    fn check(&self, v: &Value, what: &str) {
        if let Err(e) = self.schemas.validate(v, self.index) {
            panic!("{what} does not validate against {}: {e:#}", self.name);
        }
    }
}

fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("claimdiff runs");
    assert!(
        out.status.success(),
        "claimdiff {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn check_lines(schema: &str, args: &[&str]) -> Vec<Value> {
    let v = Validator::new(schema);
    let lines: Vec<Value> = run(args)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert!(lines.len() > 1, "claimdiff {args:?} printed nothing");
    for (i, line) in lines.iter().enumerate() {
        v.check(line, &format!("line {} of claimdiff {args:?}", i + 1));
    }
    lines
}

fn check_whole(schema: &str, args: &[&str]) {
    let out: Value = serde_json::from_str(&run(args)).expect("one JSON document");
    Validator::new(schema).check(&out, &format!("claimdiff {args:?}"));
}

#[test]
fn extract_output_validates() {
    let lean = check_lines(
        "extract-jsonl.schema.json",
        &[
            "extract",
            "--format",
            "jsonl",
            "fixtures/seeds",
            "fixtures/stories",
        ],
    );
    let types: std::collections::BTreeSet<&str> =
        lean.iter().filter_map(|l| l["type"].as_str()).collect();
    for t in [
        "document", "date", "figure", "actor", "quote", "claim", "event", "fact", "summary",
    ] {
        assert!(types.contains(t), "no {t} message to validate");
    }
    check_lines(
        "extract-jsonl.schema.json",
        &[
            "extract",
            "--format",
            "jsonl",
            "--with-text",
            "fixtures/seeds",
        ],
    );
    check_whole(
        "extract-json.schema.json",
        &["extract", "--format", "json", "fixtures/seeds"],
    );
}

#[test]
fn compare_output_validates() {
    check_whole(
        "compare-json.schema.json",
        &["compare", "--format", "json", "fixtures/seeds"],
    );
    check_lines(
        "compare-jsonl.schema.json",
        &["compare", "--format", "jsonl", "fixtures/cluster"],
    );
}

#[test]
fn cluster_output_validates() {
    check_whole(
        "cluster-json.schema.json",
        &["cluster", "--format", "json", "fixtures/cluster"],
    );
    check_lines(
        "cluster-jsonl.schema.json",
        &["cluster", "--format", "jsonl", "fixtures/cluster"],
    );
}

#[test]
fn a_wrong_record_does_not_validate() {
    // The schemas are not vacuous: a claim without its offsets, or with a
    // modality that does not exist, is rejected.
    let v = Validator::new("extract-jsonl.schema.json");
    let lines = check_lines(
        "extract-jsonl.schema.json",
        &["extract", "--format", "jsonl", "fixtures/seeds"],
    );
    let claim = lines
        .iter()
        .find(|l| l["type"] == "claim")
        .expect("a claim");
    let mut no_end = claim.clone();
    no_end["data"].as_object_mut().unwrap().remove("end");
    assert!(v.schemas.validate(&no_end, v.index).is_err());
    let mut bad = claim.clone();
    bad["data"]["modality"] = "certain".into();
    assert!(v.schemas.validate(&bad, v.index).is_err());
}
