//! Where one organization match holds more than one body: a title
//! coordinated after the body ("... Committee and Deputy Mayor"), a title
//! and a person's name inside it ("... Director Song Guoquan and CPPCC"),
//! two coordinated bodies ("the Central Committee of the CPC and the
//! State Council"), or a place after the domain's "and" ("Bureau of
//! Transport and Shandong Port Group").

use crate::lexicon;
use crate::substr;

/// Where a title coordinated after the body starts: the " and " before
/// "Deputy Mayor" in "Standing Committee of the Municipal Party Committee
/// and Deputy Mayor".
pub(super) fn title_cut(raw: &str) -> Option<usize> {
    let i = substr::find(raw, " and ")?;
    let next = raw[i + 5..].split(' ').next().unwrap_or("");
    (ends_with_head(&raw[..i]) && crate::entity::title::starts_title(next)).then_some(i)
}

/// Where a title head and a full name ("Director Song Guoquan") stand
/// inside a match: the byte where the title starts and the byte after the
/// name and a following " and ".
pub(super) fn person_cut(raw: &str) -> Option<(usize, usize)> {
    // Each word with where it starts, three at a time.
    let mut words = raw.split(' ').scan(0, |at, w| {
        let start = *at;
        *at += w.len() + 1;
        Some((start, w))
    });
    let (mut first, mut second) = (words.next()?, words.next()?);
    for third in words {
        let ((title_at, title), (_, surname), (given_at, given)) = (first, second, third);
        let is_name = lexicon::is_surname(surname)
            && given.starts_with(|c: char| c.is_ascii_uppercase())
            && lexicon::is_pinyin(given, 2);
        if is_name && title_at > 0 && lexicon::title_word(title) == Some(crate::lexicon::TitleWord::Head) {
            let name_end = given_at + given.len();
            let after = raw[name_end..]
                .strip_prefix(" and ")
                .map_or(name_end, |_| name_end + " and ".len());
            return Some((title_at, after));
        }
        (first, second) = (second, third);
    }
    None
}

/// Where a place named after the "of" domain's "and" opens another body
/// or the clause: "Bureau of Transport | and Shandong Port Group",
/// "Department of Natural Resources | and the Ordos municipal government".
/// A domain names a field of work, so a gazetteer name after its "and" is
/// not part of it, unless the domain names places already ("Office of Hong
/// Kong and Macao Affairs"). The byte where that " and " starts.
pub(super) fn domain_place_cut(raw: &str) -> Option<usize> {
    let domain_start = substr::find(raw, " of ")? + " of ".len();
    let mut at = domain_start;
    while let Some(i) = substr::find(&raw[at..], " and ").map(|i| at + i) {
        let after = &raw[i + " and ".len()..];
        if opens_with_place(after.strip_prefix("the ").unwrap_or(after)) {
            let domain = &raw[domain_start..i];
            let mut word_starts = std::iter::once(0).chain(domain.match_indices(' ').map(|(j, _)| j + 1));
            let names_places = word_starts.any(|j| opens_with_place(&domain[j..]));
            return (!names_places).then_some(i);
        }
        at = i + 1;
    }
    None
}

/// Whether `s` opens with a whole gazetteer name ("Shandong Port Group").
fn opens_with_place(s: &str) -> bool {
    lexicon::places_opening_with(lexicon::first_word(s))
        .iter()
        .any(|p| s.starts_with(p) && !s[p.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

pub(super) fn ends_with_head(words: &str) -> bool {
    words.rsplit(' ').next().is_some_and(lexicon::is_org_head_last_word)
}

/// Where a match coordinates two bodies rather than naming one: "the
/// Central Committee of the CPC and the State Council", "the Municipal
/// Party Committee and Propaganda Department" (an "and" after a head,
/// before any "of"). "Development and Reform Commission", "Ministry of
/// Ecology and Environment" and "Office of the Party Committee and
/// Government" are one body each.
pub(super) fn coordination_cuts(raw: &str) -> Vec<usize> {
    let first_of = substr::find(raw, " of ").unwrap_or(raw.len());
    let mut cuts = Vec::new();
    let mut at = 0;
    while let Some(i) = substr::find(&raw[at..], " and ").map(|i| at + i) {
        let before = &raw[..i];
        let after = &raw[i + " and ".len()..];
        let body_after = after.strip_prefix("the ").unwrap_or(after);
        // "... and the Provincial Department of Water Resources": after
        // "and the", a head before its own "of" domain opens a body too.
        let opens_body = ends_with_head(body_after)
            || after.starts_with("the ")
                && substr::find(body_after, " of ").is_some_and(|j| ends_with_head(&body_after[..j]));
        let coordinated = opens_body && (after.starts_with("the ") || i < first_of && ends_with_head(before));
        if coordinated {
            cuts.push(i);
        }
        at = i + 1;
    }
    cuts
}
