//! `source`: the publication named in the dateline, recognised by form.
//!
//! # Grammar
//!
//! ```text
//! paper    = ("The")? Word{0,3} Head        Word = capitalised word
//!                                           Head = a paper head word (lexicon/paper_heads.txt)
//! before-byline      = paper date? "(" label "/"     "Jiangmen Daily News (Reporter/Tang Da)"
//!                                                    "Harbin Daily, Feb 5 (Reporter Li Ming)"
//!                    | paper label "/"                "Southern Daily Correspondent/Li Ming"
//! reporters-reported = paper ("reporter"|"reporters") names "reported"
//!                                                    "Yangcheng Evening News reporters X and Y reported:"
//! before-bare-credit = paper role-noun names, a line of its own
//!                                                    "Hangzhou Daily reporter Li Ming"
//! agency-dateline    = "(" Agency ")" date dash?      "(Yicai) Jan. 24 --"
//!                    | PLACE "," date "(" Agency ")" dash?
//!                    | PLACE "," PLACE "," date "(" Agency ")" dash?
//!                                                    "BEIJING, Jan. 24 (Xinhua) --", "Guiyang, May 20 (Guizhou Daily) The",
//!                                                    "Dali, Yunnan, Aug 5 (Yunnan Daily) The"
//!   dash             = "--" | "–" | "—"; without one, a capitalised word follows
//! before-dash        = paper ("--"|"–"|"—"|":") at a paragraph start
//! before-alias       = paper "(" short ")" Text at a paragraph start
//!                                                    "Jiangmen Daily News (Jiangmen News) The city ..."
//! parenthesised      = "(" paper ")" (Text | time? date, to the line's end) at a paragraph start
//!                                                    "(Pearl River Weekly) The plan ..."
//! wire               = "/" Name "/" "--"                "GUANGZHOU, Jan. 28, 2023 /PRNewswire/ --"
//! credit-line        = site "," date                    "chinadaily.com.cn, January 09, 2023"
//!                    | "Source" ":" name ("|" | label ":")  label = Author | Editor | Updated | Date | Time | Published
//!                                                    "Source:Xinhua Author:", "Source: example.cn | Updated: ..."
//!                    | (label ":")? stamp ... "Source" ":" name, to the line's end
//!                                                    "Updated: 2025-01-22 10:15 | Source: Sichuan Daily"
//!                    | (label ":")? stamp "|"? paper, to the line's end
//!                                                    "2024-08-09 Hainan Daily", "Updated: 2024-08-09 | Hainan Daily"
//!                    | (label ":")? stamp "|" site, to the line's end
//!                                                    "Updated: 2024-08-09 10:15 | news.example.cn"
//!                    | paper date?, a line of its own  "Macao Daily News, Nov 12", "Hainan Daily | 2024-08-09"
//!                    | ... "|" "Source" ":" name, to the line's end
//!                                                    "Writer: Li Ming | Source: Hefei Evening News"
//!                    | "(" site ")" "Updated"         "(example.cn) Updated: 2023-01-06"
//!                    | ... "|" paper "|" label ":"    "By Li Ming | China Daily | Updated: ..."
//!                    | "Source" ":" name, a line of its own above the text
//!                                                    "Source: CGTN"
//! ```
//!
//! A credit naming the host site itself ("Source: this site") gives none.
//!
//! Only the head of the body ([`HEAD_BYTES`](super::HEAD_BYTES)) is read: a
//! paper named later ("told the Global Times") is not the source.

use std::sync::LazyLock;

use regex::Regex;

use crate::dateline::byline;
use crate::keyed::{Before, KeyedRegex};
use crate::lexicon;
use crate::span::Rule;
use crate::text::Document;
use crate::Span;

pub(crate) const BEFORE_BYLINE: Rule = Rule {
    id: "dateline/source/before_byline",
    description: "a paper's name right before a byline: \"Daily (Reporter/Li Ming)\", \"Daily (Reporter Li Ming)\"",
};
pub(crate) const REPORTERS_REPORTED: Rule = Rule {
    id: "dateline/source/reporters_reported",
    description: "\"<Paper> reporters X and Y reported\"",
};
pub(crate) const BEFORE_BARE_CREDIT: Rule = Rule {
    id: "dateline/source/before_bare_credit",
    description: "a paper's name opening a line of a role and names: \"Hangzhou Daily reporter Li Ming\"",
};
pub(crate) const AGENCY_DATELINE: Rule = Rule {
    id: "dateline/source/agency_dateline",
    description: "a parenthesised agency in a dateline: \"(Yicai) Jan. 24 --\"",
};
pub(crate) const BEFORE_DASH: Rule = Rule {
    id: "dateline/source/before_dash",
    description: "a paper's name opening a paragraph, followed by a dash or colon",
};

pub(crate) const BEFORE_ALIAS: Rule = Rule {
    id: "dateline/source/before_alias",
    description: "a paper's name and its short form in brackets opening a paragraph",
};
pub(crate) const PARENTHESISED: Rule = Rule {
    id: "dateline/source/parenthesised",
    description: "a paper's name in brackets opening a paragraph: \"(Pearl River Weekly) The plan ...\"",
};
pub(crate) const WIRE: Rule = Rule {
    id: "dateline/source/wire",
    description: "a press-release wire in a dateline: \"/PRNewswire/ --\"",
};
pub(crate) const CREDIT_LINE: Rule = Rule {
    id: "dateline/source/credit_line",
    description: "a web page's credit line: \"Source: X | Updated: ...\", \"site.cn, January 9, 2023\", \"By X | site.cn | Updated: ...\"",
};

/// A press-release wire between slashes before a dash.
static WIRE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"/(?P<wire>[A-Z][A-Za-z\-]{2,30})/[\t\x20]*(?:--|–|—)").unwrap());

/// A web page's credit line (convention 31), at the start of a line.
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    let heads = lexicon::PAPER_HEADS.join("|");
    Regex::new(&format!(
        r"(?xm)^[\t\x20]*
        (?:
            (?P<site>[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+)[\t\x20]*,[\t\x20]*
              (?:[A-Z][a-z]{{2,8}}\.?[\t\x20]+[0-9]{{1,2}},[\t\x20]*[0-9]{{4}}|[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}})
          | (?:.*?\x20)?(?i:source)[\t\x20]*[:：][\t\x20]*
              (?P<named>[^\n|:：]+?)[\t\x20]*(?:\||(?i:author|editor|updated|date|time|published)[\t\x20]*[:：])
          | [^\n]*\|[\t\x20]*(?i:source)[\t\x20]*[:：][\t\x20]*
              (?P<last_field>[^\n|:：]+?)[\t\x20]*$
          | \((?P<paren>[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+)\)[\t\x20]*(?i:updated)
          | (?:[^\n|]*\|[\t\x20]*)?(?P<barred>[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+)[\t\x20]*\|[\t\x20]*(?i:updated)[\t\x20]*[:：]
          | (?:[^\n|]*\|[\t\x20]*)?(?P<barred_paper>(?:[A-Z][A-Za-z'’]*\x20){{0,3}}(?:{heads}))[\t\x20]*\|[\t\x20]*
              (?i:updated|published|date|time)[\t\x20]*[:：]
          | (?:(?i:updated|date|time|published)[\t\x20]*[:：][\t\x20]*)?
              [0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}[^\n]*?\x20(?i:source)[\t\x20]*[:：][\t\x20]*(?P<stamped>[^\n|:：]+?)[\t\x20]*$
          | (?:(?i:updated|date|time|published)[\t\x20]*[:：][\t\x20]*)?
              [0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}(?:[\t\x20]+[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?)?[\t\x20]*\|[\t\x20]*
              (?P<stamped_site>[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+)[\t\x20]*$
          | (?P<dated_name>[A-Z][A-Za-z'’&\-]*(?:\x20[A-Z][A-Za-z'’&\-]*){{0,3}})[\t\x20]*\|[\t\x20]*
              [0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}(?:[\t\x20]+[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?)?[\t\x20]*$
          | (?i:source)[\t\x20]*[:：][\t\x20]*(?P<alone>[^\n|:：]+?)[\t\x20]*$
        )"
    ))
    .unwrap()
});

/// A publication's name: up to three capitalised words, then one or more
/// head words from the lexicon ("Daily News").
static PAPER: LazyLock<KeyedRegex> = LazyLock::new(|| {
    let heads = lexicon::PAPER_HEADS.join("|");
    let pattern = format!(r"(?-u:\b)(?:[A-Z][A-Za-z'’]*\x20){{0,3}}(?:{heads})(?:\x20(?:{heads}))*(?-u:\b)");
    // At most three words before the first head.
    KeyedRegex::new(&pattern, lexicon::PAPER_HEADS.iter().copied(), 3, Before::Names)
});

/// A dateline with a parenthesised agency.
static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?:^|\n)[\t\x20]*
        (?:
            \((?P<a1>[A-Z][A-Za-z]+(?:\x20[A-Z][A-Za-z]+){0,2})\)[\t\x20]*   # (Yicai)
            [A-Z][a-z]{2,8}\.?[\t\x20]+[0-9]{1,2}                            # Jan. 24
          |
            [A-Z][A-Za-z'’\-]+(?:\x20[A-Z][A-Za-z'’\-]+)*,[\t\x20]*           # BEIJING, Xi'an,
            (?:[A-Z][A-Za-z'’\-]+(?:\x20[A-Z][A-Za-z'’\-]+)?,[\t\x20]*)?      # Yunnan,
            [A-Z][a-z]{2,8}\.?[\t\x20]+[0-9]{1,2}[\t\x20]*                     # Jan. 24
            \((?P<a2>[A-Z][A-Za-z]+(?:\x20[A-Z][A-Za-z]+){0,2})\)            # (Xinhua)
        )
        (?:[\t\x20]*(?:--|–|—|-[\t\x20])|[\t\x20]+(?P<text>[A-Z]))        # --, -, or the text",
    )
    .unwrap()
});

/// How many bytes of `sentence` an agency dateline opening it holds, up
/// to and with its dash and the spaces after ("CHENGDU, Jan. 18 (Xinhua)
/// -- "); 0 when none opens it.
pub(crate) fn dateline_len(sentence: &str) -> usize {
    let head = &sentence[..crate::span::floor_char_boundary(sentence, sentence.len().min(DATELINE_MAX))];
    // Every agency dateline holds its agency in brackets, opening the
    // sentence or after the place and its comma.
    match memchr::memchr(b'(', head.as_bytes()) {
        Some(0) => {}
        Some(open) if memchr::memchr(b',', &head.as_bytes()[..open]).is_some() => {}
        _ => return 0,
    }
    agency_dateline(head)
        .filter(|(c, _)| c.get(0).is_some_and(|m| m.start() == 0))
        .map_or(0, |(_, end)| {
            end + (sentence[end..].len() - sentence[end..].trim_start().len())
        })
}

/// The first agency dateline in `head` and where it ends (after its dash,
/// or before the text that follows it without one). A bracketed credit
/// ("(Reporter Li Ming)") is no agency.
fn agency_dateline(head: &str) -> Option<(regex::Captures<'_>, usize)> {
    AGENCY.captures_iter(head).find_map(|c| {
        let agency = c.name("a1").or_else(|| c.name("a2"))?;
        if super::bare_credit::opens_parenthesised(&head[agency.start() - 1..]) {
            return None;
        }
        let end = c
            .name("text")
            .map_or_else(|| c.get(0).map_or(0, |m| m.end()), |t| t.start());
        Some((c, end))
    })
}

/// The longest agency dateline [`dateline_len`] reads.
const DATELINE_MAX: usize = 120;

/// A source found in a dateline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    /// The publication's name as written.
    pub name: String,
    /// Where the name stands.
    pub span: Span,
    /// The whole credit: the name and a bracketed short form after it
    /// ("Jiangmen Daily News (Jiangmen News)"), which name no organization.
    pub cover: Span,
    /// The rule that read it.
    pub rule: Rule,
}

/// The source and where it was read, or `None`.
pub(crate) fn find(doc: &Document) -> Option<Found> {
    let (name, span, rule) = find_name(doc)?;
    let after = &doc.text[span.end..];
    let alias_end = (rule.id == BEFORE_ALIAS.id)
        .then(|| {
            let lead = after.len() - after.trim_start_matches([' ', '\t']).len();
            after
                .find(')')
                .map(|i| span.end + i + 1)
                .filter(|&e| e > span.end + lead)
        })
        .flatten();
    Some(Found {
        cover: Span::new(span.start, alias_end.unwrap_or(span.end)),
        name,
        span,
        rule,
    })
}

fn find_name(doc: &Document) -> Option<(String, Span, Rule)> {
    let head_end = super::head(doc).end;
    let head = &doc.text[doc.body.start..head_end];
    let base = doc.body.start;
    // Papers are tried in text order; for each, the dateline shapes in the
    // registry's order.
    for m in PAPER.find_iter(head) {
        let Some((name, span)) = paper_name(head, m.start(), m.end()) else {
            continue;
        };
        // "Harbin Daily, Feb 5 (Reporter Li Ming)": a dateline's date may
        // stand between the paper and its credit or dash.
        let after = skip_date(&head[m.end()..]);
        let rule = if byline::starts_with_label(after.trim_start().trim_start_matches('('))
            || super::bare_credit::opens_parenthesised(after)
        {
            BEFORE_BYLINE
        } else if byline::starts_with_reporters_reported(after) {
            REPORTERS_REPORTED
        } else if at_paragraph_start(head, span.start) && super::bare_credit::completes_bare_line(after) {
            BEFORE_BARE_CREDIT
        } else if at_paragraph_start(head, span.start) && starts_with_dash(after) {
            BEFORE_DASH
        } else if at_paragraph_start(head, span.start) && starts_with_alias(after) {
            BEFORE_ALIAS
        } else if after_stamp(head, span.start) && ends_line(after)
            || at_paragraph_start(head, span.start) && (ends_line(after) || STAMP_AFTER_PAPER.is_match(after))
            || after_by_names(head, span.start, after)
        {
            CREDIT_LINE
        } else if head[..span.start].ends_with('(')
            && after.starts_with(')')
            && at_paragraph_start(head, span.start - 1)
            && (after[1..]
                .trim_start_matches([' ', '\t'])
                .starts_with(|c: char| c.is_ascii_uppercase())
                || super::published::AFTER_BRACKETED_CREDIT.is_match(after[1..].split('\n').next().unwrap_or("")))
        {
            PARENTHESISED
        } else {
            continue;
        };
        return Some((name.to_string(), span.shift(base), rule));
    }
    if let Some(found) = credit_line(head) {
        return Some((found.0, found.1.shift(base), CREDIT_LINE));
    }
    if let Some(w) = WIRE_RE.captures(head).and_then(|c| c.name("wire")) {
        return Some((
            w.as_str().to_string(),
            Span::new(base + w.start(), base + w.end()),
            WIRE,
        ));
    }
    // Every agency dateline holds its agency in brackets.
    memchr::memchr(b'(', head.as_bytes())?;
    let (c, _) = agency_dateline(head)?;
    let agency = c.name("a1").or_else(|| c.name("a2"))?;
    Some((
        agency.as_str().to_string(),
        Span::new(base + agency.start(), base + agency.end()),
        AGENCY_DATELINE,
    ))
}

/// The source named by a web credit line, unless it names the host site
/// itself ("Source: this site").
fn credit_line(head: &str) -> Option<(String, Span)> {
    let c = CREDIT.captures(head)?;
    let m = c
        .name("site")
        .or_else(|| c.name("paren"))
        .or_else(|| c.name("named"))
        .or_else(|| c.name("last_field"))
        .or_else(|| c.name("barred"))
        .or_else(|| c.name("barred_paper"))
        .or_else(|| c.name("stamped"))
        .or_else(|| c.name("stamped_site"))
        .or_else(|| c.name("dated_name").filter(|m| !names_a_place(m.as_str())))
        .or_else(|| {
            // "Source: X" alone on its line credits the article only above
            // its text: below a sentence it credits a chart or a quote.
            let alone = c.name("alone")?;
            let above = &head[..c.get(0)?.start()];
            (!above.lines().any(|l| l.trim_end().ends_with(['.', '!', '?', '。']))).then_some(alone)
        })?;
    let name = m.as_str().trim();
    let is_site = name.contains('.') && !name.contains(' ');
    if name.is_empty() || !is_site && !name.starts_with(|ch: char| ch.is_uppercase()) {
        return None;
    }
    Some((name.to_string(), Span::new(m.start(), m.start() + name.len())))
}

/// Whether `name` is a place ("Foshan", "Lakeside County"): a place
/// before a date is where the story is from, not who published it.
fn names_a_place(name: &str) -> bool {
    lexicon::place_kind(name).is_some() || lexicon::PLACE_SUFFIXES.iter().any(|(suffix, _)| name.ends_with(suffix))
}

/// "(Jiangmen News) The city ...": a short form in brackets, then text.
fn starts_with_alias(after: &str) -> bool {
    let a = after.trim_start_matches([' ', '\t']);
    let Some(inner) = a.strip_prefix('(') else {
        return false;
    };
    let Some(close) = inner.find(')') else {
        return false;
    };
    let alias = &inner[..close];
    let rest = inner[close + 1..].trim_start_matches([' ', '\t']);
    !alias.is_empty()
        && alias.len() <= 40
        && alias
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        && rest.starts_with(|c: char| c.is_ascii_uppercase())
}

/// The paper's name in a candidate match: a leading "The" is dropped, and a
/// lone head word is refused.
fn paper_name(head: &str, start: usize, end: usize) -> Option<(&str, Span)> {
    let cand = &head[start..end];
    let (start, cand) = match cand.strip_prefix("The ") {
        Some(rest) => (start + 4, rest),
        None => (start, cand),
    };
    // A lone head word ("News", "Daily") is not a name.
    if !cand.contains(' ') {
        return None;
    }
    Some((cand, Span::new(start, end)))
}

/// `after` past a dateline's date right after a paper: ", Feb 5",
/// ", February 5, 2025". Unchanged when no date opens it.
fn skip_date(after: &str) -> &str {
    DATE_AFTER_PAPER.find(after).map_or(after, |m| &after[m.end()..])
}

/// A dateline's date after a paper's name (lower-case month names too:
/// "Feb 5", "Sept. 12, 2024").
static DATE_AFTER_PAPER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^,[\t\x20]*(?i:{})\.?[\t\x20]+[0-9]{{1,2}}(?:,[\t\x20]*[0-9]{{4}})?(?-u:\b)",
        crate::relation::event_date::MONTH_NAMES
    ))
    .unwrap()
});

/// Whether the line holding `at` opens on a date stamp that ends right
/// before `at` ("2024-08-09 Hainan Daily", "2024-08-09 10:15 Hainan
/// Daily"): a dated credit line (convention 31).
fn after_stamp(head: &str, at: usize) -> bool {
    let line_start = head[..at].rfind('\n').map_or(0, |i| i + 1);
    STAMP_BEFORE_PAPER.is_match(&head[line_start..at])
}

/// A date stamp and nothing else, after an optional label and before
/// spaces or a bar: "2024-08-09 ", "Updated: 2024-08-09 10:15 | ".
static STAMP_BEFORE_PAPER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\t\x20]*(?:(?i:updated|date|time|published)[\t\x20]*[:：][\t\x20]*)?[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[\t\x20]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?(?:[\t\x20]*\|[\t\x20]*|[\t\x20]+)$")
        .unwrap()
});

/// A date stamp after a paper, to the line's end: " | 2024-05-10",
/// "  2024-05-10 09:30".
static STAMP_AFTER_PAPER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\t\x20]*(?:[|,][\t\x20]*)?[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[\t\x20]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[\t\x20]*(?:\n|$)")
        .unwrap()
});

/// Whether the paper at `at` ends a "By" credit line after its names:
/// "By Li Ming (China Daily)", "By Li Ming, Xiangtan Daily".
fn after_by_names(head: &str, at: usize, after: &str) -> bool {
    let line_start = head[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = head[line_start..at].trim_start();
    let by_line = line.starts_with("By ") || line.starts_with("Written by ");
    let comma_paper = line.ends_with(", ") && ends_line(after);
    let bracketed_paper = line.ends_with(" (") && after.strip_prefix(')').is_some_and(ends_line);
    by_line && (comma_paper || bracketed_paper)
}

/// Whether nothing but spaces stands between `after`'s start and its line's end.
fn ends_line(after: &str) -> bool {
    after.split('\n').next().unwrap_or("").trim().is_empty()
}

fn at_paragraph_start(head: &str, at: usize) -> bool {
    head[..at].trim_end_matches([' ', '\t']).is_empty() || head[..at].trim_end_matches([' ', '\t']).ends_with('\n')
}

fn starts_with_dash(after: &str) -> bool {
    let a = after.trim_start_matches([' ', '\t']);
    a.starts_with("--") || a.starts_with('–') || a.starts_with('—') || a.starts_with(':')
}

#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static Regex> {
    vec![
        PAPER.regex(),
        &AGENCY,
        &WIRE_RE,
        &CREDIT,
        &DATE_AFTER_PAPER,
        &STAMP_BEFORE_PAPER,
        &STAMP_AFTER_PAPER,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyed_paper_pattern_finds_what_the_pattern_finds() {
        let mut compared = 0;
        for text in crate::keyed::comparison_texts() {
            let doc = Document::new(&text);
            let head = &text[doc.body.start..super::super::head(&doc).end];
            let plain: Vec<_> = PAPER.regex().find_iter(head).map(|m| m.range()).collect();
            let fast: Vec<_> = PAPER.find_iter(head).map(|m| m.range()).collect();
            compared += plain.len();
            assert_eq!(fast, plain, "{head}");
        }
        assert!(compared > 5, "{compared}");
    }

    fn check(text: &str) -> Option<String> {
        let doc = Document::new(text);
        find(&doc).map(|f| {
            assert_eq!(&text[f.span.range()], f.name);
            format!("{} [{}]", f.name, f.rule.id)
        })
    }

    #[test]
    fn a_paper_after_the_names_of_a_by_line() {
        assert_eq!(
            check("Headline\nBy Li Ming (Xiangtan Daily)\nText.").as_deref(),
            Some("Xiangtan Daily [dateline/source/credit_line]")
        );
        assert_eq!(
            check("Headline\nBy Li Ming, Xiangtan Daily\nText.").as_deref(),
            Some("Xiangtan Daily [dateline/source/credit_line]")
        );
    }

    #[test]
    fn paper_before_parenthesised_byline() {
        assert_eq!(
            check("Jiangmen Daily News (Reporter/Tang Da) On March 3, the meeting was held.").as_deref(),
            Some("Jiangmen Daily News [dateline/source/before_byline]")
        );
        assert_eq!(
            check(" date 2023-02-17 Southern Daily (correspondent/Li Hua) Text.").as_deref(),
            Some("Southern Daily [dateline/source/before_byline]")
        );
    }

    #[test]
    fn paper_and_date_before_a_credit() {
        assert_eq!(
            check("Hefei Daily, March 3 (Reporter Wang Fang) On March 2, the city met.").as_deref(),
            Some("Hefei Daily [dateline/source/before_byline]")
        );
        assert_eq!(
            check("Hefei Daily, Sept. 3, 2024 (Reporter/Wang Fang) The city met.").as_deref(),
            Some("Hefei Daily [dateline/source/before_byline]")
        );
    }

    #[test]
    fn paper_after_headline_lines() {
        let text =
            "Officials Attend Meeting\n\nLeaders attended\n\nJiangmen Daily (correspondent/Wu Lan) On May 2, it met.";
        assert_eq!(
            check(text).as_deref(),
            Some("Jiangmen Daily [dateline/source/before_byline]")
        );
    }

    #[test]
    fn paper_with_bare_label() {
        assert_eq!(
            check("Southern Daily Correspondent/Li Ming The county held a fair.").as_deref(),
            Some("Southern Daily [dateline/source/before_byline]")
        );
    }

    #[test]
    fn reporters_reported() {
        assert_eq!(
            check("Yangcheng Evening News reporters Liu Zhuonan and Song Jinyu reported: The city set goals.")
                .as_deref(),
            Some("Yangcheng Evening News [dateline/source/reporters_reported]")
        );
    }

    #[test]
    fn paper_opening_a_bare_credit_line() {
        assert_eq!(
            check("Park opens\n\nHangzhou Daily reporter Li Ming\n\nOn May 2, the park opened.").as_deref(),
            Some("Hangzhou Daily [dateline/source/before_bare_credit]")
        );
        assert_eq!(
            check("Southern Daily staff reporters Li Ming and Zhao Fang\nThe city met.").as_deref(),
            Some("Southern Daily [dateline/source/before_bare_credit]")
        );
        // Prose after the names: a paper named in a sentence, no credit.
        assert_eq!(check("Hangzhou Daily reporter Li Ming visited the park.\n"), None);
    }

    #[test]
    fn agency_datelines() {
        assert_eq!(
            check("} ?>\n(Yicai) Jan. 24 -- Guangdong has set a goal.").as_deref(),
            Some("Yicai [dateline/source/agency_dateline]")
        );
        assert_eq!(
            check("BEIJING, Jan. 24 (Xinhua) -- The mayor said.").as_deref(),
            Some("Xinhua [dateline/source/agency_dateline]")
        );
        // A city written with an apostrophe or hyphen, a paper in brackets.
        assert_eq!(
            check("Xi'an, Sept 12 (Shaanxi Daily) -- The mayor said.").as_deref(),
            Some("Shaanxi Daily [dateline/source/agency_dateline]")
        );
        assert_eq!(
            check("PU'ER, May 3 (Xinhua) -- The mayor said.").as_deref(),
            Some("Xinhua [dateline/source/agency_dateline]")
        );
        // A single hyphen as the dash.
        assert_eq!(
            check("Changsha, Jan 20 (Lakeside Daily) - The province met.").as_deref(),
            Some("Lakeside Daily [dateline/source/agency_dateline]")
        );
        // No dash: the text opens right after the bracket.
        assert_eq!(
            check("Nanning, June 4 (Guangxi Daily) The region held a fair.").as_deref(),
            Some("Guangxi Daily [dateline/source/agency_dateline]")
        );
        // The city's province after it.
        assert_eq!(
            check("Dali, Yunnan, July 9 (Yunnan Daily) The prefecture held a fair.").as_deref(),
            Some("Yunnan Daily [dateline/source/agency_dateline]")
        );
        // A bracketed credit is no agency.
        assert_eq!(
            check("Nanning, June 4 (Reporter Li Ming) The region held a fair."),
            None
        );
    }

    #[test]
    fn an_agency_datelines_length() {
        assert_eq!(dateline_len("Nanning, June 4 (Guangxi Daily) The region met."), 32);
        assert_eq!(dateline_len("NANNING, June 4 (Xinhua) -- The region met."), 28);
        assert_eq!(dateline_len("Nanning, June 4 (Reporter Li Ming) The region met."), 0);
    }

    #[test]
    fn paper_opening_a_paragraph_with_a_dash() {
        assert_eq!(
            check("Headline here\nJiangmen Daily News – The city held a fair.").as_deref(),
            Some("Jiangmen Daily News [dateline/source/before_dash]")
        );
    }

    #[test]
    fn paper_with_its_short_form_or_in_brackets() {
        assert_eq!(
            check("Headline\n\nLead paragraph.\n\nNingbo Daily News (Ningbo News) The fair opened.").as_deref(),
            Some("Ningbo Daily News [dateline/source/before_alias]")
        );
        assert_eq!(
            check("Headline\n\n(Pearl River Weekly) The plan was set.").as_deref(),
            Some("Pearl River Weekly [dateline/source/parenthesised]")
        );
    }

    #[test]
    fn any_name_then_a_bar_and_an_iso_date() {
        // A place there is where the story is from.
        assert_eq!(check("Headline\nLakeside County | 2026-07-08\n\nText."), None);
        assert_eq!(check("Headline\nFoshan | 2026-07-08\n\nText."), None);
        assert_eq!(
            check("Headline\nRiverside Net | 2026-07-08\n\nText.").as_deref(),
            Some("Riverside Net [dateline/source/credit_line]")
        );
        assert_eq!(
            check("Headline\nLakeview | 2026-07-08 10:32\n\nText.").as_deref(),
            Some("Lakeview [dateline/source/credit_line]")
        );
    }

    #[test]
    fn wires_and_web_credit_lines() {
        assert_eq!(
            check("FUZHOU, China, March 3, 2024 /BizWire/ -- The province met.").as_deref(),
            Some("BizWire [dateline/source/wire]")
        );
        assert_eq!(
            check("Headline\n\nnews.example.com.cn, March 02, 2024\nText.").as_deref(),
            Some("news.example.com.cn [dateline/source/credit_line]")
        );
        assert_eq!(
            check("Headline\n2024-03-04 09:43:00 Source:Fujian Daily Author:\nText.").as_deref(),
            Some("Fujian Daily [dateline/source/credit_line]")
        );
        assert_eq!(
            check("Headline\nSource: gov.example.cn | Updated: 2024-05-06\nText.").as_deref(),
            Some("gov.example.cn [dateline/source/credit_line]")
        );
        assert_eq!(check("Headline\nSource: this site | Updated: 2024-05-06\nText."), None);
        // A date stamp, then the source to the end of the line.
        assert_eq!(
            check("Headline\n2024-11-12 09:15:32 Source: Fujian Daily\nText.").as_deref(),
            Some("Fujian Daily [dateline/source/credit_line]")
        );
        // A site between bars before "Updated:", after a "By" credit.
        assert_eq!(
            check("Headline\nBy LI MING in Kunming | news.example.cn | Updated: 2024-05-21 16:45\nText.").as_deref(),
            Some("news.example.cn [dateline/source/credit_line]")
        );
        assert_eq!(
            check("Headline\nnews.example.cn | Updated: 2024-05-21 16:45\nText.").as_deref(),
            Some("news.example.cn [dateline/source/credit_line]")
        );
        // The stamp first, then a bar and the site or paper.
        assert_eq!(
            check("Headline\nUpdated: 2024-05-21 16:45 | news.example.cn\nText.").as_deref(),
            Some("news.example.cn [dateline/source/credit_line]")
        );
        assert_eq!(
            check("Headline\nUpdated: 2024-05-21 | Xiangjiang Daily\nText.").as_deref(),
            Some("Xiangjiang Daily [dateline/source/credit_line]")
        );
        // A stamp after a label, then the source; a label after the source.
        assert_eq!(
            check("Headline\nUpdated: 2025-03-02 09:10 | Source: Hunan Daily\nText.").as_deref(),
            Some("Hunan Daily [dateline/source/credit_line]")
        );
        assert_eq!(
            check("Headline\nSource: Lakeside Net   Date: 2024-07-01\nText.").as_deref(),
            Some("Lakeside Net [dateline/source/credit_line]")
        );
        // A paper between bars before a dated label; "Source:" alone on a
        // line above the text.
        assert_eq!(
            check("Headline\n\nBy LI MING in Xiangtan | Lakeside Daily | Updated: 2024-05-20 10:25\n\nText.")
                .as_deref(),
            Some("Lakeside Daily [dateline/source/credit_line]")
        );
        assert_eq!(
            check("Headline\n\nBy LI MING | Updated: 2024-05-20 10:25\n\nText."),
            None
        );
        assert_eq!(
            check("Headline\n\nSource: Lakeside TV\n\nThe county met.").as_deref(),
            Some("Lakeside TV [dateline/source/credit_line]")
        );
        // A bracketed paper with a clock time and date after it.
        assert_eq!(
            check("Headline\n\n(Lakeside Daily Online) 10:25, May 20, 2024\n\nThe county met.").as_deref(),
            Some("Lakeside Daily Online [dateline/source/parenthesised]")
        );
        // The paper on a line of its own, alone or with a date after it.
        for line in [
            "Lakeside Daily",
            "Lakeside Daily, Nov 12",
            "Lakeside Daily | 2024-11-12",
            "Lakeside Daily  2024-11-12 08:30",
        ] {
            assert_eq!(
                check(&format!("Headline\n\n{line}\n\nThe county met on Monday.")).as_deref(),
                Some("Lakeside Daily [dateline/source/credit_line]"),
                "{line}"
            );
        }
        assert_eq!(
            check("Headline\n\nLakeside Daily, Nov 12, the county said\n\nText."),
            None
        );
        // A date stamp, then the paper alone on its line.
        assert_eq!(
            check("Headline\n2024-07-01 Hubei Daily\nText.").as_deref(),
            Some("Hubei Daily [dateline/source/credit_line]")
        );
        assert_eq!(
            check("Headline\n2024-07-01 Hubei Daily reported the plan.\nText."),
            None
        );
        // Digits are ASCII digits: a stamp in other scripts' digits is no
        // date, so the line is no credit.
        assert_eq!(check("Headline\n2024-07-٠١ Hubei Daily\nText."), None);
        // The last field of a barred credit line.
        assert_eq!(
            check("Headline\nWriter: Wang Fang | Editor: Zhou Lin | Source: Hefei Evening News\nText.").as_deref(),
            Some("Hefei Evening News [dateline/source/credit_line]")
        );
        // A chart's data credit is not the article's source.
        assert_eq!(
            check("Headline\nChart text.\nSource: Statistics Bureau, own analysis\nText."),
            None
        );
    }

    #[test]
    fn no_source_without_a_dateline_shape() {
        // A place dateline without an agency.
        assert_eq!(check("BEIJING, Jan. 24 -- The acting mayor said Wednesday."), None);
        // A paper named in the body.
        assert_eq!(check("Analysts told the Global Times that targets rose."), None);
        assert_eq!(
            check("New Delhi [India], July 8: Since the launch, the city grew."),
            None
        );
        // A lone head word.
        assert_eq!(check("News (Reporter/Tang Da) text."), None);
    }
}
