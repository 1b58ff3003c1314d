//! Events: meetings, conferences, study sessions and inspections that the
//! article reports as having happened, with dates and participants.
//!
//! Consumes the sentences and stories of the [`Document`], full-name
//! mentions, organization and place mentions, and the publication date;
//! produces [`Event`]s.
//!
//! # Grammar
//!
//! ```text
//! active     = Org? ... ("held"|"convened"|"hosted") ("a"|"an"|"its"|"the") NP     organizer = Org
//!                "the Standing Committee of the Municipal Party Committee held an enlarged meeting"
//! passive    = "the" NP ("was"|"were") ("held"|"convened") | NP "took place"
//!                "the Pengjiang District High-Quality Development Promotion Conference was held"
//! joined     = ("participated in"|"attended") ("a"|"an") NP      "participated in a symposium of ..."
//! session    = ("at"|"during") "the" ... ("session"|"meeting") "of" "the"? ... Org(congress)
//! inspection = Name ... ("led a team"|"led a delegation"|"went to"|"went deep into"|"visited"
//!                       |"conducted a survey"|"carried out research")
//!   NP       = words ending in meeting | conference | symposium | forum | session
//!              | plenary session | seminar | study meeting
//! ```
//!
//! Referenced meetings ("convey the spirit of the Third Plenary Session")
//! match no trigger. Roles, per sentence: names before a role verb take it
//! (a name after a verb starts a new subject); after "attended by" /
//! "participated by" the names that follow take it. Roles: presided over /
//! chaired / hosted -> chair; delivered a speech / spoke / made a report /
//! shared -> speaker; led -> leader; attended / participated / accompanied
//! -> attendee; the strongest wins. Reporting verbs (emphasized, pointed
//! out) give nothing, and nothing after `<verb> that` counts.
//!
//! Dates: "On [the afternoon of] February 19" / "on November 10" in the
//! trigger sentence (else the story's first sentence) resolve against
//! `published`: a month later than the publication month is the previous
//! year; "Yesterday" is the day before; "On the same day" is the previous
//! event's date; "Recently" and anything else give none.
//!
//! The triggers and the reading of an event's noun phrase are in
//! [`super::event_trigger`]; roles, dates, visited places and merging each
//! have their module beside this one. Patterns are written in lower case
//! and run over `Document::lower` (matched text is read back from the
//! input by range); only the session pattern, which needs capitalised
//! names, runs over the input.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::event_date::{date_in, resolve, DatePhrase};
use super::event_trigger::{may_hold_date, per_owner, trigger, Cues, ACTIVE, INSPECTION, INSPECTION_RE, PASSIVE};
use crate::entity::org::OrgMention;
use crate::entity::person::NameMention;
use crate::entity::place::PlaceMention;
use crate::model::{Event, EventKind, PartOfDay, ParticipantRole};
use crate::relation::event_merge::{merge_retold, merge_tours};
use crate::relation::event_role::{add, assign_roles};
use crate::relation::event_visit::visited;
use crate::span::Rule;
use crate::substr;
use crate::text::Document;
use crate::{Date, Span};

/// "The meeting pointed out that ...": what follows reports the meeting's
/// content, and the people named in it are not its participants.
static REPORTED_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^the\x20(?:meeting|conference|session|symposium)\x20(?:pointed\x20out|emphasized|emphasised|stressed|noted|held|believed|required|called)").unwrap()
});

/// A mention of the event itself: "the meeting", "the activity".
static EVENT_NOUN_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)the\x20(?:[a-z\-]+\x20){0,2}(?:meeting|conference|session|symposium|activity|event|forum)(?-u:\b)",
    )
    .unwrap()
});

/// Every reported event, in text order.
pub(crate) fn events(
    doc: &Document,
    names: &[NameMention],
    orgs: &[OrgMention],
    places: &[PlaceMention],
    published: Option<Date>,
) -> Vec<Event> {
    let text = doc.text;
    let mut out: Vec<Event> = Vec::new();
    let mut seen: std::collections::HashMap<(EventKind, String), usize> = std::collections::HashMap::new();
    // Where each event's stretch of text starts, for its visited list.
    let mut starts: Vec<(usize, usize)> = Vec::new();
    // Each event's date phrase as written, to tell another day's sentence
    // apart when the phrases cannot be resolved (no publication date).
    let mut day_phrases: Vec<Option<DatePhrase>> = Vec::new();
    for story in &doc.stories {
        let first = doc.sentences.partition_point(|s| s.end <= story.start);
        let last = doc.sentences.partition_point(|s| s.start < story.end);
        let sentences = &doc.sentences[first..last];
        let story_date = sentences.first().and_then(|s| date_in(&doc.lower[s.clone()]));
        let mut current: Option<usize> = None;
        let mut reported = false;
        // Roles a headline gives before the story's first event is told
        // ("Meng Delivers Speech; Qin Presides; Dai and Lin Attend").
        let mut headline_roles: Vec<crate::model::Participant> = Vec::new();
        let headline = sentences.first().cloned();
        for sentence in sentences.iter().flat_map(|s| touring_clauses(&doc.lower, s.clone())) {
            let sentence = &sentence;
            // `s` for names and spans, `ls` (the same bytes, lower-cased)
            // for the lower-case patterns.
            let (s, ls) = (&text[sentence.clone()], &doc.lower[sentence.clone()]);
            let base = sentence.start;
            if REPORTED_RE.is_match(ls.trim_start()) {
                reported = true;
                continue;
            }
            if reported && EVENT_NOUN_RE.is_match(ls) {
                reported = false;
            }
            let names_here = names.partition_point(|n| n.span.start < sentence.end)
                - names.partition_point(|n| n.span.start < sentence.start);
            let cues = Cues::of(ls);
            let found = cues
                .may_trigger()
                .then(|| trigger(s, ls, base, orgs, cues))
                .flatten()
                .filter(|(rule, ..)| {
                    // An inspection verb with nobody named ("They went to Huanshi
                    // Street") continues the current inspection; so does "came
                    // to" once a visit is under way ("X came to the plant").
                    let came = INSPECTION_RE.find(ls).is_some_and(|m| m.as_str() == "came to");
                    rule.id != INSPECTION.id || current.is_none() || (names_here > 0 && !came)
                });
            if let Some((rule, kind, name, organizer)) = found {
                let phrase = date_in(ls).or(if current.is_none() { story_date.clone() } else { None });
                // "Later that day": the day of the last event told with one
                // (an undated stop of a visit in between has no other).
                let previous = out.iter().rev().find_map(|e| e.date);
                let (date, part_of_day) = resolve(phrase.clone(), published, previous);
                // "the province and the city's ... conferences were held":
                // one event per owner, in text order; the last is current.
                let mut siblings = if rule.id == PASSIVE.id {
                    per_owner(&name)
                } else {
                    Vec::new()
                };
                let name = siblings.pop().unwrap_or(name);
                for sibling in siblings {
                    if seen.contains_key(&(kind, sibling.clone())) {
                        continue;
                    }
                    seen.insert((kind, sibling.clone()), out.len());
                    out.push(new_event(kind, sibling, (date, part_of_day), None, sentence, rule));
                    starts.push((out.len() - 1, sentence.start));
                    day_phrases.push(phrase.clone());
                }
                // The same event reported again (a headline, then the
                // dateline sentence) is one event.
                if let Some(&i) = seen.get(&(kind, name.clone())) {
                    if out[i].date.is_none() {
                        out[i].date = date;
                        out[i].part_of_day = part_of_day;
                    }
                    current = Some(i);
                    reported = false;
                    let in_sentence = mentions_in(names, sentence.start, sentence.end);
                    assign_roles(ls, base, &in_sentence, &mut out[i]);
                    continue;
                }
                reported = false;
                seen.insert((kind, name.clone()), out.len());
                out.push(new_event(kind, name, (date, part_of_day), organizer, sentence, rule));
                starts.push((out.len() - 1, sentence.start));
                day_phrases.push(phrase);
                current = Some(out.len() - 1);
                for p in headline_roles.drain(..) {
                    add(&mut out[current.unwrap_or_default()], &p.name, p.role);
                }
            }
            let Some(event) = current else {
                if headline.as_ref() == Some(sentence) {
                    // A scratch event that only collects the roles.
                    let mut roles = new_event(EventKind::Other, String::new(), (None, None), None, sentence, ACTIVE);
                    assign_roles(ls, base, &mentions_in(names, sentence.start, sentence.end), &mut roles);
                    headline_roles = roles.participants;
                }
                continue;
            };
            if reported {
                continue;
            }
            if out[event].organizer.is_none() {
                out[event].organizer = organizer_by(ls, base, orgs);
            }
            let in_sentence = mentions_in(names, sentence.start, sentence.end);
            if in_sentence.is_empty() {
                continue;
            }
            // A sentence dated to another day ("On January 6, X met with a
            // delegation led by Y") tells of another occasion: neither its
            // people nor those of the sentences after it are this event's.
            // Unresolved ("on Tuesday" against "On Wednesday" with no
            // publication date), the phrases as written are compared.
            let dated = out[event].date.is_some() || day_phrases[event].is_some();
            if let Some(own_phrase) = (dated && may_hold_date(ls)).then(|| date_in(ls)).flatten() {
                let other_day = match (out[event].date, resolve(Some(own_phrase.clone()), published, None).0) {
                    (Some(event_date), Some(own)) => own != event_date,
                    _ => day_phrases[event]
                        .as_ref()
                        .and_then(|phrase| phrase.same_day(&own_phrase))
                        .is_some_and(|same| !same),
                };
                if other_day {
                    current = None;
                    continue;
                }
            }
            assign_roles(ls, base, &in_sentence, &mut out[event]);
            if out[event].kind == EventKind::Inspection {
                // The first name of the trigger sentence leads the visit.
                let own = out[event].span.start == sentence.start;
                let led = out[event]
                    .participants
                    .iter()
                    .any(|p| p.role == ParticipantRole::Leader);
                if (own || out[event].participants.is_empty()) && !led {
                    if let Some(n) = in_sentence.first() {
                        add(&mut out[event], &n.name, ParticipantRole::Leader);
                    }
                }
            }
        }
    }
    visited(&mut out, &starts, doc, orgs, places);
    merge_retold(merge_tours(out, doc))
}

/// "hosted by", "organized by": the body named right after is the
/// event's organizer (convention 14).
static ORGANIZED_BY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:organi[sz]ed|hosted|co-hosted|sponsored|held)\x20(?:jointly\x20)?by\x20(?:the\x20)?")
        .unwrap()
});

/// The organizer a sentence (`ls`, lower-cased, at byte `base`) names
/// with "hosted by X" or "organized by X": the first body right after,
/// the first of several (convention 14).
fn organizer_by(ls: &str, base: usize, orgs: &[OrgMention]) -> Option<String> {
    // Every such phrase holds " by ".
    substr::find(ls, " by ")?;
    let m = ORGANIZED_BY_RE.find(ls)?;
    let at = base + m.end();
    orgs.get(orgs.partition_point(|o| o.span.start < at))
        .filter(|o| o.span.start == at)
        .map(|o| o.name.clone())
}

/// "A went to X; B went to Y": leaders touring separately give one
/// inspection each (convention 12), so a sentence with several inspection
/// verbs is read clause by clause at its semicolons. Any other sentence is
/// one unit.
fn touring_clauses(lower: &str, sentence: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let ls = &lower[sentence.clone()];
    let split = ls.contains(';') && INSPECTION_RE.find_iter(ls).nth(1).is_some();
    let mut start = sentence.start;
    ls.split_inclusive(move |c| split && c == ';').map(move |clause| {
        let range = start..start + clause.len();
        start = range.end;
        range
    })
}

/// A new event with no participants yet, evidenced by its sentence.
fn new_event(
    kind: EventKind,
    name: String,
    (date, part_of_day): (Option<Date>, Option<PartOfDay>),
    organizer: Option<String>,
    sentence: &std::ops::Range<usize>,
    rule: Rule,
) -> Event {
    Event {
        kind,
        name,
        date,
        part_of_day,
        organizer,
        participants: Vec::new(),
        visited: Vec::new(),
        span: Span::new(sentence.start, sentence.end),
        rule: rule.rule_id(),
    }
}

/// The mentions that start inside `[start, end)` (mentions are sorted).
fn mentions_in(names: &[NameMention], start: usize, end: usize) -> Vec<&NameMention> {
    names[names.partition_point(|n| n.span.start < start)..names.partition_point(|n| n.span.start < end)]
        .iter()
        .collect()
}

#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static Regex> {
    let mut v = super::event_trigger::regexes();
    v.extend([
        &*crate::relation::event_role::THAT_RE,
        &*crate::relation::event_role::STUDIED_RE,
        &*REPORTED_RE,
        &*EVENT_NOUN_RE,
        &*ORGANIZED_BY_RE,
    ]);
    v
}

#[cfg(test)]
mod tests;
