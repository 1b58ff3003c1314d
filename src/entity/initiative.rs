//! Initiatives: the quoted programmes, codes, documents and slogans.
//!
//! Consumes the paired quotations of the [`Document`] (the text layer pairs
//! them; orphan marks never make an initiative); produces
//! [`InitiativeMention`]s with a kind and, where the text credits a body,
//! an issuer.
//!
//! # Grammar
//!
//! ```text
//! initiative = a paired quote whose words, trimmed of spaces and , . ; :
//!   are not: empty; a reported question ("...?"); a meeting's name
//!   ("Two Sessions", "... Conference"); several sentences or over 25 words
//!   (a speech quote)
//! kind  = code      digits joined by + - or nothing ("1310", "1+6+3", "5+1")
//!       | cue kind  lexicon/initiative_cues.txt, looked for in the quote's
//!                   last word, then two words after the closing mark, then
//!                   four words before the opening mark
//!                   (the "Park Reconstruction" project; "Six Major Actions";
//!                    six major actions of "Green and Beautiful Pengjiang")
//!       | slogan    otherwise
//! issuer = Org "'s" right before the quote       (the provincial party committee's “1310”)
//!        | "of" "the"? Org right after the quote  (“six major projects” of the municipal party committee)
//! ```

use crate::entity::org;
use crate::lexicon;
use crate::model::InitiativeKind;
use crate::span::Rule;
use crate::text::Document;
use crate::Span;

pub(crate) const QUOTED: Rule = Rule {
    id: "initiatives/quoted",
    description: "a paired quotation naming a programme, code, document or slogan",
};

/// One quoted initiative.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct InitiativeMention {
    pub name: String,
    pub kind: InitiativeKind,
    pub issuer: Option<String>,
    /// The quoted words.
    pub span: Span,
}

/// Quoted words that name a meeting rather than a programme.
const MEETING_WORDS: &[&str] = &["Sessions", "Session", "Conference", "Congress", "Meeting", "Plenum"];

/// Longest quote, in bytes, looked at as a name at all.
const MAX_BYTES: usize = 400;

/// Longest quote, in words, taken as a name rather than a speech.
const MAX_WORDS: usize = 25;

/// Every initiative mention, in text order.
pub(crate) fn find(doc: &Document) -> Vec<InitiativeMention> {
    let text = doc.text;
    let mut out: Vec<InitiativeMention> = Vec::new();
    for q in &doc.quotes {
        let inner = q.inner();
        // A name is a few words: a long quotation is speech or a pairing
        // across much of the text, and costs nothing more to refuse.
        if inner.len() > MAX_BYTES {
            continue;
        }
        let raw = &text[inner.range()];
        let lead = raw.len() - raw.trim_start().len();
        let name = raw.trim().trim_end_matches([',', '.', ';', ':', '，', '。']).trim_end();
        // A name has a letter or digit; "‘'" between two marks names nothing.
        if !name.chars().any(char::is_alphanumeric) || name.ends_with('?') || name.ends_with('？') {
            continue;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() > MAX_WORDS || name.contains(". ") {
            continue;
        }
        if words.last().is_some_and(|w| MEETING_WORDS.contains(w)) {
            continue;
        }
        let capitalised = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
        if words.len() >= SPEECH_WORDS
            && words.first().is_some_and(|w| opens_a_clause(w))
            && capitalised * 2 < words.len()
        {
            continue;
        }
        let span = Span::new(inner.start + lead, inner.start + lead + name.len());
        let sentence = sentence_of(doc, q.open.start);
        let before = window(
            text,
            sentence.start.max(q.open.start.saturating_sub(WINDOW)),
            q.open.start,
        );
        let after = window(text, q.close.end, sentence.end.min(q.close.end + WINDOW));
        // The context after a quote ends at the next quotation.
        let after = &after[..after.find(['“', '"', '‘']).unwrap_or(after.len())];
        let mut kind = kind_of(name, before, after);
        let mut issuer = issuer(before, after).or_else(|| issuer_inside(name));
        // Quotes in a row ("Document No. 1 “A” “B”") share their context.
        if let Some(prev) = out.last() {
            if follows(text, prev.span.end, q.open.start) {
                if kind == InitiativeKind::Slogan {
                    kind = prev.kind;
                }
                if issuer.is_none() {
                    issuer.clone_from(&prev.issuer);
                }
            }
        }
        out.push(InitiativeMention {
            name: name.replace(['’', '‘'], "'"),
            kind,
            issuer,
            span,
        });
    }
    out
}

/// How far a cue or issuer may stand from the quote, in bytes.
const WINDOW: usize = 160;

/// Quotes of at least this many words that open like a clause ("But the
/// global situation ...", "We will ...") and are mostly lower-case are
/// speech, not names; a title-cased one ("The Resolution of ...") is a name.
const SPEECH_WORDS: usize = 6;

fn opens_a_clause(word: &str) -> bool {
    const PRONOUNS: &[&str] = &["We", "I", "It", "Our", "There", "They", "He", "She", "You", "Its"];
    PRONOUNS.contains(&word) || lexicon::contains(&lexicon::LEADING_STOPS, word)
}

fn sentence_of(doc: &Document, at: usize) -> std::ops::Range<usize> {
    let i = doc.sentences.partition_point(|s| s.end <= at);
    doc.sentences
        .get(i)
        .filter(|s| s.start <= at)
        .cloned()
        .unwrap_or(at..at)
}

/// `text[start..end]`, moved inward to char boundaries.
fn window(text: &str, mut start: usize, mut end: usize) -> &str {
    end = end.min(text.len());
    // A quote may close after its sentence ends: the window is then empty.
    if start >= end {
        return "";
    }
    start = crate::span::ceil_char_boundary(text, start);
    end = crate::span::floor_char_boundary(text, end);
    text.get(start..end).unwrap_or("")
}

/// Whether only a closing mark, spaces, commas or "and" lie between the
/// previous quote's words and this opening mark.
fn follows(text: &str, prev_end: usize, open: usize) -> bool {
    prev_end <= open
        && text[prev_end..open]
            .split_whitespace()
            .all(|w| w.trim_matches(['”', '"', '’', '\'', ',', '、']).is_empty() || w == "and")
}

fn is_code(name: &str) -> bool {
    name.chars().any(|c| c.is_ascii_digit()) && name.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | ' '))
}

fn kind_of(name: &str, before: &str, after: &str) -> InitiativeKind {
    if is_code(name) {
        return InitiativeKind::Code;
    }
    let words_of = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    // The head noun: the word before the first "of"/"for"/"on", else the last.
    let inner = words_of(name);
    let head = inner
        .iter()
        .position(|w| matches!(w.as_str(), "of" | "for" | "on"))
        .filter(|&i| i > 0)
        .map_or(inner.last().cloned(), |i| Some(inner[i - 1].clone()));
    // Only the words nearest the quote matter: take them lazily from each
    // side instead of splitting whole windows.
    let is_sep = |c: char| !c.is_alphanumeric() && c != '-';
    let after_words: Vec<String> = after
        .split(is_sep)
        .filter(|w| !w.is_empty())
        .take(2)
        .map(str::to_lowercase)
        .collect();
    let mut before_words: Vec<String> = before
        .rsplit(is_sep)
        .filter(|w| !w.is_empty())
        .take(4)
        .map(str::to_lowercase)
        .collect();
    before_words.reverse();
    let groups = [
        head.into_iter().collect::<Vec<_>>(),
        inner.last().cloned().into_iter().collect(),
        after_words,
        before_words,
    ];
    for group in &groups {
        for (cue, kind) in lexicon::INITIATIVE_CUES.iter() {
            if group.iter().any(|w| w == cue) {
                return match *kind {
                    "project" => InitiativeKind::Project,
                    "action" => InitiativeKind::Action,
                    "document" => InitiativeKind::Document,
                    "platform" => InitiativeKind::Platform,
                    "brand" => InitiativeKind::Brand,
                    _ => InitiativeKind::Slogan,
                };
            }
        }
    }
    InitiativeKind::Slogan
}

/// The body credited by a possessive before the quote or "of the X" after.
fn issuer(before: &str, after: &str) -> Option<String> {
    let b = before.trim_end();
    if let Some(stem) = b.strip_suffix("'s").or_else(|| b.strip_suffix("’s")) {
        let orgs = org_mentions(stem);
        if let Some(last) = orgs.last() {
            if last.span.end == stem.len() {
                return Some(last.name.clone());
            }
        }
    }
    // "... put forward by the X": a "by" within the next few words.
    if let Some(i) = after.find(" by ") {
        if after[..i].split_whitespace().count() <= 4 {
            let rest = &after[i + 4..];
            let orgs = org_mentions(rest);
            if let Some(first) = orgs.first() {
                let gap = rest[..first.span.start].trim();
                if gap.is_empty() || gap.eq_ignore_ascii_case("the") {
                    return Some(first.name.clone());
                }
            }
        }
    }
    // A document naming its issuer: "Document No. 1 of" / "X Document No. 1".
    let b = strip_document_number(b);
    let orgs = org_mentions(b);
    if let Some(last) = orgs.last() {
        if last.span.end == b.len() && before.trim_end().len() > b.len() {
            return Some(last.name.clone());
        }
    }
    let a = after.trim_start();
    let lead = after.len() - a.len();
    if a.starts_with("of ") {
        let offset = lead + 3;
        let orgs = org_mentions(&after[offset..]);
        if let Some(first) = orgs.first() {
            let gap = &after[offset..offset + first.span.start];
            if gap.trim().is_empty() || gap.trim().eq_ignore_ascii_case("the") {
                return Some(first.name.clone());
            }
        }
    }
    None
}

/// `s` without a trailing "Document No. 1" or "Document".
fn strip_document_number(s: &str) -> &str {
    let t = s.trim_end();
    let t = match t.rfind("No.") {
        Some(i) if t[i + 3..].trim().chars().all(|c| c.is_ascii_digit()) => t[..i].trim_end(),
        _ => t,
    };
    t.strip_suffix("Document").map_or(t, str::trim_end)
}

/// The body a document title names as its author: "Implementation Opinions
/// of the Kaiping Municipal Committee on ...".
fn issuer_inside(name: &str) -> Option<String> {
    name.match_indices(" of ").find_map(|(i, _)| {
        let rest = &name[i + 4..];
        let orgs = org_mentions(rest);
        let first = orgs.first()?;
        let gap = rest[..first.span.start].trim();
        (gap.is_empty() || gap.eq_ignore_ascii_case("the")).then(|| first.name.clone())
    })
}

/// Organization mentions inside a short window (spans relative to it).
fn org_mentions(window: &str) -> Vec<org::OrgMention> {
    let mut out = Vec::new();
    // Every organization pattern needs an upper-case letter or a level
    // word; most windows have neither, and are skipped without a search.
    let lower = window.to_ascii_lowercase();
    let may_hold = window.bytes().any(|b| b.is_ascii_uppercase())
        || ["municipal", "provincial", "district", "county", "city", "central"]
            .iter()
            .any(|w| lower.contains(w));
    if may_hold {
        org::find_in(window, 0, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        find(&doc)
            .into_iter()
            .map(|i| format!("{} ({:?}, {:?})", i.name, i.kind, i.issuer))
            .collect()
    }

    #[test]
    fn codes_and_issuers() {
        assert_eq!(
            check(
                "Implement the provincial party committee’s “1310” and the “1+6+3” of the Municipal Party Committee."
            ),
            [
                "1310 (Code, Some(\"Provincial Party Committee\"))",
                "1+6+3 (Code, Some(\"Municipal Party Committee\"))"
            ]
        );
    }

    #[test]
    fn kinds_from_cue_words() {
        assert_eq!(
            check("Promote the “Park Reconstruction” project, the “Six Major Actions”, the “four industrial platforms”, the “Pengjiang Service” brand and the “High-Quality Development Action Plan”."),
            [
                "Park Reconstruction (Project, None)",
                "Six Major Actions (Action, None)",
                "four industrial platforms (Platform, None)",
                "Pengjiang Service (Brand, None)",
                "High-Quality Development Action Plan (Document, None)"
            ]
        );
        assert_eq!(
            check("the six major actions of “Green and Beautiful Pengjiang”"),
            ["Green and Beautiful Pengjiang (Action, None)"]
        );
    }

    #[test]
    fn slogans_and_trimmed_punctuation() {
        assert_eq!(
            check("strive for a “good start,” and press the \"fast forward button\"."),
            ["good start (Slogan, None)", "fast forward button (Slogan, None)"]
        );
        assert_eq!(
            check("the “seedling base + garden design” model"),
            ["seedling base + garden design (Slogan, None)"]
        );
    }

    #[test]
    fn quotes_in_a_row_share_the_document_context() {
        assert_eq!(
            check("The District Party Committee Document No. 1 “Guidance on Party Building” “Development Action Plan” was issued."),
            [
                "Guidance on Party Building (Document, Some(\"District Party Committee\"))",
                "Development Action Plan (Document, Some(\"District Party Committee\"))"
            ]
        );
    }

    #[test]
    fn head_noun_before_of_and_issuer_inside_or_by() {
        assert_eq!(
            check("They studied the “Implementation Opinions of the Kaiping Municipal Committee on Reform”."),
            ["Implementation Opinions of the Kaiping Municipal Committee on Reform (Document, Some(\"Kaiping Municipal Committee\"))"]
        );
        assert_eq!(
            check("the \"High-Quality Development Project for Counties, Towns and Villages\" began"),
            ["High-Quality Development Project for Counties, Towns and Villages (Project, None)"]
        );
        assert_eq!(
            check("the \"1310\" strategy put forward by CPC Guangdong Provincial Committee"),
            ["1310 (Code, Some(\"CPC Guangdong Provincial Committee\"))"]
        );
    }

    #[test]
    fn questions_meetings_orphans_and_speeches_are_dropped() {
        assert!(check("“What is the resumption rate?” they asked.").is_empty());
        assert!(check("the Provincial “Two Sessions” opened").is_empty());
        assert!(check("development of Jiangmen”, we had talks").is_empty());
        assert!(check("\"Grasp one, three, five. Sihui City will formulate plans,\" said Li.").is_empty());
        assert!(check("he said: \"But the global situation still looks complicated for us\"").is_empty());
        assert_eq!(
            check("adopted “The Resolution of the Fifth Plenary Session of the County Committee”"),
            ["The Resolution of the Fifth Plenary Session of the County Committee (Document, Some(\"County Committee\"))"]
        );
    }
}
