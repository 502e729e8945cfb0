//! A typed Rust client for the whole Exa API, generated at build time from Exa's OpenAPI
//! documents (one module per file in `openapi/`: `agent`, `batches`, `monitors`, `search`,
//! `teams`, `websets`), with a thin
//! facade that adds what generated code cannot: the `Exa-Beta` header where a document declares
//! it, `x-api-key` or Bearer auth, path parameters checked before any I/O, typed errors, retries
//! that never repeat a request the server may have acted on, timeouts, pagination, resumable
//! event streams and tracing.
//!
//! # Install
//!
//! ```toml
//! [dependencies]
//! # The Agent API alone, the lightest build:
//! exa-client = { version = "0.1", default-features = false, features = ["agent"] }
//! # every document, generated in the build script:
//! # exa-client = "0.1"
//! ```
//!
//! Each document is a cargo feature of the same name, all on by default; a crate that needs
//! one document compiles only its module. `generate` (default) generates the modules from the
//! package's `openapi/` in the build script; without it the build uses the code generated when
//! the package was made and compiles no generator, and a document edited since is refused with
//! a message naming it. `schemars` (default) derives `schemars::JsonSchema` on the generated
//! types; `mock` adds typed httpmock helpers.
//!
//! # Configure
//!
//! [`Exa::from_env`] reads `EXA_API_KEY` (and `EXA_BASE_URL`); [`Exa::builder`] sets the key,
//! [`AuthScheme`], base URL, beta tokens ([`betas`] has the rule), timeouts, [`RetryPolicy`],
//! the response-size limit or a `reqwest::Client` of your own. [`ExaBuilder::build`] returns a
//! [`ConfigError`] for a bad setting and never panics; [`defaults`] holds the defaults.
//!
//! # Call
//!
//! Each document's helpers hang off its handle ([`Api`]): `exa.agent()`, `exa.search()`,
//! `exa.websets()` (see [`agent_api`], `search_api`, `websets_api`). Every other operation is a
//! method of the module's generated `Client`, run through [`Api::call`], which gives it the
//! same auth, beta header, path checks, retries, tracing and errors:
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
//! let deleted = exa.agent().delete("agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8").await?;
//! let run = exa
//!     .agent()
//!     .call(async |api| api.get_agent_run().id("agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8").send().await)
//!     .await?;
//! # Ok(()) }
//! ```
//!
//! Response enums accept values added after the build (`Unknown(String)`), and response
//! objects accept new fields, so a newer server does not break a build that works.
//!
//! # Handle errors
//!
//! Every call returns [`Error`]. An error status is [`Error::Api`] with an [`ApiError`]
//! whatever its body (`code`, `message`, `request_id`, the JSON `body`, and
//! [`ApiError::decode`] for the document's own error type); [`Error::OutcomeUnknown`] says a
//! request that creates something may have been carried out although it failed;
//! [`Error::is_retryable`] and [`Error::attempts`] tell what happened. The key never appears in
//! `Debug`, `Display`, errors or traces (each request is one `exa.request` span).
//!
//! ```no_run
//! # #[cfg(exa_operation = "agent.deleteAgentRun")]
//! # async fn run(exa: exa_client::Exa) {
//! match exa.agent().delete("agent_run_abc").await {
//!     Ok(deleted) => println!("deleted {}", deleted.id.as_str()),
//!     Err(exa_client::Error::Api(e)) => eprintln!("{} {:?} {:?}", e.status, e.code, e.message),
//!     Err(e) => eprintln!("{e}"),
//! }
//! # }
//! ```
//!
//! # Mock in tests
//!
//! Feature `mock`: `exa_client::<module>::mock::MockServerExt` has a typed
//! [httpmock](https://docs.rs/httpmock) stub for every operation, generated from the same
//! document (`server.delete_agent_run(|when, then| { when.id(&id); then.ok(&body); })`); point
//! the client at the mock with [`ExaBuilder::base_url`].
//!
//! # Update the spec
//!
//! Replace or add a document in `openapi/` and run `cargo build`: no hand-written line needs an
//! edit. `cargo run -p exa-build-tools --features cli -- diff OLD NEW` tells first what the new
//! document changes for code that uses the client (exit 1 when something breaks); `check` lists
//! every rewrite made for the generator. A document that cannot be generated fails the build
//! with its file, the JSON pointer and the construct.

#![warn(missing_docs)]
// The unit tests are built without the generated documents (see `declare`), so much of the
// facade has no caller there; the normal build still reports dead code.
#![cfg_attr(test, allow(dead_code, unused))]

#[cfg(all(exa_document = "agent", not(test)))]
pub mod agent_api;
mod auth;
#[cfg(all(exa_document = "batches", not(test)))]
pub mod batches_api;
pub mod betas;
mod builder;
mod client;
mod declare;
pub mod defaults;
mod draft;
mod error;
mod hooks;
mod ids;
#[cfg(all(exa_document = "monitors", not(test)))]
pub mod monitors_api;
pub mod pages;
mod poll;
mod retry;
#[cfg(all(exa_document = "search", not(test)))]
pub mod search_api;
pub mod spec;
pub mod sse;
#[cfg(all(exa_document = "teams", not(test)))]
pub mod teams_api;
#[cfg(all(exa_document = "websets", not(test)))]
pub mod websets_api;
mod wire;

/// The README's Rust examples, compiled as doctests in the workspace (the published package has
/// no README above it, and never builds doctests for a dependent).
#[cfg(all(
    doctest,
    exa_document = "agent",
    exa_document = "search",
    exa_document = "websets"
))]
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
pub use draft::Draft;
#[doc(hidden)]
pub use error::api_error as parse_api_error;
pub use error::{
    ApiError, ConfigError, Error, StreamError, BODY_PREFIX_LIMIT, SUMMARY_PREFIX_CHARS,
};
#[doc(hidden)]
pub use hooks::{exec, pre, GeneratedClient, HookState};
pub use ids::{check_value, IdRule, InvalidId, DEFAULT_MAX_LENGTH, DEFAULT_PATTERN};
pub use poll::{Ends, WaitOptions};
pub use retry::RetryPolicy;
pub use wire::redirect_policy;
