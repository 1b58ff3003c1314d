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

/// One token: a byte range of the input. Whether it is a word is read
/// from its text (16 bytes a token: a long document holds millions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// A word ends in a letter or digit ("Xi'an", the possessive "’s");
    /// a punctuation token is one other character.
    pub fn is_word(&self, text: &str) -> bool {
        match self.end.checked_sub(1).map(|i| text.as_bytes()[i]) {
            Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            Some(_) => self.text(text).chars().next_back().is_some_and(is_alnum),
            None => false,
        }
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-')
}

/// ASCII letters and digits, by byte: the word loop's one test.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The character starting at byte `i` of `s` and its length: ASCII without
/// decoding, which is almost every byte of an English article.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b.is_ascii() {
        (char::from(b), 1)
    } else {
        let c = s[i..].chars().next().expect("i is a char boundary");
        (c, c.len_utf8())
    }
}

#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2010}'..='\u{2027}').contains(&c) {
        // Dashes, curly quotes, bullets, ellipsis: frequent in translated
        // news, never letters, and a table lookup each otherwise.
        false
    } else {
        c.is_alphanumeric()
    }
}

/// Tokens of `text[range]`, spans absolute.
#[cfg(test)]
pub(crate) fn tokens(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut out = Vec::new();
    push_tokens(text, range, &mut out);
    out
}

/// Appends the tokens of `text[range]` to `out`, spans absolute.
pub(crate) fn push_tokens(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let s = &text[range.clone()];
    let at = |i: usize| range.start + i;
    let mut i = 0;
    while i < s.len() {
        let (c, len) = char_at(s, i);
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !is_alnum(c) {
            out.push(Token {
                start: at(i),
                end: at(i + len),
            });
            i += len;
            continue;
        }
        let start = i;
        let mut end = i + len;
        let bytes = s.as_bytes();
        while end < s.len() {
            // The common case: ASCII letters and digits, a byte at a time.
            if ASCII_ALNUM[usize::from(bytes[end])] {
                end += 1;
                continue;
            }
            let (d, dlen) = char_at(s, end);
            let joins = is_joiner(d) && end + dlen < s.len() && is_alnum(char_at(s, end + dlen).0);
            if !is_alnum(d) && !joins {
                break;
            }
            end += dlen;
        }
        i = end;
        // A possessive "'s" is split off: "Jinping’s" is "Jinping" "’s".
        let word = &s[start..end];
        let possessive = ["'s", "’s"]
            .into_iter()
            .find(|p| word.len() > p.len() && word.ends_with(p) && !s[end..].starts_with(is_alnum));
        match possessive {
            Some(p) => {
                let cut = end - p.len();
                out.push(Token {
                    start: at(start),
                    end: at(cut),
                });
                out.push(Token {
                    start: at(cut),
                    end: at(end),
                });
            }
            None => out.push(Token {
                start: at(start),
                end: at(end),
            }),
        }
    }
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

    /// The grammar above, written as plainly as possible: the fast
    /// tokeniser must agree with it on any input.
    fn reference(s: &str) -> Vec<(bool, usize, usize)> {
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            let (i, c) = chars[k];
            k += 1;
            if c.is_whitespace() {
                continue;
            }
            if !c.is_alphanumeric() {
                out.push((false, i, i + c.len_utf8()));
                continue;
            }
            let mut end = i + c.len_utf8();
            while k < chars.len() {
                let (j, d) = chars[k];
                let next_alnum = chars.get(k + 1).is_some_and(|&(_, e)| e.is_alphanumeric());
                if !(d.is_alphanumeric() || is_joiner(d) && next_alnum) {
                    break;
                }
                end = j + d.len_utf8();
                k += 1;
            }
            let word = &s[i..end];
            match ["'s", "’s"].iter().find(|p| word.len() > p.len() && word.ends_with(*p)) {
                Some(p) => {
                    out.push((true, i, end - p.len()));
                    out.push((true, end - p.len(), end));
                }
                None => out.push((true, i, end)),
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_reference(s in "(?s)[a-zA-Z0-9 '’\\-\n\t.,“”—…é中\u{a0}\u{2009}\u{2028}]{0,40}|.{0,20}") {
            let fast: Vec<_> = tokens(&s, 0..s.len()).iter().map(|t| (t.is_word(&s), t.start, t.end)).collect();
            proptest::prop_assert_eq!(fast, reference(&s));
        }
    }

    #[test]
    fn trailing_apostrophe_and_hyphen_are_punctuation() {
        assert_eq!(words("cities' goals - yes"), ["cities", "'", "goals", "-", "yes"]);
    }
}
