//! The dev-set gold test: `extract` over the third-party dev articles in
//! `../shared/corpus/dev`, scored against `../shared/gold/dev` with the
//! matching rules of shared/score.py, and a floor per field and attribute.
//!
//! The dev text never enters this repository: the test reads it from the
//! shared folder beside the checkout (CI has it). When the folder is absent
//! the test says so and passes.
//!
//! Floors only ever rise: each is the measured figure of the last change
//! that raised it, rounded down, so a change that lowers a field fails here.

mod common;

use std::path::PathBuf;

/// Minimum F1 per field on the 65 dev articles.
const FIELD_FLOORS: &[(&str, f64)] = &[
    ("people", 0.98),
    ("positions", 0.97),
    ("byline", 0.99),
    ("events", 0.92),
    ("participants", 0.91),
    ("targets", 0.915),
    ("targets_value_only", 0.93),
    ("initiatives", 0.96),
    ("organizations", 0.92),
    ("places", 0.91),
    ("metadata", 0.99),
    ("visited", 0.82),
];

/// Minimum accuracy of attributes on matched facts.
const ATTRIBUTE_FLOORS: &[(&str, f64)] = &[
    ("event_kind", 0.99),
    ("event_date", 0.96),
    ("event_part_of_day", 0.98),
    ("target_period", 0.96),
    ("target_subject", 0.93),
    ("organization_kind", 0.98),
    ("place_kind", 1.0),
];

fn shared_dir() -> PathBuf {
    common::root().join("..").join("shared")
}

#[test]
fn dev_set_meets_its_floors() {
    let corpus = shared_dir().join("corpus/dev");
    let gold_dir = shared_dir().join("gold/dev");
    if !corpus.is_dir() || !gold_dir.is_dir() {
        println!(
            "dev set not found at {} (it lives outside the repository); skipped",
            corpus.display()
        );
        return;
    }
    let files = common::txt_files("../shared/corpus/dev");
    assert!(!files.is_empty(), "no articles in {}", corpus.display());
    let scores = common::score_articles(&files, &gold_dir);
    let report = format!("{} files\n{}{}", files.len(), scores.table(), scores.attr_table());
    println!("{report}");
    for (field, floor) in FIELD_FLOORS {
        let f = scores.get(field).f();
        assert!(
            f >= *floor - 1e-9,
            "{field}: F1 {f:.3} is below its floor {floor:.3}\n{report}"
        );
    }
    for (name, floor) in ATTRIBUTE_FLOORS {
        let a = scores.attr(name);
        assert!(
            a >= *floor - 1e-9,
            "{name}: accuracy {a:.3} is below its floor {floor:.3}\n{report}"
        );
    }
}
