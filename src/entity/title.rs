//! Titles: parsing a position phrase into title, body and level, and
//! normalising it to SCHEMA.md's title-cased `"<Title> of the <Body>"`.
//!
//! Consumes a phrase of the input (a byte range); produces [`Title`]s.
//! Which phrase belongs to which person is the position relation's concern
//! (`relation::position`), not this module's.
//!
//! # Grammar
//!
//! ```text
//! phrase   = item (("and" | ", and" | ",") item)*      split only before a title word
//! item     = ("the"|"a"|"an")? Place* Modifier* Head ("of" Body)?
//!   Head     = lexicon/titles.txt "head" word            (secretary, mayor, member)
//!   Modifier = lexicon/titles.txt "mod" word             (deputy, district, party)
//!   Place    = a capitalised word before the title       (Guangdong Governor)
//!   Body     = words up to a stop word (lexicon/body_stops.txt: attended, at, who ...)
//! ```
//!
//! Normalisation, as data-driven steps:
//! - `<Mods> Party Secretary` (or `Party Chief`) is
//!   `Secretary of the <Mods> Party Committee` ("District Party Secretary");
//! - a place before the title moves after it: "Guangdong Governor" is
//!   "Governor of Guangdong";
//! - a bare title coordinated with a titled one shares its body:
//!   "Secretary and Director of X" is "Secretary of X" and "Director of X";
//!   a title with its own body keeps it ("Secretary of the Party Leadership
//!   Group and Chairman of the District CPPCC");
//! - an anaphoric body ("of the city") is dropped: it names no body;
//! - words are title-cased except of/the/and/for/in/on/at/to/a/an; words
//!   with inner capitals (CPPCC) stay; ’ is written '.

use crate::lexicon::{self, TitleWord};
use crate::model::Level;
use crate::substr;
use crate::Span;

/// A parsed position phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Title {
    /// The normalised position: "Secretary of the District Party Committee".
    pub text: String,
    /// The title alone, title-cased: "Deputy Secretary".
    pub title: String,
    /// The body, title-cased, without a leading "the".
    pub body: Option<String>,
    /// The level, when a word of the phrase gives it.
    pub level: Option<Level>,
    /// The phrase in the input.
    pub span: Span,
}

/// Anaphoric bodies that name nothing on their own.
const ANAPHORS: &[&str] = &[
    "the city",
    "the district",
    "the county",
    "the province",
    "the town",
    "the municipality",
];

/// Small words kept lowercase in title case.
const SMALL_WORDS: &[&str] = &["of", "the", "and", "for", "in", "on", "at", "to", "a", "an"];

/// Whether `word` can open a title item (after an optional article).
pub(crate) fn starts_title(word: &str) -> bool {
    lexicon::title_word(word).is_some()
}

/// Parses `text[start..end]` as a phrase of one or more coordinated titles.
/// Returns the titles and whether the phrase was cut short by a stop word
/// (so an appositive chain ends there).
pub(crate) fn parse_phrase(text: &str, start: usize, end: usize) -> (Vec<Title>, bool) {
    let (end, stopped) = cut_at_stop(text, start, end);
    let pieces = split_coordinated(text, start, end);
    let mut items: Vec<(usize, usize, Option<Parts>)> = Vec::new();
    for (s, e) in pieces {
        let parts = parse_item(&text[s..e]);
        match (parts, items.last_mut()) {
            (None, Some(prev)) => {
                // Not a title: "and" was inside the body ("Finance and Modern
                // Industries"); rejoin it to the item before.
                prev.1 = e;
                prev.2 = parse_item(&text[prev.0..e]);
            }
            (parts, _) => items.push((s, e, parts)),
        }
    }
    let mut out: Vec<Title> = Vec::new();
    for k in 0..items.len() {
        let Some(mut parts) = items[k].2.clone() else {
            continue;
        };
        // "Secretary and Director of X": a bare head borrows the body of the
        // next item.
        if parts.body.is_none() && parts.bare_head {
            if let Some((_, _, Some(next))) = items.get(k + 1) {
                parts.body.clone_from(&next.body);
            }
        }
        // "District CPPCC Party Secretary and Chairman": a body written
        // before the first title goes to each.
        if parts.body.is_none() && parts.bare_head && k > 0 {
            if let Some((_, _, Some(prev))) = items.get(k - 1) {
                if prev.body_before {
                    parts.body.clone_from(&prev.body);
                }
            }
        }
        let (s, e) = (items[k].0, items[k].1);
        out.push(parts.finish(Span::new(s, e)));
    }
    (out, stopped)
}

/// The phrase end, cut before the first lowercase stop word.
fn cut_at_stop(text: &str, start: usize, end: usize) -> (usize, bool) {
    let mut pos = start;
    let mut prev = "";
    for word in text[start..end].split_inclusive(' ') {
        let w = word.trim_end().trim_end_matches([',', '.', ';', ':']);
        // "deputy to the ... Congress" goes on.
        let deputy_to = w == "to" && prev.eq_ignore_ascii_case("deputy");
        if lexicon::contains(&lexicon::BODY_STOPS, w) && !deputy_to {
            return (pos.max(start), true);
        }
        prev = w;
        pos += word.len();
    }
    (end, false)
}

/// Byte ranges of the coordinated items of a phrase: split at "and" or ","
/// when the next word (after an article) starts a title.
fn split_coordinated(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let s = &text[start..end];
    let mut out = Vec::new();
    let mut item_start = 0;
    let mut search = 0;
    while let Some(rel) = substr::find(&s[search..], " and ") {
        let at = search + rel;
        let after = &s[at + 5..];
        let mut words = after.split_whitespace();
        let first = words.next().unwrap_or("");
        let first = if matches!(lexicon::lowered(first).as_ref(), "the" | "a" | "an") {
            words.next().unwrap_or("")
        } else {
            first
        };
        if starts_title(first.trim_end_matches(',')) {
            let item_end = s[..at].trim_end_matches([',', ' ']).len();
            out.push((start + item_start, start + item_end));
            item_start = at + 5;
        }
        search = at + 5;
    }
    out.push((start + item_start, end));
    out.retain(|(a, b)| a < b);
    out
}

/// The parts of one title item, before normalisation.
#[derive(Clone, Debug)]
struct Parts {
    /// Place words before the title ("Guangdong").
    place: Option<String>,
    /// Title words, as written.
    title_words: Vec<String>,
    /// The body after "of", as written (with its "the").
    body: Option<String>,
    /// True when the title is heads only (possibly deputy/vice), no level
    /// words: such a title may share the next item's body.
    bare_head: bool,
    /// "of", or "to" for "Deputy to the ... Congress".
    connector: &'static str,
    /// True when the body stood before the title ("District CPPCC Party
    /// Secretary"): the bare titles after it share it.
    body_before: bool,
}

/// Whether capitalised `words` before a title name a place: a gazetteer
/// place or a name ending in a place suffix ("Chinese" is neither, and
/// spells pinyin syllables, so pinyin is no test).
fn is_place_name(words: &[&str]) -> bool {
    let name = words.join(" ");
    lexicon::place_kind(&name).is_some()
        || lexicon::PLACE_SUFFIXES
            .iter()
            .any(|(suffix, _)| name.ends_with(suffix) && name.len() > suffix.len())
}

/// Whether `w` is a lower-case owner's possessive before a post: the
/// "prefecture's" of "the prefecture's commissioner", the "city's" of "the
/// city's mayor".
pub(crate) fn is_level_owner(w: &str) -> bool {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .is_some_and(|owner| !owner.is_empty() && owner.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Acronyms of measures, not bodies: "GDP chief" names no body.
const MEASURE_ACRONYMS: &[&str] = &["GDP", "GNP", "CPI", "PPI", "PMI", "FDI"];

/// Whether `w` is a body's acronym: three to six capital letters ("CNPC",
/// "SASAC"), not a measure's.
pub(crate) fn is_acronym(w: &str) -> bool {
    (3..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()) && !MEASURE_ACRONYMS.contains(&w)
}

fn parse_item(item: &str) -> Option<Parts> {
    let item = item.trim().trim_end_matches([',', '.', ';', ':', ' ']);
    let item = ["the ", "The ", "a ", "an ", "and "]
        .iter()
        .find_map(|a| item.strip_prefix(a))
        .unwrap_or(item);
    // "the city's acting mayor": the possessor is not part of the title.
    let item = match substr::find(item, "'s ").or_else(|| substr::find(item, "’s ")) {
        Some(i)
            if !item[..i].contains(" of ")
                && !item[..i].contains(" to ")
                && !item[..i]
                    .split(' ')
                    .any(|w| lexicon::title_word(w) == Some(TitleWord::Head))
                && item[..i]
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()) || lexicon::place_kind(w).is_some()) =>
        {
            item[i..].split_once(' ').map_or("", |(_, rest)| rest)
        }
        _ => item,
    };
    // "Deputy to the Provincial People's Congress".
    let (title_part, body, connector) = match (substr::find(item, " of "), substr::find(item, " to ")) {
        (Some(i), _) => (&item[..i], Some(item[i + 4..].trim().to_string()), "of"),
        (None, Some(i)) if lexicon::lowered(&item[..i]).ends_with("deputy") => {
            (&item[..i], Some(item[i + 4..].trim().to_string()), "to")
        }
        _ => (item, None, "of"),
    };
    // "District CPPCC Party Secretary": a body before the title words is
    // the title's body, "of the" form (convention 30).
    let (title_part, body_before) = match split_body_before(title_part) {
        Some((b, t)) if body.is_none() => (t, Some(b)),
        _ => (title_part, None),
    };
    let words: Vec<&str> = title_part.split_whitespace().collect();
    let last = words.last()?;
    // "Deputy to the ... Congress": a deputy to a congress is a post.
    let congress_deputy = connector == "to";
    if lexicon::title_word(last) != Some(TitleWord::Head) && !congress_deputy {
        return None;
    }
    // Leading capitalised non-title words are a place: "Guangdong Governor".
    let first_title = words.iter().position(|w| starts_title(w))?;
    if words[first_title..].iter().any(|w| !starts_title(w)) {
        return None;
    }
    let place_words = &words[..first_title];
    if place_words
        .iter()
        .any(|w| !w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    // The place is a known one or a suffixed one ("Wuyi Street"). A
    // nationality names none and the title stands bare: "Chinese Premier"
    // is "Premier" (a demonym by its ending, one word); any other words
    // make no title ("Vietnamese Prime Minister" is no "Minister").
    let demonym = |w: &str| ["ese", "an", "ish"].iter().any(|e| w.ends_with(e));
    let place_words = match place_words {
        [] => place_words,
        _ if is_place_name(place_words) => place_words,
        [w] if demonym(w) => &place_words[..0],
        _ => return None,
    };
    // "municipal leader", "city leaders": a leader of a level is no post
    // (convention 30); a leader of a named group is.
    let level_only = words[first_title..words.len() - 1].iter().all(|w| {
        matches!(
            lexicon::lowered(w).as_ref(),
            "municipal" | "city" | "provincial" | "district" | "county" | "township" | "town"
        )
    });
    if last.eq_ignore_ascii_case("leader") && body.is_none() && place_words.is_empty() && level_only {
        return None;
    }
    let place = (!place_words.is_empty()).then(|| place_words.join(" "));
    let title_words: Vec<String> = words[first_title..].iter().map(|w| w.to_string()).collect();
    let bare_head = place.is_none()
        && title_words.iter().all(|w| {
            lexicon::title_word(w) == Some(TitleWord::Head) || matches!(lexicon::lowered(w).as_ref(), "deputy" | "vice")
        });
    let body = body.filter(|b| !b.is_empty());
    let body_before_set = body_before.is_some();
    let body = body.or(body_before.map(of_the_form));
    Some(Parts {
        place,
        title_words,
        body,
        bare_head,
        connector,
        body_before: body_before_set,
    })
}

/// Splits "District People's Congress Standing Committee Party Secretary"
/// into the body ("District People's Congress Standing Committee") and the
/// title ("Party Secretary"): the body ends at its last head word and holds
/// a capitalised word that is no title word.
fn split_body_before(title_part: &str) -> Option<(&str, &str)> {
    const BODY_HEADS: &[&str] = &[
        "CPPCC",
        "Committee",
        "Congress",
        "Government",
        "Commission",
        "Bureau",
        "Department",
        "Court",
        "Procuratorate",
        "Federation",
        "League",
        "Association",
    ];
    let words: Vec<&str> = title_part.split_whitespace().collect();
    // A body's acronym ("CNPC General Manager") is a body too.
    let last_body = words.iter().rposition(|w| BODY_HEADS.contains(w) || is_acronym(w))?;
    if last_body + 1 >= words.len() {
        return None;
    }
    let has_proper = words[..=last_body]
        .iter()
        .any(|w| w.starts_with(|c: char| c.is_uppercase()) && !starts_title(w));
    if !has_proper {
        return None;
    }
    let cut = words[..=last_body].iter().map(|w| w.len() + 1).sum::<usize>();
    let start = title_part.len() - title_part.trim_start().len();
    Some((
        title_part[start..start + cut - 1].trim(),
        title_part[start + cut..].trim(),
    ))
}

/// "District People's Congress Standing Committee" in "of the" form:
/// "the Standing Committee of the District People's Congress".
fn of_the_form(body: &str) -> String {
    match body.strip_suffix(" Standing Committee") {
        Some(rest) if !rest.is_empty() => format!("the Standing Committee of the {rest}"),
        _ => format!("the {body}"),
    }
}

impl Parts {
    fn finish(mut self, span: Span) -> Title {
        // "Vice-Chairmen Xie, Bai and Liu": each holds the singular title.
        if let Some(last) = self.title_words.last_mut() {
            let lower = lexicon::lowered(last);
            if let Some(one) = lexicon::singular_head(&lower).filter(|_| lexicon::title_word(&lower).is_some()) {
                if !lexicon::contains_title(&lower) {
                    *last = one;
                }
            }
        }
        let lower: Vec<_> = self.title_words.iter().map(|w| lexicon::lowered(w)).collect();
        let n = lower.len();
        let party_head = n >= 2 && lower[n - 2] == "party" && matches!(lower[n - 1].as_ref(), "secretary" | "chief");
        // "District Party Committee Secretary": the committee is the body.
        let committee = lower[..n - 1].iter().rposition(|w| w == "committee");
        let (title, body) = if let (Some(c), None) = (committee, &self.body) {
            let mut body_words: Vec<&str> = self.place.iter().map(String::as_str).collect();
            body_words.extend(self.title_words[..=c].iter().map(String::as_str));
            (
                self.title_words[c + 1..].join(" "),
                Some(format!("the {}", body_words.join(" "))),
            )
        } else if party_head && self.body.is_none() {
            // "District Party Secretary" -> "Secretary of the District Party Committee".
            let mods: Vec<&str> = self.title_words[..n - 2].iter().map(String::as_str).collect();
            let mut body_words: Vec<&str> = self.place.iter().map(String::as_str).collect();
            body_words.extend(mods);
            body_words.push("Party");
            body_words.push("Committee");
            ("Secretary".to_string(), Some(format!("the {}", body_words.join(" "))))
        } else {
            let body = match (&self.body, &self.place) {
                (Some(b), _) => Some(b.clone()),
                (None, Some(p)) => Some(p.clone()),
                (None, None) => None,
            };
            (self.title_words.join(" "), body)
        };
        let body = body.filter(|b| !ANAPHORS.contains(&lexicon::lowered(b).as_ref()));
        let title = title_case(&title);
        let text = match &body {
            Some(b) => title_case(&format!("{title} {} {b}", self.connector)),
            None => title.clone(),
        };
        let body = body.map(|b| title_case(&b));
        let level = level_of(&title, body.as_deref(), self.place.as_deref());
        let body = body.map(|b| b.strip_prefix("The ").map(str::to_string).unwrap_or(b));
        Title {
            text,
            title,
            body,
            level,
            span,
        }
    }
}

/// Title case for positions: see the module docs.
pub(crate) fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // ’ is written ', as everywhere in the output.
    let push = |out: &mut String, c: char| out.push(if c == '’' { '\'' } else { c });
    for (i, w) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if let Some(small) = SMALL_WORDS.iter().find(|sw| i > 0 && sw.eq_ignore_ascii_case(w)) {
            out.push_str(small);
        } else if w.chars().skip(1).any(char::is_uppercase) {
            w.chars().for_each(|c| push(&mut out, c));
        } else {
            // Each hyphenated part capitalised: "Secretary-general" is
            // "Secretary-General".
            for (j, part) in w.split('-').enumerate() {
                if j > 0 {
                    out.push('-');
                }
                if part.is_ascii() {
                    // The common case, byte by byte: the same as the
                    // Unicode mappings below on ASCII.
                    let mut bytes = part.bytes();
                    if let Some(first) = bytes.next() {
                        out.push(char::from(first.to_ascii_uppercase()));
                        out.extend(bytes.map(|b| char::from(b.to_ascii_lowercase())));
                    }
                    continue;
                }
                let mut cs = part.chars();
                if let Some(first) = cs.next() {
                    first.to_uppercase().for_each(|c| push(&mut out, c));
                    cs.flat_map(char::to_lowercase).for_each(|c| push(&mut out, c));
                }
            }
        }
    }
    out
}

/// The level of a position, from its first level word, else its head or
/// the gazetteer kind of its place.
pub(crate) fn level_of(title: &str, body: Option<&str>, place: Option<&str>) -> Option<Level> {
    let words = title
        .split_whitespace()
        .chain(body.into_iter().flat_map(str::split_whitespace));
    for w in words {
        let level = match lexicon::lowered(w).as_ref() {
            "central" | "national" | "state" => Level::Central,
            "provincial" | "province" => Level::Provincial,
            "municipal" | "city" => Level::Municipal,
            "district" => Level::District,
            "county" => Level::County,
            "town" | "township" | "street" => Level::Town,
            _ => continue,
        };
        return Some(level);
    }
    if let Some(kind) = place.or(body).and_then(lexicon::place_kind) {
        return match kind {
            "province" => Some(Level::Provincial),
            "city" => Some(Level::Municipal),
            "district" => Some(Level::District),
            _ => None,
        };
    }
    let lower = lexicon::lowered(title);
    // "Vice Governor", "Deputy Mayor", "Executive Vice Mayor", "Acting
    // Governor": the post's level is its head's.
    let mut head = lower.as_ref();
    while let Some(rest) = ["executive ", "vice ", "deputy ", "acting "]
        .iter()
        .find_map(|m| head.strip_prefix(m))
    {
        head = rest;
    }
    match head {
        "general secretary" | "premier" => Some(Level::Central),
        "governor" => Some(Level::Provincial),
        "mayor" => Some(Level::Municipal),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_keeps_small_words_acronyms_and_hyphen_parts() {
        assert_eq!(
            title_case("the municipal party committee"),
            "The Municipal Party Committee"
        );
        assert_eq!(
            title_case("deputy secretary-general of the CPPCC"),
            "Deputy Secretary-General of the CPPCC"
        );
        assert_eq!(
            title_case("people’s  congress OF jiangmen"),
            "People's Congress of Jiangmen"
        );
        assert_eq!(title_case("ÉCOLE of x"), "ÉCOLE of X");
        // ASCII parts and other parts of one word, each capitalised.
        assert_eq!(
            title_case("vice-mayor of zhuhai-école-macao"),
            "Vice-Mayor of Zhuhai-École-Macao"
        );
        assert_eq!(title_case("ﬁnance BUREAU"), "FInance BUREAU");
        assert_eq!(title_case(""), "");
    }

    fn check(phrase: &str) -> Vec<String> {
        parse_phrase(phrase, 0, phrase.len())
            .0
            .into_iter()
            .map(|t| format!("{} | {:?}", t.text, t.level))
            .collect()
    }

    #[test]
    fn of_phrases_are_title_cased() {
        assert_eq!(
            check("secretary of the party group of the municipal government and mayor of the municipal government"),
            [
                "Secretary of the Party Group of the Municipal Government | Some(Municipal)",
                "Mayor of the Municipal Government | Some(Municipal)"
            ]
        );
        assert_eq!(
            check("the secretary of the Kaiping Municipal Party Committee"),
            ["Secretary of the Kaiping Municipal Party Committee | Some(Municipal)"]
        );
    }

    #[test]
    fn party_secretary_becomes_secretary_of_the_committee() {
        assert_eq!(
            check("District Party Secretary"),
            ["Secretary of the District Party Committee | Some(District)"]
        );
        assert_eq!(
            check("Municipal party secretary"),
            ["Secretary of the Municipal Party Committee | Some(Municipal)"]
        );
    }

    #[test]
    fn coordinated_titles_each_keep_their_own_body() {
        assert_eq!(
            check("Deputy Secretary of the District Party Committee and District Mayor"),
            [
                "Deputy Secretary of the District Party Committee | Some(District)",
                "District Mayor | Some(District)"
            ]
        );
        assert_eq!(
            check("Secretary of the Party Leadership Group and Chairman of the District CPPCC"),
            [
                "Secretary of the Party Leadership Group | None",
                "Chairman of the District CPPCC | Some(District)"
            ]
        );
    }

    #[test]
    fn a_bare_head_shares_the_next_body() {
        assert_eq!(
            check("Secretary and Director of the Party Leadership Group of the Standing Committee of the District People’s Congress"),
            [
                "Secretary of the Party Leadership Group of the Standing Committee of the District People's Congress | Some(District)",
                "Director of the Party Leadership Group of the Standing Committee of the District People's Congress | Some(District)"
            ]
        );
        assert_eq!(
            check("deputy secretary and deputy director of the party group"),
            [
                "Deputy Secretary of the Party Group | None",
                "Deputy Director of the Party Group | None"
            ]
        );
    }

    #[test]
    fn committee_before_the_head_is_the_body() {
        assert_eq!(
            check("District Party Committee Secretary"),
            ["Secretary of the District Party Committee | Some(District)"]
        );
        assert_eq!(
            check("Standing Committee member"),
            ["Member of the Standing Committee | None"]
        );
    }

    #[test]
    fn a_place_before_the_title_moves_after_it() {
        assert_eq!(
            check("Guangdong Governor"),
            ["Governor of Guangdong | Some(Provincial)"]
        );
        assert_eq!(check("Shenzhen Mayor"), ["Mayor of Shenzhen | Some(Municipal)"]);
        // A body's acronym before the title is its body, "of the" form
        // (convention 30); a measure's is none.
        assert_eq!(check("CNPC general manager"), ["General Manager of the CNPC | None"]);
        assert!(check("GDP chief").is_empty());
        assert_eq!(check("Wuyi Street Director"), ["Director of Wuyi Street | Some(Town)"]);
        // A nationality is no place: "Chinese Premier" is the bare title;
        // other words before a title make none.
        assert_eq!(check("Chinese Premier"), ["Premier | Some(Central)"]);
        assert!(check("Vietnamese Prime Minister").is_empty());
        assert_eq!(check("General Secretary"), ["General Secretary | Some(Central)"]);
    }

    #[test]
    fn and_inside_a_body_is_not_a_split() {
        assert_eq!(
            check("director of the department of finance and modern industries at the China Development Institute"),
            ["Director of the Department of Finance and Modern Industries | None"]
        );
    }

    #[test]
    fn anaphoric_bodies_are_dropped_and_stops_end_the_phrase() {
        assert_eq!(check("mayor of the city"), ["Mayor | Some(Municipal)"]);
        let phrase = "Secretary of the Municipal Party Committee, attended the meeting";
        let (titles, stopped) = parse_phrase(phrase, 0, phrase.len());
        assert!(stopped);
        assert_eq!(titles[0].text, "Secretary of the Municipal Party Committee");
    }

    #[test]
    fn non_titles_are_refused() {
        assert!(check("City leaders").is_empty());
        assert!(check("key officials").is_empty());
        assert!(check("Professor at the Academy").is_empty());
        assert!(check("reporter").is_empty());
        assert!(check("representatives of the Municipal People's Congress").is_empty());
    }

    #[test]
    fn leader_of_a_group_is_a_post_but_city_leaders_are_not() {
        assert_eq!(
            check("leader of the Municipal Party Building Leading Group"),
            ["Leader of the Municipal Party Building Leading Group | Some(Municipal)"]
        );
        assert!(check("City leaders").is_empty());
    }

    #[test]
    fn political_commissar_and_secretary_general() {
        assert_eq!(check("political commissar"), ["Political Commissar | None"]);
        assert_eq!(check("Secretary-General"), ["Secretary-General | None"]);
    }

    #[test]
    fn a_deputy_posts_level_is_its_heads() {
        assert_eq!(check("Deputy Mayor"), ["Deputy Mayor | Some(Municipal)"]);
        assert_eq!(
            check("Executive Vice Mayor"),
            ["Executive Vice Mayor | Some(Municipal)"]
        );
        assert_eq!(check("Acting Governor"), ["Acting Governor | Some(Provincial)"]);
        assert_eq!(check("Vice Premier"), ["Vice Premier | Some(Central)"]);
    }
}
