//! The rule table: every pattern with its handler, in priority order, and
//! the automata that tell which rules can match a sentence.

use super::*;

impl Rule {
    pub(super) fn re(&self) -> &regex_automata::meta::Regex {
        self.re
            .get_or_init(|| matcher::compile(&self.src, DFA_CACHE).expect("timex rule regex"))
    }
}

pub(super) fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(build)
}

/// Room for the lazily built automata: the case-insensitive rules have many
/// states, and with the default room the automaton keeps discarding and
/// rebuilding them.
const DFA_CACHE: usize = 64 << 20;

/// All rule patterns in a few automata: one pass over a sentence tells which
/// rules can match it at all, so the capturing search (much slower) runs only
/// for those.
///
/// Six rules to an automaton: in one automaton of all 70 rules, the lazily
/// built states (a set of rule positions each) kept multiplying across the
/// rules, and building them was an eighth of a whole run; in parts of six
/// (callgrind on the 908 KB of TimeBank text: 3.085 G instructions for one
/// automaton, 2.943 G for parts of 12, 2.938 G for 6, 2.992 G for 3).
const RULES_PER_AUTOMATON: usize = 6;

pub(super) fn rule_set() -> &'static matcher::Set {
    static SET: OnceLock<matcher::Set> = OnceLock::new();
    SET.get_or_init(|| {
        let sources: Vec<&str> = rules().iter().map(|r| r.src.as_str()).collect();
        matcher::Set::new(&sources, RULES_PER_AUTOMATON, DFA_CACHE).expect("timex rule set")
    })
}

fn build() -> Vec<Rule> {
    let lex = lexicon::get();
    let months_full = alternation(lex.months.iter().filter(|(_, v)| v.1).map(|(k, _)| k));
    let wd = alternation(lex.weekdays.iter().filter(|(_, v)| v.1).map(|(k, _)| k));
    // only an abbreviation takes a dot: "Dec. 31", but "31 March." ends a sentence
    let months_abbr = alternation(lex.months.iter().filter(|(_, v)| !v.1).map(|(k, _)| k));
    let wd_abbr = alternation(lex.weekdays.iter().filter(|(_, v)| !v.1).map(|(k, _)| k));
    let mon = format!(r"(?:(?:{months_abbr})\b\.?|(?:{months_full})\b)");
    let wda = format!(r"(?:(?:{wd_abbr})\b\.?|(?:{wd})\b)");
    let nums = alternation(lex.numbers.keys());
    let tens = alternation(
        lex.numbers
            .iter()
            .filter(|(k, v)| !k.contains(' ') && v.is_some_and(|x| (20.0..100.0).contains(&x)))
            .map(|(k, _)| k),
    );
    let ones = alternation(
        lex.numbers
            .iter()
            .filter(|(k, v)| {
                !k.contains(' ') && k.len() > 2 && v.is_some_and(|x| (1.0..10.0).contains(&x))
            })
            .map(|(k, _)| k),
    );
    let num = format!(
        r"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:(?:\s+|-)1/2|½)?|(?:{tens})[\s-](?:{ones})|{nums})"
    );
    let units = alternation(lex.units.keys());
    let is_pos = |v: &&str| matches!(*v, "START" | "MID" | "END");
    let qmod = alternation(
        lex.modifiers
            .iter()
            .filter(|(_, v)| !is_pos(v))
            .map(|(k, _)| k),
    );
    let pmod = alternation(
        lex.modifiers
            .iter()
            .filter(|(_, v)| is_pos(v))
            .map(|(k, _)| k),
    );
    let pod = alternation(lex.parts_of_day.keys());
    let seasons = alternation(lex.seasons.keys());
    let refs = alternation(lex.refs.keys());
    let sets = alternation(lex.sets.keys());
    let hols = alternation(lex.holidays.keys());
    let ords = alternation(lex.ordinals.keys());
    let year = r"(?:1[5-9]|20)\d{2}";
    let pm = format!(r"(?:(?P<pm>{pmod})\s*)?");
    let teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    let spelled = format!(
        r"(?:(?:eighteen|nineteen|twenty)[\s-]+(?:(?:{tens})(?:[\s-]+(?:{ones}))?|{teens}|oh[\s-]+(?:{ones}))|two\s+thousand(?:\s+(?:and\s+)?(?:(?:{tens})(?:[\s-]+(?:{ones}))?|{teens}|{ones}))?)"
    );

    let clock_words = CLOCK_WORDS.join("|");
    let zones = alternation(lex.time_zones.iter());
    let specs: Vec<(String, Handler)> = vec![
        (
            format!(
                r"\b(?:(?P<q>about|around|approximately|roughly)\s+)?(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s*(?P<ap>[ap]\.\s?m\b\.?|[ap]m\b)|(?P<noon>noon|midday|midnight)|(?P<h24>[01]?\d|2[0-3]):?(?P<m24>[0-5]\d)(?:\s*(?:hours|hrs|h))?\s+(?P<tz24>{zones})\b|(?P<hc>[01]?\d|2[0-3]):(?P<mc>[0-5]\d)\b)(?:\s+\(?(?P<tz>{zones})\b\)?)?(?:,?\s+(?P<on>on\s+)?(?:(?P<day>{wd}|today|yesterday|tomorrow|tonight)|(?P<cmon>{mon})\s*(?P<cd>\d{{1,2}}))\b)?"
            ),
            h_clock,
        ),
        (
            format!(
                r"\b(?:(?P<wd>{wda}),?\s+)?(?P<mon>{mon})\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?"
            ),
            h_month_day,
        ),
        (
            format!(
                r"\b(?:(?P<wd>{wda}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{mon})(?:,?\s+(?P<y>\d{{4}})\b)?"
            ),
            h_month_day,
        ),
        (
            r"\b(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b".to_string(),
            h_iso,
        ),
        (
            SLASH_DATE.to_string(),
            h_slash,
        ),
        (
            format!(r"\b{pm}(?P<mon>{mon}),?\s+(?:of\s+)?(?:(?P<y>{year})|(?P<ys>{spelled}))\b"),
            h_month_year,
        ),
        (
            format!(
                r"\b{pm}(?:(?P<rel>last|this\s+past|this\s+coming|this|next|coming|past)\s+)?(?P<mon>{months_full})\b(?:,?\s+(?:of\s+)?(?P<ry>this|last|next)\s+year\b)?"
            ),
            h_month,
        ),
        (
            format!(
                r"\b{pm}(?:(?P<fy>fiscal(?:\s+year)?|FY|the\s+year|calendar(?:\s+year)?)\s*)?(?P<y>{year})\b"
            ),
            h_year,
        ),
        (format!(r"\b(?:the\s+year\s+)?{spelled}\b"), h_spelled_year),
        (
            format!(
                r"(?:\bthe\s+)?(?:\b(?P<pm>{pmod})\s*)?(?:\b(?P<dec>(?:1[5-9]|20)\d0)|['’](?P<d2>\d0))['’]?s\b"
            ),
            h_decade,
        ),
        (
            format!(r"\bthe\s+{pm}(?P<wdec>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
            h_decade,
        ),
        (
            format!(r"\b(?:the\s+)?{pm}(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ords})\s+century\b"),
            h_century,
        ),
        (
            format!(
                r"\b(?:(?P<pre>{pod})\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow|last\s+night|overnight)\b(?:\s+(?P<pod>{pod})\b)?"
            ),
            h_relday,
        ),
        (
            format!(
                r"\b(?P<h>\d{{1,2}}|{clock_words})(?::(?P<mi>\d{{2}}))?\s+(?:o['’]clock\s+)?(?:in\s+the\s+(?P<pp>morning|afternoon|evening)|at\s+(?P<night>night))\b"
            ),
            h_clock_pod,
        ),
        (
            r"\b(?P<pod>mid-?\s?(?:morning|afternoon))\b".to_string(),
            h_pod_alone,
        ),
        (r"\bthis\s+(?P<pod>morning|afternoon|evening)\b".to_string(), h_this_pod),
        (
            format!(
                r"\b(?:(?P<rel>the\s+(?:previous|following|preceding|next)|last|this\s+past|this\s+coming|this|next|coming|past|earlier|later|early|late)\s+)?(?P<wd>{wd})(?P<pl>s)?\b(?:\s+(?P<pod>{pod})(?P<podpl>s)?\b)?"
            ),
            h_weekday,
        ),
        (
            format!(
                r"\b{pm}(?P<rel>this|last|next|past|previous|coming|current|the\s+(?:past|last|next|coming|current|latest|present|full)|the)\s+(?:fiscal\s+|calendar\s+)?(?P<u>week|weekend|month|year|decade|century)\b"
            ),
            h_relunit,
        ),
        (r"\byear[-\s]end\b".to_string(), h_year_end),
        (
            r"\bthe\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b".to_string(),
            h_day_of_month,
        ),
        (
            r"\bthe\s+(?:same|corresponding|comparable|year-ago)\s+(?P<u>period|quarter|month|week)\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)\b".to_string(),
            h_same_period,
        ),
        (
            r"\b(?:(?:the\s+)?(?:comparable\s+|same\s+)?year[-\s](?:ago|earlier)\s+(?P<u>quarter|period|month)|year-(?:ago|earlier))\b"
                .to_string(),
            h_year_ago,
        ),
        (
            format!(
                r"\b(?:(?P<yr0>this|last|next)\s+year['’]s\s+)?(?:(?P<the>the)\s+)?(?:(?P<rel>this|last|next|latest|current|previous|same|coming|past|most\s+recent|fiscal|year-ago|year-earlier)\s+)?(?:(?P<y0>{year})\s+)?(?:(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal[\s-]+)?(?P<u>quarter|half|period)\b(?:\s+of\s+(?:(?P<y>{year})|(?P<yr>this|last|next)\s+year|(?P<ty>the\s+(?:current\s+|calendar\s+)?year))\b)?"
            ),
            h_quarter,
        ),
        (
            r"\b(?P<qh>Q|H)(?P<q>[1-4])(?:\s+(?P<y>\d{4}))?\b".to_string(),
            h_qnotation,
        ),
        (
            format!(
                r"\bthe\s+(?P<fl>first|last|final)\s+(?P<n>three|six|3|6)\s+months\s+of\s+(?:(?P<y>{year})|(?P<yr>this|last|next|the)\s+year)\b"
            ),
            h_months_of_year,
        ),
        (
            format!(
                r"\bthe\s+(?P<m1>{mon})\s*[-–]\s*(?P<m2>{mon})\s+(?P<u>quarter|half|period)\b(?:\s+of\s+(?P<y>{year})\b)?"
            ),
            h_month_span,
        ),
        (
            format!(
                r"\b{pm}(?:(?P<rel>last|this\s+past|this\s+coming|this|next|past|coming|the)\s+)?(?P<s>{seasons})\b(?:\s+(?:of\s+)?(?:(?P<y>{year})|(?P<ys>{spelled}))\b|\s+of\s+(?P<ry>this|last|next)\s+year\b)?"
            ),
            h_season,
        ),
        (
            format!(
                r"\b(?:(?P<q>{qmod})\s+)?(?:(?P<n>{num})[\s-]+(?:(?:more|additional|full)\s+)?)?(?P<u>{units})\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back)\b"
            ),
            h_ago,
        ),
        (
            format!(
                r"\b(?:(?P<e>every|each)\s+(?:single\s+)?(?:(?P<other>other)\s+)?(?:(?P<n>{num})\s+)?(?P<u>{units}|{wd}|{months_full}|{pod}|{seasons})s?)\b"
            ),
            h_every,
        ),
        (format!(r"\b(?P<adv>{sets})\b"), h_set_adverb),
        (
            format!(r"\b(?:(?P<f>once|twice|thrice|(?:{num})\s+times)\s+)?(?P<a>a|an|per)\s+(?P<u>year|month|week|day|hour|minute|night)\b"),
            h_per,
        ),
        (
            format!(
                r"\b(?:(?P<q>{qmod})\s+)?(?:(?P<det>(?:the\s+)?(?:past|last|next|first|final|previous|coming|following|latest|initial|remaining|entire|whole|full|better\s+part\s+of\s+the)|the)\s+)?(?P<n>{num})(?P<nh>\s+and\s+a\s+half)?(?:[\s-]+(?:more|additional|further|straight|consecutive|full|long|extra|trading|business|working)\b)?[\s-]+(?P<u>{units})(?P<old>-old)?\b(?P<uh>\s+and\s+a\s+half\b)?"
            ),
            h_duration,
        ),
        (
            r"\b(?:(?:for|within|in|over|after|during|from)\s+(?:the\s+)?(?P<sp>(?P<u>minutes|hours|days|weeks|months|years|decades|centuries))|(?P<sp2>(?:the\s+)?(?:recent|coming|past)\s+(?P<u2>days|weeks|months|years|decades)))\b"
                .to_string(),
            h_bare_plural,
        ),
        (r"\b(?P<u>day|week|month|year|hour|decade)(?P<pl>s)?[-\s]?long\b".to_string(), h_long),
        (format!(r"\b(?P<w>{refs})\b"), h_ref),
        (
            format!(
                r"\b(?:(?P<lm>later|earlier)\s+)?(?:(?:the\s+|that\s+)?(?P<rel>following|next|previous|prior|same|preceding)\s+(?P<u>day|week|month|quarter|year|{pod})|that\s+(?P<u2>day|week|month|quarter|year|{pod})|the\s+(?P<u3>day|night|week|month|year)\s+(?P<dir>before|after|earlier|later)(?P<that>\s+that)?|(?:the|that)\s+(?:very\s+)?same\s+day)\b"
            ),
            h_anchored,
        ),
        (
            format!(r"\b(?P<h>{hols})\b(?:,?\s+(?P<y>{year})\b)?"),
            h_holiday,
        ),
    ];
    specs
        .into_iter()
        .map(|(src, handler)| {
            // ASCII word boundaries: a Unicode `\b` makes the fast automaton
            // give up at the first non-ASCII byte (’ “ ” in every news story).
            let src = format!("(?i){}", src.replace(r"\b", r"(?-u:\b)"));
            Rule {
                src,
                re: OnceLock::new(),
                handler,
            }
        })
        .collect()
}
