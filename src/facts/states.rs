//! Reading the states a story moves through ("still at large", "was
//! captured"; "his name has not been released", "identified the victim as
//! ...") as facts of slot `status`, so that a later version at a later stage
//! is an update and versions at one stage agree. The phrases and the role
//! words are data (`data/facts/states.tsv`, `data/facts/roles.tsv`).

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

use super::readers::Raw;
use super::{Slot, Value};
use crate::analysis::Analysis;
use crate::model::Span;
use crate::table;
use crate::timex::matcher::{unfold_word_classes, Set};

struct State {
    /// The pattern, case-insensitive; compiled at its first match.
    source: String,
    pattern: OnceLock<Option<Regex>>,
    /// Who the state is about, or `None` to take it from a role word.
    role: Option<&'static str>,
    /// Added to a role taken from a role word ("'s name").
    suffix: &'static str,
    state: &'static str,
}

struct Table {
    states: Vec<State>,
    /// Which states' patterns match a sentence at all, in one forward pass.
    gate: Option<Set>,
    roles: HashMap<&'static str, &'static str>,
    stages: HashMap<&'static str, u8>,
}

fn states() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut stages = HashMap::new();
        let states = table::rows(include_str!("../../data/facts/states.tsv"))
            .filter_map(|row| match row.as_slice() {
                [pattern, role, state, stage, ..] => {
                    stages.insert(*state, stage.parse().ok()?);
                    Some(State {
                        source: unfold_word_classes(&format!("(?i){pattern}")),
                        pattern: OnceLock::new(),
                        role: (!role.starts_with('?')).then_some(*role),
                        suffix: role.strip_prefix('?').unwrap_or(""),
                        state,
                    })
                }
                _ => None,
            })
            .collect::<Vec<State>>();
        // Fails only if a pattern does not compile: then every pattern is
        // searched, and a broken one is skipped, as it would be alone.
        //
        // The gate's patterns are the states' without their word boundaries,
        // which match wherever the states' do, and more: a Unicode `\b`
        // makes the gate's automaton give up at the first non-ASCII byte
        // (’ “ ” in most news text), and its fallback scanned every such
        // sentence (a tenth of the analysis of the compare_scale versions).
        // A pattern the gate finds in excess finds nothing when searched;
        // so the gate also reads large classes wide (`Set::gate`).
        let sources: Vec<String> = states.iter().map(|s| s.source.replace(r"\b", "")).collect();
        let gate = Set::gate(&sources, STATES_PER_AUTOMATON, GATE_CACHE).ok();
        let roles = table::rows(include_str!("../../data/facts/roles.tsv"))
            .filter_map(|row| match row.as_slice() {
                [word, role, ..] => Some((*word, *role)),
                _ => None,
            })
            .collect();
        Table {
            states,
            gate,
            roles,
            stages,
        }
    })
}

/// States to one gate automaton, and the room of its lazily built states.
/// Compiling every state's pattern as a full regex (a reverse automaton, a
/// literal prefilter, the backtracker) was a third of the start-up of a run
/// on one small article (0.13 G of 0.41 G instructions under callgrind),
/// though most sentences match none of them: the gate is one forward lazy
/// DFA, and a pattern is compiled in full only at its first match.
const STATES_PER_AUTOMATON: usize = 8;
const GATE_CACHE: usize = 2 << 20;

impl State {
    fn regex(&self) -> Option<&Regex> {
        self.pattern
            .get_or_init(|| Regex::new(&self.source).ok())
            .as_ref()
    }
}

/// The stage of a state in the order a story moves through (0 first).
pub fn stage(state: &str) -> Option<u8> {
    states().stages.get(state).copied()
}

/// The role of the last role word in `before` ("the victim's name ...").
fn role_before(before: &str) -> Option<&'static str> {
    let t = states();
    before
        .split(|c: char| !c.is_alphabetic())
        .rev()
        .find_map(|w| t.roles.get(w.to_lowercase().as_str()).copied())
}

/// The status facts of one sentence.
pub fn read(a: &Analysis, s: Span, out: &mut Vec<Raw>) {
    let text = s.of(&a.doc.text);
    let t = states();
    // The gate finds the patterns with a match in the sentence (and a few
    // without), in table order, so the facts and their order are as
    // without it.
    let hits: Vec<usize> = match &t.gate {
        Some(gate) => gate.which(text),
        None => (0..t.states.len()).collect(),
    };
    for st in hits.iter().map(|&i| &t.states[i]) {
        let Some(re) = st.regex() else { continue };
        for c in re.captures_iter(text) {
            let m = c.get(0).expect("group 0 is the whole match");
            // "He was at large until Dec. 7": the state ended; the version
            // tells the next one elsewhere.
            let after = text[m.end()..].trim_start();
            let past = ["was ", "were ", "remained ", "had "]
                .iter()
                .any(|p| m.as_str().to_lowercase().starts_with(p));
            if past && (after.starts_with("until") || after.starts_with("for ")) {
                continue;
            }
            let role = match st.role {
                Some(r) => r.to_string(),
                // "... the victim, whose name has not been released": the
                // role word may also follow closely.
                None => match role_before(&text[..m.end()]) {
                    Some(r) => format!("{r}{}", st.suffix),
                    None => continue,
                },
            };
            // "identified the victim as B...": the span runs on over the name.
            let mut end = m.end();
            if let Some(last) = text[..end].chars().next_back().filter(|c| c.is_uppercase()) {
                end -= last.len_utf8();
                let name: usize = text[end..]
                    .split_inclusive(' ')
                    .take_while(|w| w.starts_with(char::is_uppercase))
                    .map(str::len)
                    .sum();
                end += text[end..end + name]
                    .trim_end_matches([' ', ',', '.'])
                    .len();
            }
            // A pattern whose value is one part of it ("Ann Roe" of "Ann
            // Roe, 41, was charged") marks that part as group `v`.
            // A run of capitals after "the" is an organization's name ("the
            // San Diego Chargers was arrested" is a clause cut short), not
            // a person's.
            let v = c.name("v");
            if v.is_some_and(|v| text[..v.start()].to_lowercase().ends_with("the ")) {
                continue;
            }
            let span = match v {
                Some(v) => Span::new(s.start + v.start(), s.start + v.end()),
                None => Span::new(s.start + m.start(), s.start + end),
            };
            out.push(Raw {
                span,
                sentence: s,
                slot: Slot::Status,
                subject: Some(role),
                value: Value::Text {
                    text: st.state.to_string(),
                },
                round: false,
                vague: false,
                exact: true,
                figure: None,
            });
        }
    }
}

/// A version tells each role's latest stage: "X, who had been on the run,
/// was captured" is a version at the second stage.
pub fn keep_latest(raws: &mut Vec<Raw>) {
    let stage_of = |r: &Raw| match (&r.slot, &r.value) {
        (Slot::Status, Value::Text { text }) => stage(text),
        _ => None,
    };
    let mut latest: HashMap<String, u8> = HashMap::new();
    for r in raws.iter() {
        if let (Some(st), Some(role)) = (stage_of(r), &r.subject) {
            let e = latest.entry(role.clone()).or_insert(st);
            *e = (*e).max(st);
        }
    }
    raws.retain(|r| match (stage_of(r), &r.subject) {
        (Some(st), Some(role)) => latest.get(role) == Some(&st),
        _ => true,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn states_of(text: &str) -> Vec<(String, String)> {
        let doc = crate::document::Document::from_text(
            "t.txt",
            &format!(" date 2009-12-03 {text}"),
            None,
        );
        let a = crate::analysis::analyze(vec![doc]).remove(0);
        let mut out = Vec::new();
        for &s in &a.doc.sentences {
            read(&a, s, &mut out);
        }
        keep_latest(&mut out);
        out.into_iter()
            .map(|r| match r.value {
                Value::Text { text } => (r.subject.unwrap(), text),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn the_gate_finds_every_pattern_that_matches() {
        let t = states();
        let gate = t.gate.as_ref().expect("every state pattern compiles");
        assert!(gate.fast(), "each gate automaton has its lazy DFA");
        for text in [
            "The gunman remains at large and police are searching the area.",
            "Her identity has not yet been released pending notification of kin.",
            "The Associated Press said nothing about the weather on Tuesday.",
            // curly quotes and accented names: the gate's automaton keeps on
            "“The suspect is still at large,” José Núñez told reporters.",
            "The café owner’s name was not released, officials said.",
            "Die Polizei sagte, der Täter sei geflüchtet.",
        ] {
            let direct: Vec<usize> = (0..t.states.len())
                .filter(|&i| t.states[i].regex().is_some_and(|r| r.is_match(text)))
                .collect();
            let found = gate.which(text);
            assert!(
                direct.iter().all(|i| found.contains(i)),
                "{text}: {found:?} misses some of {direct:?}"
            );
        }
        // the words alone, as parts of other words, are what it finds in excess
        assert!(gate.which("Nothing happened at the market.").is_empty());
    }

    #[test]
    fn fugitive_states_fire_and_ended_states_stay_silent() {
        let s = |r: &str, v: &str| (r.to_string(), v.to_string());
        assert_eq!(
            states_of("The inmate is still at large, police said."),
            vec![s("suspect", "at large")]
        );
        assert_eq!(
            states_of("Rivera was captured Monday in Houston."),
            vec![s("suspect", "in custody")]
        );
        // the later stage wins within one version
        assert_eq!(
            states_of("Rivera, who remained at large for a week, was captured Monday."),
            vec![s("suspect", "in custody")]
        );
        // an ended state is no state of the version's moment
        assert!(states_of("He was at large until Dec. 7.").is_empty());
        assert!(states_of("The large crowd was on the square.").is_empty());
    }

    #[test]
    fn names_withheld_and_given_need_a_role() {
        let s = |r: &str, v: &str| (r.to_string(), v.to_string());
        assert_eq!(
            states_of("The victim's name will not be released until her family is told."),
            vec![s("victim's name", "not named")]
        );
        assert_eq!(
            states_of("Police identified the victim as Ann Berg, 66."),
            vec![s("victim's name", "named")]
        );
        assert_eq!(
            states_of("The suspect's identity has not been disclosed."),
            vec![s("suspect's name", "not named")]
        );
        // no role word: nothing to hang the state on
        assert!(states_of("The names have not been released.").is_empty());
    }

    #[test]
    fn custody_and_name_are_two_facts_of_one_role() {
        let s = |r: &str, v: &str| (r.to_string(), v.to_string());
        // a later stage of one family does not hide another family's state
        assert_eq!(
            states_of("The suspect was captured Monday; his identity has not been disclosed."),
            vec![s("suspect", "in custody"), s("suspect's name", "not named")]
        );
    }

    #[test]
    fn results_cases_causes_and_court_dates_move_on() {
        let s = |r: &str, v: &str| (r.to_string(), v.to_string());
        assert_eq!(
            states_of("She took a breath test, but the results are still pending."),
            vec![s("test result", "result awaited")]
        );
        assert_eq!(
            states_of("A second test showed a blood-alcohol level of 0.11 percent."),
            vec![s("test result", "result given")]
        );
        assert_eq!(
            states_of("Fire officers said the cause remains under investigation."),
            vec![s("cause", "cause under investigation")]
        );
        assert_eq!(
            states_of("A 30-year-old woman was charged with arson on Friday."),
            vec![s("cause", "arson charged")]
        );
        assert_eq!(
            states_of("Officers would not say whether anyone else was involved."),
            vec![s("others", "others not yet known")]
        );
        assert_eq!(
            states_of("It is not clear when the driver will appear in court."),
            vec![s("court", "court date unknown")]
        );
        assert_eq!(
            states_of("The prosecutor is weighing whether to bring manslaughter charges."),
            vec![s("case", "charges weighed")]
        );
        // look-alikes that tell no stage
        assert!(states_of("The election results were known by midnight.").is_empty());
        assert!(states_of("He said the cause was a faulty heater.").is_empty());
        assert!(states_of("Everyone else was in the kitchen.").is_empty());
        assert!(states_of("The court appearance lasted ten minutes.").is_empty());
    }
}
