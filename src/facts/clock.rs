//! Which act of its clause a clock time dates, when the clause tells an act
//! with a moment of its own besides the incident (a threatening call, an
//! evacuation, the police's arrival): the act whose word stands nearest
//! before the time, with no incident word between
//! (`data/facts/clock_acts.tsv`). Without one, the time is the incident's
//! ([`super::readers`]).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::lexicon::lexicon;

/// Word form (lower case) to the act it names.
fn acts() -> &'static HashMap<String, String> {
    static T: OnceLock<HashMap<String, String>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::new();
        for r in crate::table::rows(include_str!("../../data/facts/clock_acts.tsv")) {
            if let [act, forms] = r.as_slice() {
                for f in forms.split_whitespace() {
                    m.insert(f.to_string(), act.to_string());
                }
            }
        }
        m
    })
}

/// Words that may stand between an act and the incident it takes as its
/// object ("alerted to a fire", "called to the blaze", "told of the blast").
const OBJECT_LINKS: &[&str] = &["to", "of", "about", "a", "an", "the"];

/// The act a clock time dates, from the lower-case words before it in its
/// clause: the nearest act word, unless an incident word is nearer that is
/// not the act's own object ("Police were alerted to a fire on the roof at
/// 8.49pm" dates the alert).
pub fn act_before(words: &[String]) -> Option<String> {
    let lex = lexicon();
    for (i, w) in words.iter().enumerate().rev() {
        if lex.is_incident_at(words, i) {
            let before = words[..i]
                .iter()
                .rev()
                .skip_while(|w| OBJECT_LINKS.contains(&w.as_str()));
            return before
                .take(1)
                .find_map(|w| acts().get(w).cloned())
                .filter(|_| i > 0 && OBJECT_LINKS.contains(&words[i - 1].as_str()));
        }
        if let Some(a) = acts().get(w) {
            return Some(a.clone());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::act_before;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_lowercase).collect()
    }

    #[test]
    fn the_nearest_act_dates_the_time_unless_an_incident_is_nearer() {
        assert_eq!(
            act_before(&words(
                "the blast came hours after a caller phoned the bank around"
            )),
            Some("call".to_string())
        );
        assert_eq!(
            act_before(&words("after the call the bomb exploded at")),
            None
        );
        // The incident as the act's object: the act's time.
        assert_eq!(
            act_before(&words("police were alerted to a fire on the roof at")),
            Some("alert".to_string())
        );
        assert_eq!(
            act_before(&words("crews were called to the blaze at")),
            Some("call".to_string())
        );
        // An act told before the incident's own verb is not its object.
        assert_eq!(
            act_before(&words("residents were evacuated and the fire spread at")),
            None
        );
    }
}
