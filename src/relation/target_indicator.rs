//! Target indicators: what a goal's number measures, read from the
//! indicator cues near it ("GDP", "fixed-asset investment", "output
//! value", other measures) and its unit (the grammar is in
//! [`super::target`]).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::lexicon;
use crate::model::{Indicator, Unit};
use crate::number::{read_word, QUnit, Quantity};
use crate::substr;

/// Indicator cues, as (lowercase phrase, family).
const CUES: &[(&str, Family)] = &[
    ("gross domestic product", Family::Gdp),
    ("gdp", Family::Gdp),
    ("economic growth", Family::Gdp),
    ("economic aggregate", Family::Gdp),
    ("economy", Family::Gdp),
    ("fixed-asset investment", Family::Investment),
    ("fixed asset investment", Family::Investment),
    ("investment", Family::Investment),
    ("invest", Family::Investment),
    ("output value", Family::Output),
    ("retail", Family::Other),
    ("export", Family::Other),
    ("exports", Family::Other),
    ("import", Family::Other),
    ("imports", Family::Other),
    ("foreign trade", Family::Other),
    ("trade", Family::Other),
    ("consumer price", Family::Other),
    ("consumer prices", Family::Other),
    ("cpi", Family::Other),
    ("income", Family::Other),
    ("revenue", Family::Other),
    ("value-added", Family::Other),
    ("added value", Family::Other),
    ("value added", Family::Other),
    ("unemployment", Family::Other),
    ("fund", Family::Other),
    ("r&d", Family::Other),
    ("industrial output", Family::Other),
    // An intensity, not the economy's size or growth: "energy consumption
    // per unit of GDP" (later than "gdp", so it wins where both end).
    ("per unit of gdp", Family::Other),
];

/// A cue used only when a clause names no other measure: "its growth
/// target of 5.5 percent" is GDP growth.
const WEAK_GDP_CUES: &[&str] = &["growth target", "economic growth target", "growth rate"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Family {
    Gdp,
    Investment,
    Output,
    Other,
}

/// Every cue in one automaton, so finding a clause's cue is one scan.
static CUE_FINDER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(CUES.iter().map(|(cue, _)| cue)).expect("indicator cues build an automaton"));

/// The cues standing as whole words in `ls` (lower-cased): (start, end,
/// index into `CUES`).
fn cues_in(ls: &str) -> impl Iterator<Item = (usize, usize, usize, Family)> + '_ {
    CUE_FINDER
        .find_overlapping_iter(ls)
        .filter(|m| is_word_at(ls, m.start(), m.len()))
        .filter_map(|m| {
            let i = m.pattern().as_usize();
            let family = if CUES[i].0 == "economy" {
                economy_family(&ls[..m.start()], &ls[m.end()..])?
            } else {
                CUES[i].1
            };
            Some((m.start(), m.end(), i, family))
        })
}

/// Words before "economy" that make it the whole economy of its owner
/// ("the economy", "its economy", "the city's overall economy").
const WHOLE_ECONOMY: &[&str] = &[
    "the", "its", "their", "whose", "our", "overall", "whole", "national", "local", "regional",
];

/// What "economy" measures, from the words around it: the whole economy
/// (GDP) after an owner ("its economy", "Hunan's economy"); a sector
/// ("the digital economy", "the marine economy") is other; a place's name
/// ("Airport Economy Zone") is no cue.
fn economy_family(before: &str, after: &str) -> Option<Family> {
    // "economy zone", "economy development zone": a region's suffix follows.
    let names_a_region = lexicon::PLACE_SUFFIXES.iter().any(|(suffix, kind)| {
        *kind == "region"
            && after
                .strip_prefix(' ')
                .and_then(|a| a.get(..suffix.len()))
                .is_some_and(|a| a.eq_ignore_ascii_case(suffix))
    });
    if names_a_region {
        return None;
    }
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    let whole = word.is_empty()
        || WHOLE_ECONOMY.contains(&word)
        || word.ends_with("'s")
        || word.ends_with("’s")
        || word.ends_with(',');
    Some(if whole { Family::Gdp } else { Family::Other })
}

/// The family of the cue nearest the end of `before` (lower-cased); of
/// two cues ending together, the later in `CUES`.
pub(super) fn nearest_cue(before: &str) -> Option<Family> {
    cues_in(before)
        .max_by_key(|&(_, end, i, _)| (end, i))
        .map(|(_, _, _, family)| family)
}

/// The family of the first cue in `after` (lower-cased); of two cues
/// starting together, the earlier in `CUES`.
pub(super) fn first_cue(after: &str) -> Option<Family> {
    cues_in(after)
        .min_by_key(|&(start, _, i, _)| (start, i))
        .map(|(_, _, _, family)| family)
}

/// GDP, when a clause names only a growth target or rate.
pub(super) fn weak_gdp(clause: &str) -> Option<Family> {
    WEAK_GDP_CUES.iter().any(|c| clause.contains(c)).then_some(Family::Gdp)
}

/// Whether `s[i..i + len]` stands as a whole word.
fn is_word_at(s: &str, i: usize, len: usize) -> bool {
    let before = s[..i].chars().next_back().map_or(true, |c| !c.is_alphanumeric());
    let after = s[i + len..].chars().next().map_or(true, |c| !c.is_alphanumeric());
    before && after
}

/// Whether `before` (a clause up to its number, lower case) names what
/// the number counts: "the number of" and, within a few words, a count
/// noun ("the number of elderly care beds in the province will reach").
pub(super) fn counted_before(before: &str) -> bool {
    substr::rfind(before, "the number of ").is_some_and(|i| {
        before[i + "the number of ".len()..]
            .split(' ')
            .take(COUNTED_NOUN_WORDS)
            .map(|w| w.trim_end_matches([',', ';']))
            .any(|w| lexicon::contains(&lexicon::COUNT_NOUNS, w) || lexicon::contains(&lexicon::COUNTABLE_PLURALS, w))
    })
}

/// How many words after "the number of" [`counted_before`] reads.
const COUNTED_NOUN_WORDS: usize = 4;

/// A verb by which a plan adds, builds or trains what it counts, right
/// before the number (a comparator between): "add more than 50,000",
/// "train 5,000", "build 10". Lower case, over the clause up to the number.
static CREATED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)(?-u:\b)
        (?:
            (?:add|build|train|attract|establish|open|recruit|foster|construct|launch|cultivate|create|introduce|nurture|renovate|upgrade)
          | (?:adds|builds|trains|attracts|establishes|opens|recruits|fosters|constructs|launches|cultivates|creates|introduces|nurtures|renovates|upgrades)
          | (?:adding|building|training|attracting|establishing|opening|recruiting|fostering|constructing|launching|cultivating|creating|introducing|nurturing|renovating|upgrading)
          | set(?:s|ting)?\x20up | bring(?:s|ing)?\x20in
        )
        (?:\x20(?:more\x20than|over|at\x20least|about|around|nearly|another|a\x20total\x20of|no\x20fewer\x20than|no\x20less\x20than|not\x20less\x20than|up\x20to))?
        \x20*$",
    )
    .unwrap()
});

/// Whether a number with no unit counts what a plan creates: a creation
/// verb right before it ([`CREATED_BEFORE`], `before` is the clause up to
/// the number) and, within a few lower-case words after it (`after`), a
/// plural noun of a person, body, structure, facility or workplace ("train 5,000
/// new-type professional farmers", "build 10 new plants"). Without the verb
/// a plural after a number is as often a measure or a ranking.
pub(super) fn created_count(before: &str, after: &str) -> bool {
    if !CREATED_BEFORE.is_match(before) {
        return false;
    }
    let mut quoted = false;
    for word in after.split_whitespace().take(CREATED_NOUN_WORDS) {
        // Quoted phrases as number::read_word reads them.
        let Some((opened, w)) = read_word(word, &mut quoted) else {
            return false;
        };
        if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            return false;
        }
        if lexicon::contains(&lexicon::COUNTABLE_PLURALS, w) || lexicon::contains(&lexicon::COUNT_NOUNS, w) {
            return true;
        }
        if w.len() < opened.len() || matches!(w, "of" | "and" | "in" | "for" | "to" | "by") {
            return false;
        }
    }
    false
}

/// How many words after the number [`created_count`] reads.
const CREATED_NOUN_WORDS: usize = 4;

/// Indicator and unit of a quantity, or `None` when it is not a target's
/// (no unit, or US dollars).
pub(super) fn classify(q: &Quantity, family: Option<Family>) -> Option<(Indicator, Unit)> {
    Some(match (q.unit, family) {
        (QUnit::Dollars, _) => return None,
        (QUnit::Count, _) => (Indicator::Count, Unit::Count),
        (QUnit::Points, _) => (Indicator::Other, Unit::Percent),
        (QUnit::Percent, Some(Family::Gdp)) => (Indicator::GdpGrowth, Unit::Percent),
        (QUnit::Percent, Some(Family::Investment)) => (Indicator::InvestmentGrowth, Unit::Percent),
        (QUnit::Percent, _) => (Indicator::Other, Unit::Percent),
        (QUnit::Yuan | QUnit::None, Some(Family::Gdp)) => (Indicator::Gdp, Unit::Yuan),
        (QUnit::Yuan | QUnit::None, Some(Family::Investment)) => (Indicator::Investment, Unit::Yuan),
        (QUnit::Yuan | QUnit::None, Some(Family::Output)) => (Indicator::OutputValue, Unit::Yuan),
        (QUnit::Yuan, _) => (Indicator::Other, Unit::Yuan),
        (QUnit::None, _) => return None,
    })
    .filter(|(_, unit)| q.unit != QUnit::None || (*unit == Unit::Yuan && q.scaled))
}

/// The indicator patterns, for the tests over every pattern.
#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static Regex> {
    vec![&CREATED_BEFORE]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every cue is one pattern of the automaton.
    #[test]
    fn every_cue_is_a_pattern() {
        assert_eq!(CUE_FINDER.patterns_len(), CUES.len());
    }
}
