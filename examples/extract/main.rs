//! Prints the facts of each input article, or writes them as JSON or
//! review pages; runs whole corpora. `extract --help` lists every option.
//!
//! ```text
//! cargo run --release --example extract -- [OPTIONS] INPUT...
//! cargo run --release --example extract -- --input-jsonl corpus.jsonl --jsonl -o facts.jsonl [--resume]
//! ```
//!
//! An INPUT is a file, a directory (every `.txt` inside, sorted) or `-` for
//! standard input; `--input-jsonl FILE` reads articles from JSON Lines
//! instead (`--text-field`, `--id-field`, `--date-field`; the date feeds
//! [`govfacts::Extractor::published`]). Without an output option, a
//! readable report per input lists each fact with its rule and evidence.
//! `--json-dir DIR` writes each [`govfacts::Article`] to
//! `DIR/<stem>.json`, whole: to a temporary file that is then renamed, so a
//! failure never leaves a half-written JSON. `--jsonl` writes one line per
//! input (`{"path": ..., "article": ...}`, or `{"id": ..., "line": ...,
//! "article": ...}` from JSON Lines) to standard output or `--output FILE`.
//! `--html DIR` writes a review page per input and `DIR/index.html`.
//!
//! An input that cannot be used (unreadable, not UTF-8, a JSON line that is
//! not an object with a string text, a bad id or date) is reported with its
//! name or line number and skipped; the others still run, and the exit
//! status is 1. A summary (inputs, articles, facts by kind, skips by
//! reason, bytes, time) ends every run on standard error, and progress is
//! shown there while a run is long (on a terminal, or with `--progress`).
//!
//! `--resume` continues a stopped run: with `--json-dir`, inputs whose JSON
//! exists are skipped; with `--jsonl --output FILE`, FILE's complete lines
//! are kept, a partial last line is cut off and the run goes on after the
//! last complete item, so a run killed at any moment loses nothing.
//!
//! `--jobs N` (default: all cores) extracts N inputs at a time; output stays
//! in input order and memory is bounded by the inputs in flight, not the
//! corpus. The library itself is single-threaded and free of I/O; threads,
//! files and these options live here.

mod cli;
mod input;
mod order;
mod output;
mod progress;
mod report;

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, BufReader, Write};

use std::process::ExitCode;

use govfacts::html::IndexEntry;
use govfacts::roster::RosterBuilder;
use govfacts::{Article, Extractor};
use serde_json::Value;

use cli::Cli;
use input::{Fields, Item, Key, Loaded, Reason, Skip};
use progress::{Progress, Summary, Total};

/// An extracted input, rendered for the chosen output.
struct Rendered {
    key: Key,
    stem: String,
    /// What to write.
    bytes: Vec<u8>,
    entry: Option<IndexEntry>,
    facts: [u64; 8],
    input_bytes: u64,
    /// The article, kept for the roster when one is asked for.
    article: Option<Article>,
}

/// What became of one input.
enum Outcome {
    Done(Box<Rendered>),
    /// A resumed run found it done already.
    AlreadyDone {
        input_bytes: u64,
        /// For the roster: the article an earlier run wrote, read back.
        earlier: Option<Box<(String, Article)>>,
    },
    Skipped {
        skip: Skip,
        input_bytes: u64,
    },
}

/// Where a resumed JSON Lines output ends: items up to here are done.
#[derive(Clone, Copy, Debug)]
enum DoneUpTo {
    Nothing,
    /// File inputs: the index of the last item written.
    Index(usize),
    /// JSON Lines input: the line number of the last item written.
    Line(u64),
}

fn main() -> ExitCode {
    let cli = Cli::parse_checked();
    match run(&cli) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("extract: {msg}");
            ExitCode::FAILURE
        }
    }
}

/// The whole run. An error here stops it (an output that cannot be
/// created or written); a bad input only skips that input.
fn run(cli: &Cli) -> Result<ExitCode, String> {
    let out_dir = cli.json_dir.as_ref().or(cli.html.as_ref());
    if let Some(dir) = out_dir {
        fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create output directory: {e}", dir.display()))?;
        if cli.resume {
            output::remove_stale_temporaries(dir)
                .map_err(|e| format!("{}: cannot clear temporary files: {e}", dir.display()))?;
        }
    }
    let mut setup_errors = Vec::new();
    let (items, total, file_items): (Box<dyn Iterator<Item = Item> + Send>, Total, Option<Vec<String>>) =
        match &cli.input_jsonl {
            Some(src) if src == "-" => (
                Box::new(input::JsonLines::new(Box::new(BufReader::new(io::stdin())), "<stdin>")),
                Total::Unknown,
                None,
            ),
            Some(src) => {
                let file = File::open(src).map_err(|e| format!("{src}: cannot open: {e}"))?;
                let len = file.metadata().map(|m| m.len()).unwrap_or(0);
                (
                    Box::new(input::JsonLines::new(Box::new(BufReader::new(file)), src)),
                    Total::Bytes(len),
                    None,
                )
            }
            None => {
                let items = input::expand(&cli.inputs, &mut setup_errors);
                let names: Vec<String> = items.iter().map(|i| input::file_key(i).0.display()).collect();
                let total = Total::Items(names.len() as u64);
                (Box::new(items.into_iter()), total, Some(names))
            }
        };

    // The roster, when asked for: every article of the run, including
    // those a resumed run finds done (read back from the output).
    let wants_roster = cli.roster.is_some() || cli.roster_json.is_some();
    let mut roster = RosterBuilder::new();

    // The output stream (JSON lines or the report), resumed if asked.
    let mut done_up_to = DoneUpTo::Nothing;
    let sink: Box<dyn Write> = match &cli.output {
        Some(path) if cli.resume => {
            let (file, kept) =
                output::open_resumed(path).map_err(|e| format!("{}: cannot resume: {e}", path.display()))?;
            done_up_to = resume_point(&kept, file_items.as_deref())
                .map_err(|e| format!("{}: cannot resume: {e}", path.display()))?;
            if wants_roster {
                roster_from_output(path, &mut roster)
                    .map_err(|e| format!("{}: cannot read back for the roster: {e}", path.display()))?;
            }
            if !cli.quiet {
                eprintln!(
                    "extract: resuming {}: {} complete lines kept{}",
                    path.display(),
                    kept.lines,
                    if kept.cut > 0 {
                        format!(", a partial last line of {} bytes cut off", kept.cut)
                    } else {
                        String::new()
                    }
                );
            }
            Box::new(file)
        }
        Some(path) => Box::new(File::create(path).map_err(|e| format!("{}: cannot create: {e}", path.display()))?),
        None => Box::new(io::stdout().lock()),
    };
    let mut sink = io::BufWriter::with_capacity(1 << 16, sink);
    let output_name = cli
        .output
        .as_ref()
        .map_or("<stdout>".to_string(), |p| p.display().to_string());

    let progress = Progress::new(total, cli.progress, cli.quiet);
    let mut summary = Summary::new();
    for e in &setup_errors {
        progress.println(&format!("extract: {e}"));
    }

    // Standard input (as a file input) is read once, before the workers.
    let stdin_text = file_items
        .as_ref()
        .is_some_and(|names| names.iter().any(|n| n == "<stdin>"))
        .then(|| input::read_text(&Item::Stdin).map_err(|s| (s.reason, s.message)));
    let fields = Fields {
        text: cli.text_field.clone(),
        id: cli.id_field.clone(),
        date: cli.date_field.clone(),
    };
    let work = |(index, item): (usize, Item)| -> Outcome {
        let input_bytes = match &item {
            Item::Line { raw, .. } => raw.len() as u64,
            _ => 0,
        };
        let skipped = |skip| Outcome::Skipped { skip, input_bytes };
        let exists = |stem: &str| {
            cli.resume
                && cli
                    .json_dir
                    .as_ref()
                    .is_some_and(|d| d.join(format!("{stem}.json")).exists())
        };
        // An input an earlier run wrote into --json-dir: its article, read
        // back for the roster.
        let done_in_dir = |key: Key, stem: &str| -> Outcome {
            let earlier = match (wants_roster, &cli.json_dir) {
                (true, Some(dir)) => {
                    let path = dir.join(format!("{stem}.json"));
                    let read = fs::read(&path)
                        .map_err(|e| e.to_string())
                        .and_then(|b| serde_json::from_slice::<Article>(&b).map_err(|e| e.to_string()));
                    match read {
                        Ok(a) => Some(Box::new((key.doc_id(), a))),
                        Err(e) => {
                            let msg = format!("{}: cannot read back for the roster: {e}", path.display());
                            return skipped(Skip::new(Reason::Unreadable, msg));
                        }
                    }
                }
                _ => None,
            };
            Outcome::AlreadyDone { input_bytes, earlier }
        };
        let loaded = match item {
            Item::ReadFailed(msg) => return skipped(Skip::new(Reason::Unreadable, msg)),
            Item::Line { number, raw } => {
                if matches!(done_up_to, DoneUpTo::Line(n) if number <= n) {
                    return Outcome::AlreadyDone {
                        input_bytes,
                        earlier: None,
                    };
                }
                match input::parse_line(number, &raw, &fields) {
                    Ok(l) if exists(&l.stem) => return done_in_dir(l.key, &l.stem),
                    Ok(l) => l,
                    Err(skip) => return skipped(skip),
                }
            }
            item => {
                let (key, stem) = input::file_key(&item);
                if matches!(done_up_to, DoneUpTo::Index(i) if index <= i) {
                    return Outcome::AlreadyDone {
                        input_bytes,
                        earlier: None,
                    };
                }
                if exists(&stem) {
                    return done_in_dir(key, &stem);
                }
                let text = match (&item, &stdin_text) {
                    (Item::Stdin, Some(Ok(t))) => t.clone(),
                    (Item::Stdin, Some(Err((reason, msg)))) => return skipped(Skip::new(*reason, msg.clone())),
                    _ => match input::read_text(&item) {
                        Ok(t) => t,
                        Err(skip) => return skipped(skip),
                    },
                };
                Loaded {
                    key,
                    stem,
                    text,
                    published: None,
                }
            }
        };
        render(cli, loaded, wants_roster)
    };

    let mut stems = HashSet::new();
    let mut index = Vec::new();
    let mut fatal = None;
    let emit = |outcome: Outcome| -> bool {
        summary.inputs += 1;
        let input_bytes = match outcome {
            Outcome::AlreadyDone { input_bytes, earlier } => {
                summary.already_done += 1;
                if let Some(earlier) = earlier {
                    roster.add(&earlier.0, &earlier.1);
                }
                input_bytes
            }
            Outcome::Skipped { skip, input_bytes } => {
                summary.add_skip(skip.reason);
                progress.println(&format!("extract: {}", skip.message));
                input_bytes
            }
            Outcome::Done(rendered) => {
                let Rendered {
                    key,
                    stem,
                    bytes,
                    entry,
                    facts,
                    input_bytes,
                    article,
                } = *rendered;
                let written = match out_dir {
                    Some(dir) => {
                        let file = format!("{stem}.{}", if cli.html.is_some() { "html" } else { "json" });
                        if !stems.insert(stem) {
                            Err(Skip::new(
                                Reason::SameOutput,
                                format!("{}: not written: an earlier input was written as {file}", key.display()),
                            ))
                        } else {
                            output::write_whole(dir, &file, &bytes).map_err(|e| {
                                Skip::new(
                                    Reason::WriteFailed,
                                    format!("{}: cannot write {}: {e}", key.display(), dir.join(&file).display()),
                                )
                            })
                        }
                    }
                    None => {
                        if let Err(e) = sink.write_all(&bytes) {
                            fatal = Some(format!("{output_name}: cannot write: {e}"));
                            return false;
                        }
                        Ok(())
                    }
                };
                match written {
                    Ok(()) => {
                        if let Some(article) = &article {
                            roster.add(&key.doc_id(), article);
                        }
                        summary.add_article(facts);
                        summary.bytes += input_bytes;
                        index.extend(entry);
                    }
                    Err(skip) => {
                        summary.add_skip(skip.reason);
                        progress.println(&format!("extract: {}", skip.message));
                    }
                }
                input_bytes
            }
        };
        progress.advance(input_bytes, &summary);
        true
    };
    order::in_order(items.enumerate(), cli.jobs, work, emit);

    if let Some(dir) = &cli.html {
        let page = govfacts::html::render_index(&index);
        if let Err(e) = output::write_whole(dir, "index.html", page.as_bytes()) {
            fatal.get_or_insert(format!("{}: cannot write index.html: {e}", dir.display()));
        }
    }
    if wants_roster {
        let built = roster.build();
        let files = [
            (&cli.roster, built.to_csv().into_bytes()),
            (
                &cli.roster_json,
                serde_json::to_vec_pretty(&built).expect("rosters always serialise"),
            ),
        ];
        for (path, bytes) in files {
            let Some(path) = path else { continue };
            if let Err(e) = write_file_whole(path, &bytes) {
                fatal.get_or_insert(format!("{}: cannot write the roster: {e}", path.display()));
            }
        }
    }
    if let Err(e) = sink.flush() {
        fatal.get_or_insert(format!("{output_name}: cannot write: {e}"));
    }
    progress.finish();
    if let Some(msg) = &fatal {
        eprintln!("extract: {msg}");
    }
    if !cli.quiet {
        eprintln!("{summary}");
    }
    let clean = fatal.is_none() && setup_errors.is_empty() && summary.skipped_total() == 0;
    Ok(if clean { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// Writes `bytes` to `path` whole (a temporary file beside it, renamed).
fn write_file_whole(path: &std::path::Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => std::path::Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    output::write_whole(dir, &name.to_string_lossy(), bytes)
}

/// Adds every article of a resumed `--jsonl` output file to the roster.
fn roster_from_output(path: &std::path::Path, roster: &mut RosterBuilder) -> Result<(), String> {
    let file = File::open(path).map_err(|e| e.to_string())?;
    for (i, line) in io::BufRead::lines(BufReader::new(file)).enumerate() {
        let line = line.map_err(|e| e.to_string())?;
        let value: Value = serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", i + 1))?;
        let key = Key::of_output_line(&value).ok_or_else(|| format!("line {}: no path or line number", i + 1))?;
        let article: Article =
            serde_json::from_value(value["article"].clone()).map_err(|e| format!("line {}: {e}", i + 1))?;
        roster.add(&key.doc_id(), &article);
    }
    Ok(())
}

/// Extracts one input and renders it for the chosen output (and keeps the
/// article when the roster needs it).
fn render(cli: &Cli, loaded: Loaded, keep_article: bool) -> Outcome {
    let Loaded {
        key,
        stem,
        text,
        published,
    } = loaded;
    let extractor = match published {
        Some(d) => Extractor::new().published(d),
        None => Extractor::new(),
    };
    let article = extractor.extract(&text);
    let facts = progress::fact_counts(&article);
    let name = key.display();
    let mut bytes = Vec::new();
    let mut entry = None;
    if cli.html.is_some() {
        let page = format!("{stem}.html");
        entry = Some(IndexEntry::new(&page, &name, &article));
        bytes = govfacts::html::render(&text, &article, &name).into_bytes();
    } else if cli.json_dir.is_some() {
        serde_json::to_writer_pretty(&mut bytes, &article).expect("articles always serialise");
    } else if cli.jsonl {
        // One line, the input's key first, then the article in schema order.
        match &key {
            Key::Path(p) => {
                bytes.extend_from_slice(b"{\"path\":");
                serde_json::to_writer(&mut bytes, p).expect("strings serialise");
            }
            Key::Line { id, number } => {
                bytes.extend_from_slice(b"{\"id\":");
                serde_json::to_writer(&mut bytes, id.as_ref().unwrap_or(&Value::Null)).expect("values serialise");
                bytes.extend_from_slice(format!(",\"line\":{number}").as_bytes());
            }
        }
        bytes.extend_from_slice(b",\"article\":");
        serde_json::to_writer(&mut bytes, &article).expect("articles always serialise");
        bytes.extend_from_slice(b"}\n");
    } else {
        report::report(&mut bytes, &name, &text, &article).expect("writing to memory cannot fail");
    }
    Outcome::Done(Box::new(Rendered {
        key,
        stem,
        bytes,
        entry,
        facts,
        input_bytes: text.len() as u64,
        article: keep_article.then_some(article),
    }))
}

/// Where a resumed JSON Lines output's last complete line says the run
/// got to. File inputs: the last line's path, looked up from the
/// position its line count allows (each earlier line is an earlier input).
fn resume_point(kept: &output::Kept, file_items: Option<&[String]>) -> Result<DoneUpTo, String> {
    let Some(last) = &kept.last else {
        return Ok(DoneUpTo::Nothing);
    };
    match file_items {
        None => last
            .get("line")
            .and_then(Value::as_u64)
            .map(DoneUpTo::Line)
            .ok_or_else(|| "its last line has no \"line\" number: not written from --input-jsonl".to_string()),
        Some(names) => {
            let path = last
                .get("path")
                .and_then(Value::as_str)
                .ok_or("its last line has no \"path\": not written from file inputs")?;
            let from = (kept.lines as usize).saturating_sub(1);
            names
                .iter()
                .skip(from)
                .position(|n| n == path)
                .map(|i| DoneUpTo::Index(from + i))
                .ok_or_else(|| format!("its last line's input {path} is not among this run's inputs"))
        }
    }
}
