//! Organizations: party, state, judicial and military bodies, and companies,
//! recognised by grammar rather than by list.
//!
//! Consumes the paragraphs of the [`Document`]; produces [`OrgMention`]s,
//! maximal (a body nested in a longer name is not a mention of its own).
//!
//! # Grammar
//!
//! ```text
//! org     = company | proper | lower | "CPPCC"
//!         | "Communist Party of China" ("(CPC)" | Word{1,6} "Committee")?
//! proper  = Word{0,8} Head ("of" "the"? Word ("and"|"of"|"the"|Word)*)?
//!   Word  = a capitalised word, an ordinal ("13th"), or "(City)"  (Hymson (Jiangmen) Laser ...)
//!   Head  = Committee | Group | Congress | CPPCC | Government | Court | Procuratorate
//!         | Department | Bureau | Ministry | Commission | Administration | Division
//!         | Detachment | Sub-region | Council | League | Federation | Association
//!         | "Co., Ltd." | Company | Corporation
//! company = (Word | "and"){1,8} ("Co., Ltd." | Company | Corporation)
//! lower   = "the"? level ("party committee" | "government" | "people's congress"
//!                        | "cppcc" | "party group")     "the municipal party committee"
//! ```
//!
//! Names are cleaned: a leading "The" or clause word and ordinals are
//! dropped ("the 13th Provincial Party Committee" is "Provincial Party
//! Committee"), lower-case mentions are title-cased, ’ is written '. A bare
//! generic head with nothing to name it ("Party Group", "Standing
//! Committee", "Group") is not an organization. The kind comes from the
//! outermost head (lexicon/org_kinds.txt), else from its "of" body
//! ([`super::org_kind`]); a match holding two bodies, or a body and a
//! title, is cut in [`super::org_cut`].

use std::sync::LazyLock;

use regex::Regex;

use super::org_cut::{coordination_cuts, domain_place_cut, person_cut, title_cut};
use super::org_kind::kind_of;
use crate::entity::title::title_case;
use crate::keyed::{Before, KeyedRegex};
use crate::lexicon;
use crate::model::OrganizationKind;
use crate::span::Rule;
use crate::substr;
use crate::text::Document;
use crate::Span;

pub(crate) const PROPER: Rule = Rule {
    id: "organizations/proper_head",
    description: "capitalised words ending in an organization head, with an optional \"of\" body",
};
pub(crate) const COMPANY: Rule = Rule {
    id: "organizations/company_legal_form",
    description: "a company by its legal form: \"... Co., Ltd.\", \"... Company\"",
};
pub(crate) const PAPER: Rule = Rule {
    id: "organizations/publication",
    description: "a publication named in the body: \"the Global Times\", \"China Environment News\"",
};
pub(crate) const LOWER: Rule = Rule {
    id: "organizations/lowercase_level_body",
    description: "a lower-case level body: \"the municipal party committee\"",
};

/// One organization mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct OrgMention {
    pub name: String,
    pub kind: OrganizationKind,
    pub span: Span,
    pub rule: Rule,
}

/// A capitalised word inside a name.
const WORD: &str = r"[A-Z][A-Za-z0-9'’\-]*";

/// The last words of a news organization's name, as the body names it
/// ("Xinhua News Agency", "China Newsweek", "Macao Business Magazine").
const MEDIA_HEADS: &str = r"Times|News|Daily|Post|Herald|Journal|Gazette|Tribune|Weekly|Newsweek|Magazine|Newspaper";

/// The alternatives of the grammar, in priority order, each with the rule
/// it cites and, for most, the key words its search starts from
/// ([`KeyedRegex`]): every match holds one, after at most so many words.
/// Searched apart and merged by [`leftmost_first`] into the matches of
/// their alternation.
static ALTERNATIVES: LazyLock<Vec<(Rule, Search)>> = LazyLock::new(|| {
    let heads = lexicon::ORG_HEADS
        .iter()
        .map(|h| regex::escape(h).replace(' ', r"\x20"))
        .collect::<Vec<_>>()
        .join("|");
    let plain = |p: &str| Search::Plain(Regex::new(p).expect("organization pattern compiles"));
    let keyed = |p: &str, keys: &[&str], max_words, before| {
        Search::Keyed(KeyedRegex::new(p, keys.iter().copied(), max_words, before))
    };
    let media_heads: Vec<&str> = MEDIA_HEADS.split('|').collect();
    vec![
        // The party's name may open a committee's: "Communist Party of
        // China Guizhou Provincial Committee", as "CPC" does.
        (
            PROPER,
            plain(&format!(
                r"Communist\x20Party\x20of\x20China(?:\x20\(CPC\)|(?:\x20{WORD}){{1,6}}\x20Committee)?"
            )),
        ),
        (
            COMPANY,
            // At most eight words before the legal form.
            keyed(
                &format!(r"(?:(?:{WORD},?|\([A-Z][a-z]+\)|and)\x20){{1,8}}(?:Co\.,\x20?Ltd\.|Company|Corporation)"),
                &["Co.,", "Company", "Corporation"],
                8,
                Before::Names,
            ),
        ),
        (
            PROPER,
            // At most one word (a place) before the level.
            keyed(
                &format!(
                    r"(?:{WORD}\x20)?(?:Municipal|Provincial|District|County)\x20(?:{WORD}\x20){{0,4}}(?:Center|Centre)"
                ),
                &["Municipal", "Provincial", "District", "County"],
                1,
                Before::Names,
            ),
        ),
        (
            PAPER,
            // At most three words before the media head.
            keyed(
                &format!(r"(?:[A-Z][A-Za-z'’]*\x20){{1,3}}(?:{MEDIA_HEADS})(?:\x20(?:{MEDIA_HEADS}|Agency))?(?-u:\b)"),
                &media_heads,
                3,
                Before::Names,
            ),
        ),
        (
            PROPER,
            // At most eight words, then "<Word> and" and five more words,
            // before the head: fifteen words.
            keyed(
                &format!(
                    r"(?x)
                      (?:(?:{WORD}|[0-9]+(?:st|nd|rd|th)|\([A-Z][a-z]+\))\x20){{0,8}}
                      (?:{WORD}\x20and\x20(?:{WORD}\x20){{0,5}})?
                      (?:{heads})
                      (?:\x20(?:of|for)\x20(?:the\x20)?{WORD}(?:\x20(?:{WORD}|and|of|the))*)?
                      (?:\x20\([A-Z]{{2,6}}\))?"
                ),
                &lexicon::ORG_HEADS,
                15,
                Before::Names,
            ),
        ),
        // At most "the standing committee of the <Word> " before the level
        // word: six words.
        (LOWER, keyed(&lower_pattern(), &LOWER_KEYS, 6, Before::Words)),
    ]
});

/// How an alternative is searched.
enum Search {
    /// Over every byte: the pattern opens on a literal the engine skips to.
    Plain(Regex),
    /// Just before its key words.
    Keyed(KeyedRegex),
}

impl Search {
    fn find_at(&self, s: &str, from: usize) -> Option<std::ops::Range<usize>> {
        match self {
            Search::Plain(regex) => regex.find_at(s, from).map(|m| m.range()),
            Search::Keyed(keyed) => keyed.find_at(s, from).map(|m| m.range()),
        }
    }
}

/// Words one of which every match of [`lower_pattern`] holds: a level
/// word and its space, or the literal parts of its other branches.
const LOWER_KEYS: [&str; 11] = [
    "municipal ",
    "provincial ",
    "district ",
    "county ",
    "city ",
    "central ",
    "township ",
    "of the CPPCC",
    "people's congress",
    "people’s congress",
    "government of ",
];

/// Lower-case bodies: a level word, up to two more words and a head, with
/// an optional "party group of the" in front and one "of" word after
/// ("the municipal emergency command center", "the provincial bureau of
/// statistics", "the party group of the municipal government"), a place's
/// people's congress, and "the government of <Place>".
fn lower_pattern() -> String {
    let heads = lexicon::ORG_HEADS
        .iter()
        .map(|h| regex::escape(&h.to_lowercase()).replace(' ', r"\x20"))
        .collect::<Vec<_>>()
        .join("|");
    format!(
        r"(?x)
          (?i:the\x20)?
          (?:(?i:party\x20group|standing\x20committee|general\x20office)\x20of\x20the\x20)?
          (?:[A-Z][a-z]+\x20)?
          (?:municipal|provincial|district|county|city|central|township)\x20
          (?:[a-z]+\x20){{0,2}}
          (?:[Pp]arty\x20committee|people['’]s\x20congress|people['’]s\x20government|[Pp]arty\x20group|cppcc|CPPCC|{heads})(?-u:\b)
          (?:\x20of\x20[a-z]{{4,}}(?:\x20[a-z\-]{{3,}}){{0,5}}(?-u:\b))?
        | (?i:party\x20group|standing\x20committee)\x20of\x20the\x20CPPCC(?-u:\b)
        | [A-Z][a-z]+\x20people['’]s\x20congress(?-u:\b)
        | (?:people['’]s\x20)?government\x20of\x20(?:the\x20)?[A-Z][A-Za-z]+(?:\x20[A-Z][A-Za-z]+)*"
    )
}

/// The next match of the alternation in `s[from..]`, leftmost-first (the
/// earliest start; at one start, the first alternative matching there,
/// with its own preferred end), with the index of its alternative. `next`
/// holds each alternative's last search: `None` before the first,
/// `Some(None)` once it has no more matches. A match found from an earlier
/// position is still the leftmost from `from` if it starts at or after it.
fn leftmost_first(
    s: &str,
    from: usize,
    next: &mut [Option<Option<(usize, usize)>>],
) -> Option<(usize, std::ops::Range<usize>)> {
    let mut best: Option<(usize, std::ops::Range<usize>)> = None;
    for (i, ((_, search), slot)) in ALTERNATIVES.iter().zip(next.iter_mut()).enumerate() {
        if slot.map_or(true, |m| m.is_some_and(|(start, _)| start < from)) {
            *slot = Some(search.find_at(s, from).map(|m| (m.start, m.end)));
        }
        if let Some(Some((start, end))) = *slot {
            if best.as_ref().map_or(true, |(_, b)| start < b.start) {
                best = Some((i, start..end));
            }
        }
    }
    best
}

/// Generic heads that name no body when they stand alone.
const GENERIC: &[&str] = &[
    "Committee",
    "Group",
    "Party Group",
    "Party Leadership Group",
    "Leadership Group",
    "Standing Committee",
    "Government",
    "Company",
    "Department",
    "Party Committee",
    "Working Committee",
    "Leading Group",
    "Commission",
    "Congress",
    "Party",
    "Office",
    "General Office",
    "Headquarters",
    "School",
    "Institute",
    "Academy",
    "University",
];

const ORDINAL_WORDS: &[&str] = &[
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Eleventh",
    "Twelfth",
    "Thirteenth",
    "Fourteenth",
    "Fifteenth",
    "Sixteenth",
    "Seventeenth",
    "Eighteenth",
    "Nineteenth",
    "Twentieth",
];

/// Every organization mention in the body, in text order.
pub(crate) fn find(doc: &Document) -> Vec<OrgMention> {
    let mut out = Vec::new();
    for para in &doc.paragraphs {
        find_in(&doc.text[para.clone()], para.start, &mut out);
    }
    out
}

/// Organization mentions in `s`, which starts at byte `base` of the input.
fn find_in(s: &str, base: usize, out: &mut Vec<OrgMention>) {
    let mut searched = vec![None; ALTERNATIVES.len()];
    let mut at = 0;
    while let Some((pattern, m)) = leftmost_first(s, at, &mut searched) {
        let rule = ALTERNATIVES[pattern].0;
        let m = if rule.id == LOWER.id {
            m.start..m.start + lower_domain_len(&s[m.clone()])
        } else {
            m
        };
        at = m.end;
        let raw = &s[m.clone()];
        // A title coordinated after the body ("... Party Committee and
        // Director of the Propaganda Department") ends it; the rest may
        // name another body.
        let (raw, rest) = match title_cut(raw) {
            Some(i) => (&raw[..i], Some(m.start + i + " and ".len())),
            // "Standing Committee Director Song Guoquan and CPPCC": a title
            // and a person's name end the body; the rest may name another.
            None => match person_cut(raw) {
                Some((i, after)) => (raw[..i].trim_end(), Some(m.start + after)),
                // "Bureau of Transport and Shandong Port Group": the place
                // after the domain's "and" may open another body.
                None => match domain_place_cut(raw) {
                    Some(i) => (&raw[..i], Some(m.start + i + " and ".len())),
                    None => (raw, None),
                },
            },
        };
        let mut from = 0;
        for cut in coordination_cuts(raw) {
            out.extend(clean(&raw[from..cut], base + m.start + from, rule));
            from = cut + " and ".len();
        }
        out.extend(clean(&raw[from..], base + m.start + from, rule));
        if let Some(r) = rest {
            find_in(&s[r..m.end], base + r, out);
        }
    }
}

/// The length of a lower-case body's match (`raw`) up to the end of its
/// domain: "the municipal bureau of natural resources and planning | said",
/// "the county bureau of agriculture | held a meeting". The domain's words
/// run to the first verb (a body stop word or a past form in "-ed"), and a
/// trailing "and" is no part of it.
fn lower_domain_len(raw: &str) -> usize {
    // Not the "of the" of a leading "party group of the ...".
    let Some((of, _)) = raw
        .match_indices(" of ")
        .find(|(i, _)| !raw[i + " of ".len()..].starts_with("the "))
    else {
        return raw.len();
    };
    let mut end = of + " of ".len();
    let mut kept = end;
    for word in raw[end..].split(' ') {
        let verb = lexicon::contains(&lexicon::BODY_STOPS, word) || (word.len() > 4 && word.ends_with("ed"));
        if verb {
            break;
        }
        end += word.len();
        if word != "and" {
            kept = end;
        }
        end += 1;
    }
    kept.min(raw.len())
}

/// Level words, which an elliptic coordination shares a head across:
/// "the Central and Provincial Party Committee" names the provincial one.
const LEVELS: &[&str] = &[
    "Central",
    "Provincial",
    "Municipal",
    "City",
    "District",
    "County",
    "Township",
];

/// How many leading bytes of `name` name its possessor rather than the
/// body: a possessive place or person ("Guangdong's Development and Reform
/// Commission", conv. 25), or the first level of an elliptic coordination.
/// Collective possessives belong to the name ("People's Congress",
/// "Women's Federation").
fn possessor_len(name: &str) -> usize {
    let mut len = 0;
    let mut offset = 0;
    let words: Vec<&str> = name.split(' ').collect();
    for (i, w) in words.iter().enumerate() {
        offset += w.len() + 1;
        if i + 1 == words.len() {
            break;
        }
        let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
        if stem.is_some_and(|st| !lexicon::is_collective_possessor(st)) {
            len = offset;
        }
    }
    let rest = &name[len..];
    let mut parts = rest.splitn(3, ' ');
    if let (Some(first), Some("and"), Some(next)) = (parts.next(), parts.next(), parts.next()) {
        if LEVELS.contains(&first) && LEVELS.iter().any(|l| next.starts_with(l)) {
            len += first.len() + " and ".len();
        }
    }
    len
}

/// Cleans one match into a mention: leading stop words, articles and
/// ordinals dropped, trailing connectors trimmed, generic heads refused.
pub(crate) fn clean(raw: &str, base: usize, rule: Rule) -> Option<OrgMention> {
    let mut start = 0;
    let mut words = raw.split(' ').peekable();
    while let Some(w) = words.peek() {
        let drop = lexicon::contains(&lexicon::LEADING_STOPS, w)
            || w.eq_ignore_ascii_case("the")
            || ORDINAL_WORDS.contains(w)
            || is_numeric_ordinal(w);
        if !drop {
            break;
        }
        start += w.len() + 1;
        words.next();
    }
    start += possessor_len(&raw[start..]);
    let mut end = raw.len();
    // Trim trailing connectors left by the greedy "of" body.
    loop {
        let t = raw[start..end].trim_end();
        let trimmed = ["and", "of", "the"]
            .iter()
            .find_map(|c| t.strip_suffix(c).filter(|r| r.ends_with(' ')));
        match trimmed {
            Some(r) => end = start + r.trim_end().len(),
            None => break,
        }
    }
    if start >= end {
        return None;
    }
    // A coordinated title after the body is not part of it: "Standing
    // Committee of the Municipal Party Committee and Deputy Mayor".
    if let Some(i) = substr::find(&raw[start..end], " and ") {
        let next = raw[start + i + 5..end].split(' ').next().unwrap_or("");
        if crate::entity::title::starts_title(next) {
            end = start + i;
        }
    }
    if rule.id == LOWER.id {
        end = start + lower_extent(&raw[start..end])?;
    }
    let text = &raw[start..end];
    // Ordinals inside ("the Fourteenth Kaiping Committee") are dropped too.
    let words: Vec<&str> = text
        .split(' ')
        .filter(|w| !ORDINAL_WORDS.contains(w) && !is_numeric_ordinal(w))
        .collect();
    let joined = words.join(" ");
    let name = if rule.id == LOWER.id {
        title_case(&joined)
    } else {
        joined.replace('’', "'")
    };
    // A parenthesised abbreviation folds into the full name (convention 3).
    let name = match substr::rfind(&name, " (") {
        Some(i) if name.ends_with(')') && name[i + 2..name.len() - 1].chars().all(|c| c.is_ascii_uppercase()) => {
            name[..i].to_string()
        }
        _ => name,
    };
    // A party's national congress is a meeting; the party is the body.
    if let Some(rest) = name
        .strip_prefix("National Congress")
        .or_else(|| name.strip_prefix("Party's National Congress"))
    {
        let body = rest
            .trim_start()
            .strip_prefix("of ")
            .map(|b| b.trim_start_matches("the "));
        return body.and_then(|b| {
            let offset = raw.find(b)?;
            clean(&raw[offset..], base + offset, rule)
        });
    }
    if GENERIC.iter().any(|g| g.eq_ignore_ascii_case(&name)) {
        return None;
    }
    // A person's name or a title word alone before a head is not a body
    // ("Director Committee"): require a level, place, proper word or "of".
    Some(OrgMention {
        kind: kind_of(&name),
        name,
        span: Span::new(base + start, base + end),
        rule,
    })
}

/// How much of a lower-case body match names the body: none when a word
/// between the level and the head is a clause word ("the municipal
/// leaders and the committee"); an "of" word after the head only when it
/// is not one ("the city government of which").
fn lower_extent(text: &str) -> Option<usize> {
    let is_stop = |w: &str| {
        lexicon::contains(&lexicon::BODY_STOPS, w)
            || matches!(w, "and" | "or" | "the" | "of" | "this" | "these" | "those")
    };
    // The domain after the last "of": lower-case words, "and" only between
    // two of them ("natural resources and planning").
    let (body, tail) = match substr::rfind(text, " of ") {
        Some(i)
            if text[i + 4..].starts_with(|c: char| c.is_ascii_lowercase())
                && !text[i + 4..].starts_with("the ")
                && !text[i + 4..].ends_with(" and")
                && text[i + 4..]
                    .split(' ')
                    .all(|w| w.starts_with(|c: char| c.is_ascii_lowercase())) =>
        {
            (&text[..i], Some(text[i + 4..].split(' ').next().unwrap_or("")))
        }
        _ => (text, None),
    };
    let lower_words = body
        .split(' ')
        .filter(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
    if lower_words.into_iter().any(|w| is_stop(w) && w != "the" && w != "of") {
        return None;
    }
    Some(match tail {
        Some(t) if is_stop(t) => body.len(),
        _ => text.len(),
    })
}

fn is_numeric_ordinal(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// Forces the organization patterns to compile (for the test that
/// compiles every pattern).
#[cfg(test)]
pub(crate) fn compile_all() {
    assert_eq!(ALTERNATIVES.len(), 6);
    super::org_kind::compile_all();
}

#[cfg(test)]
mod tests;
