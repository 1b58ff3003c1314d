//! The `extract` example's file handling: JSON per input, directories and
//! stdin, clear errors that name the file, non-zero exit, and no
//! half-written output. `cargo test` builds examples, so the binary is next
//! to this test's own.

mod common;

use common::cli::{example, tempdir};

use std::process::{Command, Stdio};

#[test]
fn json_dir_writes_one_schema_json_per_seed() {
    let out = tempdir("seeds");
    let status = Command::new(example())
        .arg("--json-dir")
        .arg(&out)
        .arg(common::root().join("seeds"))
        .status()
        .unwrap();
    assert!(status.success());
    let mut names: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names.len(), 5, "{names:?}");
    let json = std::fs::read_to_string(out.join("000_4767804909027f9a.json")).unwrap();
    let article: govfacts::Article = serde_json::from_str(&json).unwrap();
    assert_eq!(article.source.as_deref(), Some("Jiangmen Daily News"));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["published"], "2023-02-17");
    assert_eq!(value["byline"][0]["role"], "reporter");
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn html_writes_a_page_per_seed_and_an_index() {
    let out = tempdir("html");
    let status = Command::new(example())
        .arg("--html")
        .arg(&out)
        .arg(common::root().join("seeds"))
        .status()
        .unwrap();
    assert!(status.success());
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 6, "{names:?}");
    assert_eq!(names[5], "index.html");
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert_eq!(index.matches("<a href=\"").count(), 5);
    assert!(index.contains("href=\"000_4767804909027f9a.html\""));
    let page = std::fs::read_to_string(out.join("000_4767804909027f9a.html")).unwrap();
    assert!(page.contains("<mark class=\"k-person\"") && page.contains("Chen Anming"));
    let out2 = Command::new(example())
        .args(["--html", "x", "--jsonl", "y"])
        .output()
        .unwrap();
    assert_eq!(out2.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn bad_inputs_are_named_and_the_rest_still_run() {
    let dir = tempdir("bad");
    let good = dir.join("good.txt");
    std::fs::write(&good, " date 2023-02-17 Jiangmen Daily News (Reporter/Tang Da) Text.").unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 news").unwrap();
    let missing = dir.join("missing.txt");
    let out = dir.join("out");
    let result = Command::new(example())
        .arg("--json-dir")
        .arg(&out)
        .args([&missing, &latin1, &good])
        .output()
        .unwrap();
    assert!(!result.status.success());
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("missing.txt: cannot read"), "{stderr}");
    assert!(
        stderr.contains("latin1.txt: not UTF-8: invalid byte at offset 3"),
        "{stderr}"
    );
    assert!(out.join("good.json").exists());
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn stdin_and_report_mode() {
    let mut child = Command::new(example())
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all(b" date 2023-02-17 Jiangmen Daily News (Reporter/Tang Da) Text.")
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("== <stdin>"), "{stdout}");
    assert!(
        stdout.contains("Jiangmen Daily News") && stdout.contains("Tang Da"),
        "{stdout}"
    );
    assert!(stdout.contains("[dateline/byline/labelled]"), "{stdout}");
}

#[test]
fn unwritable_output_directory_is_an_error() {
    let dir = tempdir("unwritable");
    let blocker = dir.join("file");
    std::fs::write(&blocker, "not a directory").unwrap();
    let input = dir.join("a.txt");
    std::fs::write(&input, "Text.").unwrap();
    let result = Command::new(example())
        .arg("--json-dir")
        .arg(blocker.join("sub"))
        .arg(&input)
        .output()
        .unwrap();
    assert!(!result.status.success());
    assert!(String::from_utf8_lossy(&result.stderr).contains("cannot create output directory"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn jsonl_keeps_input_order_with_many_jobs() {
    let dir = tempdir("jsonl");
    // More files than jobs, in an order that is not alphabetical by size.
    let mut paths = Vec::new();
    for i in 0..12 {
        let p = dir.join(format!("{i:02}.txt"));
        let text = format!(
            " date 2023-02-{:02} Jiangmen Daily News (Reporter/Tang Da) Text {}.",
            i + 1,
            "x ".repeat((12 - i) * 500)
        );
        std::fs::write(&p, text).unwrap();
        paths.push(p);
    }
    let out = Command::new(example())
        .args(["--jsonl", "--jobs", "4"])
        .args(&paths)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    // The path first, then the article with its fields in schema order.
    assert!(stdout
        .lines()
        .all(|l| l.starts_with("{\"path\":") && l.contains(",\"article\":{\"source\":")));
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 12);
    for (i, line) in lines.iter().enumerate() {
        assert!(
            line["path"].as_str().unwrap().ends_with(&format!("{i:02}.txt")),
            "{line}"
        );
        assert_eq!(line["article"]["published"], format!("2023-02-{:02}", i + 1));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_path_through_a_file_is_a_named_error() {
    let dir = tempdir("notdir");
    let file = dir.join("plain.txt");
    std::fs::write(&file, "Text.").unwrap();
    // Reading "plain.txt/inner.txt" fails (not a directory) even as root.
    let bad = file.join("inner.txt");
    let out = Command::new(example()).arg(&bad).arg(&file).output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("inner.txt: cannot read"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("plain.txt"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_options_are_refused() {
    let out = Command::new(example()).args(["--jobs", "0", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(example())
        .args(["--jsonl", "--json-dir", "/tmp/x", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
