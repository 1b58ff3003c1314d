//! The dateline pass: article metadata from the head and tail of the text.
//!
//! Consumes the [`Document`](crate::text::Document); produces the
//! publication's name (`source`), the publication date (`published`) and the
//! byline entries of every story, each with its evidence and rule.

pub(crate) mod bare_credit;
pub(crate) mod byline;
pub(crate) mod published;
pub(crate) mod source;

use crate::span::Rule;

/// The rules of this pass. Within `source` and `published` the order is the
/// precedence: the first rule that fires decides. Byline rules all fire and
/// their entries merge in text order.
pub(crate) const RULES: &[Rule] = &[
    source::BEFORE_BYLINE,
    source::REPORTERS_REPORTED,
    source::BEFORE_BARE_CREDIT,
    source::BEFORE_DASH,
    source::BEFORE_ALIAS,
    source::PARENTHESISED,
    source::CREDIT_LINE,
    source::WIRE,
    source::AGENCY_DATELINE,
    published::DATE_HEADER,
    published::TOP_LINE,
    published::PRESS_DATELINE,
    published::TRAILING_STAMP,
    published::FROM_OPTIONS,
    byline::LABELLED,
    byline::PHOTO_BY,
    byline::DONE_BY,
    byline::AGENCY_PHOTO,
    byline::REPORTERS_REPORTED,
    bare_credit::BARE_LINE,
    bare_credit::PARENTHESISED,
    bare_credit::BY_BAR_LINE,
];

/// Longest stretch of the body, from its start, in which a source or a top
/// date line is looked for: datelines stand at the head, and some articles
/// put four or five headline lines before them.
pub(crate) const HEAD_BYTES: usize = 1200;

/// The head of the body, as a byte range: where datelines, credit lines and
/// top date lines stand.
pub(crate) fn head(doc: &crate::text::Document) -> std::ops::Range<usize> {
    let end = crate::span::floor_char_boundary(doc.text, (doc.body.start + HEAD_BYTES).min(doc.body.end));
    doc.body.start..end
}

#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static regex::Regex> {
    let mut v = source::regexes();
    v.extend(published::regexes());
    v.extend(byline::regexes());
    v
}
