//! Extraction throughput over the seed articles, against a baseline measured
//! in the same run: one pass of `split_word_bounds` over the same text, the
//! least work any word-level extractor does. The figure that matters is the
//! ratio of the two throughputs, not an absolute time.
//!
//! `cargo bench` measures; `cargo bench -- --test` (CI) only checks that
//! every bench runs.
//!
//! Inputs: the seed articles (in the repository) and, when the shared
//! folder sits beside the checkout, the 65 dev articles of
//! `../shared/corpus/dev`, read at bench time and never copied here: per
//! article, concatenated with the seeds to about 10 MB (varied text), and,
//! with the example built (`cargo build --release --example extract`), a
//! corpus run of the example over 2,800 files. Without the dev folder the
//! bench says so and measures the seeds only.
//!
//! Criterion times the baseline and extraction one after the other, so a
//! machine whose speed drifts (a shared 2-core VM) moves their ratio
//! between runs. `ratios` first prints the ratio from interleaved rounds
//! (baseline, extraction, baseline, ...; the fastest round of each), which
//! drift affects far less.

#![allow(missing_docs)] // criterion_group! generates undocumented functions.

use std::hint::black_box;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

fn seeds() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

/// The dev articles beside the checkout, if present.
fn dev_articles() -> Option<Vec<(String, String)>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev");
    let entries = std::fs::read_dir(dir).ok()?;
    let mut v: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| {
            Some((
                p.file_stem()?.to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).ok()?,
            ))
        })
        .collect();
    v.sort();
    (!v.is_empty()).then_some(v)
}

/// Seconds per call of `f`: the fastest of `rounds` rounds of `reps`
/// calls, with `g` timed the same way in between.
fn interleaved(rounds: usize, reps: usize, mut f: impl FnMut(), mut g: impl FnMut()) -> (f64, f64) {
    let (mut best_f, mut best_g) = (f64::MAX, f64::MAX);
    for _ in 0..rounds {
        let t = Instant::now();
        (0..reps).for_each(|_| f());
        best_f = best_f.min(t.elapsed().as_secs_f64() / reps as f64);
        let t = Instant::now();
        (0..reps).for_each(|_| g());
        best_g = best_g.min(t.elapsed().as_secs_f64() / reps as f64);
    }
    (best_f, best_g)
}

/// Prints extraction throughput over baseline throughput, from interleaved
/// rounds: per article over the seeds, and over the 10 MB document.
fn ratios(_: &mut Criterion) {
    // Not in CI's quick mode, and not when a filter names other benches.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filtered_out = args
        .iter()
        .any(|a| !a.starts_with('-') && a.parse::<f64>().is_err() && !"ratios".contains(a.as_str()));
    if args.iter().any(|a| a == "--test" || a == "--list") || filtered_out {
        return;
    }
    let seeds = seeds();
    let (base, ext) = interleaved(
        60,
        5,
        || {
            seeds.iter().for_each(|(_, t)| {
                black_box(black_box(t.as_str()).split_word_bounds().count());
            })
        },
        || {
            seeds.iter().for_each(|(_, t)| {
                black_box(govfacts::extract(black_box(t)));
            })
        },
    );
    let bytes: usize = seeds.iter().map(|(_, t)| t.len()).sum();
    let mib = |secs: f64| bytes as f64 / secs / (1 << 20) as f64;
    println!(
        "ratio/seeds_one_at_a_time: baseline {:.1} MiB/s, extract {:.1} MiB/s, extract/baseline {:.2}",
        mib(base),
        mib(ext),
        base / ext
    );
    let per_byte_seeds = ext / bytes as f64;
    report_long("long_document_10mb", &long_text());
    let Some(dev) = dev_articles() else {
        println!("ratio/dev: ../shared/corpus/dev not found beside the checkout; dev and varied ratios skipped");
        return;
    };
    let (base, ext) = interleaved(
        30,
        2,
        || {
            dev.iter().for_each(|(_, t)| {
                black_box(black_box(t.as_str()).split_word_bounds().count());
            })
        },
        || {
            dev.iter().for_each(|(_, t)| {
                black_box(govfacts::extract(black_box(t)));
            })
        },
    );
    let dev_bytes: usize = dev.iter().map(|(_, t)| t.len()).sum();
    let mib = |secs: f64| dev_bytes as f64 / secs / (1 << 20) as f64;
    println!(
        "ratio/dev_one_at_a_time: baseline {:.1} MiB/s, extract {:.1} MiB/s, extract/baseline {:.2}; per-byte cost {:.2}x the seeds'",
        mib(base),
        mib(ext),
        base / ext,
        (ext / dev_bytes as f64) / per_byte_seeds
    );
    report_long("varied_document_10mb", &varied_text(&dev));
    corpus_run(&dev);
}

/// Interleaved rounds over one long document.
fn report_long(name: &str, long: &str) {
    let (base, ext) = interleaved(
        6,
        1,
        || {
            black_box(black_box(long).split_word_bounds().count());
        },
        || {
            black_box(govfacts::extract(black_box(long)));
        },
    );
    let mib = |secs: f64| long.len() as f64 / secs / (1 << 20) as f64;
    println!(
        "ratio/{name}: baseline {:.1} MiB/s, extract {:.1} MiB/s, extract/baseline {:.2}",
        mib(base),
        mib(ext),
        base / ext
    );
}

/// The seeds and the dev articles concatenated and repeated to about 10 MB.
fn varied_text(dev: &[(String, String)]) -> String {
    let one: String = seeds()
        .into_iter()
        .chain(dev.iter().cloned())
        .map(|(_, t)| t + "\n\n")
        .collect();
    one.repeat((10 << 20) / one.len() + 1)
}

/// The example over 2,800 files (the seeds and dev articles, 40 copies
/// each) with `--jsonl` to a sink, one job and two, against the baseline
/// reading the same files and running the word-bounds pass. Needs the
/// example built in release mode.
fn corpus_run(dev: &[(String, String)]) {
    let exe = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/examples/extract");
    if !exe.is_file() {
        println!("ratio/corpus_files: build the example first (cargo build --release --example extract); skipped");
        return;
    }
    let dir = std::env::temp_dir().join(format!("govfacts-bench-corpus-{}", std::process::id()));
    let articles: Vec<(String, String)> = seeds().into_iter().chain(dev.iter().cloned()).collect();
    std::fs::create_dir_all(&dir).unwrap();
    let mut bytes = 0;
    for copy in 0..40 {
        for (name, text) in &articles {
            std::fs::write(dir.join(format!("{copy:02}_{name}.txt")), text).unwrap();
            bytes += text.len();
        }
    }
    let baseline = || {
        let t = Instant::now();
        let mut n = 0;
        for e in std::fs::read_dir(&dir).unwrap() {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            n += black_box(text.as_str()).split_word_bounds().count();
        }
        black_box(n);
        t.elapsed().as_secs_f64()
    };
    let run = |jobs: &str| {
        let t = Instant::now();
        let status = std::process::Command::new(&exe)
            .args(["--quiet", "--jsonl", "--jobs", jobs])
            .arg(&dir)
            .stdout(std::process::Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
        t.elapsed().as_secs_f64()
    };
    let (mut base, mut one, mut two) = (f64::MAX, f64::MAX, f64::MAX);
    for _ in 0..3 {
        base = base.min(baseline());
        one = one.min(run("1"));
        two = two.min(run("2"));
    }
    std::fs::remove_dir_all(&dir).ok();
    let mib = |secs: f64| bytes as f64 / secs / (1 << 20) as f64;
    println!(
        "ratio/corpus_files_2800: baseline {:.1} MiB/s, example --jobs 1 {:.1} MiB/s (extract/baseline {:.2}), --jobs 2 {:.1} MiB/s ({:.2}x one job)",
        mib(base),
        mib(one),
        base / one,
        mib(two),
        one / two
    );
}

/// The seeds concatenated and repeated to about 10 MB: one long document.
fn long_text() -> String {
    let one: String = seeds().into_iter().map(|(_, t)| t + "\n\n").collect();
    one.repeat((10 << 20) / one.len() + 1)
}

fn per_article(c: &mut Criterion) {
    let seeds = seeds();
    let bytes: usize = seeds.iter().map(|(_, t)| t.len()).sum();
    let mut g = c.benchmark_group("seeds");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("baseline/word_bounds", |b| {
        b.iter(|| {
            seeds
                .iter()
                .map(|(_, t)| black_box(t.as_str()).split_word_bounds().count())
                .sum::<usize>()
        })
    });
    g.bench_function("extract/one_at_a_time", |b| {
        b.iter(|| {
            let n: usize = seeds
                .iter()
                .map(|(_, t)| govfacts::extract(black_box(t)).byline.len())
                .sum();
            assert_eq!(n, 7, "byline entries over the seeds");
            n
        })
    });
    g.finish();
}

fn long_document(c: &mut Criterion) {
    let long = long_text();
    let mut g = c.benchmark_group("long_document_10mb");
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.sample_size(10);
    g.bench_function("baseline/word_bounds", |b| {
        b.iter(|| black_box(long.as_str()).split_word_bounds().count())
    });
    g.bench_function("extract", |b| {
        b.iter(|| govfacts::extract(black_box(&long)).byline.len())
    });
    g.finish();
}

/// Per-pass cost over the seeds (group `pass`) and, when present beside
/// the checkout, the dev articles (group `pass_dev`, where the varied
/// text's time goes): the text layer alone, everything after it (all
/// passes and assembly), then each pass over a text layer built once
/// (initiatives, targets and events include the entity passes they read,
/// so their figures are upper bounds; assembly's own cost is what
/// `all_after_text_layer` spends beyond the passes).
fn per_pass(c: &mut Criterion) {
    pass_group(c, "pass", &seeds());
    match dev_articles() {
        Some(dev) => pass_group(c, "pass_dev", &dev),
        None => println!("pass_dev: ../shared/corpus/dev not found beside the checkout; skipped"),
    }
}

fn pass_group(c: &mut Criterion, group: &str, texts: &[(String, String)]) {
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let mut g = c.benchmark_group(group);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("text_layer", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|(_, t)| std::mem::size_of_val(&govfacts::__bench::Passes::new(black_box(t))))
                .sum::<usize>()
        })
    });
    let passes: Vec<_> = texts.iter().map(|(_, t)| govfacts::__bench::Passes::new(t)).collect();
    type Pass = fn(&govfacts::__bench::Passes<'_>) -> usize;
    let list: [(&str, Pass); 8] = [
        ("all_after_text_layer", |p| p.all_after_text_layer()),
        ("dateline", |p| p.dateline()),
        ("people", |p| p.people()),
        ("organizations", |p| p.organizations()),
        ("places", |p| p.places()),
        ("initiatives", |p| p.initiatives()),
        ("targets", |p| p.targets()),
        ("events", |p| p.events()),
    ];
    for (name, pass) in list {
        g.bench_function(name, |b| {
            b.iter(|| passes.iter().map(|p| pass(black_box(p))).sum::<usize>())
        });
    }
    g.finish();
}

/// Hostile 1 MB inputs against the baseline on the same text.
fn hostile(c: &mut Criterion) {
    const MB: usize = 1 << 20;
    let inputs = [
        ("quotes", "“”\"'‘’".repeat(MB / 15)),
        ("digits_commas", "1,234,".repeat(MB / 6)),
        (
            "pinyin_no_stop",
            "Chen Anming Jiangmen Pengjiang Xiaoqing Huanshi ".repeat(MB / 48),
        ),
        (
            "one_sentence",
            "the city will strive to grow and the district will build ".repeat(MB / 57),
        ),
        ("alternating_quotes", "“\"‘'”\"’' a ".repeat(MB / 24)),
    ];
    let mut g = c.benchmark_group("hostile_1mb");
    g.sample_size(10);
    for (name, text) in &inputs {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("{name}/baseline"), |b| {
            b.iter(|| black_box(text.as_str()).split_word_bounds().count())
        });
        g.bench_function(format!("{name}/extract"), |b| {
            b.iter(|| govfacts::extract(black_box(text)).targets.len())
        });
    }
    g.finish();
}

criterion_group!(benches, ratios, per_article, long_document, per_pass, hostile);
criterion_main!(benches);
