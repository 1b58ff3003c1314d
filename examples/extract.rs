//! Prints the facts of each input article, or writes them as JSON.
//!
//! ```text
//! cargo run --release --example extract -- [--json-dir DIR | --jsonl | --html DIR] [--jobs N] INPUT...
//! ```
//!
//! An INPUT is a file, a directory (every `.txt` inside, sorted) or `-` for
//! standard input. Without `--json-dir`, a readable report per input lists
//! each fact with its rule and evidence. With `--json-dir DIR`, each input's
//! [`govfacts::Article`] is written to `DIR/<file stem>.json` (stdin is
//! `stdin.json`), whole: to a temporary file that is then renamed, so a
//! failure never leaves a half-written JSON. An input that cannot be read
//! or is not UTF-8 is reported with its name (and the byte offset of the
//! first invalid byte), the other inputs still run, and the exit status is 1.
//!
//! With `--html DIR`, each input gets a review page `DIR/<file stem>.html`
//! (the text with every fact's evidence highlighted, the facts beside it;
//! see `govfacts::html`) and `DIR/index.html` lists the articles with their
//! counts per fact kind.
//!
//! Corpus mode: `--jobs N` (default: all cores) extracts N files at a time;
//! output stays in input order. `--jsonl` writes one
//! `{"path": ..., "article": {...}}` line per input to standard output as
//! soon as it is its turn, so memory is bounded by the files in flight, not
//! the corpus. The library itself is single-threaded; threads live here.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use govfacts::{Article, Span};

struct Options {
    json_dir: Option<PathBuf>,
    html_dir: Option<PathBuf>,
    jsonl: bool,
    jobs: usize,
    inputs: Vec<String>,
}

fn parse_args() -> Result<Options, String> {
    let mut json_dir = None;
    let mut html_dir = None;
    let mut jsonl = false;
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json-dir" => {
                let dir = args.next().ok_or("--json-dir needs a directory")?;
                json_dir = Some(PathBuf::from(dir));
            }
            "--html" => {
                let dir = args.next().ok_or("--html needs a directory")?;
                html_dir = Some(PathBuf::from(dir));
            }
            "--jsonl" => jsonl = true,
            "--jobs" => {
                let n = args.next().ok_or("--jobs needs a number")?;
                jobs = n
                    .parse()
                    .ok()
                    .filter(|&n: &usize| n > 0)
                    .ok_or(format!("--jobs: not a positive number: {n}"))?;
            }
            "-h" | "--help" => {
                return Err(
                    "usage: extract [--json-dir DIR | --jsonl | --html DIR] [--jobs N] INPUT... (INPUT: file, directory or -)"
                        .into(),
                );
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => inputs.push(arg),
        }
    }
    if inputs.is_empty() {
        return Err("no inputs; usage: extract [--json-dir DIR] INPUT...".into());
    }
    if [jsonl, json_dir.is_some(), html_dir.is_some()]
        .iter()
        .filter(|&&x| x)
        .count()
        > 1
    {
        return Err("--jsonl, --json-dir and --html are exclusive".into());
    }
    Ok(Options {
        json_dir,
        html_dir,
        jsonl,
        jobs,
        inputs,
    })
}

/// One article to process: its display name, output stem and text source.
enum Source {
    Stdin,
    File(PathBuf),
}

fn expand(inputs: &[String], errors: &mut Vec<String>) -> Vec<Source> {
    let mut out = Vec::new();
    for input in inputs {
        if input == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let path = PathBuf::from(input);
        if path.is_dir() {
            match fs::read_dir(&path) {
                Ok(entries) => {
                    let mut files: Vec<PathBuf> = entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|x| x == "txt") && p.is_file())
                        .collect();
                    files.sort();
                    out.extend(files.into_iter().map(Source::File));
                }
                Err(e) => errors.push(format!("{}: cannot list directory: {e}", path.display())),
            }
        } else {
            out.push(Source::File(path));
        }
    }
    out
}

fn read(source: &Source) -> Result<String, String> {
    let (name, bytes) = match source {
        Source::Stdin => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("<stdin>: cannot read: {e}"))?;
            ("<stdin>".to_string(), buf)
        }
        Source::File(p) => {
            let bytes = fs::read(p).map_err(|e| format!("{}: cannot read: {e}", p.display()))?;
            (p.display().to_string(), bytes)
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8: invalid byte at offset {}",
            e.utf8_error().valid_up_to()
        )
    })
}

fn stem(source: &Source) -> String {
    match source {
        Source::Stdin => "stdin".into(),
        Source::File(p) => p
            .file_stem()
            .map_or("article".into(), |s| s.to_string_lossy().into_owned()),
    }
}

fn name(source: &Source) -> String {
    match source {
        Source::Stdin => "<stdin>".into(),
        Source::File(p) => p.display().to_string(),
    }
}

/// Writes `contents` to `dir/file` whole: a temporary file, then a rename.
fn write_whole(dir: &Path, file: &str, contents: &[u8]) -> io::Result<()> {
    let tmp = dir.join(format!(".{file}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        fs::rename(&tmp, dir.join(file))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn snippet(text: &str, span: Span) -> String {
    let s = span.slice(text).unwrap_or("<span outside input>");
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 90 {
        format!("{}…", s.chars().take(90).collect::<String>())
    } else {
        s
    }
}

fn report(out: &mut impl Write, name: &str, text: &str, a: &Article) -> io::Result<()> {
    writeln!(out, "== {name}")?;
    let ev = |e: &Option<govfacts::Evidence>| match e {
        Some(e) => format!(
            "[{}] {}",
            e.rule,
            e.span.map_or("(caller's option)".to_string(), |s| format!(
                "{s} \"{}\"",
                snippet(text, s)
            ))
        ),
        None => String::new(),
    };
    writeln!(
        out,
        "source     {:<24} {}",
        a.source.as_deref().unwrap_or("-"),
        ev(&a.source_evidence)
    )?;
    writeln!(
        out,
        "published  {:<24} {}",
        a.published.map_or("-".to_string(), |d| d.to_string()),
        ev(&a.published_evidence)
    )?;
    for b in &a.byline {
        writeln!(out, "byline     {:<24} {:?} [{}] {}", b.name, b.role, b.rule, b.span)?;
    }
    for p in &a.people {
        writeln!(
            out,
            "person     {:<24} {} [{}] \"{}\"",
            p.name,
            p.positions.join("; "),
            p.rule,
            snippet(text, p.span)
        )?;
    }
    for e in &a.events {
        writeln!(
            out,
            "event      {:?} {:?} {:?} [{}] \"{}\"",
            e.kind,
            e.name,
            e.date,
            e.rule,
            snippet(text, e.span)
        )?;
    }
    for t in &a.targets {
        writeln!(
            out,
            "target     {:?} {:?} {} {:?} [{}] \"{}\"",
            t.indicator,
            t.comparator,
            t.value,
            t.unit,
            t.rule,
            snippet(text, t.span)
        )?;
    }
    for i in &a.initiatives {
        writeln!(
            out,
            "initiative {:<24} {:?} [{}] \"{}\"",
            i.name,
            i.kind,
            i.rule,
            snippet(text, i.span)
        )?;
    }
    for o in &a.organizations {
        writeln!(
            out,
            "org        {:<24} {:?} [{}] \"{}\"",
            o.name,
            o.kind,
            o.rule,
            snippet(text, o.span)
        )?;
    }
    for p in &a.places {
        writeln!(
            out,
            "place      {:<24} {:?} [{}] \"{}\"",
            p.name,
            p.kind,
            p.rule,
            snippet(text, p.span)
        )?;
    }
    writeln!(out)
}

/// Runs `work` over `items` on `jobs` threads and hands each result to
/// `emit` in input order, as soon as every earlier one has been emitted.
/// A worker starts item `i` only once item `i - 2 * jobs` has been emitted,
/// so at most `2 * jobs` results are ever held: memory is bounded by the
/// largest files, not the corpus, even when one file is slow.
fn in_order<T: Sync, R: Send>(items: &[T], jobs: usize, work: impl Fn(&T) -> R + Sync, mut emit: impl FnMut(&T, R)) {
    use std::collections::BTreeMap;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{mpsc, Condvar, Mutex};

    if jobs <= 1 || items.len() <= 1 {
        for item in items {
            emit(item, work(item));
        }
        return;
    }
    let window = 2 * jobs;
    let next = AtomicUsize::new(0);
    // How many results have been emitted, and a signal when it grows.
    let emitted = (Mutex::new(0usize), Condvar::new());
    let (tx, rx) = mpsc::sync_channel::<(usize, R)>(jobs);
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(items.len()) {
            let tx = tx.clone();
            let (next, work, emitted) = (&next, &work, &emitted);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= items.len() {
                    break;
                }
                // Every item before `i` is taken; the one due next is never
                // held back here (it is below the window), so this ends.
                let (count, grew) = emitted;
                let mut done = count.lock().expect("no worker panics holding it");
                while i >= *done + window {
                    done = grew.wait(done).expect("no worker panics holding it");
                }
                drop(done);
                if tx.send((i, work(&items[i]))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut waiting = BTreeMap::new();
        let mut due = 0;
        for (i, r) in rx {
            waiting.insert(i, r);
            while let Some(r) = waiting.remove(&due) {
                emit(&items[due], r);
                due += 1;
                *emitted.0.lock().expect("no worker panics holding it") = due;
                emitted.1.notify_all();
            }
        }
    });
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("extract: {msg}");
            return ExitCode::from(2);
        }
    };
    let mut errors = Vec::new();
    if let Some(dir) = opts.json_dir.as_ref().or(opts.html_dir.as_ref()) {
        if let Err(e) = fs::create_dir_all(dir) {
            eprintln!("extract: {}: cannot create output directory: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    }
    let sources = expand(&opts.inputs, &mut errors);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    // Standard input is read once, here, before the workers start.
    let stdin_text = sources
        .iter()
        .any(|s| matches!(s, Source::Stdin))
        .then(|| read(&Source::Stdin));
    // Workers extract and render (JSON or report) so that the thread
    // emitting in input order only writes bytes.
    let work = |source: &Source| -> Result<(Vec<u8>, Option<govfacts::html::IndexEntry>), String> {
        let text = match (source, &stdin_text) {
            (Source::Stdin, Some(t)) => t.clone()?,
            _ => read(source)?,
        };
        let article = govfacts::extract(&text);
        let mut bytes = Vec::new();
        if opts.html_dir.is_some() {
            let page = format!("{}.html", stem(source));
            let entry = govfacts::html::IndexEntry::new(&page, &name(source), &article);
            let html = govfacts::html::render(&text, &article, &name(source));
            return Ok((html.into_bytes(), Some(entry)));
        }
        match &opts.json_dir {
            Some(_) => serde_json::to_writer_pretty(&mut bytes, &article).expect("articles always serialise"),
            None if opts.jsonl => {
                // One line: {"path": ..., "article": {...}}, fields in schema order.
                bytes.extend_from_slice(b"{\"path\":");
                serde_json::to_writer(&mut bytes, &name(source)).expect("strings serialise");
                bytes.extend_from_slice(b",\"article\":");
                serde_json::to_writer(&mut bytes, &article).expect("articles always serialise");
                bytes.extend_from_slice(b"}\n");
            }
            None => report(&mut bytes, &name(source), &text, &article).expect("writing to memory cannot fail"),
        }
        Ok((bytes, None))
    };
    let mut index = Vec::new();
    let mut emit = |source: &Source,
                    result: Result<(Vec<u8>, Option<govfacts::html::IndexEntry>), String>,
                    out: &mut io::BufWriter<io::StdoutLock<'_>>| {
        let (bytes, entry) = result?;
        if let Some(dir) = &opts.html_dir {
            index.extend(entry);
            return write_whole(dir, &format!("{}.html", stem(source)), &bytes)
                .map_err(|e| format!("{}: cannot write {}: {e}", name(source), dir.display()));
        }
        match &opts.json_dir {
            Some(dir) => write_whole(dir, &format!("{}.json", stem(source)), &bytes)
                .map_err(|e| format!("{}: cannot write {}: {e}", name(source), dir.display())),
            None => out.write_all(&bytes).map_err(|e| format!("<stdout>: {e}")),
        }
    };
    in_order(&sources, opts.jobs, work, |source, result| {
        if let Err(msg) = emit(source, result, &mut out) {
            errors.push(msg);
        }
    });
    if let Some(dir) = &opts.html_dir {
        let page = govfacts::html::render_index(&index);
        if let Err(e) = write_whole(dir, "index.html", page.as_bytes()) {
            errors.push(format!("{}: cannot write index.html: {e}", dir.display()));
        }
    }
    let _ = out.flush();
    for e in &errors {
        eprintln!("extract: {e}");
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
