//! The tests that run generators and cargo builds: generation and its errors, the corpus of
//! other APIs, the fixture documents compiled, build hygiene and the
//! packaged crates. One test binary for all of them; the builds they start share
//! `target/nested` and the main build directory, whose locks cargo takes, so that they take
//! turns.

mod build_hygiene;
mod corpus;
mod fixtures_compile;
mod generation;
mod package;
