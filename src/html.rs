//! The review page: one self-contained HTML page showing an article's text
//! with every fact's evidence highlighted, and the facts beside it
//! (feature `html`, on by default).
//!
//! Consumes the input text and its [`Article`]; produces a page with inline
//! CSS and a few lines of JavaScript, no network and no external fonts.
//!
//! # Layout
//!
//! - The text, with one `<mark>` per piece of evidence: class `k-<kind>`
//!   (one colour per kind), `data-fact` the fact's number, `title` its
//!   fields and rule id (shown on hover). Nested spans nest; spans that
//!   cross are split into pieces with the same `data-fact`, so the pieces
//!   of one fact, in order, always read as its evidence.
//! - A side panel: the facts grouped by kind (events with date, kind and
//!   participants; targets as a table). Clicking a fact scrolls to its
//!   evidence and marks it; so does opening the page at `#fact-N`.
//! - A legend; the panel moves below the text when printed.
//!
//! # Safety
//!
//! The text is untrusted: every byte of it, and every field derived from
//! it, is escaped (`& < > " '`), and a NUL is shown as `␀`. The only script
//! is the page's own, which reads nothing from the input but fact numbers
//! the renderer wrote itself.

use std::fmt::Write as _;

use crate::model::Article;
use crate::Span;

/// The fact kinds, in legend order: (class suffix, label, colour).
const KINDS: &[(&str, &str, &str)] = &[
    ("person", "Person", "#ffd6a5"),
    ("position", "Position", "#fdffb6"),
    ("event", "Event", "#caffbf"),
    ("target", "Target", "#9bf6ff"),
    ("initiative", "Initiative", "#a0c4ff"),
    ("organization", "Organization", "#bdb2ff"),
    ("place", "Place", "#ffc6ff"),
    ("byline", "Byline", "#e2e2e2"),
    ("dates", "Source and date", "#ffadad"),
];

/// One piece of evidence to highlight.
#[derive(Clone, Debug)]
struct Mark {
    span: Span,
    kind: &'static str,
    fact: usize,
    title: String,
}

/// One fact in the side panel.
#[derive(Clone, Debug)]
struct Fact {
    kind: &'static str,
    /// Escaped HTML of the entry.
    html: String,
    /// The fact number its first evidence carries, if it has any.
    fact: Option<usize>,
}

/// Escapes text for HTML content and attribute values; NUL is shown.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\0' => out.push('\u{2400}'),
            c => out.push(c),
        }
    }
    out
}

/// A serde enum's name in snake case, from its Debug name ("PlenarySession"
/// -> "plenary_session").
fn snake(debug: &str) -> String {
    let mut out = String::new();
    for (i, c) in debug.chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Collects the evidence spans and the panel entries of an article.
fn collect(text: &str, a: &Article) -> (Vec<Mark>, Vec<Fact>) {
    let mut marks = Vec::new();
    let mut facts = Vec::new();
    let valid = |s: &Span| {
        s.start < s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
    };
    let mut next = 0usize;
    let mut add = |kind: &'static str,
                   spans: &[Span],
                   title: String,
                   html: String,
                   marks: &mut Vec<Mark>,
                   facts: &mut Vec<Fact>| {
        let fact = next;
        next += 1;
        let mut any = false;
        for s in spans.iter().filter(|s| valid(s)) {
            marks.push(Mark {
                span: *s,
                kind,
                fact,
                title: title.clone(),
            });
            any = true;
        }
        facts.push(Fact {
            kind,
            html,
            fact: any.then_some(fact),
        });
    };
    for p in &a.people {
        let title = format!("person: {}\nrule: {}", p.name, p.rule);
        let positions = if p.positions.is_empty() {
            String::new()
        } else {
            format!(" <span class=\"sub\">{}</span>", escape(&p.positions.join("; ")))
        };
        add(
            "person",
            &p.mentions,
            title,
            format!("{}{positions}", escape(&p.name)),
            &mut marks,
            &mut facts,
        );
        for d in &p.position_details {
            let title = format!("position of {}: {}\nrule: {}", p.name, d.text, d.rule);
            add(
                "position",
                &[d.span],
                title,
                escape(&format!("{}: {}", p.name, d.text)),
                &mut marks,
                &mut facts,
            );
        }
    }
    for e in &a.events {
        let date = e.date.map_or("no date".to_string(), |d| d.to_string());
        let kind = snake(&format!("{:?}", e.kind));
        let parts: Vec<String> = e
            .participants
            .iter()
            .map(|p| format!("{} ({})", p.name, snake(&format!("{:?}", p.role))))
            .collect();
        let mut title = format!("event: {}\nkind: {kind}\ndate: {date}", e.name);
        if let Some(o) = &e.organizer {
            let _ = write!(title, "\norganizer: {o}");
        }
        if !parts.is_empty() {
            let _ = write!(title, "\nparticipants: {}", parts.join(", "));
        }
        if !e.visited.is_empty() {
            let _ = write!(title, "\nvisited: {}", e.visited.join(", "));
        }
        let _ = write!(title, "\nrule: {}", e.rule);
        let mut html = format!(
            "{} <span class=\"sub\">{} · {}</span>",
            escape(&e.name),
            escape(&kind),
            escape(&date)
        );
        if !parts.is_empty() {
            let _ = write!(html, "<br><span class=\"sub\">{}</span>", escape(&parts.join(", ")));
        }
        if !e.visited.is_empty() {
            let _ = write!(
                html,
                "<br><span class=\"sub\">visited: {}</span>",
                escape(&e.visited.join(", "))
            );
        }
        add("event", &[e.span], title, html, &mut marks, &mut facts);
    }
    for t in &a.targets {
        let cells = [
            snake(&format!("{:?}", t.indicator)),
            snake(&format!("{:?}", t.comparator)),
            t.value.to_string(),
            snake(&format!("{:?}", t.unit)),
            t.subject.clone().unwrap_or_default(),
            t.period.clone().unwrap_or_default(),
        ];
        let title = format!(
            "target: {} {} {} {}\nsubject: {}\nperiod: {}\nrule: {}",
            cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], t.rule
        );
        let html = cells
            .iter()
            .map(|c| format!("<td>{}</td>", escape(c)))
            .collect::<String>();
        add("target", &[t.span], title, html, &mut marks, &mut facts);
    }
    for i in &a.initiatives {
        let kind = snake(&format!("{:?}", i.kind));
        let mut title = format!("initiative: {}\nkind: {kind}", i.name);
        if let Some(issuer) = &i.issuer {
            let _ = write!(title, "\nissuer: {issuer}");
        }
        let _ = write!(title, "\nrule: {}", i.rule);
        let html = format!("{} <span class=\"sub\">{}</span>", escape(&i.name), escape(&kind));
        add("initiative", &i.mentions, title, html, &mut marks, &mut facts);
    }
    for o in &a.organizations {
        let kind = snake(&format!("{:?}", o.kind));
        let title = format!("organization: {}\nkind: {kind}\nrule: {}", o.name, o.rule);
        let html = format!("{} <span class=\"sub\">{}</span>", escape(&o.name), escape(&kind));
        add("organization", &[o.span], title, html, &mut marks, &mut facts);
    }
    for p in &a.places {
        let kind = snake(&format!("{:?}", p.kind));
        let title = format!("place: {}\nkind: {kind}\nrule: {}", p.name, p.rule);
        let html = format!("{} <span class=\"sub\">{}</span>", escape(&p.name), escape(&kind));
        add("place", &[p.span], title, html, &mut marks, &mut facts);
    }
    for b in &a.byline {
        let role = snake(&format!("{:?}", b.role));
        let title = format!("byline: {} ({role})\nrule: {}", b.name, b.rule);
        let html = format!("{} <span class=\"sub\">{}</span>", escape(&b.name), escape(&role));
        add("byline", &[b.span], title, html, &mut marks, &mut facts);
    }
    if let Some(source) = &a.source {
        let ev = a.source_evidence.as_ref();
        let title = format!(
            "source: {source}\nrule: {}",
            ev.map_or("-".to_string(), |e| e.rule.to_string())
        );
        let spans: Vec<Span> = ev.and_then(|e| e.span).into_iter().collect();
        let html = format!("source: {}", escape(source));
        add("dates", &spans, title, html, &mut marks, &mut facts);
    }
    if let Some(published) = a.published {
        let ev = a.published_evidence.as_ref();
        let title = format!(
            "published: {published}\nrule: {}",
            ev.map_or("-".to_string(), |e| e.rule.to_string())
        );
        let spans: Vec<Span> = ev.and_then(|e| e.span).into_iter().collect();
        let html = format!("published: {}", escape(&published.to_string()));
        add("dates", &spans, title, html, &mut marks, &mut facts);
    }
    (marks, facts)
}

/// The text each fact's highlights read as, in document order, by the
/// fact number the page's `data-fact` attributes carry: what a browser
/// test checks the rendered page against.
pub fn evidence_texts(text: &str, article: &Article) -> std::collections::BTreeMap<usize, String> {
    let (marks, _) = collect(text, article);
    let mut out: std::collections::BTreeMap<usize, String> = std::collections::BTreeMap::new();
    let mut sorted: Vec<&Mark> = marks.iter().collect();
    sorted.sort_by_key(|m| (m.span.start, m.span.end));
    for m in sorted {
        out.entry(m.fact).or_default().push_str(&text[m.span.start..m.span.end]);
    }
    out
}

/// The article text with its marks: nested spans nest, crossing spans are
/// split into pieces that carry the same fact number.
fn highlighted(text: &str, marks: &[Mark]) -> String {
    let mut bounds: Vec<usize> = marks.iter().flat_map(|m| [m.span.start, m.span.end]).collect();
    bounds.push(0);
    bounds.push(text.len());
    bounds.sort_unstable();
    bounds.dedup();
    // Marks by start, the longer first, so an outer span opens first.
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by_key(|&i| (marks[i].span.start, std::cmp::Reverse(marks[i].span.end), marks[i].fact));
    let mut out = String::with_capacity(text.len() * 2);
    let mut open: Vec<usize> = Vec::new();
    for w in bounds.windows(2) {
        let (a, b) = (w[0], w[1]);
        let active: Vec<usize> = order
            .iter()
            .copied()
            .filter(|&i| marks[i].span.start <= a && b <= marks[i].span.end)
            .collect();
        let keep = open.iter().zip(&active).take_while(|(x, y)| x == y).count();
        for _ in keep..open.len() {
            out.push_str("</mark>");
        }
        open.truncate(keep);
        for &i in &active[keep..] {
            let m = &marks[i];
            let _ = write!(
                out,
                "<mark class=\"k-{}\" data-fact=\"{}\" title=\"{}\">",
                m.kind,
                m.fact,
                escape(&m.title)
            );
            open.push(i);
        }
        out.push_str(&escape(&text[a..b]));
    }
    for _ in &open {
        out.push_str("</mark>");
    }
    out
}

const STYLE: &str = "
body{margin:0;font:15px/1.55 system-ui,-apple-system,'Segoe UI',sans-serif;color:#222;background:#fafafa}
header{padding:10px 18px;background:#263238;color:#fff}header h1{margin:0;font-size:17px}
.legend{padding:6px 18px;background:#eceff1;font-size:13px}.legend span{margin-right:10px;padding:1px 6px;border-radius:3px}
main{display:flex;gap:16px;padding:12px 18px}
#text{flex:3;white-space:pre-wrap;background:#fff;padding:14px 18px;border:1px solid #ddd;border-radius:4px;overflow-wrap:anywhere}
#panel{flex:2;max-height:calc(100vh - 120px);overflow:auto;position:sticky;top:8px;font-size:13px}
#panel h2{font-size:14px;margin:12px 0 4px}#panel ul{list-style:none;margin:0;padding:0}
#panel li{padding:3px 6px;margin:2px 0;border-left:5px solid #ccc;background:#fff;cursor:pointer}
#panel table{border-collapse:collapse;width:100%;background:#fff;table-layout:fixed;overflow-wrap:anywhere}#panel td,#panel th{border:1px solid #ddd;padding:2px 4px;text-align:left}
#panel tr{cursor:pointer}.sub{color:#555}
mark{border-radius:2px;padding:0 1px;color:inherit}mark mark{box-shadow:inset 0 -2px 0 rgba(0,0,0,.35)}
mark.active{outline:3px solid #d32f2f}
@media print{main{display:block}#panel{position:static;max-height:none;overflow:visible}header{background:none;color:#000}}
";

const SCRIPT: &str = "
function show(id){
  document.querySelectorAll('mark.active').forEach(function(m){m.classList.remove('active')});
  var marks=document.querySelectorAll('mark[data-fact=\"'+id+'\"]');
  marks.forEach(function(m){m.classList.add('active')});
  if(marks.length)marks[0].scrollIntoView({block:'center'});
}
document.getElementById('panel').addEventListener('click',function(e){
  var row=e.target.closest('[data-target]');if(row)show(row.getAttribute('data-target'));
});
var m=/^#fact-(\\d+)$/.exec(location.hash);if(m)show(m[1]);
";

fn kind_css() -> String {
    let mut css = String::new();
    for (kind, _, colour) in KINDS {
        let _ = writeln!(
            css,
            "mark.k-{kind},.legend .k-{kind}{{background:{colour}}}#panel li.k-{kind}{{border-left-color:{colour}}}"
        );
    }
    css
}

/// Renders the review page of one article. `title` names the page (a file
/// name, say); it is escaped like the text.
pub fn render(text: &str, article: &Article, title: &str) -> String {
    let (marks, facts) = collect(text, article);
    let mut page = String::with_capacity(text.len() * 3 + 8192);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{STYLE}{}</style></head><body>\n",
        escape(title),
        kind_css()
    );
    let _ = write!(
        page,
        "<header><h1>{}</h1></header>\n<div class=\"legend\">",
        escape(title)
    );
    for (kind, label, _) in KINDS {
        let _ = write!(page, "<span class=\"k-{kind}\">{label}</span>");
    }
    page.push_str("</div>\n<main><article id=\"text\">");
    page.push_str(&highlighted(text, &marks));
    page.push_str("</article>\n<aside id=\"panel\">");
    for (kind, label, _) in KINDS {
        let of_kind: Vec<&Fact> = facts.iter().filter(|f| f.kind == *kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = write!(page, "<h2>{label} ({})</h2>", of_kind.len());
        if *kind == "target" {
            page.push_str(
                "<table><tr><th>indicator</th><th>comparator</th><th>value</th><th>unit</th><th>subject</th><th>period</th></tr>",
            );
            for f in of_kind {
                let target = f.fact.map(|n| format!(" data-target=\"{n}\"")).unwrap_or_default();
                let _ = write!(page, "<tr{target}>{}</tr>", f.html);
            }
            page.push_str("</table>");
        } else {
            page.push_str("<ul>");
            for f in of_kind {
                let target = f.fact.map(|n| format!(" data-target=\"{n}\"")).unwrap_or_default();
                let _ = write!(page, "<li class=\"k-{kind}\"{target}>{}</li>", f.html);
            }
            page.push_str("</ul>");
        }
    }
    if facts.is_empty() {
        page.push_str("<p>No facts.</p>");
    }
    let _ = write!(page, "</aside></main>\n<script>{SCRIPT}</script>\n</body></html>\n");
    page
}

/// One line of the index page: the page's file name, what it shows and
/// its counts per fact kind.
#[derive(Clone, Debug)]
pub struct IndexEntry {
    /// The page's file name, relative to the index ("001.html").
    pub href: String,
    /// The input it shows.
    pub label: String,
    /// The article's facts, for the counts.
    pub counts: [usize; 8],
}

impl IndexEntry {
    /// The entry of one article's page.
    pub fn new(href: &str, label: &str, a: &Article) -> IndexEntry {
        IndexEntry {
            href: href.to_string(),
            label: label.to_string(),
            counts: [
                a.people.len(),
                a.people.iter().map(|p| p.positions.len()).sum(),
                a.events.len(),
                a.targets.len(),
                a.initiatives.len(),
                a.organizations.len(),
                a.places.len(),
                a.byline.len(),
            ],
        }
    }
}

/// Renders the index page: every article with its counts, linking to its
/// page.
pub fn render_index(entries: &[IndexEntry]) -> String {
    let mut page = String::new();
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>govfacts review</title>\
         <style>{STYLE}table{{border-collapse:collapse;margin:14px 18px;background:#fff}}\
         td,th{{border:1px solid #ddd;padding:3px 8px;text-align:right}}td:first-child{{text-align:left}}</style></head>\
         <body><header><h1>govfacts review: {} articles</h1></header><table>\
         <tr><th>article</th><th>people</th><th>positions</th><th>events</th><th>targets</th>\
         <th>initiatives</th><th>organizations</th><th>places</th><th>byline</th></tr>",
        entries.len()
    );
    for e in entries {
        let _ = write!(
            page,
            "<tr><td><a href=\"{}\">{}</a></td>",
            escape(&e.href),
            escape(&e.label)
        );
        for c in e.counts {
            let _ = write!(page, "<td>{c}</td>");
        }
        page.push_str("</tr>");
    }
    page.push_str("</table></body></html>\n");
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, fact: usize) -> Mark {
        Mark {
            span: Span::new(start, end),
            kind: "place",
            fact,
            title: format!("f{fact}"),
        }
    }

    /// The text of the marks of each fact, read back from the HTML.
    fn texts_of(html: &str) -> std::collections::BTreeMap<usize, String> {
        let mut out = std::collections::BTreeMap::new();
        let mut stack: Vec<usize> = Vec::new();
        let mut rest = html;
        while let Some(i) = rest.find('<') {
            for f in &stack {
                out.entry(*f).or_insert_with(String::new).push_str(&rest[..i]);
            }
            let end = rest[i..].find('>').expect("tag closes") + i;
            let tag = &rest[i..=end];
            if let Some(n) = tag.split("data-fact=\"").nth(1) {
                stack.push(n.split('"').next().unwrap().parse().unwrap());
            } else if tag == "</mark>" {
                stack.pop();
            }
            rest = &rest[end + 1..];
        }
        out.into_iter()
            .map(|(k, v)| (k, v.replace("&amp;", "&").replace("&lt;", "<")))
            .collect()
    }

    #[test]
    fn hostile_text_is_escaped() {
        let text = "<script>alert(1)</script> </textarea> \"onmouseover=x\" <a href=\"javascript:x\">\0";
        let html = highlighted(text, &[]);
        assert!(!html.contains('<'), "{html}");
        assert!(html.contains("&lt;script&gt;") && html.contains("&quot;onmouseover=x&quot;"));
        assert!(html.contains('\u{2400}') && !html.contains('\0'));
        let a = crate::extract(text);
        let page = render(text, &a, "<b>x</b>");
        assert_eq!(page.matches("<script>").count(), 1, "only the page's own script");
        assert!(!page.contains("<b>"));
    }

    #[test]
    fn nested_and_crossing_spans() {
        let text = "Pengjiang District Party Committee";
        // A place inside an organization, and a span crossing the place.
        let marks = [mark(0, 34, 0), mark(0, 18, 1), mark(10, 24, 2)];
        let html = highlighted(text, &marks);
        let got = texts_of(&html);
        assert_eq!(got[&0], text);
        assert_eq!(got[&1], "Pengjiang District");
        assert_eq!(got[&2], "District Party");
        assert_eq!(html.matches("<mark").count(), html.matches("</mark>").count());
    }

    #[test]
    fn spans_at_the_edges_and_multibyte_characters() {
        let text = "“Jiangmen” grew. Xiàmén";
        let last = text.len();
        let marks = [mark(0, "“Jiangmen”".len(), 0), mark(last - "Xiàmén".len(), last, 1)];
        let got = texts_of(&highlighted(text, &marks));
        assert_eq!(got[&0], "“Jiangmen”");
        assert_eq!(got[&1], "Xiàmén");
    }

    #[test]
    fn an_empty_article_renders_a_page() {
        let page = render("", &Article::default(), "empty");
        assert!(page.contains("No facts.") && page.ends_with("</html>\n"));
    }

    #[test]
    fn every_fact_of_an_article_reads_as_its_evidence() {
        let text = "On May 2, the Xiamen Municipal Party Committee held a work conference. Mayor Guo Ping presided over the meeting. Xiamen will strive for GDP growth of 6% this year.";
        let a = crate::extract(text);
        let (marks, facts) = collect(text, &a);
        assert!(facts.len() >= 5, "{facts:?}");
        let got = texts_of(&highlighted(text, &marks));
        for m in &marks {
            let expected: String = marks
                .iter()
                .filter(|x| x.fact == m.fact)
                .map(|x| &text[x.span.start..x.span.end])
                .collect();
            assert_eq!(got[&m.fact], expected);
        }
    }
}
