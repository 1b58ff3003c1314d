//! Patterns with counted runs ("up to 80 characters other than , ; .
//! before the head noun"), searched without the counters.
//!
//! A counted repetition makes the lazy DFA track one counter per place a
//! run may have started: on ordinary sentences it builds a new state at
//! almost every byte and runs at a few MB/s, and its capture search walks a
//! program eighty copies long. The same pattern with each run unbounded
//! (`*?` for `{0,N}?`, `*` for `{0,N}`) scans at full speed.
//!
//! Consumes the pattern with its runs marked; produces the bounded
//! pattern's first match, found like this:
//!
//! 1. The unbounded pattern's first match, at start `p`. Every match of the
//!    bounded pattern is one of the unbounded pattern's, so none starts
//!    before `p`.
//! 2. If each run of that match keeps its bound, it is the bounded
//!    pattern's first match: at `p` the bounded pattern's matches are a
//!    subset of the unbounded one's, tried in the same order, and this one,
//!    the first of them all, is among them.
//! 3. Otherwise the bounded pattern runs from `p` (rare: a run longer than
//!    its bound, on a long clause without punctuation).

use regex::{Captures, Regex};
use std::sync::OnceLock;

/// One counted run of a pattern: written `<<name>>` in the pattern, it
/// stands for `(?P<name>class{0,max}?)` (lazy) or `(?P<name>class{0,max})`
/// (greedy).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Run {
    /// The capture group's name, and the marker's.
    pub name: &'static str,
    /// A character class matching one character: `[^,;.]`.
    pub class: &'static str,
    /// The most characters the run holds.
    pub max: usize,
    /// Whether the run prefers fewer characters.
    pub lazy: bool,
}

impl Run {
    /// A lazy run of up to `max` characters of `class`.
    pub const fn lazy(name: &'static str, class: &'static str, max: usize) -> Run {
        Run {
            name,
            class,
            max,
            lazy: true,
        }
    }

    /// A greedy run of up to `max` characters of `class`.
    pub const fn greedy(name: &'static str, class: &'static str, max: usize) -> Run {
        Run {
            name,
            class,
            max,
            lazy: false,
        }
    }

    fn marker(&self) -> String {
        format!("<<{}>>", self.name)
    }

    fn written(&self, bounded: bool) -> String {
        let count = if bounded {
            format!("{{0,{}}}", self.max)
        } else {
            "*".to_string()
        };
        let lazy = if self.lazy { "?" } else { "" };
        format!("(?P<{}>{}{count}{lazy})", self.name, self.class)
    }
}

/// A pattern with counted runs, searched as the module docs say.
#[derive(Debug)]
pub(crate) struct BoundedRegex {
    scan: Regex,
    /// The bounded pattern as written, compiled on its first use: a run
    /// longer than its bound is rare, and a counted run compiles to a
    /// program as long as its bound, the larger part of the compile time.
    bounded_pattern: String,
    bounded: OnceLock<Regex>,
    runs: Vec<Run>,
}

impl BoundedRegex {
    /// `pattern` with each of `runs` written as its marker `<<name>>`.
    /// Panics when a marker is missing or the pattern does not compile: the
    /// patterns are the library's own.
    pub fn new(pattern: &str, runs: &[Run]) -> BoundedRegex {
        let (mut scan, mut bounded) = (pattern.to_string(), pattern.to_string());
        for run in runs {
            assert!(pattern.contains(&run.marker()), "pattern marks run {}", run.name);
            scan = scan.replace(&run.marker(), &run.written(false));
            bounded = bounded.replace(&run.marker(), &run.written(true));
        }
        BoundedRegex {
            scan: Regex::new(&scan).expect("unbounded pattern compiles"),
            bounded_pattern: bounded,
            bounded: OnceLock::new(),
            runs: runs.to_vec(),
        }
    }

    /// The bounded pattern itself, compiled on first use.
    pub fn bounded(&self) -> &Regex {
        self.bounded
            .get_or_init(|| Regex::new(&self.bounded_pattern).expect("bounded pattern compiles"))
    }

    /// The unbounded pattern, for the compile check.
    #[cfg(test)]
    pub fn scan(&self) -> &Regex {
        &self.scan
    }

    /// The bounded pattern's first match in `hay`, with its groups.
    pub fn captures<'s>(&self, hay: &'s str) -> Option<Captures<'s>> {
        let c = self.scan.captures(hay)?;
        let within = self
            .runs
            .iter()
            .all(|run| c.name(run.name).map_or(true, |m| m.as_str().chars().count() <= run.max));
        if within {
            return Some(c);
        }
        let start = c.get(0).expect("group 0").start();
        self.bounded().captures_at(hay, start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(c: Option<Captures>, groups: &[&str]) -> Option<Vec<Option<std::ops::Range<usize>>>> {
        c.map(|c| groups.iter().map(|g| c.name(g).map(|m| m.range())).collect())
    }

    /// The fast search agrees with the bounded pattern searched plainly,
    /// on texts built to break each bound, with runs lazy and greedy, two
    /// runs in one pattern, and matches where the first candidate breaks a
    /// bound but a later one (or another branch at the same start) keeps it.
    #[test]
    fn agrees_with_the_bounded_pattern() {
        let patterns = [
            BoundedRegex::new(
                r"(?-u:\b)held\x20the\x20(?P<np><<pre>>(?:meeting|forum))",
                &[Run::lazy("pre", "[^,;.]", 12)],
            ),
            BoundedRegex::new(
                r"(?-u:\b)the\x20(?P<np><<pre>>meeting(?:\x20\(<<paren>>\))?(?:\x20of\x20<<of>>)?)\x20was\x20held",
                &[
                    Run::lazy("pre", "[^,;.]", 10),
                    Run::greedy("paren", "[^()]", 6),
                    Run::lazy("of", "[^,;.]", 8),
                ],
            ),
            BoundedRegex::new(
                r"at\x20the\x20(?:<<a>>session\x20of\x20<<b>>congress|(?:[A-Z][a-z]+\x20){1,2}Congress)",
                &[Run::lazy("a", "[^,;.]", 6), Run::lazy("b", "[^,;.]", 6)],
            ),
        ];
        let long = "word ".repeat(5);
        let texts = [
            "They held the meeting.".to_string(),
            format!("They held the {long}meeting and held the city forum."),
            format!("They held the {long}meeting."),
            "held the été forum, held the forum".to_string(),
            "the meeting was held".to_string(),
            "the new meeting (short) was held".to_string(),
            "the new meeting (far too long) was held".to_string(),
            format!("the {long}meeting was held and the meeting of staff was held"),
            "the meeting of a big city staff was held".to_string(),
            "the meeting of staff was held".to_string(),
            "at the first session of the congress".to_string(),
            "at the first long session of the congress".to_string(),
            "at the first long session of the Big Town Congress".to_string(),
            "at the Big Town Congress and at the x session of y congress".to_string(),
            "nothing here".to_string(),
            String::new(),
        ];
        let groups = ["np", "pre", "paren", "of", "a", "b"];
        for p in &patterns {
            for t in &texts {
                let plain = spans(p.bounded().captures(t), &groups);
                let fast = spans(p.captures(t), &groups);
                assert_eq!(fast, plain, "{} on {t:?}", p.bounded().as_str());
            }
        }
        // The texts reach both ways of answering.
        let p = &patterns[0];
        assert!(p.scan.captures(&texts[1]).is_some_and(|c| c["pre"].len() > 12));
        assert_eq!(&p.captures(&texts[1]).unwrap()["np"], "city forum");
        assert!(p.captures(&texts[2]).is_none());
    }

    #[test]
    #[should_panic(expected = "pattern marks run pre")]
    fn a_missing_marker_is_a_bug() {
        BoundedRegex::new("held", &[Run::lazy("pre", "[^,;.]", 3)]);
    }
}
