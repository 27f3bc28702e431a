//! Shares of a whole ("two-thirds of the homes", "60% of homes") as the
//! comparer sees them: a kind of figure of their own, aligned with shares of
//! the same whole and never with counts of it — "half of the homes" and "300
//! homes" can both be true whatever their values.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{align, Cx};
use crate::model::Figure;

/// Stem to the whole it names, from `data/claims/wholes.tsv`.
fn wholes() -> &'static HashMap<String, String> {
    static MAP: OnceLock<HashMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| align::concepts(include_str!("../../data/claims/wholes.tsv")))
}

/// The figure a share is a share of, as a count of it would be keyed.
fn whole(f: &Figure) -> Figure {
    Figure {
        unit: None,
        category: None,
        ..f.clone()
    }
}

/// "share:count:home", "share:count:resident:displaced": the whole and, when
/// the share befell it, what befell it ("half of the residents fled" is not
/// "half of the residents were hurt").
pub(super) fn key(f: &Figure) -> Option<String> {
    let noun = Cx::figure_key(&whole(f))?;
    let noun = match noun.strip_prefix("count:").and_then(|s| wholes().get(s)) {
        Some(w) => format!("count:{w}"),
        None => noun,
    };
    Some(match f.category {
        Some(c) => format!("share:{noun}:{}", c.as_str()),
        None => format!("share:{noun}"),
    })
}

/// "share of homes", "share of residents displaced".
pub(super) fn label(f: &Figure) -> String {
    let whole = Figure {
        category: f.category,
        ..whole(f)
    };
    format!("share of {}", Cx::figure_label(&whole))
}
