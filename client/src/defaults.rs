//! The settings an [`crate::ExaBuilder`] starts from.

use std::time::Duration;

/// The base URL used when none is given.
pub const BASE_URL: &str = "https://api.exa.ai";
/// Limit for one attempt, from connecting to the last byte of the body.
pub const TIMEOUT: Duration = Duration::from_secs(60);
/// Limit for establishing a connection.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// `User-Agent`.
pub const USER_AGENT: &str = concat!("exa-client-rust/", env!("CARGO_PKG_VERSION"));
/// Limit on a response body the client reads into memory (streamed bodies,
/// `text/event-stream` and `application/octet-stream`, are not limited).
pub const MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;
/// Longest silence a stream of events waits through before it counts as dropped (the Agent API
/// sends keep-alive comments well within it).
pub const STREAM_IDLE_TIMEOUT: Duration = Duration::from_secs(90);
