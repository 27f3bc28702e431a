//! The report a person reads: `extract --format text` and the comparison
//! of one story's versions, contradictions first.

use std::io::{self, Write};

use super::Style;
use crate::analysis::Analysis;
use crate::compare::omissions::{self, Concerns};
use crate::compare::{Comparison, Finding, Kind};
use crate::model::ActorKind;

/// `extract --format text`.
pub fn extract_text(out: &mut dyn Write, analyses: &[Analysis], style: Style) -> io::Result<()> {
    for a in analyses {
        extract_document_text(out, a, style)?;
    }
    Ok(())
}

/// One document of [`extract_text`].
pub fn extract_document_text(out: &mut dyn Write, a: &Analysis, style: Style) -> io::Result<()> {
    let d = &a.doc;
    let date = match d.date {
        Some(x) => format!("{x} ({})", crate::model::wire_name(&d.date_source)),
        None => "undated".to_string(),
    };
    writeln!(out, "{}  {}", style.bold(&d.path), style.dim(&date))?;
    if let Some(t) = d.title {
        writeln!(out, "  title: {}", d.slice(t))?;
    }
    writeln!(
        out,
        "  {} bytes, {} paragraphs, {} sentences",
        d.bytes,
        d.paragraphs.len(),
        d.sentences.len()
    )?;
    for t in &a.timexes {
        let m = t.modifier.map(|m| format!(" {m}")).unwrap_or_default();
        writeln!(
            out,
            "  date    {:<28} {}{}",
            d.slice(t.span),
            style.paint("36", &t.value),
            m
        )?;
    }
    for f in &a.figures {
        let cat = f
            .category
            .map(|c| format!(" [{}]", c.as_str()))
            .unwrap_or_default();
        let counts = match f.counts.as_deref() {
            Some(c) if f.is_share() => format!("share of {c}"),
            c => c.unwrap_or("").to_string(),
        };
        writeln!(
            out,
            "  figure  {:<28} {}{}",
            d.slice(f.span),
            style.paint("33", &counts),
            cat
        )?;
    }
    // One line per actor: how often it is named, and under which forms.
    let mut actors: Vec<(&str, ActorKind, Vec<&str>)> = Vec::new();
    for m in &a.actors {
        let form = d.slice(m.span);
        match actors.iter_mut().find(|(c, _, _)| *c == m.canonical) {
            Some((_, _, forms)) => forms.push(form),
            None => actors.push((&m.canonical, m.kind, vec![form])),
        }
    }
    for (canonical, kind, forms) in &actors {
        let mut distinct: Vec<&str> = forms.iter().copied().filter(|f| f != canonical).collect();
        distinct.sort_unstable();
        distinct.dedup();
        let also = if distinct.is_empty() {
            String::new()
        } else {
            format!("  as {}", distinct.join(", "))
        };
        let kind = crate::model::wire_name(kind);
        writeln!(
            out,
            "  actor   {} ({kind}, ×{}){also}",
            style.paint("32", canonical),
            forms.len()
        )?;
    }
    for q in &a.quotes {
        let who = q.speaker.as_deref().unwrap_or("?");
        writeln!(
            out,
            "  quote   {} — {}",
            style.paint("35", &format!("“{}”", d.slice(q.span))),
            who
        )?;
    }
    writeln!(out)?;
    Ok(())
}

/// Report width when the caller gives none: 100 columns.
pub const WIDTH: usize = 100;

pub(super) fn wrap(text: &str, indent: usize, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent + line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `s` on one line of at most `max` characters, cut with `…` at the last
/// word boundary (a word cut in its middle reads as another word), or inside
/// a word only when the boundary would waste more than half the room.
pub(super) fn clip(s: &str, max: usize) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    // The first `max` characters: a space at the last of them means the
    // word before it fits whole, with room for the `…`.
    let room: String = s.chars().take(max).collect();
    match room.rfind(' ') {
        Some(i) if room[..i].chars().count() >= max / 2 => format!("{}…", &room[..i]),
        _ => {
            let cut: String = room.chars().take(max.saturating_sub(1)).collect();
            format!("{cut}…")
        }
    }
}

fn heading(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Contradiction => ("CONTRADICTIONS", "1;31"),
        Kind::Update => ("UPDATES", "1;33"),
        Kind::Disputed => ("DISPUTED WITHIN A VERSION", "1;35"),
        Kind::Compatible => ("COMPATIBLE (differ, both can be true)", "1;36"),
        Kind::Omission => ("OMISSIONS (stated in some versions only)", "1;34"),
        Kind::Agreement => ("AGREEMENTS", "1;32"),
    }
}

/// `compare --format text`: contradictions first, each with the versions side by side.
pub fn compare_text(
    out: &mut dyn Write,
    an: &[Analysis],
    cmp: &Comparison,
    style: Style,
) -> io::Result<()> {
    compare_text_from(out, an, cmp, style, 1)
}

/// [`compare_text`] with finding ids counted from `first_id`, so that ids
/// stay unique across the stories of one report.
pub fn compare_text_from(
    out: &mut dyn Write,
    an: &[Analysis],
    cmp: &Comparison,
    style: Style,
    first_id: usize,
) -> io::Result<()> {
    let width = style.width;
    let short = |d: usize| {
        let p = &an[d].doc.path;
        p.rsplit(['/', '\\']).next().unwrap_or(p).to_string()
    };
    let longest = cmp
        .order
        .iter()
        .map(|&d| short(d).chars().count())
        .max()
        .unwrap_or(4);
    // Names take at most half of a value line, so that a narrow terminal
    // still shows the values.
    let name_w = longest.min(32).min(width.saturating_sub(6) / 2).max(4);
    writeln!(
        out,
        "{}",
        style.bold(&format!("claimdiff: {} versions", an.len()))
    )?;
    for &d in &cmp.order {
        let doc = &an[d].doc;
        let date = match (doc.date, doc.date_source) {
            (Some(x), crate::document::DateSource::Inferred) => format!("{x} (inferred)"),
            (Some(x), _) => x.to_string(),
            (None, _) => "undated".into(),
        };
        let claims = format!("{} claims", an[d].claims.len());
        let name = short(d);
        let name_col = longest.min(32);
        if 2 + name_col + 2 + 22 + 1 + claims.len() <= width {
            writeln!(
                out,
                "  {:<name_col$}  {:<22} {claims}",
                clip(&name, name_col),
                date
            )?;
        } else {
            // Too narrow for one line: the name whole, then its date.
            writeln!(out, "  {name}")?;
            writeln!(out, "      {date}  {claims}")?;
        }
    }
    let summary: Vec<String> = Kind::ALL
        .iter()
        .map(|k| {
            format!(
                "{} {}",
                cmp.findings.iter().filter(|f| f.kind == *k).count(),
                k.as_str()
            )
        })
        .collect();
    // Counts wrap between items, never inside "12 agreement".
    let mut line = String::new();
    for item in summary {
        if !line.is_empty() && 2 + line.chars().count() + 3 + item.chars().count() > width {
            writeln!(out, "  {}", style.dim(&line))?;
            line.clear();
        }
        if !line.is_empty() {
            line.push_str(" · ");
        }
        line.push_str(&item);
    }
    writeln!(out, "  {}", style.dim(&line))?;
    let order = [
        Kind::Contradiction,
        Kind::Update,
        Kind::Disputed,
        Kind::Compatible,
        Kind::Omission,
        Kind::Agreement,
    ];
    for kind in order {
        if style.hidden.contains(kind) {
            continue;
        }
        // Ids are those of the whole report, whatever is hidden.
        let items: Vec<(usize, &Finding)> = cmp
            .findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.kind == kind)
            .map(|(i, f)| (i + first_id, f))
            .collect();
        if items.is_empty() {
            continue;
        }
        let (title, color) = heading(kind);
        writeln!(out)?;
        for line in wrap(&format!("{title} ({})", items.len()), 0, width) {
            writeln!(out, "{}", style.paint(color, &line))?;
        }
        let compact = matches!(kind, Kind::Omission | Kind::Agreement);
        // A report that shows omissions among other kinds keeps the first
        // few of each group, in report order (figures and people before
        // acts); `--only omission` lists them all, as the JSON output does.
        let cap = if style.hidden == crate::render::KindSet::of(&[Kind::Omission]).complement() {
            usize::MAX
        } else {
            OMISSIONS_SHOWN
        };
        let items = if kind == Kind::Omission {
            grouped_omissions(&cmp.order, items, cap)
        } else {
            items.into_iter().map(|x| (None, x.0, x.1, 0)).collect()
        };
        for (group, id, f, more) in items {
            if let Some(g) = group {
                let head = group_heading(&g, &short);
                writeln!(out)?;
                for line in wrap(&head, 2, width) {
                    writeln!(out, "  {}", style.bold(&line))?;
                }
            }
            let cat = crate::model::wire_name(&f.category);
            let head = format!("F{id} {cat}");
            let room = width.saturating_sub(head.chars().count() + 1).max(12);
            writeln!(
                out,
                "{} {}",
                style.bold(&head),
                clip(&with_event(an, f), room)
            )?;
            let value_w = width.saturating_sub(4 + name_w + 2).max(8);
            for &(d, s) in &f.values {
                let v = clip(an[d].doc.slice(s), value_w);
                writeln!(
                    out,
                    "    {:<name_w$}  {}",
                    clip(&short(d), name_w),
                    style.paint(color.trim_start_matches("1;"), &v)
                )?;
            }
            if !compact {
                for line in wrap(&f.explanation, 4, width) {
                    writeln!(out, "    {}", style.dim(&line))?;
                }
            }
            if more > 0 {
                let line =
                    format!("… and {more} more (--only omission or --format json lists them all)");
                for line in wrap(&line, 2, width) {
                    writeln!(out, "  {}", style.dim(&line))?;
                }
            }
        }
    }
    Ok(())
}

/// A finding's topic with the event instance it is about, unless the topic
/// already names it: "people killed · the Nov 27 quake", "Heidar Alishvandi
/// (person) · the quake".
fn with_event(an: &[Analysis], f: &Finding) -> String {
    match crate::compare::labels::beside_topic(an, f) {
        Some(e) => format!("{} · {e}", f.topic),
        None => f.topic.clone(),
    }
}

/// How many omissions of one group the text report shows when other kinds
/// are shown too: a reader checks a version for a handful of missing facts,
/// not fifty.
const OMISSIONS_SHOWN: usize = 8;

/// One omission of the text report: the group it opens (if it opens one),
/// its id, the finding, and how many of its group are left unshown after it
/// (on a group's last shown finding).
type GroupedOmission<'f> = (Option<Concerns>, usize, &'f Finding, usize);

/// Omissions grouped by the versions they concern, each group once, its
/// findings in report order, the first `cap` of each shown; a finding
/// carries its group when it opens one.
fn grouped_omissions<'f>(
    order: &[usize],
    items: Vec<(usize, &'f Finding)>,
    cap: usize,
) -> Vec<GroupedOmission<'f>> {
    let rank = |d: &usize| order.iter().position(|x| x == d).unwrap_or(usize::MAX);
    let mut groups: Vec<(Concerns, Vec<(usize, &Finding)>)> = Vec::new();
    for (id, f) in items {
        let c = omissions::concerns(order, f);
        match groups.iter_mut().find(|g| g.0 == c) {
            Some(g) => g.1.push((id, f)),
            None => groups.push((c, vec![(id, f)])),
        }
    }
    // What a version leaves out first, then what a version alone gives, each
    // in version order.
    groups.sort_by_key(|(c, _)| match c {
        Concerns::Missing(v) => (0, v.iter().map(rank).collect::<Vec<_>>()),
        Concerns::Only(v) => (1, v.iter().map(rank).collect::<Vec<_>>()),
    });
    let mut out = Vec::new();
    for (c, members) in groups {
        let shown = members.len().min(cap);
        let more = members.len() - shown;
        for (i, (id, f)) in members.into_iter().take(shown).enumerate() {
            let left = if i + 1 == shown { more } else { 0 };
            out.push(((i == 0).then(|| c.clone()), id, f, left));
        }
    }
    out
}

/// "What 002.txt leaves out that the others give", "Only 000.txt gives".
fn group_heading(c: &Concerns, short: &dyn Fn(usize) -> String) -> String {
    let list = |v: &[usize]| v.iter().map(|&d| short(d)).collect::<Vec<_>>().join(", ");
    match c {
        Concerns::Missing(v) if v.len() == 1 => {
            format!("What {} leaves out that others give:", list(v))
        }
        Concerns::Missing(v) => format!("What {} leave out that others give:", list(v)),
        Concerns::Only(v) if v.len() == 1 => format!("Only {} gives:", list(v)),
        Concerns::Only(v) => format!("Only {} give:", list(v)),
    }
}
