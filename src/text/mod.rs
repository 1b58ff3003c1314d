//! The text layer: body, paragraphs, sentences, stories and quotations of
//! one input, computed once and shared by every later pass.
//!
//! Consumes the caller's `&str`; produces a [`Document`] of byte ranges into
//! it. Nothing is copied or normalised here, so every range indexes the
//! original input (ARCHITECTURE.md, invariant 1).

pub(crate) mod body;
pub(crate) mod quote;
pub(crate) mod segment;

use std::ops::Range;

use crate::token::Token;

pub(crate) use quote::{OrphanMark, Quote};

/// The segmented input.
#[derive(Debug)]
pub(crate) struct Document<'t> {
    /// The input, unchanged.
    pub text: &'t str,
    /// The input with ASCII letters lower-cased: same length, same char
    /// boundaries, so every range indexes both. Case-insensitive patterns
    /// run over it as plain lower-case patterns, whose literals the regex
    /// engine's prefilters can skip to (a `(?i)` pattern has too many case
    /// variants for them).
    pub lower: String,
    /// The article body (leading junk and trailing furniture excluded).
    pub body: Range<usize>,
    /// Trimmed non-blank lines of the body.
    pub paragraphs: Vec<Range<usize>>,
    /// Sentences, in order, never crossing a paragraph.
    pub sentences: Vec<Range<usize>>,
    /// The word and punctuation tokens of every sentence, in order:
    /// tokenised once here, read by every word-level pass through
    /// [`Document::tokens`]. One flat list, sized exactly.
    all_tokens: Vec<Token>,
    /// Where each sentence's tokens end in `all_tokens`, in step with
    /// `sentences`.
    token_ends: Vec<usize>,
    /// Stories: the first starts at the body; "Another news (" opens more.
    pub stories: Vec<Range<usize>>,
    /// Paired quotations, by opening mark.
    pub quotes: Vec<Quote>,
    /// Quotation marks that pair with nothing: kept as the text layer's
    /// record of mismatches (a close with no open never makes an initiative).
    #[allow(dead_code)] // Read by tests and available to later passes.
    pub orphan_marks: Vec<OrphanMark>,
}

impl<'t> Document<'t> {
    /// The tokens of sentence `i` (empty past the last sentence).
    pub fn tokens(&self, i: usize) -> &[Token] {
        let end = self.token_ends.get(i).copied().unwrap_or(0);
        let start = i
            .checked_sub(1)
            .and_then(|p| self.token_ends.get(p))
            .copied()
            .unwrap_or(0);
        &self.all_tokens[start.min(end)..end]
    }

    /// Runs the text layer over `text`.
    pub fn new(text: &'t str) -> Document<'t> {
        let body = body::locate(text);
        let paragraphs = segment::paragraphs(text, body.clone());
        let sentences: Vec<Range<usize>> = paragraphs
            .iter()
            .flat_map(|p| segment::sentences(text, p.clone()))
            .collect();
        // About one token per five bytes of English news: reserving that
        // spares the vector's regrowth copies (shrunk to fit below).
        let mut all_tokens = Vec::with_capacity(body.len() / 5 + 16);
        let token_ends = sentences
            .iter()
            .map(|s| {
                crate::token::push_tokens(text, s.clone(), &mut all_tokens);
                all_tokens.len()
            })
            .collect();
        all_tokens.shrink_to_fit();
        let mut bounds = vec![body.start];
        bounds.extend(segment::story_starts(text, &sentences));
        bounds.push(body.end);
        let stories = bounds
            .windows(2)
            .map(|w| w[0]..w[1])
            .filter(|r| !r.is_empty())
            .collect();
        let (quotes, orphan_marks) = quote::pair(text, &paragraphs);
        Document {
            text,
            lower: text.to_ascii_lowercase(),
            body,
            paragraphs,
            sentences,
            all_tokens,
            token_ends,
            stories,
            quotes,
            orphan_marks,
        }
    }
}

/// The project's own texts (the seeds and the construction texts under
/// tests/data), for unit tests that compare a fast path with a plain one.
#[cfg(test)]
pub(crate) fn own_texts() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut texts = Vec::new();
    for dir in ["seeds", "tests/data"] {
        let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
            .expect("own texts")
            .map(|e| e.expect("dir entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        texts.extend(paths.iter().map(|p| std::fs::read_to_string(p).expect("utf-8 text")));
    }
    assert!(texts.len() >= 10, "seeds and construction texts are present");
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_every_layer() {
        let text = "}\nJiangmen Daily News (Reporter/Tang Da) The “1310” plan. More.\nAnother news (trainee reporter/Ren Jiayan) Second story.\n2024-02-20 08:26:24\n";
        let doc = Document::new(text);
        assert_eq!(text[doc.body.clone()].lines().count(), 2);
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.sentences.len(), 3);
        assert_eq!(doc.tokens(1)[0].text(text), "More");
        assert_eq!(doc.tokens(2).len(), 12);
        assert!(doc.tokens(3).is_empty());
        assert_eq!(doc.stories.len(), 2);
        assert!(text[doc.stories[1].clone()].starts_with("Another news"));
        assert_eq!(doc.quotes.len(), 1);
        assert!(doc.orphan_marks.is_empty());
        assert_eq!(&doc.lower[doc.sentences[1].clone()], "more.");
    }

    #[test]
    fn empty_input() {
        let doc = Document::new("");
        assert!(doc.paragraphs.is_empty() && doc.sentences.is_empty() && doc.stories.is_empty());
    }
}
