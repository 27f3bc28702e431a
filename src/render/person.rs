//! The `person` message of `extract`: one record per person a document
//! names (`facts::people`), with the words that carry each value located in
//! the file.

use schemars::JsonSchema;
use serde::Serialize;

use crate::document::Document;
use crate::facts::people::{Attr, Person};

/// A value of a person's record, as written.
#[derive(Serialize, JsonSchema)]
pub struct PersonValueRec<'a> {
    pub value: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

impl<'a> PersonValueRec<'a> {
    fn new(d: &'a Document, a: &'a Attr) -> Self {
        let s = d.file_span(a.span);
        PersonValueRec {
            value: &a.value,
            start: s.start,
            end: s.end,
            text: d.slice(a.span),
        }
    }
}

/// A `person` message.
#[derive(Serialize, JsonSchema)]
pub struct PersonRec<'a> {
    pub file: &'a str,
    /// The canonical name, as on the person's `actor` messages.
    pub name: &'a str,
    /// Every way the document writes the name, in order of first use.
    pub forms: Vec<&'a str>,
    /// The first mention.
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub mentions: usize,
    pub age: Option<f64>,
    pub roles: Vec<PersonValueRec<'a>>,
    pub hometown: Option<PersonValueRec<'a>>,
    pub nationality: Option<PersonValueRec<'a>>,
    /// `male` or `female`, when a title, a noun or a pronoun tells.
    pub gender: Option<&'a str>,
    pub fates: Vec<PersonValueRec<'a>>,
}

impl<'a> PersonRec<'a> {
    pub fn new(d: &'a Document, p: &'a Person) -> Self {
        let s = d.file_span(p.span);
        let rec = |a: &'a Attr| PersonValueRec::new(d, a);
        PersonRec {
            file: &d.path,
            name: &p.name,
            forms: p.forms.iter().map(String::as_str).collect(),
            start: s.start,
            end: s.end,
            text: d.slice(p.span),
            mentions: p.mentions,
            age: p.age,
            roles: p.roles.iter().map(rec).collect(),
            hometown: p.hometown.as_ref().map(rec),
            nationality: p.nationality.as_ref().map(rec),
            gender: p.gender,
            fates: p.fates.iter().map(rec).collect(),
        }
    }
}
