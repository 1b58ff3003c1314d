//! The gold test: `extract` over the seed articles, scored against their
//! hand-checked gold (tests/gold/seeds, copied from shared/gold/seeds) with
//! the matching rules of shared/score.py, and a floor per field.
//!
//! Floors only ever rise: raise one when a pass improves, never lower it.

mod common;

/// Minimum F1 per headline field on the seeds. Fields whose pass does not
/// exist yet have floor 0.
const FLOORS: &[(&str, f64)] = &[
    ("byline", 1.0),
    ("metadata", 1.0),
    ("people", 1.0),
    ("positions", 1.0),
    ("events", 1.0),
    ("participants", 1.0),
    ("targets", 1.0),
    ("initiatives", 1.0),
    ("organizations", 0.95),
    ("places", 0.9),
];

#[test]
fn seeds_meet_their_floors() {
    let files = common::txt_files("seeds");
    assert_eq!(files.len(), 5, "the five seed articles");
    let scores = common::score_articles(&files, &common::root().join("tests/gold/seeds"));
    println!("{}", scores.table());
    for (field, floor) in FLOORS {
        let f = scores.get(field).f();
        assert!(
            f >= *floor - 1e-9,
            "{field}: F1 {f:.3} is below its floor {floor:.3}\n{}",
            scores.table()
        );
    }
}
