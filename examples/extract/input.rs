//! Where articles come from: files, directories and standard input, or the
//! lines of a JSON Lines file; and what makes an input unusable.

use std::fs;
use std::io::{self, BufRead, Read};
use std::path::PathBuf;

use govfacts::Date;
use serde_json::Value;

/// One input, as the reader hands it to a worker.
#[derive(Debug)]
pub enum Item {
    /// Standard input, read once before the workers start.
    Stdin,
    /// A file, read by the worker.
    File(PathBuf),
    /// A line of the JSON Lines input (1-based number), not yet parsed.
    Line { number: u64, raw: Vec<u8> },
    /// Reading the JSON Lines input failed here; nothing after it is read.
    ReadFailed(String),
}

/// Why an input was skipped, for the summary's counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    Unreadable,
    NotUtf8,
    BadJson,
    MissingText,
    TextNotString,
    BadId,
    BadDate,
    SameOutput,
    WriteFailed,
}

impl Reason {
    /// How the summary names it.
    pub fn label(self) -> &'static str {
        match self {
            Reason::Unreadable => "unreadable",
            Reason::NotUtf8 => "not UTF-8",
            Reason::BadJson => "bad JSON",
            Reason::MissingText => "no text field",
            Reason::TextNotString => "text not a string",
            Reason::BadId => "bad id",
            Reason::BadDate => "bad date",
            Reason::SameOutput => "same output name as an earlier input",
            Reason::WriteFailed => "output not written",
        }
    }
}

/// An input that was skipped: why, and a message that names it.
#[derive(Debug)]
pub struct Skip {
    pub reason: Reason,
    pub message: String,
}

impl Skip {
    pub fn new(reason: Reason, message: String) -> Skip {
        Skip { reason, message }
    }
}

/// Who an article is, in the output: a path, or a JSON Lines id and line.
#[derive(Clone, Debug)]
pub enum Key {
    Path(String),
    Line { id: Option<Value>, number: u64 },
}

impl Key {
    /// The document id the roster cites: the path, the JSON Lines id, or
    /// "line N" for a line without one.
    pub fn doc_id(&self) -> String {
        match self {
            Key::Path(p) => p.clone(),
            Key::Line {
                id: Some(Value::String(s)),
                ..
            } => s.clone(),
            Key::Line { id: Some(v), .. } => v.to_string(),
            Key::Line { id: None, number } => format!("line {number}"),
        }
    }

    /// The key a JSON line of this program's `--jsonl` output carries.
    pub fn of_output_line(line: &Value) -> Option<Key> {
        if let Some(p) = line.get("path").and_then(Value::as_str) {
            return Some(Key::Path(p.to_string()));
        }
        let number = line.get("line").and_then(Value::as_u64)?;
        let id = line.get("id").filter(|v| !v.is_null()).cloned();
        Some(Key::Line { id, number })
    }

    /// How messages and the report name the input.
    pub fn display(&self) -> String {
        match self {
            Key::Line { id: Some(_), number } => format!("line {number} (id {})", self.doc_id()),
            _ => self.doc_id(),
        }
    }
}

/// An input ready for extraction.
#[derive(Debug)]
pub struct Loaded {
    pub key: Key,
    /// The output file name without extension.
    pub stem: String,
    pub text: String,
    pub published: Option<Date>,
}

/// The JSON Lines field names (`--text-field` etc.).
#[derive(Clone, Debug)]
pub struct Fields {
    pub text: String,
    pub id: String,
    pub date: String,
}

/// Files, directories (every `.txt` inside, sorted) and `-`, expanded in
/// the order given. A directory that cannot be listed is an error message.
pub fn expand(inputs: &[String], errors: &mut Vec<String>) -> Vec<Item> {
    let mut out = Vec::new();
    for input in inputs {
        if input == "-" {
            out.push(Item::Stdin);
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
                    out.extend(files.into_iter().map(Item::File));
                }
                Err(e) => errors.push(format!("{}: cannot list directory: {e}", path.display())),
            }
        } else {
            out.push(Item::File(path));
        }
    }
    out
}

/// The lines of a JSON Lines input, one [`Item::Line`] each (blank lines
/// are passed over). Bytes are counted for progress.
pub struct JsonLines {
    reader: Box<dyn BufRead + Send>,
    name: String,
    number: u64,
    done: bool,
}

impl JsonLines {
    pub fn new(reader: Box<dyn BufRead + Send>, name: &str) -> JsonLines {
        JsonLines {
            reader,
            name: name.to_string(),
            number: 0,
            done: false,
        }
    }
}

impl Iterator for JsonLines {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            let mut raw = Vec::new();
            match self.reader.read_until(b'\n', &mut raw) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    self.number += 1;
                    if raw.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Item::Line {
                        number: self.number,
                        raw,
                    });
                }
                Err(e) => {
                    self.done = true;
                    return Some(Item::ReadFailed(format!(
                        "{}: cannot read after line {}: {e}",
                        self.name, self.number
                    )));
                }
            }
        }
        None
    }
}

/// Reads a file or standard input whole, as UTF-8.
pub fn read_text(item: &Item) -> Result<String, Skip> {
    let (name, bytes) = match item {
        Item::Stdin => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| Skip::new(Reason::Unreadable, format!("<stdin>: cannot read: {e}")))?;
            ("<stdin>".to_string(), buf)
        }
        Item::File(p) => {
            let bytes =
                fs::read(p).map_err(|e| Skip::new(Reason::Unreadable, format!("{}: cannot read: {e}", p.display())))?;
            (p.display().to_string(), bytes)
        }
        Item::Line { .. } | Item::ReadFailed(_) => unreachable!("only files and stdin are read whole"),
    };
    String::from_utf8(bytes).map_err(|e| {
        Skip::new(
            Reason::NotUtf8,
            format!(
                "{name}: not UTF-8: invalid byte at offset {}",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

/// The key and output stem of a file input, known before it is read.
pub fn file_key(item: &Item) -> (Key, String) {
    match item {
        Item::File(p) => (
            Key::Path(p.display().to_string()),
            p.file_stem()
                .map_or("article".into(), |s| s.to_string_lossy().into_owned()),
        ),
        _ => (Key::Path("<stdin>".into()), "stdin".into()),
    }
}

/// Parses one JSON Lines input line: an object with a string text field,
/// an optional string or number id and an optional date.
pub fn parse_line(number: u64, raw: &[u8], fields: &Fields) -> Result<Loaded, Skip> {
    let at = |reason, msg: String| Skip::new(reason, format!("line {number}: {msg}"));
    let raw = std::str::from_utf8(raw).map_err(|e| {
        at(
            Reason::NotUtf8,
            format!("not UTF-8: invalid byte at offset {}", e.valid_up_to()),
        )
    })?;
    let value: Value = serde_json::from_str(raw).map_err(|e| at(Reason::BadJson, format!("not JSON: {e}")))?;
    let Value::Object(mut object) = value else {
        return Err(at(Reason::BadJson, "not a JSON object".into()));
    };
    let text = match object.remove(&fields.text) {
        Some(Value::String(s)) => s,
        None => return Err(at(Reason::MissingText, format!("no \"{}\" field", fields.text))),
        Some(other) => {
            return Err(at(
                Reason::TextNotString,
                format!("field \"{}\" is {}, not a string", fields.text, kind(&other)),
            ))
        }
    };
    let id = match object.remove(&fields.id) {
        None | Some(Value::Null) => None,
        Some(v @ (Value::String(_) | Value::Number(_))) => Some(v),
        Some(other) => {
            return Err(at(
                Reason::BadId,
                format!("field \"{}\" is {}, not a string or number", fields.id, kind(&other)),
            ))
        }
    };
    let published = match object.get(&fields.date) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(parse_date(s).ok_or_else(|| {
            at(
                Reason::BadDate,
                format!("field \"{}\" is not a date (YYYY-MM-DD): {s:?}", fields.date),
            )
        })?),
        Some(other) => {
            return Err(at(
                Reason::BadDate,
                format!("field \"{}\" is {}, not a date string", fields.date, kind(other)),
            ))
        }
    };
    let stem = match &id {
        Some(Value::String(s)) => file_safe(s),
        Some(v) => file_safe(&v.to_string()),
        None => None,
    }
    .unwrap_or_else(|| format!("line-{number}"));
    Ok(Loaded {
        key: Key::Line { id, number },
        stem,
        text,
        published,
    })
}

/// A date, or a timestamp that starts with one ("2024-02-20T08:00:00Z",
/// "2024-02-20 08:00").
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let day = match s.as_bytes().get(10) {
        None => s,
        Some(b'T' | b' ') => &s[..10],
        Some(_) => return None,
    };
    day.parse().ok()
}

/// An id as a file name: letters, digits, '.', '-' and '_' kept, anything
/// else '_', at most 100 bytes, never starting with '.'. None when nothing
/// is left.
fn file_safe(id: &str) -> Option<String> {
    let mut s: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    if s.starts_with('.') {
        s.replace_range(..1, "_");
    }
    (!s.is_empty()).then_some(s)
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> Fields {
        Fields {
            text: "text".into(),
            id: "id".into(),
            date: "published".into(),
        }
    }

    #[test]
    fn a_good_line_gives_text_id_date_and_stem() {
        let l = parse_line(
            3,
            br#"{"id": "a/7", "text": "T.", "published": "2024-02-20T08:00:00Z"}"#,
            &fields(),
        )
        .unwrap();
        assert_eq!(l.text, "T.");
        assert_eq!(l.stem, "a_7");
        assert_eq!(l.published, Some(Date::new(2024, 2, 20).unwrap()));
        let l = parse_line(4, br#"{"text": "T.", "id": 12}"#, &fields()).unwrap();
        assert_eq!((l.stem.as_str(), l.published), ("12", None));
        let l = parse_line(5, br#"{"text": "T.", "id": "..."}"#, &fields()).unwrap();
        assert_eq!(l.stem, "_..");
        assert_eq!(parse_line(6, br#"{"text": "T."}"#, &fields()).unwrap().stem, "line-6");
    }

    #[test]
    fn bad_lines_say_why_with_their_number() {
        let reason = |raw: &[u8]| {
            let e = parse_line(9, raw, &fields()).unwrap_err();
            assert!(e.message.starts_with("line 9: "), "{}", e.message);
            e.reason
        };
        assert_eq!(reason(b"{\"text\": "), Reason::BadJson);
        assert_eq!(reason(b"[1, 2]"), Reason::BadJson);
        assert_eq!(reason(br#"{"body": "T."}"#), Reason::MissingText);
        assert_eq!(reason(br#"{"text": 5}"#), Reason::TextNotString);
        assert_eq!(reason(br#"{"text": "T.", "id": [1]}"#), Reason::BadId);
        assert_eq!(reason(br#"{"text": "T.", "published": "2024-02-30"}"#), Reason::BadDate);
        assert_eq!(reason(br#"{"text": "T.", "published": "20 Feb"}"#), Reason::BadDate);
        assert_eq!(reason(br#"{"text": "T.", "published": 20240220}"#), Reason::BadDate);
        assert_eq!(reason(b"{\"text\": \"\xff\"}"), Reason::NotUtf8);
    }

    #[test]
    fn json_lines_pass_over_blank_lines_and_number_the_rest() {
        let input = b"{\"text\": \"a\"}\n\n  \n{\"text\": \"b\"}";
        let items: Vec<_> = JsonLines::new(Box::new(&input[..]), "x")
            .map(|i| match i {
                Item::Line { number, .. } => number,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(items, [1, 4]);
    }
}
