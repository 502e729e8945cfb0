//! The one error type of the client.

use std::fmt;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::generated::types::{AgentErrorCode, AgentErrorType};
use crate::ids::InvalidId;

/// How much of an error body that is not the API's JSON is kept.
pub const BODY_PREFIX_LIMIT: usize = 2048;

/// Everything that can go wrong, as a caller can `match` on it. `Display` and `Debug` never
/// contain the API key.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The client could not be built from its settings.
    #[error("invalid client configuration: {0}")]
    Config(#[from] ConfigError),
    /// A path parameter (a run id) was refused before anything was sent.
    #[error(transparent)]
    InvalidId(#[from] InvalidId),
    /// The generated code refused a parameter before anything was sent (e.g. a value that
    /// does not satisfy the spec's type).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The API answered with an error status.
    #[error(transparent)]
    Api(Box<ApiError>),
    /// No answer in time (after the retries the policy allows).
    #[error("the request timed out after {attempts} attempt(s)")]
    Timeout {
        /// Requests sent, retries included.
        attempts: u32,
        /// reqwest's error.
        #[source]
        source: reqwest::Error,
    },
    /// The connection failed or broke (after the retries the policy allows).
    #[error("transport error after {attempts} attempt(s): {source}")]
    Transport {
        /// Requests sent, retries included.
        attempts: u32,
        /// reqwest's error.
        #[source]
        source: reqwest::Error,
    },
    /// A success status whose body did not decode; the raw body is kept.
    #[error("could not decode the response body: {message}")]
    Decode {
        /// The body as received.
        body: Bytes,
        /// What did not decode.
        message: String,
    },
    /// The response body was longer than the client's limit
    /// ([`crate::ExaBuilder::max_response_bytes`]); the rest of it was not read.
    #[error("the body of the {status} response exceeds the limit of {limit} bytes")]
    ResponseTooLarge {
        /// The response's status.
        status: StatusCode,
        /// The limit, in bytes.
        limit: usize,
    },
    /// A success status the spec does not declare for this operation.
    #[error("unexpected response status {status}")]
    UnexpectedStatus {
        /// The status.
        status: StatusCode,
        /// The first bytes of the body.
        body_prefix: String,
    },
}

/// Why a client could not be built.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// No key, or an empty one.
    #[error("the API key is empty (set EXA_API_KEY or call api_key)")]
    EmptyApiKey,
    /// A key a header cannot carry (control characters, spaces, non-ASCII). The key itself is
    /// never shown.
    #[error("the API key contains characters an HTTP header cannot carry")]
    InvalidApiKey,
    /// A beta token a header cannot carry, or an empty list.
    #[error("invalid beta token {0:?}: it must be visible ASCII without commas or spaces")]
    InvalidBeta(String),
    /// A base URL that does not parse or is not http(s).
    #[error("invalid base URL {url:?}: {reason}")]
    InvalidBaseUrl {
        /// The URL given.
        url: String,
        /// Why it was refused.
        reason: String,
    },
    /// The user agent cannot be a header value.
    #[error("invalid user agent {0:?}")]
    InvalidUserAgent(String),
    /// reqwest could not build its client (e.g. no TLS backend).
    #[error("the HTTP client could not be built: {0}")]
    Http(String),
}

/// An error status from the API, with what its body said.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// `error.type`; `None` when the body is not the API's error object.
    pub kind: Option<AgentErrorType>,
    /// `error.code`; a code this client does not know is kept as `Unknown`.
    pub code: Option<AgentErrorCode>,
    /// `error.message`.
    pub message: Option<String>,
    /// Any other fields of the error object.
    pub extra: Map<String, Value>,
    /// The `x-request-id` (or `request-id`) response header, for support requests.
    pub request_id: Option<String>,
    /// When the body is not the API's error object (an HTML page from a proxy, an empty body):
    /// its first bytes.
    pub body_prefix: Option<String>,
    /// Requests sent, retries included. A DELETE retried after its response was lost can end
    /// in 404 `RUN_NOT_FOUND` although the run was deleted: `attempts > 1` tells it apart.
    pub attempts: u32,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "API error {}", self.status)?;
        if let Some(code) = &self.code {
            write!(f, " {code}")?;
        }
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        if let Some(body) = &self.body_prefix {
            let shown = if body.is_empty() {
                "(empty body)"
            } else {
                body.as_str()
            };
            write!(f, ": response body was not the API's JSON error: {shown}")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

impl Error {
    /// Whether sending the same request again may succeed: 408, 409, 429, 5xx, timeouts and
    /// transport errors.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Api(e) => crate::retry::is_retryable_status(e.status),
            Self::Timeout { .. } | Self::Transport { .. } => true,
            _ => false,
        }
    }

    /// The HTTP status, where a response was received.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Api(e) => Some(e.status),
            Self::UnexpectedStatus { status, .. } | Self::ResponseTooLarge { status, .. } => {
                Some(*status)
            }
            _ => None,
        }
    }

    /// The API's error, when the server answered with one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Self::Api(e) => Some(e),
            _ => None,
        }
    }
}

#[derive(Deserialize)]
struct Envelope {
    error: WireError,
}

#[derive(Deserialize)]
struct WireError {
    #[serde(rename = "type")]
    kind: Option<AgentErrorType>,
    code: Option<AgentErrorCode>,
    message: Option<String>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

/// Builds the API error for a status and body: the API's `{"error": {...}}` object when the
/// body is one, otherwise the body's first bytes. Never panics, whatever the bytes.
pub fn api_error(status: StatusCode, headers: &HeaderMap, body: &[u8], attempts: u32) -> ApiError {
    let request_id = ["x-request-id", "request-id"]
        .iter()
        .find_map(|h| headers.get(*h)?.to_str().ok())
        .map(String::from);
    let mut error = ApiError {
        status,
        kind: None,
        code: None,
        message: None,
        extra: Map::new(),
        request_id,
        body_prefix: None,
        attempts,
    };
    // Only an object: serde would also read a struct from a JSON array (`[{}]`).
    let envelope = serde_json::from_slice::<Value>(body)
        .ok()
        .filter(|v| v.get("error").is_some_and(Value::is_object))
        .and_then(|v| serde_json::from_value::<Envelope>(v).ok());
    match envelope {
        Some(Envelope { error: wire }) => {
            error.kind = wire.kind;
            error.code = wire.code;
            error.message = wire.message;
            error.extra = wire.extra;
        }
        None => error.body_prefix = Some(prefix(body)),
    }
    error
}

/// The first [`BODY_PREFIX_LIMIT`] bytes of a body as text, invalid UTF-8 shown as U+FFFD,
/// without the broken character the cut may leave at the end.
pub fn prefix(body: &[u8]) -> String {
    let cut = &body[..body.len().min(BODY_PREFIX_LIMIT)];
    let mut text = String::with_capacity(cut.len());
    let mut chunks = cut.utf8_chunks().peekable();
    while let Some(chunk) = chunks.next() {
        text.push_str(chunk.valid());
        let cut_short = chunks.peek().is_none() && cut.len() < body.len();
        if !chunk.invalid().is_empty() && !cut_short {
            text.push('\u{FFFD}');
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_api_error_object_is_read_with_unknown_codes_and_extra_fields() {
        let body = br#"{"error":{"type":"NOT_FOUND","code":"RUN_GONE_FOREVER","message":"m","runId":"r1"}}"#;
        let mut headers = HeaderMap::new();
        headers.insert("x-request-id", "req_1".parse().unwrap());
        let e = api_error(StatusCode::NOT_FOUND, &headers, body, 1);
        assert_eq!(e.kind, Some(AgentErrorType::NotFound));
        assert_eq!(
            e.code,
            Some(AgentErrorCode::Unknown("RUN_GONE_FOREVER".into()))
        );
        assert_eq!(e.extra["runId"], "r1");
        assert_eq!(e.request_id.as_deref(), Some("req_1"));
        assert!(e.body_prefix.is_none());
    }

    #[test]
    fn the_prefix_shows_invalid_bytes_and_drops_only_a_character_cut_in_two() {
        assert_eq!(prefix(b"\xff\xfe ok \xff"), "\u{FFFD}\u{FFFD} ok \u{FFFD}");
        assert_eq!(prefix(&[0xff; 10]), "\u{FFFD}".repeat(10));
        let mut cut = vec![b'a'; BODY_PREFIX_LIMIT - 1];
        cut.extend_from_slice("é and more".as_bytes());
        assert_eq!(prefix(&cut), "a".repeat(BODY_PREFIX_LIMIT - 1));
    }

    #[test]
    fn other_bodies_keep_their_first_bytes() {
        let html = format!("<html>{}</html>", "x".repeat(5000));
        let e = api_error(
            StatusCode::BAD_GATEWAY,
            &HeaderMap::new(),
            html.as_bytes(),
            1,
        );
        assert_eq!(
            e.body_prefix.as_ref().map(String::len),
            Some(BODY_PREFIX_LIMIT)
        );
        assert!(e.to_string().starts_with(
            "API error 502 Bad Gateway: response body was not the API's JSON error: <html>"
        ));
        let e = api_error(StatusCode::BAD_GATEWAY, &HeaderMap::new(), b"", 1);
        assert!(e.to_string().contains("(empty body)"));
    }

    #[test]
    fn a_cut_multibyte_character_is_dropped() {
        let mut body = vec![b'a'; BODY_PREFIX_LIMIT - 1];
        body.extend("é".as_bytes());
        assert_eq!(prefix(&body).len(), BODY_PREFIX_LIMIT - 1);
    }
}
