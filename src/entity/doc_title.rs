//! Document titles written without quotation marks: plans, opinions,
//! circulars, outlines, work reports, constitutions and agreements named by
//! their capitalised title (convention 6).
//!
//! Consumes the paragraphs of the [`Document`] and its organization
//! mentions (for the issuer); produces [`InitiativeMention`]s of kind
//! document.
//!
//! # Grammar
//!
//! ```text
//! title  = Word* Head Tail?                 Word = a capitalised word, an ordinal ("14th"), "and"
//! Head   = Outline | Opinions | Circular | Notice | Plan | Action Plan | Program | Programme
//!        | Report | Constitution | Agreement | Arrangement | Partnership | Regulations
//!        | Measures | Guidelines | Decision
//! Tail   = ("of" | "on" | "for") "the"? Word (Word | small word | year | ", " Word)*
//!                                           "Circular on Doing a Good Job ... During the 2026 Spring Festival"
//! ```
//!
//! A title needs a tail of two or more capitalised words ("Opinions of the
//! State Council on ..."), or no tail and a head that only a document has
//! after a word naming it ("15th Five-Year Plan", "Government Work Report",
//! "CPPCC Constitution", "... Economic Partnership"). Titles inside
//! quotation marks are the quoted pass's.

use std::sync::LazyLock;

use crate::entity::initiative::InitiativeMention;
use crate::entity::org::OrgMention;
use crate::keyed::{Before, KeyedRegex};
use crate::lexicon;
use crate::model::InitiativeKind;
use crate::span::Rule;
use crate::substr;
use crate::text::Document;
use crate::Span;

pub(crate) const DOCUMENT_TITLE: Rule = Rule {
    id: "initiatives/document_title",
    description:
        "an unquoted, capitalised document title: \"Opinions of the State Council on ...\", \"14th Five-Year Plan\"",
};

const HEADS: &str = r"Outline|Opinions|Circular|Notice|Action\x20Plan|Plan|Programme|Program|Report|Constitution|Agreement|Arrangement|Partnership|Regulations|Measures|Guidelines|Decision";

/// At most six words, each with an "and" after it, before the head:
/// twelve spaces; the head keys the search.
static TITLE: LazyLock<KeyedRegex> = LazyLock::new(|| {
    let word = r"(?:[A-Z][A-Za-z\-'’]*|[0-9]+(?:st|nd|rd|th))";
    let tail_word = r"(?:[A-Z0-9][A-Za-z0-9\-'’]*)";
    let pattern = format!(
        r"(?x)(?-u:\b)
        (?:{word}\x20(?:and\x20)?){{0,6}}
        (?P<head>{HEADS})(?-u:\b)
        (?P<tail>\x20(?:of|on|for)\x20(?:the\x20)?{tail_word}
            (?:(?:,\x20|\x20)(?:{tail_word}|the|of|and|in|on|for|an|a|to)(?-u:\b))*)?"
    );
    let heads = HEADS.replace(r"\x20", " ");
    KeyedRegex::new(&pattern, heads.split('|'), 12, Before::Names)
});

/// Every unquoted document title, in text order.
pub(crate) fn find(doc: &Document, orgs: &[OrgMention]) -> Vec<InitiativeMention> {
    let text = doc.text;
    // Quotes short enough to be the quoted pass's names; a longer one
    // (a title of thirty words) is left to this pass.
    let quoted: Vec<std::ops::Range<usize>> = doc
        .quotes
        .iter()
        .map(|q| q.inner().range())
        .filter(|r| text[r.clone()].split_whitespace().count() <= crate::entity::initiative::MAX_WORDS)
        .collect();
    let mut out = Vec::new();
    for para in &doc.paragraphs {
        let s = &text[para.clone()];
        for c in TITLE.captures_iter(s) {
            let whole = c.get(0).expect("match");
            let Some(range) = clean(s, whole.start(), whole.end()) else {
                continue;
            };
            let name = &s[range.clone()];
            let head = c.name("head").expect("head").as_str();
            let tail_words = c.name("tail").map_or(0, |t| capitalised_words(t.as_str()));
            let before_head = &s[range.start..c.name("head").expect("head").start()];
            if !(tail_words >= 2 || (tail_words == 0 && names_a_document(before_head, head))) {
                continue;
            }
            let span = Span::new(para.start + range.start, para.start + range.end);
            if quoted.iter().any(|q| q.start <= span.start && span.end <= q.end) {
                continue;
            }
            out.push(InitiativeMention {
                name: name.replace('’', "'"),
                kind: InitiativeKind::Document,
                issuer: issuer(orgs, span, name),
                span,
                rule: DOCUMENT_TITLE,
            });
        }
    }
    out
}

/// The title within a match: clause words and "The" dropped from the
/// front, small words and commas from the end.
fn clean(s: &str, start: usize, end: usize) -> Option<std::ops::Range<usize>> {
    let mut start = start;
    // "Premier Li's Government Work Report": the possessor is not the title.
    if let Some(i) = substr::rfind(&s[start..end], "'s ").or_else(|| substr::rfind(&s[start..end], "’s ")) {
        let head_at = s[start..end].find(' ').unwrap_or(0);
        let possessor = s[start..start + i].rsplit(' ').next().unwrap_or("");
        let collective = lexicon::is_collective_possessor(possessor);
        if i >= head_at && !collective && !s[start..start + i].contains(" of ") {
            start += i + s[start + i..].find(' ').unwrap_or(0) + 1;
        }
    }
    for w in s[start..end].split(' ') {
        if lexicon::contains(&lexicon::LEADING_STOPS, w) || w == "The" || w == "and" {
            start += w.len() + 1;
        } else {
            break;
        }
    }
    let mut end = end;
    loop {
        let t = s[start..end].trim_end_matches([',', ' ']);
        let cut = ["the", "of", "and", "in", "on", "for", "a", "an", "to"]
            .iter()
            .find_map(|w| t.strip_suffix(w).filter(|r| r.ends_with(' ')));
        match cut {
            Some(r) => end = start + r.trim_end().len(),
            None => {
                end = start + t.len();
                break;
            }
        }
    }
    (start < end).then_some(start..end)
}

fn capitalised_words(tail: &str) -> usize {
    tail.split([' ', ','])
        .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()))
        .count()
}

/// A head with no tail names a document only after the word that makes it
/// one: "Five-Year Plan", "Work Report", "<Body> Constitution", "... Economic
/// Partnership", "... Cooperation Agreement".
fn names_a_document(before_head: &str, head: &str) -> bool {
    let last = before_head.trim_end().rsplit(' ').next().unwrap_or("");
    match head {
        "Plan" | "Program" | "Programme" => last == "Five-Year",
        "Report" => last == "Work",
        "Constitution" | "Agreement" | "Arrangement" | "Partnership" => {
            before_head
                .split_whitespace()
                .filter(|w| w.starts_with(char::is_uppercase))
                .count()
                >= 2
                || !last.is_empty() && last.chars().all(|c| c.is_ascii_uppercase())
        }
        _ => false,
    }
}

/// The body after the title's first "of": its issuer.
fn issuer(orgs: &[OrgMention], span: Span, name: &str) -> Option<String> {
    let of = substr::find(name, " of ")?;
    let from = span.start + of + 4;
    let first = orgs.partition_point(|o| o.span.start < from);
    orgs[first..]
        .iter()
        .take_while(|o| o.span.start <= from + 4)
        .find(|o| o.span.end <= span.end)
        .map(|o| o.name.clone())
}

#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static regex::Regex> {
    vec![TITLE.regex()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyed_title_pattern_finds_what_the_pattern_finds() {
        let mut compared = 0;
        for text in crate::keyed::comparison_texts() {
            let doc = Document::new(&text);
            // The whole match and the head, from either kind of groups.
            macro_rules! whole_and_head {
                ($c:expr) => {
                    (
                        $c.get(0).map(|m| m.range()),
                        $c.name("head").map(|m| m.range()),
                    )
                };
            }
            for s in doc.paragraphs.iter().map(|r| &text[r.clone()]) {
                let plain: Vec<_> = TITLE.regex().captures_iter(s).map(|c| whole_and_head!(c)).collect();
                let fast: Vec<_> = TITLE.captures_iter(s).map(|c| whole_and_head!(c)).collect();
                compared += plain.len();
                assert_eq!(fast, plain, "{s}");
            }
        }
        assert!(compared > 3, "{compared}");
    }

    fn check(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        let orgs = crate::entity::org::find(&doc);
        find(&doc, &orgs)
            .into_iter()
            .map(|m| format!("{} [{:?}]", m.name, m.issuer))
            .collect()
    }

    #[test]
    fn titles_with_a_tail() {
        assert_eq!(
            check("They studied the Opinions of the State Council on Supporting Fujian in Building a Pilot Zone in 2024 and acted."),
            ["Opinions of the State Council on Supporting Fujian in Building a Pilot Zone in 2024 [Some(\"State Council\")]"]
        );
        assert_eq!(
            check("the Circular on Doing a Good Job in Flood Control During the 2025 Rainy Season was issued"),
            ["Circular on Doing a Good Job in Flood Control During the 2025 Rainy Season [None]"]
        );
        assert_eq!(
            check("the Outline of the 15th Five-Year Plan says"),
            ["Outline of the 15th Five-Year Plan [None]"]
        );
    }

    #[test]
    fn titles_that_only_a_document_has() {
        assert_eq!(
            check("Under the 15th Five-Year Plan, the Government Work Report and the CPPCC Constitution apply."),
            [
                "15th Five-Year Plan [None]",
                "Government Work Report [None]",
                "CPPCC Constitution [None]"
            ]
        );
        assert_eq!(
            check("members of the Regional Comprehensive Economic Partnership"),
            ["Regional Comprehensive Economic Partnership [None]"]
        );
    }

    #[test]
    fn possessors_are_not_part_of_the_title() {
        assert_eq!(
            check("as set in Premier Li Wei's Government Work Report"),
            ["Government Work Report [None]"]
        );
    }

    #[test]
    fn not_titles() {
        assert!(check("The plan of the city is to build.").is_empty());
        assert!(check("a Work Plan for them").is_empty());
        assert!(check("the annual Report on the economy").is_empty());
        assert!(check("the “Action Plan on Cleaner Air in Hefei” was issued").is_empty());
    }
}
