//! Tests of the `org` module: its rules, each on sentences of our own.

use super::*;

#[test]
fn keyed_alternatives_find_what_the_alternation_finds() {
    let patterns: Vec<&str> = ALTERNATIVES
        .iter()
        .map(|(_, search)| match search {
            Search::Plain(regex) => regex.as_str(),
            Search::Keyed(keyed) => keyed.regex().as_str(),
        })
        .collect();
    let alternation = regex_automata::meta::Regex::new_many(&patterns).unwrap();
    let mut compared = 0;
    for text in crate::keyed::comparison_texts() {
        let doc = Document::new(&text);
        for para in &doc.paragraphs {
            let s = &text[para.clone()];
            let plain: Vec<_> = alternation
                .find_iter(s)
                .map(|m| (m.pattern().as_usize(), m.range()))
                .collect();
            let mut keyed = Vec::new();
            let (mut searched, mut at) = (vec![None; ALTERNATIVES.len()], 0);
            while let Some((pattern, m)) = leftmost_first(s, at, &mut searched) {
                at = m.end;
                keyed.push((pattern, m));
            }
            compared += plain.len();
            assert_eq!(keyed, plain, "{s}");
        }
    }
    assert!(compared > 100, "{compared}");
}

fn check(text: &str) -> Vec<String> {
    let doc = Document::new(text);
    find(&doc)
        .into_iter()
        .map(|o| format!("{} ({:?})", o.name, o.kind))
        .collect()
}

#[test]
fn a_title_and_a_name_end_a_body() {
    assert_eq!(
        check("Municipal People's Congress Standing Committee Director Li Ming and CPPCC Chairman Wu Hui attended."),
        [
            "Municipal People's Congress Standing Committee (Congress)",
            "CPPCC (Cppcc)"
        ]
    );
}

#[test]
fn party_bodies_with_of_chains() {
    assert_eq!(
        check("Chen Anming, Secretary of the Party Group of the Standing Committee of the Municipal People’s Congress, spoke."),
        ["Party Group of the Standing Committee of the Municipal People's Congress (Party)"]
    );
    assert_eq!(
        check("The Theoretical Learning Center Group of the Municipal Party Committee in Jiangmen met."),
        ["Theoretical Learning Center Group of the Municipal Party Committee (Party)"]
    );
}

#[test]
fn ordinals_and_articles_are_dropped() {
    assert_eq!(
        check("the spirit of the 13th Provincial Party Committee"),
        ["Provincial Party Committee (Party)"]
    );
    assert_eq!(
        check(
            "the Fifth Plenary Session of the Fourteenth Kaiping Committee of the Communist Party of China took place"
        ),
        ["Kaiping Committee of the Communist Party of China (Party)"]
    );
}

#[test]
fn lowercase_level_bodies_are_title_cased() {
    assert_eq!(
        check("the deployment of the provincial party committee and municipal party committee"),
        [
            "Provincial Party Committee (Party)",
            "Municipal Party Committee (Party)"
        ]
    );
    assert_eq!(check("the city government's report"), ["City Government (Government)"]);
}

#[test]
fn courts_procuratorates_congress_cppcc() {
    assert_eq!(
        check("The Municipal Intermediate People's Court and the Municipal Procuratorate joined the CPPCC and the National People’s Congress."),
        [
            "Municipal Intermediate People's Court (Court)",
            "Municipal Procuratorate (Procuratorate)",
            "CPPCC (Cppcc)",
            "National People's Congress (Congress)"
        ]
    );
    assert_eq!(
        check("He Teng, Chairman of the District CPPCC, spoke."),
        ["District CPPCC (Cppcc)"]
    );
}

#[test]
fn companies_by_legal_form() {
    assert_eq!(
        check("At Hymson (Jiangmen) Laser Intelligent Equipment Co., Ltd., the site is busy."),
        ["Hymson (Jiangmen) Laser Intelligent Equipment Co., Ltd. (Company)"]
    );
    assert_eq!(
        check("Guangdong Fuhua Casting and Forging Co., Ltd. grew."),
        ["Guangdong Fuhua Casting and Forging Co., Ltd. (Company)"]
    );
    // A conjunction before a company's name is not part of it.
    let companies = check("The Tianjin municipal government and China National Petroleum Corporation signed a deal.");
    assert!(
        companies.contains(&"China National Petroleum Corporation (Company)".to_string()),
        "{companies:?}"
    );
}

#[test]
fn communist_party_with_abbreviation_folds() {
    assert_eq!(
        check("the Communist Party of China (CPC) leads"),
        ["Communist Party of China (Party)"]
    );
    // The party's full name opens a committee's as "CPC" does.
    assert_eq!(
        check("Li Ming, secretary of the Communist Party of China Hunan Provincial Committee, spoke."),
        ["Communist Party of China Hunan Provincial Committee (Party)"]
    );
}

#[test]
fn bare_generic_heads_are_not_organizations() {
    assert!(check("Secretary of the Party Leadership Group and others").is_empty());
    assert!(check("The Standing Committee met. The Group grew.").is_empty());
}

#[test]
fn party_congresses_are_meetings_of_the_party() {
    assert_eq!(
        check("the spirit of the 20th National Congress of the Communist Party of China"),
        ["Communist Party of China (Party)"]
    );
}

#[test]
fn abbreviations_fold_and_titles_after_and_are_cut() {
    assert_eq!(
        check("the Ministry of Ecology and Environment (MEE) said"),
        ["Ministry of Ecology and Environment (Government)"]
    );
    assert_eq!(
        check("Member of the Standing Committee of the Municipal Party Committee and Deputy Mayor Li Ming"),
        ["Standing Committee of the Municipal Party Committee (Party)"]
    );
}

#[test]
fn place_before_a_lowercase_body_and_publications() {
    assert_eq!(
        check("the Chengdu municipal government"),
        ["Chengdu Municipal Government (Government)"]
    );
    assert_eq!(
        check("the Shenzhen people's congress"),
        ["Shenzhen People's Congress (Congress)"]
    );
    assert_eq!(check("analysts told the Global Times"), ["Global Times (Other)"]);
    assert_eq!(
        check("the Municipal Investment Promotion Center said"),
        ["Municipal Investment Promotion Center (Government)"]
    );
    // The place before the level is part of the name.
    assert_eq!(
        check("the Hunan Provincial Big Data Center said"),
        ["Hunan Provincial Big Data Center (Government)"]
    );
}

#[test]
fn heads_with_and_or_for_and_office_chains() {
    assert_eq!(
        check(
            "the Hubei Provincial Development and Reform Commission and the Commission for Discipline Inspection met"
        ),
        [
            "Hubei Provincial Development and Reform Commission (Government)",
            "Commission for Discipline Inspection (Party)"
        ]
    );
    assert_eq!(
        check("the Municipal Leading Group for the Control of Floods met"),
        ["Municipal Leading Group for the Control of Floods (Party)"]
    );
    assert_eq!(
        check("the Policy Research Office of the Provincial Party Committee"),
        ["Policy Research Office of the Provincial Party Committee (Party)"]
    );
    assert_eq!(
        check("a notice from the General Office of the State Council"),
        ["General Office of the State Council (Government)"]
    );
}

#[test]
fn lowercase_bodies_of_every_head() {
    assert_eq!(
        check("the provincial bureau of statistics said the county emergency command center and the party group of the municipal government met"),
        [
            "Provincial Bureau of Statistics (Government)",
            "County Emergency Command Center (Other)",
            "Party Group of the Municipal Government (Party)"
        ]
    );
    assert_eq!(
        check("the Wuhu municipal Party committee and the government of Anhui"),
        [
            "Wuhu Municipal Party Committee (Party)",
            "Government of Anhui (Government)"
        ]
    );
    assert!(check("the municipal leaders and the committee").is_empty());
    // A domain of several words, "and" between them, up to the verb.
    assert_eq!(
        check("the municipal bureau of natural resources and planning said the county bureau of agriculture held a meeting"),
        [
            "Municipal Bureau of Natural Resources and Planning (Government)",
            "County Bureau of Agriculture (Government)"
        ]
    );
    assert_eq!(
        check("the provincial department of human resources and social security issued a notice"),
        ["Provincial Department of Human Resources and Social Security (Government)"]
    );
}

#[test]
fn possessors_and_elliptic_levels_are_dropped() {
    assert_eq!(
        check("Hunan's Development and Reform Commission said"),
        ["Development and Reform Commission (Government)"]
    );
    assert!(check("Premier Li's Government").is_empty());
    assert_eq!(
        check("the spirit of the Central and Provincial Party Committee"),
        ["Provincial Party Committee (Party)"]
    );
    assert_eq!(check("the Women's Federation"), ["Women's Federation (Other)"]);
}

#[test]
fn a_body_after_a_coordinated_title_is_found() {
    assert_eq!(
        check("Member of the Standing Committee of the Provincial Party Committee and Director of the Organization Department"),
        [
            "Standing Committee of the Provincial Party Committee (Party)",
            "Organization Department (Party)"
        ]
    );
}

#[test]
fn coordinated_bodies_are_split() {
    assert_eq!(
        check("guidelines of the Central Committee of the Communist Party of China and the State Council"),
        [
            "Central Committee of the Communist Party of China (Party)",
            "State Council (Government)"
        ]
    );
    assert_eq!(
        check("the Municipal Party Committee and Propaganda Department"),
        ["Municipal Party Committee (Party)", "Propaganda Department (Party)"]
    );
}

#[test]
fn media_schools_and_companies() {
    assert_eq!(
        check("reporters from Fujian Radio and Television Station and the Xinhua News Agency"),
        [
            "Fujian Radio and Television Station (Other)",
            "Xinhua News Agency (Other)"
        ]
    );
    assert_eq!(
        check("students of Hefei No Primary School and Anhui University"),
        ["Hefei No Primary School (Other)", "Anhui University (Other)"]
    );
    assert_eq!(
        check("Ningbo Haitian Plastics, Rubber and Moulds Co., Ltd. expanded"),
        ["Ningbo Haitian Plastics, Rubber and Moulds Co., Ltd. (Company)"]
    );
    assert_eq!(
        check("the Qingdao Beihai Shipyard"),
        ["Qingdao Beihai Shipyard (Company)"]
    );
}

#[test]
fn military_bodies_are_other() {
    assert_eq!(
        check("They visited the Jiangmen Military Division."),
        ["Jiangmen Military Division (Other)"]
    );
}

#[test]
fn a_place_after_the_domains_and_opens_another_body() {
    assert_eq!(
        check("Staff of the Municipal Bureau of Commerce and Hunan Port Group joined the talks."),
        [
            "Municipal Bureau of Commerce (Government)",
            "Hunan Port Group (Company)"
        ]
    );
    // "and the <place> ...": the place is no part of the domain; the
    // lower-case body after it is found on its own.
    assert_eq!(
        check("Heads of the Department of Water Resources and the Ordos city government spoke."),
        [
            "Department of Water Resources (Government)",
            "City Government (Government)"
        ]
    );
    // A domain that names places keeps its own "and".
    assert_eq!(
        check("The Office of Hong Kong and Macao Affairs replied."),
        ["Office of Hong Kong and Macao Affairs (Other)"]
    );
    assert_eq!(
        check("The Department of Ecology and Environment of Hunan Province met."),
        ["Department of Ecology and Environment of Hunan Province (Government)"]
    );
}

#[test]
fn and_the_opens_a_body_whose_name_ends_in_its_domain() {
    assert_eq!(
        check("Heads of the Provincial Department of Agriculture and Rural Affairs and the Provincial Department of Water Resources attended."),
        [
            "Provincial Department of Agriculture and Rural Affairs (Government)",
            "Provincial Department of Water Resources (Government)"
        ]
    );
    // Without "the" the "and" stays inside the domain.
    assert_eq!(
        check("The Ministry of Ecology and Environment met."),
        ["Ministry of Ecology and Environment (Government)"]
    );
}

#[test]
fn holdings_is_a_companys_head() {
    assert_eq!(
        check("He met the chairman of Lakeside Holdings."),
        ["Lakeside Holdings (Company)"]
    );
}
