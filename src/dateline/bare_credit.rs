//! Credits written without a slash or a colon: a line holding only a role
//! and names ("Hangzhou Daily reporter Li Ming", "By Li Ming"), and
//! parentheses holding only such credits ("(Reporter Li Ming, Correspondent
//! Zhao Fang)"). Part of the byline pass ([`super::byline`], whose grammar
//! lists these forms as `bare-line` and `spaced`).
//!
//! A role noun or "By" opens prose too, and parentheses hold asides of
//! every kind, so each form counts only when its credits are all the line
//! or the parentheses hold, every name pinyin.

use super::byline::{names_in, push_credits, roles_of_label, Credit, CREDIT_SEPARATORS, ROLE_NOUNS};
use crate::lexicon;
use crate::model::BylineRole;
use crate::span::Rule;
use crate::substr;
use crate::text::body::lines;
use crate::Span;

pub(crate) const BARE_LINE: Rule = Rule {
    id: "dateline/byline/bare_line",
    description: "a line holding only a role and names: \"Hangzhou Daily reporter Li Ming\", \"By Li Ming\"",
};
pub(crate) const PARENTHESISED: Rule = Rule {
    id: "dateline/byline/parenthesised",
    description: "credits in parentheses with a space for the slash: \"(Reporter Li Ming, Correspondent Zhao Fang)\"",
};

pub(crate) const BY_BAR_LINE: Rule = Rule {
    id: "dateline/byline/by_bar_line",
    description: "a \"By\" credit before a bar: \"By ZHANG WEI in Kunming | chinadaily.com.cn | Updated: ...\"",
};

/// The most capitalised words (the paper or agency) before the role on a
/// bare credit line.
const BARE_LINE_PREFIX_WORDS: usize = 4;

/// The longest line [`bare_lines`] reads: a role, a paper's name and a few
/// names.
const BARE_LINE_MAX: usize = 120;

/// The longest parenthesised credit [`parenthesised`] reads.
const PARENTHESISED_MAX: usize = 160;

/// Credits on lines that hold only a role noun (or "By") and names:
/// "Hangzhou Daily reporter Li Ming", "By Li Ming". A role noun or "By"
/// opens a line of prose too, so the line counts only when its names,
/// all pinyin, are the rest of it. Such a line is short and ends in a
/// letter, which most lines of a body (paragraphs ending in a full stop)
/// do not.
pub(super) fn bare_lines(body: &str, base: usize, out: &mut Vec<Credit>) {
    for range in lines(body) {
        let (line_start, line) = (range.start, &body[range]);
        let trimmed = line.trim_end();
        // "By Li Ming (China Daily)", "By Li Ming, Xiangtan Daily": the
        // paper after a "By" credit's names is the source's, not a name.
        let trimmed = if trimmed.trim_start().starts_with("By ") || trimmed.trim_start().starts_with("Written by ") {
            without_trailing_paper(trimmed)
        } else {
            trimmed
        };
        if trimmed.len() > BARE_LINE_MAX || !trimmed.ends_with(|c: char| c.is_ascii_lowercase()) {
            continue;
        }
        // Any indent, the full-width space of Chinese layouts too.
        let lead = line.len() - line.trim_start().len();
        let Some(bare) = bare_line_role(&trimmed[lead..]) else {
            continue;
        };
        let names_at = lead + bare.names_at;
        if let Some(names) = all_names(&trimmed[names_at..], base + line_start + names_at) {
            push_credits(out, names, &bare.roles, BARE_LINE);
        }
    }
}

/// `line` without a paper credited at its end: " (China Daily)" or ",
/// Xiangtan Daily" (capitalised words ending in a paper's head word).
pub(super) fn without_trailing_paper(line: &str) -> &str {
    let (cut, paper) = if let Some(inner) = line.strip_suffix(')') {
        match inner.rfind(" (") {
            Some(i) => (i, &inner[i + 2..]),
            None => return line,
        }
    } else {
        match line.rfind(", ") {
            Some(i) => (i, &line[i + 2..]),
            None => return line,
        }
    };
    let words: Vec<&str> = paper.split(' ').collect();
    let is_paper = words.len() <= 4
        && words.iter().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        && words
            .last()
            .is_some_and(|w| crate::lexicon::PAPER_HEADS.binary_search(w).is_ok());
    if is_paper {
        &line[..cut]
    } else {
        line
    }
}

/// Credits on a "By" line that goes on past a bar, as web pages print it:
/// "By ZHANG WEI in Kunming | chinadaily.com.cn | Updated: 2024-05-21".
/// The names (capitalised or in capitals, every word pinyin) and an "in"
/// place are all that stands before the bar.
pub(super) fn by_bar_lines(body: &str, base: usize, out: &mut Vec<Credit>) {
    // Most bodies hold no bar at all.
    if memchr::memchr(b'|', body.as_bytes()).is_none() {
        return;
    }
    for range in lines(body) {
        let (line_start, line) = (range.start, &body[range]);
        let lead = line.len() - line.trim_start().len();
        let Some(rest) = line[lead..].strip_prefix("By ") else {
            continue;
        };
        let Some(bar) = rest.find('|').filter(|&b| b <= BARE_LINE_MAX) else {
            continue;
        };
        let before_bar = rest[..bar].trim_end();
        // " in Kunming": a place of capitalised words closes the credit.
        let names_end = substr::rfind(before_bar, " in ")
            .filter(|&i| {
                before_bar[i + 4..]
                    .split(' ')
                    .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
            })
            .unwrap_or(before_bar.len());
        let names_base = base + line_start + lead + "By ".len();
        if let Some(names) = names_any_case(&before_bar[..names_end], names_base) {
            push_credits(out, names, &[BylineRole::Reporter], BY_BAR_LINE);
        }
    }
}

/// The names in `s` (at byte `base` of the input), joined by ", " or
/// " and ", when they are the whole of it: each two or three words,
/// capitalised or in capitals ("ZHANG WEI"), every word pinyin.
fn names_any_case(s: &str, base: usize) -> Option<Vec<(String, Span)>> {
    let is_name_word = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(|c| c.is_ascii_uppercase())
            && (cs.clone().all(|c| c.is_ascii_lowercase() || c == '\'')
                || cs.all(|c| c.is_ascii_uppercase() || c == '\''))
            && lexicon::is_pinyin(w, 2)
    };
    let mut names = Vec::new();
    let mut at = 0;
    for part in s.split(", ").flat_map(|p| p.split(" and ")) {
        let start = at + s[at..].find(part)?;
        at = start + part.len();
        let words = part.split(' ').count();
        if !(2..=3).contains(&words) || !part.split(' ').all(is_name_word) {
            return None;
        }
        names.push((part.to_string(), Span::new(base + start, base + at)));
    }
    (!names.is_empty() && at == s.len()).then_some(names)
}

/// The names in `s` (at byte `base` of the input) when, all pinyin, they
/// are the whole of it.
fn all_names(s: &str, base: usize) -> Option<Vec<(String, Span)>> {
    let names = names_in(s, base, true);
    let covered = names.last().map_or(0, |(_, span)| span.end - base);
    (!names.is_empty() && covered == s.len()).then_some(names)
}

/// Whether `rest`, what follows a paper's name on its line, completes a
/// bare credit line: " reporter Li Ming" after "Hangzhou Daily".
pub(crate) fn completes_bare_line(rest: &str) -> bool {
    let line = rest[..rest.find('\n').unwrap_or(rest.len())].trim_end();
    let Some(label_and_names) = line.strip_prefix(' ') else {
        return false;
    };
    bare_line_role(label_and_names)
        .filter(|bare| bare.prefix_words == 0 && !bare.by)
        .is_some_and(|bare| all_names(&label_and_names[bare.names_at..], 0).is_some())
}

/// How a bare credit line opens (see [`bare_line_role`]).
struct BareLine {
    /// Capitalised words before the label: the paper or agency.
    prefix_words: usize,
    /// Whether the line opens with "By".
    by: bool,
    /// Where the names start.
    names_at: usize,
    roles: Vec<BylineRole>,
}

/// Where a bare credit line's names start and the roles it gives: after
/// "By " (reporter), or after up to [`BARE_LINE_PREFIX_WORDS`] capitalised
/// words and a label of the table that ends in a role noun ("Hangzhou Daily
/// reporter ", "Staff reporter ").
fn bare_line_role(line: &str) -> Option<BareLine> {
    if let Some(rest) = line.strip_prefix("By ").or_else(|| line.strip_prefix("Written by ")) {
        return Some(BareLine {
            prefix_words: 0,
            by: true,
            names_at: line.len() - rest.len(),
            roles: vec![BylineRole::Reporter],
        });
    }
    // The first words and where each starts (the paper's, a label of up
    // to two, the first name's); most lines hold no role noun among them
    // and stop here.
    let mut words = [(0, ""); BARE_LINE_PREFIX_WORDS + 3];
    let mut count = 0;
    let mut at = 0;
    for w in line.split(' ').take(words.len()) {
        words[count] = (at, w);
        count += 1;
        at += w.len() + 1;
    }
    let words = &words[..count];
    let noun = words.iter().position(|(_, w)| is_role_noun(w))?;
    let names_at = words.get(noun + 1)?.0;
    let (label_at, roles) = label_ending_at(line, words, noun, names_at)?;
    may_name_the_paper(words[..label_at].iter().map(|(_, w)| *w)).then_some(BareLine {
        prefix_words: label_at,
        by: false,
        names_at,
        roles,
    })
}

/// The label ending in the role noun at word `noun` of `text` (each word
/// with where it starts), up to byte `end`: the noun or the two words
/// ending in it, whichever the table holds, longer first ("staff
/// reporter"); a plural the table lacks is its singular's ("staff
/// reporters"). Returns the label's first word and its roles.
fn label_ending_at(text: &str, words: &[(usize, &str)], noun: usize, end: usize) -> Option<(usize, Vec<BylineRole>)> {
    [noun.checked_sub(1), Some(noun)]
        .into_iter()
        .flatten()
        .find_map(|first| {
            let label = text[words[first].0..end].trim_end();
            roles_of_label(label)
                .or_else(|| label.strip_suffix('s').and_then(roles_of_label))
                .map(|roles| (first, roles))
        })
}

/// Whether the words before a label may name the paper or agency: at most
/// [`BARE_LINE_PREFIX_WORDS`] capitalised words ("Hangzhou Daily").
fn may_name_the_paper<'w>(words: impl IntoIterator<Item = &'w str>) -> bool {
    words
        .into_iter()
        .enumerate()
        .all(|(i, w)| i < BARE_LINE_PREFIX_WORDS && w.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// Whether `w` is a role noun ("reporter", "Correspondents").
fn is_role_noun(w: &str) -> bool {
    let w = w.as_bytes();
    let singular = w.strip_suffix(b"s").unwrap_or(w);
    ROLE_NOUNS.iter().any(|n| singular.eq_ignore_ascii_case(n.as_bytes()))
}

/// Credits in parentheses that put a space where the labelled form puts a
/// slash: "(Reporter Li Ming, Correspondent Zhao Fang)", "(Hangzhou Daily
/// reporter Li Ming)". Parentheses with a slash or a colon are the
/// labelled form's.
pub(super) fn parenthesised(body: &str, base: usize, out: &mut Vec<Credit>) {
    for open in memchr::memchr_iter(b'(', body.as_bytes()) {
        let from = open + 1;
        let credits = spaced_inner(&body[from..]).and_then(|inner| spaced_credits(inner, base + from));
        for (roles, names) in credits.unwrap_or_default() {
            push_credits(out, names, &roles, PARENTHESISED);
        }
    }
}

/// What stands between a "(" and its ")" on one line, at most
/// [`PARENTHESISED_MAX`] bytes after the "(" (`after`), when it holds no
/// slash or colon (the labelled form's credits).
fn spaced_inner(after: &str) -> Option<&str> {
    let window = &after[..crate::span::floor_char_boundary(after, PARENTHESISED_MAX.min(after.len()))];
    let close = window.find([')', '(', '\n'])?;
    let inner = &window[..close];
    (window[close..].starts_with(')') && !inner.contains(['/', ':', '：'])).then_some(inner)
}

/// Whether `rest`, what follows a paper's name, opens with parentheses of
/// spaced credits: " (Reporter Li Ming, Correspondent Zhao Fang)".
pub(crate) fn opens_parenthesised(rest: &str) -> bool {
    rest.trim_start_matches([' ', '\t'])
        .strip_prefix('(')
        .and_then(spaced_inner)
        .is_some_and(|inner| spaced_credits(inner, 0).is_some())
}

/// One label's roles and the names (with their spans) it credits.
type LabelCredits = (Vec<BylineRole>, Vec<(String, Span)>);

/// The credits of `inner` (at byte `base` of the input) when they are all
/// of it: labels of the table ending in a role noun, each followed by
/// pinyin names, the first label after at most
/// [`BARE_LINE_PREFIX_WORDS`] capitalised words (the paper's name).
fn spaced_credits(inner: &str, base: usize) -> Option<Vec<LabelCredits>> {
    // Each word and where it starts.
    let mut words = Vec::new();
    let mut at = 0;
    for w in inner.split(' ') {
        words.push((at, w.trim_end_matches(CREDIT_SEPARATORS)));
        at += w.len() + 1;
    }
    // Each label: where it starts, where its names start, its roles.
    let mut labels = Vec::new();
    for (k, &(noun_at, noun)) in words.iter().enumerate() {
        if !is_role_noun(noun) {
            continue;
        }
        let names_at = noun_at + noun.len();
        let (first, roles) = label_ending_at(inner, &words, k, names_at)?;
        labels.push((words[first].0, names_at, roles));
    }
    let first = labels.first()?;
    if !may_name_the_paper(inner[..first.0].split_whitespace()) {
        return None;
    }
    let mut credits = Vec::new();
    for (i, (_, names_at, roles)) in labels.iter().enumerate() {
        let end = labels.get(i + 1).map_or(inner.len(), |next| next.0);
        let segment = &inner[*names_at..end];
        let lead = segment.len() - segment.trim_start_matches(CREDIT_SEPARATORS).len();
        let names = all_names(segment.trim_matches(CREDIT_SEPARATORS), base + names_at + lead)?;
        credits.push((roles.clone(), names));
    }
    Some(credits)
}

#[cfg(test)]
mod tests {
    use super::super::byline::tests::check;

    #[test]
    fn a_line_of_a_role_noun_and_names() {
        assert_eq!(
            check("Plan adopted\n\nHangzhou Daily reporter Li Ming\n\nOn March 3, the plan was adopted."),
            ["Reporter Li Ming [dateline/byline/bare_line]"]
        );
        assert_eq!(
            check("Reporters Li Ming and Zhao Fang\nStaff reporter Wu Hui\nBy Sun Li\n"),
            [
                "Reporter Li Ming [dateline/byline/bare_line]",
                "Reporter Zhao Fang [dateline/byline/bare_line]",
                "Reporter Wu Hui [dateline/byline/bare_line]",
                "Reporter Sun Li [dateline/byline/bare_line]"
            ]
        );
        assert_eq!(
            check("Special correspondent Zhao Fang\nPhotographer Wu Hui\n"),
            [
                "Correspondent Zhao Fang [dateline/byline/bare_line]",
                "Photographer Wu Hui [dateline/byline/bare_line]"
            ]
        );
        // A plural label the table lacks reads as its singular.
        // Indented by a full-width space.
        assert_eq!(
            check("Title\n\u{3000}By Sun Li\nText."),
            ["Reporter Sun Li [dateline/byline/bare_line]"]
        );
        // "Written by", and a paper after the names.
        assert_eq!(
            check("Title\nWritten by Sun Li and Wu Hui\nText."),
            [
                "Reporter Sun Li [dateline/byline/bare_line]",
                "Reporter Wu Hui [dateline/byline/bare_line]"
            ]
        );
        assert_eq!(
            check("Title\nBy Sun Li (Xiangtan Daily)\nText."),
            ["Reporter Sun Li [dateline/byline/bare_line]"]
        );
        assert_eq!(
            check("Title\nBy Sun Li, Xiangtan Daily\nText."),
            ["Reporter Sun Li [dateline/byline/bare_line]"]
        );
        // Not a paper: the line is no bare credit.
        assert!(check("Title\nBy Sun Li, the mayor\nText.").is_empty());
        // Four words of the paper's name and a two-word label.
        assert_eq!(
            check("Pearl River Evening News staff reporter Zhao Fang\n"),
            ["Reporter Zhao Fang [dateline/byline/bare_line]"]
        );
        assert_eq!(
            check("Special correspondents Zhao Fang and Wu Hui\n"),
            [
                "Correspondent Zhao Fang [dateline/byline/bare_line]",
                "Correspondent Wu Hui [dateline/byline/bare_line]"
            ]
        );
    }

    #[test]
    fn a_role_noun_or_by_opening_prose_is_no_credit() {
        for text in [
            "Reporters from the city visited Li Ming\n",
            "By the end of the year the city will build Li Ming\n",
            "By Li Ming and the city government.\n",
            "Our reporter Li Ming visited the plant on Monday\n",
            "The reporter Li Ming said the plan was adopted\n",
            "By Hangzhou Bay\n",
        ] {
            assert_eq!(check(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn credits_in_parentheses_with_spaces() {
        assert_eq!(
            check("Hubei Daily (Reporter Li Ming, Correspondent Zhao Fang) On May 4, the city opened"),
            [
                "Reporter Li Ming [dateline/byline/parenthesised]",
                "Correspondent Zhao Fang [dateline/byline/parenthesised]"
            ]
        );
        assert_eq!(
            check("(Hangzhou Daily staff reporters Li Ming and Wu Hui) The plan"),
            [
                "Reporter Li Ming [dateline/byline/parenthesised]",
                "Reporter Wu Hui [dateline/byline/parenthesised]"
            ]
        );
        assert_eq!(
            check("(Reporter Li Ming; trainee reporter Sun Li) Text"),
            [
                "Reporter Li Ming [dateline/byline/parenthesised]",
                "TraineeReporter Sun Li [dateline/byline/parenthesised]"
            ]
        );
    }

    #[test]
    fn a_by_line_before_a_bar() {
        assert_eq!(
            check("Headline\nBy ZHANG WEI in Kunming | example.com.cn | Updated: 2024-05-21 16:45\nText."),
            ["Reporter ZHANG WEI [dateline/byline/by_bar_line]"]
        );
        assert_eq!(
            check("By Li Ming and ZHAO FANG | Updated: 2024-05-21\n"),
            [
                "Reporter Li Ming [dateline/byline/by_bar_line]",
                "Reporter ZHAO FANG [dateline/byline/by_bar_line]"
            ]
        );
        for text in [
            "By the end of 2025 | Updated: 2024-05-21\n",
            "By LI MING SAID | x\n",
            "By Li Ming in the city | x\n",
            "Text by Li Ming | x\n",
        ] {
            assert_eq!(check(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn parentheses_holding_more_than_credits_give_none() {
        for text in [
            "The plan (reporter Li Ming visited the plant) was adopted.",
            "The paper (its reporter Li Ming) said so.",
            "(Reporter Li Ming of the city) Text",
            "(Reporter Li Ming, the city) Text",
            "(Reporter) Li Ming said.",
            "(City reporters) Li Ming said.",
        ] {
            assert_eq!(check(text), Vec::<String>::new(), "{text}");
        }
    }
}
