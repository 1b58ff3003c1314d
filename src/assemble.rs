//! Assembly: runs the passes in order over one [`Document`] and builds the
//! [`Article`].
//!
//! Consumes the text layer and each pass's output; produces the public
//! facts, deduplicated as SCHEMA.md requires (bylines: one entry per role
//! and name, first mention kept). No pass sees another's output except
//! through what this module hands it.

use std::collections::{HashMap, HashSet};

use crate::dateline::{byline, published, source};
use crate::entity::{doc_title, initiative, org, person, place};
use crate::model::{
    Article, BylineEntry, Evidence, Initiative, Organization, Person, Place, PlaceKind, Position, Target,
};
use crate::relation::{event, position, target};
use crate::text::Document;
use crate::Extractor;
use crate::Span;

/// Runs every pass over `text` with the caller's options.
pub(crate) fn article(text: &str, options: &Extractor) -> Article {
    from_document(&Document::new(text), options)
}

/// Runs every pass after the text layer, and assembly, over `doc`.
pub(crate) fn from_document(doc: &Document, options: &Extractor) -> Article {
    let mut article = Article::default();

    let source_found = source::find(doc);
    if let Some(found) = &source_found {
        article.source = Some(found.name.clone());
        article.source_evidence = Some(Evidence {
            span: Some(found.span),
            rule: found.rule.rule_id(),
        });
    }

    match published::find(doc) {
        Some((date, span, rule)) => {
            article.published = Some(date);
            article.published_evidence = Some(Evidence {
                span: Some(span),
                rule: rule.rule_id(),
            });
        }
        None => {
            if let Some(date) = options.published_date() {
                article.published = Some(date);
                article.published_evidence = Some(Evidence {
                    span: None,
                    rule: published::FROM_OPTIONS.rule_id(),
                });
            }
        }
    }

    let credits = byline::find(doc);
    let credit_spans: Vec<Span> = credits.iter().map(|c| c.span).collect();
    let mut seen = HashSet::new();
    for credit in credits {
        if seen.insert((credit.role, credit.name.clone())) {
            article.byline.push(BylineEntry {
                role: credit.role,
                name: credit.name,
                span: credit.span,
                rule: credit.rule.rule_id(),
            });
        }
    }
    // A name that opens a doctrine's title ("Xi Jinping Thought on ...",
    // "Xi Jinping's new era of socialism ...") is nested in it (convention 26).
    let (names, doctrine_names): (Vec<person::NameMention>, Vec<person::NameMention>) =
        person::full_names(doc, &credit_spans)
            .into_iter()
            .partition(|n| !opens_doctrine(&doc.text[n.span.end..]));
    article.people = people(doc, &names);
    let person_spans: Vec<Span> = article.people.iter().flat_map(|p| p.mentions.iter().copied()).collect();

    let source_span = source_found.as_ref().map(|f| f.cover);
    let (credited_papers, orgs): (Vec<_>, Vec<_>) = org::find(doc)
        .into_iter()
        .filter(|o| source_span.map_or(true, |s| !(s.start <= o.span.start && o.span.end <= s.end)))
        // The source is not also an organization (convention 31), wherever
        // else the paper is named: "Source: Jiangxi Daily" above a
        // "(Jiangxi Daily)" dateline.
        .filter(|o| {
            source_found
                .as_ref()
                .map_or(true, |f| !f.name.eq_ignore_ascii_case(&o.name))
        })
        .partition(|o| in_credit(doc.text, o, &credit_spans));
    // Quoted names and unquoted document titles: what is named inside them
    // is not listed on its own (convention 26).
    let mut initiative_mentions = initiative::find(doc, &orgs);
    initiative_mentions.extend(doc_title::find(doc, &orgs));
    initiative_mentions.sort_by_key(|m| m.span.start);
    let mut quoted: Vec<Span> = doc.quotes.iter().map(|q| q.inner()).collect();
    quoted.extend(
        initiative_mentions
            .iter()
            .filter(|m| m.rule.id == doc_title::DOCUMENT_TITLE.id)
            .map(|m| m.span),
    );
    article.organizations = organizations(&orgs, &quoted);
    let mut not_places: Vec<Span> = orgs.iter().map(|o| o.span).collect();
    // A quoted place ("Chengdu-Chongqing Economic Circle") is listed as a
    // place, not an initiative (convention 23).
    not_places.extend(
        quoted
            .iter()
            .filter(|q| !initiative::names_a_place(doc.text[q.range()].trim().trim_end_matches([',', '.'])))
            .copied(),
    );
    not_places.extend(source_span);
    not_places.extend(&credit_spans);
    not_places.extend(credited_papers.iter().map(|o| o.span));
    not_places.extend(&person_spans);
    not_places.extend(doctrine_names.iter().map(|n| n.span));
    let place_mentions = place::find(doc);
    article.places = places(&place_mentions, &not_places);
    // Targets read the places the article lists (not nested ones), and name
    // a subject in the listed, fullest form ("Pengjiang District").
    let cover = Cover::new(&not_places);
    let listed: Vec<place::PlaceMention> = place_mentions
        .iter()
        .filter(|m| !cover.covers(m.span))
        .cloned()
        .collect();
    // The places the story names, inside a body's name too ("People's
    // Congress of Nansha District"), but not in the dateline, credits,
    // people's names or quotes: for the article's default subject.
    let mut not_named: Vec<Span> = quoted.clone();
    not_named.extend(source_span);
    not_named.extend(&credit_spans);
    not_named.extend(&person_spans);
    not_named.extend(doctrine_names.iter().map(|n| n.span));
    let not_named = Cover::new(&not_named);
    let named: Vec<place::PlaceMention> = place_mentions
        .into_iter()
        .filter(|m| !not_named.covers(m.span))
        .collect();
    article.targets = targets(doc, &listed, &named, article.published);
    // "Pengjiang" -> "Pengjiang District" where the fuller form is listed.
    let full_form: HashMap<&str, &str> = article
        .places
        .iter()
        .filter(|p| !matches!(p.kind, PlaceKind::Region | PlaceKind::Landmark))
        .filter_map(|p| p.name.rsplit_once(' ').map(|(stem, _)| (stem, p.name.as_str())))
        .collect();
    for t in &mut article.targets {
        if let Some(full) = t.subject.as_deref().and_then(|s| full_form.get(s)) {
            t.subject = Some(full.to_string());
        }
    }
    article.initiatives = initiatives(initiative_mentions);
    // Every mention of a person, bare surnames included, can carry a role.
    let mut mentions: Vec<person::NameMention> = article
        .people
        .iter()
        .flat_map(|p| p.mentions.iter().map(move |m| (p.name.clone(), *m)))
        .map(|(name, span)| {
            let i = doc.sentences.partition_point(|s| s.end <= span.start);
            let sentence = doc.sentences.get(i).cloned().unwrap_or(span.start..span.end);
            person::NameMention {
                name,
                span,
                rule: person::FULL_NAME,
                sentence,
                story: 0,
            }
        })
        .collect();
    mentions.sort_by_key(|m| m.span.start);
    article.events = event::events(doc, &mentions, &orgs, &listed, article.published);
    article
}

/// Spans sorted by start, with the running maximum of their ends, for
/// "is this span inside any of them" in logarithmic time.
struct Cover {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl Cover {
    fn new(spans: &[Span]) -> Cover {
        let mut sorted = spans.to_vec();
        sorted.sort();
        let mut max = 0;
        let max_end = sorted
            .iter()
            .map(|s| {
                max = max.max(s.end);
                max
            })
            .collect();
        Cover {
            starts: sorted.iter().map(|s| s.start).collect(),
            max_end,
        }
    }

    fn covers(&self, span: Span) -> bool {
        let i = self.starts.partition_point(|&s| s <= span.start);
        i > 0 && self.max_end[i - 1] >= span.end
    }
}

/// One organization per distinct name, first mention kept; bodies named
/// only inside a quoted title are not listed (gold/NOTES.md, convention 2).
fn organizations(mentions: &[org::OrgMention], quoted: &[Span]) -> Vec<Organization> {
    let quoted = Cover::new(quoted);
    let mut seen = HashSet::new();
    let mut out: Vec<Organization> = Vec::new();
    for m in mentions {
        if quoted.covers(m.span) || !seen.insert(m.name.as_str()) {
            continue;
        }
        out.push(Organization {
            name: m.name.clone(),
            kind: m.kind,
            span: m.span,
            rule: m.rule.rule_id(),
        });
    }
    out
}

/// The level suffix of the special administrative regions, which are
/// divisions though their kind is region.
const SAR: &str = "Special Administrative Region";

/// One place per distinct name, the fullest form only ("Pengjiang District"
/// over "Pengjiang"); places nested in an organization, a quoted title, the
/// source or a byline are not listed.
fn places(mentions: &[place::PlaceMention], not_places: &[Span]) -> Vec<Place> {
    let not_places = Cover::new(not_places);
    let mut seen = HashSet::new();
    let mut out: Vec<Place> = Vec::new();
    for m in mentions {
        if not_places.covers(m.span) || !seen.insert(m.name.clone()) {
            continue;
        }
        out.push(Place {
            name: m.name.clone(),
            kind: m.kind,
            span: m.span,
            rule: m.rule.rule_id(),
        });
    }
    let administrative = |k: PlaceKind| !matches!(k, PlaceKind::Region | PlaceKind::Landmark);
    // A division's name without its last word ("Pengjiang District") or
    // without a longer level suffix ("Inner Mongolia Autonomous Region",
    // "Hong Kong Special Administrative Region", a region that is a
    // division).
    let fuller: HashSet<String> = out
        .iter()
        .flat_map(|p| {
            let last_word = administrative(p.kind)
                .then(|| p.name.rsplit_once(' ').map(|(stem, _)| stem))
                .flatten();
            let level = crate::lexicon::PLACE_SUFFIXES
                .iter()
                .filter(|(suffix, kind)| {
                    suffix.contains(' ') && (administrative(p.kind) || *suffix == SAR) && *kind != "landmark"
                })
                .find_map(|(suffix, _)| {
                    let stem = p.name.strip_suffix(suffix)?.strip_suffix(' ')?;
                    Some((stem, suffix.starts_with("Autonomous")))
                });
            // An autonomous division names its people between the place and
            // the level ("Xinjiang Uygur Autonomous Region", "Xiangxi Tujia
            // and Miao Autonomous Prefecture"): each shorter run of the
            // stem's words is a shorter form of it too.
            let ethnic_forms = level
                .filter(|(_, autonomous)| *autonomous)
                .into_iter()
                .flat_map(|(stem, _)| stem.match_indices(' ').map(move |(i, _)| &stem[..i]));
            let level = level.map(|(stem, _)| stem);
            last_word
                .into_iter()
                .chain(level)
                .chain(ethnic_forms)
                .map(str::to_string)
        })
        .collect();
    // A region named in full elsewhere: "Greater Bay Area" beside
    // "Guangdong-Hong Kong-Macao Greater Bay Area". Every proper suffix of
    // every name (at a space or hyphen) is collected once.
    let mut tails: HashSet<&str> = HashSet::new();
    for p in &out {
        for (i, c) in p.name.char_indices() {
            if c == ' ' || c == '-' {
                tails.insert(&p.name[i + 1..]);
            }
        }
    }
    let drop: HashSet<String> = out
        .iter()
        .filter(|p| fuller.contains(&p.name) || (p.kind == PlaceKind::Region && tails.contains(p.name.as_str())))
        .map(|p| p.name.clone())
        .collect();
    out.retain(|p| !drop.contains(&p.name));
    out
}

/// Targets, one per distinct (indicator, subject, comparator, value, unit,
/// stretch).
fn targets(
    doc: &Document,
    mentions: &[place::PlaceMention],
    named: &[place::PlaceMention],
    published: Option<crate::Date>,
) -> Vec<Target> {
    // A goal restated with and without a year ("a GDP of 100 billion") is
    // one target; when its statements give different years, the period is
    // unknown.
    let mut index: HashMap<_, usize> = HashMap::new();
    let mut out: Vec<Target> = Vec::new();
    for t in target::targets(doc, mentions, named, published) {
        let key = (
            t.indicator,
            t.subject.clone(),
            t.comparator,
            t.value.to_bits(),
            t.unit,
            t.stretch,
        );
        match index.get(&key) {
            Some(&i) => {
                if out[i].period != t.period {
                    out[i].period = None;
                }
            }
            None => {
                index.insert(key, out.len());
                out.push(t);
            }
        }
    }
    out
}

/// One initiative per distinct name, with every mention; the issuer is the
/// first one any mention credits.
fn initiatives(mentions: Vec<initiative::InitiativeMention>) -> Vec<Initiative> {
    let mut out: Vec<Initiative> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for m in mentions {
        if let Some(&i) = index.get(&m.name) {
            let i = &mut out[i];
            i.mentions.push(m.span);
            if i.issuer.is_none() {
                i.issuer = m.issuer;
            }
            continue;
        }
        index.insert(m.name.clone(), out.len());
        out.push(Initiative {
            name: m.name,
            kind: m.kind,
            issuer: m.issuer,
            span: m.span,
            mentions: vec![m.span],
            rule: m.rule.rule_id(),
        });
    }
    out
}

/// People with positions and mentions, in order of first mention. Byline
/// names are skipped: they are credits, not people of the story.
/// Whether a paper is named in a byline credit ("Photo by Jiangmen Daily
/// reporter X", X credited): the credit's, not an organization of the
/// story (convention 31).
fn in_credit(text: &str, o: &org::OrgMention, credits: &[Span]) -> bool {
    if o.rule.id != org::PAPER.id {
        return false;
    }
    let after = &text[o.span.end..];
    let Some(rest) = ["reporters ", "reporter ", "correspondent ", "photographer "]
        .iter()
        .find_map(|r| after.strip_prefix(' ').and_then(|a| a.strip_prefix(r)))
    else {
        return false;
    };
    let name_at = text.len() - rest.len();
    credits.iter().any(|c| c.start == name_at)
}

/// Whether the text after a name continues it into a doctrine's title.
fn opens_doctrine(after: &str) -> bool {
    let after = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))
        .unwrap_or(after);
    let lower = after.get(..12).unwrap_or(after).to_ascii_lowercase();
    [" thought", " theory", " new era"].iter().any(|d| lower.starts_with(d))
}

fn people(doc: &Document, names: &[person::NameMention]) -> Vec<Person> {
    let mut people: Vec<Person> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut index_of_mention = Vec::with_capacity(names.len());
    for n in names {
        let i = match index.get(&n.name).copied() {
            Some(i) => {
                people[i].mentions.push(n.span);
                i
            }
            None => {
                index.insert(n.name.clone(), people.len());
                people.push(Person {
                    name: n.name.clone(),
                    positions: Vec::new(),
                    position_details: Vec::new(),
                    mentions: vec![n.span],
                    span: n.span,
                    rule: n.rule.rule_id(),
                });
                people.len() - 1
            }
        };
        index_of_mention.push(i);
    }
    let mut found = position::positions(doc, names);
    found.sort_by_key(|(_, t, _)| t.span.start);
    for (k, title, rule) in found {
        let p = &mut people[index_of_mention[k]];
        if p.positions.contains(&title.text) {
            continue;
        }
        p.positions.push(title.text.clone());
        p.position_details.push(Position {
            text: title.text,
            title: title.title,
            body: title.body,
            level: title.level,
            span: title.span,
            rule: rule.rule_id(),
        });
    }
    let mentions = person::surname_mentions(doc, names, |name| {
        index.get(name).is_some_and(|&i| !people[i].positions.is_empty())
    });
    for m in mentions {
        if let Some(&i) = index.get(&m.name) {
            people[i].mentions.push(m.span);
        }
    }
    for p in &mut people {
        p.mentions.sort();
    }
    people
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_name_opening_a_doctrine_is_no_person() {
        let a = crate::extract(
            "The meeting was guided by Hu Ming Thought on Governance and studied Hu Ming's new era ideas.",
        );
        assert!(a.people.is_empty(), "{:?}", a.people);
        let a = crate::extract("Secretary Hu Ming spoke. The meeting studied Hu Ming Thought.");
        assert_eq!(a.people.len(), 1);
    }

    #[test]
    fn a_quoted_place_is_a_place_not_an_initiative() {
        let a = crate::extract("The city joined the \"Xiang-Gan Economic Circle\" and the \"Green Valley\" brand.");
        let places: Vec<_> = a.places.iter().map(|p| (p.name.as_str(), p.kind)).collect();
        assert_eq!(places, [("Xiang-Gan Economic Circle", crate::model::PlaceKind::Region)]);
        let initiatives: Vec<_> = a.initiatives.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(initiatives, ["Green Valley"]);
    }

    #[test]
    fn one_place_form_the_fullest_also_behind_a_long_level_suffix() {
        let names = |text: &str| -> Vec<String> { crate::extract(text).places.into_iter().map(|p| p.name).collect() };
        assert_eq!(
            names("Inner Mongolia grew. Hohhot, capital of Inner Mongolia Autonomous Region, grew."),
            ["Hohhot", "Inner Mongolia Autonomous Region"]
        );
        assert_eq!(
            names("Macao grew. The Macao Special Administrative Region said so."),
            ["Macao Special Administrative Region"]
        );
        assert_eq!(
            names("Guangdong grew. Guangdong Province said so."),
            ["Guangdong Province"]
        );
        // An autonomous division's people stand between name and level.
        assert_eq!(
            names("Guangxi grew. The Guangxi Zhuang Autonomous Region said so."),
            ["Guangxi Zhuang Autonomous Region"]
        );
    }

    #[test]
    fn a_paper_in_a_photo_credit_is_no_organization() {
        let a = crate::extract("The fair opened.\nPhoto by Fujian Daily reporter Lin Shan\nText.");
        assert!(a.organizations.is_empty(), "{:?}", a.organizations);
        assert_eq!(a.byline.len(), 1);
        let a = crate::extract("“It is busy,” Fujian Daily reporter Lin Shan said of the fair.");
        assert_eq!(a.organizations.len(), 1);
    }
}
