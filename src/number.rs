//! The number grammar: quantities with their comparator and unit, as they
//! are written in these papers' English.
//!
//! Consumes a stretch of text; produces [`Quantity`]s with byte spans. The
//! grammar knows nothing of targets: whether a quantity is a goal is the
//! target relation's concern.
//!
//! # Grammar
//!
//! ```text
//! quantity   = comparator? currency? number scale? unit? after-comparator?
//!            | range
//! range      = number unit? ("to" | "-" | "–") number unit      "6% to 7%", "5.5-6%"
//!            | "between" number unit? "and" number unit         "between 6% and 7%"
//! shared     = number ("," | "and") number unit ... "respectively"    "6 and 5 percent, respectively"
//! number     = digits ("," ddd)* ("." digits)?                   "1,300", "6.5"
//!            | word ("-" word)?                                  "ten", "twenty-five", "a dozen"
//! scale      = "hundred" | "thousand" | "million" | "billion" | "trillion"
//!              (so "100 million" is 10^8, the translation of 亿, and
//!               "10,000" is 万)
//! currency   = "RMB" | "CNY" | "¥" (yuan)  |  "USD" | "US$" | "$" (dollars)
//! unit       = "%" | "percent" | "per cent" | "pct"               percent
//!            | "percentage point(s)"                              points
//!            | "yuan" | "RMB" | "CNY"                             yuan
//!            | "US dollars" | "dollars" | "USD"                    dollars
//!            | (word){0,3} count-noun                              count ("380 major projects")
//! comparator = more than | over | above | exceeding | exceed | surpass(ing) | beyond  -> more_than
//!            | no less than | not less than | at least | no lower than | no fewer than -> at_least
//!            | about | around | approximately | nearly | roughly                      -> about
//!            | up to | no more than | within | below | less than | under              -> at_most
//! after-comparator = "or more" | "or higher" | "or above" | "and above"             -> at_least
//! ```
//!
//! Never quantities: ordinals ("20th"), numbers glued to letters ("5G",
//! "15-minute"), a year alone (1900 to 2100 with no unit), a day after a
//! month name ("February 19"), and a number after "No." ("Document No. 1").
//! Values stay finite: an overflowing value is dropped.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon;
use crate::model::Comparator;
use crate::Span;

/// The unit a quantity is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum QUnit {
    Percent,
    Points,
    Yuan,
    Dollars,
    Count,
    /// No unit written.
    None,
}

/// One quantity.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Quantity {
    pub value: f64,
    pub unit: QUnit,
    pub comparator: Comparator,
    /// True when a scale word (million, billion ...) was written.
    pub scaled: bool,
    /// The quantity phrase, comparator included.
    pub span: Span,
}

/// How far back, in bytes, a comparator or context word is looked for.
const LOOK_BACK: usize = 64;

const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("a dozen", 12.0),
    ("dozen", 12.0),
];

const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

const COMPARATORS: &[(&str, Comparator)] = &[
    ("no less than", Comparator::AtLeast),
    ("not less than", Comparator::AtLeast),
    ("no lower than", Comparator::AtLeast),
    ("not lower than", Comparator::AtLeast),
    ("no fewer than", Comparator::AtLeast),
    ("not fewer than", Comparator::AtLeast),
    ("at least", Comparator::AtLeast),
    ("no more than", Comparator::AtMost),
    ("not more than", Comparator::AtMost),
    ("not exceeding", Comparator::AtMost),
    ("no higher than", Comparator::AtMost),
    ("up to", Comparator::AtMost),
    ("less than", Comparator::AtMost),
    ("within", Comparator::AtMost),
    ("below", Comparator::AtMost),
    ("under", Comparator::AtMost),
    ("more than", Comparator::MoreThan),
    ("greater than", Comparator::MoreThan),
    ("higher than", Comparator::MoreThan),
    ("over", Comparator::MoreThan),
    ("above", Comparator::MoreThan),
    ("exceeding", Comparator::MoreThan),
    ("exceed", Comparator::MoreThan),
    ("exceeds", Comparator::MoreThan),
    ("surpass", Comparator::MoreThan),
    ("surpassing", Comparator::MoreThan),
    ("beyond", Comparator::MoreThan),
    // "top" as a verb only: "the top 10 firms" is a ranking.
    ("will top", Comparator::MoreThan),
    ("to top", Comparator::MoreThan),
    ("should top", Comparator::MoreThan),
    ("would top", Comparator::MoreThan),
    ("approximately", Comparator::About),
    ("about", Comparator::About),
    ("around", Comparator::About),
    ("nearly", Comparator::About),
    ("roughly", Comparator::About),
];

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    let words = NUMBER_WORDS.iter().map(|(w, _)| *w).collect::<Vec<_>>().join("|");
    Regex::new(&format!(
        r"(?x)
        (?P<cur>rmb|cny|us\$|usd|¥|\$)?\x20?
        (?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?-u:\b)(?:{words})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?-u:\b))
        (?P<scale>(?:\x20?(?:hundred|thousand|million|billion|trillion)(?-u:\b))*)
        (?:\x20?(?P<unit>%|percent(?:age\x20points?)?(?-u:\b)|per\x20cent(?-u:\b)|pct(?-u:\b)|yuan(?-u:\b)|rmb(?-u:\b)|cny(?-u:\b)|u\.?s\.?\x20dollars(?-u:\b)|dollars(?-u:\b)|usd(?-u:\b)))?"
    ))
    .unwrap()
});

/// The groups of [`NUMBER`], by index: a name lookup hashes the name for
/// every match. `groups_are_in_pattern_order` checks them.
const CUR: usize = 1;
const NUM: usize = 2;
const SCALE: usize = 3;
const UNIT: usize = 4;

/// Every quantity in `text[start..end]`, spans absolute, in text order.
pub(crate) fn scan(text: &str, start: usize, end: usize) -> Vec<Quantity> {
    let s = &text[start..end];
    scan_in(s, &s.to_ascii_lowercase(), start)
}

/// Every quantity in `s`, which starts at byte `start` of the input; `ls`
/// is `s` with ASCII letters lower-cased (the pattern is lower-case).
pub(crate) fn scan_in(s: &str, ls: &str, start: usize) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    for c in NUMBER.captures_iter(ls) {
        let whole = c.get(0).expect("match");
        let num = c.get(NUM).expect("group");
        let num = &s[num.range()];
        let lead = c.get(CUR).map_or(c.get(NUM).expect("group").start(), |m| m.start());
        // Comparators and context words sit right before the number: a
        // bounded look-back keeps a long run of numbers linear.
        let from = crate::span::ceil_char_boundary(s, lead.saturating_sub(LOOK_BACK));
        let before = &s[from..lead];
        let after = &s[whole.end()..];
        if !is_quantity_context(before, num, after, c.get(UNIT).is_some()) {
            continue;
        }
        let Some(mut value) = parse_number(num) else {
            continue;
        };
        let scale_text = c.get(SCALE).map_or("", |m| m.as_str());
        for w in scale_text.split_whitespace() {
            if let Some((_, f)) = SCALES.iter().find(|(s, _)| w.eq_ignore_ascii_case(s)) {
                value *= f;
            }
        }
        if !value.is_finite() {
            continue;
        }
        let mut unit = match c.get(UNIT).map(|m| m.as_str()) {
            Some("%" | "percent" | "per cent" | "pct") => QUnit::Percent,
            Some(u) if u.starts_with("percentage") => QUnit::Points,
            Some("yuan" | "rmb" | "cny") => QUnit::Yuan,
            Some(_) => QUnit::Dollars,
            None => QUnit::None,
        };
        match c.get(CUR).map(|m| m.as_str()) {
            Some("rmb" | "cny" | "¥") => unit = QUnit::Yuan,
            Some(_) => unit = QUnit::Dollars,
            None => {}
        }
        // A year is never a percentage or a scaled amount, however garbled
        // the translation ("no less than 2024% in 5", "2023 trillion").
        let scaled = !scale_text.trim().is_empty();
        // Nor, after a preposition of time, any quantity ("by 2025 yuan"
        // is a garbled "by 2025").
        let time_word = before.trim_end().rsplit(' ').next().is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "by" | "in" | "for" | "since" | "until" | "before" | "after" | "from"
            )
        });
        if is_year(num) && (scaled || time_word || matches!(unit, QUnit::Percent | QUnit::Points)) {
            continue;
        }
        let mut span_end = whole.end();
        if unit == QUnit::None {
            if let Some(len) = count_noun_after(after, &ls[whole.end()..]) {
                unit = QUnit::Count;
                span_end += len;
            }
        }
        let (comparator, cmp_len) = comparator_before(&ls[from..lead]);
        let mut comparator = comparator;
        if comparator == Comparator::Equal && after_at_least(&ls[span_end..]) {
            comparator = Comparator::AtLeast;
        }
        if comparator == Comparator::Equal && after_at_most(&ls[span_end..]) {
            comparator = Comparator::AtMost;
        }
        let span_start = lead - cmp_len.min(lead - from);
        out.push(Quantity {
            value,
            unit,
            comparator,
            scaled,
            span: Span::new(start + span_start, start + span_end),
        });
    }
    ranges(s, start, &mut out);
    out
}

/// "6% to 7%", "5.5-6%", "between 6% and 7%": the lower bound is at least,
/// the upper at most, and a unit written only after the upper one applies
/// to both.
fn ranges(s: &str, base: usize, qs: &mut [Quantity]) {
    // "grow 6 and 5 percent this year, respectively": coordinated values
    // share the unit written after the last one.
    for i in (1..qs.len()).rev() {
        let (lo, hi) = (&qs[i - 1], &qs[i]);
        if lo.unit != QUnit::None || lo.span.end > hi.span.start {
            continue;
        }
        let gap = s[lo.span.end - base..hi.span.start - base].trim();
        if matches!(gap, "and" | "," | ", and") && s[hi.span.end - base..].contains("respectively") {
            qs[i - 1].unit = qs[i].unit;
        }
    }
    // "about 7 percent and 9 percent, respectively": a comparator before
    // the first of coordinated values applies to each.
    for i in 1..qs.len() {
        let (lo, hi) = (&qs[i - 1], &qs[i]);
        if lo.span.end > hi.span.start || lo.comparator == Comparator::Equal || hi.comparator != Comparator::Equal {
            continue;
        }
        let gap = s[lo.span.end - base..hi.span.start - base].trim();
        if lo.unit == hi.unit
            && matches!(gap, "and" | "," | ", and")
            && s[hi.span.end - base..].contains("respectively")
        {
            qs[i].comparator = qs[i - 1].comparator;
        }
    }
    for i in 1..qs.len() {
        let (lo, hi) = (&qs[i - 1], &qs[i]);
        if lo.span.end > hi.span.start {
            continue;
        }
        let gap = &s[lo.span.end - base..hi.span.start - base];
        let joined = matches!(gap.trim(), "to" | "-" | "–" | "and");
        if !joined || (gap.trim() == "and" && !s[..lo.span.start - base].trim_end().ends_with("between")) {
            continue;
        }
        if lo.unit != hi.unit && lo.unit != QUnit::None {
            continue;
        }
        let unit = hi.unit;
        qs[i - 1].unit = unit;
        qs[i - 1].comparator = Comparator::AtLeast;
        qs[i].comparator = Comparator::AtMost;
    }
}

fn is_quantity_context(before: &str, num: &str, after: &str, has_unit: bool) -> bool {
    // Glued to letters or a hyphenated word: "5G", "20th", "15-minute".
    if after.starts_with(|c: char| c.is_alphabetic()) {
        return false;
    }
    if after.starts_with('-') && after[1..].starts_with(|c: char| c.is_alphabetic()) {
        return false;
    }
    if before.ends_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let prev = before.trim_end();
    if prev.ends_with("No.") || prev.ends_with("no.") || prev.ends_with('+') || after.starts_with('+') {
        return false;
    }
    let last_word = prev.rsplit(' ').next().unwrap_or("");
    if crate::dateline::published::month_number(last_word.trim_end_matches(',')).is_some() && num.len() <= 2 {
        return false;
    }
    !is_year(num) || has_unit
}

/// Four digits from 1900 to 2100: a year when written without a comma.
fn is_year(num: &str) -> bool {
    num.len() == 4 && num.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

fn parse_number(num: &str) -> Option<f64> {
    if num.starts_with(|c: char| c.is_ascii_digit()) {
        return num.replace(',', "").parse().ok();
    }
    let lower = crate::lexicon::lowered(num);
    let mut total = 0.0;
    for part in lower.split('-') {
        total += NUMBER_WORDS.iter().find(|(w, _)| *w == part)?.1;
    }
    Some(total)
}

/// The comparator ending right before the number (in the lower-cased
/// text before it), and its length in bytes.
fn comparator_before(before: &str) -> (Comparator, usize) {
    let lower = before.trim_end();
    for (phrase, cmp) in COMPARATORS {
        if lower.ends_with(phrase)
            && lower[..lower.len() - phrase.len()]
                .chars()
                .next_back()
                .map_or(true, |c| !c.is_alphanumeric())
        {
            return (*cmp, before.len() - lower.len() + phrase.len());
        }
    }
    (Comparator::Equal, 0)
}

/// Whether the lower-cased text after a number opens "or more", "or
/// above" ...
fn after_at_least(after: &str) -> bool {
    let a = after.trim_start();
    ["or more", "or higher", "or above", "and above", "or over"]
        .iter()
        .any(|p| a.starts_with(p))
}

/// "5 percent or less": an upper bound written after the number.
fn after_at_most(after: &str) -> bool {
    let a = after.trim_start();
    ["or less", "or lower", "or below", "and below", "or under"]
        .iter()
        .any(|p| a.starts_with(p))
}

/// The longest word (with its punctuation) a counted noun phrase holds.
const MAX_WORD_LEN: usize = 64;

/// One word of the noun phrase after a number, its quotation marks read:
/// the word from its first letter on, and its core without trailing
/// punctuation and closing mark. A quoted phrase is counted too ("100
/// “smart farms”"); `quoted` carries whether a quotation opened after the
/// number. None ends the phrase: a closing mark of a quotation that opened
/// before the number (a name, "the “four platforms”"), or a word no noun
/// phrase holds (a run of numbers without spaces, "1,2,3,...", which must
/// not be scanned once per number).
pub(crate) fn read_word<'w>(word: &'w str, quoted: &mut bool) -> Option<(&'w str, &'w str)> {
    if word.len() > MAX_WORD_LEN {
        return None;
    }
    let word = word.trim_start();
    let opened = word.trim_start_matches(OPENING_QUOTES);
    *quoted |= opened.len() < word.len();
    if !*quoted && word.contains(CLOSING_QUOTES) {
        return None;
    }
    const PUNCTUATION: [char; 4] = [',', '.', ';', ')'];
    let core = opened
        .trim_end()
        .trim_end_matches(PUNCTUATION)
        .trim_end_matches(CLOSING_QUOTES)
        .trim_end_matches(PUNCTUATION);
    Some((opened, core))
}

/// Quotation marks that open a quoted noun phrase after a number.
const OPENING_QUOTES: [char; 3] = ['"', '“', '‘'];
/// Quotation marks that close one.
const CLOSING_QUOTES: [char; 3] = ['"', '”', '’'];

/// The length of " [adjective]{0,3} count-noun" after a number, if present;
/// `lower` is `after` lower-cased.
fn count_noun_after(after: &str, lower: &str) -> Option<usize> {
    let (mut pos, mut quoted) = (0, false);
    for (i, word) in after.split_inclusive(' ').enumerate() {
        if i > 6 {
            return None;
        }
        let (opened, w) = read_word(word, &mut quoted)?;
        // Another bare number ends the search ("8 3 27 centers" counts 27);
        // a compound adjective does not ("30 15-minute living circles").
        if i > 0 && !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
            return None;
        }
        let lead = word.len() - opened.len();
        let lw = &lower[pos + lead..pos + lead + w.len()];
        if i > 0 && lexicon::contains(&lexicon::COUNT_NOUNS, lw) {
            // The noun, and the quotation mark closing it.
            let end = pos + lead + w.len();
            let close = after[end..].chars().next().filter(|c| CLOSING_QUOTES.contains(c));
            return Some(end + close.map_or(0, char::len_utf8));
        }
        if i > 0 && (w.is_empty() || w.chars().next().is_some_and(char::is_uppercase)) {
            return None;
        }
        // A noun phrase does not run on past a comma or a full stop: "41
        // million tonnes, and energy use per unit" counts no units.
        if i > 0 && word.trim_end().ends_with([',', '.', ';']) {
            return None;
        }
        pos += word.len();
    }
    None
}

#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static Regex> {
    vec![&NUMBER]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_are_in_pattern_order() {
        let names: Vec<_> = NUMBER.capture_names().collect();
        assert_eq!(names, [None, Some("cur"), Some("num"), Some("scale"), Some("unit")]);
        assert_eq!((CUR, NUM, SCALE, UNIT), (1, 2, 3, 4));
    }

    fn one(phrase: &str) -> String {
        let qs = scan(phrase, 0, phrase.len());
        qs.iter()
            .map(|q| format!("{:?} {} {:?}", q.comparator, q.value, q.unit))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    /// The grammar table: (phrase, expected rendering). At least 60 rows.
    const TABLE: &[(&str, &str)] = &[
        ("6%", "Equal 6 Percent"),
        ("6.5%", "Equal 6.5 Percent"),
        ("6 percent", "Equal 6 Percent"),
        ("6 per cent", "Equal 6 Percent"),
        ("5.5 percent", "Equal 5.5 Percent"),
        ("over 5 pct", "MoreThan 5 Percent"),
        ("more than 6%", "MoreThan 6 Percent"),
        ("over 10 percent", "MoreThan 10 Percent"),
        ("above 6 percent", "MoreThan 6 Percent"),
        ("exceeding 7%", "MoreThan 7 Percent"),
        ("surpass 5%", "MoreThan 5 Percent"),
        ("will top 600 billion yuan", "MoreThan 600000000000 Yuan"),
        ("is expected to top 5%", "MoreThan 5 Percent"),
        ("the top 10 percent", "Equal 10 Percent"),
        ("no less than 13 billion yuan", "AtLeast 13000000000 Yuan"),
        ("not less than 8%", "AtLeast 8 Percent"),
        ("at least 5 percent", "AtLeast 5 Percent"),
        ("6% or more", "AtLeast 6 Percent"),
        ("5% or higher", "AtLeast 5 Percent"),
        ("6% and above", "AtLeast 6 Percent"),
        ("about 6.5 percent", "About 6.5 Percent"),
        ("around 5%", "About 5 Percent"),
        ("approximately 3%", "About 3 Percent"),
        ("nearly 100 projects", "About 100 Count"),
        ("up to 3%", "AtMost 3 Percent"),
        ("no more than 3 percent", "AtMost 3 Percent"),
        ("within 5.5%", "AtMost 5.5 Percent"),
        ("below 3%", "AtMost 3 Percent"),
        ("1,300", "Equal 1300 None"),
        ("10,000", "Equal 10000 None"),
        ("1,234,567.5 yuan", "Equal 1234567.5 Yuan"),
        ("13 billion yuan", "Equal 13000000000 Yuan"),
        ("1.2 trillion yuan", "Equal 1200000000000 Yuan"),
        ("100 million yuan", "Equal 100000000 Yuan"),
        ("2.8 trillion", "Equal 2800000000000 None"),
        ("100 billion", "Equal 100000000000 None"),
        ("20 million yuan", "Equal 20000000 Yuan"),
        ("5 thousand yuan", "Equal 5000 Yuan"),
        ("RMB 5 billion", "Equal 5000000000 Yuan"),
        ("CNY13.57 trillion", "Equal 13570000000000 Yuan"),
        ("¥300", "Equal 300 Yuan"),
        ("$482 billion", "Equal 482000000000 Dollars"),
        ("USD1.89 trillion", "Equal 1890000000000 Dollars"),
        ("700.43 million US dollars", "Equal 700430000 Dollars"),
        ("438 billion U.S. dollars", "Equal 438000000000 Dollars"),
        (
            "16 demonstration and characteristic consumption scenes",
            "Equal 16 Count",
        ),
        ("30 15-minute living circles", "Equal 30 Count"),
        // A comma ends the noun phrase.
        ("41 million tonnes, and energy use per unit", "Equal 41000000 None"),
        ("8 3 27 centers", "Equal 8 None | Equal 3 None | Equal 27 Count"),
        ("2 percentage points", "Equal 2 Points"),
        ("0.5 percentage point", "Equal 0.5 Points"),
        ("75 enterprises", "Equal 75 Count"),
        ("more than 85 companies", "MoreThan 85 Count"),
        ("380 major projects", "Equal 380 Count"),
        ("400 industrial enterprises", "Equal 400 Count"),
        ("6,000 new jobs", "Equal 6000 Count"),
        ("seven projects", "Equal 7 Count"),
        ("ten", "Equal 10 None"),
        ("twenty-five stores", "Equal 25 Count"),
        ("a dozen companies", "Equal 12 Count"),
        ("one hundred projects", "Equal 100 Count"),
        ("ten thousand jobs", "Equal 10000 Count"),
        ("6% to 7%", "AtLeast 6 Percent | AtMost 7 Percent"),
        ("5.5-6%", "AtLeast 5.5 Percent | AtMost 6 Percent"),
        ("between 6% and 7%", "AtLeast 6 Percent | AtMost 7 Percent"),
        (
            "grow 6 and 5 percent, respectively",
            "Equal 6 Percent | Equal 5 Percent",
        ),
        ("grow 6 and 5 percent", "Equal 6 None | Equal 5 Percent"),
        ("a jobless rate of 5.5 percent or less", "AtMost 5.5 Percent"),
        (
            "rise by about 7 percent and 9 percent, respectively",
            "About 7 Percent | About 9 Percent",
        ),
        ("20th", ""),
        ("13th Provincial Party Committee", ""),
        ("5G network", ""),
        ("15-minute living circles", ""),
        ("in 2023", ""),
        ("by 2025", ""),
        ("February 19", ""),
        ("Document No. 1", ""),
        ("No. 12 Document", ""),
        ("the 14th Five-Year Plan", ""),
        ("the 3rd session", ""),
        ("in 2024, 5%", "Equal 5 Percent"),
        ("2023 1 trillion", "Equal 1000000000000 None"),
        ("no less than 2024% in 5", "Equal 5 None"),
        ("strive by 2025 yuan", ""),
        ("in 2023 yuan was set", ""),
        ("exceed 2023 trillion yuan", ""),
        ("2025 percent", ""),
        ("March 3, 2024", ""),
        ("2000 yuan", "Equal 2000 Yuan"),
        ("1+6+3", ""),
        (
            "9999999999999999999999 billion yuan",
            "Equal 10000000000000000000000000000000 Yuan",
        ),
    ];

    #[test]
    fn grammar_table() {
        assert!(TABLE.len() >= 60, "{} rows", TABLE.len());
        let mut failures = Vec::new();
        for (phrase, want) in TABLE {
            let got = one(phrase);
            if got != *want {
                failures.push(format!("{phrase:?}: got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn spans_cover_comparator_and_unit() {
        let text = "the target of no less than 13 billion yuan, up";
        let q = &scan(text, 0, text.len())[0];
        assert_eq!(&text[q.span.range()], "no less than 13 billion yuan");
    }

    #[test]
    fn huge_values_stay_finite() {
        let text = format!("{} trillion yuan", "9".repeat(400));
        assert!(scan(&text, 0, text.len()).iter().all(|q| q.value.is_finite()));
    }
}
