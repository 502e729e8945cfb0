//! Typed [httpmock](https://docs.rs/httpmock) helpers for every operation of the spec, to stub
//! the Exa API in downstream tests (feature `mock`). They are generated from the same document
//! as the client, so a regenerated spec brings its own stubs: one method per operation on
//! [`httpmock::MockServer`] through [`MockServerExt`], whose `when` takes the operation's
//! typed parameters and whose `then` offers one method per documented response.
//!
//! ```no_run
//! use exa_client::mock::MockServerExt;
//! use exa_client::types::{DeleteAgentRunResponse, DeleteAgentRunResponseObject};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let server = httpmock::MockServer::start_async().await;
//! let run = "agent_run_abc".parse()?;
//! let deleted = DeleteAgentRunResponse {
//!     id: "agent_run_abc".parse()?,
//!     object: DeleteAgentRunResponseObject::AgentRunDeleted,
//!     deleted: true,
//! };
//! let mock = server.delete_agent_run(|when, then| {
//!     when.id(&run);
//!     then.ok(&deleted);
//! });
//! let exa = exa_client::Exa::builder().api_key("test").base_url(server.base_url()).build()?;
//! exa.delete_run("agent_run_abc").await?;
//! mock.assert();
//! # Ok(()) }
//! ```
//!
//! The stubs match the method and the path (and typed query or header parameters when given);
//! they do not check the key or the `Exa-Beta` header, which the client adds on every request.

#![allow(missing_docs, clippy::all, clippy::pedantic, unused_imports, dead_code)]

include!(concat!(env!("OUT_DIR"), "/mocks.rs"));
