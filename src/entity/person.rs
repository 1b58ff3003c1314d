//! People: full names recognised by their form, and later bare-surname
//! mentions linked to them.
//!
//! Consumes the sentences and stories of the [`Document`] and the spans to
//! skip (bylines); produces [`NameMention`]s and, given which people hold a
//! position, [`SurnameMention`]s.
//!
//! # Grammar
//!
//! ```text
//! full-name = Surname " " Given
//!   Surname = a capitalised entry of lexicon/surnames.txt   (Chen, Ouyang, Zhuge)
//!   Given   = one word, capitalised, that splits into one or two pinyin
//!             syllables (Anming, Xiao, Zhangrui, Chang'an)
//!   unless  "Surname Given" is in the gazetteer (Hong Kong),
//!           or the next word is a place or body head (District, Bay, Group)
//! surname-mention = Surname alone (not before another capitalised word),
//!           within the story of an earlier full name with that surname
//!           ("Chen emphasized", "Ma's requirements"); a surname that is also
//!           an English word ("He", "Long") only in the possessive
//! ```
//!
//! With two or more earlier people of that surname, the most recently
//! named one who holds a position wins; if none does, there is no link.

use std::collections::HashMap;
use std::ops::Range;

use crate::lexicon;
use crate::span::Rule;
use crate::text::Document;
use crate::token::Token;
use crate::Span;

pub(crate) const FULL_NAME: Rule = Rule {
    id: "people/name/surname_given",
    description: "a surname from the table followed by a one- or two-syllable pinyin given name",
};
pub(crate) const TITLED_NAME: Rule = Rule {
    id: "people/name/titled",
    description: "two or three capitalised words that are no pinyin name, set off by a title of a body: \"Zumrat Obul, chairwoman of the ...\"",
};

/// A full-name mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct NameMention {
    pub name: String,
    pub span: Span,
    /// The rule that read it.
    pub rule: Rule,
    /// The sentence it is in.
    pub sentence: Range<usize>,
    /// The story it is in.
    pub story: usize,
}

/// A bare surname linked to a person (by name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SurnameMention {
    pub name: String,
    pub span: Span,
}

fn story_of(doc: &Document, at: usize) -> usize {
    doc.stories.partition_point(|s| s.start <= at).saturating_sub(1)
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_given_name(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(|c| c.is_ascii_uppercase())
        && cs.all(|c| c.is_ascii_lowercase() || c == '\'' || c == '’')
        && w.len() >= 2
        && lexicon::is_pinyin(w, 2)
}

/// Every full-name mention outside `skip`, in text order.
pub(crate) fn full_names(doc: &Document, skip: &[Span]) -> Vec<NameMention> {
    let text = doc.text;
    let mut out = Vec::new();
    for (i, sentence) in doc.sentences.iter().enumerate() {
        let toks = doc.tokens(i);
        let mut i = 0;
        while i + 1 < toks.len() {
            let found = name_at(text, toks, i)
                .map(|end| (end, FULL_NAME))
                .or_else(|| titled_name_at(text, toks, i).map(|end| (end, TITLED_NAME)));
            if let Some((end, rule)) = found {
                let span = Span::new(toks[i].start, toks[end].end);
                if !skip.iter().any(|s| s.start <= span.start && span.end <= s.end) {
                    out.push(NameMention {
                        name: text[span.range()].to_string(),
                        span,
                        rule,
                        sentence: sentence.clone(),
                        story: story_of(doc, span.start),
                    });
                }
                i = end + 1;
            } else {
                i += 1;
            }
        }
    }
    out
}

/// The index of the given-name token if a full name starts at `i`.
fn name_at(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let (s, g) = (&toks[i], &toks[i + 1]);
    // A surname and a given name are words of letters: the two tests below
    // refuse punctuation tokens too.
    let (surname, given) = (s.text(text), g.text(text));
    if !lexicon::is_surname(surname) || &text[s.end..g.start] != " " || !is_given_name(given) {
        return None;
    }
    if lexicon::place_kind(&text[s.start..g.end]).is_some() {
        return None;
    }
    // "Hong Kong Macao": the "surname" ends a place's name.
    if let Some(prev) = i.checked_sub(1).map(|k| &toks[k]) {
        if prev.is_word(text) && prev.end + 1 == s.start && lexicon::place_kind(&text[prev.start..s.end]).is_some() {
            return None;
        }
    }
    if let Some(next) = toks.get(i + 2) {
        if next.is_word(text) && next.start == g.end + 1 && lexicon::contains(&lexicon::NAME_BLOCKERS, next.text(text))
        {
            return None;
        }
    }
    Some(i + 1)
}

/// A word that may be part of a name not written in pinyin ("Zumrat",
/// "Obul", "Cheung-ching"): capitalised ASCII letters, hyphens inside, and
/// no title, place, body or clause word.
fn is_other_name_word(w: &str) -> bool {
    name_shaped(w)
        && lexicon::title_word(w).is_none()
        && lexicon::place_kind(w).is_none()
        && !lexicon::contains(&lexicon::NAME_BLOCKERS, w)
        && !lexicon::contains(&lexicon::LEADING_STOPS, w)
        && !lexicon::is_org_head_last_word(w)
        && crate::dateline::published::month_number(w).is_none()
        && !crate::relation::event_date::WEEKDAYS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
}

/// The index of the last name token if a name not written in pinyin
/// starts at `i`: two or three name words (see [`is_other_name_word`])
/// set off by a comma and a title of a body, "Zumrat Obul, chairwoman of
/// the standing committee", "Hui Cheung-ching, member of ...". Without
/// the titled appositive such words are as likely a brand or a place.
fn titled_name_at(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    // Cheap tests first, as this runs at every token: a run of two or
    // three name-shaped words right before ", ".
    if !text.as_bytes()[toks[i].start].is_ascii_uppercase() {
        return None;
    }
    let shaped = |t: &Token| name_shaped(t.text(text));
    if !shaped(&toks[i]) {
        return None;
    }
    let mut end = i;
    while end + 1 < toks.len() && end - i < 2 && toks[end + 1].start == toks[end].end + 1 && shaped(&toks[end + 1]) {
        if text.as_bytes()[toks[end].end] != b' ' {
            break;
        }
        end += 1;
    }
    let rest = &text[toks[end].end..];
    if end == i || !rest.starts_with(", ") {
        return None;
    }
    // The appositive opens with a title word: the most selective test.
    let appositive = &rest[", ".len()..];
    let appositive = appositive.strip_prefix("the ").unwrap_or(appositive);
    let clause = &appositive[..appositive.find([',', ';', '.']).unwrap_or(appositive.len())];
    // "the prefecture's commissioner": a lower-case level's post, the
    // body named before.
    let level_post = clause
        .split_once(' ')
        .filter(|(owner, _)| crate::entity::title::is_level_owner(owner))
        .map(|(_, post)| post);
    // The post is the clause's tail.
    let post_at = level_post.map_or(0, |post| clause.len() - post.len());
    let clause = level_post.unwrap_or(clause);
    let opener = clause.split(' ').next().unwrap_or("");
    if !crate::entity::title::starts_title(opener) {
        return None;
    }
    // Not the tail of a longer run of capitalised words.
    if let Some(prev) = i.checked_sub(1).map(|k| &toks[k]) {
        let w = prev.text(text);
        if prev.is_word(text) && prev.end + 1 == toks[i].start && is_capitalised(w) && lexicon::title_word(w).is_none()
        {
            return None;
        }
    }
    if !toks[i..=end].iter().all(|t| is_other_name_word(t.text(text))) {
        return None;
    }
    // A gazetteer pair is a place.
    if lexicon::place_kind(&text[toks[i].start..toks[end].end]).is_some() {
        return None;
    }
    let from = text.len() - appositive.len() + post_at;
    let (titles, _) = crate::entity::title::parse_phrase(text, from, from + clause.len());
    titles
        .iter()
        .any(|t| t.body.is_some() || level_post.is_some())
        .then_some(end)
}

/// The shape of a name word: a capital, then lower-case letters and inner
/// hyphens ("Obul", "Cheung-ching").
fn name_shaped(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2
        && b[0].is_ascii_uppercase()
        && b[1..].iter().all(|c| c.is_ascii_lowercase() || *c == b'-')
        && b[b.len() - 1] != b'-'
}

/// Bare-surname mentions of the people in `names`. `has_position(name)`
/// tells whether a person holds a position: among namesakes, the first
/// named with one is meant (a report names its leading official first).
pub(crate) fn surname_mentions(
    doc: &Document,
    names: &[NameMention],
    has_position: impl Fn(&str) -> bool,
) -> Vec<SurnameMention> {
    let text = doc.text;
    let mut out = Vec::new();
    let mut next_name = 0;
    // Per surname, the (name, story) of people named so far, most recent
    // last. Namesakes are few, so each list stays short.
    let mut seen: HashMap<&str, Vec<(&str, usize)>> = HashMap::new();
    for toks in (0..doc.sentences.len()).map(|i| doc.tokens(i)) {
        for (i, t) in toks.iter().enumerate() {
            while next_name < names.len() && names[next_name].span.start <= t.start {
                let n = &names[next_name];
                let surname = n.name.split(' ').next().unwrap_or("");
                let list = seen.entry(surname).or_default();
                list.retain(|(name, _)| *name != n.name.as_str());
                list.push((n.name.as_str(), n.story));
                next_name += 1;
            }
            // Names are in text order: the last one started is the only one
            // this token can be inside.
            let in_name = next_name > 0 && t.end <= names[next_name - 1].span.end;
            if in_name {
                continue;
            }
            // A surname is a word of letters: this refuses punctuation too.
            let w = t.text(text);
            if !lexicon::is_surname(w) {
                continue;
            }
            let next = toks.get(i + 1);
            if next.is_some_and(|n| n.is_word(text) && is_capitalised(n.text(text))) {
                continue;
            }
            let possessive = next.is_some_and(|n| matches!(n.text(text), "'s" | "’s"));
            if lexicon::contains(&lexicon::SURNAME_HOMOGRAPHS, w) && !possessive {
                continue;
            }
            let story = story_of(doc, t.start);
            let candidates: Vec<&str> = seen
                .get(w)
                .into_iter()
                .flatten()
                .filter(|(_, st)| *st == story)
                .map(|(name, _)| *name)
                .collect();
            let chosen = match candidates.as_slice() {
                [] => None,
                [one] => Some(*one),
                many => many.iter().find(|n| has_position(n)).copied(),
            };
            if let Some(name) = chosen {
                out.push(SurnameMention {
                    name: name.to_string(),
                    span: Span::new(t.start, t.end),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        full_names(&doc, &[]).into_iter().map(|n| n.name).collect()
    }

    #[test]
    fn names_by_form() {
        assert_eq!(
            names("Chen Anming, Ouyang Xiao and Peng Zhangrui attended."),
            ["Chen Anming", "Ouyang Xiao", "Peng Zhangrui"]
        );
        assert_eq!(names("General Secretary Xi Jinping’s speech."), ["Xi Jinping"]);
        assert_eq!(names("Professor Li Chang'an said."), ["Li Chang'an"]);
    }

    #[test]
    fn names_not_in_pinyin_need_a_titled_appositive() {
        let doc = Document::new(
            "Bahargul Tursun, deputy director of the regional ethnic affairs commission, and Li Ming, mayor of Hami, spoke.",
        );
        let found: Vec<_> = full_names(&doc, &[]).into_iter().map(|n| (n.name, n.rule.id)).collect();
        assert_eq!(
            found,
            [
                ("Bahargul Tursun".to_string(), "people/name/titled"),
                ("Li Ming".to_string(), "people/name/surname_given")
            ]
        );
        assert_eq!(
            names("John Lee Ka-chiu, member of the Legislative Council, spoke."),
            ["John Lee Ka-chiu"]
        );
        // A lower-case level's post names its body before it.
        assert_eq!(
            names("Hami grew, said Bahargul Tursun, the prefecture's commissioner."),
            ["Bahargul Tursun"]
        );
        assert!(names("Hami grew, said Bahargul Tursun, the Brand's director.").is_empty());
        // "Chief Executive" is a title with its body.
        assert_eq!(
            names("Ho Iat Seng, Chief Executive of the Macao SAR, attended."),
            ["Ho Iat Seng"]
        );
        // No appositive, a title with no body, a place, a weekday, a
        // longer capitalised run: no name.
        assert!(names("Bahargul Tursun attended the fair.").is_empty());
        assert!(names("Bahargul Tursun, a model teacher, spoke.").is_empty());
        assert!(names("Hong Kong, member of the bay area, grew.").is_empty());
        assert!(names("Last Monday, director of the bureau Zhou said.").is_empty());
        assert!(names("The Grand Canal Forum Bahargul, head of the group, met.").is_empty());
    }

    #[test]
    fn list_with_other_participants() {
        assert_eq!(
            names("Tan Wenchao, Chen Shaoqing, Liu Xiao, Chen Minzong and other participants spoke."),
            ["Tan Wenchao", "Chen Shaoqing", "Liu Xiao", "Chen Minzong"]
        );
    }

    #[test]
    fn a_place_ending_in_a_surname_starts_no_name() {
        let doc = Document::new("the Hong Kong Zhuhai Macao Bridge and Hong Kong Macao ties");
        assert!(full_names(&doc, &[]).is_empty());
    }

    #[test]
    fn place_near_misses_are_not_names() {
        assert!(names("Jiangmen, Pengjiang, Hengqin, Nansha and Xiong'an grew.").is_empty());
        assert!(names("The Jiangmen economy and Huanshi Street.").is_empty());
        assert!(names("Visitors from Hong Kong and Macao came.").is_empty());
        assert!(names("The Jiang Hai District and Dong Guan Road.").is_empty());
        assert!(names("In Kaiping, Taishan, Heshan, Enping and Xinhui.").is_empty());
    }

    #[test]
    fn non_pinyin_given_names_are_not_names() {
        assert!(names("Chen Smith met Li February.").is_empty());
        assert!(names("Hui Cheung-ching said.").is_empty());
    }

    #[test]
    fn skipped_spans_are_left_out() {
        let text = "(Reporter/Tang Da) Chen Anming spoke.";
        let doc = Document::new(text);
        let got: Vec<_> = full_names(&doc, &[Span::new(10, 17)])
            .into_iter()
            .map(|n| n.name)
            .collect();
        assert_eq!(got, ["Chen Anming"]);
    }

    fn mentions(text: &str, with_position: &[&str]) -> Vec<String> {
        let doc = Document::new(text);
        let n = full_names(&doc, &[]);
        surname_mentions(&doc, &n, |name| with_position.contains(&name))
            .into_iter()
            .map(|m| format!("{}@{}", m.name, m.span.start))
            .collect()
    }

    #[test]
    fn bare_surname_links_to_the_one_namesake() {
        assert_eq!(
            mentions("Ma Pingao led a team. Ma's requirements were clear.", &[]),
            ["Ma Pingao@22"]
        );
        assert_eq!(
            mentions("Chen Anming spoke. Chen emphasized unity.", &[]),
            ["Chen Anming@19"]
        );
    }

    #[test]
    fn two_namesakes_pick_one_with_a_position() {
        let text = "Chen Anming, Secretary, spoke. Chen Shaoqing spoke. Chen emphasized unity.";
        assert_eq!(mentions(text, &["Chen Anming"]), ["Chen Anming@52"]);
        assert!(mentions(text, &[]).is_empty());
        // Both with posts: the one named first, who leads the report (the
        // governor, not the vice governor accompanying him).
        let text = "Governor Wang Wei led a team. Vice Governor Wang Hua went too. Wang visited a port.";
        assert_eq!(mentions(text, &["Wang Wei", "Wang Hua"]), ["Wang Wei@63"]);
    }

    #[test]
    fn homograph_surnames_need_a_possessive() {
        assert!(mentions("He Teng attended. He also spoke.", &[]).is_empty());
        assert_eq!(
            mentions("He Teng attended. He's remarks were brief.", &[]),
            ["He Teng@18"]
        );
    }

    #[test]
    fn no_link_across_stories_or_before_the_name() {
        assert!(mentions("Chen emphasized unity. Chen Anming spoke.", &[]).is_empty());
        let text = "Chen Anming spoke.\nAnother news (reporter/Li Hua) Chen emphasized unity.";
        assert!(mentions(text, &[]).is_empty());
    }
}
