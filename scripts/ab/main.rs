//! In-process A/B timing of the library at two revisions (see ab.sh).
//!
//! Both versions are linked into this one program; for every input they
//! run one after the other, in alternating order, and the program reports
//! the new version's time over the old one's, per round and in total. A
//! shared machine whose speed drifts slows both alike, so the ratio holds
//! steady where separate runs differ by 20%. The first round warms both
//! (regex caches) and is not counted.
//!
//! Usage: ab FILE... [--rounds N] [--only old|new]. A file holding
//! "\n\n\n\n" is split there into several inputs. With `--only`, one
//! version runs over the inputs N times and nothing is timed: ab.sh's
//! `--instructions` runs that under callgrind.

use std::time::{Duration, Instant};

fn main() {
    let mut rounds = 5;
    let mut only = None;
    let mut texts = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--rounds" {
            rounds = args.next().and_then(|n| n.parse().ok()).expect("--rounds N");
            continue;
        }
        if arg == "--only" {
            only = Some(args.next().filter(|v| v == "old" || v == "new").expect("--only old|new"));
            continue;
        }
        let text = std::fs::read_to_string(&arg).unwrap_or_else(|e| panic!("{arg}: {e}"));
        texts.extend(text.split("\n\n\n\n").map(str::to_string));
    }
    assert!(!texts.is_empty(), "usage: ab FILE... [--rounds N] [--only old|new]");
    if let Some(version) = only {
        for _ in 0..rounds {
            for t in &texts {
                if version == "old" {
                    std::hint::black_box(old::extract(std::hint::black_box(t)));
                } else {
                    std::hint::black_box(new::extract(std::hint::black_box(t)));
                }
            }
        }
        return;
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    // Warm-up, and a check that both see the same facts.
    for t in &texts {
        let (old, new) = (old::extract(t), new::extract(t));
        if serde_json::to_string(&old).ok() != serde_json::to_string(&new).ok() {
            eprintln!(
                "ab: note: the two versions' output differs on an input of {} bytes",
                t.len()
            );
        }
    }
    let mut ratios = Vec::new();
    let (mut old_total, mut new_total) = (Duration::ZERO, Duration::ZERO);
    for round in 0..rounds {
        let (mut old_time, mut new_time) = (Duration::ZERO, Duration::ZERO);
        for (i, t) in texts.iter().enumerate() {
            let old_first = (i + round) % 2 == 0;
            for turn in 0..2 {
                let start = Instant::now();
                if (turn == 0) == old_first {
                    std::hint::black_box(old::extract(std::hint::black_box(t)));
                    old_time += start.elapsed();
                } else {
                    std::hint::black_box(new::extract(std::hint::black_box(t)));
                    new_time += start.elapsed();
                }
            }
        }
        ratios.push(new_time.as_secs_f64() / old_time.as_secs_f64());
        old_total += old_time;
        new_total += new_time;
    }
    ratios.sort_by(f64::total_cmp);
    let mib = |d: Duration| (bytes * rounds) as f64 / d.as_secs_f64() / (1 << 20) as f64;
    println!(
        "{} inputs, {bytes} bytes, {rounds} rounds: old {:.1} MiB/s, new {:.1} MiB/s; new time / old time {:.3} (rounds {:.3} to {:.3})",
        texts.len(),
        mib(old_total),
        mib(new_total),
        new_total.as_secs_f64() / old_total.as_secs_f64(),
        ratios[0],
        ratios[ratios.len() - 1],
    );
}
