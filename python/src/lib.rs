//! Python bindings of govfacts: the extension module `govfacts._native`.
//!
//! The Python package (python/govfacts) wraps these functions: it checks
//! and converts arguments, and parses the JSON they return into dicts. The
//! JSON is the library's contract (SCHEMA.md), with spans either in bytes
//! of the UTF-8 text (as the contract has them) or in characters of the
//! Python string (so that `text[start:end]` is the evidence).

use std::sync::atomic::{AtomicUsize, Ordering};

use govfacts::{Article, Date, Extractor, Span};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// Where spans count from.
#[derive(Clone, Copy)]
enum Offsets {
    /// Bytes of the UTF-8 text, as the JSON contract has them.
    Bytes,
    /// Characters (code points) of the Python string.
    Chars,
}

fn offsets(s: &str) -> PyResult<Offsets> {
    match s {
        "bytes" => Ok(Offsets::Bytes),
        "chars" => Ok(Offsets::Chars),
        other => Err(PyValueError::new_err(format!(
            "offsets must be \"chars\" or \"bytes\", not {other:?}"
        ))),
    }
}

fn extractor(published: Option<&str>) -> PyResult<Extractor> {
    match published {
        None => Ok(Extractor::new()),
        Some(s) => s
            .parse::<Date>()
            .map(|d| Extractor::new().published(d))
            .map_err(|e| PyValueError::new_err(format!("published: not a date (YYYY-MM-DD): {s:?}: {e}"))),
    }
}

/// Byte offsets to character offsets: the multi-byte characters' ends and
/// how many extra bytes the text holds up to each.
struct CharIndex {
    multibyte: Vec<(usize, usize)>,
}

impl CharIndex {
    fn new(text: &str) -> CharIndex {
        let mut extra = 0;
        let multibyte = text
            .char_indices()
            .filter(|(_, c)| c.len_utf8() > 1)
            .map(|(i, c)| {
                extra += c.len_utf8() - 1;
                (i + c.len_utf8(), extra)
            })
            .collect();
        CharIndex { multibyte }
    }

    /// The character offset of byte offset `b` (a char boundary).
    fn char_of(&self, b: usize) -> usize {
        let i = self.multibyte.partition_point(|(end, _)| *end <= b);
        b - if i == 0 { 0 } else { self.multibyte[i - 1].1 }
    }

    fn convert(&self, span: &mut Span) {
        *span = Span::new(self.char_of(span.start), self.char_of(span.end));
    }

    /// Converts every span of `a` (each fact's `span`, the `mentions`, the
    /// positions' spans and the evidence of source and date).
    fn convert_article(&self, a: &mut Article) {
        for e in [&mut a.source_evidence, &mut a.published_evidence]
            .into_iter()
            .flatten()
        {
            if let Some(span) = &mut e.span {
                self.convert(span);
            }
        }
        for b in &mut a.byline {
            self.convert(&mut b.span);
        }
        for p in &mut a.people {
            self.convert(&mut p.span);
            p.mentions.iter_mut().for_each(|m| self.convert(m));
            p.position_details.iter_mut().for_each(|d| self.convert(&mut d.span));
        }
        a.events.iter_mut().for_each(|e| self.convert(&mut e.span));
        a.targets.iter_mut().for_each(|t| self.convert(&mut t.span));
        for i in &mut a.initiatives {
            self.convert(&mut i.span);
            i.mentions.iter_mut().for_each(|m| self.convert(m));
        }
        a.organizations.iter_mut().for_each(|o| self.convert(&mut o.span));
        a.places.iter_mut().for_each(|p| self.convert(&mut p.span));
    }
}

/// One article as JSON, spans in the chosen unit.
fn article_json(extractor: &Extractor, text: &str, offsets: Offsets) -> String {
    let mut article = extractor.extract(text);
    if let Offsets::Chars = offsets {
        CharIndex::new(text).convert_article(&mut article);
    }
    serde_json::to_string(&article).expect("articles always serialise")
}

/// Extracts one article; returns its JSON.
#[pyfunction]
#[pyo3(signature = (text, published=None, offsets="chars"))]
fn extract_json(py: Python<'_>, text: String, published: Option<String>, offsets: &str) -> PyResult<String> {
    let unit = self::offsets(offsets)?;
    let extractor = extractor(published.as_deref())?;
    Ok(py.detach(|| article_json(&extractor, &text, unit)))
}

/// Extracts many articles on `jobs` threads without the GIL; returns their
/// JSON in input order. `published` holds one date (or None) per text.
#[pyfunction]
#[pyo3(signature = (texts, published, jobs, offsets="chars"))]
fn extract_many_json(
    py: Python<'_>,
    texts: Vec<String>,
    published: Vec<Option<String>>,
    jobs: usize,
    offsets: &str,
) -> PyResult<Vec<String>> {
    let unit = self::offsets(offsets)?;
    if published.len() != texts.len() {
        return Err(PyValueError::new_err(format!(
            "published: {} dates for {} texts",
            published.len(),
            texts.len()
        )));
    }
    let extractors = published
        .iter()
        .enumerate()
        .map(|(i, p)| extractor(p.as_deref()).map_err(|e| PyValueError::new_err(format!("item {i}: {e}"))))
        .collect::<PyResult<Vec<_>>>()?;
    let jobs = jobs.clamp(1, texts.len().max(1));
    Ok(py.detach(|| {
        let next = AtomicUsize::new(0);
        let mut out: Vec<String> = vec![String::new(); texts.len()];
        let done: Vec<Vec<(usize, String)>> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..jobs)
                .map(|_| {
                    scope.spawn(|| {
                        let mut mine = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(text) = texts.get(i) else { break };
                            mine.push((i, article_json(&extractors[i], text, unit)));
                        }
                        mine
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| w.join().expect("extraction never panics"))
                .collect()
        });
        for (i, json) in done.into_iter().flatten() {
            out[i] = json;
        }
        out
    }))
}

/// Every rule the library can cite: (id, description) pairs.
#[pyfunction]
fn rules() -> Vec<(String, String)> {
    govfacts::rules()
        .into_iter()
        .map(|r| (r.id.to_string(), r.description.to_string()))
        .collect()
}

/// The number of cores, the default for `jobs`.
#[pyfunction]
fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The extension module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract_json, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many_json, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add_function(wrap_pyfunction!(default_jobs, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offsets_become_character_offsets() {
        let text = "“1310” in Jiangmen";
        let idx = CharIndex::new(text);
        let j = text.find("Jiangmen").unwrap();
        assert_eq!(idx.char_of(j), text[..j].chars().count());
        assert_eq!(idx.char_of(0), 0);
        assert_eq!(idx.char_of(text.len()), text.chars().count());
    }

    /// Every span the JSON holds is converted: each "span" and "mentions"
    /// number of the byte JSON, mapped, equals the character JSON's.
    #[test]
    fn every_span_of_the_json_is_converted() {
        let text = "“百千万工程” date 2023-02-17 Jiangmen Daily News (Reporter/Tang Da) On February 16, \
                    Chen Anming, Secretary of the Municipal Party Committee, presided over the “1310” meeting \
                    in Pengjiang District, which set the GDP growth target at 5% in 2023. Chen said ...";
        let ex = Extractor::new();
        let bytes: serde_json::Value = serde_json::from_str(&article_json(&ex, text, Offsets::Bytes)).unwrap();
        let chars: serde_json::Value = serde_json::from_str(&article_json(&ex, text, Offsets::Chars)).unwrap();
        let idx = CharIndex::new(text);
        fn walk(b: &serde_json::Value, c: &serde_json::Value, idx: &CharIndex, span: bool, seen: &mut usize) {
            use serde_json::Value::*;
            match (b, c) {
                (Object(bm), Object(cm)) => {
                    for (k, bv) in bm {
                        walk(bv, &cm[k], idx, k == "span" || k == "mentions" || span, seen);
                    }
                }
                (Array(ba), Array(ca)) => ba.iter().zip(ca).for_each(|(x, y)| walk(x, y, idx, span, seen)),
                (Number(bn), Number(cn)) if span => {
                    *seen += 1;
                    assert_eq!(idx.char_of(bn.as_u64().unwrap() as usize) as u64, cn.as_u64().unwrap());
                }
                _ => assert_eq!(b, c),
            }
        }
        let mut seen = 0;
        walk(&bytes, &chars, &idx, false, &mut seen);
        assert!(seen > 20, "{seen}");
    }
}
