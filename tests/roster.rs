//! The roster over a construction corpus of our own (tests/data/roster):
//! promotions, two same-named officials kept apart, a transfer kept
//! together, undated articles; the queries; and a roster that does not
//! depend on the order articles are added.

mod common;

use govfacts::roster::{Roster, RosterBuilder};
use govfacts::{Article, Date};
use proptest::prelude::*;

fn corpus() -> Vec<(String, Article)> {
    common::txt_files("tests/data/roster")
        .into_iter()
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            (id, govfacts::extract(&common::read(&p)))
        })
        .collect()
}

fn roster_of(articles: &[(String, Article)]) -> Roster {
    let mut b = RosterBuilder::new();
    for (id, a) in articles {
        b.add(id, a);
    }
    b.build()
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// The expected roster, one row per spell: each row reviewed by hand
/// against the corpus's README.
const EXPECTED: &str = "\
name,person,post,title,body,level,place,first_seen,last_seen,articles,evidence,note
Guo Weidong,1,Secretary of the Xinhui District Party Committee,Secretary,Xinhui District Party Committee,district,Xinhui,2022-05-05,2022-05-05,1,12,
He Jianhua,1,Mayor of Shaoguan,Mayor,,municipal,Shaoguan,,,1,08,
Liang Wenbo,1,Mayor of Foshan,Mayor,,municipal,Foshan,2020-01-08,2020-01-08,1,13,
Liang Wenbo,1,Mayor of Zhuhai,Mayor,,municipal,Zhuhai,2022-06-15,2022-06-15,1,14,
Lin Haofeng,1,Deputy Secretary of the Jiangmen Municipal Party Committee,Deputy Secretary,Jiangmen Municipal Party Committee,municipal,Jiangmen,2022-03-10,2022-09-01,2,01; 02,
Lin Haofeng,1,Mayor of Jiangmen,Mayor,,municipal,Jiangmen,2022-03-10,2022-09-01,2,01; 02,
Lin Haofeng,1,Secretary of the Jiangmen Municipal Party Committee,Secretary,Jiangmen Municipal Party Committee,municipal,Jiangmen,2023-04-12,2024-01-05,2,03; 04,
Xu Lanting,1,Deputy Mayor of Shaoguan,Deputy Mayor,,municipal,Shaoguan,2023-02-01,2023-02-01,1,10,
Xu Lanting,1,Mayor of Shaoguan,Mayor,,municipal,Shaoguan,2024-03-01,2024-03-01,1,11,
Zhou Mingyu,1,Secretary of the Foshan Municipal Party Committee,Secretary,Foshan Municipal Party Committee,municipal,Foshan,2023-05-02,2023-11-21,2,05; 07,
Zhou Mingyu,2,Secretary of the Zhaoqing Municipal Party Committee,Secretary,Zhaoqing Municipal Party Committee,municipal,Zhaoqing,2023-06-02,2023-06-02,1,06,\"not person 1: Secretary of the Foshan Municipal Party Committee (05, 2023-05-02) and Secretary of the Zhaoqing Municipal Party Committee (06, 2023-06-02) cannot both be held\"
Zhou Mingyu,2,Deputy Secretary of the Zhaoqing Municipal Party Committee,Deputy Secretary,Zhaoqing Municipal Party Committee,municipal,Zhaoqing,,,1,09,\"not person 1: Secretary of the Foshan Municipal Party Committee (05, 2023-05-02) and Secretary of the Zhaoqing Municipal Party Committee (06, 2023-06-02) cannot both be held\"
";

#[test]
fn construction_corpus_gives_the_expected_roster() {
    let csv = roster_of(&corpus()).to_csv();
    assert_eq!(csv.replace("\r\n", "\n"), EXPECTED);
}

#[test]
fn promotions_and_two_translations_are_one_person() {
    let roster = roster_of(&corpus());
    let lin: Vec<_> = roster.officials.iter().filter(|o| o.name == "Lin Haofeng").collect();
    assert_eq!(lin.len(), 1);
    // "Secretary of the Municipal Party Committee" in a Jiangmen paper and
    // "Secretary of the CPC Jiangmen Municipal Committee" in another.
    let secretary = &lin[0].spells[2];
    assert_eq!(secretary.text, "Secretary of the Jiangmen Municipal Party Committee");
    let docs: Vec<&str> = secretary.evidence.iter().map(|a| a.doc.as_str()).collect();
    assert_eq!(docs, ["03", "04"]);
    // Evidence spans point at the position's words.
    let text = common::read(&common::root().join("tests/data/roster/04.txt"));
    assert_eq!(
        &text[secretary.evidence[1].span.range()],
        "Secretary of the CPC Jiangmen Municipal Committee"
    );
}

#[test]
fn queries_who_held_a_post_a_persons_posts_and_a_places_officials() {
    let roster = roster_of(&corpus());
    let names = |v: Vec<(&govfacts::roster::Official, &govfacts::roster::Spell)>| {
        v.iter()
            .map(|(o, s)| format!("{} {}: {}", o.name, o.number, s.text))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(roster.held_on(
            "Secretary of the Jiangmen Municipal Party Committee",
            date("2023-10-01")
        )),
        ["Lin Haofeng 1: Secretary of the Jiangmen Municipal Party Committee"]
    );
    // Another translation of the post asks the same question.
    assert_eq!(
        roster
            .held_on("Secretary of the CPC Jiangmen Municipal Committee", date("2023-10-01"))
            .len(),
        1
    );
    assert!(roster
        .held_on(
            "Secretary of the Jiangmen Municipal Party Committee",
            date("2022-10-01")
        )
        .is_empty());
    assert_eq!(
        names(roster.held_on("Mayor of Jiangmen", date("2022-06-01"))),
        ["Lin Haofeng 1: Mayor of Jiangmen"]
    );
    assert_eq!(
        names(roster.posts_of("Xu Lanting")),
        [
            "Xu Lanting 1: Deputy Mayor of Shaoguan",
            "Xu Lanting 1: Mayor of Shaoguan"
        ]
    );
    assert_eq!(
        names(roster.of_place("Shaoguan")),
        [
            "He Jianhua 1: Mayor of Shaoguan",
            "Xu Lanting 1: Deputy Mayor of Shaoguan",
            "Xu Lanting 1: Mayor of Shaoguan"
        ]
    );
}

#[test]
fn the_json_form_carries_spells_and_evidence() {
    let roster = roster_of(&corpus());
    let v = serde_json::to_value(&roster).unwrap();
    let zhou2 = &v["officials"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "Zhou Mingyu" && o["number"] == 2)
        .unwrap();
    assert!(zhou2["note"].as_str().unwrap().starts_with("not person 1: "));
    assert_eq!(zhou2["spells"][0]["post"]["place"], "Zhaoqing");
    assert_eq!(zhou2["spells"][0]["evidence"][0]["doc"], "06");
    assert_eq!(zhou2["spells"][0]["evidence"][0]["date"], "2023-06-02");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The roster does not depend on the order articles are added.
    #[test]
    fn the_order_articles_are_added_in_does_not_matter(seed in any::<u64>()) {
        let articles = corpus();
        let expected = roster_of(&articles);
        let mut shuffled = articles.clone();
        // A Fisher-Yates shuffle driven by the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(roster_of(&shuffled), expected);
    }
}

/// Many articles about one official (a leader named in every issue of a
/// paper for years) build in time linear in the articles: the same-name
/// test looks posts up instead of rereading every earlier article.
#[test]
fn thousands_of_articles_about_one_name_build_quickly() {
    let base = govfacts::extract(
        " date 2023-04-12 Jiangmen Daily News (Reporter/Tang Da) On April 11, Lin Haofeng, \
         Secretary of the Municipal Party Committee, spoke.",
    );
    let other = govfacts::extract(
        " date 2023-04-12 Foshan Daily (Reporter/Liang Yu) On April 11, Lin Haofeng, \
         Secretary of the Foshan Municipal Party Committee, spoke.",
    );
    let mut b = RosterBuilder::new();
    let n = 20_000;
    for i in 0..n {
        let mut a = if i % 1000 == 999 { other.clone() } else { base.clone() };
        // One issue a day: 28-day months, twelve a year.
        let (y, m, d) = (2000 + i / 336, (i / 28) % 12 + 1, i % 28 + 1);
        a.published = Some(Date::new(y as i32, m as u32, d as u32).unwrap());
        b.add(&format!("doc-{i}"), &a);
    }
    let t = std::time::Instant::now();
    let roster = b.build();
    let elapsed = t.elapsed();
    let jiangmen: usize = roster
        .spells()
        .filter(|(_, s)| s.post.place.as_deref() == Some("Jiangmen"))
        .map(|(_, s)| s.articles)
        .sum();
    assert_eq!(jiangmen, n - n / 1000);
    // The Foshan namesake is a second person: the same post at another
    // place in the same weeks.
    assert_eq!(
        roster.officials.len(),
        2,
        "{:?}",
        roster.officials.iter().map(|o| &o.note).collect::<Vec<_>>()
    );
    eprintln!("roster of {n} articles built in {elapsed:?}");
}
