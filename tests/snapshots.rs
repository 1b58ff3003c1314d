//! One reviewed JSON snapshot per article: the seed articles and the
//! project's own construction texts (tests/data). Every snapshot also
//! checks the span invariant.

mod common;

#[test]
fn seed_articles() {
    insta::glob!("../seeds", "*.txt", |path| {
        let text = common::read(path);
        let article = govfacts::extract(&text);
        common::check_spans(&text, &article);
        insta::assert_json_snapshot!(article);
    });
}

#[test]
fn construction_texts() {
    insta::glob!("data", "*.txt", |path| {
        let text = common::read(path);
        let article = govfacts::extract(&text);
        common::check_spans(&text, &article);
        insta::assert_json_snapshot!(article);
    });
}
