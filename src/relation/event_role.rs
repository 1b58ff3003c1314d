//! Participants' roles (convention 15): role verbs and names in sentence
//! order; an active verb gives its role to the names before it, a passive
//! one ("presided over by", "accompanying") to the names after it. Part of
//! the events pass ([`super::event`]).

use std::sync::LazyLock;

use regex::Regex;

use crate::entity::person::NameMention;
use crate::model::{Event, EventKind, Participant, ParticipantRole};

pub(crate) static ROLE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)(?-u:\b)(?:
        (?P<pspeaker>delivered\x20by|presented\x20by|in\x20(?:his|her)\x20(?:address|speech|report)
          |delivering\x20(?:his|her|the)\x20(?:[a-z]+\x20){0,2}(?:work\x20)?report)
        |(?P<pattendee>accompanying|(?:discussions|talks|exchanges|agreement|contract)\x20with|met\x20with)
        |(?P<saidat>said\x20at\x20the|presented\x20an\x20overview|introduced)
        |(?P<pchair>presided\x20over\x20by|chaired\x20by|hosted\x20by)
        |(?P<chair>presid(?:ed|es|e)\x20over|presided|presides|chaired|hosted)
        |(?P<speaker>(?:in|delivering|delivered)\x20the\x20(?:[a-z]+\x20){0,2}work\x20report
          |said\x20in\x20(?:his|her)\x20(?:[a-z]+\x20)?(?:speech|report|address|keynote)
          |deliver(?:ed|s)\x20(?:a|an|the|his|her)?\x20?(?:[a-z]+\x20)?(?:speech|report|address)
          |made\x20(?:a|an|the)\x20(?:[a-z]+\x20)?(?:speech|report)|spoke|addressed
          |reported\x20to\x20the\x20(?:meeting|conference|session|congress)
          |gave\x20(?:a|an)\x20(?:[a-z]+\x20)?(?:speech|report)|shared|presented
          |delivering\x20the\x20(?:[a-z]+\x20)?report)
        |(?P<leader>led)
        |(?P<attendee>attended|attends?|participated|accompanied|witnessed|were\x20present|was\x20present
          |sat\x20(?:in|on|at)|(?:was|were)\x20seated
          |said|says|noted|pointed\x20out|stressed|emphasi[sz]ed|highlighted|confirmed|welcomed)
        )(?P<by>\x20by)?",
    )
    .unwrap()
});

/// The groups of [`ROLE_RE`], by index (a name lookup hashes the name for
/// every match); `role_groups_are_in_pattern_order` checks them.
pub(crate) const ROLE_PSPEAKER: usize = 1;

pub(crate) const ROLE_PATTENDEE: usize = 2;

pub(crate) const ROLE_SAIDAT: usize = 3;

pub(crate) const ROLE_PCHAIR: usize = 4;

pub(crate) const ROLE_CHAIR: usize = 5;

pub(crate) const ROLE_SPEAKER: usize = 6;

pub(crate) const ROLE_LEADER: usize = 7;
// 8: attendee, the role when no other group matched.

pub(crate) const ROLE_BY: usize = 9;

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
    for c in ROLE_RE.captures_iter(&ls[..verb_end]) {
        let at = c.get(0).expect("match").start();
        if c.get(ROLE_PSPEAKER).is_some() {
            items.push((at, Item::Verb(ParticipantRole::Speaker, true)));
            continue;
        }
        if c.get(ROLE_PATTENDEE).is_some() {
            // "X met with Y": both were there.
            if c[0].starts_with("met") {
                items.push((at, Item::Verb(ParticipantRole::Attendee, false)));
            }
            items.push((at, Item::Verb(ParticipantRole::Attendee, true)));
            continue;
        }
        if c.get(ROLE_PCHAIR).is_some() {
            items.push((at, Item::Verb(ParticipantRole::Chair, true)));
            continue;
        }
        if c.get(ROLE_SAIDAT).is_some() {
            // "X said at the Congress": a reporting verb, but X was there.
            items.push((at, Item::Verb(ParticipantRole::Attendee, false)));
            continue;
        }
        let role = if c.get(ROLE_CHAIR).is_some() {
            ParticipantRole::Chair
        } else if c.get(ROLE_SPEAKER).is_some() {
            ParticipantRole::Speaker
        } else if c.get(ROLE_LEADER).is_some() {
            ParticipantRole::Leader
        } else {
            ParticipantRole::Attendee
        };
        items.push((at, Item::Verb(role, c.get(ROLE_BY).is_some())));
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
