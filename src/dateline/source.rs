//! `source`: the publication named in the dateline, recognised by form.
//!
//! # Grammar
//!
//! ```text
//! paper    = ("The")? Word{0,3} Head        Word = capitalised word
//!                                           Head = a paper head word (lexicon/paper_heads.txt)
//! before-byline      = paper "(" label "/"           "Jiangmen Daily News (Reporter/Tang Da)"
//!                    | paper label "/"                "Southern Daily Correspondent/Li Ming"
//! reporters-reported = paper ("reporter"|"reporters") names "reported"
//!                                                    "Yangcheng Evening News reporters X and Y reported:"
//! agency-dateline    = "(" Agency ")" date ("--"|"–"|"—")      "(Yicai) Jan. 24 --"
//!                    | PLACE "," date "(" Agency ")" dash     "BEIJING, Jan. 24 (Xinhua) --"
//! before-dash        = paper ("--"|"–"|"—"|":") at a paragraph start
//! ```
//!
//! Only the head of the body ([`HEAD_BYTES`](super::HEAD_BYTES)) is read: a
//! paper named later ("told the Global Times") is not the source.

use std::sync::LazyLock;

use regex::Regex;

use crate::dateline::byline;
use crate::lexicon;
use crate::span::Rule;
use crate::text::Document;
use crate::Span;

pub(crate) const BEFORE_BYLINE: Rule = Rule {
    id: "dateline/source/before_byline",
    description: "a paper's name right before a Role/Name byline",
};
pub(crate) const REPORTERS_REPORTED: Rule = Rule {
    id: "dateline/source/reporters_reported",
    description: "\"<Paper> reporters X and Y reported\"",
};
pub(crate) const AGENCY_DATELINE: Rule = Rule {
    id: "dateline/source/agency_dateline",
    description: "a parenthesised agency in a dateline: \"(Yicai) Jan. 24 --\"",
};
pub(crate) const BEFORE_DASH: Rule = Rule {
    id: "dateline/source/before_dash",
    description: "a paper's name opening a paragraph, followed by a dash or colon",
};

/// A publication's name: up to three capitalised words, then one or more
/// head words from the lexicon ("Daily News").
static PAPER: LazyLock<Regex> = LazyLock::new(|| {
    let heads = lexicon::PAPER_HEADS.join("|");
    Regex::new(&format!(
        r"(?-u:\b)(?:[A-Z][A-Za-z'’]*\x20){{0,3}}(?:{heads})(?:\x20(?:{heads}))*(?-u:\b)"
    ))
    .unwrap()
});

/// A dateline with a parenthesised agency.
static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?:^|\n)[\t\x20]*
        (?:
            \((?P<a1>[A-Z][A-Za-z]+(?:\x20[A-Z][A-Za-z]+){0,2})\)[\t\x20]*   # (Yicai)
            [A-Z][a-z]{2,8}\.?[\t\x20]+\d{1,2}                               # Jan. 24
          |
            [A-Z][A-Za-z]+(?:\x20[A-Z][A-Za-z]+)*,[\t\x20]*                   # BEIJING,
            [A-Z][a-z]{2,8}\.?[\t\x20]+\d{1,2}[\t\x20]*                        # Jan. 24
            \((?P<a2>[A-Z][A-Za-z]+(?:\x20[A-Z][A-Za-z]+){0,2})\)            # (Xinhua)
        )
        [\t\x20]*(?:--|–|—)",
    )
    .unwrap()
});

/// The source and where it was read, or `None`.
pub(crate) fn find(doc: &Document) -> Option<(String, Span, Rule)> {
    let head_end = head_end(doc);
    let head = &doc.text[doc.body.start..head_end];
    let base = doc.body.start;
    // Papers are tried in text order; for each, the dateline shapes in the
    // registry's order.
    for m in PAPER.find_iter(head) {
        let Some((name, span)) = paper_name(head, m.start(), m.end()) else {
            continue;
        };
        let after = &head[m.end()..];
        let rule = if byline::starts_with_label(after.trim_start().trim_start_matches('(')) {
            BEFORE_BYLINE
        } else if byline::starts_with_reporters_reported(after) {
            REPORTERS_REPORTED
        } else if at_paragraph_start(head, span.start) && starts_with_dash(after) {
            BEFORE_DASH
        } else {
            continue;
        };
        return Some((name.to_string(), span.shift(base), rule));
    }
    let c = AGENCY.captures(head)?;
    let agency = c.name("a1").or_else(|| c.name("a2"))?;
    Some((
        agency.as_str().to_string(),
        Span::new(base + agency.start(), base + agency.end()),
        AGENCY_DATELINE,
    ))
}

fn head_end(doc: &Document) -> usize {
    crate::span::floor_char_boundary(doc.text, (doc.body.start + super::HEAD_BYTES).min(doc.body.end))
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

fn at_paragraph_start(head: &str, at: usize) -> bool {
    head[..at].trim_end_matches([' ', '\t']).is_empty() || head[..at].trim_end_matches([' ', '\t']).ends_with('\n')
}

fn starts_with_dash(after: &str) -> bool {
    let a = after.trim_start_matches([' ', '\t']);
    a.starts_with("--") || a.starts_with('–') || a.starts_with('—') || a.starts_with(':')
}

#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static Regex> {
    vec![&PAPER, &AGENCY]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Option<String> {
        let doc = Document::new(text);
        find(&doc).map(|(name, span, rule)| {
            assert_eq!(&text[span.range()], name);
            format!("{name} [{}]", rule.id)
        })
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
    fn agency_datelines() {
        assert_eq!(
            check("} ?>\n(Yicai) Jan. 24 -- Guangdong has set a goal.").as_deref(),
            Some("Yicai [dateline/source/agency_dateline]")
        );
        assert_eq!(
            check("BEIJING, Jan. 24 (Xinhua) -- The mayor said.").as_deref(),
            Some("Xinhua [dateline/source/agency_dateline]")
        );
    }

    #[test]
    fn paper_opening_a_paragraph_with_a_dash() {
        assert_eq!(
            check("Headline here\nJiangmen Daily News – The city held a fair.").as_deref(),
            Some("Jiangmen Daily News [dateline/source/before_dash]")
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
