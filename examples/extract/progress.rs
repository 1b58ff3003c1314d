//! Progress while a run is long (indicatif, on standard error) and the
//! summary at its end.

use std::collections::BTreeMap;
use std::fmt;
use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use govfacts::Article;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle, TermLike};

use crate::input::Reason;

/// What the progress display counts towards.
#[derive(Clone, Copy, Debug)]
pub enum Total {
    /// A known number of inputs (files).
    Items(u64),
    /// A known number of input bytes (a JSON Lines file).
    Bytes(u64),
    /// Unknown (a JSON Lines stream on standard input).
    Unknown,
}

/// The progress display: a bar on a terminal, plain lines every few
/// seconds when forced onto a log, nothing otherwise.
#[derive(Debug)]
pub struct Progress {
    bar: ProgressBar,
    total: Total,
}

impl Progress {
    /// `forced`: `--progress`; `quiet`: `--quiet`.
    pub fn new(total: Total, forced: bool, quiet: bool) -> Progress {
        let terminal = std::io::stderr().is_terminal();
        let (target, bar_width) = if quiet {
            (ProgressDrawTarget::hidden(), "")
        } else if terminal {
            (ProgressDrawTarget::stderr_with_hz(4), "[{wide_bar}] ")
        } else if forced {
            (
                ProgressDrawTarget::term_like(Box::new(LogLines::every(Duration::from_secs(5)))),
                "",
            )
        } else {
            (ProgressDrawTarget::hidden(), "")
        };
        let (len, template) = match total {
            Total::Items(n) => (
                Some(n),
                format!("{{elapsed_precise}} {bar_width}{{pos}}/{{len}} inputs, {{msg}}, ETA {{eta}}"),
            ),
            Total::Bytes(n) => (
                Some(n),
                format!("{{elapsed_precise}} {bar_width}{{bytes}}/{{total_bytes}}, {{msg}}, ETA {{eta}}"),
            ),
            Total::Unknown => (None, "{elapsed_precise} {bytes} read, {msg}".to_string()),
        };
        let bar = ProgressBar::with_draw_target(len, target)
            .with_style(ProgressStyle::with_template(&template).expect("progress templates are valid"));
        Progress { bar, total }
    }

    /// One more input finished (`bytes` read for it), with the run's
    /// summary so far.
    pub fn advance(&self, bytes: u64, summary: &Summary) {
        let elapsed = summary.started.elapsed().as_secs_f64().max(1e-9);
        let mb = summary.bytes as f64 / 1e6;
        let msg = match self.total {
            Total::Items(_) => format!("{mb:.1} MB, {:.1} MB/s", mb / elapsed),
            _ => format!("{} inputs, {:.1} MB/s", summary.inputs, mb / elapsed),
        };
        self.bar.set_message(msg);
        match self.total {
            Total::Items(_) => self.bar.inc(1),
            Total::Bytes(_) | Total::Unknown => self.bar.inc(bytes),
        }
    }

    /// Prints a line above the bar (errors), or plainly when it is hidden.
    pub fn println(&self, line: &str) {
        if self.bar.is_hidden() {
            eprintln!("{line}");
        } else {
            self.bar.suspend(|| eprintln!("{line}"));
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// A TermLike for logs: each redraw becomes one plain line, at most one
/// per interval, with no cursor movement.
#[derive(Debug)]
struct LogLines {
    every: Duration,
    state: Mutex<(String, Option<Instant>)>,
}

impl LogLines {
    fn every(every: Duration) -> LogLines {
        LogLines {
            every,
            state: Mutex::new((String::new(), None)),
        }
    }
}

impl TermLike for LogLines {
    fn width(&self) -> u16 {
        120
    }
    fn move_cursor_up(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn move_cursor_down(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn move_cursor_right(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn move_cursor_left(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn write_line(&self, s: &str) -> std::io::Result<()> {
        self.write_str(s)
    }
    fn write_str(&self, s: &str) -> std::io::Result<()> {
        self.state.lock().expect("no panics while drawing").0.push_str(s);
        Ok(())
    }
    fn clear_line(&self) -> std::io::Result<()> {
        Ok(())
    }
    fn flush(&self) -> std::io::Result<()> {
        let mut state = self.state.lock().expect("no panics while drawing");
        let line = std::mem::take(&mut state.0);
        let line = line.trim_matches(|c: char| c == '\r' || c.is_whitespace());
        let due = state.1.map_or(true, |t| t.elapsed() >= self.every);
        if !line.is_empty() && due {
            eprintln!("extract: progress {line}");
            state.1 = Some(Instant::now());
        }
        Ok(())
    }
}

/// Counts of a run, printed at its end.
#[derive(Debug)]
pub struct Summary {
    pub started: Instant,
    /// Inputs read (JSON Lines: non-blank lines), including skipped ones.
    pub inputs: u64,
    /// Articles extracted and written.
    pub extracted: u64,
    /// Inputs a resumed run found already done.
    pub already_done: u64,
    /// Skipped inputs by reason.
    pub skipped: BTreeMap<Reason, u64>,
    /// Bytes of text (or JSON lines) read.
    pub bytes: u64,
    /// Facts by kind, in [`FACT_KINDS`] order.
    pub facts: [u64; 8],
}

/// The fact kinds the summary counts.
pub const FACT_KINDS: [&str; 8] = [
    "people",
    "positions",
    "events",
    "participants",
    "targets",
    "initiatives",
    "organizations",
    "places",
];

impl Summary {
    pub fn new() -> Summary {
        Summary {
            started: Instant::now(),
            inputs: 0,
            extracted: 0,
            already_done: 0,
            skipped: BTreeMap::new(),
            bytes: 0,
            facts: [0; 8],
        }
    }

    /// Adds an extracted article's facts (from [`fact_counts`]).
    pub fn add_article(&mut self, facts: [u64; 8]) {
        self.extracted += 1;
        for (total, n) in self.facts.iter_mut().zip(facts) {
            *total += n;
        }
    }

    /// Adds a skipped input.
    pub fn add_skip(&mut self, reason: Reason) {
        *self.skipped.entry(reason).or_default() += 1;
    }

    /// How many inputs were skipped.
    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }
}

/// An article's facts by kind, in [`FACT_KINDS`] order.
pub fn fact_counts(a: &Article) -> [u64; 8] {
    [
        a.people.len(),
        a.people.iter().map(|p| p.positions.len()).sum(),
        a.events.len(),
        a.events.iter().map(|e| e.participants.len()).sum(),
        a.targets.len(),
        a.initiatives.len(),
        a.organizations.len(),
        a.places.len(),
    ]
    .map(|n| n as u64)
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.started.elapsed().as_secs_f64();
        write!(
            f,
            "extract: summary: {} inputs read, {} articles extracted",
            self.inputs, self.extracted
        )?;
        if self.already_done > 0 {
            write!(f, ", {} already done (resumed)", self.already_done)?;
        }
        write!(f, ", {} skipped", self.skipped_total())?;
        if !self.skipped.is_empty() {
            let why: Vec<String> = self.skipped.iter().map(|(r, n)| format!("{n} {}", r.label())).collect();
            write!(f, " ({})", why.join(", "))?;
        }
        writeln!(f)?;
        let facts: Vec<String> = FACT_KINDS
            .iter()
            .zip(self.facts)
            .map(|(k, n)| format!("{n} {k}"))
            .collect();
        writeln!(f, "extract: facts: {}", facts.join(", "))?;
        let mb = self.bytes as f64 / 1e6;
        write!(f, "extract: {mb:.2} MB in {secs:.2} s, {:.2} MB/s", mb / secs.max(1e-9))
    }
}
