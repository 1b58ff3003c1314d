//! # Overview
//!
//! `govfacts` turns English-language news about Chinese local government
//! into typed, evidence-backed facts: the byline and publication date,
//! people and their positions, events with dated participants, quantified
//! targets, initiatives, organizations and places.
//!
//! [`extract`] takes any `&str` and returns an [`Article`]; it never fails
//! and never panics. Every fact carries the byte [`Span`] of its evidence in
//! the input and the id of the [`Rule`] that produced it. The JSON form
//! (`serde_json::to_string(&article)`) is the contract fixed by SCHEMA.md.
//!
//! ```
//! use govfacts::{extract, BylineRole};
//!
//! let text = " date 2023-02-17 Jiangmen Daily News (Reporter/Tang Da \
//!             Correspondent/Mo Xiaoqing) On the afternoon of February 16, \
//!             a symposium was held.";
//! let article = extract(text);
//! assert_eq!(article.source.as_deref(), Some("Jiangmen Daily News"));
//! assert_eq!(article.published.map(|d| d.to_string()).as_deref(), Some("2023-02-17"));
//! assert_eq!(article.byline[0].role, BylineRole::Reporter);
//! assert_eq!(&text[article.byline[0].span.range()], "Tang Da");
//!
//! // A caller who knows the date of an undated article passes it in.
//! let undated = extract_with_date("The meeting was held.")?;
//! assert_eq!(undated.published.unwrap().to_string(), "2024-02-20");
//! # fn extract_with_date(t: &str) -> Result<govfacts::Article, govfacts::Error> {
//! #     Ok(govfacts::Extractor::new().published("2024-02-20".parse()?).extract(t))
//! # }
//! # Ok::<(), govfacts::Error>(())
//! ```
//!
//! The passes run in a fixed cascade (ARCHITECTURE.md): the text layer
//! (body, paragraphs, sentences, stories, quotations), then the dateline
//! pass, then assembly.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod assemble;
mod bounded;
mod date;
mod dateline;
mod entity;
mod error;
#[cfg(feature = "html")]
pub mod html;
mod keyed;
mod lexicon;
mod model;
mod number;
mod relation;
pub mod roster;
mod span;
mod substr;
mod text;
mod token;

pub use date::Date;
pub use error::Error;
pub use model::{
    Article, BylineEntry, BylineRole, Comparator, Event, EventKind, Evidence, Indicator, Initiative, InitiativeKind,
    Level, Organization, OrganizationKind, PartOfDay, Participant, ParticipantRole, Person, Place, PlaceKind, Position,
    Target, Unit,
};
pub use span::{Rule, RuleId, Span};

/// The README's Rust example, compiled and run as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// Extracts every fact from `text` with default options.
///
/// Infallible: any `&str` (empty, huge, binary-looking, with unbalanced
/// quotes) gives an [`Article`], and every span lies on char boundaries
/// inside `text`.
pub fn extract(text: &str) -> Article {
    Extractor::new().extract(text)
}

/// Extraction with options for what the text may lack.
///
/// ```
/// use govfacts::{Date, Extractor};
/// let extractor = Extractor::new().published(Date::new(2024, 2, 20)?);
/// let article = extractor.extract("Yesterday, the conference was held.");
/// assert_eq!(article.published, Some(Date::new(2024, 2, 20)?));
/// # Ok::<(), govfacts::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extractor {
    published: Option<Date>,
}

impl Extractor {
    /// An extractor with default options.
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// The publication date to use when the text states none; relative
    /// dates in the article resolve against it. A date the text states
    /// itself (header, top line or trailing stamp) takes precedence.
    pub fn published(mut self, date: Date) -> Extractor {
        self.published = Some(date);
        self
    }

    /// The publication date option, if set.
    pub fn published_date(&self) -> Option<Date> {
        self.published
    }

    /// Extracts every fact from `text`. See [`extract`].
    pub fn extract(&self, text: &str) -> Article {
        assemble::article(text, self)
    }
}

/// Hooks for the fuzz targets in `fuzz/`; not part of the public API.
#[doc(hidden)]
pub mod __fuzz {
    /// Runs the number grammar over `text` and checks its invariants:
    /// spans on char boundaries inside `text`, values finite. Panics when
    /// one is broken; returns how many quantities were found.
    pub fn number_grammar(text: &str) -> usize {
        let found = crate::number::scan(text, 0, text.len());
        for q in &found {
            assert!(q.span.slice(text).is_some(), "span {} off a char boundary", q.span);
            assert!(q.value.is_finite(), "value not finite");
        }
        found.len()
    }
}

/// Hooks for the per-pass benchmarks in `benches/`; not part of the public
/// API. Each method runs one pass over a text layer built once, and returns
/// how many items it produced (so the work cannot be optimised away).
#[doc(hidden)]
pub mod __bench {
    use crate::entity::{initiative, org, person, place};
    use crate::relation::{event, position, target};
    use crate::text::Document;

    /// The text layer of one input, built once.
    #[derive(Debug)]
    pub struct Passes<'t> {
        doc: Document<'t>,
    }

    impl<'t> Passes<'t> {
        /// Runs the text layer (body, paragraphs, sentences, quotes).
        pub fn new(text: &'t str) -> Passes<'t> {
            Passes {
                doc: Document::new(text),
            }
        }

        /// The dateline pass: source, published, byline.
        pub fn dateline(&self) -> usize {
            let d = &self.doc;
            crate::dateline::source::find(d).is_some() as usize
                + crate::dateline::published::find(d).is_some() as usize
                + crate::dateline::byline::find(d).len()
        }

        /// Names, positions and surname coreference.
        pub fn people(&self) -> usize {
            let names = person::full_names(&self.doc, &[]);
            let positions = position::positions(&self.doc, &names);
            let mentions = person::surname_mentions(&self.doc, &names, |_| true);
            names.len() + positions.len() + mentions.len()
        }

        /// Organizations.
        pub fn organizations(&self) -> usize {
            org::find(&self.doc).len()
        }

        /// Places.
        pub fn places(&self) -> usize {
            place::find(&self.doc).len()
        }

        /// Initiatives (with the organizations they read for issuers).
        pub fn initiatives(&self) -> usize {
            let orgs = org::find(&self.doc);
            initiative::find(&self.doc, &orgs).len() + crate::entity::doc_title::find(&self.doc, &orgs).len()
        }

        /// Targets (with the places they need for subjects).
        pub fn targets(&self) -> usize {
            let places = place::find(&self.doc);
            target::targets(&self.doc, &places, &places, None).len()
        }

        /// Every pass after the text layer, and assembly: the whole of
        /// extraction but the text layer. Its time less the passes' is
        /// assembly's.
        pub fn all_after_text_layer(&self) -> usize {
            crate::assemble::from_document(&self.doc, &crate::Extractor::new())
                .people
                .len()
        }

        /// Events (with the names, organizations and places they read).
        pub fn events(&self) -> usize {
            let names = person::full_names(&self.doc, &[]);
            let orgs = org::find(&self.doc);
            let places = place::find(&self.doc);
            event::events(&self.doc, &names, &orgs, &places, None).len()
        }
    }
}

/// Every rule the library can cite in a fact's `rule` field, pass by pass,
/// in registry order.
pub fn rules() -> Vec<Rule> {
    let mut v = dateline::RULES.to_vec();
    v.extend_from_slice(PEOPLE_RULES);
    v.extend_from_slice(ENTITY_RULES);
    v
}

/// Organizations (companies before other heads, so a company's name is
/// read whole), places (the longest reading wins), initiatives.
const ENTITY_RULES: &[Rule] = &[
    entity::org::COMPANY,
    entity::org::PROPER,
    entity::org::PAPER,
    entity::org::LOWER,
    entity::place::GAZETTEER,
    entity::place::SUFFIX,
    entity::place::LOWER,
    entity::place::DIRECTION,
    entity::initiative::QUOTED,
    entity::doc_title::DOCUMENT_TITLE,
    relation::target::GOAL_QUANTITY,
    relation::event_trigger::ACTIVE,
    relation::event_trigger::PASSIVE,
    relation::event_trigger::JOINED,
    relation::event_trigger::SESSION,
    relation::event_trigger::AT_DATED,
    relation::event_trigger::SIGNING,
    relation::event_trigger::INSPECTION,
];

/// The people pass's rules: names first (they anchor everything), then
/// positions (appositive, title before the name, title then comma). Surname
/// coreference runs last, since it needs to know who holds a position; its
/// mentions are bare spans in `Person::mentions` and cite no rule.
const PEOPLE_RULES: &[Rule] = &[
    entity::person::FULL_NAME,
    entity::person::TITLED_NAME,
    relation::position::APPOSITIVE,
    relation::position::TITLE_BEFORE_NAME,
    relation::position::TITLE_COMMA_NAME,
    relation::position::AS_TITLE,
];

/// Every compiled regex, for the test that forces them all to compile (the
/// multi-pattern search and the word-list automata are forced on the way).
#[cfg(test)]
fn all_regexes() -> Vec<&'static regex::Regex> {
    let mut v = text::body::regexes();
    v.extend(dateline::regexes());
    entity::org::compile_all();
    entity::place::compile_automata();
    v.extend(entity::place::regexes());
    v.extend(entity::doc_title::regexes());
    v.extend(number::regexes());
    v.extend(relation::target::regexes());
    v.extend(relation::target_subject::regexes());
    v.extend(relation::target_indicator::regexes());
    v.extend(relation::event::regexes());
    v.extend(relation::event_date::regexes());
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_patterns_compile() {
        for re in all_regexes() {
            assert!(!re.as_str().is_empty());
        }
    }

    #[test]
    fn rule_ids_are_unique_and_hierarchical() {
        let rules = rules();
        let mut ids: Vec<_> = rules.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), rules.len());
        for r in &rules {
            assert!(r.id.contains('/') && !r.description.is_empty(), "{r:?}");
        }
    }

    #[test]
    fn text_date_wins_over_the_option() {
        let e = Extractor::new().published(Date::new(2020, 1, 1).unwrap());
        let a = e.extract(" date 2023-02-17 Text.");
        assert_eq!(a.published, Some(Date::new(2023, 2, 17).unwrap()));
        assert_eq!(
            a.published_evidence.unwrap().rule.as_str(),
            "dateline/published/date_header"
        );
        let a = e.extract("Text.");
        assert_eq!(a.published, Some(Date::new(2020, 1, 1).unwrap()));
        let ev = a.published_evidence.unwrap();
        assert_eq!((ev.span, ev.rule.as_str()), (None, "options/published"));
    }

    #[test]
    fn byline_entries_dedupe_on_role_and_name() {
        let a = extract("X Daily (Trainee Reporter/Ren Jiayan) One.\nAnother news (trainee reporter/Ren Jiayan) Two.");
        assert_eq!(a.byline.len(), 1);
    }

    #[test]
    fn extractor_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Extractor>();
        check::<Article>();
    }
}
