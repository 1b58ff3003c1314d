//! Targets: which quantities a text sets as goals, what they measure, whose
//! they are and for when.
//!
//! Consumes the sentences of the [`Document`], the quantities of the number
//! grammar, the place mentions (for the subject) and the publication date
//! (for "this year"); produces [`Target`]s.
//!
//! # Grammar
//!
//! ```text
//! target    = quantity with a unit (percent, points, yuan, count; a scaled
//!             number with no unit is yuan when the cue is money-like:
//!             "a GDP of 100 billion") in a goal sentence, not in an
//!             achieved clause
//! goal      = the clause says target | goal | objective | aim | strive | plan,
//!             or the sentence says one of those or will | must | ensure | expected
//!             | "this year" | "by 20xx" ... and the clause has no achieved cue
//! achieved  = last year | rose | grew | reached | achieved | completed | recorded
//!             | was | were ...   (clauses split at ";" and ", ")
//! indicator = the nearest cue before the number in its clause, else in its
//!             sentence (GDP, investment, output value, other measures):
//!             percent + GDP -> gdp_growth, percent + investment -> investment_growth,
//!             yuan + GDP -> gdp, yuan + investment -> investment,
//!             yuan + output value -> output_value, count -> count, else other;
//!             percentage points -> other
//! subject   = the nearest place before the number in its sentence, else the
//!             article's first city, district or province
//! period    = "this year" / "throughout the year" -> the published year;
//!             "by|in|for 20xx" in the sentence -> that year
//! stretch   = a "strive" clause whose value exceeds an earlier target of the
//!             same indicator in the sentence ("more than 6%, and strive to
//!             achieve more than 7%")
//! ```
//!
//! US-dollar amounts are left out (SCHEMA.md v1). The indicator is read in
//! [`super::target_indicator`], the subject in [`super::target_subject`].

use std::sync::LazyLock;

use regex::Regex;

use super::target_indicator::{classify, counted_before, created_count, first_cue, nearest_cue, weak_gdp, Family};
use super::target_subject::{respectively, subjects_of};
use crate::entity::place::PlaceMention;
use crate::model::{PlaceKind, Target, Unit};
use crate::number::{self, QUnit, Quantity};
use crate::span::Rule;
use crate::substr;
use crate::text::Document;
use crate::Date;

// The patterns below are lower-case: they run over `Document::lower`.

pub(crate) const GOAL_QUANTITY: Rule = Rule {
    id: "targets/goal_quantity",
    description: "a quantity with a unit in a goal sentence, outside achieved clauses",
};

static GOAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:targets?|goals?|objectives?|aims?|aiming|strive|striving|strives|plans?|planning|scheduled|will|must|ensure|expected|expecting|expects|tipped|tips|projected|set|sets|tasked|this\x20year|throughout\x20the\x20year|by\x20(?:19|20)\d\d|is\x20to|are\x20to|should|need\x20to)(?-u:\b)").unwrap()
});

static STRONG_GOAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:targets?|goals?|objectives?|guidance|strive|striving|plans?\x20to|aims?\x20to|expected\x20to)(?-u:\b)",
    )
    .unwrap()
});

static ACHIEVED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:last\x20year|in\x20the\x20past|there\x20are|there\x20is|average\x20annual|rose|grew|reached|achieved|completed|recorded|registered|totaled|totalled|totaling|totalling|amounted|amounting|was|were|saw|ranked|has\x20been|have\x20been|increased|decreased|fell|dropped|hit)(?-u:\b)").unwrap()
});

/// Whether `ls` (lower case) reports an achieved figure: a word of
/// [`ACHIEVED`], except "hit" after "to" ("its foreign trade to hit 230
/// billion yuan" is a goal).
fn is_achieved(ls: &str) -> bool {
    ACHIEVED.is_match(ls)
        && (substr::find(ls, "to hit").is_none()
            || ACHIEVED
                .find_iter(ls)
                .any(|m| !(m.as_str() == "hit" && ls[..m.start()].ends_with("to "))))
}

/// Someone else's forecast, not a goal the body sets: "the blue book
/// predicts that the economy will grow by about 5%".
static FORECAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:predicts?|predicted|forecasts?|forecasted|estimates?|estimated)(?-u:\b)").unwrap()
});

/// Verbs whose object a with-phrase describes as a goal: "build a base
/// with an output value of 10 billion".
static BUILD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:build|become|create|cultivate|develop|form|forge|establish|foster)(?-u:\b)").unwrap()
});

/// A section header: an optional year, up to three words, and a goal head
/// ("targets", "tasks") or, after a year, any head ("2024 review").
static SECTION_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?P<year>(?:19|20)\d\d)\x20)?(?:[a-z\-]+\x20){0,3}(?:(?P<goal>targets|goals|tasks|objectives|plans?)|[a-z\-]+)$").unwrap()
});

/// Hedged modals, goals only in a paragraph of goals.
static HEDGED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)(?:may|could|would)(?-u:\b)").unwrap());

/// Verbs that report speech: after one, "would" is a backshifted "will".
static REPORTING_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:said|says|announced|pledged|promised|vowed|stated|added|told)(?-u:\b)").unwrap()
});

/// Speakers whose "would" is a forecast, not a plan (convention 18).
const FORECASTERS: &[&str] = &["analyst", "expert", "economist", "observer", "researcher"];

static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:by|in|for|at)\x20(?:the\x20end\x20of\x20)?((?:19|20)\d\d)(?-u:\b)").unwrap()
});

/// A year that qualifies the goals themselves: "its 2023 growth target",
/// "2024 goals", "targets 2023 GDP growth".
static GOAL_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:19|20)\d\d)\x20(?:[a-z\-]+\x20){0,3}(?:goals?|targets?|growth|plan|guidance|gdp|economy|output|investment)(?-u:\b)")
        .unwrap()
});

static THIS_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:this\x20year|throughout\x20the\x20year|annual|the\x20whole\x20year)(?-u:\b)").unwrap()
});

/// Every target of the article, in text order.
/// `places` are the listed place mentions (for subjects in a sentence);
/// `named` are all of them, nested ones too, for the article's default
/// subject: "the 6th session of the People's Congress of Nansha District"
/// makes Nansha the article's subject.
pub(crate) fn targets(
    doc: &Document,
    places: &[PlaceMention],
    named: &[PlaceMention],
    published: Option<Date>,
) -> Vec<Target> {
    let text = doc.text;
    // With no publication date, "this year" is the year the article's head
    // attaches to its goals ("Jinan sets socioeconomic goals for 2024").
    let head_year = published.is_none().then(|| year_hint(doc)).flatten();
    let this_year = published.map(|d| d.year().to_string()).or_else(|| head_year.clone());
    // The article's first city, district or province; a dateline's city in
    // capitals ("GUANGZHOU, Jan. 28 --") is where the story was filed, not
    // whose goals it reports.
    let default_subject = named
        .iter()
        .filter(|p| !doc.text[p.span.range()].chars().all(|c| !c.is_lowercase()))
        .find(|p| matches!(p.kind, PlaceKind::City | PlaceKind::District | PlaceKind::Province))
        .map(|p| p.name.clone());
    let quoted: Vec<_> = doc.quotes.iter().map(|q| q.inner()).collect();
    let mut out = Vec::new();
    // The indicator of the paragraph's last percent target: a list that
    // goes on in the next sentence ("Except A, set at 5%, other cities are
    // between 5.5% and 7%") measures the same thing.
    let mut paragraph_family: Option<(usize, Family)> = None;
    // Likewise the year of the paragraph's goals.
    let mut paragraph_year: Option<(usize, String)> = None;
    // The year the article last gave its goals ("has set its target ... for
    // 2025"), for goals in later paragraphs that name none (convention 22).
    let mut goals_year: Option<String> = None;
    // The section under a header line: (whether it lists goals, its year).
    let mut goal_section: Option<(bool, Option<String>)> = None;
    for sentence in &doc.sentences {
        let paragraph = doc.paragraphs.partition_point(|p| p.end <= sentence.start);
        // `s` for spans and text, `ls` (the same bytes, lower-cased) for cues.
        let (s, ls) = (&text[sentence.clone()], &doc.lower[sentence.clone()]);
        if STRONG_GOAL.is_match(ls) {
            update_family(ls, paragraph, &mut paragraph_family);
            if let Some(c) = GOAL_YEAR.captures(ls).or_else(|| YEAR.captures(ls)) {
                paragraph_year = Some((paragraph, c[1].to_string()));
                goals_year = Some(c[1].to_string());
            } else if let Some(year) = this_year.as_ref().filter(|_| THIS_YEAR.is_match(ls)) {
                // "The county aims to ... this year. It will also train
                // 5,000 farmers.": the paragraph's goals are this year's.
                paragraph_year = Some((paragraph, year.clone()));
            }
        }
        // A header line ("2025 Expected Targets", "2024 Review") opens or
        // closes a section of goals.
        if let Some(header) = section_header(ls) {
            goal_section = Some(header);
            continue;
        }
        // "may climb by 6.5 percent" is a goal in a paragraph of goals.
        let goal_paragraph = paragraph_year.as_ref().is_some_and(|(p, _)| *p == paragraph);
        let in_goal_section = goal_section.as_ref().is_some_and(|(goal, _)| *goal);
        let bullet = is_plan_bullet(s);
        let hedged_goal = goal_paragraph && HEDGED.is_match(ls);
        if !(is_goal(ls) || bullet || in_goal_section || hedged_goal || reports_will(ls)) {
            continue;
        }
        if FORECAST.is_match(ls) && !STRONG_GOAL.is_match(ls) {
            continue;
        }
        let quantities = number::scan_in(s, ls, sentence.start);
        // An agency dateline ("CHENGDU, Jan. 18 (Xinhua) --") opening the
        // sentence is not part of its clause: its city is no subject.
        let clause_start = sentence.start + crate::dateline::source::dateline_len(s);
        let mut in_sentence: Vec<Target> = Vec::new();
        for q in quantities {
            // Quotes are sorted by opening and never overlap within a
            // paragraph: the last one opening before the number is the only
            // one that can hold it.
            let i = quoted.partition_point(|r| r.start <= q.span.start);
            if i > 0 && q.span.end <= quoted[i - 1].end {
                continue;
            }
            let rel = q.span.start - sentence.start;
            let clause = clause_around(s, rel, q.span.end - sentence.start);
            let clause_text = &ls[clause.clone()];
            let after_number = &ls[q.span.end - sentence.start..clause.end];
            let strong = STRONG_GOAL.is_match(clause_text) && !is_achieved(after_number);
            if !strong && is_achieved(clause_text) {
                continue;
            }
            // "projects worth 5 billion yuan each" is a size class, not a goal.
            if after_number.trim_start().starts_with("each") || after_number.contains(") each") {
                continue;
            }
            // "handle 1 million tonnes of cargo": a measure the schema has no
            // unit for, never yuan or a count.
            if q.unit == QUnit::None && is_measure(after_number) {
                continue;
            }
            if !strong && starts_achieved(ls, this_year.as_deref()) {
                continue;
            }
            // "accounts for 60 percent of its GDP": a share, whatever it is
            // a share of (convention 21).
            let share = q.unit == QUnit::Percent && after_number.starts_with(" of ");
            let family = share
                .then_some(Family::Other)
                .or_else(|| nearest_cue(&ls[clause.start..rel]))
                .or_else(|| first_cue(after_number))
                .or_else(|| weak_gdp(clause_text))
                .or_else(|| nearest_cue(&ls[crate::span::floor_char_boundary(s, rel.saturating_sub(CUE_WINDOW))..rel]))
                .or_else(|| {
                    paragraph_family
                        .filter(|(p, _)| *p == paragraph && q.unit == QUnit::Percent)
                        .map(|(_, f)| f)
                });
            if let (Some(f), QUnit::Percent, false) = (family, q.unit, share) {
                paragraph_family = Some((paragraph, f));
            }
            // "the number of elderly care beds ... will reach 450,000": the
            // count noun stands before the number.
            // "train 5,000 professional farmers": a creation verb and a
            // countable plural after the number.
            let counted = counted_before(&ls[clause.start..rel]) || created_count(&ls[clause.start..rel], after_number);
            let q = if q.unit == QUnit::None && counted {
                Quantity {
                    unit: QUnit::Count,
                    ..q
                }
            } else {
                q
            };
            let Some((indicator, unit)) = classify(&q, family) else {
                continue;
            };
            // "the three major platforms of ...": a definite count refers to
            // things that exist; it sets no goal.
            // "with 900 listed firms": a stock that exists, not a goal.
            let lead = ls[..rel].trim_end();
            if unit == Unit::Count && (lead.ends_with(" the") || lead.ends_with(" with")) {
                continue;
            }
            // "The city, with 13,400 firms, 340,000 talents and ...", "many
            // cities with a GDP of over 1 trillion yuan": what a subject has
            // or its size class, unless a goal word follows "with".
            // A with-phrase after a goal verb describes the goal ("build a
            // base with an output value of over 10 billion").
            if let Some(w) = substr::rfind(&ls[..rel], " with ") {
                let between = &ls[w..rel];
                // The clause before "with", the comma that sets it off aside.
                let head = ls[..w].trim_end_matches([',', ' ']);
                let lead_from = head.rfind([',', ';']).map_or(0, |i| i + 1);
                let lead = &head[lead_from..];
                let described_goal = GOAL.is_match(lead) || BUILD.is_match(lead);
                let goal_after = GOAL.is_match(between) || between.contains(" to ") || between.contains(';');
                if !described_goal && !goal_after {
                    continue;
                }
            }
            let subjects =
                subjects_of(doc, places, clause_start, q.span.start).unwrap_or_else(|| vec![default_subject.clone()]);
            // The number's own clause first ("... 150 billion yuan this year,
            // up from 132 billion yuan in 2024"), then its sentence.
            let year_in = |t: &str| {
                GOAL_YEAR
                    .captures(t)
                    .or_else(|| YEAR.captures(t))
                    .map(|c| c[1].to_string())
                    .or_else(|| THIS_YEAR.is_match(t).then(|| this_year.clone()).flatten())
            };
            let period = year_in(clause_text)
                .or_else(|| year_in(ls))
                .or_else(|| {
                    paragraph_year
                        .as_ref()
                        .filter(|(p, _)| *p == paragraph)
                        .map(|(_, y)| y.clone())
                })
                .or_else(|| goals_year.clone())
                .or_else(|| goal_section.as_ref().and_then(|(goal, y)| y.clone().filter(|_| *goal)))
                .or_else(|| head_year.clone());
            // A goal for a year already over is a result or an estimate.
            let past = matches!(
                (period.as_deref().and_then(|p| p.parse::<i32>().ok()), this_year.as_deref().and_then(|y| y.parse::<i32>().ok())),
                (Some(p), Some(now)) if p < now
            );
            if past {
                continue;
            }
            let stretch = clause_text.contains("strive")
                && in_sentence
                    .iter()
                    .any(|t| t.indicator == indicator && t.unit == unit && t.value < q.value);
            let subjects = if subjects.is_empty() { vec![None] } else { subjects };
            for subject in subjects {
                in_sentence.push(Target {
                    indicator,
                    subject,
                    period: period.clone(),
                    comparator: q.comparator,
                    value: q.value,
                    unit,
                    stretch,
                    span: q.span,
                    rule: GOAL_QUANTITY.rule_id(),
                });
            }
        }
        respectively(ls, &mut in_sentence);
        out.extend(in_sentence);
    }
    out
}

/// A short header line with a year or a goal word and no sentence
/// punctuation: `Some((lists goals, year))`. "2025 Expected Targets" and
/// "2025 Key Tasks" open a section of goals, "2024 Review" one of results.
fn section_header(ls: &str) -> Option<(bool, Option<String>)> {
    let t = ls.trim();
    if t.len() > 60 || t.ends_with(['.', ':', ';', ',', '!', '?']) || t.starts_with('-') {
        return None;
    }
    let c = SECTION_HEADER.captures(t)?;
    let goal = c.name("goal").is_some();
    let year = c.name("year").map(|y| y.as_str().to_string());
    (goal || year.is_some()).then_some((goal, year))
}

/// Whether a (lower-cased) sentence has a goal cue; "set up" (founded) is
/// not "set" (a goal).
fn is_goal(ls: &str) -> bool {
    GOAL.find_iter(ls)
        .any(|m| !(m.as_str().starts_with("set") && ls[m.end()..].starts_with(" up")))
}

/// Units of measure a number may be given in (lower case); the schema's
/// units are percent, yuan and count only.
const MEASURE_UNITS: &[&str] = &[
    "tonnes",
    "tonne",
    "tons",
    "ton",
    "kilograms",
    "kg",
    "kilometers",
    "kilometres",
    "km",
    "meters",
    "metres",
    "square",
    "cubic",
    "hectares",
    "hectare",
    "mu",
    "kilowatts",
    "kilowatt",
    "kwh",
    "megawatts",
    "gigawatts",
    "mw",
    "gw",
    "teu",
    "teus",
    "liters",
    "litres",
    "barrels",
];

/// Whether the words after a number (`after`, lower case) open on a unit of
/// measure: "1 million tonnes", "600,000 square meters".
fn is_measure(after: &str) -> bool {
    let word = after
        .trim_start()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    MEASURE_UNITS.contains(&word)
}

/// "Zhang said at the ceremony that the city would add 30,000 rooms":
/// reported speech puts an official's "will" as "would". Not "would have"
/// or "would like", nor a forecaster's words.
fn reports_will(ls: &str) -> bool {
    let Some(at) = substr::find(ls, " would ") else {
        return false;
    };
    let after = &ls[at + " would ".len()..];
    !after.starts_with("have ")
        && !after.starts_with("like ")
        && REPORTING_VERB.is_match(&ls[..at])
        && !FORECASTERS.iter().any(|w| substr::find(ls, w).is_some())
}

/// "- Build the center to a high standard, releasing over 200 ...": an
/// item of a plan's bulleted list opens on a verb's base form.
fn is_plan_bullet(s: &str) -> bool {
    let t = s.trim_start();
    let Some(rest) = t.strip_prefix("- ").or_else(|| t.strip_prefix("• ")) else {
        return false;
    };
    let first = rest.split(' ').next().unwrap_or("");
    let mut chars = first.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && first.len() > 2
        && chars.all(|c| c.is_ascii_lowercase())
        && !first.ends_with("ed")
        && !first.ends_with('s')
}

/// The year an undated article's goals are for: a year qualifying goals in
/// its first paragraphs ("revealed its 2022 guidance"), else the first
/// "in|by|for 20xx" of a goal sentence that reports no result.
fn year_hint(doc: &Document) -> Option<String> {
    let head_end = doc.paragraphs.get(3).map_or(doc.text.len(), |p| p.start);
    let head = &doc.lower[..head_end];
    if let Some(c) = GOAL_YEAR.captures(head) {
        return Some(c[1].to_string());
    }
    doc.sentences
        .iter()
        .map(|s| &doc.lower[s.clone()])
        // The year first: the rarest of the three, and its literals let
        // the engine skip most sentences at once.
        .filter(|ls| YEAR.is_match(ls) && GOAL.is_match(ls) && !ACHIEVED.is_match(ls))
        .find_map(|ls| YEAR.captures(ls).map(|c| c[1].to_string()))
}

/// A goal sentence's indicator with no number of its own ("12 cities have
/// set their GDP growth targets") carries to the list that follows.
/// `ls` is a sentence with a strong goal cue.
fn update_family(ls: &str, paragraph: usize, family: &mut Option<(usize, Family)>) {
    if let Some(f) = first_cue(ls).or_else(|| weak_gdp(ls)) {
        *family = Some((paragraph, f));
    }
}

/// How far back, in bytes, a sentence-level cue may stand from its number.
const CUE_WINDOW: usize = 300;

/// The clause around `[start, end)` of `s`: between ";" or ", " boundaries.
fn clause_around(s: &str, start: usize, end: usize) -> std::ops::Range<usize> {
    // "grow by 3 percent after totaling 1.2 trillion yuan": "after" opens
    // a clause of its own.
    let from = s[..start].rfind([';', ',']).map_or(0, |i| i + 1);
    let from = substr::rfind(&s[from..start], " after ").map_or(from, |i| from + i + 1);
    let to = s[end..].find([';', ',']).map_or(s.len(), |i| end + i);
    let to = substr::find(&s[end..to], " after ").map_or(to, |i| end + i);
    from..to
}

/// Whether a (lower-cased) sentence opens on a past period: "Last year,",
/// "In the past five years,", "In 2022," when the article's year is later.
fn starts_achieved(ls: &str, this_year: Option<&str>) -> bool {
    let ls = ls.trim_start();
    if ls.starts_with("last year") || ls.starts_with("in the past") {
        return true;
    }
    let opening_year = ls
        .strip_prefix("in ")
        .and_then(|r| r.get(..4))
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|y| y.parse::<i32>().ok());
    let current = this_year.and_then(|y| y.parse::<i32>().ok());
    matches!((opening_year, current), (Some(y), Some(now)) if y < now)
}

#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static Regex> {
    vec![
        &GOAL,
        &STRONG_GOAL,
        &ACHIEVED,
        &YEAR,
        &THIS_YEAR,
        &GOAL_YEAR,
        &FORECAST,
        &BUILD,
        &HEDGED,
        &SECTION_HEADER,
    ]
}

#[cfg(test)]
mod tests;
