//! A typed Rust client for the Exa API, generated at build time from Exa's OpenAPI documents
//! (one module per file in `openapi/`: [`agent`], `search`, `websets`, ...), with a thin facade
//! that adds what generated code cannot: the `Exa-Beta` header, `x-api-key` or Bearer auth,
//! path parameters checked before any I/O, typed errors, retries with backoff that never repeat
//! a request the server may have acted on, timeouts and tracing.
//!
//! ```no_run
//! use exa_client::{AuthScheme, Exa};
//!
//! # #[cfg(exa_operation = "agent.deleteAgentRun")]
//! # async fn run() -> Result<(), exa_client::Error> {
//! let exa = Exa::builder()
//!     .api_key(std::env::var("EXA_API_KEY").unwrap_or_default())
//!     .auth_scheme(AuthScheme::Bearer)
//!     .max_retries(3)
//!     .build()?;
//! match exa.agent().delete("agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8").await {
//!     Ok(deleted) => println!("deleted {}", deleted.id.as_str()),
//!     Err(exa_client::Error::Api(e)) => eprintln!("{} {:?} {:?}", e.status, e.code, e.message),
//!     Err(e) => eprintln!("{e}"),
//! }
//! # Ok(()) }
//! ```
//!
//! Every operation of a document is a method of its module's generated `Client`, reached
//! through [`Api::call`] (`exa.agent().call(async |api| api.get_agent_run().id(id).send().await)`);
//! a new operation in a new document gets auth, the beta header, path checks and retries with
//! no hand-written code. Response enums accept values added after the build (`Unknown(String)`),
//! and response objects accept new fields.
//!
//! Each request is a `tracing` span `exa.request` with the operation, method, path, attempt,
//! status and duration; the key is never recorded.
//!
//! Each document is a cargo feature of the same name, all on by default: a crate that needs
//! only the Agent API depends on `exa-client` with `default-features = false, features =
//! ["agent"]`. The `mock` feature adds typed [httpmock](https://docs.rs/httpmock) stubs for every
//! operation, in each module's `mock` module.

#![warn(missing_docs)]

#[cfg(exa_document = "agent")]
pub mod agent_api;
mod auth;
pub mod betas;
mod builder;
mod client;
pub mod defaults;
mod error;
mod hooks;
mod ids;
mod pages;
mod poll;
mod retry;
#[cfg(exa_document = "search")]
pub mod search_api;
pub mod spec;
#[cfg(exa_operation = "agent.listAgentRunEvents")]
pub mod sse;
#[cfg(exa_document = "websets")]
pub mod websets_api;

/// The README's Rust examples, compiled as doctests in the workspace (the published package has
/// no README above it, and never builds doctests for a dependent).
#[cfg(all(doctest, exa_document = "agent", exa_document = "search", exa_document = "websets"))]
#[doc = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))]
struct ReadmeDoctests;

/// The generated modules, one per document, and the table of them.
mod documents {
    include!(concat!(env!("OUT_DIR"), "/documents.rs"));
}
pub use documents::*;

pub use auth::{ApiKey, AuthScheme};
pub use builder::ExaBuilder;
pub use client::{Api, Exa, Response};
#[doc(hidden)]
pub use error::api_error as parse_api_error;
pub use error::{ApiError, ConfigError, Error, StreamError, BODY_PREFIX_LIMIT};
#[doc(hidden)]
pub use hooks::{exec, pre, HookState};
pub use ids::{IdRule, InvalidId, DEFAULT_MAX_LENGTH, DEFAULT_PATTERN};
pub use retry::RetryPolicy;
