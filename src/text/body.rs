//! Locating the article body: the text between leading junk and trailing
//! furniture, as a byte range of the input (nothing is copied or shifted).
//!
//! # Grammar
//!
//! ```text
//! input   = junk-line* body furniture-line*
//! junk    = a line with no letter and no digit   ("‘);", "}", "} ?>")
//! furniture (at the end only) =
//!         | a line with no letter and no digit
//!         | stamp-line     "2024-02-20 08:26:24"  (YYYY-MM-DD hh:mm[:ss])
//!         | hashtag-line   "#Pengjiang #District ..." (every word starts with #)
//! ```
//!
//! The dateline pass reads the trailing stamp from the furniture, so the
//! body excludes it but the input keeps it.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// The body of `text`: leading junk lines and trailing furniture lines
/// excluded. Empty (at the end of the text) when nothing is left.
pub(crate) fn locate(text: &str) -> Range<usize> {
    let mut start = 0;
    for line in lines(text) {
        if is_junk(&text[line.clone()]) {
            start = line.end;
        } else {
            start = line.start;
            break;
        }
    }
    let mut end = text.len();
    // Walk lines backwards; `lines` is cheap and the walk stops at the
    // first content line, so this stays linear.
    let all: Vec<Range<usize>> = lines(text).collect();
    for line in all.iter().rev() {
        if line.start < start {
            break;
        }
        let s = &text[line.clone()];
        if is_junk(s) || is_stamp_line(s) || is_hashtag_line(s) {
            end = line.start;
        } else {
            break;
        }
    }
    let end = end.max(start);
    // Trim surrounding whitespace so the body begins and ends on content.
    let body = &text[start..end];
    let lead = body.len() - body.trim_start().len();
    let trail = body.len() - body.trim_end().len();
    if lead == body.len() {
        return end..end;
    }
    start + lead..end - trail
}

/// Byte ranges of the lines of `text`, without their `\n` (or `\r\n`).
pub(crate) fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= text.len() {
            return None;
        }
        let start = pos;
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        pos = end + 1;
        let end = if text[start..end].ends_with('\r') { end - 1 } else { end };
        Some(start..end)
    })
}

fn is_junk(line: &str) -> bool {
    !line.chars().any(char::is_alphanumeric)
}

static STAMP_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*$").unwrap());

pub(crate) fn is_stamp_line(line: &str) -> bool {
    STAMP_LINE.is_match(line)
}

fn is_hashtag_line(line: &str) -> bool {
    let mut words = line.split_whitespace().peekable();
    words.peek().is_some() && words.all(|w| w.starts_with('#') && w.len() > 1)
}

#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static Regex> {
    vec![&STAMP_LINE]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> &str {
        &text[locate(text)]
    }

    #[test]
    fn skips_leading_code_junk() {
        assert_eq!(
            body("‘);\n}\nJiangmen Daily News reported."),
            "Jiangmen Daily News reported."
        );
        assert_eq!(body("} ?>\n(Yicai) Jan. 24 -- Text."), "(Yicai) Jan. 24 -- Text.");
    }

    #[test]
    fn keeps_a_first_line_with_content() {
        // A leading date line has digits: it is content, not junk.
        assert_eq!(body("2023-08-17 02:26:48\nBody."), "2023-08-17 02:26:48\nBody.");
        assert_eq!(body(" date 2023-02-17 Body."), "date 2023-02-17 Body.");
    }

    #[test]
    fn drops_trailing_stamp_and_hashtags() {
        let text = "Body text.\n2024-02-20 08:26:24\n#Pengjiang #District #Meeting\n";
        assert_eq!(body(text), "Body text.");
    }

    #[test]
    fn keeps_a_trailing_line_with_words_and_hashes() {
        let text = "Body text.\nSee #Pengjiang for more.";
        assert_eq!(body(text), text);
    }

    #[test]
    fn stamp_in_the_middle_stays() {
        let text = "First.\n2024-02-20 08:26:24\nSecond.";
        assert_eq!(body(text), text);
    }

    #[test]
    fn empty_and_junk_only_inputs_give_empty_body() {
        assert_eq!(body(""), "");
        assert_eq!(body("  \n\n"), "");
        assert_eq!(body("});\n#tag"), "");
    }

    #[test]
    fn crlf_lines() {
        assert_eq!(body("}\r\nBody.\r\n2024-02-20 08:26\r\n"), "Body.");
    }
}
