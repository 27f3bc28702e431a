//! JSON Schemas of every output, derived from the types that print it (see
//! [`super::records`]). `tests/schema.rs` checks that docs/schema/ holds
//! exactly these, and validates real output against them.

use schemars::{JsonSchema, SchemaGenerator};
use serde_json::{json, Map, Value};

use super::json::ExtractOutput;
use super::records::{
    ActorRec, ClaimRec, CompareDocument, CompareSummary, DocumentRec, EventRec, ExtractSummary,
    FactRec, FigureRec, FindingRec, QuoteRec, TimexRec,
};
use super::stories::{ClusterOutput, ClusterSummary, CompareStoriesOutput, StoryRec};

const DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";

/// One JSON Lines message: `{"type": kind, "data": schema}`.
fn message<T: JsonSchema>(g: &mut SchemaGenerator, kind: &str) -> Value {
    json!({
        "type": "object",
        "properties": {"type": {"const": kind}, "data": g.subschema_for::<T>()},
        "required": ["type", "data"],
        "additionalProperties": false
    })
}

/// A schema whose root is one of `messages`, with the definitions they use.
fn jsonl(mut g: SchemaGenerator, title: &str, messages: Vec<Value>) -> Value {
    let defs = g.take_definitions(true);
    json!({
        "$schema": DRAFT,
        "title": title,
        "description": "One line of JSON Lines output; see docs/JSON.md.",
        "oneOf": messages,
        "$defs": Value::Object(defs)
    })
}

/// The schema of a whole JSON document of type `T`.
fn whole<T: JsonSchema>(title: &str) -> Value {
    let mut v = SchemaGenerator::default()
        .into_root_schema_for::<T>()
        .to_value();
    if let Some(o) = v.as_object_mut() {
        let mut m = Map::new();
        m.insert("$schema".into(), json!(DRAFT));
        m.insert("title".into(), json!(title));
        m.extend(
            std::mem::take(o)
                .into_iter()
                .filter(|(k, _)| k != "$schema" && k != "title"),
        );
        *o = m;
    }
    v
}

/// `(file name, schema)` of every output, in a fixed order.
pub fn all() -> Vec<(&'static str, Value)> {
    let mut g = SchemaGenerator::default();
    let extract = vec![
        message::<DocumentRec>(&mut g, "document"),
        message::<TimexRec>(&mut g, "date"),
        message::<FigureRec>(&mut g, "figure"),
        message::<ActorRec>(&mut g, "actor"),
        message::<QuoteRec>(&mut g, "quote"),
        message::<ClaimRec>(&mut g, "claim"),
        message::<EventRec>(&mut g, "event"),
        message::<FactRec>(&mut g, "fact"),
        message::<super::person::PersonRec>(&mut g, "person"),
        message::<ExtractSummary>(&mut g, "summary"),
    ];
    let extract_jsonl = jsonl(g, "claimdiff extract --format jsonl", extract);
    let mut g = SchemaGenerator::default();
    let compare = vec![
        message::<StoryRec>(&mut g, "story"),
        message::<CompareDocument>(&mut g, "document"),
        message::<FindingRec>(&mut g, "finding"),
        message::<CompareSummary>(&mut g, "summary"),
    ];
    let compare_jsonl = jsonl(g, "claimdiff compare --format jsonl", compare);
    let mut g = SchemaGenerator::default();
    let cluster = vec![
        message::<StoryRec>(&mut g, "story"),
        message::<ClusterSummary>(&mut g, "summary"),
    ];
    let cluster_jsonl = jsonl(g, "claimdiff cluster --format jsonl", cluster);
    vec![
        ("extract-jsonl.schema.json", extract_jsonl),
        (
            "extract-json.schema.json",
            whole::<ExtractOutput>("claimdiff extract --format json"),
        ),
        ("compare-jsonl.schema.json", compare_jsonl),
        (
            "compare-json.schema.json",
            whole::<CompareStoriesOutput>("claimdiff compare --format json"),
        ),
        ("cluster-jsonl.schema.json", cluster_jsonl),
        (
            "cluster-json.schema.json",
            whole::<ClusterOutput>("claimdiff cluster --format json"),
        ),
    ]
}
