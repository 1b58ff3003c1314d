//! Positions: which title phrases belong to which named person.
//!
//! Consumes full-name mentions (`entity::person`) and the text around them;
//! produces, per mention, the [`Title`]s the text gives that person, parsed
//! by `entity::title`.
//!
//! # Grammar
//!
//! ```text
//! appositive       = Name "," item ("," item)* ","? (stop | Name | end)
//!                      "Chen Anming, Secretary of the Municipal Party Committee, Secretary of ..., and"
//!                      "Yu Zhonghua, the secretary of the Kaiping Municipal Party Committee"
//! title-before     = phrase Name        the word before the name is a title head
//!                      "District Party Secretary Lao Maochang"
//!                      "Deputy Secretary of the District Party Committee and District Mayor Ma Pingao"
//!                      "General Secretary Xi Jinping", "political commissar Liu Xiaodong"
//! title-comma-name = ("the")? phrase "," Name ","   at the start of a clause
//!                      "the vice chairman of the CPPCC and the chairman of X, Ren Anliang, led"
//! as-title         = Name (("was"|...) ("appointed"|"elected"|...) | "served")? "as" phrase
//!                  | Name "from" ("the"|"his"|"her") "post" ("of"|"as") phrase
//!                      "appointed Li Ming as vice chairman of the X Government"
//!                      "removed Zhao Fang from the post of director of the Y Bureau"
//! ```
//!
//! An appositive chain ends at the first item that is not a title, at a
//! stop word ("attended", "at"), or at another name. The phrase before a
//! name runs back over title words, capitalised words and "of/the/and",
//! and stops at a comma or any other lowercase word.

use std::sync::LazyLock;

use regex::Regex;

use crate::entity::person::NameMention;
use crate::entity::title::{parse_phrase, starts_title, Title};
use crate::lexicon::{self, TitleWord};
use crate::span::Rule;
use crate::text::Document;
use crate::token::Token;

pub(crate) const APPOSITIVE: Rule = Rule {
    id: "positions/appositive",
    description: "titles after the name, set off by commas: \"Chen Anming, Secretary of the ...\"",
};
pub(crate) const TITLE_BEFORE_NAME: Rule = Rule {
    id: "positions/title_before_name",
    description: "a title phrase ending in a head right before the name: \"District Mayor Ma Pingao\"",
};
pub(crate) const AS_TITLE: Rule = Rule {
    id: "positions/as_title",
    description: "a title after the name and \"as\" or \"from the post of\": \"appointed Li Ming as vice mayor\", \"removed Li Ming from the post of director of ...\"",
};
pub(crate) const TITLE_COMMA_NAME: Rule = Rule {
    id: "positions/title_comma_name",
    description: "a clause-initial title phrase, then \", Name,\"",
};

/// The titles the text gives the person of each mention, with the rule.
pub(crate) fn positions(doc: &Document, names: &[NameMention]) -> Vec<(usize, Title, Rule)> {
    let text = doc.text;
    let mut out = Vec::new();
    // A plural title before a list of names ("Vice-Chairmen Xie Hui, Bai
    // Yun and Liu Ning"): the titles, and where the list has reached.
    let mut plural: Option<(Vec<Title>, usize)> = None;
    for (k, n) in names.iter().enumerate() {
        if let Some((titles, end)) = plural.take() {
            let gap = text.get(end..n.span.start).unwrap_or("");
            if matches!(gap, ", " | ", and " | " and ") {
                for t in &titles {
                    out.push((k, t.clone(), TITLE_BEFORE_NAME));
                }
                plural = Some((titles, n.span.end));
                continue;
            }
        }
        // The text layer tokenised every sentence once.
        let i = doc.sentences.partition_point(|s| s.start < n.sentence.start);
        if doc.sentences.get(i) != Some(&n.sentence) {
            continue;
        }
        let toks = doc.tokens(i);
        // Tokens are sorted: find the name's first and last by binary search.
        let Ok(first) = toks.binary_search_by_key(&n.span.start, |t| t.start) else {
            continue;
        };
        let last = toks
            .partition_point(|t| t.end <= n.span.end)
            .saturating_sub(1)
            .max(first);
        // The phrase before the name never reaches back into the name
        // before it ("Director Song Guoquan and CPPCC Chairman Wang").
        let floor = names[..k]
            .last()
            .filter(|m| m.sentence == n.sentence)
            .map_or(0, |m| m.span.end);
        let before = before_name(text, toks, first, floor);
        let head_is_plural = first.checked_sub(1).is_some_and(|i| {
            let w = crate::lexicon::lowered(toks[i].text(text));
            !lexicon::contains_title(&w) && lexicon::singular_head(&w).is_some()
        });
        if head_is_plural && !before.is_empty() {
            plural = Some((before.clone(), n.span.end));
        }
        for t in before {
            out.push((k, t, TITLE_BEFORE_NAME));
        }
        // A title phrase after an earlier name's appositive ("Wu Xiaohui,
        // deputy secretary ... and mayor, Zhang Yuanxing,") is that name's.
        let earlier_name = k > 0 && names[k - 1].sentence == n.sentence;
        if !earlier_name {
            for t in title_comma_name(text, toks, first, last) {
                out.push((k, t, TITLE_COMMA_NAME));
            }
        }
        // Names are in text order: the next one in this sentence, if any.
        let next = names
            .get(k + 1)
            .filter(|m| m.sentence == n.sentence)
            .map(|m| m.span.start);
        let appositive_titles = appositive(text, n, next);
        // "Chen Lin and Xu Bo, vice chairmen of ...": a plural title in
        // apposition is each listed name's.
        if !appositive_titles.is_empty() && plural_appositive(&text[n.span.end..n.sentence.end]) {
            let mut j = k;
            while j > 0 {
                let prev = &names[j - 1];
                let gap = text.get(prev.span.end..names[j].span.start).unwrap_or("");
                if prev.sentence != n.sentence || !matches!(gap, ", " | " and " | ", and ") {
                    break;
                }
                j -= 1;
                for t in &appositive_titles {
                    out.push((j, t.clone(), APPOSITIVE));
                }
            }
        }
        for t in appositive_titles {
            out.push((k, t, APPOSITIVE));
        }
        for t in as_title(text, n, next) {
            out.push((k, t, AS_TITLE));
        }
    }
    out
}

fn word<'t>(text: &'t str, t: &Token) -> Option<&'t str> {
    t.is_word(text).then(|| t.text(text))
}

/// The longest title phrase before a name, in tokens ("Deputy Secretary of
/// the District Party Committee and District Mayor" is 12).
const MAX_TITLE_TOKENS: usize = 30;

/// Titles in the phrase right before the name at token `first`, which
/// starts at or after byte `floor`.
fn before_name(text: &str, toks: &[Token], first: usize, floor_at: usize) -> Vec<Title> {
    let Some(head) = first.checked_sub(1).map(|i| &toks[i]) else {
        return Vec::new();
    };
    if head.end + 1 != toks[first].start {
        return Vec::new();
    }
    // "Secretary of the Municipal Party Committee Wang Zhongwei",
    // "Director of the Municipal Bureau of Finance Huang Wen": a title and
    // its "of" body before the name, the body's capitalised words last.
    let titled = word(text, head).and_then(lexicon::title_word) == Some(TitleWord::Head);
    let body_last = !titled && word(text, head).is_some_and(is_capitalised_word);
    // "Secretary-General of the municipal government Hua Yuan": a body
    // written in lower case, ending on its head noun.
    let lower_body =
        !titled && !body_last && word(text, head).is_some_and(|w| lexicon::is_org_head_last_word(&capitalised(w)));
    let body_last = body_last || lower_body;
    if !titled && !body_last {
        return Vec::new();
    }
    let mut start = first - 1;
    let floor = first.saturating_sub(MAX_TITLE_TOKENS);
    while start > floor {
        let prev = &toks[start - 1];
        if prev.start < floor_at {
            break;
        }
        let ok = match word(text, prev) {
            Some(w) => {
                starts_title(w)
                    || matches!(w, "of" | "the" | "and" | "'s" | "’s")
                    || (is_capitalised_word(w) && (body_last || is_body_or_place_word(w)))
                    || (lower_body && is_body_or_place_word(&capitalised(w)))
            }
            None => false,
        };
        if !ok {
            // "CNPC general manager Huang Yongzhang": a body's acronym
            // opens the phrase.
            if word(text, prev).is_some_and(crate::entity::title::is_acronym) {
                start -= 1;
            }
            break;
        }
        start -= 1;
    }
    // Trim leading connectors.
    while start < first - 1 && matches!(word(text, &toks[start]), Some("of" | "the" | "and" | "'s" | "’s")) {
        start += 1;
    }
    if body_last {
        // The phrase must open on its title and hold the body's "of".
        let opens_on_title = word(text, &toks[start]).is_some_and(starts_title);
        let has_of = toks[start..first].iter().any(|t| word(text, t) == Some("of"));
        if !opens_on_title || !has_of {
            return Vec::new();
        }
    }
    parse_phrase(text, toks[start].start, head.end).0
}

/// Whether the appositive after a name (`rest`, from its comma) opens on
/// a plural title head ("vice chairmen of", "deputy mayors").
fn plural_appositive(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(", ") else {
        return false;
    };
    let clause = rest.split([',', ';', '.']).next().unwrap_or("");
    let head = clause.split(" of ").next().unwrap_or(clause);
    head.split(' ').next_back().is_some_and(|w| {
        let w = crate::lexicon::lowered(w);
        !lexicon::contains_title(&w) && lexicon::singular_head(&w).is_some()
    })
}

/// A word that opens on a capital letter.
/// `w` with its first letter capitalised ("government" -> "Government").
fn capitalised(w: &str) -> String {
    let mut chars = w.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

fn is_capitalised_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Capitalised words that may sit inside a title phrase before a name:
/// body words of party and state organs, and place names.
fn is_body_or_place_word(w: &str) -> bool {
    const BODY: &[&str] = &[
        "Party",
        "Committee",
        "Group",
        "Leadership",
        "People",
        "Congress",
        "CPPCC",
        "Government",
        "Standing",
        "Bureau",
        "Commission",
        "Council",
        "League",
        "Federation",
        "Department",
        "Office",
        "Association",
        "Union",
        "Provincial",
        "Municipal",
        "District",
        "County",
        "Central",
        "CPC",
        "Communist",
        "China",
        "Chinese",
        "Military",
        "Political",
        "Consultative",
        "Conference",
        "Court",
        "Procuratorate",
        "Legislative",
    ];
    BODY.contains(&w)
        || lexicon::place_kind(w).is_some()
        || lexicon::is_pinyin(w, 4)
        // An administrative level's suffix: "Vice-Governor of Fujian Province".
        || lexicon::PLACE_SUFFIXES
            .iter()
            .any(|(suffix, kind)| *suffix == w && *kind != "landmark" && *kind != "region")
}

/// "the vice chairman of X and the chairman of Y, Ren Anliang, led": a
/// clause-initial title phrase before ", Name,".
fn title_comma_name(text: &str, toks: &[Token], first: usize, last: usize) -> Vec<Title> {
    let comma_before = first.checked_sub(1).is_some_and(|i| toks[i].text(text) == ",");
    let comma_after = toks.get(last + 1).is_some_and(|t| t.text(text) == ",");
    if !comma_before || !comma_after {
        return Vec::new();
    }
    let end = first - 1;
    let start = toks[..end]
        .iter()
        .rposition(|t| t.text(text) == ",")
        .map_or(0, |i| i + 1);
    if start >= end {
        return Vec::new();
    }
    let mut opener = start;
    if matches!(
        word(text, &toks[opener]).map(str::to_lowercase).as_deref(),
        Some("the" | "a" | "an")
    ) {
        opener += 1;
    }
    if opener >= end || !word(text, &toks[opener]).is_some_and(starts_title) {
        return Vec::new();
    }
    let (titles, stopped) = parse_phrase(text, toks[start].start, toks[end - 1].end);
    if stopped {
        return Vec::new();
    }
    titles
}

/// Titles after ", " following the name, up to the chain's end. `next_name`
/// is the start of the next name in the sentence, which ends the chain.
fn appositive(text: &str, n: &NameMention, next_name: Option<usize>) -> Vec<Title> {
    let end = next_name.unwrap_or(n.sentence.end).min(n.sentence.end);
    let rest = &text[n.span.end..end];
    // "Huang Wen (center), director of ...": a photo's position note.
    let note = photo_note_len(rest);
    let rest = &rest[note..];
    if !rest.starts_with(',') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut pos = n.span.end + note + 1;
    for segment in appositive_segments(&text[pos..end]) {
        let seg_start = pos;
        pos += segment.len();
        if next_name.is_some() && pos == end && !segment.ends_with(',') {
            // "..., and Director Chen Anming": the title before the next
            // name belongs to that name (title-before rule), not to this one.
            break;
        }
        let body = segment.trim_end_matches(',');
        // "X, also a member of ...", "X, who is also director of ...": the
        // words before the title are no part of it.
        let trimmed = body.trim_start();
        let trimmed = ["who is also ", "who is ", "also "]
            .iter()
            .find_map(|p| trimmed.strip_prefix(p))
            .unwrap_or(trimmed);
        let lead = body.len() - trimmed.len();
        // "the prefecture's commissioner": a lower-case owner's post.
        let owner = crate::entity::title::is_level_owner;
        let opener = trimmed
            .split_whitespace()
            .find(|w| !matches!(crate::lexicon::lowered(w).as_ref(), "and" | "the" | "a" | "an") && !owner(w))
            .unwrap_or("")
            // "according to Li Ming, the mayor.": the sentence ends.
            .trim_end_matches(['.', ';', ':']);
        // "Liang Wei, a national model teacher, secretary of ...": an
        // honour or occupation (convention 10) is passed over when a title
        // follows it.
        let description = trimmed.starts_with("a ") || trimmed.starts_with("an ");
        let title_follows = text[pos..end]
            .split(',')
            .next()
            .and_then(|next| next.split_whitespace().next())
            .is_some_and(starts_title);
        if !starts_title(opener) && !is_place_then_title(trimmed) {
            if description && title_follows {
                continue;
            }
            break;
        }
        let (titles, stopped) = parse_phrase(text, seg_start + lead, seg_start + body.len());
        if titles.is_empty() {
            if description && title_follows && !stopped {
                continue;
            }
            break;
        }
        out.extend(titles);
        if stopped {
            break;
        }
    }
    out
}

/// The words between a name and the title it is given by an appointment,
/// an election or a removal, any case (ASCII): "appointed Li Ming | as |
/// director of ...", "Li Ming | was elected as | ...", "removed Li Ming |
/// from the post of | ...".
static AS_TITLE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi-u)^
        (?:
            # An age may stand in apposition first: 'Li Ming, 54, was ...'.
            (?:,\x20[1-9][0-9],)?
            (?:,?\x20(?:who\x20)?(?:was|were|has\x20been|had\x20been|is|will\x20be)\x20
               (?:appointed|elected|re-elected|named|nominated|promoted|designated|approved)
               (?:\x20to\x20be|\x20as)?\x20
             | ,?\x20(?:previously\x20|formerly\x20|once\x20)?(?:served|serves|serving)\x20as\x20
             | \x20as\x20
            )
          | \x20from\x20(?:the|his|her)\x20posts?\x20(?:of|as)\x20
        )
        (?:the\x20)?",
    )
    .unwrap()
});

/// The longest lead [`AS_TITLE_LEAD`] reads, in bytes.
const AS_TITLE_LEAD_MAX: usize = 64;

/// Titles the text gives a name after "as" or "from the post of": "the
/// session appointed Li Ming as vice chairman of the X Government",
/// "Zhao Fang was elected (as) mayor", "Han Li has been appointed Party
/// secretary of Nanjing", "removed Wang Bo from the post of director of
/// ...". The phrase runs to the clause's end (a comma, the
/// next name, the sentence's end) and must open with a title word: "with
/// Li Ming as the core" gives none.
fn as_title(text: &str, n: &NameMention, next_name: Option<usize>) -> Vec<Title> {
    let end = next_name.unwrap_or(n.sentence.end).min(n.sentence.end);
    let rest = &text[n.span.end..end];
    // The lead is anchored and short: the pattern reads a window of the
    // text right after the name, in any case.
    let window = &rest[..crate::span::floor_char_boundary(rest, rest.len().min(AS_TITLE_LEAD_MAX))];
    let Some(lead) = AS_TITLE_LEAD.find(window) else {
        return Vec::new();
    };
    let start = n.span.end + lead.end();
    let phrase = &text[start..end];
    if !phrase.split_whitespace().next().is_some_and(starts_title) {
        return Vec::new();
    }
    let mut clause_end = start + phrase.find([',', ';']).unwrap_or(phrase.len());
    // "as vice governor and removed ...": an "and" before a past-tense
    // verb ends the title ("development and reform commission" goes on).
    if let Some(i) = text[start..clause_end]
        .match_indices(" and ")
        .map(|(i, _)| i)
        .find(|&i| {
            let next = text[start + i + 5..clause_end].split_whitespace().next().unwrap_or("");
            next.ends_with("ed") && next.starts_with(|c: char| c.is_ascii_lowercase())
        })
    {
        clause_end = start + i;
    }
    let phrase_end = start + text[start..clause_end].trim_end().trim_end_matches('.').len();
    parse_phrase(text, start, phrase_end).0
}

/// The length of a photo's position note opening `s`: " (center)", " (first
/// left)", " (2nd R)": a short parenthesis of lower-case words, numbers or a
/// single L or R.
fn photo_note_len(s: &str) -> usize {
    let Some(inner) = s.strip_prefix(" (") else {
        return 0;
    };
    let Some(close) = inner.find(')').filter(|&c| c > 0 && c <= 24) else {
        return 0;
    };
    let note_words = inner[..close].split(' ').all(|w| {
        matches!(w, "L" | "R")
            || (!w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
    });
    if note_words {
        " (".len() + close + 1
    } else {
        0
    }
}

/// `s` cut after each comma, except the comma of a company's legal form
/// ("Hunan Steel Group Co., Ltd."), which stays inside its segment.
fn appositive_segments(s: &str) -> impl Iterator<Item = &str> {
    let ends = s
        .match_indices(',')
        .map(|(i, _)| i + 1)
        .filter(|&end| !opens_legal_form_tail(&s[end..]))
        .chain([s.len()]);
    let mut from = 0;
    ends.filter_map(move |end| {
        let segment = &s[from..end];
        from = end;
        (!segment.is_empty()).then_some(segment)
    })
}

/// Whether `after` (what follows a comma) opens with the tail of a
/// company's legal form: "Ltd." after "Co.,".
fn opens_legal_form_tail(after: &str) -> bool {
    let after = after.trim_start();
    LEGAL_FORM_TAILS.iter().any(|t| {
        after
            .strip_prefix(t)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphanumeric()))
    })
}

/// What follows the comma of a company's legal form ("Co., Ltd.").
const LEGAL_FORM_TAILS: &[&str] = &["Ltd", "Limited", "Inc", "LLC"];

/// "Guangdong Governor ..." / "Shenzhen Mayor": a place word, then a title.
fn is_place_then_title(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let (Some(a), Some(b)) = (words.next(), words.next()) else {
        return false;
    };
    lexicon::place_kind(a).is_some() && starts_title(b)
}

#[cfg(test)]
mod tests;
