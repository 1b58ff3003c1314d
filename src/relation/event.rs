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
//! Patterns are written in lower case and run over `Document::lower`
//! (matched text is read back from the input by range); only the session
//! pattern, which needs capitalised names, runs over the input.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::event_date::{date_in, resolve, MONTH_NAMES};
use crate::bounded::{BoundedRegex, Run};
use crate::entity::org::OrgMention;
use crate::entity::person::NameMention;
use crate::entity::place::PlaceMention;
use crate::model::{Event, EventKind, OrganizationKind, PartOfDay, ParticipantRole};
use crate::relation::event_merge::{merge_retold, merge_tours};
use crate::relation::event_role::{add, assign_roles};
use crate::relation::event_visit::visited;
use crate::span::Rule;
use crate::substr;
use crate::text::Document;
use crate::{Date, Span};

pub(crate) const ACTIVE: Rule = Rule {
    id: "events/held_by",
    description: "\"X held a/an ... meeting\": a body holds an event",
};
pub(crate) const PASSIVE: Rule = Rule {
    id: "events/was_held",
    description: "\"the ... Conference was held\" / \"... took place\"",
};
pub(crate) const JOINED: Rule = Rule {
    id: "events/participated_in",
    description: "\"participated in a symposium of ...\"",
};
pub(crate) const SESSION: Rule = Rule {
    id: "events/congress_session",
    description: "\"at the opening meeting of the annual session of the ... People's Congress\"",
};
pub(crate) const AT_DATED: Rule = Rule {
    id: "events/at_dated",
    description: "\"at the 2024 ... Conference on March 10, ...\": an event reported in passing with its date",
};
pub(crate) const SIGNING: Rule = Rule {
    id: "events/signing",
    description: "\"witnessed the signing of the agreement\": a signing ceremony (kind other)",
};
pub(crate) const INSPECTION: Rule = Rule {
    id: "events/inspection",
    description: "\"led a team to ...\", \"went to X to investigate\", \"visited ...\"",
};

/// The head nouns of an event's name and the kind each gives (convention
/// 13); of two heads ending together ("plenary session", "session") the
/// longer is listed first. The trigger patterns match these heads, and
/// [`kind_of`] reads the kind from them.
const HEAD_WORDS: [(&str, EventKind); 13] = [
    ("plenary session", EventKind::PlenarySession),
    ("plenary meeting", EventKind::PlenarySession),
    ("study meeting", EventKind::StudySession),
    ("study session", EventKind::StudySession),
    ("symposium", EventKind::Symposium),
    ("forum", EventKind::Symposium),
    ("seminar", EventKind::Symposium),
    ("national congress", EventKind::Conference),
    ("party congress", EventKind::Conference),
    ("conference", EventKind::Conference),
    ("ceremony", EventKind::Other),
    ("meeting", EventKind::Meeting),
    ("session", EventKind::Meeting),
];

/// [`HEAD_WORDS`] as a regex alternation, for building the patterns.
fn heads() -> String {
    let words: Vec<String> = HEAD_WORDS.iter().map(|(w, _)| w.replace(' ', r"\x20")).collect();
    format!("(?:{})", words.join("|"))
}

static ACTIVE_RE: LazyLock<BoundedRegex> = LazyLock::new(|| {
    let heads = heads();
    BoundedRegex::new(
        &format!(
            r"(?-u:\b)(?:held|convened|hosted|hold|conducted|(?P<chair>presid(?:ed|e)\x20over|chaired))\x20(?:a|an|its|the)\x20(?P<np><<pre>>{heads})(?-u:\b)"
        ),
        &[Run::lazy("pre", "[^,;.]", 80)],
    )
});

const PASSIVE_VERB: &str = r"(?:was\x20held|were\x20held|was\x20convened|took\x20place|opened|kicked\x20off)(?-u:\b)";

/// "the ... conference was held": the noun phrase before a passive verb,
/// up to 120 characters before its head, a parenthesis of up to 60 and an
/// of- or on-phrase of up to 100.
static PASSIVE_RE: LazyLock<BoundedRegex> = LazyLock::new(|| passive_pattern("the"));

/// The same after "a" or "an": "a symposium on trade was held".
static INDEFINITE_PASSIVE_RE: LazyLock<BoundedRegex> = LazyLock::new(|| passive_pattern("an?"));

fn passive_pattern(article: &str) -> BoundedRegex {
    let heads = heads();
    BoundedRegex::new(
        &format!(
            r"(?-u:\b){article}\x20(?P<np><<pre>>{heads}s?(?:\x20\(<<paren>>\))?(?:\x20(?:of|on)\x20<<of>>)?)\x20{PASSIVE_VERB}"
        ),
        &[
            Run::lazy("pre", "[^,;.]", 120),
            Run::greedy("paren", "[^()]", 60),
            Run::lazy("of", "[^,;.]", 100),
        ],
    )
}

/// The first match of [`PASSIVE_RE`] in `s`: whole match and noun phrase.
fn passive(s: &str) -> Option<(Range<usize>, Range<usize>)> {
    let c = PASSIVE_RE.captures(s)?;
    let (whole, np) = (c.get(0).expect("match"), c.name("np").expect("np"));
    Some((whole.range(), np.range()))
}

/// A reported passive meeting in `ls`: [`passive`], else an indefinite one
/// when the sentence dates it. "On November 11, a symposium ... was held"
/// is a new event; undated ("Following the observation, a special meeting
/// was held") it is a part of the event told before (convention 12).
fn reported_passive(ls: &str) -> Option<(Range<usize>, Range<usize>)> {
    passive(ls).or_else(|| {
        let c = may_hold_date(ls)
            .then(|| INDEFINITE_PASSIVE_RE.captures(ls))
            .flatten()
            .filter(|_| date_in(ls).is_some())?;
        let (whole, np) = (c.get(0).expect("match"), c.name("np").expect("np"));
        Some((whole.range(), np.range()))
    })
}

/// Whether `ls` may hold a date phrase: every one holds a digit or "day"
/// (weekdays, "yesterday", "the same day").
fn may_hold_date(ls: &str) -> bool {
    ls.bytes().any(|b| b.is_ascii_digit()) || substr::find(ls, "day").is_some()
}

/// "at the 2024 Entrepreneur Conference on March 10": reported in passing.
static AT_DATED_RE: LazyLock<BoundedRegex> = LazyLock::new(|| {
    let heads = heads();
    BoundedRegex::new(
        &format!(
            r"(?-u:\b)(?:at|during)\x20(?:the|a|an)\x20(?P<np><<pre>>{heads})\x20(?:held\x20)?on\x20(?:{MONTH_NAMES})\.?\x20\d"
        ),
        &[Run::lazy("pre", "[^,;.]", 100)],
    )
});

/// "on March 10": what every [`AT_DATED_RE`] match ends with. The bounded
/// pattern runs only in sentences holding it (its counted repetition after
/// "at the" is costly to run over every sentence).
static ON_MONTH_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?-u:\b)on\x20(?:{MONTH_NAMES})\.?\x20\d")).unwrap());

/// "witnessed the signing of the agreement", "attended the signing ceremony".
static SIGNING_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:witnessed|attended)\x20(?:the\x20)?(?P<np>signing(?:\x20ceremony)?(?:\x20of\x20(?:the\x20|an?\x20)?[a-z][a-z\-]*(?:\x20(?:with|between|for|on|in|at|by)(?-u:\b)|\x20[a-z][a-z\-]*)?)?)").unwrap()
});

static JOINED_RE: LazyLock<BoundedRegex> = LazyLock::new(|| {
    let heads = heads();
    BoundedRegex::new(
        &format!(r"(?-u:\b)(?:participated\x20in|attended)\x20(?:a|an)\x20(?P<np><<pre>>{heads}[^,;.]*)"),
        &[Run::lazy("pre", "[^,;.]", 160)],
    )
});

static SESSION_RE: LazyLock<BoundedRegex> = LazyLock::new(|| {
    BoundedRegex::new(
        r"(?i)(?-u:\b)(?:at|during)\x20the\x20(?P<np><<pre>>(?:session|meeting)\x20of\x20(?:the\x20)?<<owner>>(?:people['’]s\x20congress|cppcc)|(?-i:(?:[A-Z][A-Za-z'’]*\x20){1,4})People['’]s\x20Congress)",
        &[Run::lazy("pre", "[^,;.]", 80), Run::lazy("owner", "[^,;.]", 60)],
    )
});

pub(crate) static INSPECTION_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:led\x20(?:a|the)\x20(?:research\x20)?(?:team|delegation|group)|went\x20(?:deep\x20)?(?:in)?to|came\x20to|visited|conducted\x20(?:an?\x20)?(?:survey|research|inspection)|carried\x20out\x20(?:research|an?\x20survey|an?\x20inspection)|inspected)(?-u:\b)").unwrap()
});

// 8: attendee, the role when no other group matched.

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

/// The groups of words the trigger patterns need: a pattern runs only in
/// a sentence holding a word of its group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Active,
    Passive,
    Joined,
    AtOrDuring,
    Signing,
    Congress,
    AtTheOrDuringThe,
    Inspection,
    /// The words of the remaining triggers: "witnessed" or "attended" (the
    /// signing), "participated" (in), and "on <month>", which ends every
    /// dated phrase. See [`Cues::may_trigger`].
    OtherTrigger,
}

/// Each group's words, matched as substrings of the lower-cased sentence.
const CUE_WORDS: &[(Cue, &[&str])] = &[
    (
        Cue::Active,
        &["held", "convened", "hosted", "hold", "conducted", "preside", "chaired"],
    ),
    (
        Cue::Passive,
        &["held", "convened", "took place", "opened", "kicked off"],
    ),
    (Cue::Joined, &["participated in", "attended"]),
    (Cue::AtOrDuring, &["at ", "during "]),
    (Cue::Signing, &["signing"]),
    (Cue::Congress, &["congress", "cppcc"]),
    (Cue::AtTheOrDuringThe, &["at the ", "during the "]),
    (
        Cue::Inspection,
        &[
            "led",
            "went",
            "came to",
            "visited",
            "conducted",
            "carried out",
            "inspected",
        ],
    ),
    (Cue::OtherTrigger, &["participated", "attended", "witnessed"]),
];

/// Every group's words in one automaton (a word in two groups is two
/// patterns), with the group of each pattern. "on <month>" belongs to
/// [`Cue::OtherTrigger`] too: [`AT_DATED_RE`] ends on it.
static CUES: LazyLock<(AhoCorasick, Vec<Cue>)> = LazyLock::new(|| {
    let mut words: Vec<String> = Vec::new();
    let mut groups = Vec::new();
    for (cue, list) in CUE_WORDS {
        words.extend(list.iter().map(|w| w.to_string()));
        groups.extend(list.iter().map(|_| *cue));
    }
    for month in MONTH_NAMES.split('|') {
        words.push(format!("on {month}"));
        groups.push(Cue::OtherTrigger);
    }
    let automaton = AhoCorasick::new(&words).expect("cue words build an automaton");
    (automaton, groups)
});

/// The cue groups whose words occur in a lower-cased sentence: one scan
/// that reports every occurrence, so a group is present exactly when one
/// of its words is a substring of the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Cues(u16);

impl Cues {
    fn of(ls: &str) -> Cues {
        let (automaton, groups) = &*CUES;
        let mut present = 0u16;
        for m in automaton.find_overlapping_iter(ls) {
            present |= 1 << groups[m.pattern().as_usize()] as u16;
        }
        Cues(present)
    }

    fn has(self, cue: Cue) -> bool {
        self.0 & 1 << cue as u16 != 0
    }

    /// Whether some trigger pattern may match: every one needs a word of
    /// these groups, so a sentence holding none is skipped.
    fn may_trigger(self) -> bool {
        [
            Cue::Active,
            Cue::Passive,
            Cue::Congress,
            Cue::Inspection,
            Cue::OtherTrigger,
        ]
        .into_iter()
        .any(|cue| self.has(cue))
    }
}

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
                let date = date_in(ls).or(if current.is_none() { story_date.clone() } else { None });
                let (date, part_of_day) = resolve(date, published, out.last().and_then(|e| e.date));
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
            let in_sentence = mentions_in(names, sentence.start, sentence.end);
            if in_sentence.is_empty() {
                continue;
            }
            // A sentence dated to another day ("On January 6, X met with a
            // delegation led by Y") tells of another occasion: neither its
            // people nor those of the sentences after it are this event's.
            let own_date = if out[event].date.is_some() && may_hold_date(ls) {
                resolve(date_in(ls), published, None).0
            } else {
                None
            };
            if let (Some(event_date), Some(own)) = (out[event].date, own_date) {
                if own != event_date {
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

type Trigger = (Rule, EventKind, String, Option<String>);

/// The clause words that end an "of" phrase after an event's head noun.
const OF_PHRASE_ENDS: [&str; 8] = [
    " to ", " on ", " in ", " at ", " with ", " and at ", " where ", " which ",
];

/// The event's noun phrase `np` (a range of the sentence) extended by the
/// "of the ..." phrase that follows its head ("a meeting | of the party
/// group of the municipal government | to convey ...").
fn with_of_phrase(ls: &str, np: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let rest = &ls[np.end..];
    let Some(tail) = rest.strip_prefix(" of ") else {
        return np;
    };
    let mut len = tail.find([',', ';', '.', '(']).unwrap_or(tail.len());
    for end in OF_PHRASE_ENDS {
        if let Some(i) = tail[..len].find(end) {
            len = i;
        }
    }
    // "meeting of the party group (enlarged)": the phrase ends before the
    // space, and a phrase cut down to nothing is no phrase.
    let len = tail[..len].trim_end().len();
    if len == 0 {
        return np;
    }
    np.start..np.end + 4 + len
}

/// The body whose event it is, named inside the noun phrase: "Plenary
/// Session of the 14th X Committee", "the X Committee's Work Conference"
/// (convention 14; organizations are in text order).
fn organizer_in(np: std::ops::Range<usize>, orgs: &[OrgMention]) -> Option<String> {
    let inside =
        &orgs[orgs.partition_point(|o| o.span.start < np.start)..orgs.partition_point(|o| o.span.start < np.end)];
    inside
        .iter()
        .find(|o| o.span.end <= np.end + 1 && !matches!(o.kind, OrganizationKind::Company))
        .map(|o| o.name.clone())
}

/// The first trigger in sentence `s` (`ls` lower-cased).
fn trigger(s: &str, ls: &str, base: usize, orgs: &[OrgMention], cues: Cues) -> Option<Trigger> {
    let mut found: Vec<(usize, Trigger)> = Vec::new();
    // Each pattern runs only where its verb occurs.
    let abs = |r: &std::ops::Range<usize>| base + r.start..base + r.end;
    if let Some(c) = cues.has(Cue::Active).then(|| ACTIVE_RE.captures(ls)).flatten() {
        let m = c.get(0).expect("match");
        let np_range = with_of_phrase(ls, c.name("np").expect("np").range());
        let np = &s[np_range.clone()];
        // "presided over the meeting": the current event again.
        let referent = ls[..np_range.start].ends_with(" the ") && is_generic(np);
        // The body whose name ends just before the verb ("... Committee in
        // Jiangmen recently held"); organizations are in text order. One
        // who presides is a person: the event's body is then its own.
        let verb = base + m.start();
        let holder = if c.name("chair").is_some() {
            None
        } else {
            orgs[..orgs.partition_point(|o| o.span.start < verb)]
                .iter()
                .rev()
                .take_while(|o| o.span.start >= base)
                .find(|o| o.span.end <= verb && verb - o.span.end <= 40)
                .map(|o| o.name.clone())
        };
        let organizer = holder.clone().or_else(|| organizer_in(abs(&np_range), orgs));
        let name = match &holder {
            Some(org) if !np.contains(" of ") => format!("{np} of the {org}"),
            _ => np.to_string(),
        };
        if !referent {
            found.push((m.start(), (ACTIVE, kind_of(np), name, organizer)));
        }
    }
    if let Some((whole, np)) = cues.has(Cue::Passive).then(|| reported_passive(ls)).flatten() {
        let raw = &s[np.clone()];
        // Coordinated owners keep the whole phrase, for `per_owner` to split.
        let stripped = if per_owner(raw).len() >= 2 {
            raw
        } else {
            strip_determiners(raw)
        };
        let np_start = np.end - stripped.len();
        if !is_generic(stripped) {
            let organizer = organizer_in(abs(&(np_start..np.end)), orgs);
            found.push((
                whole.start,
                (PASSIVE, kind_of(stripped), stripped.to_string(), organizer),
            ));
        }
    }
    if let Some(c) = cues.has(Cue::Joined).then(|| JOINED_RE.captures(ls)).flatten() {
        let m = c.get(0).expect("match");
        let np = s[c.name("np").expect("np").range()].trim();
        found.push((m.start(), (JOINED, kind_of(np), np.to_string(), None)));
    }
    if let Some(c) = (cues.has(Cue::AtOrDuring) && ON_MONTH_DAY.is_match(ls))
        .then(|| AT_DATED_RE.captures(ls))
        .flatten()
    {
        let m = c.get(0).expect("match");
        let np_range = with_of_phrase(ls, c.name("np").expect("np").range());
        let np = strip_determiners(&s[np_range.clone()]);
        if !is_generic(np) {
            let organizer = organizer_in(abs(&np_range), orgs);
            found.push((m.start(), (AT_DATED, kind_of(np), np.to_string(), organizer)));
        }
    }
    if let Some(c) = cues.has(Cue::Signing).then(|| SIGNING_RE.captures(ls)).flatten() {
        let m = c.get(0).expect("match");
        let np = &s[c.name("np").expect("np").range()];
        let np = ["with", "between", "for", "on", "in", "at", "by"]
            .iter()
            .find_map(|p| np.strip_suffix(p).map(str::trim_end))
            .unwrap_or(np);
        found.push((m.start(), (SIGNING, EventKind::Other, np.to_string(), None)));
    }
    // Every session phrase opens on "at the" or "during the".
    let session_cued = cues.has(Cue::Congress) && cues.has(Cue::AtTheOrDuringThe);
    if let Some(c) = session_cued.then(|| SESSION_RE.captures(s)).flatten() {
        let m = c.get(0).expect("match");
        let np = c.name("np").expect("np").as_str();
        let (from, to) = (base + m.start(), base + m.end() + 2);
        let organizer = orgs[orgs.partition_point(|o| o.span.start < from)..]
            .iter()
            .take_while(|o| o.span.start < to)
            .find(|o| o.span.end <= to)
            .map(|o| o.name.clone());
        found.push((m.start(), (SESSION, EventKind::Meeting, np.to_string(), organizer)));
    }
    if let Some(m) = cues.has(Cue::Inspection).then(|| INSPECTION_RE.find(ls)).flatten() {
        // "conducted an inspection in X": the noun opens the name.
        let noun = ["survey", "research", "inspection"]
            .iter()
            .find(|n| ls[m.range()].ends_with(*n))
            .map_or(0, |n| n.len());
        let rest = &s[m.end() - noun..];
        let rest = rest.trim_start_matches(' ');
        let rest = rest.strip_prefix("to ").unwrap_or(rest);
        let rest = ["carry out ", "conduct ", "go deep into "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .unwrap_or(rest);
        let name = rest.split([',', ';', '.']).next().unwrap_or("").trim();
        let name = if name.is_empty() { &s[m.range()] } else { name };
        found.push((m.start(), (INSPECTION, EventKind::Inspection, name.to_string(), None)));
    }
    found.sort_by_key(|(at, _)| *at);
    // "went to the command center to preside over the epidemic meeting":
    // the meeting in the purpose clause is the event, not a visit.
    let purpose = found.iter().position(|(at, (rule, ..))| {
        rule.id != INSPECTION.id && ls[..*at].ends_with(" to ") && found[0].1 .0.id == INSPECTION.id
    });
    let first = purpose.unwrap_or(0);
    (first < found.len()).then(|| found.swap_remove(first).1)
}

/// "province and the city’s high-quality development conferences
/// (promotion conferences)": a plural head with coordinated owners names one
/// event per owner ("province's high-quality development conference",
/// "city's high-quality development conference"). Empty when the phrase is
/// not of that shape.
fn per_owner(np: &str) -> Vec<String> {
    let np = np.split(" (").next().unwrap_or(np);
    let Some((at, mark)) = np
        .find("’s ")
        .map(|i| (i, "’s "))
        .or_else(|| np.find("'s ").map(|i| (i, "'s ")))
    else {
        return Vec::new();
    };
    let (owners, rest) = (&np[..at], &np[at + mark.len()..]);
    let rest = rest.trim_start();
    let plural = ["conferences", "meetings", "symposiums", "forums", "sessions"];
    if !plural.iter().any(|h| rest.ends_with(h)) {
        return Vec::new();
    }
    let singular = &rest[..rest.len() - 1];
    let owners: Vec<&str> = owners
        .split(" and ")
        .map(|o| o.trim().trim_start_matches("the ").trim())
        .filter(|o| !o.is_empty())
        .collect();
    if owners.len() < 2 {
        return Vec::new();
    }
    owners.iter().map(|o| format!("{o}'s {singular}")).collect()
}

fn strip_determiners(np: &str) -> &str {
    let mut np = np.trim();
    // The passive pattern may start at an early "the": keep the last NP.
    while let Some(i) = substr::find(np, " the ") {
        if np[..i].contains(" of") {
            break;
        }
        np = &np[i + 5..];
    }
    np
}

/// "the meeting" again: a reference to the current event, not a new one.
fn is_generic(np: &str) -> bool {
    matches!(
        crate::lexicon::lowered(np).as_ref(),
        "meeting" | "conference" | "symposium" | "session" | "forum" | "seminar" | "event" | "activity"
    )
}

/// The kind of an event by its head noun (convention 13): the last head
/// word before the first "of" ("third meeting of the ... Political
/// Consultative Conference" is a meeting); a ceremony of a meeting is that
/// meeting's kind, any other ceremony is `other`.
fn kind_of(np: &str) -> EventKind {
    let lower = crate::lexicon::lowered(np);
    let (head_part, of_part) = match substr::find(&lower, " of ") {
        Some(i) if head_kind(&lower[..i]).is_some() => (&lower[..i], &lower[i..]),
        _ => (lower.as_ref(), ""),
    };
    match head_kind(head_part) {
        Some(EventKind::Other) => head_kind(of_part)
            .filter(|k| *k != EventKind::Other)
            .or_else(|| of_part.contains("people's congress").then_some(EventKind::Meeting))
            .unwrap_or(EventKind::Other),
        Some(kind) => kind,
        None => EventKind::Meeting,
    }
}

/// The kind named by the last head word of `phrase`, if any.
fn head_kind(phrase: &str) -> Option<EventKind> {
    // The head that ends last; of two ending together ("plenary session",
    // "session"), the longer, listed first.
    let mut best: Option<(usize, EventKind)> = None;
    for (word, kind) in HEAD_WORDS {
        if let Some(i) = substr::rfind(phrase, word) {
            let end = i + word.len();
            if !matches!(best, Some((b, _)) if b >= end) {
                best = Some((end, kind));
            }
        }
    }
    best.map(|(_, k)| k)
}

#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static Regex> {
    vec![
        ACTIVE_RE.bounded(),
        ACTIVE_RE.scan(),
        PASSIVE_RE.bounded(),
        PASSIVE_RE.scan(),
        INDEFINITE_PASSIVE_RE.bounded(),
        INDEFINITE_PASSIVE_RE.scan(),
        JOINED_RE.bounded(),
        JOINED_RE.scan(),
        AT_DATED_RE.bounded(),
        AT_DATED_RE.scan(),
        &ON_MONTH_DAY,
        &SIGNING_RE,
        SESSION_RE.bounded(),
        SESSION_RE.scan(),
        &INSPECTION_RE,
        &crate::relation::event_role::THAT_RE,
        &crate::relation::event_role::STUDIED_RE,
        &REPORTED_RE,
        &EVENT_NOUN_RE,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_follows_the_head_noun_before_of() {
        let cases = [
            (
                "second meeting of the 12th County Committee of the Political Consultative Conference",
                EventKind::Meeting,
            ),
            (
                "Second Plenary Session of the 7th County Party Committee",
                EventKind::PlenarySession,
            ),
            (
                "2nd plenary meeting of the 7th County Committee",
                EventKind::PlenarySession,
            ),
            (
                "promotion meeting of the trade investment conference",
                EventKind::Meeting,
            ),
            (
                "21st National Congress of the Communist Party of China",
                EventKind::Conference,
            ),
            (
                "opening ceremony of the annual session of the county people's congress",
                EventKind::Meeting,
            ),
            ("opening ceremony of the port", EventKind::Other),
            ("county study meeting", EventKind::StudySession),
            ("press conference", EventKind::Conference),
        ];
        for (np, kind) in cases {
            assert_eq!(kind_of(np), kind, "{np}");
        }
    }

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

    /// The bounded pattern's first match, as `passive` returns it.
    fn bounded(s: &str) -> Option<(Range<usize>, Range<usize>)> {
        let c = PASSIVE_RE.bounded().captures(s)?;
        Some((c.get(0).unwrap().range(), c.name("np").unwrap().range()))
    }

    /// One scan finds a group exactly when one of its words is a
    /// substring, on the project's texts and on words that overlap.
    #[test]
    fn cue_groups_are_substring_presence() {
        let mut texts = crate::keyed::comparison_texts();
        texts.push("the council held the hold-out: coled went to at the on jan 5".to_string());
        texts.push("attended; participated in, on sept 1, during the congress".to_string());
        // The words of the trigger regex this scan replaced.
        let trigger = regex::Regex::new(&format!(
            r"held|convened|hosted|hold|preside|chaired|took\x20place|opened|kicked\x20off|participated|attended|witnessed|congress|cppcc|led|went|came\x20to|visited|conducted|carried\x20out|inspected|on\x20(?:{MONTH_NAMES})"
        ))
        .unwrap();
        let mut checked = 0;
        for text in &texts {
            for ls in text.to_ascii_lowercase().split_inclusive(['.', '\n']) {
                let cues = Cues::of(ls);
                for (cue, words) in CUE_WORDS {
                    let mut want = words.iter().any(|w| ls.contains(w));
                    if *cue == Cue::OtherTrigger {
                        want |= MONTH_NAMES.split('|').any(|m| ls.contains(&format!("on {m}")));
                    }
                    assert_eq!(cues.has(*cue), want, "{cue:?} in {ls:?}");
                    checked += usize::from(want);
                }
                assert_eq!(cues.may_trigger(), trigger.is_match(ls), "{ls:?}");
            }
        }
        assert!(checked > 100, "{checked}");
    }

    #[test]
    fn passive_scan_agrees_with_the_bounded_pattern() {
        let long = "word ".repeat(30);
        let sentences = [
            "The 2024 municipal work conference was held in Jiangmen on the morning of March 1.".to_string(),
            "On the same day, the city's study meeting (enlarged) of the Standing Committee opened.".to_string(),
            "the province and the city’s development conferences were held".to_string(),
            "The meeting room was new.".to_string(),
            // An early "the" opens a clause too long for the bounds: the
            // match is the later, bounded one.
            format!("In the {long}and the annual planning meeting was held today."),
            format!("The {long}session opened."),
            format!("The {long}session opened and the city forum took place."),
            format!("the meeting (“{long}”) was held"),
        ];
        for s in &sentences {
            assert_eq!(passive(s), bounded(s), "{s}");
        }
        let (_, np) = passive(&sentences[4]).unwrap();
        assert_eq!(&sentences[4][np], "annual planning meeting");
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
