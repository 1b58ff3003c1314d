//! The readable report: each fact with its rule and evidence.

use std::io::{self, Write};

use govfacts::{Article, Span};

fn snippet(text: &str, span: Span) -> String {
    let s = span.slice(text).unwrap_or("<span outside input>");
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 90 {
        format!("{}…", s.chars().take(90).collect::<String>())
    } else {
        s
    }
}

/// Writes the report of one article.
pub fn report(out: &mut impl Write, name: &str, text: &str, a: &Article) -> io::Result<()> {
    writeln!(out, "== {name}")?;
    let ev = |e: &Option<govfacts::Evidence>| match e {
        Some(e) => format!(
            "[{}] {}",
            e.rule,
            e.span.map_or("(caller's option)".to_string(), |s| format!(
                "{s} \"{}\"",
                snippet(text, s)
            ))
        ),
        None => String::new(),
    };
    writeln!(
        out,
        "source     {:<24} {}",
        a.source.as_deref().unwrap_or("-"),
        ev(&a.source_evidence)
    )?;
    writeln!(
        out,
        "published  {:<24} {}",
        a.published.map_or("-".to_string(), |d| d.to_string()),
        ev(&a.published_evidence)
    )?;
    for b in &a.byline {
        writeln!(out, "byline     {:<24} {:?} [{}] {}", b.name, b.role, b.rule, b.span)?;
    }
    for p in &a.people {
        writeln!(
            out,
            "person     {:<24} {} [{}] \"{}\"",
            p.name,
            p.positions.join("; "),
            p.rule,
            snippet(text, p.span)
        )?;
    }
    for e in &a.events {
        writeln!(
            out,
            "event      {:?} {:?} {:?} [{}] \"{}\"",
            e.kind,
            e.name,
            e.date,
            e.rule,
            snippet(text, e.span)
        )?;
    }
    for t in &a.targets {
        writeln!(
            out,
            "target     {:?} {:?} {} {:?} [{}] \"{}\"",
            t.indicator,
            t.comparator,
            t.value,
            t.unit,
            t.rule,
            snippet(text, t.span)
        )?;
    }
    for i in &a.initiatives {
        writeln!(
            out,
            "initiative {:<24} {:?} [{}] \"{}\"",
            i.name,
            i.kind,
            i.rule,
            snippet(text, i.span)
        )?;
    }
    for o in &a.organizations {
        writeln!(
            out,
            "org        {:<24} {:?} [{}] \"{}\"",
            o.name,
            o.kind,
            o.rule,
            snippet(text, o.span)
        )?;
    }
    for p in &a.places {
        writeln!(
            out,
            "place      {:<24} {:?} [{}] \"{}\"",
            p.name,
            p.kind,
            p.rule,
            snippet(text, p.span)
        )?;
    }
    writeln!(out)
}
