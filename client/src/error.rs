//! The one error type of the client.

use std::fmt;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde_json::{Map, Value};

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
    /// A request that is not idempotent (creating a run, which costs money) failed in a way
    /// that leaves its effect unknown: it timed out or the connection broke after it was sent,
    /// or the server answered 5xx. It was not retried, since the server may have acted on it.
    #[error("`{operation}` may have been carried out by the server although it failed; it was not sent again ({hint}): {source}")]
    OutcomeUnknown {
        /// The operationId.
        operation: &'static str,
        /// How to find out, e.g. "list the runs to see whether it was created".
        hint: &'static str,
        /// The failure.
        source: Box<Error>,
    },
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
    /// A success status whose body did not decode; the raw body is kept. A typed helper also
    /// reports a body that decodes but contradicts the call (a delete answered with
    /// `deleted: false`).
    #[error("could not decode the response body: {message}")]
    Decode {
        /// The body as received.
        body: Bytes,
        /// What did not decode.
        message: String,
    },
    /// An event stream failed: it went silent, broke and could not be resumed, or carried an
    /// event that is not what the API sends.
    #[error("event stream: {0}")]
    Stream(StreamError),
    /// A wait (for a run, a research task, a webset) gave up before what it waited for
    /// reached the state it waited for.
    #[error("gave up waiting after {waited:?}: the status is still {status}")]
    WaitTimedOut {
        /// How long it waited.
        waited: std::time::Duration,
        /// The last status seen.
        status: String,
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
    /// A paginated list went in a circle: the page after `cursor` named `cursor` again as the
    /// next one. The list stops there instead of asking for the same page forever; the items
    /// before it were delivered once each.
    #[error("the server's pagination repeats itself: the page after cursor {cursor:?} names the same cursor again, so the list stops here")]
    PageLoop {
        /// The cursor named twice.
        cursor: String,
    },
    /// A status that is neither an error (4xx, 5xx) nor a success the document declares for
    /// this operation (a 1xx, a 3xx, an undeclared 2xx).
    #[error("unexpected response status {status}")]
    UnexpectedStatus {
        /// The status.
        status: StatusCode,
        /// The first bytes of the body.
        body_prefix: String,
    },
}

/// How an event stream failed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StreamError {
    /// No byte for this long, after the reconnects the options allow.
    #[error("no event or keep-alive for {0:?}")]
    Idle(std::time::Duration),
    /// An event whose data is not the API's JSON, or bytes that are not an event stream.
    #[error("malformed event after {id:?}: {message}")]
    Malformed {
        /// The id of the event, or of the last good one.
        id: Option<String>,
        /// What was wrong.
        message: String,
    },
    /// The connection dropped and could not be resumed.
    #[error("dropped, not resumed after {reconnects} reconnect(s): {reason}")]
    Dropped {
        /// Reconnects tried in a row.
        reconnects: u32,
        /// Why.
        reason: String,
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
    /// A beta token a header cannot carry.
    #[error("invalid beta token {0:?}: it must be visible ASCII without commas or spaces")]
    InvalidBeta(String),
    /// A beta token was given for a document this build does not have.
    #[error("no document `{0}` in this build: beta tokens for it cannot apply anywhere")]
    UnknownDocument(String),
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
///
/// The body is read whatever its shape: `code`, `kind` and `message` come from the usual
/// places (`{"error": {"code", "type", "message"}}`, `{"error": "..."}`, `{"message": "..."}`),
/// [`ApiError::body`] keeps the whole JSON body, and [`ApiError::decode`] reads it as the error
/// schema the document declares for the status ([`ApiError::schema`] names it).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// `error.type` (or `type`), e.g. `NOT_FOUND`.
    pub kind: Option<String>,
    /// `error.code` (or `code`), e.g. `RUN_NOT_FOUND`.
    pub code: Option<String>,
    /// `error.message`, `message`, or `error` when it is a string.
    pub message: Option<String>,
    /// The component schema the document declares for this status, e.g. `AgentErrorResponse`:
    /// a type of the document's `types` module, for [`ApiError::decode`].
    pub schema: Option<&'static str>,
    /// The body, when it is JSON.
    pub body: Option<Value>,
    /// The `x-request-id` (or `request-id`) response header, or a `requestId` field of the
    /// body, for support requests.
    pub request_id: Option<String>,
    /// When the body is not JSON (an HTML page from a proxy, an empty body): its first bytes.
    pub body_prefix: Option<String>,
    /// Requests sent, retries included. A DELETE retried after its response was lost can end
    /// in 404 `RUN_NOT_FOUND` although the run was deleted: `attempts > 1` tells it apart.
    pub attempts: u32,
}

impl ApiError {
    /// The body as a typed value, usually the document's error schema ([`ApiError::schema`]).
    ///
    /// ```no_run
    /// # #[cfg(exa_operation = "agent.deleteAgentRun")]
    /// # async fn run(exa: exa_client::Exa) {
    /// use exa_client::agent::types::{AgentErrorCode, AgentErrorResponse};
    /// if let Err(e) = exa.agent().delete("agent_run_abc").await {
    ///     let typed = e.api().and_then(|a| a.decode::<AgentErrorResponse>().ok());
    ///     if typed.is_some_and(|t| t.error.code == AgentErrorCode::RunNotFound) {
    ///         println!("already gone");
    ///     }
    /// }
    /// # }
    /// ```
    pub fn decode<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        match &self.body {
            Some(body) => T::deserialize(body),
            None => Err(serde::de::Error::custom("the error body is not JSON")),
        }
    }
}

/// How many characters of a body that is not the API's JSON [`ApiError::summary`] shows.
pub const SUMMARY_PREFIX_CHARS: usize = 200;

impl ApiError {
    /// What went wrong, on one line: the API's message (whitespace collapsed); for a body that
    /// is not the API's JSON error (an HTML page from a proxy), the status reason and the first
    /// [`SUMMARY_PREFIX_CHARS`] characters of the body, whitespace collapsed.
    pub fn summary(&self) -> String {
        if let Some(message) = &self.message {
            return collapse(message, usize::MAX);
        }
        let reason = self.status.canonical_reason().unwrap_or("error status");
        match self
            .body_prefix
            .as_deref()
            .map(|b| collapse(b, SUMMARY_PREFIX_CHARS))
        {
            Some(body) if body.is_empty() => format!("{reason} (empty body)"),
            Some(body) => format!("{reason}: {body}"),
            None => reason.to_string(),
        }
    }
}

/// `text` with every run of whitespace (newlines too) made one space, cut after `max`
/// characters with an ellipsis.
fn collapse(text: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
        if out.len() > max.saturating_mul(4) {
            break;
        }
    }
    if out.chars().count() > max {
        out = out.chars().take(max).collect();
        out.push_str("...");
    }
    out
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "API error {}", self.status)?;
        if let Some(code) = &self.code {
            write!(f, " {code}")?;
        }
        if let Some(message) = &self.message {
            write!(f, ": {}", collapse(message, usize::MAX))?;
        }
        match self
            .body_prefix
            .as_deref()
            .map(|b| collapse(b, SUMMARY_PREFIX_CHARS))
        {
            Some(body) if body.is_empty() => write!(f, " (empty body)")?,
            Some(body) => write!(f, ": response body was not the API's JSON error: {body}")?,
            None => {}
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
    /// transport errors. Never for [`Error::OutcomeUnknown`]: check first.
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
            Self::OutcomeUnknown { source, .. } => source.status(),
            _ => None,
        }
    }

    /// The API's error, when the server answered with one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Self::Api(e) => Some(e),
            Self::OutcomeUnknown { source, .. } => source.api(),
            _ => None,
        }
    }

    /// Requests sent, retries included: 0 when nothing was sent (a refused id, a bad
    /// configuration), and 1 where the count is unknown.
    pub fn attempts(&self) -> u32 {
        match self {
            Self::Api(e) => e.attempts,
            Self::Timeout { attempts, .. } | Self::Transport { attempts, .. } => *attempts,
            Self::OutcomeUnknown { source, .. } => source.attempts(),
            Self::Config(_) | Self::InvalidId(_) | Self::InvalidRequest(_) => 0,
            Self::Decode { .. }
            | Self::ResponseTooLarge { .. }
            | Self::UnexpectedStatus { .. }
            | Self::Stream(_)
            | Self::PageLoop { .. }
            | Self::WaitTimedOut { .. } => 1,
        }
    }
}

/// Builds the API error for a status and body, whatever the body holds: the usual fields when it
/// is JSON, otherwise its first bytes. `schema` is what the document declares for the status.
/// Never panics, whatever the bytes.
pub fn api_error(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
    attempts: u32,
    schema: Option<&'static str>,
) -> ApiError {
    let header_id = ["x-request-id", "request-id"]
        .iter()
        .find_map(|h| headers.get(*h)?.to_str().ok())
        .map(String::from);
    let json = serde_json::from_slice::<Value>(body).ok();
    let object = json.as_ref().and_then(Value::as_object);
    // `{"error": {...}}` is the Agent API's envelope; other documents put the fields at the top.
    let inner = object
        .and_then(|o| o.get("error"))
        .and_then(Value::as_object)
        .or(object);
    let text = |map: Option<&Map<String, Value>>, key: &str| {
        map.and_then(|m| m.get(key))
            .and_then(Value::as_str)
            .map(String::from)
    };
    let message = text(inner, "message").or_else(|| text(object, "error"));
    let code = text(inner, "code");
    // A body that says nothing readable is shown as it came.
    let unread = message.is_none() && code.is_none();
    ApiError {
        status,
        kind: text(inner, "type"),
        code,
        message,
        schema,
        request_id: header_id.or_else(|| text(object, "requestId")),
        body_prefix: unread.then(|| prefix(body)),
        body: json,
        attempts,
    }
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
        let e = api_error(
            StatusCode::NOT_FOUND,
            &headers,
            body,
            1,
            Some("AgentErrorResponse"),
        );
        assert_eq!(e.kind.as_deref(), Some("NOT_FOUND"));
        assert_eq!(e.code.as_deref(), Some("RUN_GONE_FOREVER"));
        assert_eq!(e.body.as_ref().unwrap()["error"]["runId"], "r1");
        assert_eq!(e.request_id.as_deref(), Some("req_1"));
        assert_eq!(e.schema, Some("AgentErrorResponse"));
        assert!(e.body_prefix.is_none());
    }

    #[test]
    fn other_documents_error_shapes_are_read_too() {
        let none = HeaderMap::new();
        let read = |body: &[u8]| api_error(StatusCode::BAD_REQUEST, &none, body, 2, None);
        let e = read(br#"{"error":"Invalid query","requestId":"r9"}"#);
        assert_eq!(e.message.as_deref(), Some("Invalid query"));
        assert_eq!(e.request_id.as_deref(), Some("r9"));
        let e = read(br#"{"message":"nope","code":"BAD","statusCode":400}"#);
        assert_eq!(
            (e.message.as_deref(), e.code.as_deref()),
            (Some("nope"), Some("BAD"))
        );
        for unread in [&b"[{}]"[..], b"{}", b"{\"error\": 5}", b"null"] {
            let e = read(unread);
            assert!(
                e.body_prefix.is_some(),
                "{:?}",
                String::from_utf8_lossy(unread)
            );
            assert!(e
                .to_string()
                .contains("response body was not the API's JSON error"));
        }
        assert!(read(b"[{}]").body.is_some());
        assert_eq!(read(b"[{}]").attempts, 2);
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
            None,
        );
        assert_eq!(
            e.body_prefix.as_ref().map(String::len),
            Some(BODY_PREFIX_LIMIT)
        );
        assert!(e.to_string().starts_with(
            "API error 502 Bad Gateway: response body was not the API's JSON error: <html>"
        ));
        let e = api_error(StatusCode::BAD_GATEWAY, &HeaderMap::new(), b"", 1, None);
        assert!(e.to_string().contains("(empty body)"));
        assert_eq!(e.summary(), "Bad Gateway (empty body)");
    }

    #[test]
    fn a_page_that_is_not_json_is_summed_up_on_one_short_line() {
        let page = format!(
            "<html>\n  <head><title>404 Not Found</title></head>\n\t<body>{}</body>\n</html>\n",
            "lost ".repeat(200)
        );
        let e = api_error(
            StatusCode::NOT_FOUND,
            &HeaderMap::new(),
            page.as_bytes(),
            1,
            None,
        );
        let summary = e.summary();
        assert!(
            summary.starts_with(
                "Not Found: <html> <head><title>404 Not Found</title></head> <body>lost lost"
            ),
            "{summary}"
        );
        assert!(summary.ends_with("..."), "{summary}");
        assert_eq!(
            summary.chars().count(),
            "Not Found: ".len() + SUMMARY_PREFIX_CHARS + 3
        );
        assert!(!e.to_string().contains('\n'), "{e}");
        let message = api_error(
            StatusCode::BAD_REQUEST,
            &HeaderMap::new(),
            br#"{"message": "two\nlines"}"#,
            1,
            None,
        );
        assert_eq!(message.summary(), "two lines");
    }

    #[test]
    fn a_cut_multibyte_character_is_dropped() {
        let mut body = vec![b'a'; BODY_PREFIX_LIMIT - 1];
        body.extend("é".as_bytes());
        assert_eq!(prefix(&body).len(), BODY_PREFIX_LIMIT - 1);
    }
}
