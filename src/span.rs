//! Evidence provenance: byte spans into the caller's input and rule ids.
//!
//! Consumes nothing; produces the two small types every fact carries. A
//! [`Span`] is always a byte range on char boundaries of the *original*
//! input, never of a normalised copy (see ARCHITECTURE.md, invariants).

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the input given to
/// [`extract`](crate::extract).
///
/// Serialises as the two-element array `[start, end]` that SCHEMA.md fixes.
///
/// ```
/// let text = "Mayor Wu Xiaohui";
/// let span = govfacts::Span::new(6, 16);
/// assert_eq!(span.slice(text), Some("Wu Xiaohui"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct Span {
    /// Byte offset of the first byte of the evidence.
    pub start: usize,
    /// Byte offset one past the last byte of the evidence.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The evidence text, or `None` if the span does not lie on char
    /// boundaries inside `text`.
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }

    /// The span as a `Range`, for indexing.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True for an empty span.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// This span moved `by` bytes to the right.
    pub(crate) fn shift(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<[usize; 2]> for Span {
    fn from(a: [usize; 2]) -> Span {
        Span::new(a[0], a[1])
    }
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> [usize; 2] {
        [s.start, s.end]
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// The largest char boundary of `s` at or before `i` (clamped to its length).
pub(crate) fn floor_char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after `i` (clamped to its length).
pub(crate) fn ceil_char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The id of the rule that produced a fact, hierarchical by pass:
/// `"dateline/byline/parenthesised"`.
///
/// Every id that the library can emit is listed, with a description, by
/// [`rules`](crate::rules).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RuleId(Cow<'static, str>);

impl RuleId {
    /// A rule id known at compile time.
    pub const fn new(id: &'static str) -> RuleId {
        RuleId(Cow::Borrowed(id))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One registered rule: its id and what it recognises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// The id facts carry in their `rule` field.
    pub id: &'static str,
    /// One sentence on what the rule recognises.
    pub description: &'static str,
}

impl Rule {
    /// The rule's id as a [`RuleId`].
    pub const fn rule_id(&self) -> RuleId {
        RuleId::new(self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_serialises_as_pair() {
        let s = Span::new(3, 9);
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, "[3,9]");
        let back: Span = serde_json::from_str(&json).unwrap();
        assert_eq!(back, s);
    }

    #[test]
    fn char_boundary_rounding() {
        let s = "a“b";
        assert_eq!((floor_char_boundary(s, 2), ceil_char_boundary(s, 2)), (1, 4));
        assert_eq!((floor_char_boundary(s, 99), ceil_char_boundary(s, 99)), (5, 5));
    }

    #[test]
    fn slice_refuses_non_boundaries() {
        let text = "“x”";
        assert_eq!(Span::new(0, 3).slice(text), Some("“"));
        assert_eq!(Span::new(1, 3).slice(text), None);
        assert_eq!(Span::new(0, 99).slice(text), None);
    }
}
