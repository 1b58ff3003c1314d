//! What an inspection visited (convention 16): the places gone to, named
//! after the inspection verb, then each named unit or site in the event's
//! stretch of text that is gone to rather than only mentioned. Part of the
//! events pass ([`super::event`]).

use crate::entity::org::OrgMention;
use crate::entity::place::PlaceMention;
use crate::lexicon;
use crate::model::{Event, EventKind, OrganizationKind, PlaceKind};
use crate::relation::event_trigger::INSPECTION_RE;
use crate::text::Document;

/// What may stand between two stops of a visit list: "A, B and C", "A to
/// visit B".
static LIST_GAP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:,\x20|\x20and\x20|,\x20and\x20|、|\x20(?:to|and)\x20(?:visit|inspect|investigate|see)(?:\x20the)?\x20|\x20and\x20visited(?:\x20the)?\x20)$").unwrap()
});

/// Whether a unit at `at` is only mentioned, not gone to: part of a post
/// ("commander of the provincial military region"), what someone said
/// ("said that Tencent is"), or where a visitor came from.
fn only_mentioned(doc: &Document, at: usize) -> bool {
    let before = doc.lower[..at].trim_end_matches("the ").trim_end();
    let last_word = |s: &str| s.rsplit(' ').next().unwrap_or("").to_string();
    if let Some(rest) = before.strip_suffix(" of") {
        let w = last_word(rest);
        if crate::entity::title::starts_title(&w)
            || lexicon::singular_head(&w).is_some_and(|s| lexicon::contains_title(&s))
        {
            return true;
        }
    }
    matches!(last_word(before).as_str(), "that" | "from" | "with" | "said" | "says") || among_companions(doc, at)
}

/// The verbs whose subject goes along with a visit or attends it: "Officials
/// from the port group | accompanied the inspection".
const COMPANION_VERBS: [&str; 4] = [
    " accompanied the ",
    " accompanied them",
    " accompanied him",
    " attended the ",
];

/// Whether the unit at `at` is named in the subject of a companion verb
/// later in its sentence: its people went along, it was not gone to.
fn among_companions(doc: &Document, at: usize) -> bool {
    let i = doc.sentences.partition_point(|s| s.end <= at);
    let Some(sentence) = doc.sentences.get(i).filter(|s| s.start <= at) else {
        return false;
    };
    let rest = &doc.lower[at..sentence.end];
    COMPANION_VERBS
        .iter()
        .any(|v| crate::substr::find(rest, v).is_some_and(|j| INSPECTION_RE.find(&rest[..j]).is_none()))
}

/// Inspections visit the companies, units and local places named in their
/// stretch of text (up to the next event).
pub(crate) fn visited(
    out: &mut [Event],
    starts: &[(usize, usize)],
    doc: &Document,
    orgs: &[OrgMention],
    places: &[PlaceMention],
) {
    for (k, &(i, start)) in starts.iter().enumerate() {
        if out[i].kind != EventKind::Inspection {
            continue;
        }
        let story_end = doc
            .stories
            .iter()
            .find(|s| s.start <= start && start < s.end)
            .map_or(doc.text.len(), |s| s.end);
        let end = starts.get(k + 1).map_or(story_end, |&(_, s)| s.min(story_end));
        let mut v: Vec<(usize, String)> = Vec::new();
        // The places gone to, named after the inspection verb of the
        // event's own sentence ("went to A and B to investigate"), first;
        // a place after "of" is a parent ("Shadui Town of Xinhui").
        // Only the list right after the verb counts: "went to A, B and C
        // to inspect" gives A, B and C; "visited the park in Kaiping" gives
        // the park, not its parent.
        let own = out[i].span.start..out[i].span.end;
        if let Some(verb) = INSPECTION_RE.find(&doc.lower[own.clone()]) {
            let verb_end = own.start + verb.end();
            let mut last = verb_end;
            // Places and units after the verb, in text order; a place
            // inside a unit's name is the unit's.
            let mut here: Vec<(crate::Span, String, bool)> = places
                [places.partition_point(|p| p.span.start < last)..places.partition_point(|p| p.span.start < own.end)]
                .iter()
                .map(|p| (p.span, p.name.clone(), p.kind == PlaceKind::Province))
                .collect();
            here.extend(
                orgs[orgs.partition_point(|o| o.span.start < last)..orgs.partition_point(|o| o.span.start < own.end)]
                    .iter()
                    .map(|o| (o.span, o.name.clone(), false)),
            );
            here.sort_by_key(|(span, ..)| (span.start, std::cmp::Reverse(span.end)));
            let mut covered_to = 0;
            here.retain(|(span, ..)| {
                let keep = span.start >= covered_to;
                covered_to = covered_to.max(span.end);
                keep
            });
            for (n, (span, name, province)) in here.iter().enumerate() {
                let gap = &doc.lower[last..span.start];
                let listed = if n == 0 {
                    gap.len() <= 40 && !gap.contains([',', ';', '.'])
                } else {
                    LIST_GAP.is_match(gap)
                };
                if !listed {
                    break;
                }
                last = span.end;
                // Not the verb's own "of" ("made an inspection tour of X").
                let parent = span.start > verb_end + 1 && doc.lower[..span.start].ends_with(" of ");
                if !parent && !province {
                    v.push((span.start, name.clone()));
                }
            }
        }
        // "In the Hengqin New Area of Zhuhai, the team visited ...": a
        // sentence opening on where it happens.
        for sentence in &doc.sentences[doc.sentences.partition_point(|s| s.end <= start)..] {
            if sentence.start >= end {
                break;
            }
            // The event's own sentence names its stops after the verb.
            if sentence.start < own.end && own.start < sentence.end {
                continue;
            }
            let ls = &doc.lower[sentence.clone()];
            let Some(lead) = ls.strip_prefix("in the ").or_else(|| ls.strip_prefix("in ")) else {
                continue;
            };
            let at = sentence.start + (ls.len() - lead.len());
            if let Some(p) = places
                .iter()
                .find(|p| p.span.start == at && p.kind != PlaceKind::Province)
            {
                v.push((p.span.start, p.name.clone()));
            }
        }
        let orgs = &orgs[orgs.partition_point(|o| o.span.start < start)..orgs.partition_point(|o| o.span.start < end)];
        let places =
            &places[places.partition_point(|p| p.span.start < start)..places.partition_point(|p| p.span.start < end)];
        for o in orgs.iter().filter(|o| o.span.end <= end) {
            if matches!(o.kind, OrganizationKind::Company | OrganizationKind::Other)
                && !only_mentioned(doc, o.span.start)
            {
                v.push((o.span.start, o.name.clone()));
            }
        }
        for p in places.iter().filter(|p| p.span.end <= end) {
            if matches!(
                p.kind,
                PlaceKind::Town | PlaceKind::Street | PlaceKind::Village | PlaceKind::Landmark
            ) {
                v.push((p.span.start, p.name.clone()));
            }
        }
        v.sort();
        for (_, name) in v {
            if !out[i].visited.contains(&name) {
                out[i].visited.push(name);
            }
        }
    }
}
