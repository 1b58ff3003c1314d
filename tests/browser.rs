//! The review page in a real browser (issue 16): headless Chromium loads
//! each seed's page and the page of a hostile text. Every fact's evidence
//! must be highlight elements whose text reads as the evidence; the hostile
//! page must hold no script or event handler of the input's; a screenshot
//! of a seed page must not be blank. Where Chromium is not installed the
//! test says so and passes (`.ci/run` installs the Debian `chromium`
//! package when it is missing).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"].into_iter().find(|c| {
        Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// The browser, or `None` after saying that the test is skipped.
fn chromium_or_skip() -> Option<&'static str> {
    let found = chromium();
    if found.is_none() {
        println!("Chromium not installed: browser test skipped (apt-get install chromium)");
    }
    found
}

fn headless(browser: &str, extra: &[&str], page: &Path) -> std::process::Output {
    let mut cmd = Command::new(browser);
    cmd.args(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"])
        .args(extra)
        .arg(format!("file://{}", page.display()));
    cmd.output().expect("the browser runs")
}

fn dump_dom(browser: &str, page: &Path) -> String {
    let out = headless(browser, &["--dump-dom"], page);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("the DOM is UTF-8")
}

/// The tags of serialised HTML, with the text between them: a tag ends at
/// the first `>` outside double quotes.
fn tokens(html: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let b = html.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    while i < b.len() {
        if b[i] == b'<' {
            out.push((false, &html[text_start..i]));
            let mut j = i + 1;
            let mut quoted = false;
            while j < b.len() && (quoted || b[j] != b'>') {
                if b[j] == b'"' {
                    quoted = !quoted;
                }
                j += 1;
            }
            out.push((true, &html[i..(j + 1).min(b.len())]));
            i = j + 1;
            text_start = i;
        } else {
            i += 1;
        }
    }
    out.push((false, &html[text_start.min(html.len())..]));
    out
}

/// The attribute names of one serialised tag (values are double-quoted).
fn attribute_names(tag: &str) -> Vec<String> {
    let inner = tag.trim_start_matches('<').trim_end_matches('>').trim_end_matches('/');
    let mut names = Vec::new();
    let mut chars = inner.char_indices().peekable();
    // Skip the tag name.
    while chars.peek().is_some_and(|(_, c)| !c.is_whitespace()) {
        chars.next();
    }
    loop {
        while chars.peek().is_some_and(|(_, c)| c.is_whitespace()) {
            chars.next();
        }
        let Some(&(start, _)) = chars.peek() else { break };
        while chars.peek().is_some_and(|(_, c)| !c.is_whitespace() && *c != '=') {
            chars.next();
        }
        let end = chars.peek().map_or(inner.len(), |(i, _)| *i);
        names.push(inner[start..end].to_string());
        if chars.peek().is_some_and(|(_, c)| *c == '=') {
            chars.next();
            if chars.peek().is_some_and(|(_, c)| *c == '"') {
                chars.next();
                while chars.next().is_some_and(|(_, c)| c != '"') {}
            }
        }
    }
    names
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text inside the marks of each fact, as the browser's DOM has it.
fn marked_texts(dom: &str) -> BTreeMap<usize, String> {
    let mut out: BTreeMap<usize, String> = BTreeMap::new();
    let mut stack: Vec<Option<usize>> = Vec::new();
    for (is_tag, t) in tokens(dom) {
        if !is_tag {
            for fact in stack.iter().flatten() {
                out.entry(*fact).or_default().push_str(&unescape(t));
            }
            continue;
        }
        if t.starts_with("<mark") {
            let fact = t
                .split("data-fact=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .and_then(|n| n.parse().ok());
            stack.push(fact);
        } else if t.starts_with("</mark") {
            stack.pop();
        }
    }
    out
}

fn out_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("govfacts-browser-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn seed_pages_show_every_fact_on_its_evidence() {
    let Some(browser) = chromium_or_skip() else {
        return;
    };
    let dir = out_dir("seeds");
    for path in common::txt_files("seeds") {
        let text = common::read(&path);
        let article = govfacts::extract(&text);
        let page = dir.join(format!("{}.html", path.file_stem().unwrap().to_string_lossy()));
        std::fs::write(
            &page,
            govfacts::html::render(&text, &article, &path.display().to_string()),
        )
        .unwrap();
        let dom = dump_dom(browser, &page);
        let expected = govfacts::html::evidence_texts(&text, &article);
        let shown = marked_texts(&dom);
        assert!(!expected.is_empty());
        assert_eq!(shown.len(), expected.len(), "{}: facts shown", path.display());
        for (fact, want) in &expected {
            assert_eq!(shown.get(fact), Some(want), "{}: fact {fact}", path.display());
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_fact_is_marked_when_asked_for() {
    let Some(browser) = chromium_or_skip() else {
        return;
    };
    let dir = out_dir("mark");
    let path = &common::txt_files("seeds")[0];
    let text = common::read(path);
    let page = dir.join("page.html");
    std::fs::write(&page, govfacts::html::render(&text, &govfacts::extract(&text), "seed")).unwrap();
    // The page's script marks the fact the URL names, as a click in the
    // panel does.
    let out = Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom"])
        .arg(format!("file://{}#fact-3", page.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8(out.stdout).unwrap();
    let active: Vec<&str> = tokens(&dom)
        .into_iter()
        .filter(|(t, s)| *t && s.starts_with("<mark") && s.contains(" active\""))
        .map(|(_, s)| s)
        .collect();
    assert!(!active.is_empty(), "no mark was made active");
    assert!(active.iter().all(|t| t.contains("data-fact=\"3\"")), "{active:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_hostile_text_runs_nothing() {
    let Some(browser) = chromium_or_skip() else {
        return;
    };
    let dir = out_dir("hostile");
    let text = "Mayor Li Ming <script>document.title='pwned'</script> said \"onmouseover=alert(1)\" \
                </textarea><img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">Jiangmen</a> \0 end.";
    let article = govfacts::extract(text);
    let page = dir.join("hostile.html");
    std::fs::write(
        &page,
        govfacts::html::render(text, &article, "<b onclick=x>hostile</b>"),
    )
    .unwrap();
    let dom = dump_dom(browser, &page);
    let tags: Vec<&str> = tokens(&dom).into_iter().filter(|(t, _)| *t).map(|(_, s)| s).collect();
    assert_eq!(
        tags.iter().filter(|t| t.starts_with("<script")).count(),
        1,
        "only the page's own script"
    );
    for t in &tags {
        let lower = t.to_ascii_lowercase();
        assert!(
            !lower.starts_with("<img") && !lower.starts_with("<a ") && !lower.starts_with("<b "),
            "{t}"
        );
        for a in attribute_names(&lower) {
            assert!(!a.starts_with("on"), "event handler {a} in {t}");
        }
    }
    assert!(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"));
    assert!(dom.contains("<title>&lt;b onclick=x&gt;hostile&lt;/b&gt;</title>"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_seed_page_screenshot_is_not_blank() {
    let Some(browser) = chromium_or_skip() else {
        return;
    };
    let dir = out_dir("shot");
    let path = &common::txt_files("seeds")[1];
    let text = common::read(path);
    let page = dir.join("page.html");
    std::fs::write(&page, govfacts::html::render(&text, &govfacts::extract(&text), "seed")).unwrap();
    let shot = dir.join("shot.png");
    let out = headless(
        browser,
        &["--window-size=1280,900", &format!("--screenshot={}", shot.display())],
        &page,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let png = std::fs::read(&shot).expect("a screenshot was written");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    // A blank 1280x900 page compresses to a few kilobytes; highlighted text
    // in many colours to far more.
    assert!(png.len() > 40_000, "screenshot of {} bytes looks blank", png.len());
    std::fs::remove_dir_all(&dir).ok();
}
