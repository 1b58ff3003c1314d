//! Extraction throughput over the seed articles, against a baseline measured
//! in the same run: one pass of `split_word_bounds` over the same text, the
//! least work any word-level extractor does. The figure that matters is the
//! ratio of the two throughputs, not an absolute time.
//!
//! `cargo bench` measures; `cargo bench -- --test` (CI) only checks that
//! every bench runs.

#![allow(missing_docs)] // criterion_group! generates undocumented functions.

use std::hint::black_box;

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
    let one: String = seeds().into_iter().map(|(_, t)| t + "\n\n").collect();
    let long = one.repeat((1 << 20) / one.len() + 1);
    let mut g = c.benchmark_group("long_document_1mb");
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

criterion_group!(benches, per_article, long_document);
criterion_main!(benches);
