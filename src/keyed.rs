//! Keyed search: a pattern whose every match holds one of a few key words,
//! searched only just before them.
//!
//! Many patterns open on a run of capitalised words before the word that
//! makes them ("Jiangmen Municipal Party Committee", "Pengjiang District",
//! "Xinhua News Agency"). The regex engine finds no literal to skip to in
//! such a pattern and walks its automaton over every byte of the text, a
//! dependent table lookup per byte. Such a pattern's matches have a known
//! shape before the key word: at most so many words, each followed by one
//! space, and (for most) each a capitalised name word. A match at or after
//! a position therefore starts no earlier than the words of that shape
//! right before the first key word there. A [`KeyedRegex`] finds that word
//! with a SIMD literal search, walks back over those words, and runs the
//! pattern from there: the same matches, leftmost-first, as the pattern over
//! the whole text, while prose far from any key word is skipped.
//!
//! The start found so is also where most matches open: a walk back over
//! name words stops where the pattern's words stop. So after such a walk
//! [`KeyedRegex::find_at`] first tries a match anchored there, a forward
//! scan only; when none opens there, it runs the pattern from there as
//! before (a forward scan to the match's end, then a reverse one to its
//! start). A match anchored at the earliest possible start is the leftmost
//! match, and of the matches at one start the anchored search and the
//! unanchored one prefer the same, so the result is the same either way.
//!
//! Whoever builds one states the shape next to the pattern, and a test
//! compares its matches with the plain pattern's over the project's texts.

use aho_corasick::{AhoCorasick, MatchKind};
use regex_automata::util::captures::Captures;
use regex_automata::{meta, Anchored, Input};

/// What the words a pattern allows before its key word are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Before {
    /// Any words.
    Words,
    /// Name words: capitalised words, numbers ("13th"), bracketed words
    /// ("(Jiangmen)") and "and". A match may open inside a space-delimited
    /// stretch ("x-Jiangmen"), so a stretch counts if some end of it can be
    /// one: it holds a capital, a digit or "(", or ends in "and".
    Names,
}

impl Before {
    fn allows(self, stretch: &[u8]) -> bool {
        match self {
            Before::Words => true,
            Before::Names => {
                stretch.ends_with(b"and")
                    || stretch
                        .iter()
                        .any(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'(')
            }
        }
    }
}

/// A pattern and the words that key it.
#[derive(Debug)]
pub(crate) struct KeyedRegex {
    regex: meta::Regex,
    /// The same pattern as the `regex` crate compiles it, for the tests
    /// that compare the keyed search with the plain one.
    #[cfg(test)]
    plain: regex::Regex,
    keys: AhoCorasick,
    /// At most this many words, each with one space after it, stand
    /// between a match's start and its key word.
    max_words: usize,
    before: Before,
}

impl KeyedRegex {
    /// `pattern` (the `regex` crate's syntax and defaults), every match of
    /// which holds one of `keys` (case as written) after at most
    /// `max_words` words of kind `before`, each followed by one space
    /// (`(?:WORD\x20){0,max_words}`, WORD without spaces). Panics if the
    /// pattern does not compile: the patterns are the library's own.
    pub fn new<'a>(
        pattern: &str,
        keys: impl IntoIterator<Item = &'a str>,
        max_words: usize,
        before: Before,
    ) -> KeyedRegex {
        // Leftmost-first runs on the SIMD literal searcher, and reports the
        // key that starts first.
        let keys = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(keys)
            .expect("key words build an automaton");
        KeyedRegex {
            regex: meta::Regex::new(pattern).expect("keyed pattern compiles"),
            #[cfg(test)]
            plain: regex::Regex::new(pattern).expect("keyed pattern compiles"),
            keys,
            max_words,
            before,
        }
    }

    /// The pattern, for tests that compare with it.
    #[cfg(test)]
    pub fn regex(&self) -> &regex::Regex {
        &self.plain
    }

    /// Where a match at or after `from` can start at the earliest, or
    /// `None` when `s[from..]` holds no key word, and so no match.
    ///
    /// Every match holds a key at or after its start, so at or after the
    /// first key here; the words before that key allowed by the shape
    /// reach back no further than those before any later key.
    fn earliest_start(&self, s: &str, from: usize) -> Option<usize> {
        let key = self.keys.find(aho_corasick::Input::new(s).span(from..s.len()))?;
        let bytes = s.as_bytes();
        let mut start = key.start();
        for _ in 0..self.max_words {
            if start <= from || bytes[start - 1] != b' ' {
                break;
            }
            let word_end = start - 1;
            let word_start = memchr::memrchr(b' ', &bytes[from..word_end]).map_or(from, |i| from + i + 1);
            if !self.before.allows(&bytes[word_start..word_end]) {
                break;
            }
            start = word_start;
        }
        Some(start)
    }

    /// The leftmost-first match starting at or after `from`, as
    /// `regex.find_at(s, from)` finds it.
    pub fn find_at<'s>(&self, s: &'s str, from: usize) -> Option<KeyedMatch<'s>> {
        let start = self.earliest_start(s, from)?;
        // A walk back over any words goes its full length into prose, where
        // no match opens (over the dev articles, none of the lower-case
        // bodies' tries did): only a walk over name words is worth a try.
        let anchored = (self.before == Before::Names)
            .then(|| self.regex.find(Input::new(s).range(start..).anchored(Anchored::Yes)))
            .flatten();
        let range = match anchored {
            Some(m) => m.range(),
            None => self.regex.find(Input::new(s).range(start..))?.range(),
        };
        Some(KeyedMatch { haystack: s, range })
    }

    /// The leftmost-first match starting at or after `from`, with its
    /// groups, as `regex.captures_at(s, from)` finds it.
    pub fn captures_at<'s>(&self, s: &'s str, from: usize) -> Option<KeyedCaptures<'s>> {
        let start = self.earliest_start(s, from)?;
        let mut groups = self.regex.create_captures();
        self.regex.captures(Input::new(s).range(start..), &mut groups);
        groups.is_match().then_some(KeyedCaptures { haystack: s, groups })
    }

    /// Every match in `s`, as `regex.find_iter(s)` finds them.
    pub fn find_iter<'a, 's>(&'a self, s: &'s str) -> impl Iterator<Item = KeyedMatch<'s>> + 'a
    where
        's: 'a,
    {
        successive(s, move |from| self.find_at(s, from).map(|m| (m.range(), m)))
    }

    /// Every match in `s` with its groups, as `regex.captures_iter(s)`
    /// finds them.
    pub fn captures_iter<'a, 's>(&'a self, s: &'s str) -> impl Iterator<Item = KeyedCaptures<'s>> + 'a
    where
        's: 'a,
    {
        successive(s, move |from| {
            let c = self.captures_at(s, from)?;
            Some((c.get(0).expect("group 0").range(), c))
        })
    }
}

/// A match of a [`KeyedRegex`]: where it lies in the text searched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct KeyedMatch<'s> {
    haystack: &'s str,
    range: std::ops::Range<usize>,
}

impl<'s> KeyedMatch<'s> {
    /// Where the match starts, in bytes.
    pub fn start(&self) -> usize {
        self.range.start
    }

    /// Where the match ends, in bytes.
    pub fn end(&self) -> usize {
        self.range.end
    }

    /// The match's byte range.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.range.clone()
    }

    /// The matched text.
    pub fn as_str(&self) -> &'s str {
        &self.haystack[self.range.clone()]
    }
}

/// A match of a [`KeyedRegex`] with its groups.
#[derive(Clone, Debug)]
pub(crate) struct KeyedCaptures<'s> {
    haystack: &'s str,
    groups: Captures,
}

impl<'s> KeyedCaptures<'s> {
    /// Group `i` (0: the whole match), if it took part in the match.
    pub fn get(&self, i: usize) -> Option<KeyedMatch<'s>> {
        self.groups.get_group(i).map(|span| self.at(span))
    }

    /// The group called `name`, if it took part in the match.
    pub fn name(&self, name: &str) -> Option<KeyedMatch<'s>> {
        self.groups.get_group_by_name(name).map(|span| self.at(span))
    }

    fn at(&self, span: regex_automata::Span) -> KeyedMatch<'s> {
        KeyedMatch {
            haystack: self.haystack,
            range: span.range(),
        }
    }
}

impl std::ops::Index<usize> for KeyedCaptures<'_> {
    type Output = str;

    /// The text of group `i`; panics if it took no part in the match.
    fn index(&self, i: usize) -> &str {
        self.get(i)
            .map_or_else(|| panic!("no group {i} in the match"), |m| m.as_str())
    }
}

impl std::ops::Index<&str> for KeyedCaptures<'_> {
    type Output = str;

    /// The text of the group called `name`; panics if it took no part in
    /// the match.
    fn index(&self, name: &str) -> &str {
        self.name(name)
            .map_or_else(|| panic!("no group {name} in the match"), |m| m.as_str())
    }
}

/// The items `next` finds from 0 on, each search resuming where the last
/// match (the range it returns) ended.
fn successive<'s, T>(
    s: &'s str,
    mut next: impl FnMut(usize) -> Option<(std::ops::Range<usize>, T)> + 's,
) -> impl Iterator<Item = T> + 's {
    let mut from = 0;
    std::iter::from_fn(move || {
        let (m, item) = next(from)?;
        from = next_from(s, m.start, m.end);
        Some(item)
    })
}

/// Where the search after a match resumes: at its end, or one character
/// on after an empty match (as the regex crate's iterators do).
fn next_from(s: &str, start: usize, end: usize) -> usize {
    if start < end {
        end
    } else {
        end + s[end..].chars().next().map_or(1, char::len_utf8)
    }
}

/// Texts for the tests that compare a keyed search with its plain
/// pattern: the project's own texts, and hard cases of the shapes keyed
/// searches rely on (long runs of capitalised words, "and" inside names,
/// names that open inside a hyphenated word, lower-case bodies).
#[cfg(test)]
pub(crate) fn comparison_texts() -> Vec<String> {
    let mut texts = crate::text::own_texts();
    texts.push(
        "The Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Municipal Party Committee met. \
         Officials of the Jiangmen Science and Technology Innovation and Development Research Center and \
         the Xinhui Jiangmen Pengjiang Heshan Taishan Kaiping Enping Zhuhai Foundry Company, Ltd. spoke. \
         The ex-Pengjiang District and x-Jiangmen Municipal Bureau of Statistics (JMBS) joined the \
         standing committee of the municipal people's congress and the party group of the CPPCC; \
         the government of Jiangmen and Guangdong people's congress, the city party committee of which. \
         Reporters of the Jiangmen Daily Evening News and China Business Weekly and the Outline of the \
         14th Five-Year Plan for National Economic and Social Development and Long-Range Objectives, \
         The Action Plan, Jiangmen and Shenzhen Cooperation Zone and Binjiang Historical and Cultural Street, \
         Wudang district and Chongqing municipality. Editor: Zhang Hua\nReporter : Li Ming\n"
            .to_string(),
    );
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn districts(before: Before) -> KeyedRegex {
        // Up to two capitalised words before "District".
        KeyedRegex::new(r"(?:[A-Z][a-z]+\x20){1,2}District", ["District"], 2, before)
    }

    fn both(re: &KeyedRegex, s: &str) -> (Vec<String>, Vec<String>) {
        let plain = re.regex().find_iter(s).map(|m| m.as_str().to_string()).collect();
        let keyed = re.find_iter(s).map(|m| m.as_str().to_string()).collect();
        (plain, keyed)
    }

    #[test]
    fn finds_what_the_pattern_finds() {
        let s = "In Jiangmen Pengjiang District and New Huicheng District, lanes; the Xinhui District.";
        for before in [Before::Words, Before::Names] {
            let (plain, keyed) = both(&districts(before), s);
            assert_eq!(
                plain,
                [
                    "Jiangmen Pengjiang District",
                    "New Huicheng District",
                    "Xinhui District"
                ]
            );
            assert_eq!(keyed, plain);
        }
    }

    #[test]
    fn a_match_may_open_inside_a_stretch() {
        // No \b: the match opens at the "J" of "x-Jiangmen".
        let s = "of x-Jiangmen District";
        let (plain, keyed) = both(&districts(Before::Names), s);
        assert_eq!(plain, ["Jiangmen District"]);
        assert_eq!(keyed, plain);
    }

    #[test]
    fn no_key_word_no_search() {
        assert!(districts(Before::Names)
            .find_at("Jiangmen Pengjiang County", 0)
            .is_none());
        assert_eq!(districts(Before::Words).find_iter("").count(), 0);
    }

    #[test]
    fn names_stop_the_walk_at_prose() {
        let re = districts(Before::Names);
        let s = "the new Xinhui District";
        // The walk stops at "new": the pattern runs from "Xinhui".
        assert_eq!(re.earliest_start(s, 0), Some(8));
        assert_eq!(districts(Before::Words).earliest_start(s, 0), Some(4));
        assert!(Before::Names.allows(b"Thousand") && Before::Names.allows(b"band"));
        assert!(!Before::Names.allows(b"new"));
    }

    #[test]
    fn a_match_after_the_earliest_start_is_found_by_the_full_search() {
        // Walking back over any words reaches "the", where no match opens
        // (the pattern wants capitals), and such a walk makes no anchored
        // try: the search from there finds "Xinhui District".
        let re = districts(Before::Words);
        let s = "the Xinhui District";
        assert_eq!(re.earliest_start(s, 0), Some(0));
        let here = Input::new(s).range(0..).anchored(Anchored::Yes);
        assert!(re.regex.find(here).is_none());
        let (plain, keyed) = both(&re, s);
        assert_eq!(plain, ["Xinhui District"]);
        assert_eq!(keyed, plain);
        // Walking back over names stops at "the": the anchored try there
        // finds it.
        let re = districts(Before::Names);
        assert_eq!(re.earliest_start(s, 0), Some(4));
        let m = re.find_at(s, 0).expect("a match");
        assert_eq!((m.start(), m.end(), m.as_str()), (4, 19, "Xinhui District"));
    }

    #[test]
    fn captures_match_the_pattern() {
        let re = KeyedRegex::new(
            r"(?P<name>[A-Z][a-z]+)\x20(?P<suffix>District|County)",
            ["District", "County"],
            1,
            Before::Names,
        );
        let s = "the Taishan County and Xinhui District";
        let got: Vec<String> = re
            .captures_iter(s)
            .map(|c| format!("{}|{}", &c["name"], &c["suffix"]))
            .collect();
        assert_eq!(got, ["Taishan|County", "Xinhui|District"]);
    }
}
