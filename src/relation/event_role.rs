//! Participants' roles (convention 15): role verbs and names in sentence
//! order; an active verb gives its role to the names before it, a passive
//! one ("presided over by", "accompanying") to the names after it. Part of
//! the events pass ([`super::event`]).

use std::sync::LazyLock;

use regex::Regex;
use regex_automata::meta::Regex as MultiRegex;

use crate::entity::person::NameMention;
use crate::model::{Event, EventKind, Participant, ParticipantRole};

/// The role verbs, by the role they give, in priority order: at one
/// position the first group that matches wins. An optional " by" after
/// any of them makes it passive.
const ROLE_VERBS: [(RoleVerb, &str); 8] = [
    (
        RoleVerb::PassiveSpeaker,
        r"delivered\x20by|presented\x20by|in\x20(?:his|her)\x20(?:address|speech|report)
          |delivering\x20(?:his|her|the)\x20(?:[a-z]+\x20){0,2}(?:work\x20)?report
          |^(?:when\x20|while\x20)?(?:speaking\x20at|addressing)",
    ),
    (
        RoleVerb::PassiveAttendee,
        r"accompanying|accompanied\x20by|together\x20with|present\x20(?:at\x20the\x20[a-z]+\x20)?were
          |(?:discussions|talks|exchanges|agreement|contract)\x20with|met\x20with",
    ),
    (
        RoleVerb::SaidAt,
        r"said\x20at\x20the|presented\x20an\x20overview|introduced",
    ),
    (
        RoleVerb::PassiveChair,
        r"presided\x20over\x20by|chaired\x20by|hosted\x20by",
    ),
    (
        RoleVerb::Chair,
        r"presid(?:ed|es|e)\x20over|presided|presides|chaired|hosted",
    ),
    (
        RoleVerb::Speaker,
        r"(?:in|delivering|delivered)\x20the\x20(?:[a-z]+\x20){0,2}work\x20report
          |said\x20in\x20(?:his|her)\x20(?:[a-z]+\x20)?(?:speech|report|address|keynote)
          |deliver(?:ed|s)\x20(?:a|an|the|his|her)?\x20?(?:[a-z]+\x20)?(?:speech|report|address|explanation|remarks|keynote|lecture|presentation)
          |made\x20(?:(?:a|an|the)\x20)?(?:[a-z]+\x20)?(?:speech|report|explanation|remarks|presentation)|spoke|addressed
          |reported\x20to\x20the\x20(?:meeting|conference|session|congress)
          |reported\x20on\x20(?:the|its|his|her)\x20|briefed
          |gave\x20(?:a|an)\x20(?:[a-z]+\x20)?(?:speech|report|lecture|presentation|keynote)|shared|presented
          |delivering\x20the\x20(?:[a-z]+\x20)?report",
    ),
    (RoleVerb::Leader, r"led"),
    (
        RoleVerb::Attendee,
        r"attended|attends?|participated|accompanied|witnessed|were\x20present|was\x20present
          |sat\x20(?:in|on|at)|(?:was|were)\x20seated
          |said|says|noted|pointed\x20out|stressed|emphasi[sz]ed|highlighted|confirmed|welcomed|announced",
    ),
];

/// What a role verb says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RoleVerb {
    /// "delivered by", "in his speech", a sentence opening "Speaking at
    /// ...": a speaker after it.
    PassiveSpeaker,
    /// "accompanying", "met with": attendees after it.
    PassiveAttendee,
    /// "said at the": its subject attended.
    SaidAt,
    /// "presided over by": the chair after it.
    PassiveChair,
    /// "presided over", "hosted": its subject chaired.
    Chair,
    /// "delivered a speech", "spoke": its subject spoke.
    Speaker,
    /// "led": its subject led.
    Leader,
    /// "attended", "said": its subject attended.
    Attendee,
}

/// The role verbs as one leftmost-first automaton of one pattern per
/// group, lower case: the match says which group matched, so no capture
/// groups are resolved. Each pattern is `\b(?:verbs)(?:\x20by)?`, which
/// together find what `\b(?:group|group|...)(\x20by)?` finds.
static ROLE_RE: LazyLock<MultiRegex> = LazyLock::new(|| {
    let patterns: Vec<String> = ROLE_VERBS
        .iter()
        .map(|(_, verbs)| format!(r"(?x)(?-u:\b)(?:{verbs})(?:\x20by)?"))
        .collect();
    MultiRegex::new_many(&patterns).expect("role patterns compile")
});

pub(crate) static THAT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:pointed\x20out|emphasized|emphasised|stressed|noted|said|believed|highlighted|required|urged)\x20that(?-u:\b)").unwrap()
});

/// The start of what a meeting conveys or studies.
pub(crate) static STUDIED_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:to|and)\x20(?:convey|study|learn|discuss|analy[sz]e|implement|review)\x20(?:and\x20[a-z]+\x20)?the(?-u:\b)").unwrap()
});

pub(crate) fn add(event: &mut Event, name: &str, role: ParticipantRole) {
    let inspection = event.kind == EventKind::Inspection;
    match event.participants.iter_mut().find(|p| p.name == name) {
        // The official who led a visit stays its leader whatever they say.
        Some(p) if inspection && p.role == ParticipantRole::Leader => {}
        Some(p) if inspection && role == ParticipantRole::Leader => p.role = role,
        Some(p) => p.role = p.role.min(role),
        None => event.participants.push(Participant {
            name: name.to_string(),
            role,
        }),
    }
}

/// A name or a role verb (with whether it is passive: its role goes to the
/// names after it), in sentence order.
#[derive(Clone, Copy, Debug)]
enum Item<'a> {
    Name(&'a str),
    Verb(ParticipantRole, bool),
}

/// Roles of the names in one lower-cased sentence (see the module docs).
pub(crate) fn assign_roles(ls: &str, base: usize, names: &[&NameMention], event: &mut Event) {
    // Nothing after "<reporting verb> that" is about this event's roles;
    // the reporting verb itself makes its subject present (convention 15).
    let (cut, verb_end) = THAT_RE.find(ls).map_or((ls.len(), ls.len()), |m| (m.start(), m.end()));
    // Nor is what a meeting conveys or studies ("to study the speeches
    // delivered by X"): its speakers were not there.
    let (cut, verb_end) = match STUDIED_RE.find(&ls[..cut]) {
        Some(m) => (m.start(), m.start()),
        None => (cut, verb_end),
    };
    let mut items: Vec<(usize, Item)> = Vec::new();
    for n in names {
        if n.span.start < base + cut {
            items.push((n.span.start - base, Item::Name(n.name.as_str())));
        }
    }
    let verbs = &ls[..verb_end];
    for m in ROLE_RE.find_iter(verbs) {
        let at = m.start();
        let text = &verbs[m.range()];
        let (role, passive) = match ROLE_VERBS[m.pattern().as_usize()].0 {
            RoleVerb::PassiveSpeaker => (ParticipantRole::Speaker, true),
            RoleVerb::PassiveAttendee => {
                // "X met with Y": both were there.
                if text.starts_with("met") {
                    items.push((at, Item::Verb(ParticipantRole::Attendee, false)));
                }
                (ParticipantRole::Attendee, true)
            }
            RoleVerb::PassiveChair => (ParticipantRole::Chair, true),
            // "X said at the Congress": a reporting verb, but X was there.
            RoleVerb::SaidAt => (ParticipantRole::Attendee, false),
            // No verb of these groups ends in " by" itself: one there is
            // the optional passive marker.
            RoleVerb::Chair => (ParticipantRole::Chair, text.ends_with(" by")),
            RoleVerb::Speaker => (ParticipantRole::Speaker, text.ends_with(" by")),
            RoleVerb::Leader => (ParticipantRole::Leader, text.ends_with(" by")),
            RoleVerb::Attendee => (ParticipantRole::Attendee, text.ends_with(" by")),
        };
        items.push((at, Item::Verb(role, passive)));
    }
    items.sort_by_key(|(at, _)| *at);
    let mut pending: Vec<&str> = Vec::new();
    let mut after_verb = false;
    let mut passive: Option<ParticipantRole> = None;
    let mut passive_used = false;
    // Names after a passive verb, held until the clause shows whose they
    // are: "presided over by A, and B made a report" gives A the chair and
    // B the report.
    let mut held: Vec<&str> = Vec::new();
    let flush = |event: &mut Event, held: &mut Vec<&str>, role: Option<ParticipantRole>| {
        if let Some(role) = role {
            for n in held.drain(..) {
                add(event, n, role);
            }
        }
        held.clear();
    };
    for (_, item) in items {
        match item {
            Item::Name(name) => {
                if passive.is_some() {
                    held.push(name);
                    passive_used = true;
                    continue;
                }
                if after_verb {
                    pending.clear();
                    after_verb = false;
                }
                pending.push(name);
            }
            Item::Verb(role, true) => {
                flush(event, &mut held, passive);
                passive = Some(role);
                passive_used = false;
            }
            Item::Verb(role, false) => {
                if pending.is_empty() && held.len() >= 2 {
                    // The last held name is this verb's subject.
                    let subject = held.pop().expect("two or more held");
                    flush(event, &mut held, passive);
                    add(event, subject, role);
                    passive = None;
                    after_verb = true;
                    continue;
                }
                for n in &pending {
                    add(event, n, role);
                }
                after_verb = true;
            }
        }
    }
    flush(event, &mut held, passive);
    // "X said on Tuesday, delivering the work report": a participle with no
    // name after it describes the subject before it.
    if let (Some(role), false) = (passive, passive_used) {
        for n in &pending {
            add(event, n, role);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the role code reads the passive " by" for this group (the
    /// passive groups are passive whatever follows).
    fn reads_by(group: usize) -> bool {
        matches!(
            ROLE_VERBS[group].0,
            RoleVerb::Chair | RoleVerb::Speaker | RoleVerb::Leader | RoleVerb::Attendee
        )
    }

    #[test]
    fn role_patterns_find_what_the_grouped_alternation_finds() {
        // The groups as one pattern with capture groups, as the roles were
        // once read.
        let groups: Vec<String> = ROLE_VERBS.iter().map(|(_, verbs)| format!("({verbs})")).collect();
        let grouped = Regex::new(&format!(r"(?x)(?-u:\b)(?:{})(?P<by>\x20by)?", groups.join("|"))).unwrap();
        let mut compared = 0;
        for text in crate::keyed::comparison_texts() {
            let lower = text.to_ascii_lowercase();
            let plain: Vec<_> = grouped
                .captures_iter(&lower)
                .map(|c| {
                    let group = (1..=ROLE_VERBS.len()).find(|&g| c.get(g).is_some()).expect("a group") - 1;
                    let by = reads_by(group) && c.name("by").is_some();
                    (c.get(0).expect("match").range(), group, by)
                })
                .collect();
            let fast: Vec<_> = ROLE_RE
                .find_iter(&lower)
                .map(|m| {
                    let group = m.pattern().as_usize();
                    (m.range(), group, reads_by(group) && lower[m.range()].ends_with(" by"))
                })
                .collect();
            compared += plain.len();
            assert_eq!(fast, plain);
        }
        assert!(compared > 50, "{compared}");
    }
}
