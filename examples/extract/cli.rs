//! The command line, declared with clap's derive: every option, its
//! default and how options combine.

use std::path::PathBuf;

use clap::parser::ValueSource;
use clap::{ArgGroup, CommandFactory, FromArgMatches, Parser};

/// Extracts typed, evidence-backed facts from English-language news about
/// Chinese local government: a readable report per input, or JSON
/// (`--json-dir`, `--jsonl`), or review pages (`--html`).
#[derive(Debug, Parser)]
#[command(name = "extract", version)]
#[command(group(ArgGroup::new("mode").args(["json_dir", "jsonl", "html"])))]
pub struct Cli {
    /// Input files, directories (every .txt inside, sorted) or - for
    /// standard input
    #[arg(value_name = "INPUT", required_unless_present = "input_jsonl")]
    pub inputs: Vec<String>,

    /// Read the articles from a JSON Lines file (or - for standard input):
    /// one JSON object per line with the text, an id and an optional date
    #[arg(long, value_name = "FILE", conflicts_with = "inputs")]
    pub input_jsonl: Option<String>,

    /// With --input-jsonl: the field that holds the article's text
    #[arg(long, value_name = "NAME", default_value = "text", requires = "input_jsonl")]
    pub text_field: String,

    /// With --input-jsonl: the field that holds the article's id (a string
    /// or a number; optional)
    #[arg(long, value_name = "NAME", default_value = "id", requires = "input_jsonl")]
    pub id_field: String,

    /// With --input-jsonl: the field that holds the publication date
    /// (YYYY-MM-DD, or a timestamp that starts with one; optional). Relative
    /// dates in the text resolve against it
    #[arg(long, value_name = "NAME", default_value = "published", requires = "input_jsonl")]
    pub date_field: String,

    /// Write each input's article as DIR/<stem>.json (the file's stem, or
    /// the JSON Lines id)
    #[arg(long, value_name = "DIR")]
    pub json_dir: Option<PathBuf>,

    /// Write one JSON line per input: {"path": ..., "article": ...}, or
    /// {"id": ..., "line": ..., "article": ...} for --input-jsonl
    #[arg(long)]
    pub jsonl: bool,

    /// Write a review page per input and DIR/index.html
    #[arg(long, value_name = "DIR")]
    pub html: Option<PathBuf>,

    /// Write the JSON lines or the report to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE", conflicts_with_all = ["json_dir", "html"])]
    pub output: Option<PathBuf>,

    /// Continue a run that was stopped: with --json-dir, inputs whose JSON
    /// exists are skipped; with --jsonl --output FILE, FILE's complete
    /// lines are kept, a partial last line is cut off and the run goes on
    /// after the last complete item
    #[arg(long)]
    pub resume: bool,

    /// Also write the officials' roster (who held which post, when, on what
    /// evidence) as CSV, one row per spell
    #[arg(long, value_name = "FILE")]
    pub roster: Option<PathBuf>,

    /// Also write the roster as JSON
    #[arg(long, value_name = "FILE")]
    pub roster_json: Option<PathBuf>,

    /// Extract N inputs at a time (output stays in input order)
    #[arg(long, value_name = "N", default_value_t = default_jobs(), value_parser = parse_jobs)]
    pub jobs: usize,

    /// Show progress on standard error even when it is not a terminal (one
    /// plain line every few seconds)
    #[arg(long, conflicts_with = "quiet")]
    pub progress: bool,

    /// No progress and no summary (errors are still reported)
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn parse_jobs(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("not a positive number: {s}")),
    }
}

impl Cli {
    /// Parses the command line; on a bad one, prints clap's error naming
    /// the option and exits with status 2.
    pub fn parse_checked() -> Cli {
        let matches = Cli::command().get_matches();
        let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
        let refuse = |msg: &str| -> ! {
            Cli::command()
                .error(clap::error::ErrorKind::ArgumentConflict, msg)
                .exit()
        };
        // `requires` does not see options left at their defaults; these
        // are checked by where their value came from.
        for field in ["text_field", "id_field", "date_field"] {
            if cli.input_jsonl.is_none() && matches.value_source(field) == Some(ValueSource::CommandLine) {
                refuse(&format!(
                    "--{} only applies with --input-jsonl",
                    field.replace('_', "-")
                ));
            }
        }
        if cli.resume && !(cli.json_dir.is_some() || (cli.jsonl && cli.output.is_some())) {
            refuse("--resume needs --json-dir DIR, or --jsonl with --output FILE");
        }
        cli
    }
}
