//! Tests of the `event` module: its rules, each on sentences of our own.

use super::*;

#[test]
fn a_retold_event_merges_only_with_its_own_date_and_words() {
    let event = |name: &str, date: &str| Event {
        kind: EventKind::PlenarySession,
        name: name.to_string(),
        date: Some(date.parse().unwrap()),
        part_of_day: None,
        organizer: None,
        participants: Vec::new(),
        visited: Vec::new(),
        span: Span::new(0, 0),
        rule: PASSIVE.rule_id(),
    };
    let merged = merge_retold(vec![
        event(
            "Second Plenary Session of the Seventh X County Committee of the Communist Party of China",
            "2024-01-05",
        ),
        event("2nd plenary meeting of the 7th CPC X County Committee", "2024-01-05"),
        event("2nd plenary meeting of the 7th CPC X County Committee", "2024-01-06"),
        event("Second Plenary Session of the Seventh Y Town Committee", "2024-01-05"),
    ]);
    assert_eq!(merged.len(), 3);
}

fn check(text: &str, published: Option<&str>) -> Vec<String> {
    let doc = Document::new(text);
    let names = crate::entity::person::full_names(&doc, &[]);
    let orgs = crate::entity::org::find(&doc);
    let places = crate::entity::place::find(&doc);
    let published = published.map(|p| p.parse().unwrap());
    events(&doc, &names, &orgs, &places, published)
        .into_iter()
        .map(|e| {
            let parts: Vec<String> = e
                .participants
                .iter()
                .map(|p| format!("{}:{:?}", p.name, p.role))
                .collect();
            format!(
                "{:?} {:?} {} {:?} org={:?} [{}] visited={:?}",
                e.kind,
                e.name,
                e.date.map_or("-".to_string(), |d| d.to_string()),
                e.part_of_day,
                e.organizer,
                parts.join(", "),
                e.visited
            )
        })
        .collect()
}

#[test]
fn passive_conference_with_chair_and_speaker() {
    let text = "On February 19, the Xinhui District High-Quality Development Conference was held. District Party Secretary Liang Wei attended the meeting and delivered a speech. District Mayor Chen Hao presided over the meeting. Wu Lin and Zhou Ping attended the meeting.";
    assert_eq!(
        check(text, Some("2024-02-20")),
        ["Conference \"Xinhui District High-Quality Development Conference\" 2024-02-19 None org=None [Liang Wei:Speaker, Chen Hao:Chair, Wu Lin:Attendee, Zhou Ping:Attendee] visited=[]"]
    );
}

#[test]
fn active_meeting_with_organizer_and_referenced_session() {
    let text = "On June 25, the Standing Committee of the Municipal Party Committee held an enlarged meeting to convey the spirit of the Third Plenary Session of the Provincial Party Committee. Li Hua, secretary of the Municipal Party Committee, presided over and delivered a speech. The meeting pointed out that Zhou Min made a work report.";
    assert_eq!(
        check(text, Some("2023-06-26")),
        ["Meeting \"enlarged meeting of the Standing Committee of the Municipal Party Committee\" 2023-06-25 None org=Some(\"Standing Committee of the Municipal Party Committee\") [Li Hua:Chair] visited=[]"]
    );
}

#[test]
fn of_phrase_cut_at_a_bracket_keeps_no_space() {
    let text = "On May 8, the bureau held a meeting of the leading group (expanded) to study the plan. Ma Lin presided over the meeting.";
    assert_eq!(
        check(text, Some("2024-05-09")),
        ["Meeting \"meeting of the leading group\" 2024-05-08 None org=None [Ma Lin:Chair] visited=[]"]
    );
    let text = "On May 8, the bureau held a meeting of (expanded) staff to study the plan.";
    assert_eq!(
        check(text, Some("2024-05-09")),
        ["Meeting \"meeting\" 2024-05-08 None org=None [] visited=[]"]
    );
}

#[test]
fn symposium_afternoon_speakers_and_later_attendees() {
    let text = "On the afternoon of February 16, Chen Ming participated in a symposium of entrepreneurs. At the meeting, Tan Hao, Liu Xiao and other participants spoke. City leaders Cai Wei and Peng Rui participated in the activity.";
    assert_eq!(
        check(text, Some("2023-02-17")),
        ["Symposium \"symposium of entrepreneurs\" 2023-02-16 Some(Afternoon) org=None [Chen Ming:Attendee, Tan Hao:Speaker, Liu Xiao:Speaker, Cai Wei:Attendee, Peng Rui:Attendee] visited=[]"]
    );
}

#[test]
fn a_joined_events_name_stops_before_its_place_and_day() {
    let text = "Li Ming attended a signing ceremony in Xinhe on May 6. Wu Hui attended a seminar on rural revitalization on May 7.";
    let got = check(text, Some("2024-05-08"));
    assert!(got[0].starts_with("Other \"signing ceremony\" 2024-05-06"), "{got:?}");
    assert!(
        got[1].starts_with("Symposium \"seminar on rural revitalization\" 2024-05-07"),
        "{got:?}"
    );
}

#[test]
fn an_event_in_passing_with_its_day() {
    // "at a <meeting> (held by X) on <day>", the day a date or a weekday.
    let text =
        "The plan was released at a press conference held by the Information Office of Tianjin Municipality on Friday.";
    assert_eq!(
        check(text, Some("2026-05-09")),
        ["Conference \"press conference\" 2026-05-08 None org=Some(\"Information Office of Tianjin Municipality\") [] visited=[]"]
    );
    let text = "Wu Hui spoke at the 2024 Xinhe Entrepreneur Conference on March 10.";
    assert_eq!(
        check(text, Some("2024-03-11")),
        ["Conference \"2024 Xinhe Entrepreneur Conference\" 2024-03-10 None org=None [Wu Hui:Speaker] visited=[]"]
    );
    // A reduced relative clause between the name and the day: ", held on",
    // "held in <place> on".
    let text = "Twelve deals were signed at the Xinhe Trade Conference, held on Friday. Wu Hui attended the event.";
    assert_eq!(
        check(text, Some("2026-05-09")),
        ["Conference \"Xinhe Trade Conference\" 2026-05-08 None org=None [Wu Hui:Attendee] visited=[]"]
    );
    let text = "Twelve deals were signed at the 2026 Xinhe Investment Forum held in Xinhe County on May 7.";
    assert_eq!(
        check(text, Some("2026-05-09")),
        ["Symposium \"2026 Xinhe Investment Forum\" 2026-05-07 None org=None [] visited=[]"]
    );
    // A meeting to come is none.
    assert!(check("Wu Hui will speak at a forum on Friday.", Some("2026-05-09")).is_empty());
}

#[test]
fn a_for_or_with_phrase_before_the_passive_verb() {
    let text = "On March 10, a mobilization meeting for spring planting was held in Xinhe. Vice Mayor Liang Ping reported on the preparations.";
    assert_eq!(
        check(text, Some("2026-03-12")),
        ["Meeting \"mobilization meeting for spring planting\" 2026-03-10 None org=None [Liang Ping:Speaker] visited=[]"]
    );
    let text = "On March 10, the symposium with private entrepreneurs took place. Li Hua briefed the participants.";
    assert_eq!(
        check(text, Some("2026-03-12")),
        ["Symposium \"symposium with private entrepreneurs\" 2026-03-10 None org=None [Li Hua:Speaker] visited=[]"]
    );
}

#[test]
fn inspection_tours_and_those_with_the_leader() {
    let text = "On May 8, Wang Jun made an inspection tour of Xinhe District, accompanied by Li Hua.";
    assert_eq!(
        check(text, Some("2026-05-10")),
        ["Inspection \"Xinhe District\" 2026-05-08 None org=None [Li Hua:Attendee, Wang Jun:Leader] visited=[\"Xinhe District\"]"]
    );
    let text = "On May 8, Mayor Li Ai paid a working visit to Xinhe Port, together with Tang Hui.";
    assert!(check(text, Some("2026-05-10"))[0].contains("[Tang Hui:Attendee, Li Ai:Leader]"));
    let text = "On May 9, the county held a symposium. Zhou Min presided. Also present were Chen Lin and Xu Bo.";
    assert!(check(text, Some("2026-05-10"))[0].contains("[Zhou Min:Chair, Chen Lin:Attendee, Xu Bo:Attendee]"));
}

#[test]
fn a_reporting_verb_makes_an_attendee() {
    let text = "On May 8, a groundbreaking ceremony was held in Xinhe. Party Secretary Chen Gang announced the start of construction.";
    assert!(check(text, Some("2026-05-10"))[0].contains("[Chen Gang:Attendee]"));
}

#[test]
fn study_meeting_attended_by() {
    let text = "The Theoretical Learning Center Group of the Municipal Party Committee recently held a study meeting. The meeting was attended by officials including Chen Ming, Wu Hui and Zhang Xing. Ling Chuan and Wang Jun shared their experiences.";
    assert_eq!(
        check(text, Some("2023-07-01")),
        ["StudySession \"study meeting of the Theoretical Learning Center Group of the Municipal Party Committee\" - None org=Some(\"Theoretical Learning Center Group of the Municipal Party Committee\") [Chen Ming:Attendee, Wu Hui:Attendee, Zhang Xing:Attendee, Ling Chuan:Speaker, Wang Jun:Speaker] visited=[]"]
    );
}

#[test]
fn inspection_led_by_with_visits() {
    let text = "After the meeting, Lao Ming led a team to carry out research on the front line. At Hymson Laser Co., Ltd., the team listened. They went to Huanshi Street for discussion.";
    assert_eq!(
        check(text, None),
        ["Inspection \"research on the front line\" - None org=None [Lao Ming:Leader] visited=[\"Hymson Laser Co., Ltd.\", \"Huanshi Street\"]"]
    );
}

#[test]
fn dates_resolve_against_published() {
    assert_eq!(
        check("Yesterday, the county work conference was held.", Some("2024-01-01"))[0]
            .split(' ')
            .nth(4),
        Some("2023-12-31")
    );
    // A month after the publication month belongs to the previous year.
    assert!(check(
        "On December 28, the county work conference was held.",
        Some("2024-01-03")
    )[0]
    .contains("2023-12-28"));
    assert!(check("Recently, the county work conference was held.", Some("2024-01-03"))[0].contains(" - "));
}

#[test]
fn that_afternoon_is_the_day_of_the_event_before() {
    let text = "On the morning of May 6, Mayor Liu Chen led a team to inspect the Riverside Park. That afternoon, the Standing Committee of the County Party Committee held an enlarged meeting. Liu Chen presided over the meeting.";
    let events = check(text, Some("2024-05-07"));
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(events[0].contains("2024-05-06 Some(Morning)"), "{}", events[0]);
    assert!(events[1].contains("2024-05-06 Some(Afternoon)"), "{}", events[1]);
}

/// The one event `text` reports, published on `published`.
fn only_event(text: &str, published: &str) -> String {
    let mut events = check(text, Some(published));
    assert_eq!(events.len(), 1, "{events:?}");
    events.remove(0)
}

#[test]
fn a_the_after_the_head_noun_stays_in_the_name() {
    let text = "A symposium on promoting the growth of the digital economy was held in the county on March 17.";
    let event = only_event(text, "2024-03-18");
    assert!(
        event.starts_with("Symposium \"symposium on promoting the growth of the digital economy\" 2024-03-17"),
        "{event}"
    );
}

#[test]
fn a_with_or_for_phrase_names_the_guests() {
    let text = "The county government held a symposium with local farmers in Xinhe on May 3. Zhou Lin chaired it.";
    let event = only_event(text, "2024-05-04");
    assert!(
        event.starts_with("Symposium \"symposium with local farmers\" 2024-05-03"),
        "{event}"
    );
    let text = "The county government held a forum for young entrepreneurs on May 3.";
    let event = only_event(text, "2024-05-04");
    assert!(
        event.starts_with("Symposium \"forum for young entrepreneurs\" 2024-05-03"),
        "{event}"
    );
}

#[test]
fn a_visit_is_named_by_its_purpose() {
    let text = "On May 3, Mayor Liu Chen went to Xinhe county to inspect the repair of the dikes.";
    let event = only_event(text, "2024-05-04");
    assert!(
        event.starts_with("Inspection \"inspect the repair of the dikes\" 2024-05-03"),
        "{event}"
    );
    assert!(event.ends_with("visited=[\"Xinhe\"]"), "{event}");
    let text = "On May 3, Liu Chen came to Xinhe county for research.";
    let event = only_event(text, "2024-05-04");
    assert!(event.starts_with("Inspection \"research\""), "{event}");
    // A second verb phrase coordinated after the place is not its name;
    // an adjective in "-ed" after "and" is.
    let text = "On May 3, Liu Chen visited the Xinhe Port Area and inspected the dredging of the channel.";
    let event = only_event(text, "2024-05-04");
    assert!(event.starts_with("Inspection \"the Xinhe Port Area\""), "{event}");
    let text = "On May 3, Liu Chen visited logistics parks and related enterprises in Xinhe.";
    let event = only_event(text, "2024-05-04");
    assert!(
        event.starts_with("Inspection \"logistics parks and related enterprises in Xinhe\""),
        "{event}"
    );
}

#[test]
fn who_presided_may_stand_between_the_meeting_and_was_held() {
    let text =
        "The county work meeting, presided over by Hu Yu, secretary of the county Party committee, was held on May 3.";
    let event = only_event(text, "2024-05-04");
    assert!(
        event.starts_with("Meeting \"county work meeting\" 2024-05-03") && event.contains("[Hu Yu:Chair]"),
        "{event}"
    );
    let text = "On May 3, a symposium on rural roads, chaired by Hu Yu, was held in the county.";
    let event = only_event(text, "2024-05-04");
    assert!(
        event.starts_with("Symposium \"symposium on rural roads\" 2024-05-03") && event.contains("[Hu Yu:Chair]"),
        "{event}"
    );
    // After such an appositive any past verb reports the meeting.
    let text = "On Friday, the fourth session of the 15th Xinhe County People's Congress, presided over by Hu Yu, also adopted a resolution on the budget.";
    let event = only_event(text, "2024-05-04");
    assert!(
        event.starts_with("Meeting \"fourth session of the 15th Xinhe County People's Congress\"")
            && event.contains("[Hu Yu:Chair]"),
        "{event}"
    );
    // Without one, a past verb reports nothing of the meeting.
    assert!(check(
        "The fourth session of the county congress adopted a resolution.",
        Some("2024-05-04")
    )
    .is_empty());
}

#[test]
fn a_session_that_concluded_or_closed_took_place() {
    let text = "The second session of the 9th Xinhe County People's Congress successfully concluded on Sunday morning.";
    let event = only_event(text, "2024-05-06");
    assert!(
        event.starts_with(
            "Meeting \"second session of the 9th Xinhe County People's Congress\" 2024-05-05 Some(Morning)"
        ),
        "{event}"
    );
    // A party's national congress has no organizer (convention 14).
    let text = "The 30th National Congress of the Example Party closed in the capital on May 3.";
    let event = only_event(text, "2024-05-06");
    assert!(event.contains("org=None"), "{event}");
    // A class of meetings is no event (convention 11).
    let text = "Cities raised their goals as the meetings of the local people's congresses concluded on May 3.";
    assert!(check(text, Some("2024-05-06")).is_empty());
}

#[test]
fn an_explanation_remarks_or_a_lecture_make_a_speaker() {
    let text = "The Fourth Plenary Session of the County Party Committee was held on May 3. Zhou Lin delivered an explanation on the draft. Wu Kai made remarks. Sun Yu gave a lecture.";
    let event = only_event(text, "2024-05-04");
    assert!(
        event.contains("[Zhou Lin:Speaker, Wu Kai:Speaker, Sun Yu:Speaker]"),
        "{event}"
    );
}

#[test]
fn a_summit_and_the_body_that_hosted_it() {
    let text = "The 2024 Lakeside Digital Economy Summit opened in Xiangtan on May 20. The summit was hosted by the Xiangtan Municipal Government and the Hunan Provincial Department of Commerce. Zhou Lin delivered a keynote speech.";
    let events = check(text, Some("2024-05-21"));
    assert_eq!(
        events,
        ["Conference \"2024 Lakeside Digital Economy Summit\" 2024-05-20 None org=Some(\"Xiangtan Municipal Government\") [Zhou Lin:Speaker] visited=[]"]
    );
}

#[test]
fn an_on_phrase_names_the_topic_unless_it_dates_the_event() {
    let text = "Lankao County held a mobilization meeting on spring farming on the morning of February 18. The county held a forum on February 19.";
    let events = check(text, Some("2024-02-20"));
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(
        events[0].starts_with("Meeting \"mobilization meeting on spring farming\" 2024-02-18 Some(Morning)"),
        "{}",
        events[0]
    );
    assert!(events[1].starts_with("Symposium \"forum\" 2024-02-19"), "{}", events[1]);
}

#[test]
fn passive_and_inverted_roles() {
    let text = "The work report, delivered by Chen Jin at the opening meeting of the annual session of the Beijing Municipal People's Congress, set goals.";
    assert!(check(text, None)[0].contains("[Chen Jin:Speaker]"));
    let text =
        "Lao Ming led a team to visit the Jiangmen Military Division. Accompanying Lao Ming were Ma Ping and Li Cheng.";
    assert!(
        check(text, None)[0].contains("[Lao Ming:Leader, Ma Ping:Attendee, Li Cheng:Attendee]"),
        "{:?}",
        check(text, None)
    );
}

#[test]
fn presence_reporting_and_passive_chair() {
    let text = "On May 8, the Xiamen Municipal Government held a work conference on flood control. The conference was presided over by Zhou Lan. Mayor Guo Ping addressed the conference. Deputy Mayor Lin Tao sat in the front row. Lin Tao said the city must act. Chen Bo met with the delegates.";
    let got = check(text, None);
    assert!(
        got[0].contains("[Zhou Lan:Chair, Guo Ping:Speaker, Lin Tao:Attendee, Chen Bo:Attendee]"),
        "{got:?}"
    );
    let text = "On May 8, the first session of the 16th Xiamen Municipal People's Congress opened. The opening meeting was presided over by Zhou Lan, chairman of the Standing Committee, and Guo Ping, acting mayor of Xiamen, made a report on the work of the government.";
    let got = check(text, None);
    assert!(got[0].contains("[Zhou Lan:Chair, Guo Ping:Speaker]"), "{got:?}");
    let text = "Zhou Lan Delivers Speech; Guo Ping Presides; Lin Tao Attends\n\nOn May 7, the Xiamen Municipal Party Committee held a mobilization meeting on flood control.";
    let got = check(text, None);
    assert!(
        got[0].contains("[Zhou Lan:Speaker, Guo Ping:Chair, Lin Tao:Attendee]"),
        "{got:?}"
    );
    let text = "On May 9, Mayor Guo Ping went to the emergency command center to preside over the city's flood control meeting.";
    let got = check(text, None);
    assert!(
        got[0].starts_with("Meeting") && got[0].contains("[Guo Ping:Chair]"),
        "{got:?}"
    );
    let text = "On May 10, the municipal party committee held a meeting to study the speeches delivered by General Secretary Wu Ming. Zhou Lan presided over the meeting and said in her speech that work must go on.";
    let got = check(text, None);
    assert!(got[0].contains("[Zhou Lan:Chair]"), "{got:?}");
    let text = "On June 1, Mayor Guo Ping led a team to visit Haicang District. Guo Ping delivered a speech at the port and presented an overview of the plan.";
    let got = check(text, None);
    assert!(got[0].contains("[Guo Ping:Leader]"), "{got:?}");
}

#[test]
fn one_tour_told_twice_and_only_places_gone_to() {
    let text = "From May 4 to 6, Mayor Guo Ping led a team to conduct research on the manufacturing industry of the Greater Bay Area. Guo Ping went to Siming District, Huli District and Jimei District to inspect projects. At Xiamen Tungsten Co., Ltd., Guo Ping talked with Zhou Lan, commander of the Xiamen Garrison, and said that Xiamen Airlines is growing.";
    let got = check(text, None);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].ends_with(
            "visited=[\"Siming District\", \"Huli District\", \"Jimei District\", \"Xiamen Tungsten Co., Ltd.\"]"
        ),
        "{got:?}"
    );
}

#[test]
fn conducted_an_inspection_is_an_inspection_named_by_its_noun() {
    assert_eq!(
        check(
            "Li Ming, secretary of the county party committee, conducted an inspection in Anhua County on March 4.",
            Some("2024-03-05")
        ),
        ["Inspection \"inspection in Anhua County\" 2024-03-04 None org=None [Li Ming:Leader] visited=[\"Anhua County\"]"]
    );
    assert_eq!(
        check("On May 6, Mayor Wu Hui carried out a survey of Qianshan Town.", Some("2024-05-07")),
        ["Inspection \"survey of Qianshan Town\" 2024-05-06 None org=None [Wu Hui:Leader] visited=[\"Qianshan Town\"]"]
    );
}

#[test]
fn an_inspection_name_ends_before_its_date() {
    let text = "Mayor Gao Lin inspected flood control works in Xinhe Port on Monday morning.";
    assert_eq!(
        check(text, Some("2026-07-08")),
        ["Inspection \"flood control works in Xinhe Port\" 2026-07-06 Some(Morning) org=None [Gao Lin:Leader] visited=[\"Xinhe Port\"]"]
    );
}

#[test]
fn units_whose_people_went_along_were_not_visited() {
    let text = "Mayor Gao Lin inspected Xinhe Port on Monday. Officials from the Municipal Bureau of Commerce and Hunan Port Group accompanied the inspection.";
    assert!(check(text, Some("2026-07-08"))[0].ends_with("visited=[\"Xinhe Port\"]"));
    // Gone to, with a companion: visited.
    let text = "Mayor Gao Lin visited Hunan Port Group on Monday, accompanied by Li Hua.";
    assert!(check(text, Some("2026-07-08"))[0].ends_with("visited=[\"Hunan Port Group\"]"));
}

#[test]
fn later_that_day_is_the_day_of_the_last_dated_event() {
    // The undated stop of the visit in between does not undate the day.
    let text = "On May 13, Mayor Li Hua went to Xinhe Port to inspect flood control. At the port, Li inspected the pumps. Later that day, Li chaired a symposium with entrepreneurs.";
    let got = check(text, Some("2026-05-14"));
    assert!(
        got.last()
            .is_some_and(|e| e.starts_with("Symposium \"symposium with entrepreneurs\" 2026-05-13")),
        "{got:?}"
    );
}

#[test]
fn a_sentence_opening_speaking_at_names_its_speaker_after_it() {
    let text = "Speaking at a mobilization meeting held in Xinhe on Wednesday, Li Ming, secretary of the county party committee, called for action.";
    assert_eq!(
        check(text, Some("2026-10-30")),
        ["Meeting \"mobilization meeting\" 2026-10-28 None org=None [Li Ming:Speaker] visited=[]"]
    );
}

#[test]
fn a_meeting_on_a_topic_was_held() {
    assert_eq!(
        check(
            "The forum on rural revitalization was held on May 8 in Nansha District. Vice Mayor Li Ming presided.",
            Some("2024-05-09")
        ),
        ["Symposium \"forum on rural revitalization\" 2024-05-08 None org=None [Li Ming:Chair] visited=[]"]
    );
}

#[test]
fn an_indefinite_meeting_is_an_event_when_dated() {
    assert_eq!(
        check(
            "On May 8, a symposium on trade was held in Fuzhou. Governor Li Ming presided over the symposium.",
            Some("2024-05-09")
        ),
        ["Symposium \"symposium on trade\" 2024-05-08 None org=None [Li Ming:Chair] visited=[]"]
    );
    // Undated, it is part of the event told before.
    let text = "On May 8, the Fuzhou Work Conference was held. Governor Li Ming presided. Afterwards, a special meeting was held.";
    assert_eq!(check(text, Some("2024-05-09")).len(), 1);
}

#[test]
fn a_sentence_dated_to_another_day_adds_no_participants() {
    let text = "On March 4, the Jiangmen Municipal Economic Work Conference was held. Mayor Wu Hui presided over the meeting. On March 3, Wu Hui met with a delegation led by Li Ming, chairman of a company. Zhao Fang, general manager, attended the talks.";
    assert_eq!(
        check(text, Some("2024-03-05")),
        ["Conference \"Jiangmen Municipal Economic Work Conference\" 2024-03-04 None org=None [Wu Hui:Chair] visited=[]"]
    );
    // With no publication date the days stay unresolved; the phrases
    // as written still tell two days apart, and the same day does not.
    let text = "On Tuesday, the Jiangmen Municipal Economic Work Conference was held, presided over by Wu Hui. On Wednesday, Wu Hui met with a delegation led by Li Ming.";
    assert_eq!(
        check(text, None),
        ["Conference \"Jiangmen Municipal Economic Work Conference\" - None org=None [Wu Hui:Chair] visited=[]"]
    );
    let text = "On Tuesday, the Jiangmen Municipal Economic Work Conference was held, presided over by Wu Hui. On Tuesday afternoon, Li Ming attended the conference.";
    assert!(check(text, None)[0].contains("[Wu Hui:Chair, Li Ming:Attendee]"));
}

#[test]
fn came_to_a_city_and_visit_lists_of_units() {
    let text = "On June 2, Mayor Guo Ping came to Putian with his team. Guo Ping went to Xiuyu District to visit Putian Development Research Center, Putian Shoe Industry Association and Meizhou Bay Port Group. In the Meizhou Bay Economic Zone, the team toured a port. Guo Ping came to Putian Shoe Co., Ltd. to learn about exports.";
    let got = check(text, Some("2024-06-03"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].ends_with("visited=[\"Putian\", \"Xiuyu District\", \"Putian Development Research Center\", \"Putian Shoe Industry Association\", \"Meizhou Bay Port Group\", \"Meizhou Bay Economic Zone\", \"Putian Shoe Co., Ltd.\"]"),
        "{got:?}"
    );
}

#[test]
fn participle_and_said_at() {
    let text = "Delivering his work report at the opening session of the Hunan People's Congress yesterday, Governor Mao Wei set goals.";
    assert!(
        check(text, None)[0].contains("[Mao Wei:Speaker]"),
        "{:?}",
        check(text, None)
    );
    let text = "Goals were set, Governor Mao Wei said at the Hunan Provincial People's Congress the same day.";
    assert!(
        check(text, None)[0].contains("[Mao Wei:Attendee]"),
        "{:?}",
        check(text, None)
    );
    let text = "Lao Ming led a team to visit the Jiangmen Military Division. The officials held discussions with commander Song Jun.";
    assert!(
        check(text, None)[0].contains("[Lao Ming:Leader, Song Jun:Attendee]"),
        "{:?}",
        check(text, None)
    );
}

#[test]
fn a_reported_meeting_content_names_no_participants() {
    let text = "On June 25, the Standing Committee held an enlarged meeting. Chen Ming presided over the meeting. The meeting pointed out that the plenary session was important. Huang Min made a work report. The meeting was attended by Wu Hui.";
    assert!(
        check(text, None)[0].contains("[Chen Ming:Chair, Wu Hui:Attendee]"),
        "{:?}",
        check(text, None)
    );
}

#[test]
fn a_headline_and_its_dateline_sentence_are_one_event() {
    let text = "The Standing Committee of the Municipal Party Committee held an enlarged meeting\n\nOn February 14, the Standing Committee of the Municipal Party Committee held an enlarged meeting. Chen Ming presided over the meeting.";
    let got = check(text, Some("2023-02-15"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].contains("2023-02-14") && got[0].contains("Chen Ming:Chair"));
}

#[test]
fn coordinated_owners_of_a_plural_head_give_one_event_each() {
    let got = check(
        "On the first day, the province and the city’s work conferences (promotion conferences) were held one after another.",
        None,
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got[0].starts_with("Conference \"province's work conference\""),
        "{got:?}"
    );
    assert!(got[1].starts_with("Conference \"city's work conference\""), "{got:?}");
    // A singular head is one event.
    assert_eq!(check("The city's work conference was held.", None).len(), 1);
}

#[test]
fn referenced_meetings_are_not_events() {
    assert!(check(
        "We must implement the spirit of the Third Plenary Session and the provincial conference.",
        None
    )
    .is_empty());
    assert!(check("The meeting conveyed the spirit of the National Two Sessions.", None).is_empty());
}

#[test]
fn congress_session_with_work_report() {
    let text = "Mayor Qin Wei said on Tuesday, delivering the work report at the opening meeting of the annual session of the Shenzhen People's Congress.";
    assert_eq!(
        check(text, None),
        ["Meeting \"opening meeting of the annual session of the Shenzhen People's Congress\" - None org=Some(\"Shenzhen People's Congress\") [Qin Wei:Speaker] visited=[]"]
    );
}
