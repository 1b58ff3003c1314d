//! Word tokens of a stretch of text, with byte spans into the input.
//!
//! Consumes a range of the input; produces [`Token`]s: words and single
//! punctuation characters (whitespace is dropped). Tokens are what the name
//! and title rules walk over.
//!
//! # Grammar
//!
//! ```text
//! word  = alnum+ ( ("'" | "’" | "-") alnum+ )*      "Xi'an", "Secretary-General"
//!         but a final "'s"/"’s" is its own token     "Jinping" "’s"
//! punct = any other non-space character
//! ```

use std::ops::Range;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Punct,
}

/// One token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-')
}

/// Tokens of `text[range]`, spans absolute.
pub(crate) fn tokens(text: &str, range: Range<usize>) -> Vec<Token> {
    let s = &text[range.clone()];
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                kind: Kind::Punct,
                start: range.start + i,
                end: range.start + i + c.len_utf8(),
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            let joins = is_joiner(d) && s[j + d.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric);
            if !d.is_alphanumeric() && !joins {
                break;
            }
            end = j + d.len_utf8();
            chars.next();
        }
        // A possessive "'s" is split off: "Jinping’s" is "Jinping" "’s".
        let word = &s[i..end];
        let possessive = ["'s", "’s"]
            .iter()
            .find(|p| word.len() > p.len() && word.ends_with(*p) && !s[end..].starts_with(char::is_alphanumeric));
        match possessive {
            Some(p) => {
                let cut = end - p.len();
                out.push(Token {
                    kind: Kind::Word,
                    start: range.start + i,
                    end: range.start + cut,
                });
                out.push(Token {
                    kind: Kind::Word,
                    start: range.start + cut,
                    end: range.start + end,
                });
            }
            None => out.push(Token {
                kind: Kind::Word,
                start: range.start + i,
                end: range.start + end,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text, 0..text.len()).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn words_and_punctuation() {
        assert_eq!(
            words("Xi'an, Secretary-General Li."),
            ["Xi'an", ",", "Secretary-General", "Li", "."]
        );
    }

    #[test]
    fn possessive_is_split_off() {
        assert_eq!(words("Xi Jinping’s speech"), ["Xi", "Jinping", "’s", "speech"]);
        assert_eq!(words("People's Congress"), ["People", "'s", "Congress"]);
    }

    #[test]
    fn trailing_apostrophe_and_hyphen_are_punctuation() {
        assert_eq!(words("cities' goals - yes"), ["cities", "'", "goals", "-", "yes"]);
    }
}
