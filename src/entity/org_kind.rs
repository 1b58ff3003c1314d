//! Organization kinds (party, government, congress, CPPCC, court,
//! procuratorate, company, other), read from the cue words of a name's
//! head, else of its "of" body (the cue table is
//! [`crate::lexicon::ORG_KINDS`]).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::lexicon;
use crate::model::OrganizationKind;
use crate::substr;

/// The org-kind cues in one automaton: a name's kind costs one scan of the
/// name, not one substring search per cue.
static KIND_CUES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(lexicon::ORG_KINDS.iter().map(|(cue, _)| cue)).expect("org kind cues build an automaton")
});

/// The kind of an organization name: its outermost head's, else its body's.
pub(crate) fn kind_of(name: &str) -> OrganizationKind {
    let lower = lexicon::lowered(name);
    let (head, body) = match substr::find(&lower, " of ") {
        // "Communist Party of China" is one head.
        Some(i) if !lower.starts_with("communist party") => (&lower[..i], Some(&lower[i + 4..])),
        _ => (lower.as_ref(), None),
    };
    let kind_of_part = |part: &str| first_cue(part).map(|cue| kind_from_name(lexicon::ORG_KINDS[cue].1));
    match kind_of_part(head) {
        // An administrative head of a party body is the party's own
        // ("Publicity Department of the CPC Central Committee", "General
        // Office of the Municipal Party Committee"; convention 27).
        Some(OrganizationKind::Government) => {
            let party_body = body.and_then(kind_of_part) == Some(OrganizationKind::Party);
            return if party_body {
                OrganizationKind::Party
            } else {
                OrganizationKind::Government
            };
        }
        Some(kind) => return kind,
        None => {
            if let Some(kind) = body.and_then(kind_of_part) {
                return kind;
            }
        }
    }
    // A level's bare "Committee" is its party committee ("Municipal
    // Committee", "CPC Xinhui District Committee") unless a cue said
    // otherwise ("... Committee of the CPPCC").
    let level_committee = [
        "municipal committee",
        "provincial committee",
        "district committee",
        "county committee",
        "city committee",
        "township committee",
        "regional committee",
        "prefecture committee",
        "prefectural committee",
        "banner committee",
    ]
    .iter()
    .any(|level_committee| lower.contains(level_committee));
    if level_committee {
        return OrganizationKind::Party;
    }
    OrganizationKind::Other
}

/// The index of the first cue (in table order) found in `hay` as whole
/// words.
fn first_cue(hay: &str) -> Option<usize> {
    KIND_CUES
        .find_overlapping_iter(hay)
        .filter(|m| {
            let before = hay[..m.start()]
                .chars()
                .next_back()
                .map_or(true, |c| !c.is_alphanumeric());
            let after = hay[m.end()..].chars().next().map_or(true, |c| !c.is_alphanumeric());
            before && after
        })
        .map(|m| m.pattern().as_usize())
        .min()
}

fn kind_from_name(kind: &str) -> OrganizationKind {
    match kind {
        "party" => OrganizationKind::Party,
        "government" => OrganizationKind::Government,
        "congress" => OrganizationKind::Congress,
        "cppcc" => OrganizationKind::Cppcc,
        "court" => OrganizationKind::Court,
        "procuratorate" => OrganizationKind::Procuratorate,
        "company" => OrganizationKind::Company,
        _ => OrganizationKind::Other,
    }
}

/// Forces the cue automaton to build (for the test that compiles every
/// pattern).
#[cfg(test)]
pub(crate) fn compile_all() {
    assert_eq!(KIND_CUES.patterns_len(), lexicon::ORG_KINDS.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_comes_from_the_first_cue_in_table_order_then_the_body() {
        // "party" is listed before "government", wherever it stands.
        assert_eq!(kind_of("Municipal Government Party Group"), OrganizationKind::Party);
        // Whole words only: "Departmental" is not "department", "Courtyard"
        // is not "court".
        assert_eq!(kind_of("Courtyard Office"), OrganizationKind::Other);
        // A head with no cue takes its "of" body's kind.
        assert_eq!(
            kind_of("Standing Committee of the Municipal People's Congress"),
            OrganizationKind::Congress
        );
        assert_eq!(kind_of("Hymson Laser Co., Ltd."), OrganizationKind::Company);
        // A level's bare committee is the party's; the CPPCC's says so.
        assert_eq!(
            kind_of("Standing Committee of the County Committee"),
            OrganizationKind::Party
        );
        assert_eq!(
            kind_of("Ningxia Hui Autonomous Regional Committee"),
            OrganizationKind::Party
        );
        // A commission is the state's unless a party or military cue says
        // otherwise; a municipality's office is the government's.
        assert_eq!(
            kind_of("Shanghai Municipal Commission of Commerce"),
            OrganizationKind::Government
        );
        assert_eq!(
            kind_of("Central Commission for Discipline Inspection"),
            OrganizationKind::Party
        );
        assert_eq!(kind_of("Central Military Commission"), OrganizationKind::Other);
        assert_eq!(kind_of("Xiangtan Port Holding Group"), OrganizationKind::Company);
        // Any other group is an enterprise group; a body's working or
        // study group is not.
        assert_eq!(kind_of("Hunan Port Group"), OrganizationKind::Company);
        // A zone's administrative committee (管委会) is its government.
        assert_eq!(
            kind_of("Xinhe New Area Administrative Committee"),
            OrganizationKind::Government
        );
        assert_eq!(
            kind_of("Management Committee of the Xinhe High-tech Zone"),
            OrganizationKind::Government
        );
        assert_eq!(
            kind_of("Provincial Working Group on Flood Relief"),
            OrganizationKind::Other
        );
        assert_eq!(kind_of("Nanfang Media Group"), OrganizationKind::Other);
        assert_eq!(kind_of("Party Group of the County Government"), OrganizationKind::Party);
        assert_eq!(
            kind_of("Information Office of Tianjin Municipality"),
            OrganizationKind::Government
        );
        assert_eq!(
            kind_of("Yanbian Korean Autonomous Prefecture Committee"),
            OrganizationKind::Party
        );
        assert_eq!(
            kind_of("Yuhang District Committee of the Chinese People's Political Consultative Conference"),
            OrganizationKind::Cppcc
        );
        assert_eq!(
            kind_of("Political Bureau of the Central Committee"),
            OrganizationKind::Party
        );
        assert_eq!(kind_of("Transport Department"), OrganizationKind::Government);
        // An administrative head of a party body is the party's.
        assert_eq!(
            kind_of("Publicity Department of the CPC Central Committee"),
            OrganizationKind::Party
        );
        assert_eq!(
            kind_of("Statistics Bureau of the Municipal Government"),
            OrganizationKind::Government
        );
        assert_eq!(
            kind_of("County Leading Group for Epidemic Prevention and Control"),
            OrganizationKind::Other
        );
    }
}
