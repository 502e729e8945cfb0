//! A typed Rust client for the Exa API, generated at build time from the vendored OpenAPI
//! document (`openapi/exa-agent.yaml`), with a thin facade that adds what generated code
//! cannot: the `Exa-Beta` header, `x-api-key` or Bearer auth, path parameters checked before
//! any I/O, typed errors, retries with backoff, timeouts and tracing.
//!
//! ```no_run
//! use exa_client::{AuthScheme, Exa};
//!
//! # async fn run() -> Result<(), exa_client::Error> {
//! let exa = Exa::builder()
//!     .api_key(std::env::var("EXA_API_KEY").unwrap_or_default())
//!     .auth_scheme(AuthScheme::Bearer)
//!     .max_retries(3)
//!     .build()?;
//! match exa.delete_run("agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8").await {
//!     Ok(deleted) => println!("deleted {}", deleted.id.as_str()),
//!     Err(exa_client::Error::Api(e)) => eprintln!("{} {:?} {:?}", e.status, e.code, e.message),
//!     Err(e) => eprintln!("{e}"),
//! }
//! # Ok(()) }
//! ```
//!
//! Every operation of the spec is a method of [`generated::Client`], reached through
//! [`Exa::call`]; a new operation in a new spec gets auth, the beta header, id checks and
//! retries with no hand-written code. Response enums accept values added after the build
//! (`Unknown(String)`), and response objects accept new fields.
//!
//! Each request is a `tracing` span `exa.request` with the operation, method, path, attempt,
//! status and duration; the key is never recorded.

#![warn(missing_docs)]

mod auth;
mod client;
mod error;
pub mod generated;
mod hooks;
mod ids;
#[cfg(feature = "mock")]
pub mod mock;
mod retry;

pub use auth::{ApiKey, AuthScheme};
pub use client::{
    Exa, ExaBuilder, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT, DEFAULT_USER_AGENT,
};
#[doc(hidden)]
pub use error::api_error as parse_api_error;
pub use error::{ApiError, ConfigError, Error, BODY_PREFIX_LIMIT};
pub use generated::{spec, types};
#[doc(hidden)]
pub use hooks::HookState;
pub use ids::{IdRule, InvalidId, RunId, DEFAULT_MAX_LENGTH, DEFAULT_PATTERN};
pub use retry::RetryPolicy;
