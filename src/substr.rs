//! Substring search in the short strings the passes take apart (a name,
//! a title phrase, a noun phrase).
//!
//! `str::find` with a string needle sets up a Two-Way searcher on every
//! call, which costs more than the search itself on a string of a few
//! dozen bytes; `memchr::memmem` searches such a haystack with a rolling
//! hash whose setup is one pass over the needle. Both report the same
//! position: the first (or last) byte at which the needle occurs, which is
//! a char boundary because a whole UTF-8 needle cannot start inside a
//! character.

/// The byte index of the first occurrence of `needle` in `haystack`, as
/// `haystack.find(needle)`.
pub(crate) fn find(haystack: &str, needle: &str) -> Option<usize> {
    memchr::memmem::find(haystack.as_bytes(), needle.as_bytes())
}

/// The byte index of the last occurrence of `needle` in `haystack`, as
/// `haystack.rfind(needle)`.
pub(crate) fn rfind(haystack: &str, needle: &str) -> Option<usize> {
    memchr::memmem::rfind(haystack.as_bytes(), needle.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_positions_as_str_find() {
        let haystacks = [
            "",
            "of",
            " of ",
            "Secretary of the Party Committee of the City",
            "Xi Jinping’s speech and the mayor’s report",
            "a and b and c",
            "ÉÉ of é of",
        ];
        let needles = [" of ", " and ", "’s ", "'s ", " (", "é", " ", "of"];
        for h in haystacks {
            for n in needles {
                assert_eq!(find(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(rfind(h, n), h.rfind(n), "{h:?} {n:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_str_find(h in "[a-c ’é(]{0,80}", n in "[a-c ’é(]{1,4}") {
            proptest::prop_assert_eq!(find(&h, &n), h.find(n.as_str()));
            proptest::prop_assert_eq!(rfind(&h, &n), h.rfind(n.as_str()));
        }
    }
}
