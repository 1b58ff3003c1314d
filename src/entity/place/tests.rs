//! Tests of the `place` module: its rules, each on sentences of our own.

use super::*;

#[test]
fn caps_test_before_the_dateline_pattern() {
    assert!(has_caps_before_comma("GUANGZHOU, Jan. 28 (Xinhua) --"));
    assert!(has_caps_before_comma("By Li Hua in HONG KONG, March 3"));
    assert!(!has_caps_before_comma("Guangzhou, Jan. 28 (Xinhua) --"));
    assert!(has_caps_before_comma("XI'AN, Jan. 28 (Xinhua) --"));
    assert!(!has_caps_before_comma("G, Jan. 28"));
    assert!(!has_caps_before_comma(", "));
}

#[test]
fn keyed_suffix_patterns_find_what_the_patterns_find() {
    let mut compared = 0;
    for text in crate::keyed::comparison_texts() {
        let doc = Document::new(&text);
        let pieces = doc.paragraphs.iter().chain(&doc.sentences);
        for s in pieces.map(|r| &text[r.clone()]) {
            for keyed in [&*SUFFIXED, &*LANDMARK_WITH_AND] {
                let plain: Vec<_> = keyed.regex().find_iter(s).map(|m| m.range()).collect();
                let fast: Vec<_> = keyed.find_iter(s).map(|m| m.range()).collect();
                compared += plain.len();
                assert_eq!(fast, plain, "{s}");
            }
            let plain: Vec<_> = LOWER_SUFFIX
                .regex()
                .captures_iter(s)
                .map(|c| c[0].to_string())
                .collect();
            let fast: Vec<_> = LOWER_SUFFIX.captures_iter(s).map(|c| c[0].to_string()).collect();
            compared += plain.len();
            assert_eq!(fast, plain, "{s}");
        }
    }
    assert!(compared > 50, "{compared}");
}

#[test]
fn fast_paths_agree_with_the_plain_patterns() {
    let alt = {
        let mut names: Vec<&str> = lexicon::PLACES.iter().map(|(n, _)| *n).collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        names.iter().map(|n| regex::escape(n)).collect::<Vec<_>>().join("|")
    };
    let gazetteer = Regex::new(&format!(r"(?-u:\b)(?:{alt})(?-u:\b)")).unwrap();
    for text in crate::text::own_texts() {
        let doc = Document::new(&text);
        let mut plain_suffixed = Vec::new();
        for para in &doc.paragraphs {
            let s = &text[para.clone()];
            let fast: Vec<_> = gazetteer_matches(s);
            let plain: Vec<_> = gazetteer.find_iter(s).map(|m| m.range()).collect();
            assert_eq!(fast, plain);
            for m in SUFFIXED
                .regex()
                .find_iter(s)
                .chain(LANDMARK_WITH_AND.regex().find_iter(s))
            {
                plain_suffixed.extend(
                    clean_suffixed(m.as_str(), para.start + m.start()).filter(|p| !landmark_runs_on(p, &s[m.end()..])),
                );
            }
        }
        // Every suffixed reading of the plain patterns is found.
        let found = find(&doc);
        for p in plain_suffixed {
            assert!(
                found
                    .iter()
                    .any(|f| f.span.start <= p.span.start && p.span.end <= f.span.end),
                "{p:?}"
            );
        }
    }
    // The longest entry running into a word gives way to a shorter one
    // at the same start, or to the next position.
    for s in [
        "the Guangdong-Hong Kong-Macao Greater Bay Areas and Guangdong-Hong Kong-Macao Greater Bay Area.",
        "Jiangmenese Jiangmen_ xJiangmen Hong Kongs Hong Kong",
        // Entries whose first word ends at an apostrophe or a hyphen.
        "Bao'anese Bao'an, Beijing-Tianjin-Hebeis Beijing-Tianjin Beijing-Tianjin-Hebei.",
    ] {
        let plain: Vec<_> = gazetteer.find_iter(s).map(|m| m.range()).collect();
        assert_eq!(gazetteer_matches(s), plain, "{s}");
    }
    assert_eq!(gazetteer_matches("Jiangmen-Hong Kong, Macao"), [0..8, 9..18, 20..25]);
    // The anchored searches rely on this.
    for (word, _) in lexicon::PLACES.iter().chain(lexicon::PLACE_SUFFIXES.iter()) {
        assert!(word.starts_with(|c: char| c.is_ascii_uppercase()), "{word}");
    }
    assert!(gazetteer_matches("Jiangmenese").is_empty());
}

fn check(text: &str) -> Vec<String> {
    let doc = Document::new(text);
    find(&doc)
        .into_iter()
        .map(|p| format!("{} ({:?})", p.name, p.kind))
        .collect()
}

#[test]
fn gazetteer_places() {
    assert_eq!(
        check("Jiangmen, Shenzhen and Hong Kong in Guangdong"),
        [
            "Jiangmen (City)",
            "Shenzhen (City)",
            "Hong Kong (Region)",
            "Guangdong (Province)"
        ]
    );
    assert_eq!(
        check("the Guangdong-Hong Kong-Macao Greater Bay Area"),
        ["Guangdong-Hong Kong-Macao Greater Bay Area (Region)"]
    );
}

#[test]
fn cities_known_by_english_names_that_are_not_pinyin() {
    // From GeoNames (scripts/gen_places.py): 鄂尔多斯市, 呼伦贝尔市, 吐鲁番市.
    assert_eq!(
        check("Trains link Ordos, Hulunbuir and Turpan."),
        ["Ordos (City)", "Hulunbuir (City)", "Turpan (City)"]
    );
    // By hand in the script, where GeoNames has a pinyin or a seat's name.
    assert_eq!(
        check("Officials from Shigatse and Nyingchi joined by video."),
        ["Shigatse (City)", "Nyingchi (City)"]
    );
}

#[test]
fn suffixes_give_kinds() {
    assert_eq!(
        check("In Huanshi Street and Duruan Town near the Daguang Bay Economic Zone"),
        [
            "Huanshi Street (Street)",
            "Duruan Town (Town)",
            "Daguang Bay Economic Zone (Region)"
        ]
    );
    assert_eq!(
        check("The Pengjiang District conference"),
        ["Pengjiang District (District)"]
    );
    assert_eq!(check("Sihui City grew"), ["Sihui City (City)"]);
}

#[test]
fn reservoirs_ports_and_halls_are_landmarks_deltas_and_islands_regions() {
    // Convention 28: reservoirs and ports are landmarks, like museums;
    // bays, rivers and their estuaries and deltas are regions.
    assert_eq!(
        check("Water from Baisha Reservoir reached Qinzhou Port and the Huaihai Memorial Hall."),
        [
            "Baisha Reservoir (Landmark)",
            "Qinzhou Port (Landmark)",
            "Huaihai Memorial Hall (Landmark)"
        ]
    );
    assert_eq!(
        check("Firms in the Minjiang Estuary, the Yellow River Delta and Chongming Island"),
        [
            "Minjiang Estuary (Region)",
            "Yellow River Delta (Region)",
            "Chongming Island (Region)"
        ]
    );
    // Capitalised words running on name a body, not the landmark (the
    // city inside it is the place pass's; assembly drops it as nested).
    assert_eq!(check("Shares of Qinzhou Port Group rose."), ["Qinzhou (City)"]);
    assert_eq!(
        check("Riverside Port Reopens After Repairs\nQinzhou Port, Beihai Group and others"),
        ["Riverside Port (Landmark)", "Qinzhou Port (Landmark)", "Beihai (City)"]
    );
    // A free trade port is a zone, not a harbour.
    assert_eq!(check("the Hainan Free Trade Port"), ["Hainan Free Trade Port (Region)"]);
}

#[test]
fn landmarks_may_contain_and() {
    assert_eq!(
        check("the Changdi Historical and Cultural Street and Wuyi Overseas Chinese Plaza"),
        [
            "Changdi Historical and Cultural Street (Landmark)",
            "Wuyi Overseas Chinese Plaza (Landmark)"
        ]
    );
}

#[test]
fn zones_may_contain_and_and_dates_are_not_words() {
    assert_eq!(
        check("the Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone"),
        ["Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone (Region)"]
    );
    assert_eq!(
        check("2023-11-13 Zengcheng District held"),
        ["Zengcheng District (District)"]
    );
    assert_eq!(
        check("the Jiangmen Unicom 5G Experience Center"),
        ["Jiangmen Unicom 5G Experience Center (Landmark)"]
    );
}

#[test]
fn lowercase_suffixes_are_not_part_of_the_name() {
    assert_eq!(
        check("Wudang district in Guizhou province"),
        ["Wudang (District)", "Guizhou (Province)"]
    );
    assert!(check("The city and the district").is_empty());
}

#[test]
fn economic_circles_and_corridors_are_regions() {
    assert_eq!(
        check("They built the Chengdu-Chongqing Economic Circle and the Hexi Economic Corridor."),
        [
            "Chengdu-Chongqing Economic Circle (Region)",
            "Hexi Economic Corridor (Region)"
        ]
    );
}

#[test]
fn a_pinyin_name_before_a_lowercase_town_or_village() {
    assert_eq!(
        check("They toured Wuzhen town and Xiaogang village."),
        ["Wuzhen (Town)", "Xiaogang (Village)"]
    );
    // The last word of a longer name, a surname, an English word: none.
    assert!(check("They toured the Lakeside Chenpi village.").is_empty());
    assert!(check("They met Li village heads and an Old town tour.").is_empty());
    // A county's name before "village" or "town" is that village or town.
    assert_eq!(check("They toured Shuangqiao village."), ["Shuangqiao (Village)"]);
    // Districts and counties too, for names the gazetteer writes
    // otherwise; not an English word.
    assert_eq!(
        check("Officials of Wenlang district and Beiyu county met in the Business district."),
        ["Wenlang (District)", "Beiyu (District)"]
    );
}

#[test]
fn directions_make_regions_and_possessives_are_cut() {
    assert_eq!(
        check("A plant in Huizhou, south China's Guangdong Province, opened."),
        [
            "Huizhou (City)",
            "south China (Region)",
            "Guangdong Province (Province)"
        ]
    );
    assert_eq!(check("exports from northern Hunan"), ["northern Hunan (Region)"]);
    assert!(check("an east Asia summit in South Korea").is_empty());
    assert!(check("a southern Chinese city").is_empty());
    assert!(check("cities in central and western China").is_empty());
}

#[test]
fn coordinated_places_before_a_bay_area_are_one_region() {
    assert_eq!(
        check("a hub of the Fujian, Taiwan and Xiamen Bay area"),
        ["Fujian, Taiwan and Xiamen Bay area (Region)"]
    );
    assert_eq!(
        check("the Guangdong Hong Kong Macao Bay District plan"),
        ["Guangdong Hong Kong Macao Bay District (Region)"]
    );
}

#[test]
fn places_chained_into_a_route_name_are_nested() {
    assert!(check("the Shenzhen-Zhongshan Link opened").is_empty());
    assert_eq!(check("the Xiamen-Fuzhou route"), ["Xiamen (City)", "Fuzhou (City)"]);
}

#[test]
fn dateline_capitals_zones_and_city_district_mistranslations() {
    assert_eq!(
        check("FUZHOU, China, Jan. 8, 2024 /BizWire/ -- The city grew."),
        ["Fuzhou (City)"]
    );
    assert_eq!(
        check("Putian has the Meizhou Bay Petrochemical Zone."),
        ["Putian (City)", "Meizhou Bay Petrochemical Zone (Region)"]
    );
    assert_eq!(check("XI'AN, Jan. 8 (Xinhua) -- The city grew."), ["Xi'an (City)"]);
    assert_eq!(check("Quanzhou District Holds Meeting"), ["Quanzhou (City)"]);
    assert!(check("a new Pilot Free Trade Zone").is_empty());
    assert_eq!(
        check("the China (Fujian) Pilot Free Trade Zone"),
        ["China (Fujian) Pilot Free Trade Zone (Region)"]
    );
}

#[test]
fn near_misses() {
    assert!(check("foreign and Taiwan-funded enterprises").is_empty());
    assert!(check("China and India").is_empty());
    assert!(check("The District was busy").is_empty());
}
