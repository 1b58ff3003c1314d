//! Target subjects: whose goal a number is, read from the places before it
//! in its sentence (the grammar is in [`super::target`]).

use std::sync::LazyLock;

use regex::Regex;

use crate::entity::place::PlaceMention;
use crate::lexicon;
use crate::model::{PlaceKind, Target};
use crate::text::Document;

/// A plural, unnamed subject: "other cities are between 5.5% and 7%".
static PLURAL_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:other|many|most|some|several|these|those|all|\d+)\x20(?:[a-z\-]+\x20)?(?:cities|provinces|regions|places|municipalities|districts|counties|localities)|(?:most|many|all|some)\x20of\x20them)(?-u:\b)").unwrap()
});

/// Places coordinated before a shared predicate, with optional appositives:
/// "Fuzhou in East China's Fujian province, Hefei ... and Wuhan".
static COORDINATION_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\x20in\x20[A-Za-z'’\x20]+?|,\x20capital\x20of\x20[A-Za-z'’\x20]+?)?(?:,\x20and\x20|,\x20|\x20and\x20)$",
    )
    .unwrap()
});

/// What follows a region that is its clause's subject and sets a goal
/// ("Xiong'an New Area will receive ...", "the Bay Area aims to ...").
const REGION_SUBJECT_VERBS: &[&str] = &[" will ", " aims ", " plans ", " expects ", " is expected ", " targets "];

/// The subjects of a number at `at` in the sentence starting at `start`:
/// the nearest city, district, province or town before it, with the places
/// coordinated with it ("Hefei and Wuhan ... set"); none for a plural
/// unnamed subject ("other cities"); for "the city", "the province", "the
/// county" or "the district", the last such place before the sentence. `None` when the sentence names no
/// subject (the article's default applies).
pub(super) fn subjects_of(
    doc: &Document,
    places: &[PlaceMention],
    start: usize,
    at: usize,
) -> Option<Vec<Option<String>>> {
    // A region is a subject in the possessive: "Macao's GDP", "the Greater
    // Bay Area's output"; not one locating a place ("Central China's Hubei
    // province").
    let is_subject_kind = |p: &PlaceMention| {
        matches!(
            p.kind,
            PlaceKind::City | PlaceKind::District | PlaceKind::Province | PlaceKind::Town
        ) || p.kind == PlaceKind::Region && {
            let after = &doc.text[p.span.end..];
            let owned = after.strip_prefix("'s ").or_else(|| after.strip_prefix("’s "));
            owned.is_some_and(|rest| lexicon::place_kind(rest.split(' ').next().unwrap_or("")).is_none())
                // "Xiong'an New Area will receive ...": the clause's subject.
                || REGION_SUBJECT_VERBS.iter().any(|v| after.starts_with(v))
        }
    };
    // "Wuhan, capital of Hubei province", "Wuhan, Central China's Hubei
    // province": an appositive parent is not the subject.
    // "Dongguan, a hub in Guangdong province": so is the province a city
    // stands in.
    let is_parent = |i: usize| {
        let before = &doc.lower[start.min(places[i].span.start)..places[i].span.start];
        let city_before = places[..i]
            .iter()
            .rev()
            .take_while(|o| o.span.start >= start)
            .any(|o| matches!(o.kind, PlaceKind::City | PlaceKind::District));
        let appositive =
            before.ends_with("capital of ") || before.ends_with("china's ") || before.ends_with("china’s ");
        let located = before.ends_with(" in ") && places[i].kind == PlaceKind::Province;
        (appositive || located) && city_before
    };
    let upto = places.partition_point(|p| p.span.start < at);
    let found = (0..upto)
        .rev()
        .take_while(|&i| places[i].span.start >= start)
        .find(|&i| places[i].span.end <= at && is_subject_kind(&places[i]) && !is_parent(i));
    let before_number = &doc.lower[start..at];
    let plural = PLURAL_SUBJECT
        .find_iter(before_number)
        .last()
        .map(|m| start + m.start());
    if let Some(p) = plural {
        // "Sichuan and several other provinces target ...": the named one
        // keeps its goal.
        let coordinated = |i: usize| {
            let gap = &doc.lower[places[i].span.end..p];
            gap.ends_with(" and ") && !gap.contains(',')
        };
        if found.map_or(true, |i| places[i].span.end <= p && !coordinated(i)) {
            return Some(Vec::new());
        }
    }
    let Some(i) = found else {
        // "China has set a GDP growth target of ...": the country's goal is
        // national, whose subject is null (convention 22).
        if NATIONAL_SUBJECT.is_match(before_number) {
            return Some(vec![None]);
        }
        let kind = if before_number.contains("the city") {
            Some(PlaceKind::City)
        } else if before_number.contains("the province") {
            Some(PlaceKind::Province)
        } else if before_number.contains("the county") || before_number.contains("the district") {
            // Counties are districts (convention 28).
            Some(PlaceKind::District)
        } else {
            None
        }?;
        // The place the anaphor points back to stands near: a few
        // sentences, not anywhere in a long document.
        let upto = places.partition_point(|p| p.span.start < start);
        let from = places.partition_point(|p| p.span.start + ANAPHOR_REACH < start);
        return places[from..upto]
            .iter()
            .rev()
            .find(|p| p.kind == kind)
            .map(|p| vec![Some(p.name.clone())]);
    };
    let mut subjects = vec![Some(places[i].name.clone())];
    let mut cur = i;
    // Walk back over coordinated subjects, skipping their appositives.
    'walk: loop {
        for j in (0..cur).rev() {
            if places[j].span.start < start {
                break 'walk;
            }
            if !is_subject_kind(&places[j]) || is_parent(j) {
                continue;
            }
            let gap = &doc.text[places[j].span.end..places[cur].span.start];
            if !COORDINATION_GAP.is_match(gap) {
                break 'walk;
            }
            subjects.insert(0, Some(places[j].name.clone()));
            cur = j;
            continue 'walk;
        }
        break;
    }
    Some(subjects)
}

/// The country as a clause's subject, before its verb ("China has set",
/// "the country aims"), or "nationwide" (lower case, over
/// `Document::lower`); "South China Laser Valley" is no subject.
static NATIONAL_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:china|the\x20country|the\x20nation)\x20(?:has|have|will|aims?|plans?|is|sets?|expects?|targets?|seeks?|strives?|pledges?|vows?)(?-u:\b)|(?-u:\b)nationwide(?-u:\b)",
    )
    .unwrap()
});

/// How far back, in bytes, "the city" looks for the city it names.
const ANAPHOR_REACH: usize = 2000;

/// "Guangzhou and Suzhou expect growth of 6 and 5 percent, respectively":
/// the n-th value goes to the n-th subject only.
pub(super) fn respectively(ls: &str, targets: &mut Vec<Target>) {
    if !ls.contains("respectively") || targets.is_empty() {
        return;
    }
    let mut spans: Vec<crate::Span> = targets.iter().map(|t| t.span).collect();
    spans.dedup();
    let mut subjects: Vec<Option<String>> = Vec::new();
    for t in targets.iter().filter(|t| t.span == spans[0]) {
        subjects.push(t.subject.clone());
    }
    if spans.len() < 2 || subjects.len() != spans.len() {
        return;
    }
    targets.retain(|t| {
        let n = spans.iter().position(|s| *s == t.span).unwrap_or(0);
        t.subject == subjects[n]
    });
}

/// The subject patterns, for the tests over every pattern.
#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static Regex> {
    vec![&PLURAL_SUBJECT, &COORDINATION_GAP, &NATIONAL_SUBJECT]
}
