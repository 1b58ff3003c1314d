//! Every registered rule is exercised: each id in `govfacts::rules()`
//! appears in the output for some seed article or construction text (our
//! stand-in for rust-analyzer's coverage marks).

mod common;

use std::collections::BTreeSet;

use govfacts::{Article, Extractor};

fn rule_ids(a: &Article) -> Vec<String> {
    let mut v: Vec<String> = a.byline.iter().map(|b| b.rule.to_string()).collect();
    v.extend(
        a.source_evidence
            .iter()
            .chain(a.published_evidence.iter())
            .map(|e| e.rule.to_string()),
    );
    v.extend(a.people.iter().map(|x| x.rule.to_string()));
    v.extend(
        a.people
            .iter()
            .flat_map(|x| x.position_details.iter().map(|d| d.rule.to_string())),
    );
    v.extend(a.events.iter().map(|x| x.rule.to_string()));
    v.extend(a.targets.iter().map(|x| x.rule.to_string()));
    v.extend(a.initiatives.iter().map(|x| x.rule.to_string()));
    v.extend(a.organizations.iter().map(|x| x.rule.to_string()));
    v.extend(a.places.iter().map(|x| x.rule.to_string()));
    v
}

#[test]
fn every_rule_fires_somewhere() {
    let mut seen = BTreeSet::new();
    for path in common::txt_files("seeds")
        .into_iter()
        .chain(common::txt_files("tests/data"))
    {
        seen.extend(rule_ids(&govfacts::extract(&common::read(&path))));
    }
    // The options rule fires only for a caller-supplied date.
    let with_option = Extractor::new()
        .published("2024-02-20".parse().unwrap())
        .extract("The fair opened.");
    seen.extend(rule_ids(&with_option));
    let missing: Vec<_> = govfacts::rules()
        .into_iter()
        .filter(|r| !seen.contains(r.id))
        .map(|r| r.id)
        .collect();
    assert!(missing.is_empty(), "rules that no test input exercises: {missing:?}");
}

#[test]
fn every_emitted_rule_is_registered() {
    let registered: BTreeSet<&str> = govfacts::rules().iter().map(|r| r.id).collect();
    for path in common::txt_files("seeds")
        .into_iter()
        .chain(common::txt_files("tests/data"))
    {
        for id in rule_ids(&govfacts::extract(&common::read(&path))) {
            assert!(registered.contains(id.as_str()), "{id} is emitted but not registered");
        }
    }
}
