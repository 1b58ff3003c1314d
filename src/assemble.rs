//! Assembly: runs the passes in order over one [`Document`] and builds the
//! [`Article`].
//!
//! Consumes the text layer and each pass's output; produces the public
//! facts, deduplicated as SCHEMA.md requires (bylines: one entry per role
//! and name, first mention kept). No pass sees another's output except
//! through what this module hands it.

use crate::dateline::{byline, published, source};
use crate::model::{Article, BylineEntry, Evidence};
use crate::text::Document;
use crate::Extractor;

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

    let mut seen = std::collections::HashSet::new();
    for credit in byline::find(&doc) {
        if seen.insert((credit.role, credit.name.clone())) {
            article.byline.push(BylineEntry {
                role: credit.role,
                name: credit.name,
                span: credit.span,
                rule: credit.rule.rule_id(),
            });
        }
    }
    article
}
