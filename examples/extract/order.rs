//! Extraction on several threads with output in input order and memory
//! bounded by the inputs in flight.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

/// Runs `work` over `items` on `jobs` threads and hands each result to
/// `emit` in input order, as soon as every earlier one has been emitted.
/// Items are pulled from the iterator only as workers become free, and a
/// worker starts item `i` only once item `i - 2 * jobs` has been emitted,
/// so at most `2 * jobs` inputs and results are ever held: memory is
/// bounded by the largest inputs, not the corpus, even when one is slow.
/// `emit` returns false to stop the run early (no further items are
/// started).
pub fn in_order<T: Send, R: Send>(
    items: impl Iterator<Item = T> + Send,
    jobs: usize,
    work: impl Fn(T) -> R + Sync,
    mut emit: impl FnMut(R) -> bool,
) {
    if jobs <= 1 {
        for item in items {
            if !emit(work(item)) {
                return;
            }
        }
        return;
    }
    let window = 2 * jobs;
    let source = Mutex::new(items.enumerate());
    let stop = AtomicBool::new(false);
    // How many results have been emitted, and a signal when it grows.
    let emitted = (Mutex::new(0usize), Condvar::new());
    let (tx, rx) = mpsc::sync_channel::<(usize, R)>(jobs);
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (source, work, emitted, stop) = (&source, &work, &emitted, &stop);
            scope.spawn(move || loop {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let Some((i, item)) = source.lock().expect("no worker panics holding it").next() else {
                    break;
                };
                // Every item before `i` is taken; the one due next is never
                // held back here (it is below the window), so this ends.
                let (count, grew) = emitted;
                let mut done = count.lock().expect("no worker panics holding it");
                while i >= *done + window && !stop.load(Ordering::Relaxed) {
                    done = grew.wait(done).expect("no worker panics holding it");
                }
                drop(done);
                if tx.send((i, work(item))).is_err() {
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
                due += 1;
                if !emit(r) {
                    // Under the lock, so no worker misses the wake-up.
                    let _count = emitted.0.lock().expect("no worker panics holding it");
                    stop.store(true, Ordering::Relaxed);
                    emitted.1.notify_all();
                    return;
                }
                *emitted.0.lock().expect("no worker panics holding it") = due;
                emitted.1.notify_all();
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_whatever_the_work_takes() {
        for jobs in [1, 2, 3, 8] {
            let mut seen = Vec::new();
            in_order(
                0..200u64,
                jobs,
                |i| {
                    std::thread::sleep(std::time::Duration::from_micros((200 - i) % 7 * 50));
                    i * 2
                },
                |r| {
                    seen.push(r);
                    true
                },
            );
            assert_eq!(seen, (0..200).map(|i| i * 2).collect::<Vec<_>>(), "jobs {jobs}");
        }
    }

    #[test]
    fn emit_can_stop_the_run() {
        let mut seen = 0;
        in_order(
            0..1000,
            4,
            |i| i,
            |_| {
                seen += 1;
                seen < 10
            },
        );
        assert_eq!(seen, 10);
    }
}
