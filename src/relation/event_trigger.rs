//! Event triggers: the phrases that report an event, and the event's kind,
//! name and organizer read from its noun phrase (the grammar is in
//! [`super::event`]).
//!
//! [`trigger`] finds the first trigger of a sentence. Each pattern runs
//! only in a sentence holding one of its cue words ([`Cues`]), found for
//! all patterns in one scan.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::event_date::{date_in, MONTH_NAMES, WEEKDAYS};
use crate::bounded::{BoundedRegex, Run};
use crate::entity::org::OrgMention;
use crate::model::{EventKind, OrganizationKind};
use crate::span::Rule;
use crate::substr;

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
const HEAD_WORDS: [(&str, EventKind); 14] = [
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
    ("summit", EventKind::Conference),
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

const PASSIVE_VERB: &str =
    r"(?:was\x20held|were\x20held|was\x20convened|took\x20place|opened|kicked\x20off|concluded|closed)(?-u:\b)";

/// "the ... conference was held": the noun phrase before a passive verb,
/// up to 120 characters before its head, a parenthesis of up to 60 and an
/// of-, on-, for- or with-phrase of up to 100.
static PASSIVE_RE: LazyLock<BoundedRegex> = LazyLock::new(|| passive_pattern("the"));

/// The same after "a" or "an": "a symposium on trade was held".
static INDEFINITE_PASSIVE_RE: LazyLock<BoundedRegex> = LazyLock::new(|| passive_pattern("an?"));

fn passive_pattern(article: &str) -> BoundedRegex {
    let heads = heads();
    BoundedRegex::new(
        &format!(
            r"(?-u:\b){article}\x20(?P<np><<pre>>{heads}s?(?:\x20\(<<paren>>\))?(?:\x20(?:of|on|for|with)\x20<<of>>)?)(?:,\x20(?:presided\x20over|chaired|hosted|organi[sz]ed)\x20by\x20<<by>>,(?:\x20(?:also|[a-z]+ly))?\x20(?:{PASSIVE_VERB}|[a-z]{{2,}}ed(?-u:\b))|(?:\x20[a-z]+ly)?\x20{PASSIVE_VERB})"
        ),
        &[
            Run::lazy("pre", "[^,;.]", 120),
            Run::greedy("paren", "[^()]", 60),
            Run::lazy("of", "[^,;.]", 100),
            // "the meeting, presided over by X, secretary of Y, was held":
            // after such an appositive any past verb reports the meeting
            // ("the session, presided over by X, adopted ...").
            Run::lazy("by", "[^;.]", 150),
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

/// Whether `ls` may hold a date phrase: every one holds a digit, "day"
/// (weekdays, "yesterday", "the same day") or a part of the day ("that
/// afternoon", which "noon" covers, "that morning", "that evening").
pub(super) fn may_hold_date(ls: &str) -> bool {
    ls.bytes().any(|b| b.is_ascii_digit())
        || ["day", "noon", "morning", "evening"]
            .iter()
            .any(|w| substr::find(ls, w).is_some())
}

/// "at the 2024 Entrepreneur Conference on March 10", "at the Investment
/// Fair, held in Xinhe on Friday": reported in passing.
static AT_DATED_RE: LazyLock<BoundedRegex> = LazyLock::new(|| {
    let heads = heads();
    let weekdays = WEEKDAYS.join("|");
    BoundedRegex::new(
        &format!(
            r"(?-u:\b)(?:at|during)\x20(?:the|a|an)\x20(?P<np><<pre>>{heads})(?:,?\x20held(?:\x20in\x20<<venue>>)?)?\x20(?:by\x20<<holder>>\x20)?on\x20(?:(?:{MONTH_NAMES})\.?\x20\d|{weekdays})"
        ),
        &[
            Run::lazy("pre", "[^,;.]", 100),
            Run::lazy("venue", "[^,;.]", 60),
            Run::lazy("holder", "[^,;.]", 100),
        ],
    )
});

/// "on March 10": what every [`AT_DATED_RE`] match ends with. The bounded
/// pattern runs only in sentences holding it (its counted repetition after
/// "at the" is costly to run over every sentence).
static ON_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let weekdays = WEEKDAYS.join("|");
    Regex::new(&format!(r"(?-u:\b)on\x20(?:(?:{MONTH_NAMES})\.?\x20\d|{weekdays})")).unwrap()
});

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
    Regex::new(r"(?-u:\b)(?:led\x20(?:a|the)\x20(?:research\x20)?(?:team|delegation|group)|went\x20(?:deep\x20)?(?:in)?to|came\x20to|visited|conducted\x20(?:an?\x20)?(?:survey|research|inspection)|carried\x20out\x20(?:research|an?\x20survey|an?\x20inspection)|inspected|(?:made|paid)\x20an?\x20(?:(?:inspection|research|working|study)\x20)?(?:tour\x20of|visit\x20to|inspection\x20of))(?-u:\b)").unwrap()
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
        &[
            "held",
            "convened",
            "took place",
            "opened",
            "kicked off",
            "concluded",
            "closed",
            // The appositive after which any past verb will do.
            "presided over by",
            "chaired by",
            "hosted by",
            "organized by",
            "organised by",
        ],
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
            // "made an inspection tour of", "paid a visit to".
            "tour of",
            "visit to",
            "inspection of",
        ],
    ),
    (Cue::OtherTrigger, &["participated", "attended", "witnessed"]),
];

/// Every group's words in one automaton (a word in two groups is two
/// patterns), with the group of each pattern. "on <month>" and "on
/// <weekday>" belong to
/// [`Cue::OtherTrigger`] too: [`AT_DATED_RE`] ends on it.
static CUES: LazyLock<(AhoCorasick, Vec<Cue>)> = LazyLock::new(|| {
    let mut words: Vec<String> = Vec::new();
    let mut groups = Vec::new();
    for (cue, list) in CUE_WORDS {
        words.extend(list.iter().map(|w| w.to_string()));
        groups.extend(list.iter().map(|_| *cue));
    }
    for day in MONTH_NAMES.split('|').chain(WEEKDAYS) {
        words.push(format!("on {day}"));
        groups.push(Cue::OtherTrigger);
    }
    let automaton = AhoCorasick::new(&words).expect("cue words build an automaton");
    (automaton, groups)
});

/// The cue groups whose words occur in a lower-cased sentence: one scan
/// that reports every occurrence, so a group is present exactly when one
/// of its words is a substring of the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Cues(u16);

impl Cues {
    pub(super) fn of(ls: &str) -> Cues {
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
    pub(super) fn may_trigger(self) -> bool {
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

pub(super) type Trigger = (Rule, EventKind, String, Option<String>);

/// The clause words that end an "of" phrase after an event's head noun.
const OF_PHRASE_ENDS: [&str; 8] = [
    " to ", " on ", " in ", " at ", " with ", " and at ", " where ", " which ",
];

/// The event's noun phrase `np` (a range of the sentence) extended by the
/// "of the ...", "with ...", "for ..." or "on ..." phrase that follows its
/// head ("a meeting | of the party group of the municipal government | to
/// convey ...", "a symposium | with private entrepreneurs | in Changsha",
/// "a mobilization meeting | on spring farming | on the morning of ..."). An
/// "on" that opens a date ("on March 3", "on the morning of") is no topic.
fn with_of_phrase(ls: &str, np: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let rest = &ls[np.end..];
    let Some(tail) = rest
        .strip_prefix(" of ")
        .or_else(|| rest.strip_prefix(" with "))
        .or_else(|| rest.strip_prefix(" for "))
        .or_else(|| rest.strip_prefix(" on ").filter(|t| !opens_date(t)))
    else {
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
    np.start..np.end + (rest.len() - tail.len()) + len
}

/// The purpose clause after the place a visit went to: what follows the
/// first " to " before a lower-case word, or " for ".
fn purpose(after_place: &str) -> Option<&str> {
    let to = substr::find(after_place, " to ")
        .filter(|&i| after_place[i + 4..].starts_with(|c: char| c.is_ascii_lowercase()))
        .map(|i| i + 4);
    let for_ = substr::find(after_place, " for ").map(|i| i + 5);
    let start = match (to, for_) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    Some(after_place[start..].trim()).filter(|p| !p.is_empty())
}

/// Words that open the object of a coordinated verb ("and inspected *the*
/// ...", "and learned *how* ...").
const CLAUSE_OBJECT_OPENERS: &[&str] = &["the", "a", "an", "its", "their", "local", "some", "several", "how"];

/// `name` up to a second verb phrase coordinated after it: "Jiangbei New
/// Area | and inspected the construction of ..." names the place visited.
/// The verb is a past form followed by a determiner, so an adjective in
/// "-ed" ("and related enterprises") stays in the name.
fn before_coordinated_clause(name: &str) -> &str {
    let clause = name.match_indices(" and ").map(|(i, _)| i).find(|&i| {
        let mut words = name[i + " and ".len()..].split(' ');
        let verb = words.next().unwrap_or("");
        let object = words.next().unwrap_or("");
        verb.len() > 3
            && verb.ends_with("ed")
            && verb.bytes().all(|b| b.is_ascii_lowercase())
            && CLAUSE_OBJECT_OPENERS.contains(&object)
    });
    clause.map_or(name, |i| &name[..i])
}

/// `name` before the date phrase that ends it: "major projects in the
/// port | on Tuesday afternoon", "an inspection in X County | on March 4".
/// The date dates the visit; it is no part of what was visited.
fn before_date_phrase(name: &str) -> &str {
    let cut = name
        .match_indices(" on ")
        .map(|(i, _)| i)
        .find(|&i| opens_date(&name[i + " on ".len()..].to_ascii_lowercase()));
    cut.map_or(name, |i| name[..i].trim_end())
}

/// The length of an event's noun phrase `np` (`lower`, the same bytes
/// lower-cased) before its setting: "a signing ceremony | in Karamay on
/// Sunday", "a forum | on May 6". A topic stays ("a seminar on rural
/// revitalization", "a symposium on Guangdong's economy").
fn before_setting(np: &str, lower: &str) -> usize {
    let mut cut = np.len();
    for (at, prep) in [" in ", " on ", " at "].iter().flat_map(|p| lower.match_indices(p)) {
        let rest = &np[at + prep.len()..];
        let setting = match prep {
            " on " => opens_date(&lower[at + prep.len()..]),
            _ => rest.starts_with(|c: char| c.is_uppercase()) || rest.starts_with("the "),
        };
        if setting {
            cut = cut.min(at);
        }
    }
    cut
}

/// Whether `s` (what follows an "on") opens a date: a month, a weekday, a
/// number, or "the" and a part of the day, "same" or a number.
fn opens_date(s: &str) -> bool {
    let mut words = s.split([' ', ',', '.']);
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let is_month = |w: &str| MONTH_NAMES.split('|').any(|m| m == w);
    let is_weekday = |w: &str| WEEKDAYS.contains(&w);
    let numeric = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    is_month(first)
        || is_weekday(first)
        || numeric(first)
        || first == "the"
            && (["morning", "afternoon", "evening", "same"].contains(&second) || numeric(second) || is_weekday(second))
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
pub(super) fn trigger(s: &str, ls: &str, base: usize, orgs: &[OrgMention], cues: Cues) -> Option<Trigger> {
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
            // "a symposium with entrepreneurs" is named by its guests.
            Some(org) if ![" of ", " with ", " for "].iter().any(|p| np.contains(p)) => format!("{np} of the {org}"),
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
        if !is_generic(stripped) && !is_generic_plural(stripped) {
            let organizer = organizer_in(abs(&(np_start..np.end)), orgs);
            found.push((
                whole.start,
                (PASSIVE, kind_of(stripped), stripped.to_string(), organizer),
            ));
        }
    }
    if let Some(c) = cues.has(Cue::Joined).then(|| JOINED_RE.captures(ls)).flatten() {
        let m = c.get(0).expect("match");
        let np_range = c.name("np").expect("np").range();
        let np = &s[np_range.start..np_range.start + before_setting(&s[np_range.clone()], &ls[np_range])];
        let np = np.trim();
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
        // "went to Guilin to inspect flood prevention work", "came to
        // Kaiping for research": the purpose names the visit, the place is
        // what it visited.
        let goes = ["went", "came"].iter().any(|v| ls[m.range()].starts_with(v));
        let name = if goes { purpose(name).unwrap_or(name) } else { name };
        let name = before_date_phrase(before_coordinated_clause(name));
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
    (first < found.len()).then(|| {
        let (rule, kind, name, organizer) = found.swap_remove(first).1;
        // A party's national congress has no organizer (convention 14).
        let national = substr::find(&name, "National Congress").is_some();
        (rule, kind, name, organizer.filter(|_| !national))
    })
}

/// "province and the city’s high-quality development conferences
/// (promotion conferences)": a plural head with coordinated owners names one
/// event per owner ("province's high-quality development conference",
/// "city's high-quality development conference"). Empty when the phrase is
/// not of that shape.
pub(super) fn per_owner(np: &str) -> Vec<String> {
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
    // A "the" after an "of" or after the head noun is inside the phrase
    // ("symposium on promoting the development of ...").
    while let Some(i) = substr::find(np, " the ") {
        if np[..i].contains(" of") || head_kind(&crate::lexicon::lowered(&np[..i])).is_some() {
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

/// "the meetings of the regional congresses concluded": a plural head
/// that names no one body (no proper name, not one per owner) is a class
/// of meetings, not an event (convention 11).
fn is_generic_plural(np: &str) -> bool {
    let head = crate::lexicon::lowered(np.split(" of ").next().unwrap_or(np));
    HEAD_WORDS
        .iter()
        .any(|(word, _)| head.strip_suffix('s').is_some_and(|h| h.ends_with(word)))
        && !np.contains(|c: char| c.is_uppercase())
        && per_owner(np).len() < 2
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

/// The trigger patterns, for the tests over every pattern.
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
            r"held|convened|hosted|hold|preside|chaired|took\x20place|opened|kicked\x20off|concluded|closed|participated|attended|witnessed|congress|cppcc|led|went|came\x20to|visited|conducted|carried\x20out|inspected|tour\x20of|visit\x20to|inspection\x20of|on\x20(?:{MONTH_NAMES}|{})",
            WEEKDAYS.join("|")
        ))
        .unwrap();
        let mut checked = 0;
        for text in &texts {
            for ls in text.to_ascii_lowercase().split_inclusive(['.', '\n']) {
                let cues = Cues::of(ls);
                for (cue, words) in CUE_WORDS {
                    let mut want = words.iter().any(|w| ls.contains(w));
                    if *cue == Cue::OtherTrigger {
                        want |= MONTH_NAMES
                            .split('|')
                            .chain(WEEKDAYS)
                            .any(|d| ls.contains(&format!("on {d}")));
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
}
