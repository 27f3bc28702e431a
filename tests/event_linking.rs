//! Event instance linking against ECB+'s gold cross-document event
//! coreference (the harness of `examples/event_linking`), on a handful of
//! story folders: floors at the measured level minus a margin, so that a
//! change that breaks linking is caught. Reads `../shared/data/ecbplus/` and
//! skips cleanly without it.

#[allow(dead_code)]
#[path = "../examples/event_linking/gold.rs"]
mod gold;
#[allow(dead_code)]
#[path = "../examples/event_linking/measure.rs"]
mod measure;

use measure::Tally;

/// Incident stories of several kinds (a bank bombing, two fires, two office
/// shootings, a quake) and one story with no incident (an Oscars host).
const FOLDERS: &[&str] = &[
    "8-ecbplus",
    "13-ecb",
    "14-ecbplus",
    "18-ecbplus",
    "20-ecbplus",
    "22-ecbplus",
    "2-ecb",
];

fn measured() -> Option<Tally> {
    let have = measure::folders()?;
    let mut t = Tally::default();
    for f in FOLDERS {
        if !have.iter().any(|h| h == f) {
            eprintln!("skipped: {f} is not in {}", measure::ROOT);
            return None;
        }
        let folder = measure::folder(f).unwrap_or_else(|e| panic!("{f}: {e}"));
        t.add(&folder.tally);
    }
    Some(t)
}

#[test]
fn linking_holds_its_measured_level() {
    let Some(t) = measured() else {
        eprintln!("skipped: no ECB+ data at {}", measure::ROOT);
        return;
    };
    eprintln!("{}\n{}", measure::HEADER, measure::row("subset", &t));
    // The gold is read and placed on the text.
    assert!(t.mentions > 1000 && t.chains > 50, "{t:?}");
    assert!(t.unplaced * 1000 <= t.tokens, "{t:?}");
    // Measured 2026-12-07: pairs P 0.710 R 0.773, B-cubed F 0.767, main
    // chain covered in 58/85 versions, main-event facts on its key 116/134,
    // other-incident facts kept off it 19/25. Measured 2026-12-08, after
    // "opened fire" became a shooting: pairs P 0.738 R 0.816, B-cubed F
    // 0.782, main-event facts on its key 167/190, other-incident facts kept
    // off it 17/33. The last fell because ECB+ files "opened fire ...
    // killing two" and "charged with murder in the death of Kafoury, 63, of
    // Warren" under chains of their own (the act of firing, the charge),
    // while their tolls, ages and home towns are the main event's, where
    // they now go; the floor follows at 0.45, so that facts of really
    // other incidents moving onto the main key still trip it.
    let (p, r) = t.pairs();
    assert!(p >= 0.62, "pairwise precision {p:.3}");
    assert!(r >= 0.68, "pairwise recall {r:.3}");
    assert!(t.b3().2 >= 0.68, "B-cubed F {:.3}", t.b3().2);
    let main = t.main_docs_covered as f64 / t.main_docs as f64;
    assert!(main >= 0.6, "main chain covered in {main:.3} of versions");
    let on = t.main_facts_on as f64 / t.main_facts as f64;
    assert!(on >= 0.78, "main-event facts on its key {on:.3}");
    let off = t.other_facts_off as f64 / t.other_facts as f64;
    assert!(off >= 0.45, "other-incident facts kept off {off:.3}");
}

/// The gold reader on a small CAT document of its own: tokens placed on a
/// text that dropped the URL line, a cross-document chain and a mention that
/// only has a within-document chain.
#[test]
fn gold_reader_places_mentions_and_chains() {
    let xml = r#"<Document doc_name="9_1ecb.xml">
<token t_id="1" sentence="0" number="0">http://x.org/a</token>
<token t_id="2" sentence="1" number="0">A</token>
<token t_id="3" sentence="1" number="1">quake</token>
<token t_id="4" sentence="1" number="2">killed</token>
<token t_id="5" sentence="1" number="3">five</token>
<token t_id="6" sentence="1" number="4">.</token>
<token t_id="7" sentence="2" number="0">The</token>
<token t_id="8" sentence="2" number="1">tremor</token>
<token t_id="9" sentence="2" number="2">struck</token>
<token t_id="10" sentence="2" number="3">at</token>
<token t_id="11" sentence="2" number="4">dawn</token>
<token t_id="12" sentence="2" number="5">.</token>
<Markables>
<ACTION_OCCURRENCE m_id="1"  >
  <token_anchor t_id="3"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="2"  >
  <token_anchor t_id="4"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="3"  >
  <token_anchor t_id="8"/>
</ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="4"  >
  <token_anchor t_id="5"/>
</HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t9_quake" instance_id="ACT123" />
<ACTION_OCCURRENCE m_id="10" TAG_DESCRIPTOR="killing" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT123" >
  <source m_id="1" />
  <source m_id="3" />
  <target m_id="9" />
</CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="2" >
  <source m_id="2" />
  <target m_id="10" />
</INTRA_DOC_COREF>
</Relations>
</Document>"#;
    let text = "A quake killed five.\n\nThe tremor struck at dawn.\n";
    let g = gold::read("9_1ecb.txt", xml, text).expect("reads");
    assert_eq!((g.tokens, g.unplaced), (11, 0));
    let found: Vec<(&str, &str, bool)> = g
        .mentions
        .iter()
        .map(|m| (m.span.of(text), m.chain.as_str(), m.cross))
        .collect();
    assert_eq!(
        found,
        [
            ("quake", "ACT123", true),
            ("killed", "9_1ecb.txt#10", false),
            ("tremor", "ACT123", true),
        ]
    );
    assert!(gold::read("bad.txt", "<Document/>", text).is_err());
}
