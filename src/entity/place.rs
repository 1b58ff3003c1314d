//! Places: the gazetteer of real geography plus suffix and landmark rules.
//!
//! Consumes the paragraphs and sentences of the [`Document`]; produces [`PlaceMention`]s,
//! the longest reading at each position.
//!
//! # Grammar
//!
//! ```text
//! place    = gazetteer | suffixed
//! gazetteer = an entry of lexicon/places.txt, as a whole word   (Jiangmen, Hong Kong)
//!             not "Taiwan-funded" (a hyphen and a lower-case word follow)
//! suffixed = Word{1,5} Suffix           (Huanshi Street, Daguang Bay Economic Zone,
//!                                        Wuyi Overseas Chinese Plaza)
//!   Word   = a capitalised word; "and" too for landmarks
//!            (Changdi Historical and Cultural Street)
//!   Suffix = an entry of lexicon/place_suffixes.txt, which gives the kind
//! ```
//!
//! Clause words ("In", "The") are dropped from the front. Which mentions
//! count (nesting, fullest form) is assembly's concern.

use std::sync::LazyLock;

use regex::Regex;

use crate::keyed::{Before, KeyedRegex};
use crate::lexicon;
use crate::model::PlaceKind;
use crate::span::Rule;
use crate::text::Document;
use crate::Span;

pub(crate) const GAZETTEER: Rule = Rule {
    id: "places/gazetteer",
    description: "a known place from the gazetteer of real geography",
};
pub(crate) const LOWER: Rule = Rule {
    id: "places/lowercase_suffix",
    description: "a name before a lower-case administrative suffix: \"Wudang district\"",
};
pub(crate) const DIRECTION: Rule = Rule {
    id: "places/directional",
    description: "a direction before China or a province: \"south China\", \"northern Guangdong\"",
};
pub(crate) const SUFFIX: Rule = Rule {
    id: "places/suffix",
    description: "capitalised words ending in a place suffix (District, Street, Bay, Economic Zone, Plaza ...)",
};

/// One place mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PlaceMention {
    pub name: String,
    pub kind: PlaceKind,
    pub span: Span,
    pub rule: Rule,
}

/// Whether byte `i` of `s` is an ASCII word byte, as `(?-u:\b)` has it.
fn is_word_byte(s: &[u8], i: usize) -> bool {
    s.get(i).is_some_and(|&b| lexicon::is_word_byte(b))
}

/// Where a capitalised word starts in `s`: an ASCII capital after a
/// non-word byte (or at the start). Every gazetteer entry and every suffix
/// starts at one, so only these positions are searched.
fn capital_starts(s: &str) -> impl Iterator<Item = usize> + '_ {
    let b = s.as_bytes();
    (0..b.len()).filter(move |&i| b[i].is_ascii_uppercase() && (i == 0 || !is_word_byte(b, i - 1)))
}

/// Gazetteer entries in `s` as whole words, non-overlapping: what the
/// pattern `\b(?:longest|...|shortest)\b` finds (leftmost match, the
/// longest entry there that stands as whole words).
///
/// An entry stands as whole words at a position only if its first word
/// is the whole word there: either a non-word byte of the entry ends that
/// word in the text too, or the entry is one word and the boundary after
/// it ends the text's. So each capitalised word is looked up once, by
/// itself, and only the entries opening with it are compared.
fn gazetteer_matches(s: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = s.as_bytes();
    let boundary = |i: usize| (i > 0 && is_word_byte(bytes, i - 1)) != is_word_byte(bytes, i);
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for i in capital_starts(s) {
        if out.last().is_some_and(|r| i < r.end) {
            continue;
        }
        let rest = &s[i..];
        let entry = lexicon::places_opening_with(lexicon::first_word(rest))
            .iter()
            .find(|e| rest.starts_with(**e) && boundary(i + e.len()));
        if let Some(e) = entry {
            out.push(i..i + e.len());
        }
    }
    out
}

/// Suffixes that may follow an "and" inside the name: landmarks and zones.
fn is_landmark_suffix((suffix, kind): (&str, &str)) -> bool {
    kind == "landmark" || suffix.ends_with("Zone")
}

fn suffix_alternation(landmarks_only: bool) -> String {
    suffixes(landmarks_only)
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join("|")
}

/// Capitalised words before a place suffix: at most five name words before
/// the suffix, which keys the search.
static SUFFIXED: LazyLock<KeyedRegex> = LazyLock::new(|| {
    let alt = suffix_alternation(false);
    let pattern =
        format!(r"(?:(?:[A-Z][A-Za-z0-9'’\-]*|[0-9]+[A-Z][A-Za-z0-9]*|\([A-Z][a-z]+\))\x20){{1,5}}(?:{alt})(?-u:\b)");
    KeyedRegex::new(&pattern, suffixes(false), 5, Before::Names)
});

/// The place suffixes, or the landmark ones only.
fn suffixes(landmarks_only: bool) -> impl Iterator<Item = &'static str> {
    lexicon::PLACE_SUFFIXES
        .iter()
        .filter(move |&&entry| !landmarks_only || is_landmark_suffix(entry))
        .map(|(s, _)| *s)
}

/// A lower-case administrative suffix is not part of the name:
/// "Wudang district" is Wudang, "Chongqing municipality" is Chongqing,
/// "Wuzhen town" is Wuzhen (convention 29).
static LOWER_SUFFIX: LazyLock<KeyedRegex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?-u:\b)(?P<name>[A-Z][a-z]+)\x20(?P<suffix>{})(?-u:\b)",
        LOWER_SUFFIXES.join("|")
    );
    // One name word before the suffix.
    KeyedRegex::new(&pattern, LOWER_SUFFIXES, 1, Before::Names)
});

/// The lower-case suffixes [`LOWER_SUFFIX`] reads.
const LOWER_SUFFIXES: [&str; 9] = [
    "district",
    "county",
    "province",
    "municipality",
    "city",
    "town",
    "township",
    "village",
    "subdistrict",
];

/// The lower-case levels below the county: the gazetteer lists none, so
/// a name before one is of that level even where a county shares it.
const BELOW_COUNTY: [&str; 4] = ["town", "township", "village", "subdistrict"];

/// The lower-case suffixes whose names the gazetteer may not hold: a
/// pinyin name before one is the place ("Wuzhen town" is Wuzhen, a town).
/// Levels below the county are not in the gazetteer at all; districts and
/// counties are, but a name with a polyphonic character can be romanised
/// otherwise than the press writes it ("Minhang district").
const UNLISTED_SUFFIXES: [&str; 6] = ["town", "township", "village", "subdistrict", "district", "county"];

/// A direction before China or a province-level name is a region as
/// written: "south China", "Southwest China", "northern Guangdong".
static DIRECTIONAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:[Ss]outh|[Nn]orth|[Ee]ast|[Ww]est|[Cc]entral)(?:west|east)?(?:ern)?\x20(?P<area>[A-Z][a-z]+)(?-u:\b)",
    )
    .unwrap()
});

/// The head of a region named by coordinating places: "Guangdong, Hong
/// Kong and Macao Bay area".
static COORDINATED_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\x20(?:Greater\x20)?Bay\x20(?:[Aa]rea|[Dd]istrict)(?-u:\b)").unwrap());

/// Places coordinated ("A, B and C", "A B C", "A-B-C") before a region
/// head make one region; its members are nested in it.
fn coordinated_regions(s: &str, known: &[std::ops::Range<usize>], base: usize) -> Vec<PlaceMention> {
    let mut out = Vec::new();
    for (i, last) in known.iter().enumerate() {
        let Some(head) = COORDINATED_HEAD.find(&s[last.end..]) else {
            continue;
        };
        let mut first = i;
        while first > 0 {
            let gap = &s[known[first - 1].end..known[first].start];
            if !matches!(gap, ", " | " and " | ", and " | " " | "-") {
                break;
            }
            first -= 1;
        }
        if first == i {
            continue;
        }
        let span = Span::new(base + known[first].start, base + last.end + head.end());
        out.push(PlaceMention {
            name: s[known[first].start..last.end + head.end()].replace('’', "'"),
            kind: PlaceKind::Region,
            span,
            rule: SUFFIX,
        });
    }
    out
}

/// A place in a hyphenated chain of places that a capitalised word
/// follows names a project or a route, not the place: "the
/// Shenzhen-Zhongshan Link", "a Guangzhou-Foshan Expressway".
fn in_named_chain(s: &str, known: &[std::ops::Range<usize>], m: &std::ops::Range<usize>) -> bool {
    let hyphen_before = s[..m.start].ends_with('-');
    let mut end = m.end;
    let mut chained = hyphen_before;
    while s[end..].starts_with('-') {
        match known.iter().find(|k| k.start == end + 1) {
            Some(k) => {
                end = k.end;
                chained = true;
            }
            None => break,
        }
    }
    chained && s[end..].starts_with(' ') && s[end + 1..].starts_with(|c: char| c.is_ascii_uppercase())
}

/// A dateline opening a line with its city in capitals.
static CAPS_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[\t\x20]*(?:[^\s]{1,30}\x20){0,3}?(?P<city>[A-Z]{2,}(?:['’][A-Z]+)?(?:\x20[A-Z]{3,})?),\x20(?:[A-Z][a-z]+,\x20)?(?:[A-Z][a-z]{2,8}\.?\x20[0-9]{1,2}|\()").unwrap()
});

/// Whether `s` holds two capitals and ", " ("GUANGZHOU, ", "XI'AN, "), as
/// every match of [`CAPS_DATELINE`] does: a cheap test before the pattern.
fn has_caps_before_comma(s: &str) -> bool {
    let bytes = s.as_bytes();
    memchr::memmem::find_iter(bytes, ", ").any(|i| i >= 2 && bytes[i - 2..i].iter().all(u8::is_ascii_uppercase))
}

/// "GUANGZHOU" -> "Guangzhou", "HONG KONG" -> "Hong Kong".
fn title_case_word(caps: &str) -> String {
    caps.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|f| f.to_string() + &cs.as_str().to_lowercase())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Landmarks and zones may have "and" inside: "Changdi Historical and
/// Cultural Street", "... Science and Technology Innovation Cooperation Zone".
/// At most eight words, "and" and four more before the suffix: thirteen
/// name words.
static LANDMARK_WITH_AND: LazyLock<KeyedRegex> = LazyLock::new(|| {
    let alt = suffix_alternation(true);
    let pattern =
        format!(r"(?:[A-Z][A-Za-z'’\-]*\x20){{1,8}}and\x20(?:[A-Z][A-Za-z'’\-]*\x20){{0,4}}(?:{alt})(?-u:\b)");
    KeyedRegex::new(&pattern, suffixes(true), 13, Before::Names)
});

/// Every place mention, longest first at each position, in text order.
pub(crate) fn find(doc: &Document) -> Vec<PlaceMention> {
    let mut found = Vec::new();
    for para in &doc.paragraphs {
        let s = &doc.text[para.clone()];
        let known = gazetteer_matches(s);
        found.extend(coordinated_regions(s, &known, para.start));
        for m in known.iter().cloned() {
            let after = &s[m.end..];
            if after.starts_with('-') && after[1..].starts_with(|c: char| c.is_lowercase()) {
                continue;
            }
            if in_named_chain(s, &known, &m) {
                continue;
            }
            // "Shuangqiao village": the level below the county, written
            // after the name, says what it is (the lower-case suffix pass
            // reads it), whatever county shares the name.
            if BELOW_COUNTY.iter().any(|level| {
                after
                    .strip_prefix(' ')
                    .and_then(|a| a.strip_prefix(level))
                    .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
            }) {
                continue;
            }
            let name = &s[m.clone()];
            let kind = lexicon::place_kind(name).map_or(PlaceKind::Region, kind_from_name);
            found.push(PlaceMention {
                name: name.replace('’', "'"),
                kind,
                span: Span::new(para.start + m.start, para.start + m.end),
                rule: GAZETTEER,
            });
        }
        for c in LOWER_SUFFIX.captures_iter(s) {
            let m = &c["name"];
            let suffix = &c["suffix"];
            let unlisted = UNLISTED_SUFFIXES.contains(&suffix);
            let known = lexicon::place_kind(m).is_some();
            // An unknown name is one pinyin word standing alone: after
            // another capitalised word it ends a longer name ("Xinhui
            // Chenpi village" is a theme village, not Chenpi).
            let name_start = c.name("name").map_or(0, |g| g.start());
            let after_capitalised = s[..name_start]
                .strip_suffix(' ')
                .and_then(|b| b.rsplit(' ').next())
                .is_some_and(|w| w.starts_with(|ch: char| ch.is_uppercase()));
            let unknown_ok = unlisted && lexicon::is_pinyin(m, 3) && !lexicon::is_surname(m) && !after_capitalised;
            if !known && !unknown_ok {
                continue;
            }
            let kind = match suffix {
                "district" | "county" => PlaceKind::District,
                "province" => PlaceKind::Province,
                "town" | "township" => PlaceKind::Town,
                "village" => PlaceKind::Village,
                "subdistrict" => PlaceKind::Street,
                _ => PlaceKind::City,
            };
            let kind = if BELOW_COUNTY.contains(&suffix) {
                kind
            } else {
                lexicon::place_kind(m).map_or(kind, kind_from_name)
            };
            let start = para.start + c.name("name").map_or(0, |g| g.start());
            found.push(PlaceMention {
                name: m.to_string(),
                kind,
                span: Span::new(start, start + m.len()),
                rule: LOWER,
            });
        }
    }
    for c in DIRECTIONAL.captures_iter(doc.text) {
        let area = &c["area"];
        let is_area = area == "China" || lexicon::place_kind(area) == Some("province");
        let next = &doc.text[c.get(0).map_or(0, |g| g.end())..];
        // "central and western China" is a category of places, not one.
        let before = &doc.text[..c.get(0).map_or(0, |g| g.start())];
        let coordinated = before.ends_with(" and ") || before.ends_with(" or ");
        if !is_area || coordinated || next.starts_with(' ') && next[1..].starts_with(|ch: char| ch.is_ascii_uppercase())
        {
            continue;
        }
        let whole = c.get(0).map_or(0..0, |g| g.range());
        found.push(PlaceMention {
            name: doc.text[whole.clone()].to_string(),
            kind: PlaceKind::Region,
            span: Span::new(whole.start, whole.end),
            rule: DIRECTION,
        });
    }
    // A dateline's city in capitals: "GUANGZHOU, Jan. 28 (Xinhua) --".
    // Datelines stand at the head of the body.
    let head = &doc.text[crate::dateline::head(doc)];
    if let Some(c) = has_caps_before_comma(head)
        .then(|| CAPS_DATELINE.captures(head))
        .flatten()
    {
        let m = c.name("city").expect("group");
        let name = title_case_word(m.as_str());
        if let Some(kind) = lexicon::place_kind(&name) {
            let start = doc.body.start + m.start();
            found.push(PlaceMention {
                name,
                kind: kind_from_name(kind),
                span: Span::new(start, start + m.len()),
                rule: GAZETTEER,
            });
        }
    }
    // A suffixed name never crosses a sentence (its words hold no stop), so
    // the suffix patterns run sentence by sentence, near their suffixes.
    for sentence in &doc.sentences {
        let s = &doc.text[sentence.clone()];
        let with_and = s.contains(" and ");
        let matches = SUFFIXED
            .find_iter(s)
            .chain(with_and.then(|| LANDMARK_WITH_AND.find_iter(s)).into_iter().flatten());
        for m in matches {
            if let Some(p) = clean_suffixed(m.as_str(), sentence.start + m.start()) {
                if !landmark_runs_on(&p, &s[m.end()..]) {
                    found.push(p);
                }
            }
        }
    }
    // Longest reading wins where readings overlap; of equal readings, one
    // confirmed by its suffix ("Liwan district") over the bare gazetteer's.
    found.sort_by_key(|p| (p.span.start, std::cmp::Reverse(p.span.end), p.rule.id == GAZETTEER.id));
    let mut out: Vec<PlaceMention> = Vec::new();
    for p in found {
        if out.last().is_some_and(|q| p.span.start < q.span.end) {
            continue;
        }
        out.push(p);
    }
    keep_counties_in_context(out)
}

/// A bare county-level name ("Pengjiang", but also "Xinhua", "Wuyi") is a
/// place only in an article that names its prefecture or province, or
/// names it with a suffix ("Pengjiang District"); elsewhere it is another
/// word that happens to share the spelling (the news agency, a landmark's
/// first word).
fn keep_counties_in_context(mentions: Vec<PlaceMention>) -> Vec<PlaceMention> {
    use std::collections::HashSet;
    let bare = |m: &PlaceMention| m.rule.id == GAZETTEER.id;
    // Every name the article gives, and the names it gives with a suffix
    // ("Jiangmen City" names Jiangmen).
    let suffixed: HashSet<&str> = mentions
        .iter()
        .filter(|m| !bare(m))
        .filter_map(|m| m.name.rsplit_once(' ').map(|(head, _)| head))
        .collect();
    let named: HashSet<&str> = mentions
        .iter()
        .map(|m| m.name.as_str())
        .chain(suffixed.iter().copied())
        .collect();
    let keep: Vec<bool> = mentions
        .iter()
        .map(|m| {
            !bare(m)
                || suffixed.contains(m.name.as_str())
                || match lexicon::place_parents(&m.name) {
                    None => true,
                    Some(mut parents) => parents.any(|p| named.contains(p)),
                }
        })
        .collect();
    mentions
        .into_iter()
        .zip(keep)
        .filter_map(|(m, k)| k.then_some(m))
        .collect()
}

/// Whether `p` is a landmark whose capitalised words run on into `after`
/// up to an organization's head: then the words name a body ("Meizhou Bay
/// Port Group", "Theoretical Learning Center Group"), and read across
/// "and" two bodies ("Putian Shoe Association and Meizhou Bay Port
/// Group"). A headline's next words ("Riverside Park Reopens") do not.
fn landmark_runs_on(p: &PlaceMention, after: &str) -> bool {
    p.kind == PlaceKind::Landmark
        && after.starts_with(' ')
        && after[1..]
            .split(' ')
            .take(LANDMARK_RUN_ON_WORDS)
            .take_while(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
            .any(|w| lexicon::is_org_head_last_word(w.trim_end_matches([',', '.', ';', ':'])))
}

/// How many capitalised words after a landmark [`landmark_runs_on`] reads.
const LANDMARK_RUN_ON_WORDS: usize = 4;

fn clean_suffixed(raw: &str, base: usize) -> Option<PlaceMention> {
    let (suffix, kind) = lexicon::PLACE_SUFFIXES.iter().find(|(s, _)| raw.ends_with(s))?;
    let kind = kind_from_name(kind);
    let mut start = 0;
    for w in raw.split(' ') {
        if lexicon::contains(&lexicon::LEADING_STOPS, w) {
            start += w.len() + 1;
        } else {
            break;
        }
    }
    // "south China's Guangdong Province": the possessive place is its own
    // mention, not part of this name.
    let mut offset = start;
    for w in raw[start..].split(' ') {
        offset += w.len() + 1;
        let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
        if stem.is_some_and(|st| st == "China" || lexicon::place_kind(st).is_some()) {
            start = offset;
        }
    }
    let name = &raw[start.min(raw.len())..];
    if name.len() <= suffix.len() {
        return None;
    }
    // A bare "Zone" needs a proper name in front ("Daya Bay Petrochemical
    // Zone"); "Pilot Free Trade Zone" alone is a kind of zone.
    if *suffix == "Zone" || *suffix == "Free Trade Zone" {
        let proper = name[..name.len() - suffix.len()].split_whitespace().any(|w| {
            let w = w.trim_matches(['(', ')']);
            lexicon::place_kind(w).is_some() || lexicon::is_pinyin(w, 4) || w == "China"
        });
        if !proper {
            return None;
        }
    }
    // "Jiangmen District" where Jiangmen is a prefecture-level city and no
    // district of that name exists: a translation of the city's name.
    if kind == PlaceKind::District {
        let stem = name[..name.len() - suffix.len()].trim_end();
        if lexicon::place_kind(stem) == Some("city") && lexicon::place_parents(stem).is_none() {
            return Some(PlaceMention {
                name: stem.to_string(),
                kind: PlaceKind::City,
                span: Span::new(base + start, base + start + stem.len()),
                rule: GAZETTEER,
            });
        }
    }
    Some(PlaceMention {
        name: name.replace('’', "'"),
        kind,
        span: Span::new(base + start, base + raw.len()),
        rule: SUFFIX,
    })
}

pub(crate) fn kind_from_name(kind: &str) -> PlaceKind {
    match kind {
        "province" => PlaceKind::Province,
        "city" => PlaceKind::City,
        "district" => PlaceKind::District,
        "town" => PlaceKind::Town,
        "street" => PlaceKind::Street,
        "village" => PlaceKind::Village,
        "landmark" => PlaceKind::Landmark,
        _ => PlaceKind::Region,
    }
}

/// Forces the gazetteer's index to build (for the test that compiles every
/// pattern).
#[cfg(test)]
pub(crate) fn compile_automata() {
    assert!(!lexicon::places_opening_with("Jiangmen").is_empty());
}

#[cfg(test)]
pub(crate) fn regexes() -> Vec<&'static Regex> {
    vec![SUFFIXED.regex(), LANDMARK_WITH_AND.regex(), LOWER_SUFFIX.regex()]
}

#[cfg(test)]
mod tests;
