//! End-to-end tests of `exa` and `exa-agent`: each test runs the binary against a loopback
//! server and checks what it printed and what it sent. One test binary for all of them; the
//! fault tests, which read the peak memory of every child of their process, are a binary of
//! their own (`tests/faults.rs`).

mod common;

mod batches;
mod error_rows;
mod new_document;
mod operations;
mod runs;
mod runs_delete;
