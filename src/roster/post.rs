//! One post, normalised so that translations of it compare equal: the
//! title, the body without its place, the level and the place.
//!
//! "Secretary of the Municipal Party Committee" in a Jiangmen Daily story
//! and "Secretary of the CPC Jiangmen Municipal Committee" anywhere are the
//! same post: the title and body are rewritten to one form (the
//! `post_synonyms.txt` table; "CPC Jiangmen Municipal Committee" is the
//! level's party committee), the place named inside the body is taken out
//! of it, and a body without a place gets one from the article (see
//! [`Context`]).

use std::fmt;
use std::sync::LazyLock;

use serde::Serialize;

use crate::entity::title::level_of;
use crate::lexicon;
use crate::model::{Article, Level, PlaceKind};

/// A post: title, body, level and place, each normalised.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Post {
    /// The title: "Secretary", "Deputy Mayor".
    pub title: String,
    /// The body without its place: "Municipal Party Committee"; none for a
    /// title that names no body ("Mayor", "Governor of Guangdong").
    pub body: Option<String>,
    /// The administrative level, when the position shows it.
    pub level: Option<Level>,
    /// The place the body belongs to: named in the position, or resolved
    /// from the article; none when neither tells.
    pub place: Option<String>,
}

/// Words that make a title one of several holders at once (deputies,
/// members), so that two places for one name are no contradiction.
const SHARED_TITLE_WORDS: &[&str] = &[
    "Deputy",
    "Vice",
    "Member",
    "Executive",
    "Assistant",
    "Standing",
    "Associate",
];

/// Words that name a level inside a body, and the level.
const LEVEL_WORDS: &[(&str, Level)] = &[
    ("Provincial", Level::Provincial),
    ("Municipal", Level::Municipal),
    ("City", Level::Municipal),
    ("District", Level::District),
    ("County", Level::County),
    ("Town", Level::Town),
    ("Township", Level::Town),
];

/// Title and body rewrites: (kind, variant, canonical), longest variants
/// first within a kind.
static SYNONYMS: LazyLock<Vec<(&'static str, &'static str, &'static str)>> = LazyLock::new(|| {
    let mut rows: Vec<_> = lexicon::POST_SYNONYMS.clone();
    rows.sort_by_key(|(kind, variant, _)| (*kind, std::cmp::Reverse(variant.len())));
    rows
});

/// What an article tells about places, for bodies that name none: the
/// paper's home place and the places the story names.
#[derive(Debug)]
pub(crate) struct Context<'a> {
    /// The place the paper is named after ("Jiangmen" of "Jiangmen Daily
    /// News") and its gazetteer kind.
    home: Option<(&'a str, &'static str)>,
    article: Option<&'a Article>,
}

impl<'a> Context<'a> {
    /// The context of `article`.
    pub(crate) fn of(article: &'a Article) -> Context<'a> {
        let home = article.source.as_deref().and_then(|source| {
            let words: Vec<&str> = source.split(' ').collect();
            (1..=2.min(words.len())).rev().find_map(|n| {
                let name = &source[..words[..n].iter().map(|w| w.len() + 1).sum::<usize>() - 1];
                lexicon::place_kind(name).map(|kind| (name, kind))
            })
        });
        Context {
            home,
            article: Some(article),
        }
    }

    /// No article: places come only from the text of the post.
    pub(crate) fn none() -> Context<'static> {
        Context {
            home: None,
            article: None,
        }
    }

    /// The one place of `kind` the story names, if it names exactly one
    /// ("Xinhui District" is "Xinhui", as bodies name it).
    fn only_place(&self, kind: PlaceKind) -> Option<&'a str> {
        let mut names = self
            .article?
            .places
            .iter()
            .filter(|p| p.kind == kind)
            .map(|p| bare_place(&p.name));
        let first = names.next()?;
        names.all(|n| n == first).then_some(first)
    }

    /// The place of a body at `level` that names none: for a municipal
    /// body, the paper's home city, else the one city the story names; for
    /// a provincial body, the home province, else the one province named;
    /// for a district, county or town body, the one such place named.
    fn resolve(&self, level: Level) -> Option<String> {
        let home_of = |kind: &str| self.home.filter(|(_, k)| *k == kind).map(|(n, _)| n);
        let place = match level {
            Level::Municipal => home_of("city").or_else(|| self.only_place(PlaceKind::City)),
            Level::Provincial => home_of("province")
                .or_else(|| home_of("city").and_then(lexicon::province_of))
                .or_else(|| self.only_place(PlaceKind::Province)),
            Level::District | Level::County => self.only_place(PlaceKind::District),
            Level::Town => self.only_place(PlaceKind::Town),
            Level::Central => None,
        };
        place.map(str::to_string)
    }
}

impl Post {
    /// Normalises a parsed position (title, body, level) in `ctx`.
    pub(crate) fn normalise(title: &str, body: Option<&str>, level: Option<Level>, ctx: &Context) -> Post {
        let title = canonical_title(title);
        let (mut body, place) = match body {
            Some(b) => split_place(&canonical_body(b)),
            None => (None, None),
        };
        // The level: given, or read as the position parser reads it (a level
        // word; the kind of a place that is the whole body: "Mayor of
        // Shenzhen" is a city's, a university in Guangdong is no province's).
        let bare_place = if body.is_none() { place.as_deref() } else { None };
        let level = level.or_else(|| level_of(&title, body.as_deref(), bare_place));
        // "Party Chief of Guangdong": the secretary of the level's party
        // committee.
        let title = match (
            SYNONYMS.iter().find(|(k, v, _)| *k == "title-bare" && *v == title),
            &body,
            level,
        ) {
            (Some((_, _, canonical)), None, Some(level)) if level != Level::Central => {
                body = level_word(level).map(|w| format!("{w} Party Committee"));
                canonical.to_string()
            }
            _ => title,
        };
        // "Mayor of the Jiangmen Municipal Government": the mayor of Jiangmen.
        if body.as_deref().is_some_and(is_government) && is_head_of_government(&title) {
            body = None;
        }
        let place = place.or_else(|| level.and_then(|l| ctx.resolve(l)));
        Post {
            title,
            body,
            level,
            place,
        }
    }

    /// Parses a post as written ("Secretary of the Jiangmen Municipal Party
    /// Committee", "Mayor of Shenzhen", "Governor"), for queries.
    pub fn parse(text: &str) -> Post {
        let text = text.trim();
        let (title, body) = match text.find(" of ") {
            Some(i) => (&text[..i], Some(text[i + 4..].trim_start_matches("the "))),
            None => (text, None),
        };
        Post::normalise(title, body, None, &Context::none())
    }

    /// The body with its place, as a reader writes it: "Jiangmen Municipal
    /// Party Committee" (the place before the body's level word, or first).
    pub fn full_body(&self) -> Option<String> {
        let body = self.body.as_deref()?;
        let Some(place) = &self.place else {
            return Some(body.to_string());
        };
        let words: Vec<&str> = body.split(' ').collect();
        let at = words
            .iter()
            .position(|w| LEVEL_WORDS.iter().any(|(l, _)| l == w))
            .unwrap_or(0);
        let mut out: Vec<&str> = words[..at].to_vec();
        out.push(place);
        out.extend_from_slice(&words[at..]);
        Some(out.join(" "))
    }

    /// Whether only one person holds the post at a time (a secretary, a
    /// mayor), so that one name in it at two places at once is two people.
    pub fn is_exclusive(&self) -> bool {
        let first = self.title.split(' ').next().unwrap_or("");
        !SHARED_TITLE_WORDS.contains(&first)
    }

    /// Whether `other` (a query) names this post: the same title, body and
    /// place, and the same level when the query gives one.
    pub fn answers(&self, query: &Post) -> bool {
        self.title == query.title
            && self.body == query.body
            && self.place == query.place
            && query.level.map_or(true, |l| self.level == Some(l))
    }
}

impl fmt::Display for Post {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.full_body(), &self.place) {
            (Some(body), _) => write!(f, "{} of the {body}", self.title),
            (None, Some(place)) => write!(f, "{} of {place}", self.title),
            (None, None) => f.write_str(&self.title),
        }
    }
}

fn canonical_title(title: &str) -> String {
    let title = title.trim().replace('-', " ");
    SYNONYMS
        .iter()
        .find(|(kind, variant, _)| *kind == "title" && variant.eq_ignore_ascii_case(&title))
        .map_or(title, |(_, _, canonical)| canonical.to_string())
}

fn canonical_body(body: &str) -> String {
    let body = body.trim().trim_start_matches("the ").trim();
    let (party, body) = match body
        .strip_prefix("CPC ")
        .or_else(|| body.strip_prefix("Communist Party of China "))
    {
        Some(rest) => (true, rest),
        None => (false, body),
    };
    let mut body = body.replace('’', "'");
    for (_, variant, canonical) in SYNONYMS.iter().filter(|(kind, _, _)| *kind == "body") {
        body = body.replace(variant, canonical);
    }
    // "CPC Guangdong Provincial Committee": the province's party committee.
    if party && body.ends_with(" Committee") && !body.ends_with("Party Committee") {
        body.insert_str(body.len() - "Committee".len(), "Party ");
    }
    body
}

/// Takes the place out of a body: a gazetteer name at its start or just
/// before a level word ("Jiangmen Municipal Party Committee", "Standing
/// Committee of the Shenzhen Municipal People's Congress"), or a body that
/// is only a place ("Shenzhen" of "Mayor of Shenzhen").
fn split_place(body: &str) -> (Option<String>, Option<String>) {
    let words: Vec<&str> = body.split(' ').collect();
    for i in 0..words.len() {
        for n in [2, 1] {
            let Some(name_words) = words.get(i..i + n) else {
                continue;
            };
            let name = name_words.join(" ");
            if lexicon::place_kind(&name).is_none() {
                continue;
            }
            let next = words.get(i + n).copied();
            let before_level = next.is_some_and(|w| LEVEL_WORDS.iter().any(|(l, _)| *l == w));
            if i == 0 || before_level {
                let rest: Vec<&str> = words[..i].iter().chain(&words[i + n..]).copied().collect();
                let rest = rest.join(" ");
                return ((!rest.is_empty()).then_some(rest), Some(name));
            }
        }
    }
    (Some(body.to_string()), None)
}

/// Whether a body is a level's government ("Municipal People's Government").
fn is_government(body: &str) -> bool {
    body.split_once(' ').is_some_and(|(first, rest)| {
        LEVEL_WORDS.iter().any(|(w, _)| *w == first) && matches!(rest, "Government" | "People's Government")
    })
}

/// Titles that head a government: the body "of the Municipal Government"
/// adds nothing to them.
fn is_head_of_government(title: &str) -> bool {
    ["Mayor", "Governor", "District Head", "County Head"]
        .iter()
        .any(|head| title == *head || title.ends_with(&format!(" {head}")))
}

/// A place name without its division word, when the rest is a gazetteer
/// name: "Xinhui District" is "Xinhui", "Shaoguan City" is "Shaoguan".
fn bare_place(name: &str) -> &str {
    ["District", "County", "City", "Province", "Town"]
        .iter()
        .find_map(|suffix| {
            let bare = name.strip_suffix(suffix)?.strip_suffix(' ')?;
            lexicon::place_kind(bare).map(|_| bare)
        })
        .unwrap_or(name)
}

fn level_word(level: Level) -> Option<&'static str> {
    LEVEL_WORDS.iter().find(|(_, l)| *l == level).map(|(w, _)| *w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(text: &str) -> String {
        Post::parse(text).to_string()
    }

    #[test]
    fn translations_of_one_post_are_one_post() {
        let canonical = "Secretary of the Jiangmen Municipal Party Committee";
        for variant in [
            "Secretary of the Jiangmen Municipal Party Committee",
            "Secretary of the CPC Jiangmen Municipal Committee",
            "Party Chief of Jiangmen",
        ] {
            assert_eq!(post(variant), canonical, "{variant}");
        }
        assert_eq!(
            post("Party Chief of Guangdong"),
            "Secretary of the Guangdong Provincial Party Committee"
        );
        assert_eq!(post("Vice Mayor of Foshan"), "Deputy Mayor of Foshan");
        assert_eq!(
            post("Mayor of the Foshan Municipal People's Government"),
            "Mayor of Foshan"
        );
        assert_eq!(
            post("Secretary of the CPPCC Party Group"),
            "Secretary of the Party Group of the CPPCC"
        );
        assert_eq!(
            post(
                "Chairman of the Foshan Municipal Committee of the Chinese People's Political Consultative Conference"
            ),
            "Chairman of the Foshan Municipal CPPCC"
        );
        assert_eq!(
            post("Deputy Secretary of the Party Leadership Group of the Standing Committee of the Foshan Municipal People's Congress"),
            "Deputy Secretary of the Party Group of the Standing Committee of the Foshan Municipal People's Congress"
        );
    }

    #[test]
    fn places_leave_the_body_and_come_back_in_place() {
        let p = Post::parse("Director of the Standing Committee of the Zhuhai Municipal People's Congress");
        assert_eq!(
            p.body.as_deref(),
            Some("Standing Committee of the Municipal People's Congress")
        );
        assert_eq!((p.place.as_deref(), p.level), (Some("Zhuhai"), Some(Level::Municipal)));
        let p = Post::parse("Mayor of Shenzhen");
        assert_eq!((p.body, p.place.as_deref()), (None, Some("Shenzhen")));
        let p = Post::parse("Director of the Propaganda Department");
        assert_eq!((p.body.as_deref(), p.place), (Some("Propaganda Department"), None));
    }

    #[test]
    fn a_body_without_a_place_takes_the_papers_home_or_the_one_place_named() {
        let article = crate::extract(
            " date 2024-03-02 Zhaoqing Daily News (Reporter/Tang Da) On March 1, the Municipal Party \
             Committee held a meeting in Duanzhou District. Liang Wenbo, Secretary of the Municipal Party Committee, \
             and Xu Lanting, Secretary of the District Party Committee, attended.",
        );
        let ctx = Context::of(&article);
        let municipal = Post::normalise(
            "Secretary",
            Some("Municipal Party Committee"),
            Some(Level::Municipal),
            &ctx,
        );
        assert_eq!(
            municipal.to_string(),
            "Secretary of the Zhaoqing Municipal Party Committee"
        );
        let district = Post::normalise(
            "Secretary",
            Some("District Party Committee"),
            Some(Level::District),
            &ctx,
        );
        assert_eq!(
            district.to_string(),
            "Secretary of the Duanzhou District Party Committee"
        );
        // The home city's province, from the gazetteer.
        let provincial = Post::normalise(
            "Secretary",
            Some("Provincial Party Committee"),
            Some(Level::Provincial),
            &ctx,
        );
        assert_eq!(
            provincial.to_string(),
            "Secretary of the Guangdong Provincial Party Committee"
        );
        // Two provinces named: a provincial body stays without a place.
        let two = crate::extract("Officials from Hunan and Hubei met. The Provincial Party Committee spoke.");
        let p = Post::normalise(
            "Secretary",
            Some("Provincial Party Committee"),
            Some(Level::Provincial),
            &Context::of(&two),
        );
        assert_eq!(p.place, None);
    }

    #[test]
    fn deputies_and_members_share_a_post_secretaries_do_not() {
        assert!(Post::parse("Secretary of the Foshan Municipal Party Committee").is_exclusive());
        assert!(Post::parse("Mayor").is_exclusive());
        assert!(!Post::parse("Deputy Mayor of Foshan").is_exclusive());
        assert!(
            !Post::parse("Member of the Standing Committee of the Foshan Municipal Party Committee").is_exclusive()
        );
    }
}
