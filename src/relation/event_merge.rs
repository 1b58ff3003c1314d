//! Events told more than once: a tour reported in several sentences, a
//! meeting named again under another wording. Part of the events pass
//! ([`super::event`]).

use std::collections::HashSet;

use crate::model::{Event, EventKind, ParticipantRole};
use crate::relation::event_role::add;
use crate::text::Document;

/// One tour told in several sentences ("X led a team to conduct research
/// ...", then "X went to A, B and C to inspect ..."): inspections in one
/// story with the same leader and no conflicting date are one event
/// (leaders touring separately stay apart, convention 12).
pub(crate) fn merge_tours(events: Vec<Event>, doc: &Document) -> Vec<Event> {
    // Stories are in text order: one binary search per event.
    let story_of = |e: &Event| doc.stories.partition_point(|s| s.end <= e.span.start);
    let leader = |e: &Event| {
        e.participants
            .iter()
            .find(|p| p.role == ParticipantRole::Leader)
            .map(|p| p.name.clone())
    };
    let mut out: Vec<Event> = Vec::new();
    // Where the current story's events start in `out`: a tour merges only
    // within its own story, so the search never runs over the whole text.
    let mut story_start = 0;
    let mut current_story = usize::MAX;
    for e in events {
        let story = story_of(&e);
        if story != current_story {
            current_story = story;
            story_start = out.len();
        }
        let same = (e.kind == EventKind::Inspection)
            .then(|| {
                out[story_start..].iter().rposition(|o| {
                    o.kind == EventKind::Inspection
                        && leader(o).is_some()
                        && leader(o) == leader(&e)
                        && (o.date.is_none() || e.date.is_none() || o.date == e.date)
                })
            })
            .flatten();
        match same.map(|i| story_start + i) {
            Some(i) => {
                let o = &mut out[i];
                // An undated retelling keeps the first telling's part of day.
                if o.date.is_none() && e.date.is_some() {
                    o.date = e.date;
                    o.part_of_day = e.part_of_day;
                }
                for p in e.participants {
                    add(o, &p.name, p.role);
                }
                for v in e.visited {
                    if !o.visited.contains(&v) {
                        o.visited.push(v);
                    }
                }
            }
            None => out.push(e),
        }
    }
    out
}

/// One event told twice under two names ("Fourth Plenary Session of the
/// 14th X Committee" in the lead, "4th plenary meeting of the 14th X
/// Committee" later): same kind, same known date, and most content words
/// of the shorter name in the longer. The first keeps the name; roles and
/// visits join it.
pub(crate) fn merge_retold(events: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut words: Vec<HashSet<String>> = Vec::new();
    for e in events {
        let w = content_words(&e.name);
        let same = out.iter().zip(&words).position(|(o, ow)| {
            o.kind == e.kind && o.date.is_some() && o.date == e.date && {
                let shared = w.intersection(ow).count();
                // The proper words (not heads, numbers, levels or the
                // party's names) of one name are all in the other.
                let within = |a: &HashSet<String>, b: &HashSet<String>| {
                    a.iter().filter(|t| !is_generic_word(t)).all(|t| b.contains(t))
                };
                let nested = within(&w, ow) || within(ow, &w);
                nested && shared >= 3 && shared * 5 >= 3 * w.len().min(ow.len())
            }
        });
        match same {
            Some(i) => {
                for p in &e.participants {
                    add(&mut out[i], &p.name, p.role);
                }
                for v in e.visited {
                    if !out[i].visited.contains(&v) {
                        out[i].visited.push(v);
                    }
                }
                if out[i].organizer.is_none() {
                    out[i].organizer = e.organizer;
                }
            }
            None => {
                out.push(e);
                words.push(w);
            }
        }
    }
    out
}

/// Words that name no particular event: heads, numbers, level words and
/// the party's names, which translations vary ("CPC", "Communist Party of
/// China"; "Municipal", "City").
fn is_generic_word(w: &str) -> bool {
    const GENERIC: [&str; 22] = [
        "plenary",
        "session",
        "meeting",
        "conference",
        "symposium",
        "forum",
        "committee",
        "party",
        "communist",
        "china",
        "cpc",
        "chinese",
        "municipal",
        "city",
        "county",
        "district",
        "provincial",
        "province",
        "town",
        "standing",
        "enlarged",
        "annual",
    ];
    w.chars().all(|c| c.is_ascii_digit()) || GENERIC.contains(&w)
}

/// The lower-cased content words of an event name, ordinal words as
/// numbers ("Fourth" and "4th" are one word).
fn content_words(name: &str) -> HashSet<String> {
    const ORDINALS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .filter(|w| !matches!(w.as_str(), "the" | "of" | "and" | "a" | "an" | "in" | "on" | "for"))
        .map(|w| {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
                return digits.to_string();
            }
            ORDINALS.iter().position(|o| *o == w).map_or(w, |i| (i + 1).to_string())
        })
        .collect()
}
