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
//!        | Org adverb? issuing-verb "the"? right before the quote
//!                                                (the county government recently issued the “Action Plan”)
//! ```

use crate::entity::org::OrgMention;
use crate::lexicon;
use crate::model::InitiativeKind;
use crate::span::Rule;
use crate::substr;
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
    /// The quoted words, or the title.
    pub span: Span,
    /// The rule that found it.
    pub rule: Rule,
}

/// Quoted words that name a meeting rather than a programme.
const MEETING_WORDS: &[&str] = &["Sessions", "Session", "Conference", "Congress", "Meeting", "Plenum"];

/// Longest quote, in bytes, looked at as a name at all.
const MAX_BYTES: usize = 400;

/// Longest quote, in words, taken as a name rather than a speech.
pub(crate) const MAX_WORDS: usize = 25;

/// Every initiative mention, in text order.
/// `orgs` are the document's organization mentions, in text order: issuers
/// are read from them, not searched for again around every quote.
pub(crate) fn find(doc: &Document, orgs: &[OrgMention]) -> Vec<InitiativeMention> {
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
        if words
            .last()
            .is_some_and(|w| MEETING_WORDS.iter().any(|m| m.eq_ignore_ascii_case(w)))
        {
            continue;
        }
        // A quoted place ("Chengdu-Chongqing Economic Circle") is a place.
        if names_a_place(name) {
            continue;
        }
        // Reported speech: a long clause with a finite verb and a comma
        // ("Jiangmen is like scattered pearls, delicate and beautiful").
        if is_speech(&words, name) {
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
        // "(hereinafter referred to as “CSCEC”)": an abbreviation defined.
        let just_before = text[..q.open.start].trim_end();
        let just_before =
            &just_before[crate::span::floor_char_boundary(just_before, just_before.len().saturating_sub(24))..];
        let lower_before = crate::lexicon::lowered(just_before);
        // A programme "called" so is named, not abbreviated.
        if ABBREVIATION_CUES.iter().any(|p| lower_before.ends_with(p)) {
            continue;
        }
        let sentence = sentence_of(doc, q.open.start);
        let before = window(
            text,
            sentence.start.max(q.open.start.saturating_sub(WINDOW)),
            q.open.start,
        );
        let after = window(text, q.close.end, sentence.end.min(q.close.end + WINDOW));
        // The context after a quote ends at the next quotation.
        let after = Window {
            base: after.base,
            text: &after.text[..after.text.find(['“', '"', '‘']).unwrap_or(after.text.len())],
        };
        let mut kind = kind_of(name, before.text, after.text);
        let inside = Window {
            base: span.start,
            text: name,
        };
        let mut issuer = issuer(orgs, before, after).or_else(|| issuer_inside(orgs, inside));
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
            rule: QUOTED,
        });
    }
    out
}

/// Words right before a quote that define an abbreviation ("(hereinafter
/// referred to as “CSCEC”)"), lower-cased.
const ABBREVIATION_CUES: &[&str] = &[
    "referred to as",
    "abbreviated as",
    "short for",
    "hereinafter called",
    "(called",
    "hereinafter known as",
];

/// How far a cue or issuer may stand from the quote, in bytes.
const WINDOW: usize = 160;

/// Quotes of at least this many words that open like a clause ("But the
/// global situation ...", "We will ...") and are mostly lower-case are
/// speech, not names; a title-cased one ("The Resolution of ...") is a name.
const SPEECH_WORDS: usize = 6;

/// Words of a finite verb that make a quote a clause of speech.
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "would", "will", "can", "it's",
];

/// Whether a quote is reported speech: eight words or more, a comma, and a
/// finite verb. A slogan is shorter or has no comma ("Lucid waters and
/// lush mountains are invaluable assets").
fn is_speech(words: &[&str], name: &str) -> bool {
    words.len() >= 8
        && name.contains(", ")
        && words.iter().any(|w| {
            FINITE.contains(
                &w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                    .to_lowercase()
                    .as_str(),
            )
        })
}

/// Whether a quote's words name a place: a gazetteer name, or capitalised
/// words before a region's suffix of two words or more
/// ("Chengdu-Chongqing Economic Circle").
pub(crate) fn names_a_place(name: &str) -> bool {
    // Cheap test first: a place's name opens and ends on capitalised words.
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    if !capitalised(name) || !name.rsplit(' ').next().is_some_and(capitalised) {
        return false;
    }
    lexicon::place_kind(name).is_some()
        || lexicon::PLACE_SUFFIXES.iter().any(|(suffix, kind)| {
            // A two-word suffix: "Green Valley" may be a brand.
            *kind == "region"
                && suffix.contains(' ')
                && name
                    .strip_suffix(suffix)
                    .and_then(|stem| stem.strip_suffix(' '))
                    .is_some_and(|stem| stem.split(' ').all(|w| w.starts_with(|c: char| c.is_uppercase())))
        })
}

fn opens_a_clause(word: &str) -> bool {
    const PRONOUNS: &[&str] = &["We", "I", "It", "Our", "There", "They", "He", "She", "You", "Its"];
    PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(word)) || lexicon::contains(&lexicon::LEADING_STOPS, word)
}

fn sentence_of(doc: &Document, at: usize) -> std::ops::Range<usize> {
    let i = doc.sentences.partition_point(|s| s.end <= at);
    doc.sentences
        .get(i)
        .filter(|s| s.start <= at)
        .cloned()
        .unwrap_or(at..at)
}

/// A stretch of the input and where it starts.
#[derive(Clone, Copy, Debug)]
struct Window<'t> {
    base: usize,
    text: &'t str,
}

impl<'t> Window<'t> {
    /// This window without its first `len` bytes.
    fn skip(self, len: usize) -> Window<'t> {
        Window {
            base: self.base + len,
            text: &self.text[len..],
        }
    }

    /// The first `len` bytes of this window.
    fn upto(self, len: usize) -> Window<'t> {
        Window {
            base: self.base,
            text: &self.text[..len],
        }
    }
}

/// `text[start..end]`, moved inward to char boundaries.
fn window(text: &str, mut start: usize, mut end: usize) -> Window<'_> {
    end = end.min(text.len());
    // A quote may close after its sentence ends: the window is then empty.
    if start >= end {
        return Window { base: start, text: "" };
    }
    start = crate::span::ceil_char_boundary(text, start);
    end = crate::span::floor_char_boundary(text, end);
    Window {
        base: start,
        text: text.get(start..end).unwrap_or(""),
    }
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
fn issuer(orgs: &[OrgMention], before: Window, after: Window) -> Option<String> {
    let b = before.text.trim_end();
    if let Some(stem) = b.strip_suffix("'s").or_else(|| b.strip_suffix("’s")) {
        if let Some(last) = org_mentions(orgs, before.upto(stem.len())).last() {
            if last.span.end == stem.len() {
                return Some(last.name.clone());
            }
        }
    }
    // "The X Government recently issued the “...”": the active form of
    // "issued by X".
    let stem = strip_issuing_verb(b);
    if stem.len() < b.len() {
        if let Some(last) = org_mentions(orgs, before.upto(stem.len())).last() {
            if last.span.end == stem.len() {
                return Some(last.name.clone());
            }
        }
    }
    // "... put forward by the X": a "by" within the next few words.
    if let Some(i) = substr::find(after.text, " by ") {
        if after.text[..i].split_whitespace().count() <= 4 {
            let rest = after.skip(i + 4);
            if let Some(first) = org_mentions(orgs, rest).first() {
                let gap = rest.text[..first.span.start].trim();
                if gap.is_empty() || gap.eq_ignore_ascii_case("the") {
                    return Some(first.name.clone());
                }
            }
        }
    }
    // A document naming its issuer: "Document No. 1 of" / "X Document No. 1".
    let stripped = strip_document_number(b);
    if let Some(last) = org_mentions(orgs, before.upto(stripped.len())).last() {
        if last.span.end == stripped.len() && b.len() > stripped.len() {
            return Some(last.name.clone());
        }
    }
    let a = after.text.trim_start();
    let lead = after.text.len() - a.len();
    if a.starts_with("of ") {
        let rest = after.skip(lead + 3);
        if let Some(first) = org_mentions(orgs, rest).first() {
            let gap = rest.text[..first.span.start].trim();
            if gap.is_empty() || gap.eq_ignore_ascii_case("the") {
                return Some(first.name.clone());
            }
        }
    }
    None
}

/// The verbs by which a body issues a document or launches a programme.
const ISSUING_VERBS: &[&str] = &[
    "issued",
    "released",
    "unveiled",
    "promulgated",
    "formulated",
    "launched",
    "put forward",
    "rolled out",
];

/// The adverbs that may stand between a body and its issuing verb.
const ISSUING_ADVERBS: &[&str] = &["recently", "officially", "formally"];

/// `s` (the text before a quote) without a trailing issuing verb, its
/// adverb and "the": "The county government recently issued the" gives
/// "The county government". Unchanged when no such verb ends it.
fn strip_issuing_verb(s: &str) -> &str {
    let t = s.trim_end();
    let t = t.strip_suffix(" the").unwrap_or(t);
    let Some(stem) = ISSUING_VERBS
        .iter()
        .find_map(|v| t.strip_suffix(v).filter(|rest| rest.ends_with(' ')))
    else {
        return s;
    };
    let stem = stem.trim_end();
    ISSUING_ADVERBS
        .iter()
        .find_map(|a| stem.strip_suffix(a).filter(|rest| rest.ends_with(' ')))
        .map_or(stem, str::trim_end)
}

/// `s` without a trailing "Document No. 1" or "Document".
fn strip_document_number(s: &str) -> &str {
    let t = s.trim_end();
    let t = match substr::rfind(t, "No.") {
        Some(i) if t[i + 3..].trim().chars().all(|c| c.is_ascii_digit()) => t[..i].trim_end(),
        _ => t,
    };
    t.strip_suffix("Document").map_or(t, str::trim_end)
}

/// The body a document title names as its author: "Implementation Opinions
/// of the Kaiping Municipal Committee on ...".
fn issuer_inside(orgs: &[OrgMention], name: Window) -> Option<String> {
    name.text.match_indices(" of ").find_map(|(i, _)| {
        let rest = name.skip(i + 4);
        let found = org_mentions(orgs, rest);
        let first = found.first()?;
        let gap = rest.text[..first.span.start].trim();
        (gap.is_empty() || gap.eq_ignore_ascii_case("the")).then(|| first.name.clone())
    })
}

/// The document's organization mentions lying wholly inside `window`, with
/// spans relative to it.
fn org_mentions(orgs: &[OrgMention], window: Window) -> Vec<OrgMention> {
    let end = window.base + window.text.len();
    let first = orgs.partition_point(|o| o.span.start < window.base);
    orgs[first..]
        .iter()
        .take_while(|o| o.span.start < end)
        .filter(|o| o.span.end <= end)
        .map(|o| OrgMention {
            span: Span::new(o.span.start - window.base, o.span.end - window.base),
            ..o.clone()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        find(&doc, &crate::entity::org::find(&doc))
            .into_iter()
            .map(|i| format!("{} ({:?}, {:?})", i.name, i.kind, i.issuer))
            .collect()
    }

    #[test]
    fn speech_aliases_and_meetings_are_not_initiatives() {
        assert!(check("“Putian is like a garden by the sea, quiet and green,” a visitor said.").is_empty());
        assert!(check("China Railway Group (hereinafter referred to as “CREC”) signed.").is_empty());
        assert!(check("China Railway Group (hereinafter called “CREC”) signed.").is_empty());
        // A programme called so is named by the quote.
        assert_eq!(
            check("The city launched a campaign called \"Clean Rivers for All\" on Monday."),
            ["Clean Rivers for All (Action, None)"]
        );
        assert!(check("during the local “two sessions” this spring").is_empty());
        assert_eq!(
            check("the slogan “Lucid waters and lush mountains are invaluable assets” spread"),
            ["Lucid waters and lush mountains are invaluable assets (Slogan, None)"]
        );
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
    fn a_body_that_issued_the_quoted_document_is_its_issuer() {
        assert_eq!(
            check("The Xiangtan Municipal Government recently issued the “Action Plan for Clean Rivers”."),
            ["Action Plan for Clean Rivers (Document, Some(\"Xiangtan Municipal Government\"))"]
        );
        // A person who issued a call is no issuer, nor is a body further back.
        assert_eq!(
            check("The County Government met, and Li Ming launched the “Clean Rivers” drive."),
            ["Clean Rivers (Slogan, None)"]
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
