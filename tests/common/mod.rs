//! Helpers shared by the integration tests.

#![allow(dead_code)] // Each test binary uses a different subset.

pub mod cli;
pub mod invariants;
pub mod score;

use std::path::{Path, PathBuf};

use govfacts::{Article, Span};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Sorted `.txt` files of a project folder.
pub fn txt_files(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

/// `extract` over each article, its spans checked, scored against
/// `gold_dir/<stem>.json`.
pub fn score_articles(files: &[PathBuf], gold_dir: &Path) -> score::Scores {
    let mut scores = score::Scores::default();
    for path in files {
        let text = read(path);
        let article = govfacts::extract(&text);
        check_spans(&text, &article);
        let pred = serde_json::to_value(&article).unwrap();
        let stem = path.file_stem().unwrap().to_str().unwrap();
        let gold: serde_json::Value = serde_json::from_str(&read(&gold_dir.join(format!("{stem}.json")))).unwrap();
        scores.score_file(&gold, &pred);
    }
    scores
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every span a fact carries, with what it claims to show (if anything).
fn spans(a: &Article) -> Vec<(Span, Option<&str>, &str)> {
    let mut v = Vec::new();
    for e in a.source_evidence.iter().chain(a.published_evidence.iter()) {
        if let Some(s) = e.span {
            v.push((s, None, e.rule.as_str()));
        }
        assert!(!e.rule.as_str().is_empty());
    }
    for b in &a.byline {
        v.push((b.span, Some(b.name.as_str()), b.rule.as_str()));
    }
    for p in &a.people {
        v.push((p.span, None, p.rule.as_str()));
        v.extend(p.mentions.iter().map(|m| (*m, None, p.rule.as_str())));
        v.extend(p.position_details.iter().map(|d| (d.span, None, d.rule.as_str())));
    }
    for e in &a.events {
        v.push((e.span, None, e.rule.as_str()));
    }
    for t in &a.targets {
        v.push((t.span, None, t.rule.as_str()));
    }
    for i in &a.initiatives {
        v.push((i.span, None, i.rule.as_str()));
    }
    for o in &a.organizations {
        v.push((o.span, None, o.rule.as_str()));
    }
    for p in &a.places {
        v.push((p.span, None, p.rule.as_str()));
    }
    v
}

/// The span invariant: every span lies on char boundaries inside `text`,
/// every rule id is non-empty, and a byline name is the text at its span.
pub fn check_spans(text: &str, a: &Article) {
    for (span, claims, rule) in spans(a) {
        assert!(!rule.is_empty(), "empty rule id");
        let got = span
            .slice(text)
            .unwrap_or_else(|| panic!("span {span} of [{rule}] is not on char boundaries inside the input"));
        if let Some(claim) = claims {
            assert_eq!(got, claim, "[{rule}] at {span}");
        }
    }
    for p in &a.people {
        // Every mention is the full name or its surname.
        let surname = p.name.split(' ').next().unwrap_or("");
        for m in &p.mentions {
            let got = m.slice(text).unwrap();
            assert!(got == p.name || got == surname, "mention {got:?} of {}", p.name);
        }
        assert_eq!(p.positions.len(), p.position_details.len());
    }
    if let Some(e) = &a.source_evidence {
        let s = e.span.expect("a source always comes from the text");
        assert_eq!(s.slice(text), a.source.as_deref());
    }
}
