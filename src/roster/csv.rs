//! The roster as CSV for spreadsheets.

use super::Roster;
use crate::model::Level;

/// The CSV's first line: one row per spell.
pub const CSV_HEADER: &str = "name,person,post,title,body,level,place,first_seen,last_seen,articles,evidence,note";

/// Renders `roster` (header and rows, "\r\n" line ends as RFC 4180 has them).
pub(super) fn render(roster: &Roster) -> String {
    let mut out = String::new();
    out.push_str(CSV_HEADER);
    out.push_str("\r\n");
    for (official, spell) in roster.spells() {
        let mut docs: Vec<&str> = spell.evidence.iter().map(|a| a.doc.as_str()).collect();
        docs.dedup();
        let row = [
            official.name.clone(),
            official.number.to_string(),
            spell.text.clone(),
            spell.post.title.clone(),
            spell.post.full_body().unwrap_or_default(),
            spell.post.level.map_or(String::new(), level_name),
            spell.post.place.clone().unwrap_or_default(),
            spell.first_seen.map_or(String::new(), |d| d.to_string()),
            spell.last_seen.map_or(String::new(), |d| d.to_string()),
            spell.articles.to_string(),
            docs.join("; "),
            official.note.clone().unwrap_or_default(),
        ];
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn level_name(level: Level) -> String {
    match level {
        Level::Central => "central",
        Level::Provincial => "provincial",
        Level::Municipal => "municipal",
        Level::District => "district",
        Level::County => "county",
        Level::Town => "town",
    }
    .to_string()
}

/// One cell: quoted when it holds a comma, quote or line break; a leading
/// apostrophe when a spreadsheet would read it as a formula.
fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(cell("Jiangmen"), "Jiangmen");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(cell("line\nbreak"), "\"line\nbreak\"");
    }
}
