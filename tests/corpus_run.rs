//! Corpus runs of the `extract` example: JSON Lines input with bad lines,
//! the summary, and runs killed with SIGKILL at several points and resumed,
//! whose output must equal an uninterrupted run's, item for item.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::cli::{example, tempdir};
use serde_json::Value;

const CITIES: [&str; 6] = ["Jiangmen", "Foshan", "Zhuhai", "Shaoguan", "Meizhou", "Zhanjiang"];
const NAMES: [&str; 5] = ["Lin Haofeng", "Zhou Mingyu", "He Jianhua", "Xu Lanting", "Guo Weidong"];

/// Article `i` of a generated corpus: a dated meeting with a chair, a
/// growth goal and a campaign, different for every `i`.
fn article(i: usize) -> String {
    let city = CITIES[i % CITIES.len()];
    let name = NAMES[(i / 6) % NAMES.len()];
    format!(
        "On March {day}, the {city} Municipal Party Committee held a plenary meeting. \
         {name}, Secretary of the {city} Municipal Party Committee, presided over the meeting and delivered a speech. \
         The meeting called for the city's GDP to grow by {growth} percent in 2025 and for \
         fixed-asset investment to exceed {bn} billion yuan. \n\
         The city will carry out the \"{n} Projects\" campaign, the meeting said.",
        day = i % 28 + 1,
        growth = 4 + i % 5,
        bn = 100 + i,
        n = 10 + i % 90,
    )
}

/// A JSON Lines corpus of `n` articles with ids and dates.
fn jsonl_corpus(n: usize) -> String {
    (0..n)
        .map(|i| {
            let line = serde_json::json!({
                "id": format!("doc-{i:05}"),
                "published": format!("2024-03-{:02}", i % 28 + 2),
                "text": article(i),
            });
            format!("{line}\n")
        })
        .collect()
}

fn run(args: &[&str], dir: &Path) -> Output {
    Command::new(example()).args(args).current_dir(dir).output().unwrap()
}

#[test]
fn jsonl_input_skips_bad_lines_by_number_and_the_run_goes_on() {
    let dir = tempdir("jsonl-bad");
    let lines = [
        r#"{"id": "a", "text": "On February 19, the Jiangmen Municipal Party Committee held a meeting.", "published": "2024-02-20"}"#,
        r#"{"id": "b", "text": "#,
        r#"{"id": "c", "body": "no text field"}"#,
        "",
        r#"{"id": "d", "text": ["not", "a", "string"]}"#,
        r#"{"id": "e", "text": "Text.", "published": "2024-13-01"}"#,
        r#"{"id": 7, "text": "Yesterday, the Foshan Municipal People's Government held a meeting.", "published": "2024-05-10T09:30:00+08:00"}"#,
    ];
    std::fs::write(dir.join("in.jsonl"), lines.join("\n")).unwrap();
    let out = run(&["--input-jsonl", "in.jsonl", "--jsonl", "--jobs", "3"], &dir);
    assert_eq!(out.status.code(), Some(1), "something was skipped");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let got: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(got.len(), 2, "{stdout}");
    assert_eq!((&got[0]["id"], &got[0]["line"]), (&Value::from("a"), &Value::from(1)));
    // The line's date resolves the text's dates.
    assert_eq!(got[0]["article"]["events"][0]["date"], "2024-02-19");
    assert_eq!((&got[1]["id"], &got[1]["line"]), (&Value::from(7), &Value::from(7)));
    assert_eq!(got[1]["article"]["published"], "2024-05-10");
    assert_eq!(got[1]["article"]["events"][0]["date"], "2024-05-09");
    let stderr = String::from_utf8(out.stderr).unwrap();
    for expected in [
        "line 2: not JSON",
        "line 3: no \"text\" field",
        "line 5: field \"text\" is an array, not a string",
        "line 6: field \"published\" is not a date",
        "summary: 6 inputs read, 2 articles extracted, 4 skipped (1 bad JSON, 1 no text field, 1 text not a string, 1 bad date)",
    ] {
        assert!(stderr.contains(expected), "{expected:?} not in:\n{stderr}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn field_names_are_configurable_and_ids_name_the_json_files() {
    let dir = tempdir("jsonl-fields");
    std::fs::write(
        dir.join("in.jsonl"),
        "{\"doc\": \"x/1\", \"body\": \"The Zhuhai Municipal Party Committee held a meeting.\", \"date\": \"2024-01-02\"}\n",
    )
    .unwrap();
    let args = [
        "--input-jsonl",
        "in.jsonl",
        "--text-field",
        "body",
        "--id-field",
        "doc",
        "--date-field",
        "date",
        "--json-dir",
        "out",
    ];
    let out = run(&args, &dir);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("out/x_1.json")).unwrap()).unwrap();
    assert_eq!(json["published"], "2024-01-02");
    assert_eq!(json["organizations"][0]["name"], "Zhuhai Municipal Party Committee");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_summary_counts_inputs_articles_and_facts() {
    let out = Command::new(example())
        .args(["--jsonl", "--jobs", "2"])
        .arg(common::root().join("seeds"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut facts = [0u64; 8];
    let mut bytes = 0;
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        bytes += std::fs::metadata(v["path"].as_str().unwrap()).unwrap().len();
        let a = &v["article"];
        let len = |k: &str| a[k].as_array().unwrap().len() as u64;
        let sum = |k: &str, inner: &str| {
            a[k].as_array()
                .unwrap()
                .iter()
                .map(|x| x[inner].as_array().unwrap().len() as u64)
                .sum::<u64>()
        };
        let counts = [
            len("people"),
            sum("people", "positions"),
            len("events"),
            sum("events", "participants"),
            len("targets"),
            len("initiatives"),
            len("organizations"),
            len("places"),
        ];
        for (f, n) in facts.iter_mut().zip(counts) {
            *f += n;
        }
    }
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("summary: 5 inputs read, 5 articles extracted, 0 skipped\n"),
        "{stderr}"
    );
    let expected = format!(
        "facts: {} people, {} positions, {} events, {} participants, {} targets, {} initiatives, {} organizations, {} places\n",
        facts[0], facts[1], facts[2], facts[3], facts[4], facts[5], facts[6], facts[7]
    );
    assert!(stderr.contains(&expected), "{expected:?} not in:\n{stderr}");
    assert!(
        stderr.contains(&format!("extract: {:.2} MB in ", bytes as f64 / 1e6)),
        "{stderr}"
    );
    // --quiet: no summary.
    let out = Command::new(example())
        .args(["--quiet", "--jsonl"])
        .arg(common::root().join("seeds"))
        .output()
        .unwrap();
    assert!(out.status.success() && out.stderr.is_empty());
}

/// Starts `args` and kills it with SIGKILL once `watched` holds at least
/// `bytes` bytes. Returns whether the kill interrupted the run (false if it
/// had finished first).
fn kill_when(args: &[&str], dir: &Path, watched: &dyn Fn() -> u64, bytes: u64) -> bool {
    let mut child = Command::new(example())
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while watched() < bytes && Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    !status.success()
}

#[test]
fn jsonl_output_killed_at_several_points_resumes_to_the_uninterrupted_output() {
    let dir = tempdir("resume-jsonl");
    let mut corpus = jsonl_corpus(3000);
    // Bad lines stay skipped, once each, across the interruptions.
    corpus.push_str("{\"id\": \"broken\", \"text\": \n");
    corpus.push_str(
        &jsonl_corpus(3000)
            .lines()
            .take(200)
            .map(|l| format!("{l}\n"))
            .collect::<String>(),
    );
    std::fs::write(dir.join("corpus.jsonl"), corpus).unwrap();
    let base = ["--input-jsonl", "corpus.jsonl", "--jsonl", "--jobs", "2"];
    let whole = run(&[&base[..], &["-o", "whole.jsonl"]].concat(), &dir);
    assert_eq!(whole.status.code(), Some(1), "the broken line is reported");
    let expected = std::fs::read(dir.join("whole.jsonl")).unwrap();
    assert_eq!(expected.iter().filter(|&&b| b == b'\n').count(), 3200);

    let partial = dir.join("partial.jsonl");
    let size = || std::fs::metadata(&partial).map_or(0, |m| m.len());
    let resumed: Vec<&str> = [&base[..], &["-o", "partial.jsonl", "--resume"]].concat();
    let mut interrupted = 0;
    for fraction in [0.05, 0.35, 0.7, 0.95] {
        let target = (expected.len() as f64 * fraction) as u64;
        interrupted += kill_when(&resumed, &dir, &size, target) as usize;
        let now = std::fs::read(&partial).unwrap();
        assert!(now.len() <= expected.len());
    }
    assert!(interrupted >= 3, "only {interrupted} of 4 kills interrupted the run");
    // The broken line was reported by whichever run read it.
    let last = run(&resumed, &dir);
    assert!(
        matches!(last.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&last.stderr)
    );
    let got = std::fs::read(&partial).unwrap();
    assert!(got == expected, "resumed output differs from the uninterrupted run");
    // Resuming a finished run changes nothing.
    let again = run(&resumed, &dir);
    assert!(String::from_utf8_lossy(&again.stderr).contains("0 articles extracted, 3201 already done"));
    assert_eq!(std::fs::read(&partial).unwrap(), expected);
    let _ = std::fs::remove_dir_all(&dir);
}

fn json_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (e.file_name().into_string().unwrap(), std::fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn json_dir_and_file_inputs_killed_and_resumed_lose_nothing() {
    let dir = tempdir("resume-dir");
    let inputs = dir.join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    for i in 0..1500 {
        std::fs::write(inputs.join(format!("{i:05}.txt")), article(i)).unwrap();
    }
    let whole = run(&["--json-dir", "whole", "--jobs", "2", "in"], &dir);
    assert!(whole.status.success());
    let expected = json_files(&dir.join("whole"));
    assert_eq!(expected.len(), 1500);

    let out: PathBuf = dir.join("out");
    let count = || std::fs::read_dir(&out).map_or(0, |d| d.count() as u64);
    let args = ["--json-dir", "out", "--jobs", "2", "--resume", "in"];
    let mut interrupted = 0;
    for files in [100, 700, 1300] {
        interrupted += kill_when(&args, &dir, &count, files) as usize;
    }
    assert!(interrupted >= 2, "only {interrupted} of 3 kills interrupted the run");
    let last = run(&args, &dir);
    assert!(last.status.success(), "{}", String::from_utf8_lossy(&last.stderr));
    assert!(
        json_files(&out) == expected,
        "resumed directory differs from the uninterrupted run"
    );

    // The same corpus as JSON lines with file inputs: killed, resumed.
    let lines = dir.join("files.jsonl");
    let whole = run(&["--jsonl", "in", "-o", "whole.jsonl"], &dir);
    assert!(whole.status.success());
    let expected = std::fs::read(dir.join("whole.jsonl")).unwrap();
    let size = || std::fs::metadata(&lines).map_or(0, |m| m.len());
    let args = ["--jsonl", "in", "-o", "files.jsonl", "--resume", "--jobs", "2"];
    kill_when(&args, &dir, &size, expected.len() as u64 / 2);
    assert!(run(&args, &dir).status.success());
    assert!(std::fs::read(&lines).unwrap() == expected);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn resume_refuses_what_it_cannot_continue() {
    let dir = tempdir("resume-refuse");
    std::fs::write(dir.join("a.txt"), "Text.").unwrap();
    std::fs::write(dir.join("notes.jsonl"), "my notes\n").unwrap();
    // --resume needs an output it can read back.
    let out = run(&["--resume", "--jsonl", "a.txt"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--resume needs"));
    // A file that is not this program's output is left alone.
    let out = run(&["--resume", "--jsonl", "-o", "notes.jsonl", "a.txt"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("notes.jsonl: cannot resume"));
    assert_eq!(std::fs::read_to_string(dir.join("notes.jsonl")).unwrap(), "my notes\n");
    // Output from other inputs.
    std::fs::write(dir.join("other.jsonl"), "{\"path\":\"b.txt\",\"article\":{}}\n").unwrap();
    let out = run(&["--resume", "--jsonl", "-o", "other.jsonl", "a.txt"], &dir);
    assert!(String::from_utf8_lossy(&out.stderr).contains("b.txt is not among this run's inputs"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_options_name_the_option() {
    let dir = tempdir("options");
    for (args, needle) in [
        (&["--jobs", "0", "x"][..], "--jobs"),
        (&["--text-field", "body", "x"][..], "--input-jsonl"),
        (&["--input-jsonl", "a", "b.txt"][..], "--input-jsonl"),
        (&["--json-dir", "d", "-o", "f", "x"][..], "--output"),
        (&["--frobnicate", "x"][..], "--frobnicate"),
    ] {
        let out = run(args, &dir);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
    }
    let help = run(&["--help"], &dir);
    let help = String::from_utf8_lossy(&help.stdout);
    for option in [
        "--input-jsonl",
        "--text-field",
        "[default: text]",
        "--resume",
        "--jobs",
        "--progress",
        "--output",
    ] {
        assert!(help.contains(option), "{option} not in --help");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn roster_files_cover_every_article_even_after_a_resume() {
    let dir = tempdir("roster");
    let inputs = common::root().join("tests/data/roster");
    let inputs = inputs.to_str().unwrap();
    let whole = run(
        &[
            "--json-dir",
            "a",
            "--roster",
            "r.csv",
            "--roster-json",
            "r.json",
            inputs,
        ],
        &dir,
    );
    assert!(whole.status.success(), "{}", String::from_utf8_lossy(&whole.stderr));
    let csv = std::fs::read_to_string(dir.join("r.csv")).unwrap();
    assert!(csv.starts_with("name,person,post,title,body,level,place,first_seen,last_seen,articles,evidence,note\r\n"));
    assert_eq!(csv.lines().count(), 13, "{csv}");
    assert!(csv.contains("Zhou Mingyu,2,Secretary of the Zhaoqing Municipal Party Committee,"));
    let json: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("r.json")).unwrap()).unwrap();
    assert_eq!(json["officials"].as_array().unwrap().len(), 7);
    // Everything already done: the roster is read back from the JSON files.
    let again = run(&["--json-dir", "a", "--resume", "--roster", "r2.csv", inputs], &dir);
    assert!(String::from_utf8_lossy(&again.stderr).contains("14 already done"));
    assert_eq!(std::fs::read_to_string(dir.join("r2.csv")).unwrap(), csv);
    // The same from a resumed JSON Lines output.
    let lines = run(&["--jsonl", "-o", "out.jsonl", inputs], &dir);
    assert!(lines.status.success());
    let again = run(
        &["--jsonl", "-o", "out.jsonl", "--resume", "--roster", "r3.csv", inputs],
        &dir,
    );
    assert!(again.status.success());
    assert_eq!(std::fs::read_to_string(dir.join("r3.csv")).unwrap(), csv);
    let _ = std::fs::remove_dir_all(&dir);
}
