//! Word lists as data: each table is a text file in this folder, one entry a
//! line, `#` comments, loaded once with `include_str!`.
//!
//! Consumes the `.txt` tables; produces sorted, deduplicated slices that the
//! passes search with `binary_search` or scan in order, and hash maps for
//! the tables looked up word by word (gazetteer, title words).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// Parses a table: one entry a line, blank lines and `#` comments skipped.
fn table(src: &'static str) -> Vec<&'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// FNV-1a, the hash of the word maps below: a word is hashed in a few
/// instructions a byte where a binary search over thousands of names costs a
/// dozen string comparisons. The maps are fixed tables built here, so the
/// flooding that SipHash guards against cannot happen: a lookup of any input
/// word costs one probe sequence.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A fixed map from words of a table to what the table says of them.
type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;

fn sorted(src: &'static str) -> Vec<&'static str> {
    let mut t = table(src);
    t.sort_unstable();
    t.dedup();
    t
}

/// Words that end in "." without ending a sentence ("Co.", "No.", "Mt.").
pub(crate) static ABBREVIATIONS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| sorted(include_str!("abbreviations.txt")));

/// Head words of a publication's name ("Daily", "News", "Times").
pub(crate) static PAPER_HEADS: LazyLock<Vec<&'static str>> = LazyLock::new(|| sorted(include_str!("paper_heads.txt")));

/// Byline role labels and the role each gives, as `label<TAB>role`, longest
/// label first so "trainee reporter" wins over "reporter".
pub(crate) static BYLINE_ROLES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut t: Vec<(&str, &str)> = table(include_str!("byline_roles.txt"))
        .into_iter()
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim(), b.trim()))
        .collect();
    t.sort_by_key(|(label, _)| std::cmp::Reverse(label.len()));
    t
});

/// Every toneless Mandarin syllable ("zhang", "rui", "lv"), generated.
pub(crate) static PINYIN: LazyLock<Vec<&'static str>> = LazyLock::new(|| sorted(include_str!("pinyin.txt")));

/// The longest pinyin syllable, in bytes ("zhuang", "shuang").
const MAX_SYLLABLE: usize = 6;

/// Whether `word` (any case, apostrophes allowed: "Xi'an") splits into one
/// to `max` valid pinyin syllables.
///
/// Linear in the word's length times [`MAX_SYLLABLE`]; words longer than
/// `max * MAX_SYLLABLE` bytes are refused without work.
pub(crate) fn is_pinyin(word: &str, max: usize) -> bool {
    if word.is_empty() || !word.is_ascii() || word.len() > max * (MAX_SYLLABLE + 1) {
        return false;
    }
    let mut used = 0;
    for part in word.as_bytes().split(|&b| b == b'\'') {
        match min_syllables(part) {
            Some(n) => used += n,
            None => return false,
        }
    }
    used <= max
}

/// The pinyin table as numbers (see [`syllable_key`]), sorted: a lookup is
/// a binary search over integers, with no string built.
static PINYIN_KEYS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    let mut keys: Vec<u32> = PINYIN
        .iter()
        .map(|s| syllable_key(s.as_bytes()).expect("pinyin syllables are short lower-case words"))
        .collect();
    keys.sort_unstable();
    keys
});

/// A pinyin syllable (at most [`MAX_SYLLABLE`] letters) as a number.
fn syllable_key(s: &[u8]) -> Option<u32> {
    if s.len() > MAX_SYLLABLE {
        return None;
    }
    letters_key(s).map(|k| k as u32)
}

/// The fewest syllables `s` splits into, if it splits at all.
fn min_syllables(s: &[u8]) -> Option<usize> {
    // best[i]: fewest syllables covering s[..i]. Callers bound the length.
    const LIMIT: usize = 64;
    if s.is_empty() || s.len() >= LIMIT {
        return None;
    }
    let mut best = [usize::MAX; LIMIT];
    best[0] = 0;
    for i in 0..s.len() {
        if best[i] == usize::MAX {
            continue;
        }
        for j in i + 1..=(i + MAX_SYLLABLE).min(s.len()) {
            if syllable_key(&s[i..j]).is_some_and(|k| PINYIN_KEYS.binary_search(&k).is_ok()) {
                best[j] = best[j].min(best[i] + 1);
            }
        }
    }
    (best[s.len()] != usize::MAX).then_some(best[s.len()])
}

/// Chinese surnames in pinyin, capitalised ("Chen", "Ouyang"), generated.
pub(crate) static SURNAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| sorted(include_str!("surnames.txt")));

/// Capitalised words that, after a two-word pinyin shape, mark a place or
/// body rather than a person ("District", "Bay").
pub(crate) static NAME_BLOCKERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| sorted(include_str!("name_blockers.txt")));

/// Surnames that are also English words ("He", "Long").
pub(crate) static SURNAME_HOMOGRAPHS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| sorted(include_str!("surname_homographs.txt")));

/// Lowercase words that end a position's body ("attended", "at").
pub(crate) static BODY_STOPS: LazyLock<Vec<&'static str>> = LazyLock::new(|| sorted(include_str!("body_stops.txt")));

/// Words that open a clause and never start a name ("The", "In").
pub(crate) static LEADING_STOPS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| sorted(include_str!("leading_stops.txt")));

fn pairs(src: &'static str) -> Vec<(&'static str, &'static str)> {
    table(src)
        .into_iter()
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim(), b.trim()))
        .collect()
}

/// Organization kind cues, in priority order: (words, kind).
pub(crate) static ORG_KINDS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| pairs(include_str!("org_kinds.txt")));

/// Variant names of titles and bodies and the form the roster keeps:
/// (kind, variant, canonical).
pub(crate) static POST_SYNONYMS: LazyLock<Vec<(&'static str, &'static str, &'static str)>> = LazyLock::new(|| {
    table(include_str!("post_synonyms.txt"))
        .into_iter()
        .filter_map(|l| {
            let mut cols = l.split('\t').map(str::trim);
            Some((cols.next()?, cols.next()?, cols.next()?))
        })
        .collect()
});

/// Collective nouns whose possessive belongs to a name ("People's
/// Congress", "Women's Federation"), unlike a possessor place or person.
pub(crate) const COLLECTIVE_POSSESSORS: &[&str] = &["People", "Women", "Children", "Youth", "Workers"];

/// Whether `word` (any case) is a collective possessor.
pub(crate) fn is_collective_possessor(word: &str) -> bool {
    COLLECTIVE_POSSESSORS.iter().any(|c| c.eq_ignore_ascii_case(word))
}

/// Organization heads, longest first (so an alternation built from them
/// prefers "Research Center" to a shorter head at the same place).
pub(crate) static ORG_HEADS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut t = table(include_str!("org_heads.txt"));
    t.sort_by_key(|h| std::cmp::Reverse(h.len()));
    t
});

/// The last words of the organization heads ("Committee", "Group",
/// "Ltd."), sorted.
static ORG_HEAD_LAST_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut words: Vec<&str> = ORG_HEADS.iter().filter_map(|h| h.rsplit(' ').next()).collect();
    words.sort_unstable();
    words.dedup();
    words
});

/// Whether `word` ends an organization head ("Group", "Committee").
pub(crate) fn is_org_head_last_word(word: &str) -> bool {
    contains(&ORG_HEAD_LAST_WORDS, word)
}

/// Place suffixes and kinds, longest suffix first.
pub(crate) static PLACE_SUFFIXES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut t = pairs(include_str!("place_suffixes.txt"));
    t.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
    t
});

/// Initiative kind cues, in priority order: (word, kind).
pub(crate) static INITIATIVE_CUES: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| pairs(include_str!("initiative_cues.txt")));

/// Nouns that make a number a count ("75 enterprises").
pub(crate) static COUNT_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| sorted(include_str!("count_nouns.txt")));

/// Plural nouns of persons, organizations, structures and facilities, from
/// WordNet (scripts/gen_count_nouns.py): what a plan that adds or builds a
/// number of things counts ("train 5,000 farmers").
pub(crate) static COUNTABLE_PLURALS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| sorted(include_str!("count_nouns_wordnet.txt")));

/// What a word of a title is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TitleWord {
    /// The head noun of a title: "secretary", "mayor".
    Head,
    /// A word that may stand before a head: "deputy", "district".
    Modifier,
}

/// Title words, lowercase, sorted by word.
pub(crate) static TITLE_WORDS: LazyLock<Vec<(&'static str, TitleWord)>> = LazyLock::new(|| {
    let mut t: Vec<_> = table(include_str!("titles.txt"))
        .into_iter()
        .filter_map(|l| l.split_once('\t'))
        .filter_map(|(kind, word)| {
            let kind = match kind.trim() {
                "head" => TitleWord::Head,
                "mod" => TitleWord::Modifier,
                _ => return None,
            };
            Some((word.trim(), kind))
        })
        .collect();
    t.sort_unstable_by_key(|(w, _)| *w);
    t
});

/// The title role of `word` (any case), if it has one. A plural head
/// ("Vice-Chairmen", "Secretaries") is a head; a hyphenated compound of
/// title words ("Vice-Chairman") takes its last part's role.
pub(crate) fn title_word(word: &str) -> Option<TitleWord> {
    let lower = lowered(word);
    let find = |w: &str| TITLE_WORD_MAP.get(w).copied();
    if let Some(role) = find(&lower) {
        return Some(role);
    }
    // "city leaders" and "department heads" name no post.
    let singular = singular_head(&lower).filter(|w| !matches!(w.as_str(), "leader" | "head"));
    if let Some(TitleWord::Head) = singular.as_deref().and_then(find) {
        return Some(TitleWord::Head);
    }
    let singular = singular.unwrap_or_else(|| lower.into_owned());
    let (mods, last) = singular.rsplit_once('-')?;
    (mods.split('-').all(|m| find(m).is_some()) && !mods.is_empty())
        .then(|| find(last))
        .flatten()
}

/// [`TITLE_WORDS`] by word, for the per-word lookups.
static TITLE_WORD_MAP: LazyLock<WordMap<TitleWord>> = LazyLock::new(|| TITLE_WORDS.iter().copied().collect());

/// `text` lower-cased as `str::to_lowercase` does, without a copy when it
/// has no upper-case letter and is ASCII (most words of an article).
pub(crate) fn lowered(text: &str) -> std::borrow::Cow<'_, str> {
    if text.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.to_lowercase())
    }
}

/// Whether `lower` is itself a title word (not only by its plural).
pub(crate) fn contains_title(lower: &str) -> bool {
    TITLE_WORD_MAP.contains_key(lower)
}

/// The singular of a plural title head: "chairmen" -> "chairman",
/// "secretaries" -> "secretary", "mayors" -> "mayor".
pub(crate) fn singular_head(lower: &str) -> Option<String> {
    if let Some(stem) = lower.strip_suffix("men") {
        return Some(format!("{stem}man"));
    }
    if let Some(stem) = lower.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    lower
        .strip_suffix('s')
        .filter(|stem| !stem.ends_with('s'))
        .map(str::to_string)
}

/// The gazetteer: real place names and their kind names, sorted by name.
pub(crate) static PLACES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut t: Vec<_> = place_rows().map(|(name, kind, _)| (name, kind)).collect();
    t.sort_unstable();
    t
});

/// The rows of the gazetteer: name, kind, and the parents (prefecture and
/// province) a county-level name needs named in the same article.
fn place_rows() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    table(include_str!("places.txt")).into_iter().filter_map(|l| {
        let mut cols = l.split('\t').map(str::trim);
        Some((cols.next()?, cols.next()?, cols.next().unwrap_or("")))
    })
}

/// The parents a county-level gazetteer name needs named in its article,
/// or `None` for a name that stands alone (province, prefecture, region).
pub(crate) fn place_parents(name: &str) -> Option<impl Iterator<Item = &'static str>> {
    PLACE_INDEX
        .get(name)
        .and_then(|(_, parents)| *parents)
        .map(|p| p.split(','))
}

/// Every gazetteer name with its kind and, for a county-level name, its
/// parents: the per-word lookups of [`place_kind`] and [`place_parents`].
static PLACE_INDEX: LazyLock<WordMap<(&'static str, Option<&'static str>)>> = LazyLock::new(|| {
    place_rows()
        .map(|(name, kind, parents)| (name, (kind, (!parents.is_empty()).then_some(parents))))
        .collect()
});

/// Gazetteer names by their first word (the bytes before the first that
/// is not an ASCII letter, digit or underscore: "Hong" for "Hong Kong",
/// "Bao" for "Bao'an"), longest first.
static PLACES_BY_FIRST_WORD: LazyLock<WordMap<Vec<&'static str>>> = LazyLock::new(|| {
    let mut map: WordMap<Vec<&'static str>> = WordMap::default();
    for (name, _) in PLACES.iter() {
        map.entry(first_word(name)).or_default().push(name);
    }
    for names in map.values_mut() {
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    }
    map
});

/// Whether `b` is an ASCII word byte, as `(?-u:\w)` and `(?-u:\b)` have it.
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `s` up to its first byte that is not an ASCII word byte.
pub(crate) fn first_word(s: &str) -> &str {
    let end = s.bytes().position(|b| !is_word_byte(b)).unwrap_or(s.len());
    // A word byte is ASCII, so `end` is a character boundary.
    &s[..end]
}

/// The gazetteer names whose first word (see [`first_word`]) is `word`,
/// longest first; empty for a word that opens no name.
pub(crate) fn places_opening_with(word: &str) -> &'static [&'static str] {
    PLACES_BY_FIRST_WORD.get(word).map_or(&[], Vec::as_slice)
}

/// Prefecture-level cities and their province, read off the gazetteer's
/// county rows whose parents are exactly one province and one city
/// ("Pengjiang": "Guangdong,Jiangmen"); a city two rows disagree on is left
/// out. Sorted by city.
static CITY_PROVINCES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut pairs: Vec<(&str, &str)> = place_rows()
        .filter_map(|(_, _, parents)| {
            let mut it = parents.split(',');
            let (a, b) = (it.next()?, it.next()?);
            if it.next().is_some() {
                return None;
            }
            match (place_kind(a), place_kind(b)) {
                (Some("province"), Some("city")) => Some((b, a)),
                (Some("city"), Some("province")) => Some((a, b)),
                _ => None,
            }
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let ambiguous: Vec<&str> = pairs.windows(2).filter(|w| w[0].0 == w[1].0).map(|w| w[0].0).collect();
    pairs.retain(|(city, _)| !ambiguous.contains(city));
    pairs
});

/// The province of a prefecture-level city ("Jiangmen" -> "Guangdong"),
/// when the gazetteer tells it unambiguously.
pub(crate) fn province_of(city: &str) -> Option<&'static str> {
    CITY_PROVINCES
        .binary_search_by(|(c, _)| (*c).cmp(city))
        .ok()
        .map(|i| CITY_PROVINCES[i].1)
}

/// The gazetteer kind of `name` ("city", "province"), if it is a known place.
pub(crate) fn place_kind(name: &str) -> Option<&'static str> {
    PLACE_INDEX.get(name).map(|(kind, _)| *kind)
}

/// The surnames as sorted integer keys (see [`letters_key`]), for the
/// per-token test on hot paths.
static SURNAME_KEYS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut keys: Vec<u64> = SURNAMES
        .iter()
        .map(|s| letters_key(s.as_bytes()).expect("surnames are short words of letters"))
        .collect();
    keys.sort_unstable();
    keys
});

/// Whether `word` is a surname ("Chen"): a capital, then lower-case
/// letters, as the table writes them.
pub(crate) fn is_surname(word: &str) -> bool {
    let b = word.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase)
        && b[1..].iter().all(u8::is_ascii_lowercase)
        && letters_key(b).is_some_and(|k| SURNAME_KEYS.binary_search(&k).is_ok())
}

/// Up to 12 ASCII letters (any case) as a number, five bits each from 1:
/// distinct for distinct words; `None` for anything else.
fn letters_key(s: &[u8]) -> Option<u64> {
    if s.is_empty() || s.len() > 12 {
        return None;
    }
    s.iter().try_fold(0u64, |key, &b| {
        let l = b.to_ascii_lowercase();
        l.is_ascii_lowercase().then(|| key << 5 | u64::from(l - b'a' + 1))
    })
}

/// Whether `word` is in the sorted table `table`.
pub(crate) fn contains(table: &[&str], word: &str) -> bool {
    table.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cities_know_their_province() {
        assert_eq!(province_of("Jiangmen"), Some("Guangdong"));
        assert_eq!(province_of("Chengdu"), Some("Sichuan"));
        assert_eq!(province_of("Guangdong"), None);
        assert!(CITY_PROVINCES.len() > 250, "{}", CITY_PROVINCES.len());
    }

    #[test]
    fn lowered_copies_only_what_has_capitals_or_non_ascii() {
        for w in ["committee", "5th", "co-op", ""] {
            assert!(matches!(lowered(w), std::borrow::Cow::Borrowed(_)), "{w}");
        }
        for w in ["Committee", "ÉTÉ", "\u{212A}elvin", "Xi’an", "CPPCC"] {
            assert_eq!(lowered(w), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn word_maps_answer_as_their_tables() {
        for (name, kind, parents) in place_rows() {
            assert_eq!(place_kind(name), Some(kind), "{name}");
            let got: Option<Vec<&str>> = place_parents(name).map(Iterator::collect);
            let want = (!parents.is_empty()).then(|| parents.split(',').collect());
            assert_eq!(got, want, "{name}");
        }
        assert_eq!(place_kind("jiangmen"), None);
        assert_eq!(place_kind("Jiangmen City"), None);
        for (word, role) in TITLE_WORDS.iter() {
            assert_eq!(title_word(word), Some(*role), "{word}");
            assert!(contains_title(word));
        }
        assert!(!contains_title("mayors"));
        assert_eq!(title_word("Mayors"), Some(TitleWord::Head));
    }

    #[test]
    fn tables_load_sorted_and_non_empty() {
        for t in [&*ABBREVIATIONS, &*PAPER_HEADS] {
            assert!(!t.is_empty());
            assert!(t.windows(2).all(|w| w[0] < w[1]));
        }
        assert!(contains(&ABBREVIATIONS, "Co"));
        assert!(!contains(&ABBREVIATIONS, "Committee"));
    }

    #[test]
    fn pinyin_words_split_into_syllables() {
        for w in ["Anming", "Xiao", "Zhangrui", "Xi'an", "Da", "Pingao", "Jiayan", "Lv"] {
            assert!(is_pinyin(w, 3), "{w}");
        }
        for w in ["On", "February", "The", "Recently", "Smith", "x", "", "Zhang1", "'an"] {
            assert!(!is_pinyin(w, 3), "{w}");
        }
        assert!(is_pinyin("Zhangrui", 2));
        assert!(!is_pinyin("Zhangruiming", 2));
        assert_eq!(PINYIN.len(), 420);
        // One distinct key per syllable, and case does not matter.
        assert!(PINYIN_KEYS.len() == 420 && PINYIN_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(syllable_key(b"Zhuang"), syllable_key(b"zhuang"));
        assert_eq!(syllable_key(b"zhuangs"), None);
    }

    #[test]
    fn surnames_are_capitalised_words_found_exactly() {
        for s in SURNAMES.iter() {
            assert!(is_surname(s), "{s}");
        }
        for w in ["CHEN", "chen", "ChEn", "Chx", "Chens", "", "C", "Ouyangg"] {
            assert!(!is_surname(w), "{w}");
        }
    }

    #[test]
    fn surnames_titles_and_places_load() {
        for s in ["Chen", "Ouyang", "Zhuge", "Lao", "Ma", "Xi"] {
            assert!(contains(&SURNAMES, s), "{s}");
        }
        assert!(!contains(&SURNAMES, "Jiangmen"));
        assert_eq!(title_word("Secretary"), Some(TitleWord::Head));
        assert_eq!(title_word("deputy"), Some(TitleWord::Modifier));
        assert_eq!(title_word("reporter"), None);
        assert_eq!(place_kind("Jiangmen"), Some("city"));
        assert_eq!(place_kind("Hong Kong"), Some("region"));
        assert_eq!(place_kind("Chen Anming"), None);
        // Names with a polyphonic character, in their standard reading
        // (CC-CEDICT's phrases), and in pypinyin's plain one.
        for city in ["Changzhi", "Chaoyang", "Changdu", "Qixia"] {
            assert_eq!(place_kind(city), Some("city"), "{city}");
        }
        assert_eq!(place_kind("Fengdu"), Some("district"));
        assert_eq!(place_kind("Shigu"), Some("district"));
        for (_, kind) in PLACES.iter() {
            assert!(["province", "city", "district", "town", "street", "village", "region", "landmark"].contains(kind));
        }
    }

    #[test]
    fn byline_roles_are_well_formed() {
        assert!(!BYLINE_ROLES.is_empty());
        for (label, role) in BYLINE_ROLES.iter() {
            assert_eq!(*label, label.to_lowercase(), "labels are lowercase");
            for part in role.split('+') {
                assert!(
                    crate::dateline::byline::role_from_name(part).is_some(),
                    "unknown role {part:?} for {label:?}"
                );
            }
        }
    }
}
