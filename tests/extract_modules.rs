//! The `extract` example's module tests (JSON Lines input, resumable
//! output, in-order parallelism), compiled here so that `cargo test` runs
//! them: an example's own tests need `test = true`, which would stop
//! `cargo test` from building the example binary the CLI tests run.

#![allow(dead_code)]

#[path = "../examples/extract/input.rs"]
mod input;
#[path = "../examples/extract/order.rs"]
mod order;
#[path = "../examples/extract/output.rs"]
mod output;
