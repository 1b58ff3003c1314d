//! The public fact types: the JSON contract of SCHEMA.md (version 1).
//!
//! Consumes nothing; every pass produces values of these types and
//! `assemble` puts them into an [`Article`]. Field names and enum spellings
//! are fixed by SCHEMA.md; fields beyond the schema (`span`, `rule`,
//! `mentions`, `*_evidence`) are additions the schema allows. Only these
//! types are `Serialize`: internal pass structures never are.

use serde::{Deserialize, Serialize};

use crate::{Date, RuleId, Span};

/// Everything extracted from one article.
///
/// Every list is in order of first appearance in the text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The publication named in the dateline ("Jiangmen Daily News",
    /// "Yicai"), or `None`.
    pub source: Option<String>,
    /// The publication date: from the text, or from
    /// [`Extractor::published`](crate::Extractor::published) when the text
    /// has none.
    pub published: Option<Date>,
    /// Reporters, correspondents, photographers and editors of every story.
    pub byline: Vec<BylineEntry>,
    /// People named in the body, with their positions.
    pub people: Vec<Person>,
    /// Meetings, conferences and visits reported as having happened.
    pub events: Vec<Event>,
    /// Quantities set as goals.
    pub targets: Vec<Target>,
    /// Named programmes, campaigns, codes, documents and slogans.
    pub initiatives: Vec<Initiative>,
    /// Party, state and other bodies, and companies.
    pub organizations: Vec<Organization>,
    /// Named places.
    pub places: Vec<Place>,
    /// Where `source` was read, and by which rule (beyond the schema).
    #[serde(default)]
    pub source_evidence: Option<Evidence>,
    /// Where `published` was read, and by which rule (beyond the schema).
    #[serde(default)]
    pub published_evidence: Option<Evidence>,
}

/// Provenance of an article-level value such as `source` or `published`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Where in the input the value was read; `None` when it came from the
    /// caller's options rather than the text.
    pub span: Option<Span>,
    /// The rule that produced the value.
    pub rule: RuleId,
}

/// One credited person of a byline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BylineEntry {
    /// What the person did for the story.
    pub role: BylineRole,
    /// The person's name as written.
    pub name: String,
    /// The name in the input.
    pub span: Span,
    /// The rule that produced this entry.
    pub rule: RuleId,
}

/// The closed set of byline roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BylineRole {
    /// "Reporter/...", "reporters X and Y reported".
    Reporter,
    /// "Trainee Reporter/...", "intern reporter".
    TraineeReporter,
    /// "Correspondent/...".
    Correspondent,
    /// "Photo by ...", "Photographer/...".
    Photographer,
    /// "Editor/...".
    Editor,
    /// Any other credit.
    Other,
}

/// A person named in the body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// The name as written ("Xi Jinping").
    pub name: String,
    /// Offices the text gives this person, each as `"<Title> of the <Body>"`,
    /// first seen first.
    pub positions: Vec<String>,
    /// Each position parsed into title, body and level (beyond the schema),
    /// in the order of `positions`.
    #[serde(default)]
    pub position_details: Vec<Position>,
    /// Every mention, including bare-surname ones.
    pub mentions: Vec<Span>,
    /// The first full-name mention.
    pub span: Span,
    /// The rule that recognised the name.
    pub rule: RuleId,
}

/// One position of a person, parsed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// The normalised position, as in [`Person::positions`].
    pub text: String,
    /// The title alone: "Deputy Secretary".
    pub title: String,
    /// The body, without a leading "the": "District Party Committee".
    pub body: Option<String>,
    /// The administrative level, when the phrase shows it.
    pub level: Option<Level>,
    /// The title phrase in the input.
    pub span: Span,
    /// The rule that attached it to the person.
    pub rule: RuleId,
}

/// The administrative level a position belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Central (national) bodies and titles.
    Central,
    /// Provinces.
    Provincial,
    /// Prefecture-level cities ("municipal").
    Municipal,
    /// Districts.
    District,
    /// Counties and county-level cities.
    County,
    /// Towns, townships and streets.
    Town,
}

/// A meeting, conference or visit the article reports as having happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// What sort of event.
    pub kind: EventKind,
    /// The text's own noun phrase for it.
    pub name: String,
    /// The date, resolved against `published`; `None` when the text gives
    /// none.
    pub date: Option<Date>,
    /// Morning, afternoon or evening, when stated.
    pub part_of_day: Option<PartOfDay>,
    /// The body that held it, when named.
    pub organizer: Option<String>,
    /// Who took part, with one role each.
    pub participants: Vec<Participant>,
    /// Organizations or places visited (inspections).
    pub visited: Vec<String>,
    /// The sentence or clause that reports the event.
    pub span: Span,
    /// The rule that detected the event.
    pub rule: RuleId,
}

/// The closed set of event kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A meeting, including an enlarged Standing Committee meeting.
    Meeting,
    /// A symposium or forum.
    Symposium,
    /// A conference.
    Conference,
    /// A plenary session.
    PlenarySession,
    /// A study meeting or session.
    StudySession,
    /// A research or inspection visit.
    Inspection,
    /// Anything else.
    Other,
}

/// Part of the day an event took place in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartOfDay {
    /// "On the morning of ..."
    Morning,
    /// "On the afternoon of ..."
    Afternoon,
    /// "On the evening of ..."
    Evening,
}

/// A person taking part in an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// The person's name, as in [`Person::name`].
    pub name: String,
    /// Their strongest role at this event.
    pub role: ParticipantRole,
}

/// Participant roles, strongest first: a person has the strongest one that
/// the text gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParticipantRole {
    /// Presided over the event.
    Chair,
    /// Delivered a speech, spoke, made a report, shared experiences.
    Speaker,
    /// Led a team.
    Leader,
    /// Attended or participated.
    Attendee,
}

/// A quantity the text sets as a goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// What is measured.
    pub indicator: Indicator,
    /// Whose target: a place or body as the text names it.
    pub subject: Option<String>,
    /// The year the target is for, as text ("2024").
    pub period: Option<String>,
    /// How the value bounds the goal.
    pub comparator: Comparator,
    /// The value, with Chinese scale words expanded; always finite.
    pub value: f64,
    /// The unit of `value`.
    pub unit: Unit,
    /// True for the higher, "strive for" member of a base/stretch pair.
    pub stretch: bool,
    /// The quantity phrase in the input.
    pub span: Span,
    /// The rule that produced the target.
    pub rule: RuleId,
}

/// The closed set of target indicators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    /// GDP as an absolute size.
    Gdp,
    /// GDP growth rate.
    GdpGrowth,
    /// An investment amount.
    Investment,
    /// Investment growth rate.
    InvestmentGrowth,
    /// Output value.
    OutputValue,
    /// A count of enterprises, projects, jobs, ...
    Count,
    /// Anything else (CPI, exports, retail sales, ...).
    Other,
}

/// The closed set of comparators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparator {
    /// More than, over, above, exceeding.
    MoreThan,
    /// No less than, at least, "or more".
    AtLeast,
    /// About, around, approximately.
    About,
    /// Within, no more than, up to, below.
    AtMost,
    /// No comparator.
    Equal,
}

/// The closed set of target units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Percent (including percentage-point changes).
    Percent,
    /// Chinese yuan.
    Yuan,
    /// A count of things.
    Count,
}

/// A named programme, campaign, code, document or slogan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Initiative {
    /// The quoted words, trimmed of quotes and trailing punctuation.
    pub name: String,
    /// What sort of initiative.
    pub kind: InitiativeKind,
    /// The body the text credits, title-cased.
    pub issuer: Option<String>,
    /// The first mention.
    pub span: Span,
    /// Every mention of this name, first included (beyond the schema).
    #[serde(default)]
    pub mentions: Vec<Span>,
    /// The rule that produced it.
    pub rule: RuleId,
}

/// The closed set of initiative kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InitiativeKind {
    /// A numeric formula: "1310", "1+6+3".
    Code,
    /// A project.
    Project,
    /// An action or campaign ("Six Major Actions", "five tough battles").
    Action,
    /// A plan or document title.
    Document,
    /// A platform.
    Platform,
    /// A brand or "golden sign".
    Brand,
    /// Everything else.
    Slogan,
}

/// A party, state, judicial or other body, or a company.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    /// The body's proper name, title-cased, without "the" or an ordinal.
    pub name: String,
    /// What sort of body.
    pub kind: OrganizationKind,
    /// The first mention.
    pub span: Span,
    /// The rule that produced it.
    pub rule: RuleId,
}

/// The closed set of organization kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganizationKind {
    /// Party committees, groups, the Central Committee.
    Party,
    /// Governments and their departments.
    Government,
    /// People's congresses.
    Congress,
    /// The CPPCC and its committees.
    Cppcc,
    /// Courts.
    Court,
    /// Procuratorates.
    Procuratorate,
    /// Companies.
    Company,
    /// Anything else.
    Other,
}

/// A named place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The fullest form the article uses.
    pub name: String,
    /// What sort of place.
    pub kind: PlaceKind,
    /// The first mention.
    pub span: Span,
    /// The rule that produced it.
    pub rule: RuleId,
}

/// The closed set of place kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// A province.
    Province,
    /// A city.
    City,
    /// A district or county.
    District,
    /// A town.
    Town,
    /// An administrative street (sub-district).
    Street,
    /// A village.
    Village,
    /// A named zone or region (Greater Bay Area, Hengqin, SARs).
    Region,
    /// Museums, plazas, parks, centres.
    Landmark,
}
