//! Inputs that once broke an invariant, kept so they never do again.

mod common;

use common::invariants::extract_checked;

/// A quotation that closes after the sentence it opened in ends: the
/// context window after it was inverted and slicing panicked (found by
/// `properties::article_like_strings`).
#[test]
fn quote_closing_after_its_sentence() {
    let text = "“. ““1310” (Reporter/Tang Da)’ Pengjiang District more than 6% this year. \" more than 6% this year";
    extract_checked(text);
    extract_checked("“a. B” c");
}
