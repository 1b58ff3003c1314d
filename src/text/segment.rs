//! Segmentation of the body into stories, paragraphs and sentences, each a
//! byte range of the input.
//!
//! # Grammar
//!
//! ```text
//! paragraph = a non-blank line of the body, trimmed
//! story     = paragraphs (and sentences) up to the next story opener;
//!             an opener is a sentence beginning "Another news (" — a second
//!             story with its own parenthesised byline
//! sentence  = text up to a terminator [.!?] (plus any closing quotes or
//!             brackets) that is followed by whitespace and then an
//!             upper-case letter, a digit or an opening quote;
//!             except a "." that ends an abbreviation ("Co.", "No.", "Mt.",
//!             month names), a single capital initial ("J."), or a
//!             dotted acronym ("U.S.")
//! ```
//!
//! A terminator followed by a lower-case word does not break: translated
//! text often has stray stops mid-sentence.

use std::ops::Range;

use crate::lexicon;
use crate::text::body::lines;

/// The non-blank lines of `body` (a range of `text`), trimmed.
pub(crate) fn paragraphs(text: &str, body: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[body.clone()];
    lines(slice)
        .filter_map(|r| {
            let line = &slice[r.clone()];
            let trimmed = line.trim();
            if trimmed.is_empty() {
                return None;
            }
            let lead = line.len() - line.trim_start().len();
            let start = body.start + r.start + lead;
            Some(start..start + trimmed.len())
        })
        .collect()
}

/// The sentences of one paragraph (a range of `text`).
pub(crate) fn sentences(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[para.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = s.as_bytes();
    let mut from = 0;
    // Terminators are ASCII: find them bytewise, not char by char.
    while let Some(k) = memchr::memchr3(b'.', b'!', b'?', &bytes[from..]) {
        let i = from + k;
        // Swallow closing quotes and brackets after the terminator.
        let end = i
            + 1
            + s[i + 1..]
                .chars()
                .take_while(|d| matches!(d, '”' | '’' | '"' | '\'' | ')' | ']' | '.' | '!' | '?'))
                .map(char::len_utf8)
                .sum::<usize>();
        from = end;
        if bytes[i] == b'.' && ends_abbreviation(tail(&s[start..i], 32)) {
            continue;
        }
        if !next_starts_sentence(&s[end..]) {
            continue;
        }
        out.push(para.start + start..para.start + end);
        start = end + (s[end..].len() - s[end..].trim_start().len());
    }
    if start < s.len() {
        let rest = s[start..].trim_end();
        if !rest.is_empty() {
            out.push(para.start + start..para.start + start + rest.len());
        }
    }
    out
}

/// The last `n` bytes of `s` (or fewer, on a char boundary).
fn tail(s: &str, n: usize) -> &str {
    &s[crate::span::ceil_char_boundary(s, s.len().saturating_sub(n))..]
}

/// True when the text before a "." ends in an abbreviation or an initial.
fn ends_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '"' | '‘'))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let mut cs = word.chars();
    let single_capital = matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase());
    single_capital || lexicon::contains(&lexicon::ABBREVIATIONS, word) || is_dotted_acronym(word)
}

/// "U.S" or "P.R.C" (the final stop is the one being tested).
fn is_dotted_acronym(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

/// Whether what follows a terminator opens a new sentence: whitespace, then
/// an upper-case letter, a digit or an opening quote or bracket.
fn next_starts_sentence(after: &str) -> bool {
    let trimmed = after.trim_start();
    if trimmed.len() == after.len() && !after.is_empty() {
        return false;
    }
    match trimmed.chars().next() {
        None => false,
        Some(c) => c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '‘' | '"' | '(' | '['),
    }
}

/// Start offsets of stories after the first: sentences that open with
/// "Another news (" (any case).
pub(crate) fn story_starts(text: &str, sentences: &[Range<usize>]) -> Vec<usize> {
    sentences
        .iter()
        .filter(|r| opens_story(&text[r.start..r.end]))
        .map(|r| r.start)
        .collect()
}

fn opens_story(sentence: &str) -> bool {
    let Some(head) = sentence.get(..sentence.len().min(16)) else {
        // A char boundary inside the first 16 bytes: not the ASCII opener.
        return false;
    };
    let opens = |opener: &str| head.get(..opener.len()).is_some_and(|h| h.eq_ignore_ascii_case(opener));
    head.len() >= 14 && (opens("another news (") || opens("another news("))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        paragraphs(text, 0..text.len())
            .into_iter()
            .flat_map(|p| sentences(text, p))
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn splits_on_stops_before_capitals() {
        assert_eq!(
            split("One two. Three four! Five? 6 cars."),
            ["One two.", "Three four!", "Five?", "6 cars."]
        );
    }

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let text = "  First line. \n\n Second.\n";
        assert_eq!(split(text), ["First line.", "Second."]);
    }

    #[test]
    fn company_forms_and_numbers_do_not_break() {
        assert_eq!(
            split("Visit Hymson Co., Ltd. in the park. Output grew 6.5 percent."),
            ["Visit Hymson Co., Ltd. in the park.", "Output grew 6.5 percent."]
        );
        assert_eq!(
            split("It is Document No. 1 of the year."),
            ["It is Document No. 1 of the year."]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_break() {
        assert_eq!(
            split("They climbed Mt. Tai in Jan. 2023. Then left."),
            ["They climbed Mt. Tai in Jan. 2023.", "Then left."]
        );
        assert_eq!(
            split("Said J. K. Smith of the U.S. Embassy."),
            ["Said J. K. Smith of the U.S. Embassy."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("He asked “What is the rate?” “What are the plans?” The team listened."),
            [
                "He asked “What is the rate?”",
                "“What are the plans?”",
                "The team listened."
            ]
        );
    }

    #[test]
    fn lowercase_after_a_stop_does_not_break() {
        assert_eq!(
            split("suggestions . and more words."),
            ["suggestions . and more words."]
        );
    }

    #[test]
    fn sentence_with_no_stop_is_one_sentence() {
        assert_eq!(split("No stop at all here"), ["No stop at all here"]);
    }

    #[test]
    fn another_news_opens_a_story() {
        let text = "First story ends. Another news (trainee reporter/Ren Jiayan) Recently, more.";
        let sents: Vec<_> = sentences(text, 0..text.len());
        assert_eq!(story_starts(text, &sents), [18]);
        let text = "There is another news (agency) item.";
        let sents: Vec<_> = sentences(text, 0..text.len());
        assert!(story_starts(text, &sents).is_empty());
    }
}
