//! Tests of the `target` module: its rules, each on sentences of our own.

use super::*;

fn check(text: &str) -> Vec<String> {
    let doc = Document::new(text);
    let places = crate::entity::place::find(&doc);
    targets(&doc, &places, &places, Some(Date::new(2024, 2, 20).unwrap()))
        .into_iter()
        .map(|t| {
            format!(
                "{:?} {:?} {} {:?} {:?} {:?}{}",
                t.indicator,
                t.comparator,
                t.value,
                t.unit,
                t.subject,
                t.period,
                if t.stretch { " stretch" } else { "" }
            )
        })
        .collect()
}

#[test]
fn a_year_qualifying_the_goals_is_the_period() {
    assert_eq!(
        check("Ningbo, with 900 listed firms in 2023, has set its 2025 economic growth target at 6 percent."),
        ["GdpGrowth Equal 6 Percent Some(\"Ningbo\") Some(\"2025\")"]
    );
}

#[test]
fn an_appositive_parent_is_not_the_subject() {
    assert_eq!(
        check("Nanning, capital of Guangxi, set a GDP growth target of 6 percent for 2024."),
        ["GdpGrowth Equal 6 Percent Some(\"Nanning\") Some(\"2024\")"]
    );
}

#[test]
fn an_agency_datelines_city_is_not_the_subject() {
    // The province, not the dateline's city, and not taken for an
    // appositive parent of that city; in the place's form (convention 22).
    assert_eq!(
        check("NANNING, Jan. 9 (Xinhua) -- South China's Guangxi Zhuang Autonomous Region aims for economic growth of about 5.5 percent this year."),
        ["GdpGrowth About 5.5 Percent Some(\"Guangxi Zhuang Autonomous Region\") Some(\"2024\")"]
    );
    assert_eq!(
        check("HEFEI, May 2 (Xinhua) -- Anhui province plans to build 300 new charging stations in 2024."),
        ["Count Equal 300 Count Some(\"Anhui\") Some(\"2024\")"]
    );
    // A city of the sentence itself keeps its appositive parent out.
    assert_eq!(
        check("HEFEI, May 2 (Xinhua) -- Wuhan, Central China's Hubei province, aims for economic growth of 6 percent this year."),
        ["GdpGrowth Equal 6 Percent Some(\"Wuhan\") Some(\"2024\")"]
    );
}

#[test]
fn the_numbers_own_clause_gives_the_period() {
    // "in 2023" dates the comparison, not the goal.
    assert_eq!(
        check("Jinan's investment in housing is set to exceed 150 billion yuan this year, up from 132 billion yuan in 2023."),
        ["Investment MoreThan 150000000000 Yuan Some(\"Jinan\") Some(\"2024\")"]
    );
}

#[test]
fn the_number_of_a_count_noun_makes_a_count() {
    assert_eq!(
        check("By 2026, the number of elderly care beds in Jinan will reach 45,000."),
        ["Count Equal 45000 Count Some(\"Jinan\") Some(\"2026\")"]
    );
    assert_eq!(
        check("By 2026, the number of market entities in Jinan will exceed 1.5 million."),
        ["Count MoreThan 1500000 Count Some(\"Jinan\") Some(\"2026\")"]
    );
    // Without a count noun the number measures something else.
    assert!(check("By 2026, the number of hours of sunshine in Jinan will reach 2,000.").is_empty());
}

#[test]
fn a_quoted_noun_phrase_after_the_number_is_counted() {
    assert_eq!(
        check("In 2025, Xiangtan will build 40 “smart farms” and 12 \"15-minute service circles\"."),
        [
            "Count Equal 40 Count Some(\"Xiangtan\") Some(\"2025\")",
            "Count Equal 12 Count Some(\"Xiangtan\") Some(\"2025\")"
        ]
    );
    // A quotation that opens before the number is a name, not a count.
    assert!(check("In 2025, Xiangtan will build the “four industrial platforms”.").is_empty());
}

#[test]
fn what_a_plan_adds_or_trains_is_counted() {
    assert_eq!(
        check("In 2025, Xiangtan will train 2,000 rural doctors and attract more than 30,000 college graduates."),
        [
            "Count Equal 2000 Count Some(\"Xiangtan\") Some(\"2025\")",
            "Count MoreThan 30000 Count Some(\"Xiangtan\") Some(\"2025\")"
        ]
    );
    assert_eq!(
        check("In 2025, Xiangtan will build 12 new nursing homes."),
        ["Count Equal 12 Count Some(\"Xiangtan\") Some(\"2025\")"]
    );
    // Workplaces too: farms, laboratories, workshops.
    assert_eq!(
        check("In 2025, Xiangtan will add 40 family farms and build 6 key laboratories."),
        [
            "Count Equal 40 Count Some(\"Xiangtan\") Some(\"2025\")",
            "Count Equal 6 Count Some(\"Xiangtan\") Some(\"2025\")"
        ]
    );
    // A measure, or a plural with no creation verb before the number.
    assert!(check("In 2025, Xiangtan will build 100 kilometers of roads.").is_empty());
    assert!(check("In 2025, Xiangtan will host 300 guests at the fair, the plan says.").is_empty());
}

#[test]
fn this_year_of_a_goal_sentence_dates_the_paragraphs_goals() {
    let text = "Goals\n\nXiangtan aims to cut red tape this year. It will also train 2,000 rural doctors.\n2024-02-19 08:00:00\n";
    assert_eq!(
        check(text),
        ["Count Equal 2000 Count Some(\"Xiangtan\") Some(\"2024\")"]
    );
}

#[test]
fn a_region_in_the_possessive_owns_the_goal() {
    assert_eq!(
        check("In 2025, Macao's GDP is expected to grow by around 7 percent."),
        ["GdpGrowth About 7 Percent Some(\"Macao\") Some(\"2025\")"]
    );
    // A region locating a place is no subject.
    assert_eq!(
        check("In 2025, Wuhan in Central China's Hubei province set its GDP target at 6 percent."),
        ["GdpGrowth Equal 6 Percent Some(\"Wuhan\") Some(\"2025\")"]
    );
    // A named zone that is its clause's subject owns the goal.
    assert_eq!(
        check("Hunan said the Xiangjiang New Area will attract 80 billion yuan of investment in 2026."),
        ["Investment Equal 80000000000 Yuan Some(\"Xiangjiang New Area\") Some(\"2026\")"]
    );
}

#[test]
fn the_county_or_district_is_the_last_one_named() {
    let text = "Xiangtan city has a new park. Beiyu county in Xiangtan has built 12 parks, and Xiangtan has built 30. The county plans to create 3,000 jobs by 2026.";
    assert_eq!(check(text), ["Count Equal 3000 Count Some(\"Beiyu\") Some(\"2026\")"]);
}

#[test]
fn reported_speech_backshifts_will_to_would() {
    assert_eq!(
        check("Mayor Wu Lin said at the forum that Xiangtan would build 40 new schools."),
        ["Count Equal 40 Count Some(\"Xiangtan\") None"]
    );
    // Not a forecaster's "would", nor "would have".
    assert!(check("Economists said Xiangtan would build 40 new schools.").is_empty());
    assert!(check("Wu Lin said Xiangtan would have built 40 new schools with more funds.").is_empty());
}

#[test]
fn a_sector_of_the_economy_is_no_gdp() {
    assert_eq!(
        check("The digital economy of Xiangtan will grow by 15 percent in 2026."),
        ["Other Equal 15 Percent Some(\"Xiangtan\") Some(\"2026\")"]
    );
    assert_eq!(
        check("Xiangtan, whose economy grew 4 percent last year, aims to grow its economy by 6 percent in 2026."),
        ["GdpGrowth Equal 6 Percent Some(\"Xiangtan\") Some(\"2026\")"]
    );
    // A zone's name is no cue: the goal is a count.
    assert_eq!(
        check("The Xiangtan Economy Zone will attract 50 new enterprises in 2026."),
        ["Count Equal 50 Count Some(\"Xiangtan Economy Zone\") Some(\"2026\")"]
    );
}

#[test]
fn a_measure_in_tonnes_or_square_meters_is_no_target() {
    assert!(check("The Xiangtan Economy Zone will handle 1 million tonnes of cargo in 2026.").is_empty());
    assert!(check("Xiangtan will build 600,000 square meters of housing in 2026.").is_empty());
    assert_eq!(
        check("Xiangtan will build 15,000 charging piles in 2026."),
        ["Count Equal 15000 Count Some(\"Xiangtan\") Some(\"2026\")"]
    );
}

#[test]
fn visits_and_trips_are_counted() {
    assert_eq!(
        check("Xiangtan aims to receive 5 million tourist visits this winter."),
        ["Count Equal 5000000 Count Some(\"Xiangtan\") None"]
    );
}

#[test]
fn a_share_of_gdp_is_no_gdp_growth() {
    assert_eq!(
        check("Wuxi will ensure that the digital economy accounts for over 45 percent of its GDP by 2026."),
        ["Other MoreThan 45 Percent Some(\"Wuxi\") Some(\"2026\")"]
    );
}

#[test]
fn energy_per_unit_of_gdp_is_no_gdp_growth() {
    assert_eq!(
        check("In 2024, Jinan aims to cut energy consumption per unit of GDP by 2.5%."),
        ["Other Equal 2.5 Percent Some(\"Jinan\") Some(\"2024\")"]
    );
}

#[test]
fn goals_worded_as_expectations_ends_and_later_paragraphs() {
    // "to hit" is a goal's verb; trade is no GDP; "by the end of 2025"
    // is the period.
    assert_eq!(
        check("Qingdao aims to achieve GDP of more than 1.7 trillion yuan by the end of 2025, while Jinan expects its economy to expand by 5.5 percent and its foreign trade to hit 230 billion yuan."),
        [
            "Gdp MoreThan 1700000000000 Yuan Some(\"Qingdao\") Some(\"2025\")",
            "GdpGrowth Equal 5.5 Percent Some(\"Jinan\") Some(\"2025\")",
            "Other Equal 230000000000 Yuan Some(\"Jinan\") Some(\"2025\")"
        ]
    );
    // The year given with the first goals holds for a later paragraph's.
    assert_eq!(
        check("Jinan has set its growth target at around 5 percent for 2026.\n\nThe city will strive to keep investment growth at no less than 3 percent."),
        [
            "GdpGrowth About 5 Percent Some(\"Jinan\") Some(\"2026\")",
            "InvestmentGrowth AtLeast 3 Percent Some(\"Jinan\") Some(\"2026\")"
        ]
    );
}

#[test]
fn the_countrys_goal_has_no_subject() {
    assert_eq!(
        check("The forum met in Jinan. China has set a GDP growth target of around 5 percent for 2024."),
        ["GdpGrowth About 5 Percent None Some(\"2024\")"]
    );
    // A name holding "China" is no national subject.
    assert_eq!(
        check("Jinan will build the South China Tea Valley with an output value of over 10 billion yuan in 2024."),
        ["OutputValue MoreThan 10000000000 Yuan Some(\"Jinan\") Some(\"2024\")"]
    );
}

#[test]
fn a_list_goes_on_with_the_paragraphs_indicator() {
    let got = check(
        "Hefei set a GDP growth target of 6 percent this year. Except Wuxi, which is set at 5%, other cities are between 5.5% and 7%.",
    );
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(got.iter().all(|t| t.starts_with("GdpGrowth")), "{got:?}");
}

#[test]
fn a_total_reached_on_the_way_is_achieved() {
    assert_eq!(
        check("Trade is expected to grow by 3 percent this year after totaling 1.2 trillion yuan."),
        ["Other Equal 3 Percent None Some(\"2024\")"]
    );
}

#[test]
fn gdp_growth_with_base_and_stretch() {
    assert_eq!(
        check("Jiangmen will strive to achieve GDP growth of more than 6% this year, and strive to achieve the goal of more than 7%."),
        [
            "GdpGrowth MoreThan 6 Percent Some(\"Jiangmen\") Some(\"2024\")",
            "GdpGrowth MoreThan 7 Percent Some(\"Jiangmen\") Some(\"2024\") stretch"
        ]
    );
}

#[test]
fn investment_amount_then_its_growth() {
    assert_eq!(
        check("In Pengjiang District, industrial investment this year must reach no less than 13 billion yuan, a year-on-year increase of 30%."),
        [
            "Investment AtLeast 13000000000 Yuan Some(\"Pengjiang District\") Some(\"2024\")",
            "InvestmentGrowth Equal 30 Percent Some(\"Pengjiang District\") Some(\"2024\")"
        ]
    );
}

#[test]
fn coordinated_subjects_each_get_the_goal() {
    assert_eq!(
        check("Xiamen in East China's Fujian province and Nanchang have both set GDP growth targets of 6 percent for 2024."),
        [
            "GdpGrowth Equal 6 Percent Some(\"Xiamen\") Some(\"2024\")",
            "GdpGrowth Equal 6 Percent Some(\"Nanchang\") Some(\"2024\")"
        ]
    );
    assert_eq!(
        check("Kunming and Nanning expect GDP to grow 6 and 5.5 percent this year, respectively."),
        [
            "GdpGrowth Equal 6 Percent Some(\"Kunming\") Some(\"2024\")",
            "GdpGrowth Equal 5.5 Percent Some(\"Nanning\") Some(\"2024\")"
        ]
    );
}

#[test]
fn unnamed_plural_subjects_and_the_city() {
    let got = check(
        "Twenty cities have set GDP growth targets for 2024. Except Taiyuan, set at 5%, other cities are between 5.5% and 7%.",
    );
    assert_eq!(
        got,
        [
            "GdpGrowth Equal 5 Percent Some(\"Taiyuan\") Some(\"2024\")",
            "GdpGrowth AtLeast 5.5 Percent None Some(\"2024\")",
            "GdpGrowth AtMost 7 Percent None Some(\"2024\")"
        ]
    );
    let got = check("Lanzhou is in Gansu. The city, with 3,000 tech firms and 120 listed companies, has set its 2024 growth target at 6 percent.");
    assert_eq!(got, ["GdpGrowth Equal 6 Percent Some(\"Lanzhou\") Some(\"2024\")"]);
    let got = check("Yinchuan, a hub in Ningxia, aims for growth of 6 percent this year.");
    assert_eq!(got, ["Other Equal 6 Percent Some(\"Yinchuan\") Some(\"2024\")"]);
}

#[test]
fn a_with_clause_after_a_goal_clause_is_a_goal() {
    let got = check("Five cities have set targets at 6% or higher, with Taiyuan, capital of Shanxi province, announcing a 7% growth target.");
    assert!(
        got.iter()
            .any(|t| t.starts_with("GdpGrowth Equal 7 Percent Some(\"Taiyuan\")")),
        "{got:?}"
    );
}

#[test]
fn tipped_and_expecting_are_goals() {
    assert_eq!(
        check("Governor Mao Wei also tipped an 8 per cent rise in retail sales."),
        ["Other Equal 8 Percent None None"]
    );
    assert_eq!(
        check("Hunan is expecting a 7 percent increase in its economy."),
        ["GdpGrowth Equal 7 Percent Some(\"Hunan\") None"]
    );
}

#[test]
fn forecasts_and_past_years_are_not_goals() {
    assert!(check("A think tank predicts that the economy will grow by about 5 percent this year.").is_empty());
    assert!(check("Xining expected its GDP to reach 200 billion yuan in 2023.").is_empty());
    assert!(check("Xining earlier projected its 2023 GDP to surpass 200 billion yuan.").is_empty());
    // A size class that defines the firms a goal counts is no goal.
    assert_eq!(
        check("It will upgrade 500 firms, referring to firms with an annual turnover of at least 20 million yuan."),
        ["Count Equal 500 Count None Some(\"2024\")"]
    );
}

#[test]
fn a_section_of_goals_under_a_header() {
    let got = check(
        "Xiamen work report\n\n2024 Review\n- GDP growth of 4.8%.\n2025 Expected Targets\n- GDP growth of around 5%.\n2025 Key Tasks\n- Build the Xiamen Technology Center to a high standard, launching over 200 projects.",
    );
    assert_eq!(
        got,
        [
            "GdpGrowth About 5 Percent Some(\"Xiamen\") Some(\"2025\")",
            "Count MoreThan 200 Count Some(\"Xiamen\") Some(\"2025\")"
        ]
    );
}

#[test]
fn hedged_goals_in_a_paragraph_of_guidance() {
    let got = check("The province revealed its 2024 guidance. Retail sales may climb by 6 percent. Exports could rise by 3 percent.");
    assert_eq!(
        got,
        [
            "Other Equal 6 Percent None Some(\"2024\")",
            "Other Equal 3 Percent None Some(\"2024\")"
        ]
    );
    assert!(check("Firms in Putian have set up 500 research institutions.").is_empty());
}

#[test]
fn gdp_size_without_a_unit_is_yuan() {
    assert_eq!(
        check("Shunde aims to become a district with a GDP of 100 billion."),
        ["Gdp Equal 100000000000 Yuan None None"]
    );
}

#[test]
fn counts_and_ranges() {
    assert_eq!(
        check("The city plans to add more than 85 companies and keep CPI growth at 2% to 3% by 2025."),
        [
            "Count MoreThan 85 Count None Some(\"2025\")",
            "Other AtLeast 2 Percent None Some(\"2025\")",
            "Other AtMost 3 Percent None Some(\"2025\")"
        ]
    );
}

#[test]
fn cue_after_the_number_and_weak_growth_cue() {
    assert_eq!(
        check("Guangdong will set a 9 per cent gross domestic product growth target."),
        ["GdpGrowth Equal 9 Percent Some(\"Guangdong\") None"]
    );
    assert_eq!(
        check("The city will achieve its growth target of 5.5 percent in 2024."),
        ["GdpGrowth Equal 5.5 Percent None Some(\"2024\")"]
    );
    assert_eq!(
        check("The city will record an increase of over 7 percent in value-added industrial output."),
        ["Other MoreThan 7 Percent None None"]
    );
}

#[test]
fn size_classes_and_existence_are_not_targets() {
    assert_eq!(
        check("The city plans to start more than 20 projects worth more than 5 billion yuan each."),
        ["Count MoreThan 20 Count None None"]
    );
    assert!(check("There are more than 85 companies in the zone and we must grow.").is_empty());
    assert!(check("We must closely connect the three major platforms of Hengqin and Nansha.").is_empty());
}

#[test]
fn achieved_figures_are_not_targets() {
    assert!(check("Last year, Guangdong's GDP rose 4.8 percent to CNY13.57 trillion.").is_empty());
    assert!(check("The district completed 12 billion yuan of investment in 2023.").is_empty());
    assert!(check("Output grew 5% in the first quarter.").is_empty());
}

#[test]
fn a_sentence_opening_on_an_earlier_year_reports_results() {
    // Published 2024: "In 2023" is the past, "In 2025" a plan.
    assert!(check("In 2023, the city will be able to see GDP of 400 billion yuan.").is_empty());
    assert_eq!(
        check("In 2025, the city will be able to see GDP of 400 billion yuan.").len(),
        1
    );
    assert_eq!(
        check("In 2025, the city will raise GDP by 6 percent."),
        ["GdpGrowth Equal 6 Percent None Some(\"2025\")"]
    );
    assert!(!starts_achieved("in 2023, output", None));
    assert!(starts_achieved("  in 2019 the", Some("2020")));
}

#[test]
fn names_and_dollars_are_not_quantities() {
    assert!(
        check("We must implement the spirit of the 20th National Congress and Document No. 1 this year.").is_empty()
    );
    assert!(check("The city will attract $5 billion this year.").is_empty());
}

#[test]
fn explicit_target_words_override_past_tense() {
    assert_eq!(
        check("Last year, Guangdong set a 5 per cent growth target for its exports."),
        ["Other Equal 5 Percent Some(\"Guangdong\") None"]
    );
}
