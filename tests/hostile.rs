//! Hostile inputs: each must not panic, must give sensible output, and must
//! cost at most a generous multiple of a normal article's per-byte time,
//! measured in the same test (no absolute times).

mod common;

use std::time::{Duration, Instant};

use common::invariants::extract_checked;

/// Per-byte time of the seed articles, measured now.
fn normal_per_byte() -> f64 {
    let texts: Vec<String> = common::txt_files("seeds").iter().map(|f| common::read(f)).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    // Warm up (regexes compile once per process), then time three passes.
    for t in &texts {
        govfacts::extract(t);
    }
    let start = Instant::now();
    for _ in 0..3 {
        for t in &texts {
            govfacts::extract(t);
        }
    }
    start.elapsed().as_secs_f64() / (3 * bytes) as f64
}

/// Extracts `text`, checks the invariants, and asserts the per-byte cost is
/// within `factor` of a normal article's (plus a small constant for timer
/// noise on short inputs).
fn within(text: &str, factor: f64) -> govfacts::Article {
    let per_byte = normal_per_byte();
    let start = Instant::now();
    let a = extract_checked(text);
    let took = start.elapsed();
    let bound = Duration::from_secs_f64(per_byte * text.len() as f64 * factor) + Duration::from_millis(50);
    assert!(took <= bound, "took {took:?} for {} bytes; bound {bound:?}", text.len());
    a
}

/// Generous: the goal is 3x; the test allows for a loaded CI machine.
const FACTOR: f64 = 10.0;
const MB: usize = 1 << 20;

#[test]
fn empty_and_whitespace() {
    let a = within("", FACTOR);
    assert_eq!(a, govfacts::Article::default());
    let a = within(" \n\t\r\n \u{3000} ", FACTOR);
    assert_eq!(a, govfacts::Article::default());
}

#[test]
fn a_megabyte_without_a_full_stop() {
    let text = "the city will strive to grow and the district will build ".repeat(MB / 57);
    let a = within(&text, FACTOR);
    assert!(a.targets.is_empty() && a.people.is_empty());
}

#[test]
fn a_hundred_thousand_quotation_marks() {
    for mark in ["“", "\"", "”", "“”", "'"] {
        let text = mark.repeat(100_000 / mark.chars().count());
        let a = within(&text, FACTOR);
        assert!(a.initiatives.is_empty(), "no words, no initiatives ({mark})");
    }
    let alternating = "“\"‘'”\"’'".repeat(12_500);
    within(&alternating, FACTOR);
}

#[test]
fn unbalanced_parentheses_in_company_names() {
    let text = "Visits went to Hymson (Jiangmen Laser Co., Ltd. and ((Foshan) Xinda) Co., Ltd.) and to ) Meida ( Group Co., Ltd.";
    let a = within(text, FACTOR);
    assert!(a
        .organizations
        .iter()
        .all(|o| o.kind == govfacts::OrganizationKind::Company));
}

#[test]
fn ten_thousand_names_in_one_list() {
    let surnames = ["Chen", "Li", "Wang", "Zhang", "Liu", "Huang", "Zhou", "Wu"];
    let given = [
        "Anming", "Xiao", "Wei", "Zhangrui", "Jun", "Hua", "Ping", "Lan", "Ming", "Tao",
    ];
    let mut names = Vec::new();
    for i in 0..10_000 {
        names.push(format!(
            "{} {}",
            surnames[i % surnames.len()],
            given[(i / surnames.len()) % given.len()]
        ));
    }
    let text = format!("City leaders {} attended the meeting.", names.join(", "));
    let a = within(&text, FACTOR);
    // 80 distinct names, each seen many times.
    assert_eq!(a.people.len(), 80);
    assert!(a.people.iter().all(|p| p.positions.is_empty()));
}

#[test]
fn digits_and_commas() {
    let list: Vec<String> = (1..200_000).map(|i| i.to_string()).collect();
    let text = format!("The target is {}.", list.join(","));
    within(&text, FACTOR);
    let text = "1,".repeat(MB / 2);
    within(&text, FACTOR);
}

#[test]
fn overflowing_numbers_stay_finite() {
    let text = "The city will strive for a GDP of 9999999999999999999999 billion yuan this year.";
    let a = within(text, FACTOR);
    assert_eq!(a.targets.len(), 1);
    assert!(a.targets[0].value.is_finite());
    let huge = format!("The target will be {} trillion yuan.", "9".repeat(5000));
    let a = within(&huge, FACTOR);
    assert!(a.targets.iter().all(|t| t.value.is_finite()));
    let json = serde_json::to_string(&a).unwrap();
    assert!(!json.contains("inf") && !json.contains("NaN"));
}

#[test]
fn a_byline_with_a_thousand_slashes() {
    let text = format!(
        "Jiangmen Daily News (Reporter/{}Tang Da) On May 2, the fair opened.",
        "Reporter/".repeat(1000)
    );
    let a = within(&text, FACTOR);
    assert_eq!(a.source.as_deref(), Some("Jiangmen Daily News"));
    assert!(a.byline.iter().any(|b| b.name == "Tang Da"));
    within(&"/".repeat(100_000), FACTOR);
}

#[test]
fn a_megabyte_of_capitalised_pinyin_without_a_stop() {
    let text = "Chen Anming Jiangmen Pengjiang Xiaoqing Huanshi ".repeat(MB / 48);
    within(&text, FACTOR);
}

#[test]
fn binary_looking_input() {
    let text: String = (0..200_000u32)
        .filter_map(|i| char::from_u32((i * 7919) % 0x11_0000))
        .collect();
    within(&text, FACTOR);
}
