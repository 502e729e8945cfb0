//! [`Exa`], the client downstream crates use, and its builder.

use std::cell::RefCell;
use std::fmt;
use std::future::Future;
use std::time::Duration;

use progenitor_client::{ClientInfo, ResponseValue};
use reqwest::header::HeaderValue;

use crate::auth::{ApiKey, AuthScheme};
use crate::error::{api_error, prefix, ConfigError, Error};
use crate::generated::{self, spec, types};
use crate::hooks::{CallContext, HookState, CALL};
use crate::ids::RunId;
use crate::retry::RetryPolicy;

/// The base URL used when none is given: the spec's first server.
pub const DEFAULT_BASE_URL: &str = match spec::DEFAULT_SERVER {
    Some(url) => url,
    None => "https://api.exa.ai",
};
/// Default limit for one attempt, from connecting to the last byte of the body.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Default limit for establishing a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default `User-Agent`.
pub const DEFAULT_USER_AGENT: &str = concat!("exa-client-rust/", env!("CARGO_PKG_VERSION"));
/// Default limit on a response body the client reads into memory (streamed bodies,
/// `text/event-stream` and `application/octet-stream`, are not limited).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;
/// An error body read beyond this is not kept (an HTML page from a proxy, garbage).
const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// The Exa API client: every operation of the spec, with auth, the beta header, id checks,
/// typed errors and retries. Cheap to clone; clones share one connection pool.
///
/// ```no_run
/// # async fn run() -> Result<(), exa_client::Error> {
/// let exa = exa_client::Exa::from_env()?;
/// let deleted = exa.delete_run("agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8").await?;
/// assert!(deleted.deleted);
/// // Any operation of the spec, through the generated client:
/// let same = exa.call(|api| api.delete_agent_run().id("agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8").send()).await;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Exa {
    api: generated::Client,
}

impl fmt::Debug for Exa {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Exa")
            .field("base_url", &self.api.baseurl())
            .field("hooks", self.api.inner())
            .finish()
    }
}

impl Exa {
    /// A builder with the defaults documented on each method.
    pub fn builder() -> ExaBuilder {
        ExaBuilder::default()
    }

    /// A client from the environment: the key from `EXA_API_KEY`, the base URL from
    /// `EXA_BASE_URL` when it is set; everything else default.
    pub fn from_env() -> Result<Self, Error> {
        let mut builder = Self::builder().api_key(std::env::var("EXA_API_KEY").unwrap_or_default());
        if let Ok(url) = std::env::var("EXA_BASE_URL") {
            builder = builder.base_url(url);
        }
        builder.build()
    }

    /// The generated client, for every operation of the spec. Its requests get the same auth,
    /// beta header, id checks, retries and tracing; run them through [`Exa::call`] for
    /// [`Error`].
    pub fn api(&self) -> &generated::Client {
        &self.api
    }

    /// Runs one generated operation and returns its body, or the typed [`Error`].
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let deleted = exa.call(|api| api.delete_agent_run().id("agent_run_abc").send()).await?;
    /// println!("{}", deleted.id.as_str());
    /// # Ok(()) }
    /// ```
    pub async fn call<'a, T, E, F, Fut>(&'a self, operation: F) -> Result<T, Error>
    where
        F: FnOnce(&'a generated::Client) -> Fut,
        Fut: Future<Output = Result<ResponseValue<T>, progenitor_client::Error<E>>>,
        E: serde::Serialize,
    {
        CALL.scope(RefCell::new(CallContext::default()), async {
            let result = operation(&self.api).await;
            let context = CALL.with(|c| c.take());
            match result {
                Ok(value) => Ok(value.into_inner()),
                Err(error) => {
                    let limit = self.api.inner().max_response_bytes;
                    Err(convert(error, context, limit).await)
                }
            }
        })
        .await
    }

    /// Deletes a stored Agent run (`DELETE /agent/runs/{id}`). The id is checked before any
    /// I/O. A 200 whose `deleted` is not `true` is an [`Error::Decode`].
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) {
    /// match exa.delete_run("agent_run_abc").await {
    ///     Ok(deleted) => println!("deleted {}", deleted.id.as_str()),
    ///     Err(e) if e.api().is_some_and(|a| a.status == 404 && a.attempts > 1) => {
    ///         println!("already gone, maybe by our own first attempt")
    ///     }
    ///     Err(e) => eprintln!("{e}"),
    /// }
    /// # }
    /// ```
    pub async fn delete_run(&self, id: &str) -> Result<types::DeleteAgentRunResponse, Error> {
        let id = RunId::new(id)?;
        let deleted = self
            .call(|api| api.delete_agent_run().id(id.as_str()).send())
            .await?;
        if !deleted.deleted {
            return Err(Error::Decode {
                body: serde_json::to_vec(&deleted).unwrap_or_default().into(),
                message: "`deleted` is false in a 200 response".into(),
            });
        }
        Ok(deleted)
    }
}

/// The facade's error for a generated call's error; `max_response_bytes` is the client's
/// limit, for [`Error::ResponseTooLarge`].
async fn convert<E: serde::Serialize>(
    error: progenitor_client::Error<E>,
    context: CallContext,
    max_response_bytes: usize,
) -> Error {
    use progenitor_client::Error as G;
    let attempts = context.attempts.max(1);
    let transport = |source: reqwest::Error| {
        if source.is_timeout() {
            Error::Timeout { attempts, source }
        } else {
            Error::Transport { attempts, source }
        }
    };
    let headers = context.headers.unwrap_or_default();
    match error {
        G::InvalidRequest(message) | G::Custom(message) => match context.invalid_id {
            Some(invalid) => Error::InvalidId(invalid),
            None => Error::InvalidRequest(message),
        },
        G::ResponseBodyError(e) if is_too_large(&e) => Error::ResponseTooLarge {
            status: context.status.unwrap_or_default(),
            limit: max_response_bytes,
        },
        G::CommunicationError(e) | G::ResponseBodyError(e) | G::InvalidUpgrade(e) => transport(e),
        G::ErrorResponse(value) => {
            let status = value.status();
            let headers = value.headers().clone();
            let body = serde_json::to_vec(&value.into_inner()).unwrap_or_default();
            Error::Api(Box::new(api_error(status, &headers, &body, attempts)))
        }
        G::InvalidResponsePayload(body, e) => match context.status.filter(|s| !s.is_success()) {
            Some(status) => Error::Api(Box::new(api_error(status, &headers, &body, attempts))),
            None => Error::Decode {
                body,
                message: e.to_string(),
            },
        },
        G::UnexpectedResponse(response) => {
            let status = response.status();
            let headers = response.headers().clone();
            let body = read_limited(response).await;
            if status.is_client_error() || status.is_server_error() {
                Error::Api(Box::new(api_error(status, &headers, &body, attempts)))
            } else {
                Error::UnexpectedStatus {
                    status,
                    body_prefix: prefix(&body),
                }
            }
        }
    }
}

/// Whether reading a body failed on the hooks' limit rather than on the connection.
fn is_too_large(error: &reqwest::Error) -> bool {
    let mut source = std::error::Error::source(error);
    while let Some(e) = source {
        if e.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = e.source();
    }
    false
}

/// Reads at most [`ERROR_BODY_LIMIT`] bytes: an error body is for a message, not for storage.
async fn read_limited(mut response: reqwest::Response) -> Vec<u8> {
    let mut body = Vec::new();
    while let Ok(Some(chunk)) = response.chunk().await {
        body.extend_from_slice(&chunk[..chunk.len().min(ERROR_BODY_LIMIT - body.len())]);
        if body.len() >= ERROR_BODY_LIMIT {
            break;
        }
    }
    body
}

/// Settings for [`Exa`]. Every setter takes any value; [`ExaBuilder::build`] checks them all
/// and returns the first problem as an error.
#[derive(Clone)]
pub struct ExaBuilder {
    api_key: Option<String>,
    auth: AuthScheme,
    base_url: String,
    betas: Option<Vec<String>>,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: String,
    retry: RetryPolicy,
    max_response_bytes: usize,
    http: Option<reqwest::Client>,
}

impl Default for ExaBuilder {
    fn default() -> Self {
        Self {
            api_key: None,
            auth: AuthScheme::default(),
            base_url: DEFAULT_BASE_URL.to_string(),
            betas: None,
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            user_agent: DEFAULT_USER_AGENT.to_string(),
            retry: RetryPolicy::default(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            http: None,
        }
    }
}

impl fmt::Debug for ExaBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExaBuilder")
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("auth", &self.auth)
            .field("base_url", &self.base_url)
            .field("betas", &self.betas)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent", &self.user_agent)
            .field("retry", &self.retry)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("custom_http_client", &self.http.is_some())
            .finish()
    }
}

impl ExaBuilder {
    /// The API key (required).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// How the key is sent; default [`AuthScheme::ApiKeyHeader`] (`x-api-key`).
    pub fn auth_scheme(mut self, scheme: AuthScheme) -> Self {
        self.auth = scheme;
        self
    }

    /// The API's base URL, with an optional path prefix; default [`DEFAULT_BASE_URL`].
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Beta tokens, joined with `,` into one `Exa-Beta` header; empty entries are dropped.
    /// Default: the token the spec requires (`spec::DEFAULT_BETA`).
    pub fn betas<I, S>(mut self, betas: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.betas = Some(betas.into_iter().map(Into::into).collect());
        self
    }

    /// Limit for one attempt, from connecting to the end of the body; default 60 s.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Limit for establishing a connection; default 10 s.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The `User-Agent`; default `exa-client-rust/<version>`.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Retries after the first attempt; default 2, 0 disables retries.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.retry.max_retries = retries;
        self
    }

    /// The whole retry policy (backoff, cap, longest honored `Retry-After`).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The largest response body read into memory; a longer one ends the call with
    /// [`Error::ResponseTooLarge`] as soon as it is known (from `Content-Length`, or while
    /// reading). Default [`DEFAULT_MAX_RESPONSE_BYTES`] (16 MiB).
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Sends through this `reqwest::Client` (its pool, proxy and TLS settings); the timeouts
    /// set here are then not applied, the client's own are. Its default headers are sent too:
    /// give it no `x-api-key` or `Authorization` of its own, or two credentials are sent.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Checks every setting and builds the client. Never panics.
    ///
    /// ```
    /// use exa_client::{AuthScheme, Exa};
    /// let exa = Exa::builder().api_key("key").auth_scheme(AuthScheme::Bearer).build().unwrap();
    /// assert!(!format!("{exa:?}").contains("key\""));
    /// assert!(Exa::builder().api_key("key").base_url("ftp://x").build().is_err());
    /// ```
    pub fn build(self) -> Result<Exa, Error> {
        let key = ApiKey::new(self.api_key.unwrap_or_default())?;
        let auth = key.header(self.auth)?;
        let beta = beta_header(self.betas)?;
        let (base_url, base_path) = base_url(&self.base_url)?;
        let user_agent = HeaderValue::from_str(&self.user_agent)
            .map_err(|_| ConfigError::InvalidUserAgent(self.user_agent.clone()))?;
        let http = match self.http {
            Some(client) => client,
            None => reqwest::Client::builder()
                .timeout(self.timeout)
                .connect_timeout(self.connect_timeout)
                .build()
                .map_err(|e| ConfigError::Http(e.to_string()))?,
        };
        let state = HookState {
            auth,
            beta,
            user_agent,
            retry: self.retry,
            max_response_bytes: self.max_response_bytes,
            base_path,
        };
        Ok(Exa {
            api: generated::Client::new_with_client(&base_url, http, state),
        })
    }
}

fn beta_header(betas: Option<Vec<String>>) -> Result<Option<HeaderValue>, ConfigError> {
    let betas = betas.unwrap_or_else(|| spec::DEFAULT_BETA.into_iter().map(String::from).collect());
    let mut kept = Vec::new();
    for beta in betas.iter().map(|b| b.trim()).filter(|b| !b.is_empty()) {
        if !beta.bytes().all(|b| b.is_ascii_graphic() && b != b',') {
            return Err(ConfigError::InvalidBeta(beta.to_string()));
        }
        kept.push(beta);
    }
    if kept.is_empty() {
        return Ok(None);
    }
    HeaderValue::from_str(&kept.join(","))
        .map(Some)
        .map_err(|_| ConfigError::InvalidBeta(kept.join(",")))
}

/// The base URL without a trailing `/` (generated code appends `/path`), and its path.
fn base_url(url: &str) -> Result<(String, String), ConfigError> {
    let invalid = |reason: &str| ConfigError::InvalidBaseUrl {
        url: url.to_string(),
        reason: reason.to_string(),
    };
    let parsed = url::Url::parse(url).map_err(|e| invalid(&e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(invalid("the scheme must be http or https"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("a query or fragment cannot be a base"));
    }
    let trimmed = parsed.as_str().trim_end_matches('/').to_string();
    let path = parsed.path().trim_end_matches('/').to_string();
    Ok((trimmed, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn betas_are_joined_and_checked() {
        assert_eq!(
            beta_header(Some(vec!["a".into(), " ".into(), "b".into()]))
                .unwrap()
                .unwrap(),
            "a,b"
        );
        assert_eq!(
            beta_header(None)
                .unwrap()
                .map(|v| v.to_str().unwrap().to_string())
                .as_deref(),
            spec::DEFAULT_BETA
        );
        assert!(beta_header(Some(vec![])).unwrap().is_none());
        for bad in ["a\r\nx: y", "a b", "é", "a,b"] {
            assert!(
                matches!(
                    beta_header(Some(vec![bad.into()])),
                    Err(ConfigError::InvalidBeta(_))
                ),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn base_urls_keep_their_prefix_and_lose_the_slash() {
        assert_eq!(
            base_url("https://api.exa.ai/").unwrap(),
            ("https://api.exa.ai".into(), "".into())
        );
        assert_eq!(
            base_url("http://127.0.0.1:9/v1/").unwrap(),
            ("http://127.0.0.1:9/v1".into(), "/v1".into())
        );
        for bad in ["", "api.exa.ai", "ftp://x", "http://x/?q=1", "not a url"] {
            assert!(base_url(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn build_reports_each_bad_setting() {
        let err = |b: ExaBuilder| b.build().unwrap_err().to_string();
        assert!(err(Exa::builder()).contains("empty"));
        assert!(err(Exa::builder().api_key("k\n")).contains("cannot carry"));
        assert!(err(Exa::builder().api_key("k").user_agent("a\nb")).contains("user agent"));
        assert!(err(Exa::builder().api_key("k").base_url("ftp://h")).contains("http or https"));
    }

    #[test]
    fn debug_never_shows_the_key() {
        let builder = Exa::builder().api_key("sk-very-secret");
        assert!(!format!("{builder:?}").contains("sk-very-secret"));
        let exa = builder.clone().build().unwrap();
        assert!(!format!("{exa:?}").contains("sk-very-secret"));
        let exa = builder.auth_scheme(AuthScheme::Bearer).build().unwrap();
        assert!(!format!("{exa:?}").contains("sk-very-secret"));
    }
}
