//! Quotation-mark pairing: curly “ ” ‘ ’ and straight " ', tolerant of the
//! mismatches real translated texts have.
//!
//! Consumes the paragraphs of the body; produces [`Quote`]s (an opening and
//! a closing mark with the quoted text between) and [`OrphanMark`]s (a mark
//! that pairs with nothing). Later passes read quoted spans from here.
//!
//! # Grammar
//!
//! ```text
//! double-open  = “  | " after start, whitespace or an opening bracket/quote
//! double-close = ”  | " otherwise
//! single-open  = ‘  | ' after start, whitespace or an opening bracket/quote,
//!                     before a letter or digit
//! single-close = ’  | ' when a single quote is open and no letter follows
//! apostrophe   = ’ or ' between letters (People’s, Xi'an), or after a
//!                letter with no single quote open (cities’)
//! ```
//!
//! Curly and straight marks of one family (double or single) pair with each
//! other: `“five tasks"` is a quote. A close pairs with the nearest open of
//! its family; opens of the other family left above it are orphans. Pairing
//! never crosses a paragraph. Each mark is pushed and popped at most once,
//! so the cost is linear in the number of marks.

use std::ops::Range;

use crate::Span;

/// A paired quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Quote {
    /// The opening mark.
    pub open: Span,
    /// The closing mark.
    pub close: Span,
}

impl Quote {
    /// The text between the marks.
    pub fn inner(self) -> Span {
        Span::new(self.open.end, self.close.start)
    }
}

/// Which side an unpaired mark was on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    Open,
    Close,
}

/// A quotation mark that pairs with nothing: “four platforms” ” has an
/// orphan close at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct OrphanMark {
    pub mark: Span,
    pub side: Side,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// Quotes and orphan marks of the given paragraphs, in text order of their
/// opening (or only) mark.
pub(crate) fn pair(text: &str, paragraphs: &[Range<usize>]) -> (Vec<Quote>, Vec<OrphanMark>) {
    let mut quotes = Vec::new();
    let mut orphans = Vec::new();
    for p in paragraphs {
        pair_paragraph(text, p.clone(), &mut quotes, &mut orphans);
    }
    quotes.sort_by_key(|q| q.open.start);
    orphans.sort_by_key(|o| o.mark.start);
    (quotes, orphans)
}

fn pair_paragraph(text: &str, para: Range<usize>, quotes: &mut Vec<Quote>, orphans: &mut Vec<OrphanMark>) {
    let s = &text[para.clone()];
    // Open marks not yet closed, and how many of each family are among them.
    let mut stack: Vec<(Family, Span)> = Vec::new();
    let mut open_count = [0usize; 2];
    let idx = |f: Family| f as usize;
    // Only quotation marks matter: jump between candidate bytes (ASCII
    // quotes, and 0xE2, the lead byte of the curly ones) instead of
    // decoding every char.
    let candidates = memchr::memchr3_iter(b'"', b'\'', 0xE2, s.as_bytes());
    for i in candidates {
        let Some(c) = s[i..].chars().next() else {
            continue;
        };
        if !matches!(c, '“' | '”' | '‘' | '’' | '"' | '\'') {
            continue;
        }
        let prev = s[..i].chars().next_back();
        let next = s[i + c.len_utf8()..].chars().next();
        let mark = Span::new(para.start + i, para.start + i + c.len_utf8());
        let after_space = prev.map_or(true, |p| {
            p.is_whitespace() || matches!(p, '(' | '[' | '“' | '‘' | '"' | '\'' | '—' | '-' | '/')
        });
        let letter_before = prev.is_some_and(char::is_alphanumeric);
        let letter_after = next.is_some_and(char::is_alphanumeric);
        let action = match c {
            '“' => Some((Family::Double, Side::Open)),
            '”' => Some((Family::Double, Side::Close)),
            '"' if after_space && next.is_some_and(|n| !n.is_whitespace()) => Some((Family::Double, Side::Open)),
            '"' if open_count[idx(Family::Double)] > 0 || !after_space => Some((Family::Double, Side::Close)),
            '"' => Some((Family::Double, Side::Open)),
            '‘' | '\'' if letter_before && letter_after => None,
            '‘' => Some((Family::Single, Side::Open)),
            '’' | '\'' if letter_before && letter_after => None,
            '\'' if after_space && letter_after => Some((Family::Single, Side::Open)),
            '’' | '\'' if open_count[idx(Family::Single)] > 0 && !letter_after => Some((Family::Single, Side::Close)),
            '’' | '\'' if letter_before => None,
            '’' => Some((Family::Single, Side::Close)),
            _ => None,
        };
        match action {
            None => {}
            Some((family, Side::Open)) => {
                stack.push((family, mark));
                open_count[idx(family)] += 1;
            }
            Some((family, Side::Close)) => {
                if open_count[idx(family)] == 0 {
                    orphans.push(OrphanMark {
                        mark,
                        side: Side::Close,
                    });
                    continue;
                }
                while let Some((f, open)) = stack.pop() {
                    open_count[idx(f)] -= 1;
                    if f == family {
                        quotes.push(Quote { open, close: mark });
                        break;
                    }
                    orphans.push(OrphanMark {
                        mark: open,
                        side: Side::Open,
                    });
                }
            }
        }
    }
    orphans.extend(stack.into_iter().map(|(_, mark)| OrphanMark { mark, side: Side::Open }));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> (Vec<&str>, Vec<String>) {
        let (quotes, orphans) = pair(text, std::slice::from_ref(&(0..text.len())));
        let q = quotes.iter().map(|q| &text[q.inner().range()]).collect();
        let o = orphans
            .iter()
            .map(|o| format!("{:?}@{}", o.side, o.mark.start))
            .collect();
        (q, o)
    }

    #[test]
    fn curly_pairs() {
        assert_eq!(check("the “1310” and “1+6+3” plans").0, ["1310", "1+6+3"]);
    }

    #[test]
    fn straight_pairs() {
        assert_eq!(
            check(r#"the "go out" and "find opportunities" calls"#).0,
            ["go out", "find opportunities"]
        );
    }

    #[test]
    fn nested_single_inside_double() {
        assert_eq!(
            check("“implement the ‘1310’ plan”").0,
            ["implement the ‘1310’ plan", "1310"]
        );
    }

    #[test]
    fn straight_single_quotes_and_apostrophes() {
        let (q, o) = check("Sihui City's 'one, three, and five' goals in Xi'an and the cities' plans");
        assert_eq!(q, ["one, three, and five"]);
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let (q, o) = check("the People’s Congress and Jiangmen’s economy, the cities’ goals");
        assert!(q.is_empty());
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn extra_close_is_an_orphan() {
        let text = "the “four industrial platforms” ” of the city";
        let (q, o) = check(text);
        assert_eq!(q, ["four industrial platforms"]);
        assert_eq!(o, [format!("Close@{}", text.rfind('”').unwrap())]);
    }

    #[test]
    fn close_without_open_is_an_orphan() {
        let (q, o) = check("promoting high-quality development of Jiangmen”, we had");
        assert!(q.is_empty());
        assert_eq!(o.len(), 1);
        assert!(o[0].starts_with("Close@"));
    }

    #[test]
    fn mixed_curly_and_straight_of_one_family_pair() {
        assert_eq!(check("the “five tasks\" ahead").0, ["five tasks"]);
    }

    #[test]
    fn unclosed_open_is_an_orphan_and_pairing_stops_at_paragraph_end() {
        let text = "“open here\n“second” done";
        let paras = [0..10, 11..text.len()];
        let (quotes, orphans) = pair(text, &paras);
        assert_eq!(quotes.len(), 1);
        assert_eq!(&text[quotes[0].inner().range()], "second");
        assert_eq!(
            orphans,
            [OrphanMark {
                mark: Span::new(0, 3),
                side: Side::Open
            }]
        );
    }

    #[test]
    fn inner_open_of_other_family_is_dropped_on_close() {
        let (q, o) = check("“a ‘b c” d");
        assert_eq!(q, ["a ‘b c"]);
        assert_eq!(o.len(), 1);
    }

    #[test]
    fn many_marks_stay_linear_and_balanced() {
        let text = "“".repeat(10_000) + &"”".repeat(10_000);
        let (quotes, orphans) = pair(&text, std::slice::from_ref(&(0..text.len())));
        assert_eq!(quotes.len(), 10_000);
        assert!(orphans.is_empty());
    }
}
