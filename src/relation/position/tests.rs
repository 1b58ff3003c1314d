//! Tests of the `position` module: its rules, each on sentences of our own.

use super::*;
use crate::entity::person::full_names;

fn check(text: &str) -> Vec<String> {
    let doc = Document::new(text);
    let names = full_names(&doc, &[]);
    positions(&doc, &names)
        .into_iter()
        .map(|(k, t, r)| format!("{}: {} [{}]", names[k].name, t.text, r.id))
        .collect()
}

#[test]
fn appositive_chain_with_a_title_before_the_repeated_name() {
    let text = "On May 2, Chen Anming, Secretary of the Municipal Party Committee, Secretary of the Party Group of the \
                Standing Committee of the Municipal People’s Congress, and Director Chen Anming participated in a forum.";
    assert_eq!(
        check(text),
        [
            "Chen Anming: Secretary of the Municipal Party Committee [positions/appositive]",
            "Chen Anming: Secretary of the Party Group of the Standing Committee of the Municipal People's Congress [positions/appositive]",
            "Chen Anming: Director [positions/title_before_name]",
        ]
    );
}

#[test]
fn titles_given_by_appointment_election_and_removal() {
    assert_eq!(
        check("The session appointed Zhou Lin as vice mayor of Xiangtan and removed Qian Bo from the post of director of the county development and reform commission."),
        [
            "Zhou Lin: Vice Mayor of Xiangtan [positions/as_title]",
            "Qian Bo: Director of the County Development and Reform Commission [positions/as_title]",
        ]
    );
    assert_eq!(
        check("Wu Kai was elected as chairman of the county CPPCC, the report said."),
        ["Wu Kai: Chairman of the County CPPCC [positions/as_title]"]
    );
    assert_eq!(
        check("Sun Yu previously served as secretary of the Hanjiang District Party Committee."),
        ["Sun Yu: Secretary of the Hanjiang District Party Committee [positions/as_title]"]
    );
    assert_eq!(
        check("Han Lin has been appointed Party secretary of Xiangtan, replacing Zhou Bo."),
        ["Han Lin: Party Secretary of Xiangtan [positions/as_title]"]
    );
    // An age in apposition before the verb.
    assert_eq!(
        check("Tang Wei, 52, was appointed secretary of the Xiangtan Municipal Party Committee on Friday."),
        ["Tang Wei: Secretary of the Xiangtan Municipal Party Committee [positions/as_title]"]
    );
    assert_eq!(
        check("Mo Jun, 47, has been named acting mayor of Xiangtan."),
        ["Mo Jun: Acting Mayor of Xiangtan [positions/as_title]"]
    );
    // "as" before no title, or in another sense, gives none.
    assert!(check("The party, with Liu Chen as the core, met.").is_empty());
    assert!(check("Liu Chen, 45, was named in the report.").is_empty());
    assert!(check("Zhou Lin came as a guest of the fair.").is_empty());
}

#[test]
fn a_legal_forms_comma_stays_inside_the_body() {
    assert_eq!(
        check("Li Ming, general manager of Hunan Steel Group Co., Ltd., and Zhao Fang spoke."),
        ["Li Ming: General Manager of Hunan Steel Group Co., Ltd [positions/appositive]"]
    );
    assert_eq!(
        check("Wu Hui, chairman of Anhui Conch Cement Co., Limited, a listed firm, spoke."),
        ["Wu Hui: Chairman of Anhui Conch Cement Co., Limited [positions/appositive]"]
    );
}

#[test]
fn a_title_before_a_name_stops_at_the_name_before() {
    assert_eq!(
        check("Party Secretary Li Ming, Congress Standing Committee Director Zhao Fang and CPPCC Chairman Wu Hui attended."),
        [
            "Li Ming: Secretary of the Party Committee [positions/title_before_name]",
            "Zhao Fang: Director of the Standing Committee of the Congress [positions/title_before_name]",
            "Wu Hui: Chairman of the CPPCC [positions/title_before_name]"
        ]
    );
}

#[test]
fn a_title_and_its_lower_case_body_before_a_name() {
    assert_eq!(
        check("Secretary-General of the county government Zhou Lan and Vice Mayor Li Ming attended."),
        [
            "Zhou Lan: Secretary-General of the County Government [positions/title_before_name]",
            "Li Ming: Vice Mayor [positions/title_before_name]"
        ]
    );
    // Lower-case words that are no body do not make one.
    assert!(check("Head of the research team Zhou Lan spoke.").is_empty());
}

#[test]
fn also_before_an_appositive_title() {
    assert_eq!(
        check("Wu Hui, also a member of the Standing Committee of the Provincial Party Committee and vice governor, attended."),
        [
            "Wu Hui: Member of the Standing Committee of the Provincial Party Committee [positions/appositive]",
            "Wu Hui: Vice Governor [positions/appositive]"
        ]
    );
}

#[test]
fn who_is_before_an_appositive_title() {
    assert_eq!(
        check("Li Ming, who is also director of the Standing Committee of the Municipal People's Congress, spoke."),
        ["Li Ming: Director of the Standing Committee of the Municipal People's Congress [positions/appositive]"]
    );
}

#[test]
fn a_bodys_acronym_before_the_title() {
    assert_eq!(
        check("CNPC general manager Huang Yong attended the ceremony."),
        ["Huang Yong: General Manager of the CNPC [positions/title_before_name]"]
    );
    assert_eq!(
        check("GDP chief Zhao Lin spoke."),
        ["Zhao Lin: Chief [positions/title_before_name]"]
    );
}

#[test]
fn executive_is_a_title_head_and_a_modifier() {
    assert_eq!(
        check("Ho Iat Seng, Chief Executive of the Macao SAR, attended."),
        ["Ho Iat Seng: Chief Executive of the Macao SAR [positions/appositive]"]
    );
    assert_eq!(
        check("Executive Vice Mayor Tan Li spoke."),
        ["Tan Li: Executive Vice Mayor [positions/title_before_name]"]
    );
}

#[test]
fn a_plural_appositive_is_each_listed_names() {
    assert_eq!(
        check("Chen Lin and Xu Bo, vice chairmen of the municipal CPPCC, attended."),
        [
            "Chen Lin: Vice Chairman of the Municipal CPPCC [positions/appositive]",
            "Xu Bo: Vice Chairman of the Municipal CPPCC [positions/appositive]"
        ]
    );
    // A singular title is the last name's only.
    assert_eq!(
        check("Chen Lin and Xu Bo, mayor of Xinhe, attended."),
        ["Xu Bo: Mayor of Xinhe [positions/appositive]"]
    );
}

#[test]
fn a_photo_note_before_the_appositive() {
    assert_eq!(
        check("Huang Wen (center), director of the Xiangtan Municipal Bureau of Finance, inspects a site."),
        ["Huang Wen: Director of the Xiangtan Municipal Bureau of Finance [positions/appositive]"]
    );
    assert_eq!(
        check("Huang Wen (2nd R), mayor of Xiangtan, inspects a site."),
        ["Huang Wen: Mayor of Xiangtan [positions/appositive]"]
    );
    // A parenthesis that is no photo note ends the name's appositive.
    assert!(check("Huang Wen (Xiangtan Steel), mayor of Xiangtan, spoke.").is_empty());
}

#[test]
fn a_title_and_its_of_body_before_the_name() {
    assert_eq!(
        check("Secretary of the Municipal Party Committee Wang Zhongwei attended the meeting."),
        ["Wang Zhongwei: Secretary of the Municipal Party Committee [positions/title_before_name]"]
    );
    assert_eq!(
        check("Vice-Governor of Hunan Province Guo Ning and Director of the Xiangtan Municipal Bureau of Finance Huang Wen spoke."),
        [
            "Guo Ning: Vice-Governor of Hunan Province [positions/title_before_name]",
            "Huang Wen: Director of the Xiangtan Municipal Bureau of Finance [positions/title_before_name]"
        ]
    );
    // Capitalised words before a name with no title and "of" give none.
    assert!(check("The Xiangtan Municipal Bureau of Finance Huang Wen spoke.").is_empty());
    assert_eq!(
        check("Mayor Li Ming met Xiangtan Bureau Huang Wen."),
        ["Li Ming: Mayor [positions/title_before_name]"]
    );
}

#[test]
fn titles_before_names() {
    assert_eq!(
        check("District Party Secretary Lao Maochang attended the meeting."),
        ["Lao Maochang: Secretary of the District Party Committee [positions/title_before_name]"]
    );
    assert_eq!(
        check(
            "Deputy Secretary of the District Party Committee and District Mayor Ma Pingao presided over the meeting."
        ),
        [
            "Ma Pingao: Deputy Secretary of the District Party Committee [positions/title_before_name]",
            "Ma Pingao: District Mayor [positions/title_before_name]"
        ]
    );
    assert_eq!(
        check("They studied the speech of General Secretary Xi Jinping."),
        ["Xi Jinping: General Secretary [positions/title_before_name]"]
    );
    assert_eq!(
        check("Guangdong Governor Wang Lin set a target."),
        ["Wang Lin: Governor of Guangdong [positions/title_before_name]"]
    );
}

#[test]
fn appositive_ends_at_a_verb() {
    assert_eq!(
        check(
            "He Teng, Secretary of the Party Leadership Group and Chairman of the District CPPCC attended the meeting."
        ),
        [
            "He Teng: Secretary of the Party Leadership Group [positions/appositive]",
            "He Teng: Chairman of the District CPPCC [positions/appositive]"
        ]
    );
    assert_eq!(
        check("Lao Maochang, secretary of the district party committee, led a team."),
        ["Lao Maochang: Secretary of the District Party Committee [positions/appositive]"]
    );
}

#[test]
fn title_comma_name_at_clause_start() {
    assert_eq!(
        check("Recently, the vice chairman of the CPPCC and the chairman of the Municipal Committee of Jiangmen, Ren Anliang, led a team."),
        [
            "Ren Anliang: Vice Chairman of the CPPCC [positions/title_comma_name]",
            "Ren Anliang: Chairman of the Municipal Committee of Jiangmen [positions/title_comma_name]"
        ]
    );
}

#[test]
fn a_listed_appositive_is_not_the_next_names_title() {
    assert_eq!(
        check("Wu Xiaohui, deputy secretary of the party committee and mayor, Zhang Yuanxing, chairman of the CPPCC, attended."),
        [
            "Wu Xiaohui: Deputy Secretary of the Party Committee [positions/appositive]",
            "Wu Xiaohui: Mayor [positions/appositive]",
            "Zhang Yuanxing: Chairman of the CPPCC [positions/appositive]"
        ]
    );
}

#[test]
fn no_positions_for_lists_leaders_or_occupations() {
    assert!(check("City leaders Cai Dewei, Liu Jie and Peng Zhangrui participated in the activity.").is_empty());
    assert!(check("At the meeting, Tan Wenchao, Chen Shaoqing and other participants spoke.").is_empty());
    assert!(check("Li Chang'an, Professor at the Academy of Economics, said.").is_empty());
    assert!(check("The meeting was attended by key officials including Chen Anming, Wu Xiaohui.").is_empty());
}

#[test]
fn plural_titles_bodies_before_and_descriptions() {
    assert_eq!(
        check("County CPPCC Vice-Chairmen Gao Lin, Fu Qiang and Ma Rui attended."),
        [
            "Gao Lin: Vice-Chairman of the County CPPCC [positions/title_before_name]",
            "Fu Qiang: Vice-Chairman of the County CPPCC [positions/title_before_name]",
            "Ma Rui: Vice-Chairman of the County CPPCC [positions/title_before_name]"
        ]
    );
    assert_eq!(
        check("County People's Congress Standing Committee Party Secretary and Director Gao Lin spoke."),
        [
            "Gao Lin: Party Secretary of the Standing Committee of the County People's Congress [positions/title_before_name]",
            "Gao Lin: Director of the Standing Committee of the County People's Congress [positions/title_before_name]"
        ]
    );
    assert_eq!(
        check("Fu Qiang, a provincial model worker, principal of Shuikou Town Central Primary School, said."),
        ["Fu Qiang: Principal of Shuikou Town Central Primary School [positions/appositive]"]
    );
    assert_eq!(
        check("Ma Rui, a deputy to the Fujian Provincial People's Congress, said."),
        ["Ma Rui: Deputy to the Fujian Provincial People's Congress [positions/appositive]"]
    );
    assert_eq!(
        check("The town's acting mayor Gao Lin said."),
        ["Gao Lin: Acting Mayor [positions/title_before_name]"]
    );
}

#[test]
fn ranks_after_and_and_level_leaders() {
    assert_eq!(
        check("Gao Lin, Deputy Secretary of the Municipal Party Committee and First-level Inspector, spoke."),
        [
            "Gao Lin: Deputy Secretary of the Municipal Party Committee [positions/appositive]",
            "Gao Lin: First-Level Inspector [positions/appositive]"
        ]
    );
    assert!(check("Gao Lin, municipal leader, attended.").is_empty());
}

#[test]
fn anaphoric_body_and_lowercase_titles() {
    assert_eq!(
        check("Wang Feng, mayor of the city, said."),
        ["Wang Feng: Mayor [positions/appositive]"]
    );
    // A lower-case owner's post, also at the sentence's end.
    assert_eq!(
        check("The plan was approved, said Wang Feng, the city's mayor."),
        ["Wang Feng: Mayor [positions/appositive]"]
    );
    assert_eq!(
        check("It grew, according to Wang Feng, the mayor."),
        ["Wang Feng: Mayor [positions/appositive]"]
    );
    assert_eq!(
        check("They met political commissar Liu Xiaodong."),
        ["Liu Xiaodong: Political Commissar [positions/title_before_name]"]
    );
}
