//! Assembly: runs the passes in order over one [`Document`] and builds the
//! [`Article`].
//!
//! Consumes the text layer and each pass's output; produces the public
//! facts, deduplicated as SCHEMA.md requires (bylines: one entry per role
//! and name, first mention kept). No pass sees another's output except
//! through what this module hands it.

use crate::dateline::{byline, published, source};
use crate::entity::person;
use crate::model::{Article, BylineEntry, Evidence, Person, Position};
use crate::relation::position;
use crate::text::Document;
use crate::Extractor;
use crate::Span;

/// Runs every pass over `text` with the caller's options.
pub(crate) fn article(text: &str, options: &Extractor) -> Article {
    let doc = Document::new(text);
    let mut article = Article::default();

    if let Some((name, span, rule)) = source::find(&doc) {
        article.source = Some(name);
        article.source_evidence = Some(Evidence {
            span: Some(span),
            rule: rule.rule_id(),
        });
    }

    match published::find(&doc) {
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

    let credits = byline::find(&doc);
    let credit_spans: Vec<Span> = credits.iter().map(|c| c.span).collect();
    let mut seen = std::collections::HashSet::new();
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
    article.people = people(&doc, &credit_spans);
    article
}

/// People with positions and mentions, in order of first mention. Byline
/// names are skipped: they are credits, not people of the story.
fn people(doc: &Document, skip: &[Span]) -> Vec<Person> {
    let names = person::full_names(doc, skip);
    let mut people: Vec<Person> = Vec::new();
    let mut index_of_mention = Vec::with_capacity(names.len());
    for n in &names {
        let i = match people.iter().position(|p| p.name == n.name) {
            Some(i) => {
                people[i].mentions.push(n.span);
                i
            }
            None => {
                people.push(Person {
                    name: n.name.clone(),
                    positions: Vec::new(),
                    position_details: Vec::new(),
                    mentions: vec![n.span],
                    span: n.span,
                    rule: person::FULL_NAME.rule_id(),
                });
                people.len() - 1
            }
        };
        index_of_mention.push(i);
    }
    let mut found = position::positions(doc, &names);
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
    let mentions = person::surname_mentions(doc, &names, |name| {
        people.iter().any(|p| p.name == name && !p.positions.is_empty())
    });
    for m in mentions {
        if let Some(p) = people.iter_mut().find(|p| p.name == m.name) {
            p.mentions.push(m.span);
        }
    }
    for p in &mut people {
        p.mentions.sort();
    }
    people
}
