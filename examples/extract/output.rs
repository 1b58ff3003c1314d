//! Where results go, whole or not at all: one file per input written to a
//! temporary file and renamed, and a JSON Lines file that a killed run
//! leaves resumable.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::Path;

use serde_json::Value;

/// Writes `contents` to `dir/file` whole: a temporary file, then a rename.
pub fn write_whole(dir: &Path, file: &str, contents: &[u8]) -> io::Result<()> {
    let tmp = dir.join(format!(".{file}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        fs::rename(&tmp, dir.join(file))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Removes the temporary files a killed run left in `dir` (".<name>.tmp-<pid>").
pub fn remove_stale_temporaries(dir: &Path) -> io::Result<usize> {
    let mut removed = 0;
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let stale = name.starts_with('.')
            && name
                .rsplit_once(".tmp-")
                .is_some_and(|(_, pid)| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()));
        if stale {
            fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// What a JSON Lines output file held when a run resumed on it.
#[derive(Debug, Default)]
pub struct Kept {
    /// Complete lines kept.
    pub lines: u64,
    /// Bytes of a partial last line that were cut off.
    pub cut: u64,
    /// The last complete line, parsed.
    pub last: Option<Value>,
}

/// Opens `path` for a resumed run: complete lines (ending in '\n') are
/// kept, a partial last line is cut off, and the file is positioned at its
/// end for appending. A missing file is created empty.
pub fn open_resumed(path: &Path) -> io::Result<(File, Kept)> {
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)?;
    let len = file.metadata()?.len();
    let end = match last_newline(&mut file, len)? {
        Some(i) => i + 1,
        None => 0,
    };
    let mut kept = Kept {
        cut: len - end,
        ..Kept::default()
    };
    if end > 0 {
        let start = last_newline(&mut file, end - 1)?.map_or(0, |i| i + 1);
        let mut line = vec![0; (end - 1 - start) as usize];
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(&mut line)?;
        kept.last = Some(serde_json::from_slice(&line).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("its last line is not a JSON line of this program: {e}"),
            )
        })?);
        kept.lines = count_newlines(&mut file, end)?;
    }
    file.set_len(end)?;
    file.seek(SeekFrom::Start(end))?;
    Ok((file, kept))
}

/// The offset of the last '\n' before `end`, reading backwards in blocks.
fn last_newline(file: &mut File, end: u64) -> io::Result<Option<u64>> {
    const BLOCK: u64 = 64 * 1024;
    let mut hi = end;
    let mut buf = vec![0; BLOCK as usize];
    while hi > 0 {
        let lo = hi.saturating_sub(BLOCK);
        let block = &mut buf[..(hi - lo) as usize];
        file.seek(SeekFrom::Start(lo))?;
        file.read_exact(block)?;
        if let Some(i) = memchr::memrchr(b'\n', block) {
            return Ok(Some(lo + i as u64));
        }
        hi = lo;
    }
    Ok(None)
}

/// How many '\n' the first `end` bytes of `file` hold.
fn count_newlines(file: &mut File, end: u64) -> io::Result<u64> {
    file.seek(SeekFrom::Start(0))?;
    let mut reader = io::BufReader::with_capacity(1 << 20, file.take(end));
    let mut lines = 0;
    loop {
        let chunk = io::BufRead::fill_buf(&mut reader)?;
        if chunk.is_empty() {
            return Ok(lines);
        }
        lines += memchr::memchr_iter(b'\n', chunk).count() as u64;
        let n = chunk.len();
        io::BufRead::consume(&mut reader, n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!("govfacts-output-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn a_partial_last_line_is_cut_and_complete_lines_kept() {
        let dir = temp("partial");
        let path = dir.join("out.jsonl");
        let long = "x".repeat(100_000);
        fs::write(
            &path,
            format!("{{\"line\":1}}\n{{\"line\":2,\"a\":\"{long}\"}}\n{{\"line\":3,\"a\":\"ha"),
        )
        .unwrap();
        let (mut file, kept) = open_resumed(&path).unwrap();
        assert_eq!(kept.lines, 2);
        assert_eq!(kept.cut, 17);
        assert_eq!(kept.last.unwrap()["line"], 2);
        file.write_all(b"{\"line\":3}\n").unwrap();
        drop(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.ends_with("\"}\n{\"line\":3}\n") && text.lines().count() == 3);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_empty_or_missing_file_resumes_from_nothing() {
        let dir = temp("empty");
        let path = dir.join("out.jsonl");
        let (_, kept) = open_resumed(&path).unwrap();
        assert_eq!((kept.lines, kept.cut, kept.last), (0, 0, None));
        fs::write(&path, "{\"li").unwrap();
        let (_, kept) = open_resumed(&path).unwrap();
        assert_eq!((kept.lines, kept.cut), (0, 4));
        assert_eq!(fs::metadata(&path).unwrap().len(), 0);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_file_that_is_not_ours_is_refused() {
        let dir = temp("foreign");
        let path = dir.join("notes.txt");
        fs::write(&path, "dear diary\n").unwrap();
        assert!(open_resumed(&path).is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "dear diary\n");
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn stale_temporaries_are_removed_and_nothing_else() {
        let dir = temp("stale");
        for f in [".a.json.tmp-123", "a.json", ".hidden", "b.tmp-1"] {
            fs::write(dir.join(f), "").unwrap();
        }
        assert_eq!(remove_stale_temporaries(&dir).unwrap(), 1);
        let mut left: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(left, [".hidden", "a.json", "b.tmp-1"]);
        let _ = fs::remove_dir_all(&dir);
    }
}
