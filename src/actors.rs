//! Actors: who is named, and one canonical name per real-world actor.
//!
//! (Placeholder: finds nothing yet.)

use crate::document::Document;
use crate::model::ActorMention;

/// Actor mentions of one document, with canonical names resolved within it.
pub fn find(doc: &Document) -> Vec<ActorMention> {
    let _ = doc;
    Vec::new()
}

/// Makes canonical names agree across the documents of one run.
/// `mentions[i]` belongs to `docs[i]`.
pub fn unify(docs: &[&Document], mentions: &mut [Vec<ActorMention>]) {
    let _ = (docs, mentions);
}
