//! Officials' roster across articles: who held which post, when, on what
//! evidence.
//!
//! Every article says "on this date, this person held this post". A
//! [`RosterBuilder`] collects those attestations from many [`Article`]s,
//! each with a document id (its date is the article's `published`), and
//! [`RosterBuilder::build`] turns them into a [`Roster`]: per official, the
//! spells of each post with the first and last date it is attested, the
//! number of articles and the evidence of each attestation. No I/O.
//!
//! # Posts
//!
//! Positions are normalised ([`Post`]) so that translations of one post
//! compare equal: titles and bodies are rewritten to one form ("Vice
//! Mayor" is "Deputy Mayor", "CPC Jiangmen Municipal Committee" is
//! "Jiangmen Municipal Party Committee", the CPPCC's long names are
//! "CPPCC"), and the place is taken out of the body. A body that names no
//! place gets one from its article: a municipal body the paper's home city
//! ("Jiangmen" of "Jiangmen Daily News") or else the one city the story
//! names; a provincial body the home province or the one province named; a
//! district, county or town body the one such place named. When the
//! article does not settle it, the place stays empty rather than guessed.
//!
//! # Same names
//!
//! All attestations of one name in one article are one person. Articles
//! are taken in date order (undated ones last, then by document id), and
//! each joins the person of that name it does not contradict. Two
//! attestations contradict when they give the same exclusive post (one
//! holder at a time: a secretary, a mayor; not a deputy or a member) at two
//! different places within a year of each other, or when either is
//! undated. An article that contradicts every person of its name starts a
//! new one, and the reason is kept ([`Official::note`]); one that fits
//! several is given to the one it shares a place with, or else starts a new
//! one too (noted), since a wrong merge is worse than a split. The roster
//! does not depend on the order articles are added.

mod csv;
mod post;

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::model::{Article, Level};
use crate::{Date, Span};

pub use csv::CSV_HEADER;
use post::Context;
pub use post::Post;

/// Two attestations of one exclusive post at two places closer than this
/// are two people.
const SAME_TIME_DAYS: i64 = 365;

/// One attestation: a document said, at `span`, that the person held the
/// post.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Attestation {
    /// The document id given to [`RosterBuilder::add`].
    pub doc: String,
    /// The document's date, when known.
    pub date: Option<Date>,
    /// The position's words in the document.
    pub span: Span,
}

/// One person in one post over time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Spell {
    /// The post, normalised.
    pub post: Post,
    /// The post as text: "Secretary of the Jiangmen Municipal Party Committee".
    pub text: String,
    /// The earliest dated attestation.
    pub first_seen: Option<Date>,
    /// The latest dated attestation.
    pub last_seen: Option<Date>,
    /// How many documents attest it.
    pub articles: usize,
    /// Every attestation, in date then document order.
    pub evidence: Vec<Attestation>,
}

impl Spell {
    /// Whether the spell's attested range contains `date`.
    pub fn covers(&self, date: Date) -> bool {
        matches!((self.first_seen, self.last_seen), (Some(a), Some(b)) if a <= date && date <= b)
    }
}

/// One official: a name and the spells of the posts held under it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Official {
    /// The name as written.
    pub name: String,
    /// 1 for the first person of this name, 2 for a second kept apart, ...
    pub number: usize,
    /// Why this person was kept apart from an earlier one of the same name.
    pub note: Option<String>,
    /// The spells, by first attestation (undated last).
    pub spells: Vec<Spell>,
}

/// A roster under construction: add articles, then [`build`](Self::build).
#[derive(Clone, Debug, Default)]
pub struct RosterBuilder {
    units: Vec<Unit>,
}

/// Everything one document says about one name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Unit {
    name: String,
    /// Undated documents sort after dated ones.
    undated: bool,
    date: Option<Date>,
    doc: String,
    posts: Vec<(Post, Span)>,
}

impl RosterBuilder {
    /// An empty roster.
    pub fn new() -> RosterBuilder {
        RosterBuilder::default()
    }

    /// Adds the post-holding in `article` under document id `doc` (dated
    /// by the article's `published`).
    pub fn add(&mut self, doc: &str, article: &Article) {
        let ctx = Context::of(article);
        for person in &article.people {
            let mut posts: Vec<(Post, Span)> = Vec::new();
            for d in &person.position_details {
                let post = Post::normalise(&d.title, d.body.as_deref(), d.level, &ctx);
                if !posts.iter().any(|(p, _)| *p == post) {
                    posts.push((post, d.span));
                }
            }
            if posts.is_empty() {
                continue;
            }
            posts.sort();
            self.units.push(Unit {
                name: person.name.clone(),
                undated: article.published.is_none(),
                date: article.published,
                doc: doc.to_string(),
                posts,
            });
        }
    }

    /// How many person-in-article attestation groups were added.
    pub fn len(&self) -> usize {
        self.units.len()
    }

    /// Whether nothing was added.
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// The roster: officials by name, then number.
    pub fn build(&self) -> Roster {
        let mut units: Vec<&Unit> = self.units.iter().collect();
        units.sort();
        let mut officials = Vec::new();
        for group in units.chunk_by(|a, b| a.name == b.name) {
            officials.extend(people_of_one_name(group));
        }
        Roster { officials }
    }
}

/// A person being assembled: the units given to them, and what the
/// same-name test needs of them, indexed so that it costs a lookup per
/// post, not a pass over every earlier article.
struct Person<'u> {
    units: Vec<&'u Unit>,
    note: Option<String>,
    /// Every place of the person's posts.
    places: HashSet<&'u str>,
    /// Exclusive posts with a place: per (title, body, level), per place,
    /// when they are attested.
    exclusive: HashMap<RoleKey<'u>, BTreeMap<&'u str, Held<'u>>>,
}

/// A post without its place: title, body and level.
type RoleKey<'u> = (&'u str, Option<&'u str>, Option<Level>);

/// When one exclusive post at one place is attested.
#[derive(Default)]
struct Held<'u> {
    /// Dated attestations (day number, post, unit), in date order (units
    /// are taken in date order).
    dated: Vec<(i64, &'u Post, &'u Unit)>,
    /// Undated ones.
    undated: Vec<(&'u Post, &'u Unit)>,
}

impl<'u> Person<'u> {
    fn new(unit: &'u Unit, note: Option<String>) -> Person<'u> {
        let mut p = Person {
            units: Vec::new(),
            note,
            places: HashSet::new(),
            exclusive: HashMap::new(),
        };
        p.push(unit);
        p
    }

    fn push(&mut self, unit: &'u Unit) {
        for (post, _) in &unit.posts {
            let Some(place) = post.place.as_deref() else {
                continue;
            };
            self.places.insert(place);
            if post.is_exclusive() {
                let held = self
                    .exclusive
                    .entry(role_key(post))
                    .or_default()
                    .entry(place)
                    .or_default();
                match unit.date {
                    Some(d) => held.dated.push((d.day_number(), post, unit)),
                    None => held.undated.push((post, unit)),
                }
            }
        }
        self.units.push(unit);
    }
}

fn role_key(post: &Post) -> RoleKey<'_> {
    (post.title.as_str(), post.body.as_deref(), post.level)
}

/// Splits the units of one name into people (see the module docs).
fn people_of_one_name(units: &[&Unit]) -> Vec<Official> {
    let mut people: Vec<Person> = Vec::new();
    for &unit in units {
        let fits: Vec<usize> = (0..people.len())
            .filter(|&i| contradiction(&people[i], unit).is_none())
            .collect();
        let shares_place = |i: &usize| {
            unit.posts
                .iter()
                .filter_map(|(q, _)| q.place.as_deref())
                .any(|place| people[*i].places.contains(place))
        };
        let chosen = match fits.as_slice() {
            [only] => Some(*only),
            [] => None,
            several => {
                let sharing: Vec<usize> = several.iter().copied().filter(shares_place).collect();
                (sharing.len() == 1).then(|| sharing[0])
            }
        };
        match chosen {
            Some(i) => people[i].push(unit),
            None => {
                let note = if fits.is_empty() {
                    people
                        .iter()
                        .enumerate()
                        .find_map(|(i, p)| contradiction(p, unit).map(|why| format!("not person {}: {why}", i + 1)))
                } else {
                    Some(format!(
                        "could be person {} (no shared place to decide)",
                        fits.iter()
                            .map(|i| (i + 1).to_string())
                            .collect::<Vec<_>>()
                            .join(" or ")
                    ))
                };
                people.push(Person::new(unit, note));
            }
        }
    }
    people
        .into_iter()
        .enumerate()
        .map(|(i, p)| Official {
            name: p.units[0].name.clone(),
            number: i + 1,
            note: p.note,
            spells: spells(&p.units),
        })
        .collect()
}

/// Why `unit` cannot be `person`: the same exclusive post at another place
/// at the same time (within [`SAME_TIME_DAYS`]), or at an unknown time.
fn contradiction(person: &Person, unit: &Unit) -> Option<String> {
    let when = |d: Option<Date>| d.map_or("undated".to_string(), |d| d.to_string());
    for (q, _) in &unit.posts {
        let Some(place) = q.place.as_deref().filter(|_| q.is_exclusive()) else {
            continue;
        };
        let Some(by_place) = person.exclusive.get(&role_key(q)) else {
            continue;
        };
        for (_, held) in by_place.iter().filter(|(other, _)| **other != place) {
            let clash = match unit.date {
                // Undated: any attestation elsewhere may be at the same time.
                None => held
                    .dated
                    .first()
                    .map(|(_, p, u)| (*p, *u))
                    .or_else(|| held.undated.first().copied()),
                Some(d) => {
                    let day = d.day_number();
                    let from = held.dated.partition_point(|(x, _, _)| *x <= day - SAME_TIME_DAYS);
                    held.dated
                        .get(from)
                        .filter(|(x, _, _)| *x < day + SAME_TIME_DAYS)
                        .map(|(_, p, u)| (*p, *u))
                        .or_else(|| held.undated.first().copied())
                }
            };
            if let Some((p, earlier)) = clash {
                return Some(format!(
                    "{p} ({}, {}) and {q} ({}, {}) cannot both be held",
                    earlier.doc,
                    when(earlier.date),
                    unit.doc,
                    when(unit.date)
                ));
            }
        }
    }
    None
}

/// The spells of one person's units.
fn spells(units: &[&Unit]) -> Vec<Spell> {
    let mut by_post: BTreeMap<&Post, Vec<Attestation>> = BTreeMap::new();
    for unit in units {
        for (post, span) in &unit.posts {
            by_post.entry(post).or_default().push(Attestation {
                doc: unit.doc.clone(),
                date: unit.date,
                span: *span,
            });
        }
    }
    let mut spells: Vec<Spell> = by_post
        .into_iter()
        .map(|(post, mut evidence)| {
            evidence.sort_by(|a, b| {
                (a.date.is_none(), a.date, &a.doc, a.span).cmp(&(b.date.is_none(), b.date, &b.doc, b.span))
            });
            let mut docs: Vec<&str> = evidence.iter().map(|a| a.doc.as_str()).collect();
            docs.sort_unstable();
            docs.dedup();
            Spell {
                text: post.to_string(),
                post: post.clone(),
                first_seen: evidence.iter().filter_map(|a| a.date).min(),
                last_seen: evidence.iter().filter_map(|a| a.date).max(),
                articles: docs.len(),
                evidence,
            }
        })
        .collect();
    spells.sort_by(|a, b| {
        (a.first_seen.is_none(), a.first_seen, &a.text).cmp(&(b.first_seen.is_none(), b.first_seen, &b.text))
    });
    spells
}

/// Officials and their spells, built by [`RosterBuilder::build`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Roster {
    /// Every official, by name, then number.
    pub officials: Vec<Official>,
}

impl Roster {
    /// Who held `post` ("Secretary of the Jiangmen Municipal Party
    /// Committee", "Mayor of Foshan") on `date`: the spells of that post
    /// whose attested range contains the date.
    pub fn held_on(&self, post: &str, date: Date) -> Vec<(&Official, &Spell)> {
        let query = Post::parse(post);
        self.spells()
            .filter(|(_, s)| s.post.answers(&query) && s.covers(date))
            .collect()
    }

    /// Every post of the people named `name`, in date order (undated last).
    pub fn posts_of(&self, name: &str) -> Vec<(&Official, &Spell)> {
        let mut v: Vec<_> = self.spells().filter(|(o, _)| o.name == name).collect();
        v.sort_by_key(|(o, s)| (s.first_seen.is_none(), s.first_seen, o.number));
        v
    }

    /// Every spell of a post at `place` ("Jiangmen"), by official.
    pub fn of_place(&self, place: &str) -> Vec<(&Official, &Spell)> {
        self.spells()
            .filter(|(_, s)| s.post.place.as_deref() == Some(place))
            .collect()
    }

    /// Every (official, spell) pair, officials in order.
    pub fn spells(&self) -> impl Iterator<Item = (&Official, &Spell)> {
        self.officials.iter().flat_map(|o| o.spells.iter().map(move |s| (o, s)))
    }

    /// The roster as CSV, one row per spell ([`CSV_HEADER`] first), quoted
    /// for spreadsheets (RFC 4180; a cell that starts like a formula gets a
    /// leading apostrophe).
    pub fn to_csv(&self) -> String {
        csv::render(self)
    }
}
