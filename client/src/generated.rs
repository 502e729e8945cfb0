//! The client progenitor generates from `openapi/exa-agent.yaml` at build time.
//!
//! Every operation of the document is a method of [`Client`] (builder style:
//! `client.delete_agent_run().id(id).send()`), its schemas are in [`types`], and [`spec`] holds
//! facts of the document the facade uses. Call it through [`crate::Exa::call`] to get the
//! facade's typed [`crate::Error`]. Run `cargo run -p exa-build-tools -- generate
//! openapi/exa-agent.yaml` to read this code.

#![allow(
    missing_docs,
    clippy::all,
    clippy::pedantic,
    unused_imports,
    dead_code,
    unreachable_patterns
)]

include!(concat!(env!("OUT_DIR"), "/codegen.rs"));
