//! Event dates: the date phrase of a sentence and its resolution against
//! the publication date.
//!
//! Consumes one lower-cased sentence (and the story's first sentence as a
//! fallback, chosen by the events pass); produces a [`Date`] and a
//! [`PartOfDay`].
//!
//! # Grammar
//!
//! ```text
//! day       = "on" ("the" POD "of")? DATE                      "on the afternoon of February 16"
//!   DATE    = MONTH DAY ORD? (","? YEAR)? | DAY ORD? "of"? MONTH (","? YEAR)?
//!                                                             "March 11th", "10 March 2026"
//!           | "yesterday (" MONTH DAY ")"                     "yesterday (March 23)"
//!           | ^ MONTH DAY ("," YEAR)? ","                      a dateline: "October 17, Beijing -"
//!           | "on the" DAY ("st"|"nd"|"rd"|"th")               "on the morning of the 16th"
//! weekday   = "on"? WEEKDAY                                   "on Tuesday" (the latest such day
//!                                                                up to the publication date)
//! relative  = "yesterday"
//!           | ("on"|"later") ("the same"|"that") "day" | ^ "that day"
//!           | ("that"|"the same") POD | "on the" POD "of the same day"
//!           | ^ "in the" POD                               the previous event's day
//! POD       = morning | afternoon | evening  (also from "9 a.m.", "8 pm", "this morning")
//! ```
//!
//! A year in the phrase wins (convention 4); otherwise the month resolves
//! against `published`: a month later than the publication month is the
//! previous year. Without `published`, a phrase with no year gives no date
//! (convention 17); "recently" and "a few days ago" give none.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::PartOfDay;
use crate::Date;

/// The month names and abbreviations the date phrases accept, as a regex
/// alternation (lower case).
pub(crate) const MONTH_NAMES: &str = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?x)
        (?: (?-u:\b)on\x20(?:the\x20(?P<pod>morning|afternoon|evening)\x20of\x20)?
          | (?-u:\b)yesterday\x20\(
          | (?-u:\b)from\x20                 # from December 20 to 21: its first day
          | ^ )
        (?: (?P<month>{MONTH_NAMES})\.?\x20(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)
          | (?P<day_first>\d{{1,2}})(?:st|nd|rd|th)?\x20(?:of\x20)?(?P<month_after>{MONTH_NAMES})(?-u:\b)\.? )  # 10 March
        (?:,?\x20(?P<year>(?:19|20)\d\d)(?-u:\b))?"
    ))
    .unwrap()
});

/// "on the morning of the 16th": a day of the publication month.
static ORDINAL_DAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)on\x20the\x20(?:(?P<pod>morning|afternoon|evening)\x20of\x20the\x20)?(?P<day>\d{1,2})(?:st|nd|rd|th)(?-u:\b)")
        .unwrap()
});

/// The words that may follow a day given as an ordinal ("on the 22nd,
/// the city held", "on the 22nd of March", "on the 22nd at the venue");
/// any other word makes the ordinal a noun's ("the 10th anniversary").
const FOLLOWS_A_DAY: &[&str] = &[
    "a", "after", "an", "and", "as", "at", "before", "by", "during", "for", "from", "in", "of", "on", "that", "the",
    "this", "to", "when", "with",
];

/// The weekdays, lower case, Monday first (a weekday's number is its
/// index).
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

static WEEKDAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:on\x20)?(?:(?P<pod>morning|afternoon|evening)\x20of\x20)?(?P<wd>{})(?:\x20(?P<pod2>morning|afternoon|evening))?(?-u:\b)",
        WEEKDAYS.join("|")
    ))
    .unwrap()
});

/// The day of the event told before: "on the same day", "later that
/// day", "that afternoon", "the same evening", "on the morning of the same
/// day", and "In the afternoon, ..." opening a sentence.
static SAME_DAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?-u:\b)(?:on|later)\x20the\x20same\x20day(?-u:\b)
        | (?-u:\b)(?:on|later)\x20that\x20day(?-u:\b)
        | ^that\x20day(?-u:\b)
        | (?-u:\b)(?:that|the\x20same)\x20(?P<p1>morning|afternoon|evening)(?-u:\b)
        | (?-u:\b)on\x20the\x20(?P<p2>morning|afternoon|evening)\x20of\x20the\x20same\x20day(?-u:\b)
        | ^in\x20the\x20(?P<p3>morning|afternoon|evening)(?-u:\b)",
    )
    .unwrap()
});

/// A clock time or "this morning": the part of day without a date.
static CLOCK_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<h>\d{1,2})(?::\d\d)?\x20?(?P<ap>a\.m\.|p\.m\.|(?:am|pm)(?-u:\b))|(?-u:\b)this\x20(?P<pod>morning|afternoon|evening)(?-u:\b)")
        .unwrap()
});

/// Words that say an event's date is unknown.
const UNDATED: [&str; 4] = ["recently", "a few days ago", "not long ago", "some time ago"];

/// A date phrase as written, before resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum DatePhrase {
    /// Month, day, an explicit year, part of day.
    Day(u32, u32, Option<i32>, Option<PartOfDay>),
    /// A day of the publication month ("the 16th").
    DayOfMonth(u32, Option<PartOfDay>),
    /// A weekday, Monday = 0.
    Weekday(u32, Option<PartOfDay>),
    /// "yesterday".
    Yesterday(Option<PartOfDay>),
    /// "on the same day", "that afternoon": the previous event's date.
    SameDay(Option<PartOfDay>),
}

impl DatePhrase {
    /// Whether two phrases as written name the same day, where that can be
    /// told without a publication date: both the same kind of phrase ("May
    /// 3" and "May 4", "Tuesday" and "Wednesday"). A "same day" phrase is
    /// the day before it.
    pub(crate) fn same_day(&self, other: &DatePhrase) -> Option<bool> {
        use DatePhrase::*;
        match (self, other) {
            (Day(m1, d1, y1, _), Day(m2, d2, y2, _)) => {
                Some(m1 == m2 && d1 == d2 && (y1.is_none() || y2.is_none() || y1 == y2))
            }
            (DayOfMonth(d1, _), DayOfMonth(d2, _)) => Some(d1 == d2),
            (Weekday(w1, _), Weekday(w2, _)) => Some(w1 == w2),
            (Yesterday(_), Yesterday(_)) | (SameDay(_), _) | (_, SameDay(_)) => Some(true),
            _ => None,
        }
    }
}

fn pod(word: &str) -> PartOfDay {
    match word {
        "morning" => PartOfDay::Morning,
        "afternoon" => PartOfDay::Afternoon,
        _ => PartOfDay::Evening,
    }
}

/// The part of day a clock time or "this morning" gives.
fn clock_pod(ls: &str) -> Option<PartOfDay> {
    let c = CLOCK_RE.captures(ls)?;
    if let Some(p) = c.name("pod") {
        return Some(pod(p.as_str()));
    }
    let hour: u32 = c.name("h")?.as_str().parse().ok()?;
    let pm = c.name("ap")?.as_str().starts_with('p');
    Some(match (pm, hour) {
        (false, _) => PartOfDay::Morning,
        (true, 12) | (true, 1..=5) => PartOfDay::Afternoon,
        _ => PartOfDay::Evening,
    })
}

/// The date phrase of a lower-cased sentence.
pub(crate) fn date_in(ls: &str) -> Option<DatePhrase> {
    if let Some(c) = DATE_RE.captures(ls) {
        // A dateline's date is the report's, not the event's, when the
        // sentence says the event was "recently" (SCHEMA: null).
        let dateline = c
            .get(0)
            .is_some_and(|m| m.start() == 0 && !ls.starts_with("on ") && !ls.starts_with("yesterday"));
        if dateline && UNDATED.iter().any(|w| ls.contains(w)) {
            return None;
        }
        let month = c.name("month").or_else(|| c.name("month_after"))?.as_str();
        let month = crate::dateline::published::month_number(month)?;
        let day: u32 = c.name("day").or_else(|| c.name("day_first"))?.as_str().parse().ok()?;
        let year = c.name("year").and_then(|y| y.as_str().parse().ok());
        let part = c.name("pod").map(|p| pod(p.as_str())).or_else(|| clock_pod(ls));
        return Some(DatePhrase::Day(month, day, year, part));
    }
    // "on the 10th anniversary": an ordinal before a noun is no day.
    let day_ordinal = ORDINAL_DAY_RE.captures_iter(ls).find(|c| {
        let after = &ls[c.get(0).map_or(ls.len(), |m| m.end())..];
        after
            .strip_prefix(' ')
            .and_then(|rest| rest.split([' ', ',', '.', ';']).next())
            .map_or(true, |next| next.is_empty() || FOLLOWS_A_DAY.contains(&next))
    });
    if let Some(c) = day_ordinal {
        let day: u32 = c["day"].parse().ok()?;
        let part = c.name("pod").map(|p| pod(p.as_str())).or_else(|| clock_pod(ls));
        return Some(DatePhrase::DayOfMonth(day, part));
    }
    if ls.starts_with("yesterday") || ls.contains(" yesterday") {
        return Some(DatePhrase::Yesterday(clock_pod(ls)));
    }
    // Every such phrase holds "same", "that day" or a part of the day
    // ("that afternoon" holds "noon").
    let same_day_cued = ["same", "noon", "morning", "evening", "that day"]
        .iter()
        .any(|w| crate::substr::find(ls, w).is_some());
    if let Some(c) = same_day_cued.then(|| SAME_DAY_RE.captures(ls)).flatten() {
        let part = ["p1", "p2", "p3"]
            .iter()
            .find_map(|g| c.name(g))
            .map(|p| pod(p.as_str()));
        return Some(DatePhrase::SameDay(part));
    }
    if let Some(c) = WEEKDAY_RE.captures(ls) {
        let wd = WEEKDAYS.iter().position(|d| *d == &c["wd"]).unwrap_or(6) as u32;
        let part = c
            .name("pod")
            .or(c.name("pod2"))
            .map(|p| pod(p.as_str()))
            .or_else(|| clock_pod(ls));
        return Some(DatePhrase::Weekday(wd, part));
    }
    None
}

/// The date and part of day of a phrase, against the publication date and
/// the previous event's date.
pub(crate) fn resolve(
    phrase: Option<DatePhrase>,
    published: Option<Date>,
    previous: Option<Date>,
) -> (Option<Date>, Option<PartOfDay>) {
    match phrase {
        Some(DatePhrase::Day(month, day, Some(year), pod)) => (Date::new(year, month, day).ok(), pod),
        Some(DatePhrase::Day(month, day, None, pod)) => {
            let date = published.and_then(|p| {
                let year = if month > p.month() { p.year() - 1 } else { p.year() };
                Date::new(year, month, day).ok()
            });
            (date, pod)
        }
        Some(DatePhrase::DayOfMonth(day, pod)) => {
            let date = published.and_then(|p| {
                let (year, month) = match (day > p.day(), p.month()) {
                    (false, m) => (p.year(), m),
                    (true, 1) => (p.year() - 1, 12),
                    (true, m) => (p.year(), m - 1),
                };
                Date::new(year, month, day).ok()
            });
            (date, pod)
        }
        Some(DatePhrase::Weekday(wd, pod)) => {
            let date = published.map(|p| {
                let mut d = p;
                for _ in 0..7 {
                    if d.weekday() == wd {
                        break;
                    }
                    d = d.yesterday();
                }
                d
            });
            (date, pod)
        }
        Some(DatePhrase::Yesterday(pod)) => (published.map(Date::yesterday), pod),
        Some(DatePhrase::SameDay(pod)) => (previous, pod),
        None => (None, None),
    }
}

#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static Regex> {
    vec![&DATE_RE, &ORDINAL_DAY_RE, &WEEKDAY_RE, &CLOCK_RE, &SAME_DAY_RE]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(sentence: &str, published: Option<&str>) -> (Option<String>, Option<PartOfDay>) {
        let published = published.map(|p| p.parse().unwrap());
        let (d, p) = resolve(date_in(&sentence.to_lowercase()), published, None);
        (d.map(|d| d.to_string()), p)
    }

    #[test]
    fn ordinal_days_and_the_day_before_the_month() {
        let published = Some("2026-03-12");
        assert_eq!(
            on("On March 11th, a forum was held.", published).0.as_deref(),
            Some("2026-03-11")
        );
        assert_eq!(
            on("On 10 March, the conference opened.", published).0.as_deref(),
            Some("2026-03-10")
        );
        assert_eq!(
            on("On the evening of 9 March 2025, they met.", published),
            (Some("2025-03-09".to_string()), Some(PartOfDay::Evening))
        );
        assert_eq!(
            on("On the 10th of March, they met.", published).0.as_deref(),
            Some("2026-03-10")
        );
    }

    #[test]
    fn the_previous_events_day_with_a_part_of_day() {
        let previous = Some("2024-03-04".parse().unwrap());
        let cases = [
            ("That afternoon, the committee met.", Some(PartOfDay::Afternoon)),
            ("The same evening, a forum opened.", Some(PartOfDay::Evening)),
            ("On the morning of the same day, they met.", Some(PartOfDay::Morning)),
            ("In the afternoon, the group went on.", Some(PartOfDay::Afternoon)),
            ("On the same day, the board met.", None),
            ("Later that day, he chaired a forum.", None),
            ("Later the same day, the board met.", None),
            ("That day, a forum opened.", None),
        ];
        for (sentence, part) in cases {
            let (date, got) = resolve(date_in(&sentence.to_lowercase()), None, previous);
            assert_eq!((date, got), (previous, part), "{sentence}");
        }
        // "in the afternoon" inside a sentence is not a date phrase.
        assert_eq!(date_in("they met in the afternoon sun."), None);
    }

    #[test]
    fn date_phrases_resolve() {
        let p = Some("2024-03-06");
        let cases: &[(&str, Option<&str>, Option<PartOfDay>)] = &[
            (
                "On the afternoon of March 4, the forum opened.",
                Some("2024-03-04"),
                Some(PartOfDay::Afternoon),
            ),
            ("On December 30, the council met.", Some("2023-12-30"), None),
            ("The session was held from March 2 to 4.", Some("2024-03-02"), None),
            // A year in the phrase wins over the publication year.
            (
                "On the morning of May 2, 2021, the hall hosted it.",
                Some("2021-05-02"),
                Some(PartOfDay::Morning),
            ),
            ("Yesterday (March 5), the bureau met.", Some("2024-03-05"), None),
            (
                "Yesterday at 9 a.m., the bureau met.",
                Some("2024-03-05"),
                Some(PartOfDay::Morning),
            ),
            (
                "On the evening of the 2nd, the board met.",
                Some("2024-03-02"),
                Some(PartOfDay::Evening),
            ),
            ("On the 20th, the board met.", Some("2024-02-20"), None),
            ("The board met on the 4th of March.", Some("2024-03-04"), None),
            // An ordinal before a noun is no day.
            ("Speeches on the 10th anniversary of the zone were studied.", None, None),
            ("A report on the 3rd plenary session was heard.", None, None),
            // Wednesday 2024-03-06 is the publication day itself.
            ("The board met on Monday.", Some("2024-03-04"), None),
            (
                "The board met on Wednesday at 8 pm.",
                Some("2024-03-06"),
                Some(PartOfDay::Evening),
            ),
            // A dateline opening the story.
            (
                "March 1, Wuxi - The bureau met this morning.",
                Some("2024-03-01"),
                Some(PartOfDay::Morning),
            ),
            ("Recently, the board met.", None, None),
            ("March 1, 2023 - The district recently held a meeting.", None, None),
            ("A few days ago, the board met.", None, None),
        ];
        for (s, date, part) in cases {
            assert_eq!(on(s, p), (date.map(str::to_string), *part), "{s}");
        }
    }

    #[test]
    fn without_published_only_a_stated_year_dates() {
        assert_eq!(on("On June 25, the forum opened.", None), (None, None));
        assert_eq!(
            on("On June 25, 2022, the forum opened.", None),
            (Some("2022-06-25".to_string()), None)
        );
        assert_eq!(on("The board met on Monday.", None), (None, None));
    }
}
