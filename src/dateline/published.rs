//! `published`: the publication date, from the text's own header, top date
//! line or trailing stamp (gold/NOTES.md, convention 8), else the caller's
//! option.
//!
//! # Grammar
//!
//! ```text
//! date-header    = "date" ":"? ISO               at the very start of the body
//!                                                " date 2023-02-17 Jiangmen Daily News ..."
//! top-line       = a short line among the first lines of the body that is
//!                  | label ":" (ISO | month-date)     "Date: August 23, 2023"
//!                  | label ISO                        "date 2025-01-20"
//!                  | words? ISO time words?           "2023-08-17 02:26:48",
//!                                                     "Foshan China 2023-03-15 09:23",
//!                                                     "2023-02-23 20:47 Published in Guangdong"
//!                  | ISO                              "2023-08-17"
//!                  | ISO "|"? words                   "2024-08-09 Hainan Daily"
//!                  | paper sep? (ISO time? | month-date)  "Hainan Daily | 2024-08-09" (sep: bar or comma)
//!                  | "(" credit ")" time? month-date      "(People's Daily Online) 10:25, May 20, 2024"
//!                  | words sep label ":" date         a label after a credit (sep: bar, tab, 2 spaces):
//!                                                     "Source: Tianshan Net  Date: 2024-06-14"
//! trailing-stamp = ISO time, on a line after the body  "2024-02-20 08:26:24"
//! ISO            = YYYY-MM-DD
//! month-date     = Month "."? D "," YYYY           "August 23, 2023", "Aug. 23, 2023"
//! label          = Date | Published | Publication date | Release date | Time
//! credit-line    = site "," (ISO | month-date)         "chinadaily.com.cn, January 09, 2023"
//!                | ... "Updated" ":" (ISO | month-date) "Source: example.cn | Updated: 2023-01-06"
//!                | "Source" ":" name "|" (ISO | month-date)  "Source: Xinhua | 2024-05-20"
//! site           = a lower-case domain name
//! press-dateline = PLACE "," (Country ",")? month-date wire? dash
//!                                                "HEFEI, China, May 6, 2024 /BizWire/ --"
//! ```
//!
//! An unlabelled "Monday, December 4, 2023" line is a site's page date, not
//! the article's, and is not read; nor is a prose dateline ("October 31,
//! 2022 – ...").

use std::sync::LazyLock;

use regex::Regex;

use crate::span::Rule;
use crate::text::body::lines;
use crate::text::Document;
use crate::{Date, Span};

pub(crate) const DATE_HEADER: Rule = Rule {
    id: "dateline/published/date_header",
    description: "a leading \"date YYYY-MM-DD\" header",
};
pub(crate) const TOP_LINE: Rule = Rule {
    id: "dateline/published/top_line",
    description: "a date line standing alone at the top: \"Date: August 23, 2023\", \"2023-08-17 02:26:48\"",
};
pub(crate) const PRESS_DATELINE: Rule = Rule {
    id: "dateline/published/press_dateline",
    description: "a dated press dateline: \"HEFEI, China, May 6, 2024 /BizWire/ --\"",
};
pub(crate) const TRAILING_STAMP: Rule = Rule {
    id: "dateline/published/trailing_stamp",
    description: "a trailing \"YYYY-MM-DD hh:mm:ss\" stamp line",
};
pub(crate) const FROM_OPTIONS: Rule = Rule {
    id: "options/published",
    description: "the caller's publication date, for a text that states none",
};

/// How many lines from the top of the body a date line may stand on.
const TOP_LINES: usize = 6;
/// Longest line, in bytes, that counts as a standalone date line.
const TOP_LINE_MAX: usize = 80;

static HEADER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:date)[\t\x20]*:?[\t\x20]*([0-9]{4}-[0-9]{2}-[0-9]{2})(?-u:\b)").unwrap());

static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)([0-9]{4})-([0-9]{2})-([0-9]{2})(?-u:\b)").unwrap());

static ISO_WITH_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([0-9]{4}-[0-9]{2}-[0-9]{2})[\t\x20]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?-u:\b)").unwrap()
});

static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^
        (?:date|published|publication\x20date|release\x20date|time|posted)
        (?:
            \s*:\s*
            (?:
                (?P<iso>[0-9]{4}-[0-9]{2}-[0-9]{2})
              | (?P<month>[a-z]{3,9})\.?\s+(?P<day>[0-9]{1,2}),?\s+(?P<year>[0-9]{4})
            )
          | \s+(?P<bare_iso>[0-9]{4}-[0-9]{2}-[0-9]{2})          # an ISO date needs no colon
        )",
    )
    .unwrap()
});

/// A date label after a credit on the same line, set off by a bar, a tab
/// or two spaces, and a colon: "Source: Lakeside Net   Date: 2024-07-01".
static LABELLED_AFTER_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^
        .*?(?:\t|\x20\x20|\|)[\t\x20]*
        (?:date|published|publication\x20date|release\x20date|time|posted)
        [\t\x20]*:[\t\x20]*
        (?:
            (?P<iso>[0-9]{4}-[0-9]{2}-[0-9]{2})
          | (?P<month>[a-z]{3,9})\.?\s+(?P<day>[0-9]{1,2}),?\s+(?P<year>[0-9]{4})
        )",
    )
    .unwrap()
});

/// An ISO date opening a line of words only: a dated credit line
/// ("2024-08-09 Hainan Daily", "2024-08-09 | Hainan Daily").
static STAMP_THEN_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\t\x20]*([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[\t\x20]*\|[\t\x20]*|[\t\x20]+)[A-Za-z][A-Za-z'’\x20&\-]*$")
        .unwrap()
});

/// A paper's credit line: its name, then a date to the line's end
/// ("Hainan Daily | 2024-08-09", "Hainan Daily, August 9, 2024"). The
/// name must end in a paper's head word, so a page date ("Monday, August
/// 5, 2024") is not read, unless a bar and an ISO date set it apart
/// ("Shine | 2026-07-08").
static WORDS_THEN_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^
        (?P<words>[A-Z][A-Za-z'’&\-]*(?:\x20[A-Za-z'’&\-]+)*)
        (?:(?P<bar>[\t\x20]*\|[\t\x20]*)|[\t\x20]*,[\t\x20]*|[\t\x20]+)
        (?:
            (?P<iso>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:[\t\x20]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?
          | (?P<month>[A-Za-z]{3,9})\.?[\t\x20]+(?P<day>[0-9]{1,2}),?[\t\x20]+(?P<year>[0-9]{4})
        )
        [\t\x20]*$",
    )
    .unwrap()
});

/// A bracketed credit's date, to the line's end, a clock time before it
/// allowed: "(People's Daily Online) 10:25, May 20, 2024" has
/// "10:25, May 20, 2024" after its bracket.
pub(crate) static AFTER_BRACKETED_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[	 ]*(?:[0-9]{1,2}:[0-9]{2},?[	 ]*)?(?P<month>[A-Za-z]{3,9})\.?[	 ]+(?P<day>[0-9]{1,2}),?[	 ]+(?P<year>[0-9]{4})[	 ]*$",
    )
    .unwrap()
});

/// A web page's credit line: the site and the date, an "Updated:" stamp
/// after a source credit, or a bar and the date after one ("Source:
/// Xinhua | 2024-05-20") (convention 31).
static CREDIT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^
        (?:[a-z0-9\-]+(?:\.[a-z0-9\-]+)+\s*,|.*?(?i:updated)\s*:|.*?(?i:source)[\t\x20]*[:：][^\n|]*\|)\s*
        (?:
            (?P<iso>[0-9]{4}-[0-9]{2}-[0-9]{2})
          | (?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>[0-9]{1,2}),?\s+(?P<year>[0-9]{4})
        )",
    )
    .unwrap()
});

/// A press or wire dateline with a full date, at the start of a line.
static PRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xm)^[\t\x20]*
        [A-Z][A-Za-z'\-]+(?:\x20[A-Z][A-Za-z'\-]+)*,[\t\x20]*          # HEFEI,
        (?:[A-Z][A-Za-z]+(?:\x20[A-Z][A-Za-z]+)?,[\t\x20]*)?             # China,
        (?P<month>[A-Z][a-z]{2,8})\.?[\t\x20]+(?P<day>[0-9]{1,2}),[\t\x20]*(?P<year>[0-9]{4})
        [\t\x20]*(?:/[A-Za-z\-]+/[\t\x20]*)?(?:--|–|—)",
    )
    .unwrap()
});

/// The published date and its evidence, if the text states one.
pub(crate) fn find(doc: &Document) -> Option<(Date, Span, Rule)> {
    let text = doc.text;
    let body = doc.body.clone();
    if let Some(c) = HEADER.captures(&text[body.clone()]) {
        let m = c.get(1)?;
        if let Ok(d) = m.as_str().parse::<Date>() {
            return Some((d, Span::new(body.start + m.start(), body.start + m.end()), DATE_HEADER));
        }
    }
    if let Some(found) = top_line(doc) {
        return Some(found);
    }
    if let Some(found) = press_dateline(doc) {
        return Some(found);
    }
    trailing_stamp(doc)
}

fn top_line(doc: &Document) -> Option<(Date, Span, Rule)> {
    let body = &doc.text[doc.body.clone()];
    for line in lines(body)
        .filter(|l| !body[l.clone()].trim().is_empty())
        .take(TOP_LINES)
    {
        let s = &body[line.clone()];
        if s.len() > TOP_LINE_MAX {
            continue;
        }
        let base = doc.body.start + line.start;
        let lead = s.len() - s.trim_start().len();
        if let Some(c) = LABELLED
            .captures(s.trim_start())
            .or_else(|| CREDIT_DATE.captures(s.trim_start()))
            .or_else(|| LABELLED_AFTER_CREDIT.captures(s.trim_start()))
            .or_else(|| {
                // A bar and an ISO date set the credit apart ("Shine |
                // 2026-07-08"); otherwise the words must end in a paper's
                // head word.
                WORDS_THEN_DATE.captures(s.trim_start()).filter(|c| {
                    let last = c["words"].rsplit(' ').next().unwrap_or("");
                    c.name("bar").is_some() && c.name("iso").is_some()
                        || crate::lexicon::PAPER_HEADS.binary_search(&last).is_ok()
                })
            })
        {
            let whole = c.get(0)?;
            let date = match c.name("iso").or_else(|| c.name("bare_iso")) {
                Some(iso) => iso.as_str().parse().ok(),
                None => month_date(&c["month"], &c["day"], &c["year"]),
            };
            if let Some(d) = date {
                let start = base + lead + whole.start();
                return Some((d, Span::new(start, base + lead + whole.end()), TOP_LINE));
            }
        }
        // "(People's Daily Online) 10:25, May 20, 2024": the date after a
        // bracketed credit.
        let after_bracket = s[lead..]
            .strip_prefix('(')
            .and_then(|b| b.find(')'))
            .map(|close| lead + close + 2);
        if let Some(c) = after_bracket.and_then(|at| AFTER_BRACKETED_CREDIT.captures(&s[at..])) {
            let at = after_bracket.unwrap_or(0);
            if let (Some(d), Some(whole)) = (month_date(&c["month"], &c["day"], &c["year"]), c.get(0)) {
                let date_start = at + whole.as_str().len() - whole.as_str().trim_start().len();
                return Some((d, Span::new(base + date_start, base + at + whole.end()), TOP_LINE));
            }
        }
        let iso = ISO_WITH_TIME
            .captures(s)
            .and_then(|c| c.get(1))
            .or_else(|| {
                // A bare ISO date alone on its line.
                ISO.find(s).filter(|m| s.trim() == m.as_str())
            })
            .or_else(|| STAMP_THEN_WORDS.captures(s).and_then(|c| c.get(1)));
        if let Some(m) = iso {
            if let Ok(d) = m.as_str().parse::<Date>() {
                return Some((d, Span::new(base + m.start(), base + m.end()), TOP_LINE));
            }
        }
    }
    None
}

fn press_dateline(doc: &Document) -> Option<(Date, Span, Rule)> {
    let head = &doc.text[super::head(doc)];
    let c = PRESS.captures(head)?;
    let date = month_date(&c["month"], &c["day"], &c["year"])?;
    let (start, end) = (c.name("month")?.start(), c.name("year")?.end());
    Some((
        date,
        Span::new(doc.body.start + start, doc.body.start + end),
        PRESS_DATELINE,
    ))
}

fn trailing_stamp(doc: &Document) -> Option<(Date, Span, Rule)> {
    let tail_start = doc.body.end;
    let tail = &doc.text[tail_start..];
    lines(tail)
        .filter(|l| crate::text::body::is_stamp_line(&tail[l.clone()]))
        .filter_map(|l| {
            let m = ISO.find(&tail[l.clone()])?;
            let d = m.as_str().parse::<Date>().ok()?;
            let start = tail_start + l.start + m.start();
            Some((d, Span::new(start, start + m.len()), TRAILING_STAMP))
        })
        .last()
}

/// "August", "23", "2023" as a date; month names may be abbreviated.
pub(crate) fn month_date(month: &str, day: &str, year: &str) -> Option<Date> {
    let m = month_number(month)?;
    Date::new(year.parse().ok()?, m, day.parse().ok()?).ok()
}

/// 1 to 12 for an English month name or its usual abbreviation.
pub(crate) fn month_number(name: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let lower = name.to_ascii_lowercase();
    let lower = lower.trim_end_matches('.');
    if lower.len() < 3 {
        return None;
    }
    if lower == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| *m == lower || (lower.len() == 3 && m.starts_with(lower)))
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static Regex> {
    vec![
        &HEADER,
        &ISO,
        &ISO_WITH_TIME,
        &LABELLED,
        &CREDIT_DATE,
        &PRESS,
        &STAMP_THEN_WORDS,
        &WORDS_THEN_DATE,
        &AFTER_BRACKETED_CREDIT,
        &LABELLED_AFTER_CREDIT,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Option<String> {
        let doc = Document::new(text);
        find(&doc).map(|(d, span, rule)| format!("{d} {:?} [{}]", &text[span.range()], rule.id))
    }

    #[test]
    fn press_datelines_with_a_year() {
        assert_eq!(
            check("HEFEI, China, May 6, 2024 /BizWire/ -- The city met.").as_deref(),
            Some("2024-05-06 \"May 6, 2024\" [dateline/published/press_dateline]")
        );
        // No year, no date; a prose date with no place is not a dateline.
        assert_eq!(check("BEIJING, Jan. 24 (Xinhua) -- The mayor said."), None);
        assert_eq!(check("October 31, 2022 – The fair opened."), None);
    }

    #[test]
    fn any_name_then_a_bar_and_an_iso_date() {
        assert_eq!(
            check("Headline\nLakeview | 2026-07-08\n\nText.").as_deref(),
            Some("2026-07-08 \"Lakeview | 2026-07-08\" [dateline/published/top_line]")
        );
        // Without the bar the words must end in a paper's head word.
        assert_eq!(check("Headline\nLakeview, July 8, 2026\n\nText."), None);
    }

    #[test]
    fn web_credit_lines() {
        assert_eq!(
            check("Cities set goals\n\nnews.example.com.cn, March 02, 2024\nShare:\n\nText.").as_deref(),
            Some("2024-03-02 \"news.example.com.cn, March 02, 2024\" [dateline/published/top_line]")
        );
        assert_eq!(
            check("Headline\nSource: example.gov.cn | Updated: 2024-05-06\nText.").as_deref(),
            Some("2024-05-06 \"Source: example.gov.cn | Updated: 2024-05-06\" [dateline/published/top_line]")
        );
        assert_eq!(
            check("Headline\nSource: Xiangjiang Wire | 2024-05-06\nText.").as_deref(),
            Some("2024-05-06 \"Source: Xiangjiang Wire | 2024-05-06\" [dateline/published/top_line]")
        );
        assert_eq!(
            check("Headline\nAuthor: Li Ming | Source: Xiangjiang Wire | 2024-05-06\nText.").as_deref(),
            Some("2024-05-06 \"Author: Li Ming | Source: Xiangjiang Wire | 2024-05-06\" [dateline/published/top_line]")
        );
    }

    #[test]
    fn a_date_label_after_a_credit_and_a_stamp_before_the_paper() {
        assert_eq!(
            check("Headline\nSource: Lakeside Net   Date: 2024-07-01\nText.").as_deref(),
            Some("2024-07-01 \"Source: Lakeside Net   Date: 2024-07-01\" [dateline/published/top_line]")
        );
        assert_eq!(
            check("Headline\n2024-07-01 Hubei Daily\nText.").as_deref(),
            Some("2024-07-01 \"2024-07-01\" [dateline/published/top_line]")
        );
        // A label inside a word is none ("Updates 2024-07-01").
        assert_eq!(check("Headline\nCity Updates 2024-07-02 plan.\nText."), None);
        // A date opening a sentence is prose.
        assert_eq!(check("Headline\n2024-07-01 marked the start of the plan.\nText."), None);
    }

    #[test]
    fn leading_date_header() {
        assert_eq!(
            check(" date 2023-02-17 Jiangmen Daily News (Reporter/Tang Da) Text.").as_deref(),
            Some("2023-02-17 \"2023-02-17\" [dateline/published/date_header]")
        );
    }

    #[test]
    fn a_date_label_under_the_headline_needs_no_colon_before_an_iso_date() {
        assert_eq!(
            check("City sets goals\n\ndate 2025-01-20\n\nOn January 19, the session opened.").as_deref(),
            Some("2025-01-20 \"date 2025-01-20\" [dateline/published/top_line]")
        );
        // A month date still needs the colon: "Date January 2025" is prose.
        assert_eq!(
            check("City sets goals\n\nTime March 3, 2025 the session opened.\n"),
            None
        );
    }

    #[test]
    fn header_only_at_the_start() {
        assert_eq!(
            check("The meeting set the date 2023-02-17 for the vote, it said at length in prose."),
            None
        );
    }

    #[test]
    fn trailing_stamp_after_body() {
        let text = "‘);\n}\nJiangmen Daily News text.\nMore text.\n2024-02-20 08:26:24\n#Pengjiang #District\n";
        assert_eq!(
            check(text).as_deref(),
            Some("2024-02-20 \"2024-02-20\" [dateline/published/trailing_stamp]")
        );
    }

    #[test]
    fn labelled_top_line() {
        let text =
            "Title: City Mobilizes Efforts\n\nDate: August 23, 2023\n\nJiangmen Daily News (Reporter/Chen Li) – Text.";
        assert_eq!(
            check(text).as_deref(),
            Some("2023-08-23 \"Date: August 23, 2023\" [dateline/published/top_line]")
        );
        assert_eq!(
            check("Date: 2023-08-23\nText.").map(|s| s[..10].to_string()).as_deref(),
            Some("2023-08-23")
        );
        assert_eq!(
            check("Published: Sept. 5, 2022\nText.")
                .map(|s| s[..10].to_string())
                .as_deref(),
            Some("2022-09-05")
        );
    }

    #[test]
    fn stamp_lines_at_the_top() {
        assert_eq!(
            check("2023-08-17 02:26:48\nBody text here.")
                .map(|s| s[..10].to_string())
                .as_deref(),
            Some("2023-08-17")
        );
        assert_eq!(
            check("Foshan China 2023-03-15 09:23\nBody.")
                .map(|s| s[..10].to_string())
                .as_deref(),
            Some("2023-03-15")
        );
        let text = "Monday, December 4, 2023\n\nHeadline\n\n2023-02-23 20:47 Published in Guangdong\n\nBody.";
        assert_eq!(check(text).map(|s| s[..10].to_string()).as_deref(), Some("2023-02-23"));
        let text = "Headline\n2023-02-23 | Xiangjiang Daily\nBody.";
        assert_eq!(check(text).map(|s| s[..10].to_string()).as_deref(), Some("2023-02-23"));
    }

    #[test]
    fn a_paper_and_its_date_on_a_line() {
        assert_eq!(
            check("Headline\n\nLakeside Daily | 2024-11-12 08:30\n\nBody.").as_deref(),
            Some("2024-11-12 \"Lakeside Daily | 2024-11-12 08:30\" [dateline/published/top_line]")
        );
        assert_eq!(
            check("Headline\n\nLakeside Evening News, November 12, 2024\n\nBody.")
                .map(|s| s[..10].to_string())
                .as_deref(),
            Some("2024-11-12")
        );
        assert_eq!(
            check("Headline\n\n(Lakeside Daily Online) 10:25, May 20, 2024\n\nBody.").as_deref(),
            Some("2024-05-20 \"10:25, May 20, 2024\" [dateline/published/top_line]")
        );
        // Words that are no paper's name: a page date.
        assert_eq!(check("Headline\n\nTuesday, November 12, 2024\n\nBody."), None);
        // A place, a bar and an ISO date date the article all the same
        // (convention 8: "Foshan China 2023-03-15 09:23").
        assert_eq!(
            check("Headline\n\nLakeside County | 2024-11-12\n\nBody.").as_deref(),
            Some("2024-11-12 \"Lakeside County | 2024-11-12\" [dateline/published/top_line]")
        );
    }

    #[test]
    fn page_dates_and_prose_datelines_are_not_read() {
        assert_eq!(check("Monday, December 4, 2023\n\nBody text."), None);
        assert_eq!(
            check("October 31, 2022 – In a bid to achieve goals, the district met."),
            None
        );
        assert_eq!(check("(Yicai) Jan. 24 -- Guangdong set a goal."), None);
    }

    #[test]
    fn impossible_dates_are_skipped() {
        assert_eq!(check(" date 2023-02-30 Text."), None);
    }

    #[test]
    fn month_names() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("aug"), Some(8));
        assert_eq!(month_number("May"), Some(5));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Mayor"), None);
    }
}
