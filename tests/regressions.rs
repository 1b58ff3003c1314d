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

/// Found by the `number` fuzz target: a count noun several words after a
/// number stretched its span over the next numbers, and range pairing
/// sliced backwards.
#[test]
fn count_noun_span_over_later_numbers() {
    let text = "($$.2834/\u{0}\u{0}\u{0}n 3% an 4\u{0}o\u{0}\u{0}\u{0}8 3 27\u{0}j3\u{0}\u{0}tha\u{0}\u{0} \u{0}4\u{0}o\u{0}\u{0}\u{0}8 center)";
    govfacts::__fuzz::number_grammar(text);
    extract_checked(text);
    extract_checked(&format!("The city will add {text} this year."));
}

/// Found by the `extract` fuzz target (32,104 runs): a byline name joined
/// across a double space, so the name was not the text at its span.
#[test]
fn byline_name_across_a_double_space() {
    let text = " date 2023-02-17 Jiangmen Daily News (Reporter/Ta (Reporter/Tang Da Correspondent/Mo Xiaoqing  On the afternoon of February 16, Chen Anming, Secretary of the Municipal Party Committee, Secretary of the Party Group of the Standing Committee of the Municipal People’s Congress, and Director Chen Anming participated in a sye fierce competition; take root in J date 2023-02-17 JiangmenReporter/Tang Da Correspondent/Mo Xiaoqing) On the afternoon of Febriangmen, deeply cultivate Jiangmen, Strenguary 16, Chen Anmitngh,";
    let a = extract_checked(text);
    assert!(a.byline.iter().all(|b| !b.name.contains("  ")));
}
