//! The temporal tagger: finds dates, times, durations and sets in a document
//! and normalizes them to TIMEX3 values anchored on the publication date.
//!
//! (Placeholder: finds nothing yet.)

use crate::document::Document;
use crate::model::Timex;

/// Every temporal expression of `doc`, in text order.
pub fn tag(doc: &Document) -> Vec<Timex> {
    let _ = doc;
    Vec::new()
}
