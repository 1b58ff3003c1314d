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
                let (date, part_of_day) = resolve(phrase.clone(), published, out.last().and_then(|e| e.date));
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
mod tests {
    use super::*;

    #[test]
    fn a_retold_event_merges_only_with_its_own_date_and_words() {
        let event = |name: &str, date: &str| Event {
            kind: EventKind::PlenarySession,
            name: name.to_string(),
            date: Some(date.parse().unwrap()),
            part_of_day: None,
            organizer: None,
            participants: Vec::new(),
            visited: Vec::new(),
            span: Span::new(0, 0),
            rule: PASSIVE.rule_id(),
        };
        let merged = merge_retold(vec![
            event(
                "Second Plenary Session of the Seventh X County Committee of the Communist Party of China",
                "2024-01-05",
            ),
            event("2nd plenary meeting of the 7th CPC X County Committee", "2024-01-05"),
            event("2nd plenary meeting of the 7th CPC X County Committee", "2024-01-06"),
            event("Second Plenary Session of the Seventh Y Town Committee", "2024-01-05"),
        ]);
        assert_eq!(merged.len(), 3);
    }

    fn check(text: &str, published: Option<&str>) -> Vec<String> {
        let doc = Document::new(text);
        let names = crate::entity::person::full_names(&doc, &[]);
        let orgs = crate::entity::org::find(&doc);
        let places = crate::entity::place::find(&doc);
        let published = published.map(|p| p.parse().unwrap());
        events(&doc, &names, &orgs, &places, published)
            .into_iter()
            .map(|e| {
                let parts: Vec<String> = e
                    .participants
                    .iter()
                    .map(|p| format!("{}:{:?}", p.name, p.role))
                    .collect();
                format!(
                    "{:?} {:?} {} {:?} org={:?} [{}] visited={:?}",
                    e.kind,
                    e.name,
                    e.date.map_or("-".to_string(), |d| d.to_string()),
                    e.part_of_day,
                    e.organizer,
                    parts.join(", "),
                    e.visited
                )
            })
            .collect()
    }

    #[test]
    fn passive_conference_with_chair_and_speaker() {
        let text = "On February 19, the Xinhui District High-Quality Development Conference was held. District Party Secretary Liang Wei attended the meeting and delivered a speech. District Mayor Chen Hao presided over the meeting. Wu Lin and Zhou Ping attended the meeting.";
        assert_eq!(
            check(text, Some("2024-02-20")),
            ["Conference \"Xinhui District High-Quality Development Conference\" 2024-02-19 None org=None [Liang Wei:Speaker, Chen Hao:Chair, Wu Lin:Attendee, Zhou Ping:Attendee] visited=[]"]
        );
    }

    #[test]
    fn active_meeting_with_organizer_and_referenced_session() {
        let text = "On June 25, the Standing Committee of the Municipal Party Committee held an enlarged meeting to convey the spirit of the Third Plenary Session of the Provincial Party Committee. Li Hua, secretary of the Municipal Party Committee, presided over and delivered a speech. The meeting pointed out that Zhou Min made a work report.";
        assert_eq!(
            check(text, Some("2023-06-26")),
            ["Meeting \"enlarged meeting of the Standing Committee of the Municipal Party Committee\" 2023-06-25 None org=Some(\"Standing Committee of the Municipal Party Committee\") [Li Hua:Chair] visited=[]"]
        );
    }

    #[test]
    fn of_phrase_cut_at_a_bracket_keeps_no_space() {
        let text = "On May 8, the bureau held a meeting of the leading group (expanded) to study the plan. Ma Lin presided over the meeting.";
        assert_eq!(
            check(text, Some("2024-05-09")),
            ["Meeting \"meeting of the leading group\" 2024-05-08 None org=None [Ma Lin:Chair] visited=[]"]
        );
        let text = "On May 8, the bureau held a meeting of (expanded) staff to study the plan.";
        assert_eq!(
            check(text, Some("2024-05-09")),
            ["Meeting \"meeting\" 2024-05-08 None org=None [] visited=[]"]
        );
    }

    #[test]
    fn symposium_afternoon_speakers_and_later_attendees() {
        let text = "On the afternoon of February 16, Chen Ming participated in a symposium of entrepreneurs. At the meeting, Tan Hao, Liu Xiao and other participants spoke. City leaders Cai Wei and Peng Rui participated in the activity.";
        assert_eq!(
            check(text, Some("2023-02-17")),
            ["Symposium \"symposium of entrepreneurs\" 2023-02-16 Some(Afternoon) org=None [Chen Ming:Attendee, Tan Hao:Speaker, Liu Xiao:Speaker, Cai Wei:Attendee, Peng Rui:Attendee] visited=[]"]
        );
    }

    #[test]
    fn a_joined_events_name_stops_before_its_place_and_day() {
        let text = "Li Ming attended a signing ceremony in Xinhe on May 6. Wu Hui attended a seminar on rural revitalization on May 7.";
        let got = check(text, Some("2024-05-08"));
        assert!(got[0].starts_with("Other \"signing ceremony\" 2024-05-06"), "{got:?}");
        assert!(
            got[1].starts_with("Symposium \"seminar on rural revitalization\" 2024-05-07"),
            "{got:?}"
        );
    }

    #[test]
    fn an_event_in_passing_with_its_day() {
        // "at a <meeting> (held by X) on <day>", the day a date or a weekday.
        let text = "The plan was released at a press conference held by the Information Office of Tianjin Municipality on Friday.";
        assert_eq!(
            check(text, Some("2026-05-09")),
            ["Conference \"press conference\" 2026-05-08 None org=Some(\"Information Office of Tianjin Municipality\") [] visited=[]"]
        );
        let text = "Wu Hui spoke at the 2024 Xinhe Entrepreneur Conference on March 10.";
        assert_eq!(
            check(text, Some("2024-03-11")),
            ["Conference \"2024 Xinhe Entrepreneur Conference\" 2024-03-10 None org=None [Wu Hui:Speaker] visited=[]"]
        );
        // A meeting to come is none.
        assert!(check("Wu Hui will speak at a forum on Friday.", Some("2026-05-09")).is_empty());
    }

    #[test]
    fn a_for_or_with_phrase_before_the_passive_verb() {
        let text = "On March 10, a mobilization meeting for spring planting was held in Xinhe. Vice Mayor Liang Ping reported on the preparations.";
        assert_eq!(
            check(text, Some("2026-03-12")),
            ["Meeting \"mobilization meeting for spring planting\" 2026-03-10 None org=None [Liang Ping:Speaker] visited=[]"]
        );
        let text = "On March 10, the symposium with private entrepreneurs took place. Li Hua briefed the participants.";
        assert_eq!(
            check(text, Some("2026-03-12")),
            ["Symposium \"symposium with private entrepreneurs\" 2026-03-10 None org=None [Li Hua:Speaker] visited=[]"]
        );
    }

    #[test]
    fn inspection_tours_and_those_with_the_leader() {
        let text = "On May 8, Wang Jun made an inspection tour of Xinhe District, accompanied by Li Hua.";
        assert_eq!(
            check(text, Some("2026-05-10")),
            ["Inspection \"Xinhe District\" 2026-05-08 None org=None [Li Hua:Attendee, Wang Jun:Leader] visited=[\"Xinhe District\"]"]
        );
        let text = "On May 8, Mayor Li Ai paid a working visit to Xinhe Port, together with Tang Hui.";
        assert!(check(text, Some("2026-05-10"))[0].contains("[Tang Hui:Attendee, Li Ai:Leader]"));
        let text = "On May 9, the county held a symposium. Zhou Min presided. Also present were Chen Lin and Xu Bo.";
        assert!(check(text, Some("2026-05-10"))[0].contains("[Zhou Min:Chair, Chen Lin:Attendee, Xu Bo:Attendee]"));
    }

    #[test]
    fn study_meeting_attended_by() {
        let text = "The Theoretical Learning Center Group of the Municipal Party Committee recently held a study meeting. The meeting was attended by officials including Chen Ming, Wu Hui and Zhang Xing. Ling Chuan and Wang Jun shared their experiences.";
        assert_eq!(
            check(text, Some("2023-07-01")),
            ["StudySession \"study meeting of the Theoretical Learning Center Group of the Municipal Party Committee\" - None org=Some(\"Theoretical Learning Center Group of the Municipal Party Committee\") [Chen Ming:Attendee, Wu Hui:Attendee, Zhang Xing:Attendee, Ling Chuan:Speaker, Wang Jun:Speaker] visited=[]"]
        );
    }

    #[test]
    fn inspection_led_by_with_visits() {
        let text = "After the meeting, Lao Ming led a team to carry out research on the front line. At Hymson Laser Co., Ltd., the team listened. They went to Huanshi Street for discussion.";
        assert_eq!(
            check(text, None),
            ["Inspection \"research on the front line\" - None org=None [Lao Ming:Leader] visited=[\"Hymson Laser Co., Ltd.\", \"Huanshi Street\"]"]
        );
    }

    #[test]
    fn dates_resolve_against_published() {
        assert_eq!(
            check("Yesterday, the county work conference was held.", Some("2024-01-01"))[0]
                .split(' ')
                .nth(4),
            Some("2023-12-31")
        );
        // A month after the publication month belongs to the previous year.
        assert!(check(
            "On December 28, the county work conference was held.",
            Some("2024-01-03")
        )[0]
        .contains("2023-12-28"));
        assert!(check("Recently, the county work conference was held.", Some("2024-01-03"))[0].contains(" - "));
    }

    #[test]
    fn that_afternoon_is_the_day_of_the_event_before() {
        let text = "On the morning of May 6, Mayor Liu Chen led a team to inspect the Riverside Park. That afternoon, the Standing Committee of the County Party Committee held an enlarged meeting. Liu Chen presided over the meeting.";
        let events = check(text, Some("2024-05-07"));
        assert_eq!(events.len(), 2, "{events:?}");
        assert!(events[0].contains("2024-05-06 Some(Morning)"), "{}", events[0]);
        assert!(events[1].contains("2024-05-06 Some(Afternoon)"), "{}", events[1]);
    }

    /// The one event `text` reports, published on `published`.
    fn only_event(text: &str, published: &str) -> String {
        let mut events = check(text, Some(published));
        assert_eq!(events.len(), 1, "{events:?}");
        events.remove(0)
    }

    #[test]
    fn a_the_after_the_head_noun_stays_in_the_name() {
        let text = "A symposium on promoting the growth of the digital economy was held in the county on March 17.";
        let event = only_event(text, "2024-03-18");
        assert!(
            event.starts_with("Symposium \"symposium on promoting the growth of the digital economy\" 2024-03-17"),
            "{event}"
        );
    }

    #[test]
    fn a_with_or_for_phrase_names_the_guests() {
        let text = "The county government held a symposium with local farmers in Xinhe on May 3. Zhou Lin chaired it.";
        let event = only_event(text, "2024-05-04");
        assert!(
            event.starts_with("Symposium \"symposium with local farmers\" 2024-05-03"),
            "{event}"
        );
        let text = "The county government held a forum for young entrepreneurs on May 3.";
        let event = only_event(text, "2024-05-04");
        assert!(
            event.starts_with("Symposium \"forum for young entrepreneurs\" 2024-05-03"),
            "{event}"
        );
    }

    #[test]
    fn a_visit_is_named_by_its_purpose() {
        let text = "On May 3, Mayor Liu Chen went to Xinhe county to inspect the repair of the dikes.";
        let event = only_event(text, "2024-05-04");
        assert!(
            event.starts_with("Inspection \"inspect the repair of the dikes\" 2024-05-03"),
            "{event}"
        );
        assert!(event.ends_with("visited=[\"Xinhe\"]"), "{event}");
        let text = "On May 3, Liu Chen came to Xinhe county for research.";
        let event = only_event(text, "2024-05-04");
        assert!(event.starts_with("Inspection \"research\""), "{event}");
        // A second verb phrase coordinated after the place is not its name;
        // an adjective in "-ed" after "and" is.
        let text = "On May 3, Liu Chen visited the Xinhe Port Area and inspected the dredging of the channel.";
        let event = only_event(text, "2024-05-04");
        assert!(event.starts_with("Inspection \"the Xinhe Port Area\""), "{event}");
        let text = "On May 3, Liu Chen visited logistics parks and related enterprises in Xinhe.";
        let event = only_event(text, "2024-05-04");
        assert!(
            event.starts_with("Inspection \"logistics parks and related enterprises in Xinhe\""),
            "{event}"
        );
    }

    #[test]
    fn who_presided_may_stand_between_the_meeting_and_was_held() {
        let text = "The county work meeting, presided over by Hu Yu, secretary of the county Party committee, was held on May 3.";
        let event = only_event(text, "2024-05-04");
        assert!(
            event.starts_with("Meeting \"county work meeting\" 2024-05-03") && event.contains("[Hu Yu:Chair]"),
            "{event}"
        );
        let text = "On May 3, a symposium on rural roads, chaired by Hu Yu, was held in the county.";
        let event = only_event(text, "2024-05-04");
        assert!(
            event.starts_with("Symposium \"symposium on rural roads\" 2024-05-03") && event.contains("[Hu Yu:Chair]"),
            "{event}"
        );
        // After such an appositive any past verb reports the meeting.
        let text = "On Friday, the fourth session of the 15th Xinhe County People's Congress, presided over by Hu Yu, also adopted a resolution on the budget.";
        let event = only_event(text, "2024-05-04");
        assert!(
            event.starts_with("Meeting \"fourth session of the 15th Xinhe County People's Congress\"")
                && event.contains("[Hu Yu:Chair]"),
            "{event}"
        );
        // Without one, a past verb reports nothing of the meeting.
        assert!(check(
            "The fourth session of the county congress adopted a resolution.",
            Some("2024-05-04")
        )
        .is_empty());
    }

    #[test]
    fn a_session_that_concluded_or_closed_took_place() {
        let text =
            "The second session of the 9th Xinhe County People's Congress successfully concluded on Sunday morning.";
        let event = only_event(text, "2024-05-06");
        assert!(
            event.starts_with(
                "Meeting \"second session of the 9th Xinhe County People's Congress\" 2024-05-05 Some(Morning)"
            ),
            "{event}"
        );
        // A party's national congress has no organizer (convention 14).
        let text = "The 30th National Congress of the Example Party closed in the capital on May 3.";
        let event = only_event(text, "2024-05-06");
        assert!(event.contains("org=None"), "{event}");
        // A class of meetings is no event (convention 11).
        let text = "Cities raised their goals as the meetings of the local people's congresses concluded on May 3.";
        assert!(check(text, Some("2024-05-06")).is_empty());
    }

    #[test]
    fn an_explanation_remarks_or_a_lecture_make_a_speaker() {
        let text = "The Fourth Plenary Session of the County Party Committee was held on May 3. Zhou Lin delivered an explanation on the draft. Wu Kai made remarks. Sun Yu gave a lecture.";
        let event = only_event(text, "2024-05-04");
        assert!(
            event.contains("[Zhou Lin:Speaker, Wu Kai:Speaker, Sun Yu:Speaker]"),
            "{event}"
        );
    }

    #[test]
    fn a_summit_and_the_body_that_hosted_it() {
        let text = "The 2024 Lakeside Digital Economy Summit opened in Xiangtan on May 20. The summit was hosted by the Xiangtan Municipal Government and the Hunan Provincial Department of Commerce. Zhou Lin delivered a keynote speech.";
        let events = check(text, Some("2024-05-21"));
        assert_eq!(
            events,
            ["Conference \"2024 Lakeside Digital Economy Summit\" 2024-05-20 None org=Some(\"Xiangtan Municipal Government\") [Zhou Lin:Speaker] visited=[]"]
        );
    }

    #[test]
    fn an_on_phrase_names_the_topic_unless_it_dates_the_event() {
        let text = "Lankao County held a mobilization meeting on spring farming on the morning of February 18. The county held a forum on February 19.";
        let events = check(text, Some("2024-02-20"));
        assert_eq!(events.len(), 2, "{events:?}");
        assert!(
            events[0].starts_with("Meeting \"mobilization meeting on spring farming\" 2024-02-18 Some(Morning)"),
            "{}",
            events[0]
        );
        assert!(events[1].starts_with("Symposium \"forum\" 2024-02-19"), "{}", events[1]);
    }

    #[test]
    fn passive_and_inverted_roles() {
        let text = "The work report, delivered by Chen Jin at the opening meeting of the annual session of the Beijing Municipal People's Congress, set goals.";
        assert!(check(text, None)[0].contains("[Chen Jin:Speaker]"));
        let text = "Lao Ming led a team to visit the Jiangmen Military Division. Accompanying Lao Ming were Ma Ping and Li Cheng.";
        assert!(
            check(text, None)[0].contains("[Lao Ming:Leader, Ma Ping:Attendee, Li Cheng:Attendee]"),
            "{:?}",
            check(text, None)
        );
    }

    #[test]
    fn presence_reporting_and_passive_chair() {
        let text = "On May 8, the Xiamen Municipal Government held a work conference on flood control. The conference was presided over by Zhou Lan. Mayor Guo Ping addressed the conference. Deputy Mayor Lin Tao sat in the front row. Lin Tao said the city must act. Chen Bo met with the delegates.";
        let got = check(text, None);
        assert!(
            got[0].contains("[Zhou Lan:Chair, Guo Ping:Speaker, Lin Tao:Attendee, Chen Bo:Attendee]"),
            "{got:?}"
        );
        let text = "On May 8, the first session of the 16th Xiamen Municipal People's Congress opened. The opening meeting was presided over by Zhou Lan, chairman of the Standing Committee, and Guo Ping, acting mayor of Xiamen, made a report on the work of the government.";
        let got = check(text, None);
        assert!(got[0].contains("[Zhou Lan:Chair, Guo Ping:Speaker]"), "{got:?}");
        let text = "Zhou Lan Delivers Speech; Guo Ping Presides; Lin Tao Attends\n\nOn May 7, the Xiamen Municipal Party Committee held a mobilization meeting on flood control.";
        let got = check(text, None);
        assert!(
            got[0].contains("[Zhou Lan:Speaker, Guo Ping:Chair, Lin Tao:Attendee]"),
            "{got:?}"
        );
        let text = "On May 9, Mayor Guo Ping went to the emergency command center to preside over the city's flood control meeting.";
        let got = check(text, None);
        assert!(
            got[0].starts_with("Meeting") && got[0].contains("[Guo Ping:Chair]"),
            "{got:?}"
        );
        let text = "On May 10, the municipal party committee held a meeting to study the speeches delivered by General Secretary Wu Ming. Zhou Lan presided over the meeting and said in her speech that work must go on.";
        let got = check(text, None);
        assert!(got[0].contains("[Zhou Lan:Chair]"), "{got:?}");
        let text = "On June 1, Mayor Guo Ping led a team to visit Haicang District. Guo Ping delivered a speech at the port and presented an overview of the plan.";
        let got = check(text, None);
        assert!(got[0].contains("[Guo Ping:Leader]"), "{got:?}");
    }

    #[test]
    fn one_tour_told_twice_and_only_places_gone_to() {
        let text = "From May 4 to 6, Mayor Guo Ping led a team to conduct research on the manufacturing industry of the Greater Bay Area. Guo Ping went to Siming District, Huli District and Jimei District to inspect projects. At Xiamen Tungsten Co., Ltd., Guo Ping talked with Zhou Lan, commander of the Xiamen Garrison, and said that Xiamen Airlines is growing.";
        let got = check(text, None);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].ends_with(
                "visited=[\"Siming District\", \"Huli District\", \"Jimei District\", \"Xiamen Tungsten Co., Ltd.\"]"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn conducted_an_inspection_is_an_inspection_named_by_its_noun() {
        assert_eq!(
            check(
                "Li Ming, secretary of the county party committee, conducted an inspection in Anhua County on March 4.",
                Some("2024-03-05")
            ),
            ["Inspection \"inspection in Anhua County on March 4\" 2024-03-04 None org=None [Li Ming:Leader] visited=[\"Anhua County\"]"]
        );
        assert_eq!(
            check("On May 6, Mayor Wu Hui carried out a survey of Qianshan Town.", Some("2024-05-07")),
            ["Inspection \"survey of Qianshan Town\" 2024-05-06 None org=None [Wu Hui:Leader] visited=[\"Qianshan Town\"]"]
        );
    }

    #[test]
    fn a_meeting_on_a_topic_was_held() {
        assert_eq!(
            check(
                "The forum on rural revitalization was held on May 8 in Nansha District. Vice Mayor Li Ming presided.",
                Some("2024-05-09")
            ),
            ["Symposium \"forum on rural revitalization\" 2024-05-08 None org=None [Li Ming:Chair] visited=[]"]
        );
    }

    #[test]
    fn an_indefinite_meeting_is_an_event_when_dated() {
        assert_eq!(
            check(
                "On May 8, a symposium on trade was held in Fuzhou. Governor Li Ming presided over the symposium.",
                Some("2024-05-09")
            ),
            ["Symposium \"symposium on trade\" 2024-05-08 None org=None [Li Ming:Chair] visited=[]"]
        );
        // Undated, it is part of the event told before.
        let text = "On May 8, the Fuzhou Work Conference was held. Governor Li Ming presided. Afterwards, a special meeting was held.";
        assert_eq!(check(text, Some("2024-05-09")).len(), 1);
    }

    #[test]
    fn a_sentence_dated_to_another_day_adds_no_participants() {
        let text = "On March 4, the Jiangmen Municipal Economic Work Conference was held. Mayor Wu Hui presided over the meeting. On March 3, Wu Hui met with a delegation led by Li Ming, chairman of a company. Zhao Fang, general manager, attended the talks.";
        assert_eq!(
            check(text, Some("2024-03-05")),
            ["Conference \"Jiangmen Municipal Economic Work Conference\" 2024-03-04 None org=None [Wu Hui:Chair] visited=[]"]
        );
        // With no publication date the days stay unresolved; the phrases
        // as written still tell two days apart, and the same day does not.
        let text = "On Tuesday, the Jiangmen Municipal Economic Work Conference was held, presided over by Wu Hui. On Wednesday, Wu Hui met with a delegation led by Li Ming.";
        assert_eq!(
            check(text, None),
            ["Conference \"Jiangmen Municipal Economic Work Conference\" - None org=None [Wu Hui:Chair] visited=[]"]
        );
        let text = "On Tuesday, the Jiangmen Municipal Economic Work Conference was held, presided over by Wu Hui. On Tuesday afternoon, Li Ming attended the conference.";
        assert!(check(text, None)[0].contains("[Wu Hui:Chair, Li Ming:Attendee]"));
    }

    #[test]
    fn came_to_a_city_and_visit_lists_of_units() {
        let text = "On June 2, Mayor Guo Ping came to Putian with his team. Guo Ping went to Xiuyu District to visit Putian Development Research Center, Putian Shoe Industry Association and Meizhou Bay Port Group. In the Meizhou Bay Economic Zone, the team toured a port. Guo Ping came to Putian Shoe Co., Ltd. to learn about exports.";
        let got = check(text, Some("2024-06-03"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].ends_with("visited=[\"Putian\", \"Xiuyu District\", \"Putian Development Research Center\", \"Putian Shoe Industry Association\", \"Meizhou Bay Port Group\", \"Meizhou Bay Economic Zone\", \"Putian Shoe Co., Ltd.\"]"),
            "{got:?}"
        );
    }

    #[test]
    fn participle_and_said_at() {
        let text = "Delivering his work report at the opening session of the Hunan People's Congress yesterday, Governor Mao Wei set goals.";
        assert!(
            check(text, None)[0].contains("[Mao Wei:Speaker]"),
            "{:?}",
            check(text, None)
        );
        let text = "Goals were set, Governor Mao Wei said at the Hunan Provincial People's Congress the same day.";
        assert!(
            check(text, None)[0].contains("[Mao Wei:Attendee]"),
            "{:?}",
            check(text, None)
        );
        let text = "Lao Ming led a team to visit the Jiangmen Military Division. The officials held discussions with commander Song Jun.";
        assert!(
            check(text, None)[0].contains("[Lao Ming:Leader, Song Jun:Attendee]"),
            "{:?}",
            check(text, None)
        );
    }

    #[test]
    fn a_reported_meeting_content_names_no_participants() {
        let text = "On June 25, the Standing Committee held an enlarged meeting. Chen Ming presided over the meeting. The meeting pointed out that the plenary session was important. Huang Min made a work report. The meeting was attended by Wu Hui.";
        assert!(
            check(text, None)[0].contains("[Chen Ming:Chair, Wu Hui:Attendee]"),
            "{:?}",
            check(text, None)
        );
    }

    #[test]
    fn a_headline_and_its_dateline_sentence_are_one_event() {
        let text = "The Standing Committee of the Municipal Party Committee held an enlarged meeting\n\nOn February 14, the Standing Committee of the Municipal Party Committee held an enlarged meeting. Chen Ming presided over the meeting.";
        let got = check(text, Some("2023-02-15"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("2023-02-14") && got[0].contains("Chen Ming:Chair"));
    }

    #[test]
    fn coordinated_owners_of_a_plural_head_give_one_event_each() {
        let got = check(
            "On the first day, the province and the city’s work conferences (promotion conferences) were held one after another.",
            None,
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got[0].starts_with("Conference \"province's work conference\""),
            "{got:?}"
        );
        assert!(got[1].starts_with("Conference \"city's work conference\""), "{got:?}");
        // A singular head is one event.
        assert_eq!(check("The city's work conference was held.", None).len(), 1);
    }

    #[test]
    fn referenced_meetings_are_not_events() {
        assert!(check(
            "We must implement the spirit of the Third Plenary Session and the provincial conference.",
            None
        )
        .is_empty());
        assert!(check("The meeting conveyed the spirit of the National Two Sessions.", None).is_empty());
    }

    #[test]
    fn congress_session_with_work_report() {
        let text = "Mayor Qin Wei said on Tuesday, delivering the work report at the opening meeting of the annual session of the Shenzhen People's Congress.";
        assert_eq!(
            check(text, None),
            ["Meeting \"opening meeting of the annual session of the Shenzhen People's Congress\" - None org=Some(\"Shenzhen People's Congress\") [Qin Wei:Speaker] visited=[]"]
        );
    }
}
