//! `byline`: who reported, photographed or edited each story.
//!
//! # Grammar
//!
//! ```text
//! labelled  = label "/" names (label "/" names)*
//!               "(Reporter/Tang Da Correspondent/Mo Xiaoqing)"
//!               "(Reporter/Deng Shaojun Luo Pei)"            two people
//!               "Another news (trainee reporter/Ren Jiayan)"
//!               "Text/Photo Reporter/Zhou Huadong"           reporter (convention 31)
//!           | "("? label ":" names (sep? label ":" names)* ")"?, a line of its own
//!               "Coordinator: Zhang Hua"
//!               "Reporter: Li Ming  Correspondent: Zhao Fang"
//!               "(Reporter: Li Ming; Editor: Zhao Fang)", "Writer: Li Ming | Editor: Zhao Fang | Source: ..."
//! bare-line = (paper)? role-noun names, a line of its own
//!               "Hangzhou Daily reporter Li Ming", "Reporters Li Ming and Zhao Fang"
//!           | "By" names, a line of its own           "By Li Ming": reporter
//! by-bar    = "By" names ("in" Place)? "|" ...       "By ZHANG WEI in Kunming | chinadaily.com.cn"
//! spaced    = "(" (paper)? role-label names ((sep)? role-label names)* ")"
//!               "(Reporter Li Ming, Correspondent Zhao Fang)"
//!               bare-line and spaced: src/dateline/bare_credit.rs
//! agency-photo = "(" Agency "/" names ")"              "(Xinhua/Li Hua)": a photo caption's credit
//! photo-by  = ("Photo"|"Photos") "by" (paper)? (role-noun)? names
//!               "Photo by Jiangmen Daily reporter Zhou Huadong"
//! done-by   = ("Translated"|"Edited") "by" names, a line of its own
//!               "Translated by Zhou Hong": other; "Edited by Li Ming": editor
//! reporters-reported = ("reporter"|"reporters"|"correspondent"s?) names ("reported"|"reports")
//!               "Yangcheng Evening News reporters Liu Zhuonan and Song Jinyu reported:"
//! role-noun = a label of the table that names a person (reporter, staff
//!             reporter, correspondents, photographer, editor, ...)
//! label     = an entry of lexicon/byline_roles.txt, any case
//! names     = name ((","|"、"|"and") name)*
//! name      = two capitalised words (surname, given name) — a run of
//!             words is cut into pairs: "Deng Shaojun Luo Pei" is two names
//! ```
//!
//! Inside parentheses a name is any capitalised word; outside them each
//! word must be pinyin, so "Correspondent/Mo Xiaoqing On May 2" stops at
//! "On". A credit line without a slash (a colon line, a bare line) counts
//! only when its names are all of it: a label opening prose ("Editor: the
//! plan ...", "Reporters from the city visited ...") gives none.

use std::sync::LazyLock;

use regex::Regex;

use super::bare_credit;
use crate::lexicon;
use crate::model::BylineRole;
use crate::span::Rule;
use crate::text::Document;
use crate::Span;

pub(crate) const LABELLED: Rule = Rule {
    id: "dateline/byline/labelled",
    description: "Role/Name credits, in parentheses or bare: \"(Reporter/Tang Da Correspondent/Mo Xiaoqing)\"",
};
pub(crate) const PHOTO_BY: Rule = Rule {
    id: "dateline/byline/photo_by",
    description: "\"Photo by [paper] [reporter] Name\"",
};
pub(crate) const DONE_BY: Rule = Rule {
    id: "dateline/byline/done_by",
    description: "a line of its own: \"Translated by Name\", \"Edited by Name\"",
};
pub(crate) const AGENCY_PHOTO: Rule = Rule {
    id: "dateline/byline/agency_photo",
    description: "a photo caption's credit: \"(Xinhua/Li Hua)\"",
};
pub(crate) const REPORTERS_REPORTED: Rule = Rule {
    id: "dateline/byline/reporters_reported",
    description: "\"reporters X and Y reported\"",
};

/// One byline credit before deduplication.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Credit {
    pub role: BylineRole,
    pub name: String,
    pub span: Span,
    pub rule: Rule,
}

/// The byline role named by a role table entry ("trainee_reporter").
pub(crate) fn role_from_name(name: &str) -> Option<BylineRole> {
    Some(match name {
        "reporter" => BylineRole::Reporter,
        "trainee_reporter" => BylineRole::TraineeReporter,
        "correspondent" => BylineRole::Correspondent,
        "photographer" => BylineRole::Photographer,
        "editor" => BylineRole::Editor,
        "other" => BylineRole::Other,
        _ => return None,
    })
}

fn label_alternation() -> String {
    lexicon::BYLINE_ROLES
        .iter()
        .map(|(label, _)| regex::escape(&label.to_ascii_lowercase()).replace(' ', r"[\t\x20]+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// A role label and its slash: "Reporter/", "trainee reporter /". Lower
/// case: it runs over `Document::lower`.
static LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?-u:\b)(?:{})[\t\x20]*/[\t\x20]*", label_alternation())).unwrap());

/// The same, anchored at the start.
static LABEL_AT_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{})[\t\x20]*/", label_alternation())).unwrap());

/// A role label and a colon opening a line, or a bracket opening it:
/// "Coordinator: Zhang Hua", "(Reporter: Li Ming; Editor: Zhao Fang)".
/// Lower case: it runs over `Document::lower`.
static COLON_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)^[\t\x20]*(?:[(\[（【][\t\x20]*)?(?:{})[\t\x20]*[:：][\t\x20]*",
        label_alternation()
    ))
    .unwrap()
});

/// A further role label and colon on a line that opens with one:
/// "Correspondent:" in "Reporter: Li Ming Correspondent: Zhao Fang".
/// Lower case: it runs over `Document::lower`.
static COLON_LABEL_IN_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?-u:\b)(?:{})[\t\x20]*[:：][\t\x20]*", label_alternation())).unwrap());

/// The nouns a label names a person by ("staff reporter",
/// "correspondents"), lower case.
pub(super) const ROLE_NOUNS: [&str; 4] = ["reporter", "correspondent", "photographer", "editor"];

/// A photo caption's agency credit: "(Xinhua/Li Hua)".
static AGENCY_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\((?P<agency>[A-Z][A-Za-z]+(?:\x20[A-Z][A-Za-z]+){0,2})/(?P<names>[A-Z][a-z'’]+(?:\x20[A-Z][a-z'’]+){1,3})\)",
    )
    .unwrap()
});

/// Capitalised words joined by spaces, commas, "、" or "and".
const NAMES: &str =
    r"[A-Z][a-z'’]+(?:\x20[A-Z][a-z'’]+)*(?:(?:,\x20?|、|\x20and\x20)[A-Z][a-z'’]+(?:\x20[A-Z][a-z'’]+)*)*";

static PHOTO: LazyLock<Regex> = LazyLock::new(|| {
    let heads = lexicon::PAPER_HEADS.join("|");
    Regex::new(&format!(
        r"(?x)(?-u:\b)(?i:photos?|pictures?)\x20(?i:by)\x20
        (?:(?:[A-Z][A-Za-z'’]*\x20){{0,3}}(?:{heads})\x20)?
        (?:(?i:reporters?|correspondents?|photographers?)\x20)?
        (?P<names>{NAMES})"
    ))
    .unwrap()
});

/// "Translated by Li Ming", "Edited by Zhao Fang": a credit line of its
/// own (in prose, "a book edited by X" credits no story).
static DONE_BY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)^[\t\x20]*(?P<what>(?i:translated|edited))\x20(?i:by)\x20(?P<names>{NAMES})[\t\x20]*\.?[\t\x20]*$"
    ))
    .unwrap()
});

static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?P<role>reporters?|correspondents?)\x20(?P<names>{NAMES})\x20report(?:ed|s)(?-u:\b)"
    ))
    .unwrap()
});

static REPORTED_AT_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\x20(?:reporters?|correspondents?)\x20(?:{NAMES})\x20report(?:ed|s)(?-u:\b)"
    ))
    .unwrap()
});

/// Whether `s` opens with a role label and slash.
pub(crate) fn starts_with_label(s: &str) -> bool {
    LABEL_AT_START.is_match(s)
}

/// Whether `s` opens with " reporters X and Y reported".
pub(crate) fn starts_with_reporters_reported(s: &str) -> bool {
    REPORTED_AT_START.is_match(s)
}

/// The matches of [`COLON_LABEL`] in `lower`, in order. A match lies in
/// one line and holds a colon, so only the lines with a colon (found by a
/// SIMD byte search) are searched.
fn colon_labels(lower: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = lower.as_bytes();
    let mut out = Vec::new();
    let mut searched_to = 0;
    // ':' or the first byte of '：'.
    for at in memchr::memchr2_iter(b':', "：".as_bytes()[0], bytes) {
        if at < searched_to || !(bytes[at] == b':' || lower[at..].starts_with('：')) {
            continue;
        }
        let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
        let line = &lower[start..end];
        if let Some(first) = COLON_LABEL.find(line) {
            out.push(start + first.start()..start + first.end());
            // "Reporter: Li Ming Correspondent: Zhao Fang": the line's
            // further labels.
            out.extend(
                COLON_LABEL_IN_LINE
                    .find_iter(&line[first.end()..])
                    .map(|m| start + first.end() + m.start()..start + first.end() + m.end()),
            );
        }
        searched_to = end;
    }
    out
}

/// Every credit in the body, in text order.
pub(crate) fn find(doc: &Document) -> Vec<Credit> {
    let text = doc.text;
    let base = doc.body.start;
    let body = &text[doc.body.clone()];
    let mut out = Vec::new();
    let labels: Vec<_> = LABEL.find_iter(&doc.lower[doc.body.clone()]).collect();
    for (i, m) in labels.iter().enumerate() {
        let label = body[m.range()].trim_end().trim_end_matches('/').trim_end();
        let Some(roles) = roles_of_label(label) else {
            continue;
        };
        // The names run to the next label, a bracket, or the end of the line.
        let limit = labels.get(i + 1).map_or(body.len(), |n| n.start());
        let rest = &body[m.end()..limit];
        let stop = rest.find([')', '\n', '(', '–', '—', ':', ';']).unwrap_or(rest.len());
        let names = names_in(&rest[..stop], base + m.end(), !inside_parens(body, m.start()));
        push_credits(&mut out, names, &roles, LABELLED);
    }
    let colon = colon_labels(&doc.lower[doc.body.clone()]);
    for (i, m) in colon.iter().enumerate() {
        let label = body[m.clone()]
            .trim()
            .trim_start_matches(OPENING_BRACKETS)
            .trim_start()
            .trim_end_matches([':', '：'])
            .trim_end();
        let Some(roles) = roles_of_label(label) else {
            continue;
        };
        // The names run to the line's next label, a bar (which sets off
        // the line's fields: "Editor: Li Ming | Source: ...") or its end;
        // a closing bracket ends them too.
        let rest = &body[m.end..];
        let line_end = rest.find(['\n', '|']).unwrap_or(rest.len());
        let limit = colon.get(i + 1).map_or(line_end, |n| (n.start - m.end).min(line_end));
        let segment = rest[..limit]
            .trim_end_matches(CREDIT_SEPARATORS)
            .trim_end_matches(CLOSING_BRACKETS)
            .trim_end_matches(CREDIT_SEPARATORS);
        let names = names_in(segment, base + m.end, true);
        // The names are the whole segment (separators aside): a label
        // opening a sentence of prose ("Editor: the plan ...") gives none.
        let covered = names.last().map_or(0, |(_, span)| span.end - (base + m.end));
        if names.is_empty() || !segment[covered..].trim_matches(CREDIT_SEPARATORS).is_empty() {
            continue;
        }
        push_credits(&mut out, names, &roles, LABELLED);
    }
    bare_credit::bare_lines(body, base, &mut out);
    bare_credit::parenthesised(body, base, &mut out);
    bare_credit::by_bar_lines(body, base, &mut out);
    if body.contains('/') {
        for c in AGENCY_CREDIT.captures_iter(body) {
            if roles_of_label(&c["agency"]).is_some() {
                continue;
            }
            let m = c.name("names").expect("group");
            for (name, span) in names_in(m.as_str(), base + m.start(), true) {
                out.push(Credit {
                    role: BylineRole::Photographer,
                    name,
                    span,
                    rule: AGENCY_PHOTO,
                });
            }
        }
    }
    // A photo credit needs "photo" or "picture": most bodies have neither.
    let lower = &doc.lower[doc.body.clone()];
    let photos = if lower.contains("photo") || lower.contains("picture") {
        PHOTO.captures_iter(body).collect()
    } else {
        Vec::new()
    };
    for c in photos {
        let m = c.name("names").expect("group");
        for (name, span) in names_in(m.as_str(), base + m.start(), true) {
            out.push(Credit {
                role: BylineRole::Photographer,
                name,
                span,
                rule: PHOTO_BY,
            });
        }
    }
    // Such a line needs "ed by": most bodies' credit lines do not hold it
    // at a line's start, and the check is cheap.
    let done_by = if lower.contains("ted by") {
        DONE_BY_RE.captures_iter(body).collect()
    } else {
        Vec::new()
    };
    for c in done_by {
        let role = if c["what"].eq_ignore_ascii_case("edited") {
            BylineRole::Editor
        } else {
            BylineRole::Other
        };
        let m = c.name("names").expect("group");
        for (name, span) in names_in(m.as_str(), base + m.start(), true) {
            out.push(Credit {
                role,
                name,
                span,
                rule: DONE_BY,
            });
        }
    }
    for c in REPORTED.captures_iter(body) {
        let m = c.name("names").expect("group");
        let role = if c["role"].starts_with("corr") {
            BylineRole::Correspondent
        } else {
            BylineRole::Reporter
        };
        for (name, span) in names_in(m.as_str(), base + m.start(), true) {
            out.push(Credit {
                role,
                name,
                span,
                rule: REPORTERS_REPORTED,
            });
        }
    }
    out.sort_by_key(|c| c.span.start);
    out
}

/// Brackets that may enclose a line of colon credits.
const OPENING_BRACKETS: &[char] = &['(', '[', '（', '【'];
const CLOSING_BRACKETS: &[char] = &[')', ']', '）', '】'];

/// What may stand between the credits of one line: spaces, commas,
/// semicolons, bars.
pub(super) const CREDIT_SEPARATORS: &[char] = &[' ', '\t', '\r', ',', ';', '|', '，', '；'];

/// One credit per name and role.
pub(super) fn push_credits(out: &mut Vec<Credit>, names: Vec<(String, Span)>, roles: &[BylineRole], rule: Rule) {
    for (name, span) in names {
        for &role in roles {
            out.push(Credit {
                role,
                name: name.clone(),
                span,
                rule,
            });
        }
    }
}

/// How far back a label looks for the "(" that encloses it.
const PAREN_LOOKBACK: usize = 200;

/// Whether an unclosed "(" on the same line precedes `at`.
fn inside_parens(body: &str, at: usize) -> bool {
    let from = crate::span::ceil_char_boundary(body, at.saturating_sub(PAREN_LOOKBACK));
    let before = &body[from..at];
    let line = before.rsplit('\n').next().unwrap_or("");
    match (line.rfind('('), line.rfind(')')) {
        (Some(open), Some(close)) => open > close,
        (Some(_), None) => true,
        _ => false,
    }
}

pub(super) fn roles_of_label(label: &str) -> Option<Vec<BylineRole>> {
    let norm = label.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let (_, roles) = lexicon::BYLINE_ROLES.iter().find(|(l, _)| *l == norm)?;
    roles.split('+').map(role_from_name).collect()
}

/// Names in `s` (which starts at byte `base` of the input). With
/// `pinyin_only`, the run stops at the first word that is not pinyin.
pub(super) fn names_in(s: &str, base: usize, pinyin_only: bool) -> Vec<(String, Span)> {
    let mut names = Vec::new();
    let mut chunk: Vec<(usize, usize)> = Vec::new();
    let flush = |chunk: &mut Vec<(usize, usize)>, names: &mut Vec<(String, Span)>| {
        for pair in pair_words(chunk) {
            let (start, end) = (pair.0, pair.1);
            let name = s[start..end].split_whitespace().collect::<Vec<_>>().join(" ");
            names.push((name, Span::new(base + start, base + end)));
        }
        chunk.clear();
    };
    let mut pos = 0;
    let mut after_sep = false;
    for word in s.split_inclusive([' ', ',', '、', '\t']) {
        let start = pos;
        pos += word.len();
        let sep = word.ends_with([',', '、']);
        let w = word.trim_end_matches([' ', ',', '、', '\t']);
        if w.is_empty() {
            if sep {
                flush(&mut chunk, &mut names);
                after_sep = true;
                continue;
            }
            if after_sep {
                // The space after "Li Ming, ".
                after_sep = false;
                continue;
            }
            // A run of spaces ends the names: a byline separates names by
            // single spaces or punctuation, and a name is the text at its span.
            break;
        }
        if w == "and" || w == "&" {
            flush(&mut chunk, &mut names);
            after_sep = false;
            continue;
        }
        let capitalised = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .skip(1)
                .all(|c| c.is_lowercase() || matches!(c, '\'' | '’' | '-'));
        if !capitalised || (pinyin_only && !lexicon::is_pinyin(w, 3)) {
            break;
        }
        chunk.push((start, start + w.len()));
        after_sep = sep;
        if sep {
            flush(&mut chunk, &mut names);
        }
    }
    flush(&mut chunk, &mut names);
    names
}

/// Words cut into (surname, given name) pairs; an odd word out joins the
/// last name, and a lone word is a name on its own.
fn pair_words(words: &[(usize, usize)]) -> Vec<(usize, usize)> {
    if words.len() <= 2 {
        return words
            .first()
            .map(|f| (f.0, words[words.len() - 1].1))
            .into_iter()
            .collect();
    }
    let mut out: Vec<(usize, usize)> = words.chunks(2).map(|c| (c[0].0, c[c.len() - 1].1)).collect();
    if words.len() % 2 == 1 {
        let last = out.pop().expect("odd count has a last");
        if let Some(prev) = out.last_mut() {
            prev.1 = last.1;
        }
    }
    out
}

#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static Regex> {
    vec![
        &LABEL,
        &LABEL_AT_START,
        &PHOTO,
        &REPORTED,
        &REPORTED_AT_START,
        &COLON_LABEL,
        &COLON_LABEL_IN_LINE,
        &AGENCY_CREDIT,
    ]
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    #[test]
    fn colon_lines_find_what_the_pattern_finds() {
        let mut compared = 0;
        for text in crate::keyed::comparison_texts() {
            let doc = Document::new(&text);
            let lower = &doc.lower[doc.body.clone()];
            // A label opening a line, then the line's further labels.
            let mut plain = Vec::new();
            for m in COLON_LABEL.find_iter(lower) {
                plain.push(m.range());
                let line_end = lower[m.end()..].find('\n').map_or(lower.len(), |i| m.end() + i);
                plain.extend(
                    COLON_LABEL_IN_LINE
                        .find_iter(&lower[m.end()..line_end])
                        .map(|n| m.end() + n.start()..m.end() + n.end()),
                );
            }
            compared += plain.len();
            assert_eq!(colon_labels(lower), plain, "{lower}");
        }
        assert!(compared > 0, "{compared}");
    }

    /// The credits of `text`, as "Role Name [rule]", each checked to be the
    /// text at its span.
    pub(in crate::dateline) fn check(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        find(&doc)
            .into_iter()
            .map(|c| {
                assert_eq!(&text[c.span.range()], c.name);
                format!("{:?} {} [{}]", c.role, c.name, c.rule.id)
            })
            .collect()
    }

    #[test]
    fn reporter_and_correspondent_in_parentheses() {
        assert_eq!(
            check("Jiangmen Daily News (Reporter/Tang Da Correspondent/Mo Xiaoqing) On the afternoon of May 2"),
            [
                "Reporter Tang Da [dateline/byline/labelled]",
                "Correspondent Mo Xiaoqing [dateline/byline/labelled]"
            ]
        );
    }

    #[test]
    fn two_reporters_after_one_label() {
        assert_eq!(
            check("Daily (Reporter/Deng Shaojun Luo Pei) On February 19"),
            [
                "Reporter Deng Shaojun [dateline/byline/labelled]",
                "Reporter Luo Pei [dateline/byline/labelled]"
            ]
        );
        assert_eq!(
            check("(Reporters/Li Ming, Wang Fang) Text"),
            [
                "Reporter Li Ming [dateline/byline/labelled]",
                "Reporter Wang Fang [dateline/byline/labelled]"
            ]
        );
    }

    #[test]
    fn several_colon_labels_on_one_line() {
        assert_eq!(
            check("City holds forum\n\nReporter: Li Ming  Correspondent: Zhao Fang\n\nThe forum opened."),
            [
                "Reporter Li Ming [dateline/byline/labelled]",
                "Correspondent Zhao Fang [dateline/byline/labelled]"
            ]
        );
        assert_eq!(
            check("Text: Li Ming; Photo: Zhao Fang, Wu Hui | Editor: Sun Li\n"),
            [
                "Reporter Li Ming [dateline/byline/labelled]",
                "Photographer Zhao Fang [dateline/byline/labelled]",
                "Photographer Wu Hui [dateline/byline/labelled]",
                "Editor Sun Li [dateline/byline/labelled]"
            ]
        );
        // A later label of prose spoils only its own segment.
        assert_eq!(
            check("Reporter: Li Ming Editor: the team\n"),
            ["Reporter Li Ming [dateline/byline/labelled]"]
        );
    }

    #[test]
    fn reporters_reports_as_reported() {
        assert_eq!(
            check("Yesterday, reporter Li Ming reports that the plan was adopted."),
            ["Reporter Li Ming [dateline/byline/reporters_reported]"]
        );
    }

    #[test]
    fn trainee_reporter_in_any_case() {
        assert_eq!(
            check("Another news (trainee reporter/Ren Jiayan) Recently, Ma Pingao led a team."),
            ["TraineeReporter Ren Jiayan [dateline/byline/labelled]"]
        );
        assert_eq!(
            check("(Trainee Reporter/Ren Jiayan)"),
            ["TraineeReporter Ren Jiayan [dateline/byline/labelled]"]
        );
    }

    #[test]
    fn bare_label_stops_at_a_non_pinyin_word() {
        assert_eq!(
            check("Correspondent/Mo Xiaoqing On May 2, the city met."),
            ["Correspondent Mo Xiaoqing [dateline/byline/labelled]"]
        );
    }

    #[test]
    fn a_run_of_spaces_ends_the_names() {
        assert_eq!(
            check("(Reporter/Tang Da Correspondent/Mo Xiaoqing  On the afternoon)"),
            [
                "Reporter Tang Da [dateline/byline/labelled]",
                "Correspondent Mo Xiaoqing [dateline/byline/labelled]"
            ]
        );
    }

    #[test]
    fn text_photo_reporter_is_a_reporter() {
        // Convention 31: "Text/Photo Reporter/X" gives reporter.
        assert_eq!(
            check("Text/Photo Reporter/Zhou Huadong"),
            ["Reporter Zhou Huadong [dateline/byline/labelled]"]
        );
    }

    #[test]
    fn colon_credit_lines_and_agency_photo_credits() {
        assert_eq!(
            check("Headline\nCoordinator: Zhang Hua\nText."),
            ["Other Zhang Hua [dateline/byline/labelled]"]
        );
        assert!(check("Headline\nEditor: the plan was set.\n").is_empty());
        assert_eq!(
            check("A worker at a plant in Quanzhou, March 2, 2024. (Xinhua/Lin Shan)"),
            ["Photographer Lin Shan [dateline/byline/agency_photo]"]
        );
        assert!(check("(Reporter/Tang Da) text")
            .iter()
            .all(|c| !c.contains("agency_photo")));
    }

    #[test]
    fn colon_credits_in_brackets_and_between_bars() {
        assert_eq!(
            check("Text.\n\n(Reporter: Wang Fang; Editor: Zhou Lin)\n"),
            [
                "Reporter Wang Fang [dateline/byline/labelled]",
                "Editor Zhou Lin [dateline/byline/labelled]"
            ]
        );
        assert_eq!(
            check("Text.\n\n[Editor: Zhou Lin]\n"),
            ["Editor Zhou Lin [dateline/byline/labelled]"]
        );
        // A bar ends a field: the source after it is no name.
        assert_eq!(
            check("Headline\nWriter: Wang Fang | Editor: Zhou Lin | Source: Hefei Evening News\nText."),
            [
                "Reporter Wang Fang [dateline/byline/labelled]",
                "Editor Zhou Lin [dateline/byline/labelled]"
            ]
        );
        // A portal's "Author:" is the reporter.
        assert_eq!(
            check("Headline\nAuthor: Wang Fang | Source: Hefei Evening News | 2024-05-06\nText."),
            ["Reporter Wang Fang [dateline/byline/labelled]"]
        );
        // Prose in brackets after a label is no credit.
        assert!(check("Text.\n(Editor: the figures were revised.)\n").is_empty());
    }

    #[test]
    fn translated_or_edited_by_on_a_line_of_its_own() {
        assert_eq!(
            check("The city grew.\n\nTranslated by Zhou Hong\nEdited by Li Ming and Wu Lan\n"),
            [
                "Other Zhou Hong [dateline/byline/done_by]",
                "Editor Li Ming [dateline/byline/done_by]",
                "Editor Wu Lan [dateline/byline/done_by]"
            ]
        );
        assert!(check("He read a book edited by Li Ming.\n").is_empty());
    }

    #[test]
    fn photo_by_with_paper_and_role() {
        assert_eq!(
            check("The plant is busy. Photo by Jiangmen Daily reporter Zhou Huadong"),
            ["Photographer Zhou Huadong [dateline/byline/photo_by]"]
        );
        assert_eq!(
            check("Photo by Li Ming"),
            ["Photographer Li Ming [dateline/byline/photo_by]"]
        );
    }

    #[test]
    fn reporters_reported() {
        assert_eq!(
            check("Yangcheng Evening News reporters Liu Zhuonan and Song Jinyu reported: The city set goals."),
            [
                "Reporter Liu Zhuonan [dateline/byline/reporters_reported]",
                "Reporter Song Jinyu [dateline/byline/reporters_reported]"
            ]
        );
    }

    #[test]
    fn no_credit_without_a_label_grammar() {
        assert!(check("The reporter asked the mayor about the plan.").is_empty());
        assert!(check("A text/message system and a photo exhibition opened.").is_empty());
        assert!(check("The 1+6+3 / 1310 plans.").is_empty());
        assert!(check("(Reporter/)").is_empty());
    }

    #[test]
    fn pairing_rules() {
        assert_eq!(pair_words(&[(0, 1)]), [(0, 1)]);
        assert_eq!(pair_words(&[(0, 1), (2, 3), (4, 5)]), [(0, 5)]);
        assert_eq!(pair_words(&[(0, 1), (2, 3), (4, 5), (6, 7)]), [(0, 3), (4, 7)]);
        assert!(pair_words(&[]).is_empty());
    }
}
